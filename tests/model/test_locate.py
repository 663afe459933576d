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


def test_secrets_of_any_type_are_redacted_and_never_quoted() -> None:
    from recstudio.model import Endpoint, Mode, redact
    from recstudio.model.rules import check_body

    storage = {
        "vendor": 1,
        "region": 0,
        "bucket": "b",
        "accessKey": 4711000815,
        "secretKey": ["SK_IN_LIST"],
        "stsToken": {"t": "STS_IN_OBJ"},
    }
    body = {
        "cname": "c",
        "uid": "1",
        "clientRequest": {
            "token": 12345678,
            "storageConfig": storage,
            "recordingConfig": {"channelType": 0},
        },
    }
    text = repr(redact(body))
    for secret in ("4711000815", "SK_IN_LIST", "STS_IN_OBJ", "12345678"):
        assert secret not in text
    messages = " ".join(p.message + p.hint for p in check_body(body, Endpoint.START, Mode.MIX))
    for secret in ("4711000815", "SK_IN_LIST", "STS_IN_OBJ", "12345678"):
        assert secret not in messages


def test_updatelayout_bodies_get_the_cross_body_checks() -> None:
    """Review finding: a named layout binding a uid that start does not subscribe renders
    black — the project check must say so for that layout."""
    from recstudio.model import Endpoint, Mode
    from recstudio.model.project import new_project
    from recstudio.model.validation import validate_project

    project = new_project(Mode.MIX)
    project.start["recordingConfig"]["subscribeVideoUids"] = ["100"]
    project.layouts["Guest"] = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "999", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
    }
    _, located = validate_project(project)
    mine = [lp for lp in located if lp.layout == "Guest" and lp.problem.rule_id == "R20"]
    assert mine and mine[0].endpoint is Endpoint.UPDATE_LAYOUT
    assert mine[0].project_path == ("layouts", "Guest", "layoutConfig", 0, "uid")


def test_start_parameter_problems_are_reported_once() -> None:
    from recstudio.model import Mode
    from recstudio.model.project import new_project
    from recstudio.model.validation import validate_project

    project = new_project(Mode.MIX)
    project.include_start_parameter = True
    project.start["storageConfig"]["region"] = 99
    _, located = validate_project(project)
    region = [lp for lp in located if lp.problem.path.endswith("storageConfig.region")]
    assert len(region) == 1 and region[0].project_path == ("start", "storageConfig", "region")


def test_mode_switch_leaves_nothing_the_new_mode_forbids() -> None:
    from recstudio.model import Endpoint, Mode
    from recstudio.model.generate import generate_body
    from recstudio.model.mode_switch import adapt_for_mode
    from recstudio.model.project import new_project
    from recstudio.model.rules import check_body

    project = new_project(Mode.MIX)
    project.cname, project.uid = "c", "1"
    project.start["storageConfig"].update(bucket="b", accessKey="a", secretKey="s")
    project.start["recordingFileConfig"]["avFileType"] = ["hls", "mp4"]
    project.update = {
        "streamSubscribe": {
            "audioUidList": {"subscribeAudioUids": ["1"]},
            "videoUidList": {"subscribeVideoUids": ["1"]},  # R33: name both kinds
        }
    }
    for target in (Mode.INDIVIDUAL, Mode.WEB, Mode.RAW):
        change = adapt_for_mode(project, target)
        switched = new_project(target)
        switched.cname, switched.uid = "c", "1"
        switched.start, switched.acquire, switched.update = (
            change.start,
            change.acquire,
            change.update,
        )
        switched.mode = target
        for endpoint in (Endpoint.START, Endpoint.ACQUIRE):
            rules = {
                p.rule_id
                for p in check_body(generate_body(switched, endpoint), endpoint, target)
                if p.is_error
            }
            assert not rules & {"R8", "R10", "R23", "R33", "R4"}, (target, endpoint, rules)
        if switched.update:
            body = generate_body(switched, Endpoint.UPDATE)
            assert not [p for p in check_body(body, Endpoint.UPDATE, target) if p.rule_id == "R33"]
        assert change.removed  # the user is told what went
        assert all(item in change.summary() for item in change.removed)


def test_both_blacklist_spellings_survive_generation() -> None:
    from recstudio.model import Endpoint, Mode
    from recstudio.model.generate import generate_body
    from recstudio.model.project import new_project
    from recstudio.model.rules import check_body

    project = new_project(Mode.MIX)
    rc = project.start["recordingConfig"]
    rc["unSubscribeAudioUids"], rc["unsubscribeAudioUids"] = ["1"], ["2"]
    body = generate_body(project, Endpoint.START)
    sent = body["clientRequest"]["recordingConfig"]
    assert sent["unSubscribeAudioUids"] == ["1"] and sent["unsubscribeAudioUids"] == ["2"]
    assert check_body(body, Endpoint.START, Mode.MIX)  # the clash is reported, not hidden
