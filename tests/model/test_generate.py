"""Project → body: user values untouched, required defaults added, layouts merged in mix."""

from __future__ import annotations

import pytest

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.importing import import_document
from recstudio.model.jsontext import dump_json
from recstudio.model.project import LAYOUT_FIELDS, Project, new_project


def _project(mode: Mode = Mode.MIX) -> Project:
    project = new_project(mode)
    project.cname = "room"
    project.uid = "42"
    return project


def test_every_body_has_identity_and_client_request() -> None:
    project = _project()
    for endpoint in (Endpoint.ACQUIRE, Endpoint.START, Endpoint.UPDATE, Endpoint.STOP):
        body = generate_body(project, endpoint)
        assert list(body) == ["cname", "uid", "clientRequest"]
        assert (body["cname"], body["uid"]) == ("room", "42")


def test_query_has_no_body() -> None:
    assert generate_body(_project(), Endpoint.QUERY) == {}
    assert generate_body(_project(), "query") == {}


@pytest.mark.parametrize(("mode", "scene"), [(Mode.MIX, 0), (Mode.INDIVIDUAL, 0), (Mode.WEB, 1)])
def test_acquire_scene_follows_mode(mode: Mode, scene: int) -> None:
    project = _project(mode)
    project.acquire.pop("scene", None)
    assert generate_body(project, Endpoint.ACQUIRE)["clientRequest"] == {
        "scene": scene,  # R4
        "resourceExpiredHour": 24,
    }


def test_acquire_keeps_a_user_set_legacy_scene() -> None:
    project = _project(Mode.INDIVIDUAL)
    project.acquire["scene"] = 2
    assert generate_body(project, Endpoint.ACQUIRE)["clientRequest"]["scene"] == 2
    project.mode = Mode.WEB  # a wrong scene stays wrong: the R4 Problem must be visible
    assert generate_body(project, Endpoint.ACQUIRE)["clientRequest"]["scene"] == 2


def test_start_parameter_is_the_start_request() -> None:
    project = _project()
    without = generate_body(project, Endpoint.ACQUIRE)["clientRequest"]
    assert "startParameter" not in without
    project.include_start_parameter = True
    start = generate_body(project, Endpoint.START)["clientRequest"]
    assert generate_body(project, Endpoint.ACQUIRE)["clientRequest"]["startParameter"] == start
    overridden = generate_body(project, Endpoint.ACQUIRE, include_start_parameter=False)
    assert "startParameter" not in overridden["clientRequest"]


def test_mix_start_merges_the_start_layout() -> None:
    project = _project()
    project.layouts["Interview"] = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "1", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1}],
        "xNotALayoutKey": 1,
    }
    project.start_layout = "Interview"
    transcoding = generate_body(project, Endpoint.START)["clientRequest"]["recordingConfig"][
        "transcodingConfig"
    ]
    assert transcoding == {
        "width": 1280,
        "height": 720,
        "fps": 15,
        "bitrate": 1130,
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "1", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1}],
    }
    # the project itself keeps start and layouts apart
    assert not set(project.start["recordingConfig"]["transcodingConfig"]) & set(LAYOUT_FIELDS)


def test_layouts_only_apply_in_mix() -> None:
    project = _project(Mode.INDIVIDUAL)
    assert project.layouts  # kept for a later switch to mix
    recording = generate_body(project, Endpoint.START)["clientRequest"]["recordingConfig"]
    assert "transcodingConfig" not in recording


def test_sections_the_mode_forbids_are_not_dropped() -> None:
    project = _project(Mode.WEB)
    project.start["recordingConfig"] = {"channelType": 1}  # R8: not allowed in web
    project.start["snapshotConfig"] = {"captureInterval": 5}  # R24: individual only
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert request["recordingConfig"] == {"channelType": 1}
    assert request["snapshotConfig"] == {"captureInterval": 5, "fileType": ["jpg"]}

    individual = _project(Mode.INDIVIDUAL)
    individual.start["recordingConfig"]["transcodingConfig"] = {"width": 640}  # R10
    recording = generate_body(individual, Endpoint.START)["clientRequest"]["recordingConfig"]
    assert recording["transcodingConfig"] == {"width": 640}


def test_required_defaults_are_added_only_when_missing() -> None:
    project = _project(Mode.INDIVIDUAL)
    del project.start["recordingConfig"]["channelType"]
    project.start["snapshotConfig"] = {"captureInterval": 10}
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert request["recordingConfig"]["channelType"] == 0  # R8
    assert request["snapshotConfig"]["fileType"] == ["jpg"]  # R24
    assert "recordingFileConfig" in request  # user-set, not a default

    project.start["recordingConfig"]["channelType"] = 1
    project.start["snapshotConfig"]["fileType"] = ["png"]
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert request["recordingConfig"]["channelType"] == 1
    assert request["snapshotConfig"]["fileType"] == ["png"]  # wrong, but the user's value


def test_no_recording_config_is_invented() -> None:
    project = _project(Mode.INDIVIDUAL)
    del project.start["recordingConfig"]
    assert "recordingConfig" not in generate_body(project, Endpoint.START)["clientRequest"]


def test_web_start_gets_recording_file_config_by_default() -> None:
    project = _project(Mode.WEB)
    del project.start["recordingFileConfig"]
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert request["recordingFileConfig"] == {"avFileType": ["hls"]}  # §10 #7
    project.start["recordingFileConfig"] = {"avFileType": ["hls", "mp4"]}
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert request["recordingFileConfig"] == {"avFileType": ["hls", "mp4"]}


def test_stop_defaults_to_sync_and_keeps_async() -> None:
    project = _project()
    project.stop = {}
    assert generate_body(project, Endpoint.STOP)["clientRequest"] == {"async_stop": False}
    project.stop = {"async_stop": True}
    assert generate_body(project, Endpoint.STOP)["clientRequest"] == {"async_stop": True}


def test_update_layout_uses_start_layout_or_the_named_one() -> None:
    project = _project()
    project.layouts["Screen"] = {"mixedVideoLayout": 2, "maxResolutionUid": "7"}
    assert generate_body(project, Endpoint.UPDATE_LAYOUT)["clientRequest"] == {
        "mixedVideoLayout": 1,
        "backgroundColor": "#000000",
    }
    body = generate_body(project, Endpoint.UPDATE_LAYOUT, layout="Screen")
    assert body["clientRequest"] == {"mixedVideoLayout": 2, "maxResolutionUid": "7"}
    with pytest.raises(KeyError, match="Nope"):
        generate_body(project, Endpoint.UPDATE_LAYOUT, layout="Nope")


def test_update_is_the_draft() -> None:
    project = _project()
    project.update = {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["1"]}}}
    assert generate_body(project, Endpoint.UPDATE)["clientRequest"] == project.update
    project.update = {}
    assert generate_body(project, Endpoint.UPDATE)["clientRequest"] == {}


def test_empty_dicts_are_dropped_but_empty_lists_kept() -> None:
    project = _project()
    project.start["recordingConfig"]["xEmpty"] = {}
    project.start["storageConfig"]["extensionParams"] = {}
    project.start["recordingConfig"]["subscribeAudioUids"] = []  # R13 must see it
    project.update = {"streamSubscribe": {"audioUidList": {}}}
    request = generate_body(project, Endpoint.START)["clientRequest"]
    assert "xEmpty" not in request["recordingConfig"]
    assert "extensionParams" not in request["storageConfig"]
    assert request["recordingConfig"]["subscribeAudioUids"] == []
    assert generate_body(project, Endpoint.UPDATE)["clientRequest"] == {}


@pytest.mark.parametrize("spelling", ["unSubscribe", "unsubscribe"])
def test_blacklist_keys_use_the_project_spelling(spelling: str) -> None:
    project = _project()
    project.unsubscribe_spelling = spelling  # type: ignore[assignment]
    project.start["recordingConfig"]["unSubscribeVideoUids"] = ["9"]
    project.update = {"streamSubscribe": {"audioUidList": {"unSubscribeAudioUids": ["3"]}}}
    recording = generate_body(project, Endpoint.START)["clientRequest"]["recordingConfig"]
    assert recording[f"{spelling}VideoUids"] == ["9"]
    update = generate_body(project, Endpoint.UPDATE)["clientRequest"]
    assert update["streamSubscribe"]["audioUidList"] == {f"{spelling}AudioUids": ["3"]}


def test_generated_body_does_not_alias_the_project() -> None:
    project = _project()
    body = generate_body(project, Endpoint.START)
    body["clientRequest"]["storageConfig"]["bucket"] = "changed"
    body["clientRequest"]["recordingConfig"]["transcodingConfig"]["mixedVideoLayout"] = 0
    assert project.start["storageConfig"]["bucket"] == ""
    assert project.layouts["Main"]["mixedVideoLayout"] == 1


def test_key_order_is_stable_whatever_order_the_user_typed() -> None:
    """Fails while generation falls back to insertion order (no schema canonical_body)."""
    typed = _project()
    typed.start = {
        "storageConfig": {"secretKey": "s", "vendor": 1, "bucket": "b", "region": 0},
        "recordingFileConfig": {"avFileType": ["hls"]},
        "recordingConfig": {
            "transcodingConfig": {"fps": 15, "bitrate": 1130, "height": 720, "width": 1280},
            "maxIdleTime": 30,
            "streamTypes": 2,
            "channelType": 0,
        },
    }
    typed.layouts["Main"] = {"backgroundColor": "#000000", "mixedVideoLayout": 1}
    other = _project()
    other.start = {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 2,
            "maxIdleTime": 30,
            "transcodingConfig": {"width": 1280, "height": 720, "fps": 15, "bitrate": 1130},
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": {"vendor": 1, "region": 0, "bucket": "b", "secretKey": "s"},
    }
    first = dump_json(generate_body(typed, Endpoint.START))
    assert first == dump_json(generate_body(other, Endpoint.START))
    # and importing the output then generating again changes nothing, byte for byte
    again = import_document(first, endpoint=Endpoint.START).project
    assert dump_json(generate_body(again, Endpoint.START)) == first
