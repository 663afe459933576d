"""`recstudio validate` and `recstudio export` as a developer uses them in CI (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from recstudio.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "model" / "seed_examples"
VALID_MIX = {
    "cname": "show",
    "uid": "527841",
    "clientRequest": {
        "token": "007eJxSECRET",
        "recordingConfig": {
            "channelType": 1,
            "streamTypes": 2,
            "maxIdleTime": 120,
            "transcodingConfig": {
                "width": 1280,
                "height": 720,
                "fps": 15,
                "bitrate": 1130,
                "mixedVideoLayout": 1,
            },
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": {
            "vendor": 1,
            "region": 0,
            "bucket": "b",
            "accessKey": "AK-REAL",
            "secretKey": "SK-REAL",
            "fileNamePrefix": ["a", "b"],
        },
    },
}


def _write(tmp_path: Path, data: object, name: str = "body.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_valid_body_exits_0(tmp_path, capsys) -> None:
    assert main(["validate", str(_write(tmp_path, VALID_MIX))]) == 0
    out = capsys.readouterr()
    assert "0 error(s)" in out.err


def test_errors_exit_1_one_line_per_problem_starting_with_path(tmp_path, capsys) -> None:
    body = json.loads(json.dumps(VALID_MIX))
    tc = body["clientRequest"]["recordingConfig"]["transcodingConfig"]
    tc.update(
        width=2500,
        mixedVideoLayout=3,
        layoutConfig=[{"x_axis": 0.5, "y_axis": 0, "width": 0.6, "height": 1}],
    )
    assert main(["validate", str(_write(tmp_path, body))]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    paths = [line.split(": ", 1)[0] for line in lines]
    assert "clientRequest.recordingConfig.transcodingConfig.width" in paths
    assert "clientRequest.recordingConfig.transcodingConfig.layoutConfig[0].width" in paths
    assert all(": " in line for line in lines)


def test_warnings_alone_exit_0(tmp_path, capsys) -> None:
    body = json.loads(json.dumps(VALID_MIX))
    body["clientRequest"]["recordingConfig"]["maxidletime"] = 5  # case mistake: unknown key
    assert main(["validate", str(_write(tmp_path, body))]) == 0
    out = capsys.readouterr().out
    assert "clientRequest.recordingConfig.maxidletime: warning UNKNOWN_KEY" in out
    assert "maxIdleTime" in out  # did-you-mean


def test_seed_missing_comma_exits_2_with_line(capsys) -> None:
    seed = SEEDS / "start-method-mix-start-missing-comma.json"
    text = seed.read_text(encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as err:
        json.loads(text)
    assert main(["validate", str(seed)]) == 2
    assert f"line {err.value.lineno}, column {err.value.colno}" in capsys.readouterr().err


def test_unreadable_file_exits_2(tmp_path, capsys) -> None:
    assert main(["validate", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_mode_and_endpoint_options(tmp_path, capsys) -> None:
    stop = {"cname": "show", "uid": "527841", "clientRequest": {"async_stop": True}}
    path = _write(tmp_path, stop)
    assert main(["validate", str(path), "--endpoint", "stop", "--mode", "web"]) == 0
    layout = {"cname": "show", "uid": "527841", "clientRequest": {"mixedVideoLayout": 1}}
    lpath = _write(tmp_path, layout, "layout.json")
    assert (
        main(["validate", str(lpath), "--endpoint", "update-layout", "--mode", "individual"]) == 1
    )
    assert "R1" in capsys.readouterr().out


def test_project_brings_its_own_mode(tmp_path, capsys) -> None:
    from recstudio.model import Mode
    from recstudio.model.project import new_project, save_project

    project = new_project(Mode.WEB, name="web")
    path = tmp_path / "p.recstudio.json"
    save_project(project, path)
    assert main(["validate", str(path)]) == 1  # empty cname/uid/url/bucket are errors
    out = capsys.readouterr()
    assert "web mode" in out.err
    assert "cname" in out.out


def test_export_json_reveal_round_trips(tmp_path, capsys) -> None:
    path = _write(tmp_path, VALID_MIX)
    assert main(["export", str(path), "--reveal-secrets"]) == 0
    assert json.loads(capsys.readouterr().out) == VALID_MIX


def test_export_redacts_by_default_in_every_format(tmp_path, capsys) -> None:
    path = _write(tmp_path, VALID_MIX)
    for fmt in ("json", "curl", "python", "httpie"):
        assert main(["export", str(path), "--format", fmt, "--app-id", "abc"]) == 0
        out = capsys.readouterr().out
        for secret in ("AK-REAL", "SK-REAL", "007eJxSECRET"):
            assert secret not in out
        if fmt != "json":
            assert "/v1/apps/abc/cloud_recording/resourceid/<resourceId>/mode/mix/start" in out


def test_export_malformed_exits_2(tmp_path, capsys) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"cname": "x",\n  "uid": }', encoding="utf-8")
    assert main(["export", str(path)]) == 2
    assert "line 2, column" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["validate", "--help"],
        ["export", "--help"],
        ["layout", "--help"],
        ["layout", "preset", "--help"],
        ["record", "--help"],
        ["record", "start", "--help"],
        ["record", "list", "--help"],
        ["token", "--help"],
        ["emulator", "--help"],
        ["gui", "--help"],
    ],
)
def test_help_everywhere(argv, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    assert "usage: recstudio" in capsys.readouterr().out


def test_version_and_module_entry() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "recstudio", "--version"], capture_output=True, text=True, check=True
    )
    from recstudio import __version__

    assert proc.stdout.strip() == f"recstudio {__version__}"
