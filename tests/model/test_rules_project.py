"""Cross-body rules (check_project): one recording's acquire … stop bodies together."""

from __future__ import annotations

import copy
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.problems import Problem, Severity
from recstudio.model.rules import BodySet, check_project, project_path, split_project_path

STORAGE = {"vendor": 1, "region": 0, "bucket": "b", "accessKey": "ak", "secretKey": "sk"}


def body(request: dict[str, Any], uid: str = "527841", cname: str = "room1") -> dict:
    return {"cname": cname, "uid": uid, "clientRequest": request}


def mix_start(**recording: Any) -> dict[str, Any]:
    return {
        "recordingConfig": {"channelType": 0, "streamTypes": 2, **recording},
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": dict(STORAGE),
    }


def web_start(hours: int) -> dict[str, Any]:
    param = {"url": "https://x.example", "audioProfile": 0, "videoWidth": 1280,
             "videoHeight": 720, "maxRecordingHour": hours}  # fmt: skip
    return {
        "extensionServiceConfig": {
            "extensionServices": [{"serviceName": "web_recorder_service", "serviceParam": param}]
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": dict(STORAGE),
    }


def check(mode: Mode, **bodies: dict) -> list[Problem]:
    return check_project(BodySet(mode, {Endpoint.parse(k): v for k, v in bodies.items()}))


def at(problems: list[Problem], rule: str, path: str) -> Problem:
    found = [p for p in problems if p.rule_id == rule and p.path == path]
    assert found, [p.format_line() for p in problems]
    return found[0]


def test_paths_name_the_body_first():
    assert project_path(Endpoint.UPDATE_LAYOUT, "clientRequest") == "updateLayout:clientRequest"
    assert split_project_path("start:clientRequest.token") == (
        Endpoint.START,
        "clientRequest.token",
    )
    assert split_project_path("clientRequest") == (None, "clientRequest")


def test_consistent_bodies_have_no_cross_problems():
    start = mix_start()
    problems = check(
        Mode.MIX,
        acquire=body({"scene": 0, "startParameter": copy.deepcopy(start)}),
        start=body(start),
        stop=body({"async_stop": True}),
    )
    assert problems == []


def test_R02_uid_and_cname_must_be_the_same_in_every_body():
    problems = check(
        Mode.MIX,
        acquire=body({"scene": 0}),
        start=body(mix_start(), uid="1"),
        stop=body({}, cname="room2"),
    )
    assert at(problems, "R2", "start:uid").severity is Severity.ERROR
    assert at(problems, "R3", "stop:cname").severity is Severity.ERROR


def test_R05_max_recording_hour_beyond_resource_expiry():
    problems = check(Mode.WEB, acquire=body({"scene": 1, "resourceExpiredHour": 24}),
                     start=body(web_start(48)))  # fmt: skip
    path = "start:clientRequest.extensionServiceConfig.extensionServices[0]"
    assert at(problems, "R5", f"{path}.serviceParam.maxRecordingHour").severity is Severity.WARNING
    ok = check(Mode.WEB, acquire=body({"scene": 1}), start=body(web_start(72)))
    assert [p for p in ok if p.rule_id == "R5"] == []


def test_R06_start_parameter_must_equal_start():
    declared = mix_start()
    sent = mix_start(streamTypes=1)
    problems = check(Mode.MIX, acquire=body({"startParameter": declared}), start=body(sent))
    problem = at(problems, "R6", "acquire:clientRequest.startParameter.recordingConfig.streamTypes")
    assert problem.is_error
    # 1 and 1.0 are different JSON to Agora's parser: not equal either
    sent = mix_start(streamTypes=2.0)
    problems = check(Mode.MIX, acquire=body({"startParameter": declared}), start=body(sent))
    assert any(p.rule_id == "R6" for p in problems)


def test_R07_acquire_region_vs_storage_geography():
    start = mix_start()  # S3 region 0 = US_EAST_1
    problems = check(Mode.MIX, acquire=body({"region": "CN"}), start=body(start))
    assert at(problems, "R7", "start:clientRequest.storageConfig.region").severity is (
        Severity.WARNING
    )
    assert check(Mode.MIX, acquire=body({"region": "NA"}), start=body(start)) == []


def test_R14_update_lists_vs_start_stream_types():
    update = {"streamSubscribe": {"videoUidList": {"subscribeVideoUids": ["1"]}}}
    problems = check(Mode.MIX, start=body(mix_start(streamTypes=0)), update=body(update))
    assert at(problems, "R14", "update:clientRequest.streamSubscribe.videoUidList").is_error
    problems = check(Mode.MIX, start=body(mix_start(streamTypes=1)), update=body(update))
    assert [p for p in problems if p.rule_id == "R14"] == []


def test_R20_update_layout_uid_not_subscribed_at_start():
    start = mix_start(subscribeVideoUids=["1"], subscribeAudioUids=["#allstream#"])
    layout = {"mixedVideoLayout": 3, "backgroundColor": "#000000",
              "layoutConfig": [{"uid": "1", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1},
                               {"uid": "2", "x_axis": 0.5, "y_axis": 0, "width": 0.5,
                                "height": 1}]}  # fmt: skip
    problems = check(Mode.MIX, start=body(start), updateLayout=body(layout))
    assert [p.path for p in problems if p.rule_id == "R20"] == [
        "updateLayout:clientRequest.layoutConfig[1].uid"
    ]


def test_R34_update_layout_drops_start_images():
    start = mix_start(transcodingConfig={"backgroundImage": "https://x/a.jpg"})
    layout = {"mixedVideoLayout": 1, "backgroundColor": "#000000"}
    problems = check(Mode.MIX, start=body(start), updateLayout=body(layout))
    assert "backgroundImage" in at(problems, "R34", "updateLayout:clientRequest").message
    kept = dict(layout, backgroundImage="https://x/a.jpg")
    assert check(Mode.MIX, start=body(start), updateLayout=body(kept)) == []


def test_R36_postponed_transcoding_needs_scene_2_and_scene_2_needs_it():
    start = {
        "recordingConfig": {"channelType": 0, "subscribeUidGroup": 0},
        "appsCollection": {"combinationPolicy": "postpone_transcoding"},
        "transcodeOptions": {"transConfig": {"transMode": "postponeTranscoding"}},
        "storageConfig": dict(STORAGE),
    }
    problems = check(Mode.INDIVIDUAL, acquire=body({"scene": 0}), start=body(start))
    assert at(problems, "R36", "acquire:clientRequest.scene").is_error
    plain = mix_start(subscribeUidGroup=0)
    problems = check(Mode.INDIVIDUAL, acquire=body({"scene": 2}), start=body(plain))
    assert at(problems, "R36", "acquire:clientRequest.scene").is_error
    ok = check(Mode.INDIVIDUAL, acquire=body({"scene": 2}), start=body(start))
    assert [p for p in ok if p.rule_id == "R36"] == []


def test_per_body_adds_single_body_problems_with_prefixed_paths():
    problems = check_project(
        BodySet(Mode.WEB, {Endpoint.ACQUIRE: body({"scene": 0})}), per_body=True
    )
    assert at(problems, "R4", "acquire:clientRequest.scene").is_error


def test_check_project_survives_garbage():
    weird: dict[Any, Any] = {"acquire": [1], "start": None, "nonsense": {}, Endpoint.STOP: "x"}
    assert check_project(BodySet(Mode.MIX, weird)) == []
    assert check_project(BodySet("nope", {}))[0].rule_id == "R1"
    assert check_project(object()) != []  # type: ignore[arg-type]
