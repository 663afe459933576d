"""Raw mode (Individual Recording v2, agora-2026.md §1) as the fourth mode: which fields it
allows, requires and forbids, each with the rule it is judged by, plus generation, the
mode switch and ``recstudio validate --mode raw``."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from recstudio.cli import main as cli_main
from recstudio.model import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.mode_switch import adapt_for_mode
from recstudio.model.problems import Problem
from recstudio.model.project import new_project
from recstudio.model.rules import check_body

CR = "clientRequest"
#: A start body shaped like the documented raw example: per-uid lists, subscribeUidGroup,
#: HLS + MP4 per uid (agora-2026.md §1), S3 storage.
RAW_START: dict[str, Any] = {
    "cname": "panel",
    "uid": "527844",
    "clientRequest": {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 2,
            "maxIdleTime": 120,
            "subscribeAudioUids": ["3001", "3002"],
            "subscribeVideoUids": ["3001", "3002"],
            "subscribeUidGroup": 0,
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": {
            "vendor": 1,
            "region": 0,
            "bucket": "bucket1",
            "accessKey": "ak",
            "secretKey": "sk",
        },
    },
}


def raw_start(**changes: Any) -> dict[str, Any]:
    """RAW_START with clientRequest keys replaced (None removes a key)."""
    body = copy.deepcopy(RAW_START)
    for key, value in changes.items():
        if value is None:
            body[CR].pop(key, None)
        else:
            body[CR][key] = value
    return body


def errors(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.rule_id, p.path) for p in problems if p.is_error}


def warnings(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.rule_id, p.path) for p in problems if not p.is_error}


def test_documented_raw_start_body_is_clean() -> None:
    assert check_body(RAW_START, Endpoint.START, Mode.RAW) == []


def test_stream_mode_is_refused_in_raw_naming_field_and_rule() -> None:
    body = raw_start()
    body[CR]["recordingConfig"]["streamMode"] = "standard"
    problems = check_body(body, Endpoint.START, "raw")
    assert ("R11", f"{CR}.recordingConfig.streamMode") in errors(problems)
    # the same body is fine in legacy individual, where streamMode exists (MP4 aside)
    body[CR]["recordingFileConfig"] = {"avFileType": ["hls"]}
    assert not errors(check_body(body, Endpoint.START, Mode.INDIVIDUAL))


def test_extension_service_config_is_refused_in_raw() -> None:
    services = {
        "errorHandlePolicy": "error_abort",
        "extensionServices": [
            {
                "serviceName": "aliyun_vod_service",
                "errorHandlePolicy": "error_abort",
                "serviceParam": {"accessKey": "a", "secretKey": "s", "regionId": "cn-shanghai"},
            }
        ],
    }
    problems = check_body(raw_start(extensionServiceConfig=services), Endpoint.START, Mode.RAW)
    assert ("R9", f"{CR}.extensionServiceConfig") in errors(problems)
    message = next(p.message for p in problems if p.rule_id == "R9")
    assert "raw" in message and "extensionServiceConfig" in message


@pytest.mark.parametrize(
    ("kinds", "stream_types", "mode", "expected"),
    [
        (["hls", "mp4"], 2, Mode.RAW, None),  # MP4 per uid is new in raw
        (["hls", "mp4"], 2, Mode.INDIVIDUAL, "error"),  # v1 records HLS only
        (["mp4"], 2, Mode.RAW, "error"),  # MP4 only next to HLS
        (["mp3"], 0, Mode.RAW, None),  # audio-only MP3
        (["hls", "mp3"], 2, Mode.RAW, None),
        (["mp3"], 2, Mode.RAW, "warning"),  # the video would be kept nowhere
        (["hls", "mp3"], 1, Mode.RAW, "error"),  # MP3 of a video-only recording
        (["hls", "mp3"], 2, Mode.INDIVIDUAL, "error"),  # MP3 exists only in raw
    ],
)
def test_R23_file_types_per_mode(
    kinds: list[str], stream_types: int, mode: Mode, expected: str | None
) -> None:
    body = raw_start(recordingFileConfig={"avFileType": kinds})
    recording = body[CR]["recordingConfig"]
    recording["streamTypes"] = stream_types
    if stream_types == 0:
        del recording["subscribeVideoUids"]
    if stream_types == 1:
        del recording["subscribeAudioUids"]
    path = f"{CR}.recordingFileConfig.avFileType"
    problems = check_body(body, Endpoint.START, mode)
    found = {
        "error" if p.is_error else "warning"
        for p in problems
        if (p.rule_id, p.path) == ("R23", path)
    }
    assert found == ({expected} if expected else set()), [p.format_line() for p in problems]


def test_raw_requires_recording_config_and_uid_group_and_forbids_composite_keys() -> None:
    assert ("R8", f"{CR}.recordingConfig") in errors(
        check_body(raw_start(recordingConfig=None), Endpoint.START, Mode.RAW)
    )
    body = raw_start()
    del body[CR]["recordingConfig"]["subscribeUidGroup"]
    assert ("R12", f"{CR}.recordingConfig.subscribeUidGroup") in errors(
        check_body(body, Endpoint.START, Mode.RAW)
    )
    body = raw_start()
    body[CR]["recordingConfig"]["transcodingConfig"] = {"width": 640, "height": 360}
    assert ("R10", f"{CR}.recordingConfig.transcodingConfig") in errors(
        check_body(body, Endpoint.START, Mode.RAW)
    )
    legacy = raw_start(appsCollection={"combinationPolicy": "postpone_transcoding"})
    assert "R36" in {rule for rule, _ in errors(check_body(legacy, Endpoint.START, Mode.RAW))}


def test_screenshots_are_raw_and_recording_file_config_may_be_absent() -> None:
    body = raw_start(snapshotConfig={"captureInterval": 10, "fileType": ["jpg"]})
    body[CR].pop("recordingFileConfig")
    assert check_body(body, Endpoint.START, Mode.RAW) == []  # R24/R25: screenshots only
    assert ("R24", f"{CR}.snapshotConfig") in errors(check_body(body, Endpoint.START, Mode.MIX))


def test_acquire_scene_has_no_effect_in_raw() -> None:
    body = {"cname": "panel", "uid": "527844", "clientRequest": {"scene": 0}}
    assert warnings(check_body(body, Endpoint.ACQUIRE, Mode.RAW)) == {("R4", f"{CR}.scene")}
    body[CR] = {"resourceExpiredHour": 24}
    assert check_body(body, Endpoint.ACQUIRE, Mode.RAW) == []


def test_update_and_stop_in_raw() -> None:
    update = {
        "cname": "panel",
        "uid": "527844",
        "clientRequest": {
            "streamSubscribe": {
                "audioUidList": {"subscribeAudioUids": ["3001"]},
                "videoUidList": {"subscribeVideoUids": ["3001"]},
            }
        },
    }
    assert check_body(update, Endpoint.UPDATE, Mode.RAW) == []
    layout = {"cname": "panel", "uid": "527844", "clientRequest": {"mixedVideoLayout": 1}}
    assert ("R1", "") in errors(check_body(layout, Endpoint.UPDATE_LAYOUT, Mode.RAW))


def test_new_raw_project_generates_bodies_without_scene_or_stream_mode() -> None:
    project = new_project(Mode.RAW)
    acquire = generate_body(project, Endpoint.ACQUIRE)
    assert "scene" not in acquire[CR]  # no effect in raw; Agora says remove it
    start = generate_body(project, Endpoint.START)
    assert "streamMode" not in start[CR]["recordingConfig"]
    assert start[CR]["recordingConfig"]["subscribeUidGroup"] == 0
    assert start[CR]["recordingConfig"]["channelType"] == 0


def test_switch_individual_to_raw_keeps_what_carries_over_and_says_what_it_dropped() -> None:
    project = new_project(Mode.INDIVIDUAL)
    project.acquire["scene"] = 0
    project.start["token"] = "<RTC_TOKEN>"
    project.start["recordingConfig"]["subscribeVideoUids"] = ["7"]
    project.start["snapshotConfig"] = {"captureInterval": 10, "fileType": ["jpg"]}
    project.update = {"streamSubscribe": {"videoUidList": {"unSubscribeVideoUids": ["7"]}}}
    change = adapt_for_mode(project, Mode.RAW)
    recording = change.start["recordingConfig"]
    assert "streamMode" not in recording
    assert recording["subscribeVideoUids"] == ["7"]
    assert recording["subscribeUidGroup"] == 0
    for kept in ("token", "snapshotConfig", "storageConfig", "recordingFileConfig"):
        assert change.start[kept] == project.start[kept]
    assert change.update == project.update
    assert "scene" not in change.acquire
    assert change.removed == [
        "recordingConfig.streamMode",
        "acquire scene 0 (no effect in raw mode)",
    ]
    assert "recordingConfig.streamMode" in change.summary()
    assert change.added == []


def test_switch_mix_to_raw_and_raw_to_individual() -> None:
    mix = new_project(Mode.MIX)
    mix.start["recordingFileConfig"]["avFileType"] = ["hls", "mp4"]
    to_raw = adapt_for_mode(mix, Mode.RAW)
    assert "transcodingConfig" not in to_raw.start["recordingConfig"]
    assert to_raw.start["recordingFileConfig"]["avFileType"] == ["hls", "mp4"]  # raw has MP4
    assert "recordingConfig.subscribeUidGroup" in to_raw.added  # R12
    raw = new_project(Mode.RAW)
    raw.start["recordingFileConfig"]["avFileType"] = ["hls", "mp4", "mp3"]
    to_v1 = adapt_for_mode(raw, Mode.INDIVIDUAL)
    assert to_v1.start["recordingFileConfig"]["avFileType"] == ["hls"]
    assert {"recordingFileConfig.avFileType mp4", "recordingFileConfig.avFileType mp3"} <= set(
        to_v1.removed
    )
    assert to_v1.start["recordingConfig"]["streamMode"] == "standard"


def test_validate_mode_raw_accepts_the_documented_body_and_refuses_stream_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "raw-start.json"
    good.write_text(json.dumps(RAW_START))
    assert cli_main(["validate", str(good), "--mode", "raw", "--endpoint", "start"]) == 0
    assert "0 error(s)" in capsys.readouterr().err
    bad_body = raw_start()
    bad_body[CR]["recordingConfig"]["streamMode"] = "default"
    bad_body[CR]["extensionServiceConfig"] = {"extensionServices": []}
    bad = tmp_path / "raw-bad.json"
    bad.write_text(json.dumps(bad_body))
    assert cli_main(["validate", str(bad), "--mode", "raw", "--endpoint", "start"]) == 1
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert f"{CR}.recordingConfig.streamMode" in out and "R11" in out
    assert f"{CR}.extensionServiceConfig" in out and "R9" in out
