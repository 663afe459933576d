"""The shipped example projects open with no errors for every request the project sends,
hold no secrets, and are exactly what packaging/make_examples.py writes (issue 7)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from recstudio.cli import main as cli_main
from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.paths import get_path
from recstudio.model.project import Project, load_project
from recstudio.model.rules import check_body
from recstudio.model.secrets import iter_secret_paths, placeholder_for
from recstudio.model.validation import check_project_document
from recstudio.resources import example_paths

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {
    "individual-audio-only": Mode.INDIVIDUAL,
    "mix-interview": Mode.MIX,
    "web-page-cdn-push": Mode.WEB,
    "raw-two-publishers": Mode.RAW,
}


def _stem(path: Path) -> str:
    return path.name.removesuffix(".recstudio.json")


def _make_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_examples", ROOT / "packaging" / "make_examples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _requests(project: Project) -> list[tuple[Endpoint, str | None]]:
    """Every body this project sends: updateLayout (R1: mix only) once per named layout."""
    sent: list[tuple[Endpoint, str | None]] = [
        (Endpoint.ACQUIRE, None),
        (Endpoint.START, None),
        (Endpoint.UPDATE, None),
        (Endpoint.STOP, None),
    ]
    if project.mode is Mode.MIX:
        sent += [(Endpoint.UPDATE_LAYOUT, name) for name in project.layouts]
    return sent


@pytest.fixture(params=sorted(EXPECTED), name="example")
def _example(request: pytest.FixtureRequest) -> Path:
    paths = {_stem(p): p for p in example_paths()}
    return paths[request.param]


def test_the_four_examples_ship() -> None:
    assert {_stem(p): load_project(p).mode for p in example_paths()} == EXPECTED


def test_every_request_of_an_example_has_no_errors(example: Path) -> None:
    project = load_project(example)
    for endpoint, layout in _requests(project):
        body = generate_body(project, endpoint, layout=layout)
        problems = check_body(body, endpoint, project.mode)
        problems += check_project_document(project, endpoint)
        errors = [p.format_line() for p in problems if p.is_error]
        assert errors == [], f"{example.name} {endpoint} {layout or ''}"
        # the only warnings allowed are the storage-key placeholders (SECRET) that stand
        # in for secrets a project file never holds
        assert {p.rule_id for p in problems} <= {"SECRET"}, [p.format_line() for p in problems]


@pytest.mark.parametrize("endpoint", ["acquire", "start", "update", "stop"])
def test_recstudio_validate_exits_0_on_every_example(
    example: Path, endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["validate", str(example), "--endpoint", endpoint]) == 0
    assert "0 error(s)" in capsys.readouterr().err


def test_update_layout_is_valid_for_the_mix_example_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for path in example_paths():
        code = cli_main(["validate", str(path), "--endpoint", "update-layout"])
        assert code == (0 if load_project(path).mode is Mode.MIX else 1), path.name  # R1
    capsys.readouterr()


def test_examples_hold_placeholders_never_secrets(example: Path) -> None:
    project = load_project(example)
    assert project.secret_values() == {}
    for section in ("acquire", "start", "update", "stop"):
        wrapped = {"clientRequest": getattr(project, section)}
        for path in iter_secret_paths(wrapped):
            assert get_path(wrapped, path) == placeholder_for(path)
    storage = project.start["storageConfig"]
    assert storage["accessKey"] == "<STORAGE_ACCESS_KEY>"
    assert storage["secretKey"] == "<STORAGE_SECRET_KEY>"


def test_mix_example_has_side_by_side_and_picture_in_picture_layouts() -> None:
    project = load_project(next(p for p in example_paths() if _stem(p) == "mix-interview"))
    assert project.start_layout == "Side by side"
    assert set(project.layouts) == {"Side by side", "Picture in picture"}
    roster = {p.uid for p in project.roster}
    for layout in project.layouts.values():
        assert layout["mixedVideoLayout"] == 3  # custom
        regions = layout["layoutConfig"]
        assert len(regions) == 2
        assert {r["uid"] for r in regions} == roster
    side = project.layouts["Side by side"]["layoutConfig"]
    assert side[0]["x_axis"] + side[0]["width"] <= side[1]["x_axis"]  # no overlap
    pip = project.layouts["Picture in picture"]["layoutConfig"]
    assert pip[0]["width"] == pip[0]["height"] == 1.0
    assert pip[1]["width"] < 0.5  # the inset


def test_individual_example_records_audio_only() -> None:
    project = load_project(next(p for p in example_paths() if _stem(p) == "individual-audio-only"))
    assert project.start["recordingConfig"]["streamTypes"] == 0


def test_web_example_pushes_to_a_cdn() -> None:
    project = load_project(next(p for p in example_paths() if _stem(p) == "web-page-cdn-push"))
    services = project.start["extensionServiceConfig"]["extensionServices"]
    by_name = {s["serviceName"]: s for s in services}
    assert by_name["web_recorder_service"]["serviceParam"]["url"].startswith("https://")
    outputs = by_name["rtmp_publish_service"]["serviceParam"]["outputs"]
    assert outputs[0]["rtmpUrl"].startswith("rtmp://")


def test_shipped_examples_are_what_the_generator_writes(tmp_path: Path) -> None:
    """Keeps the files in step with the project format: re-run the script after a change."""
    written = _make_examples().write_examples(tmp_path)
    shipped = {p.name: p for p in example_paths()}
    assert sorted(p.name for p in written) == sorted(shipped)
    for path in written:
        assert path.read_bytes() == shipped[path.name].read_bytes(), (
            f"{path.name} is stale: run python packaging/make_examples.py"
        )
