"""Project document: defaults, file format, versioning and secrets never on disk."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path

import pytest

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.jsontext import JsonSyntaxError, dump_json
from recstudio.model.project import (
    FORMAT_VERSION,
    LAYOUT_FIELDS,
    MIGRATIONS,
    Project,
    ProjectFormatError,
    load_project,
    new_project,
    project_to_data,
    save_project,
)

SECRETS = {
    "token": "007eJxTYRTOKEN-value",
    "access": "AKIA-ACCESS-KEY-42",
    "secret": "wJalrXUtnFEMI/SECRET/KEY",
    "decrypt": "my-decryption-secret",
    "salt": "c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=",
    "sts": "sts-token-value-xyz",
}


def _project_with_secrets() -> Project:
    project = new_project(Mode.MIX, name="Secrets")
    project.cname = "room1"
    project.uid = "527841"
    project.start["token"] = SECRETS["token"]
    storage = project.start["storageConfig"]
    storage |= {"bucket": "b", "accessKey": SECRETS["access"], "secretKey": SECRETS["secret"]}
    project.start["recordingConfig"] |= {
        "decryptionMode": 7,
        "secret": SECRETS["decrypt"],
        "salt": SECRETS["salt"],
    }
    project.update = {"storageConfig": {"vendor": 1, "stsToken": SECRETS["sts"]}}
    return project


# --------------------------------------------------------------------------- defaults


def test_new_mix_project_has_landscape_canvas_and_best_fit_layout() -> None:
    project = new_project(Mode.MIX)
    transcoding = project.start["recordingConfig"]["transcodingConfig"]
    assert transcoding == {"width": 1280, "height": 720, "fps": 15, "bitrate": 1130}
    assert project.start_layout == "Main"
    assert project.layouts["Main"] == {"mixedVideoLayout": 1, "backgroundColor": "#000000"}
    assert project.acquire == {"resourceExpiredHour": 24}  # §10 #2
    assert project.start["recordingConfig"]["channelType"] == 0
    assert project.start["recordingConfig"]["maxIdleTime"] == 30
    assert project.start["recordingFileConfig"] == {"avFileType": ["hls"]}
    assert project.stop == {"async_stop": False}
    assert project.unsubscribe_spelling == "unSubscribe"


def test_new_individual_project_sets_required_subscribe_group() -> None:
    recording = new_project(Mode.INDIVIDUAL).start["recordingConfig"]
    assert recording["subscribeUidGroup"] == 0  # R12
    assert recording["streamMode"] == "standard"
    assert "transcodingConfig" not in recording


def test_new_web_project_uses_scene_1_and_web_recorder() -> None:
    project = new_project(Mode.WEB)
    assert project.acquire["scene"] == 1  # R4
    assert "recordingConfig" not in project.start  # R8
    service = project.start["extensionServiceConfig"]["extensionServices"][0]
    assert service["serviceName"] == "web_recorder_service"
    assert service["serviceParam"] == {
        "url": "",
        "audioProfile": 0,
        "videoWidth": 1280,
        "videoHeight": 720,
        "maxRecordingHour": 1,
    }
    assert project.start["recordingFileConfig"] == {"avFileType": ["hls"]}  # §10 #7


def test_new_projects_get_distinct_ids() -> None:
    first, second = new_project(), new_project()
    assert first.id != second.id
    assert len(first.id) == 32
    int(first.id, 16)


def test_project_holds_invalid_values_while_the_user_edits() -> None:
    project = new_project()
    project.start["recordingConfig"]["transcodingConfig"]["fps"] = "fast"
    project.start["recordingConfig"]["xUnknown"] = {"kept": True}
    body = generate_body(project, Endpoint.START)
    assert body["clientRequest"]["recordingConfig"]["transcodingConfig"]["fps"] == "fast"
    assert body["clientRequest"]["recordingConfig"]["xUnknown"] == {"kept": True}


# --------------------------------------------------------------------------- files


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    project = new_project(Mode.INDIVIDUAL, name="Küche")
    project.roster = [{"uid": "100", "name": "Ana", "source": "phone_9_16"}]  # type: ignore[list-item]
    path = tmp_path / "a.recstudio.json"
    save_project(project, path)
    assert load_project(path) == project
    text = path.read_text(encoding="utf-8")
    assert text == dump_json(project_to_data(project))
    assert "Küche" in text  # ensure_ascii=False
    assert text.endswith("}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["a.recstudio.json"]  # no temp left


def test_saved_file_contains_no_secret(tmp_path: Path) -> None:
    project = _project_with_secrets()
    path = tmp_path / "s.recstudio.json"
    save_project(project, path)
    raw = path.read_bytes()
    for value in SECRETS.values():
        assert value.encode() not in raw
    data = json.loads(raw)
    storage = data["start"]["storageConfig"]
    assert storage["secretKey"] == "<STORAGE_SECRET_KEY>"
    assert storage["accessKey"] == "<STORAGE_ACCESS_KEY>"
    assert data["start"]["token"] == "<RTC_TOKEN>"
    assert data["start"]["recordingConfig"]["salt"] == "<DECRYPTION_SALT>"
    assert data["update"]["storageConfig"]["stsToken"] == "<STORAGE_STS_TOKEN>"
    # saving must not have redacted the in-memory project
    assert project.start["storageConfig"]["secretKey"] == SECRETS["secret"]


def test_saving_shares_the_bodies_instead_of_copying_them() -> None:
    """Issue 12: pydantic's dump copied a 10 MB body holding the GIL (a frozen window while
    the worker autosaved); the data saved shares what redaction did not have to change."""
    project = _project_with_secrets()
    project.start["recordingConfig"]["subscribeAudioUids"] = [str(i) for i in range(50)]
    before = copy.deepcopy(project.start)
    data = project_to_data(project)
    uids = project.start["recordingConfig"]["subscribeAudioUids"]
    assert data["start"]["recordingConfig"]["subscribeAudioUids"] is uids
    assert data["layouts"] is project.layouts
    assert data["start"]["storageConfig"]["secretKey"] == "<STORAGE_SECRET_KEY>"
    assert project.start == before  # the placeholders went into copies of their path
    assert data["mode"] == project.mode.value  # the typed fields still go through pydantic


def test_include_secrets_writes_them_to_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "s.recstudio.json"
    save_project(_project_with_secrets(), path, include_secrets=True)
    assert SECRETS["secret"].encode() in path.read_bytes()
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_secret_values_and_apply_secrets_restore_the_bodies(tmp_path: Path) -> None:
    original = _project_with_secrets()
    secrets = original.secret_values()
    assert secrets == {
        "start.token": SECRETS["token"],
        "start.recordingConfig.secret": SECRETS["decrypt"],
        "start.recordingConfig.salt": SECRETS["salt"],
        "start.storageConfig.accessKey": SECRETS["access"],
        "start.storageConfig.secretKey": SECRETS["secret"],
        "update.storageConfig.stsToken": SECRETS["sts"],
    }
    path = tmp_path / "s.recstudio.json"
    save_project(original, path)
    loaded = load_project(path)
    assert loaded.secret_values() == {}  # placeholders are not secrets
    assert loaded.apply_secrets(secrets) == []
    for endpoint in (Endpoint.START, Endpoint.UPDATE, Endpoint.ACQUIRE):
        assert generate_body(loaded, endpoint) == generate_body(original, endpoint)


def test_apply_secrets_skips_paths_that_no_longer_exist() -> None:
    project = new_project()
    del project.start["storageConfig"]
    stale = project.apply_secrets(
        {"start.storageConfig.secretKey": "x", "layouts.Main": "y", "start.token": "t"}
    )
    assert stale == ["start.storageConfig.secretKey", "layouts.Main", "start.token"]
    assert "storageConfig" not in project.start


def test_newer_format_is_refused_with_an_actionable_message(tmp_path: Path) -> None:
    data = project_to_data(new_project())
    data["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "future.recstudio.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFormatError) as info:
        load_project(path)
    assert str(info.value) == (
        f"this project was saved by a newer recstudio (format {FORMAT_VERSION + 1}); "
        f"this version reads up to format {FORMAT_VERSION} — update recstudio"
    )


def test_every_older_format_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(FORMAT_VERSION))


def _v0_file() -> dict:
    """Format 0: layout keys inside start's transcodingConfig, no named layouts."""
    return {
        "format_version": 0,
        "id": "0123456789abcdef0123456789abcdef",
        "name": "Old",
        "mode": "mix",
        "app_id": "a" * 32,
        "cname": "show",
        "uid": "999",
        "profile": "Sandbox",
        "acquire": {"resourceExpiredHour": 24},
        "include_start_parameter": False,
        "start": {
            "recordingConfig": {
                "channelType": 1,
                "transcodingConfig": {
                    "width": 640,
                    "mixedVideoLayout": 3,
                    "height": 360,
                    "backgroundColor": "#112233",
                    "layoutConfig": [{"x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
                    "xVendorHint": 5,
                },
            },
            "storageConfig": {"vendor": 1, "region": 0, "bucket": "b"},
        },
        "update": {},
        "stop": {"async_stop": True},
        "roster": [],
    }


def test_v0_project_is_migrated_to_named_layouts(tmp_path: Path) -> None:
    v0 = _v0_file()
    path = tmp_path / "old.recstudio.json"
    path.write_text(json.dumps(v0), encoding="utf-8")
    project = load_project(path)
    assert project.format_version == FORMAT_VERSION
    assert project.start_layout == "Main"
    assert project.layouts == {
        "Main": {
            "mixedVideoLayout": 3,
            "backgroundColor": "#112233",
            "layoutConfig": [{"x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
        }
    }
    transcoding = project.start["recordingConfig"]["transcodingConfig"]
    assert transcoding == {"width": 640, "height": 360, "xVendorHint": 5}
    assert not set(transcoding) & set(LAYOUT_FIELDS)
    # the body the v0 project produced is still what the v1 project produces
    body = generate_body(project, Endpoint.START)
    assert body["clientRequest"] == v0["start"]
    assert generate_body(project, Endpoint.STOP)["clientRequest"] == {"async_stop": True}


def test_json_mistake_in_project_file_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.recstudio.json"
    path.write_text('{\n  "format_version": 1\n  "name": "x"\n}\n', encoding="utf-8")
    with pytest.raises(JsonSyntaxError) as info:
        load_project(path)
    assert (info.value.line, info.value.column) == (3, 3)
    assert str(info.value) == "line 3, column 3: Expecting ',' delimiter"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"mode": "composite"}, "mode:"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"roster": [{"uid": "1", "source": "webcam"}]}, "roster[0].source:"),
        ({"layouts": {"Main": []}}, "layouts.Main:"),
        ({"unsubscribe_spelling": "UnSubscribe"}, "unsubscribe_spelling:"),
    ],
)
def test_invalid_project_field_is_named(tmp_path: Path, change: dict, named: str) -> None:
    data = project_to_data(new_project()) | change
    path = tmp_path / "p.recstudio.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFormatError, match="invalid project file") as info:
        load_project(path)
    assert named in str(info.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "no version"}, "format_version is missing"),
        ({"format_version": "1"}, "format_version must be an integer"),
        ({"format_version": True}, "format_version must be an integer"),
        ([1, 2], "must contain a JSON object"),
    ],
)
def test_not_a_project(tmp_path: Path, data: object, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFormatError, match=message):
        load_project(path)
