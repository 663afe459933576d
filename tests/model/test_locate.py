"""Body path ↔ project path mapping used to jump from a Problem to its field."""

from __future__ import annotations

from types import SimpleNamespace

from recstudio.model import Endpoint, Mode, parse_path
from recstudio.model.locate import body_path_for, project_path_for

MIX = SimpleNamespace(mode=Mode.MIX, start_layout="Main")
WEB = SimpleNamespace(mode=Mode.WEB, start_layout="Main")


def test_layout_region_of_mix_start_maps_to_named_layout() -> None:
    path = parse_path("clientRequest.recordingConfig.transcodingConfig.layoutConfig[3].x_axis")
    assert project_path_for(MIX, Endpoint.START, path) == (
        "layouts",
        "Main",
        "layoutConfig",
        3,
        "x_axis",
    )
    assert body_path_for(MIX, ("layouts", "Main", "layoutConfig", 3, "x_axis")) == (
        Endpoint.START,
        path,
    )


def test_non_layout_transcoding_field_stays_in_start() -> None:
    path = parse_path("clientRequest.recordingConfig.transcodingConfig.width")
    assert project_path_for(MIX, Endpoint.START, path) == (
        "start",
        "recordingConfig",
        "transcodingConfig",
        "width",
    )


def test_identity_fields_are_shared() -> None:
    assert project_path_for(WEB, Endpoint.STOP, ("cname",)) == ("cname",)
    assert project_path_for(WEB, Endpoint.ACQUIRE, ("clientRequest", "scene")) == (
        "acquire",
        "scene",
    )


def test_other_layout_maps_to_update_layout_body() -> None:
    assert body_path_for(MIX, ("layouts", "Screen share", "backgroundColor")) == (
        Endpoint.UPDATE_LAYOUT,
        ("clientRequest", "backgroundColor"),
    )
    assert project_path_for(
        MIX, Endpoint.UPDATE_LAYOUT, ("clientRequest", "layoutConfig", 0), layout="Screen share"
    ) == ("layouts", "Screen share", "layoutConfig", 0)


def test_unknown_roots_have_no_field() -> None:
    assert project_path_for(MIX, Endpoint.START, ()) is None
    assert project_path_for(MIX, Endpoint.START, ("bogus",)) is None
    assert body_path_for(MIX, ("roster", 0)) is None


def test_missing_survives_copying() -> None:
    import copy
    import pickle

    from recstudio.model.paths import MISSING, set_path

    assert copy.deepcopy(MISSING) is MISSING and copy.copy(MISSING) is MISSING
    assert pickle.loads(pickle.dumps(MISSING)) is MISSING
    doc = {"a": {"b": 1}}
    set_path(doc, ("a", "b"), copy.deepcopy(MISSING))
    assert doc == {}


def test_start_parameter_token_is_redacted() -> None:
    from recstudio.model import redact

    body = {
        "clientRequest": {
            "startParameter": {"token": "007secret", "storageConfig": {"secretKey": "sk"}}
        }
    }
    out = redact(body)
    assert out["clientRequest"]["startParameter"]["token"] == "<RTC_TOKEN>"
    assert (
        out["clientRequest"]["startParameter"]["storageConfig"]["secretKey"]
        == "<STORAGE_SECRET_KEY>"
    )


def test_lazy_public_names_resolve() -> None:
    import recstudio.model as model

    for name in ("check_body", "generate_body", "Project", "iter_fields", "VENDORS"):
        assert getattr(model, name) is not None


def test_new_projects_are_valid_project_models() -> None:
    """new_project skips validation for launch speed; prove its data validates."""
    from recstudio.model import Mode
    from recstudio.model.project import Project, new_project

    for mode in Mode:
        project = new_project(mode, name=f"p-{mode.value}")
        again = Project.model_validate(project.model_dump())
        assert again.model_dump() == project.model_dump()
        assert project.id and project.format_version >= 1
