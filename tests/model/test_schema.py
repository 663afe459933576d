"""Request models: seeds accepted, every constrained field's edges, aliases, unknown keys."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _schema_seeds import ALL_SEEDS, STORAGE, custom_mix_body

from recstudio.model.enums import Endpoint
from recstudio.model.paths import set_path
from recstudio.model.problems import Severity
from recstudio.model.schema import (
    UNKNOWN_KEY,
    client_request_model,
    schema_for,
    schema_problems,
)

CR = "clientRequest"
RC = f"{CR}.recordingConfig"
TC = f"{RC}.transcodingConfig"
LC = f"{TC}.layoutConfig"
SC = f"{CR}.storageConfig"
WEBP = f"{CR}.extensionServiceConfig.extensionServices[0].serviceParam"


def _errors(body: Any, endpoint: Endpoint) -> list[tuple[str, str]]:
    return [
        (p.path, p.rule_id) for p in schema_problems(body, endpoint) if p.severity is Severity.ERROR
    ]


@pytest.mark.parametrize("name", sorted(ALL_SEEDS))
def test_seed_start_bodies_have_no_problems(name: str) -> None:
    assert schema_problems(ALL_SEEDS[name], Endpoint.START) == []


def _acquire() -> dict[str, Any]:
    return {"cname": "room", "uid": "1", CR: {"scene": 0, "resourceExpiredHour": 24}}


def _web() -> dict[str, Any]:
    return copy.deepcopy(ALL_SEEDS["web_rtmp"])


def _snap() -> dict[str, Any]:
    return copy.deepcopy(ALL_SEEDS["snapshot_only"])


def _vod() -> dict[str, Any]:
    return copy.deepcopy(ALL_SEEDS["vod"])


def _legacy() -> dict[str, Any]:
    return copy.deepcopy(ALL_SEEDS["audio_mix"])


def _layout() -> dict[str, Any]:
    canvas = custom_mix_body(3)[CR]["recordingConfig"]["transcodingConfig"]
    for key in ("width", "height", "fps", "bitrate"):
        del canvas[key]
    return {"cname": "room1", "uid": "527841", CR: canvas}


def _update() -> dict[str, Any]:
    return {"cname": "room", "uid": "1", CR: {}}


# (factory, endpoint, path, a value inside, a value outside, rule)
EDGES: list[tuple[Any, Endpoint, str, Any, Any, str]] = [
    (_acquire, Endpoint.ACQUIRE, "uid", "4294967295", "4294967296", "R2"),
    (_acquire, Endpoint.ACQUIRE, "uid", "1", "0", "R2"),
    (_acquire, Endpoint.ACQUIRE, "uid", "42", "abc", "R2"),
    (_acquire, Endpoint.ACQUIRE, "cname", "x" * 1024, "x" * 1025, "R3"),
    (_acquire, Endpoint.ACQUIRE, "cname", "é" * 512, "é" * 513, "R3"),
    (_acquire, Endpoint.ACQUIRE, f"{CR}.scene", 2, 3, "R4"),
    (_acquire, Endpoint.ACQUIRE, f"{CR}.resourceExpiredHour", 1, 0, "R5"),
    (_acquire, Endpoint.ACQUIRE, f"{CR}.resourceExpiredHour", 720, 721, "R5"),
    (_acquire, Endpoint.ACQUIRE, f"{CR}.region", "NA", "US", "R7"),
    (custom_mix_body, Endpoint.START, f"{RC}.channelType", 1, 2, "R8"),
    (custom_mix_body, Endpoint.START, f"{RC}.streamTypes", 0, 3, "R14"),
    (custom_mix_body, Endpoint.START, f"{RC}.streamMode", "standard", "Standard", "R11"),
    (custom_mix_body, Endpoint.START, f"{RC}.decryptionMode", 8, 9, "R15"),
    (custom_mix_body, Endpoint.START, f"{RC}.salt", "A" * 43 + "=", "AAAA", "R15"),
    (custom_mix_body, Endpoint.START, f"{RC}.maxIdleTime", 5, 4, "R16"),
    (custom_mix_body, Endpoint.START, f"{RC}.maxIdleTime", 2_592_000, 2_592_001, "R16"),
    (custom_mix_body, Endpoint.START, f"{RC}.audioProfile", 2, 3, "R10"),
    (custom_mix_body, Endpoint.START, f"{RC}.subscribeUidGroup", 5, 6, "R12"),
    (custom_mix_body, Endpoint.START, f"{RC}.subscribeVideoUids", ["1"] * 32, ["1"] * 33, "R13"),
    (custom_mix_body, Endpoint.START, f"{RC}.unSubscribeAudioUids", ["7"], ["#allstream#"], "R13"),
    (custom_mix_body, Endpoint.START, f"{TC}.width", 1920, 1921, "R17"),
    (custom_mix_body, Endpoint.START, f"{TC}.height", 1920, 1921, "R17"),
    (custom_mix_body, Endpoint.START, f"{TC}.fps", 60, 25, "R17"),
    (custom_mix_body, Endpoint.START, f"{TC}.bitrate", 6500, 6501, "R17"),
    (custom_mix_body, Endpoint.START, f"{TC}.mixedVideoLayout", 3, 4, "R18"),
    (custom_mix_body, Endpoint.START, f"{TC}.maxResolutionUid", "99", "-1", "R19"),
    (custom_mix_body, Endpoint.START, f"{TC}.backgroundColor", "#a0B1c2", "#12345", "R21"),
    (custom_mix_body, Endpoint.START, f"{LC}[16].x_axis", 0, -0.1, "R20"),
    (custom_mix_body, Endpoint.START, f"{LC}[3].y_axis", 1, 1.000001, "R20"),
    (custom_mix_body, Endpoint.START, f"{LC}[3].width", 0.333333, 0.3333333, "R20"),
    (custom_mix_body, Endpoint.START, f"{LC}[3].height", 0.1, 0.1234567, "R20"),
    (custom_mix_body, Endpoint.START, f"{LC}[3].alpha", 0.5, 1.5, "R20"),
    (custom_mix_body, Endpoint.START, f"{LC}[3].render_mode", 1, 2, "R20"),
    (custom_mix_body, Endpoint.START, f"{TC}.backgroundConfig[0].render_mode", 1, True, "R22"),
    (custom_mix_body, Endpoint.START, f"{CR}.recordingFileConfig.avFileType", ["hls"], [], "R23"),
    (
        custom_mix_body,
        Endpoint.START,
        f"{CR}.recordingFileConfig.avFileType[0]",
        "mp4",
        "HLS",
        "R23",
    ),
    (_snap, Endpoint.START, f"{CR}.snapshotConfig.captureInterval", 1, 0, "R24"),
    (_snap, Endpoint.START, f"{CR}.snapshotConfig.captureInterval", 3600, 3601, "R24"),
    (_snap, Endpoint.START, f"{CR}.snapshotConfig.fileType", ["jpg"], ["png"], "R24"),
    (custom_mix_body, Endpoint.START, f"{SC}.fileNamePrefix", ["a" * 128], ["a" * 129], "R26"),
    (custom_mix_body, Endpoint.START, f"{SC}.fileNamePrefix[1]", "Dir2", "dir/2", "R26"),
    (custom_mix_body, Endpoint.START, f"{SC}.vendor", 11, 9, "R27"),
    (custom_mix_body, Endpoint.START, f"{SC}.region", 0, -1, "R27"),
    (custom_mix_body, Endpoint.START, f"{SC}.stsExpiration", 0, -5, "R28"),
    (custom_mix_body, Endpoint.START, f"{SC}.extensionParams.sse", "aes256", "AES256", "R29"),
    (_web, Endpoint.START, f"{WEBP}.videoWidth", 240, 239, "R30"),
    (_web, Endpoint.START, f"{WEBP}.videoHeight", 1920, 1921, "R30"),
    (_web, Endpoint.START, f"{WEBP}.maxRecordingHour", 720, 721, "R30"),
    (_web, Endpoint.START, f"{WEBP}.videoBitrate", 50, 49, "R30"),
    (_web, Endpoint.START, f"{WEBP}.videoFps", 60, 61, "R30"),
    (_web, Endpoint.START, f"{WEBP}.maxVideoDuration", 30, 29, "R30"),
    (_web, Endpoint.START, f"{WEBP}.readyTimeout", 60, 61, "R30"),
    (_web, Endpoint.START, f"{WEBP}.readyTimeout", 0, 1.5, "R30"),
    (_web, Endpoint.START, f"{WEBP}.audioProfile", 0, 3, "R30"),
    (
        _web,
        Endpoint.START,
        f"{CR}.extensionServiceConfig.extensionServices[1].serviceParam.outputs[0].rtmpUrl",
        "rtmps://cdn.test/live",
        "https://cdn.test/live",
        "R32",
    ),
    (
        _web,
        Endpoint.START,
        f"{CR}.extensionServiceConfig.errorHandlePolicy",
        "error_abort",
        "error_ignore",
        "R31",
    ),
    (_legacy, Endpoint.START, f"{CR}.appsCollection.combinationPolicy", "default", "x", "R36"),
    (_legacy, Endpoint.START, f"{CR}.transcodeOptions.container.format", "aac", "wav", "R36"),
    (_legacy, Endpoint.START, f"{CR}.transcodeOptions.audio.sampleRate", "16000", 16000, "R36"),
    (_layout, Endpoint.UPDATE_LAYOUT, f"{CR}.layoutConfig[0].x_axis", 0.75, 1.25, "R20"),
    (_layout, Endpoint.UPDATE_LAYOUT, f"{CR}.mixedVideoLayout", 0, "0", "R18"),
    (
        _update,
        Endpoint.UPDATE,
        f"{CR}.streamSubscribe.audioUidList.subscribeAudioUids",
        ["#allstream#"],
        ["x"],
        "R13",
    ),
    (
        _update,
        Endpoint.UPDATE,
        f"{CR}.rtmpPublishConfig.outputs",
        [{"rtmpUrl": "rtmp://a/b"}],
        [{"rtmpUrl": "rtmp://a/b"}, {"rtmpUrl": "rtmp://a/c"}],
        "R32",
    ),
]


@pytest.mark.parametrize(
    ("factory", "endpoint", "path", "inside", "outside", "rule"),
    EDGES,
    ids=[f"{e[1].value}:{e[2].rsplit('.', 1)[-1]}={e[4]!r}"[:60] for e in EDGES],
)
def test_range_edges(
    factory: Any, endpoint: Endpoint, path: str, inside: Any, outside: Any, rule: str
) -> None:
    body = factory()
    set_path(body, path, inside)
    assert _errors(body, endpoint) == []
    set_path(body, path, outside)
    problems = schema_problems(body, endpoint)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert len(errors) == 1, [p.format_line() for p in problems]
    (error,) = errors
    # the error sits on the field or on the offending list item below it
    assert error.path == path or error.path.startswith(path + "["), error.path
    assert error.rule_id == rule
    assert error.message and error.hint


def test_messages_are_in_a_users_words() -> None:
    body = custom_mix_body()
    set_path(body, f"{TC}.width", 2500)
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.message == "width must be at most 1920 (got 2500)"
    assert problem.hint == "use a value from 1 to 1920"


def test_enum_message_names_the_labels() -> None:
    body = custom_mix_body()
    set_path(body, f"{TC}.mixedVideoLayout", 7)
    (problem,) = schema_problems(body, Endpoint.START)
    assert "3 (Custom)" in problem.message and "(got 7)" in problem.message


def test_six_decimals_boundaries() -> None:
    for fine in (0.1, 0.333333, 1, 0, 0.5, 0.999999):
        body = custom_mix_body(1)
        set_path(body, f"{LC}[0].x_axis", fine)
        set_path(body, f"{LC}[0].width", 0)
        assert _errors(body, Endpoint.START) == [], fine
    body = custom_mix_body(1)
    set_path(body, f"{LC}[0].x_axis", 0.3333333)
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.rule_id == "R20" and "0.333333" in problem.hint


def test_string_number_gets_a_quote_hint() -> None:
    body = custom_mix_body()
    set_path(body, f"{RC}.maxIdleTime", "30")
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.path == f"{RC}.maxIdleTime"
    assert problem.rule_id == "R16"
    assert "whole number" in problem.message
    assert problem.hint == "write 30 without quotes"


def test_missing_required_fields_are_reported_with_their_path() -> None:
    body = custom_mix_body()
    del body[CR]["recordingConfig"]["transcodingConfig"]["layoutConfig"][2]["width"]
    del body[CR]["recordingConfig"]["channelType"]
    problems = {(p.path, p.rule_id) for p in schema_problems(body, Endpoint.START)}
    assert problems == {(f"{LC}[2].width", "R20"), (f"{RC}.channelType", "R8")}


def test_unknown_service_name_is_reported_on_service_name() -> None:
    body = _web()
    body[CR]["extensionServiceConfig"]["extensionServices"][0]["serviceName"] = "web_recoder"
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.path == f"{CR}.extensionServiceConfig.extensionServices[0].serviceName"
    assert "web_recorder_service" in problem.hint


def test_widest_documented_ranges_are_accepted() -> None:
    """§10: captureInterval 1..3600, web cname up to 1024 bytes, Baidu region 0."""
    body = _snap()
    set_path(body, f"{CR}.snapshotConfig.captureInterval", 1)
    set_path(body, "cname", "c" * 1000)
    set_path(body, f"{SC}.vendor", 8)
    set_path(body, f"{SC}.region", 0)
    assert schema_problems(body, Endpoint.START) == []


def test_body_must_be_an_object() -> None:
    (problem,) = schema_problems([1, 2], Endpoint.START)  # type: ignore[arg-type]
    assert problem.path == "" and problem.severity is Severity.ERROR


# --- unknown keys ----------------------------------------------------------------------------


def test_unknown_key_warns_with_case_hint() -> None:
    body = custom_mix_body()
    body[CR]["recordingConfig"]["maxidletime"] = 60
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.severity is Severity.WARNING
    assert problem.rule_id == UNKNOWN_KEY
    assert problem.path == f"{RC}.maxidletime"
    assert problem.message == "unknown key 'maxidletime' is kept but Agora may reject it"
    assert "'maxIdleTime'" in problem.hint and "case-sensitive" in problem.hint


def test_unknown_key_did_you_mean_and_nested_in_lists() -> None:
    body = custom_mix_body()
    body[CR]["recordingConfig"]["transcodingConfig"]["layoutConfig"][4]["x_axes"] = 0.1
    body["extra_top"] = 1
    problems = schema_problems(body, Endpoint.START)
    by_path = {p.path: p for p in problems}
    assert set(by_path) == {f"{LC}[4].x_axes", "extra_top"}
    assert "did you mean 'x_axis'?" in by_path[f"{LC}[4].x_axes"].hint
    assert all(p.rule_id == UNKNOWN_KEY for p in problems)


def test_unknown_keys_are_reported_even_when_the_body_is_invalid() -> None:
    body = custom_mix_body()
    set_path(body, f"{TC}.width", 5000)
    body[CR]["storageConfig"]["Bucket"] = "x"
    rules = sorted(p.rule_id for p in schema_problems(body, Endpoint.START))
    assert rules == ["R17", UNKNOWN_KEY]


def test_unknown_keys_are_kept_by_the_model() -> None:
    body = custom_mix_body()
    body[CR]["futureOption"] = {"a": 1}
    model = schema_for(Endpoint.START).model_validate(body)
    assert model.clientRequest.model_extra == {"futureOption": {"a": 1}}  # type: ignore[attr-defined]


# --- aliases --------------------------------------------------------------------------------


def test_lowercase_unsubscribe_is_accepted_on_input() -> None:
    body = custom_mix_body()
    rc = body[CR]["recordingConfig"]
    del rc["subscribeAudioUids"]
    rc["unsubscribeAudioUids"] = ["5", "6"]
    rc["unsubscribeVideoUids"] = ["7"]
    assert schema_problems(body, Endpoint.START) == []
    model = schema_for(Endpoint.START).model_validate(body)
    recording = model.clientRequest.recordingConfig  # type: ignore[attr-defined]
    assert recording.unSubscribeAudioUids == ["5", "6"]
    assert recording.unSubscribeVideoUids == ["7"]
    assert recording.model_extra == {}


def test_alias_error_path_uses_the_key_as_written() -> None:
    body = custom_mix_body()
    body[CR]["recordingConfig"]["unsubscribeVideoUids"] = [str(i + 1) for i in range(33)]
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.path == f"{RC}.unsubscribeVideoUids"
    assert problem.rule_id == "R13"
    assert "33 items" in problem.message


def test_both_spellings_are_flagged() -> None:
    body = custom_mix_body()
    rc = body[CR]["recordingConfig"]
    rc["unSubscribeVideoUids"] = ["7"]
    rc["unsubscribeVideoUids"] = ["8"]
    (problem,) = schema_problems(body, Endpoint.START)
    assert problem.path == f"{RC}.unsubscribeVideoUids"
    assert problem.severity is Severity.WARNING


def test_update_body_alias() -> None:
    body = {
        "cname": "c",
        "uid": "2",
        CR: {"streamSubscribe": {"videoUidList": {"unsubscribeVideoUids": ["3"]}}},
    }
    assert schema_problems(body, Endpoint.UPDATE) == []


# --- models per endpoint ----------------------------------------------------------------------


def test_every_body_endpoint_has_a_model_and_query_has_none() -> None:
    for endpoint in (Endpoint.ACQUIRE, Endpoint.START, Endpoint.UPDATE, Endpoint.STOP):
        model = schema_for(endpoint)
        assert list(model.model_fields)[:3] == ["cname", "uid", "clientRequest"]
        assert client_request_model(endpoint) is model.model_fields["clientRequest"].annotation
    assert schema_for("update-layout") is schema_for(Endpoint.UPDATE_LAYOUT)
    with pytest.raises(ValueError, match="no request body"):
        schema_for(Endpoint.QUERY)


def test_stop_and_acquire_bodies() -> None:
    stop = {"cname": "c", "uid": "2", CR: {"async_stop": True}}
    assert schema_problems(stop, Endpoint.STOP) == []
    stop[CR]["async_stop"] = "yes"
    (problem,) = schema_problems(stop, Endpoint.STOP)
    assert problem.path == f"{CR}.async_stop"
    acquire = _acquire()
    acquire[CR]["startParameter"] = copy.deepcopy(ALL_SEEDS["mix"][CR])
    acquire[CR]["regionAffinity"] = 4
    acquire[CR]["excludeResourceIds"] = ["abc"]
    assert schema_problems(acquire, Endpoint.ACQUIRE) == []
    acquire[CR]["startParameter"]["recordingConfig"]["maxIdleTime"] = 1
    (problem,) = schema_problems(acquire, Endpoint.ACQUIRE)
    assert problem.path == f"{CR}.startParameter.recordingConfig.maxIdleTime"


def test_storage_vendor_11_and_sts() -> None:
    body = custom_mix_body()
    body[CR]["storageConfig"] = {
        **STORAGE,
        "vendor": 11,
        "region": 0,
        "stsToken": "t",
        "stsExpiration": 1_900_000_000,
        "extensionParams": {"endpoint": "s3.example.test"},
    }
    assert schema_problems(body, Endpoint.START) == []


def test_update_layout_body() -> None:
    assert schema_problems(_layout(), Endpoint.UPDATE_LAYOUT) == []
    body = _layout()
    body[CR]["width"] = 640  # canvas size cannot change in updateLayout
    (problem,) = schema_problems(body, Endpoint.UPDATE_LAYOUT)
    assert problem.rule_id == UNKNOWN_KEY and problem.path == f"{CR}.width"
