"""Rules R1–R37 on single bodies: every rule has a failing and a passing case.

Bodies are built by the small helpers below from a valid baseline, so each test shows only
the fields it is about. ``NOW`` replaces the clock for the STS expiry rule (R28).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.problems import Problem, Severity
from recstudio.model.rules import check_body, rule_problems, sort_problems
from recstudio.model.rules.transcoding import recommended_bitrate

ACQ, START, UPD, LAYOUT, STOP = (
    Endpoint.ACQUIRE,
    Endpoint.START,
    Endpoint.UPDATE,
    Endpoint.UPDATE_LAYOUT,
    Endpoint.STOP,
)
IND, MIX, WEB = Mode.INDIVIDUAL, Mode.MIX, Mode.WEB
E, WARN = Severity.ERROR, Severity.WARNING
NOW = 1_800_000_000.0
RC = "clientRequest.recordingConfig"
TC = f"{RC}.transcodingConfig"
SC = "clientRequest.storageConfig"
SVC = "clientRequest.extensionServiceConfig.extensionServices"


# --- body builders -------------------------------------------------------------------------


def body(request: dict[str, Any], *, cname: str = "room1", uid: str = "527841") -> dict:
    return {"cname": cname, "uid": uid, "clientRequest": request}


def storage(**fields: Any) -> dict[str, Any]:
    base = {"vendor": 1, "region": 0, "bucket": "bucket1", "accessKey": "ak", "secretKey": "sk"}
    return _merge(base, fields)


def individual(**recording: Any) -> dict[str, Any]:
    rc = {"channelType": 0, "streamTypes": 2, "subscribeUidGroup": 0}
    return {
        "recordingConfig": _merge(rc, recording),
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": storage(),
    }


def mix(transcoding: dict[str, Any] | None = None, **recording: Any) -> dict[str, Any]:
    rc: dict[str, Any] = _merge({"channelType": 0, "streamTypes": 2}, recording)
    if transcoding is not None:
        rc["transcodingConfig"] = transcoding
    return {
        "recordingConfig": rc,
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": storage(),
    }


def web(**param: Any) -> dict[str, Any]:
    service_param = {
        "url": "https://example.com/page",
        "audioProfile": 0,
        "videoWidth": 1280,
        "videoHeight": 720,
        "maxRecordingHour": 3,
    }
    return {
        "extensionServiceConfig": {
            "errorHandlePolicy": "error_abort",
            "extensionServices": [
                {
                    "serviceName": "web_recorder_service",
                    "errorHandlePolicy": "error_abort",
                    "serviceParam": _merge(service_param, param),
                }
            ],
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": storage(),
    }


def rtmp_service(*urls: str, policy: str = "error_ignore") -> dict[str, Any]:
    return {
        "serviceName": "rtmp_publish_service",
        "errorHandlePolicy": policy,
        "serviceParam": {"outputs": [{"rtmpUrl": url} for url in urls]},
    }


def region(x: float, y: float, w: float, h: float, uid: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"x_axis": x, "y_axis": y, "width": w, "height": h}
    if uid is not None:
        item["uid"] = uid
    return item


def custom(*regions: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return _merge({"mixedVideoLayout": 3, "layoutConfig": list(regions)}, fields)


def layout_update(**fields: Any) -> dict[str, Any]:
    return _merge({"mixedVideoLayout": 1, "backgroundColor": "#000000"}, fields)


def with_(request: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A copy of ``request`` with top-level keys set (``None`` removes the key)."""
    return _merge(copy.deepcopy(request), top)


def _merge(base: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in fields.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


# --- assertions ----------------------------------------------------------------------------


def rules(request: Any, endpoint: Endpoint, mode: Mode, **identity: str) -> list[Problem]:
    return rule_problems(body(request, **identity), endpoint, mode, now=NOW)


def flagged(problems: list[Problem], rule: str, path: str, severity: Severity) -> Problem:
    matches = [p for p in problems if p.rule_id == rule and p.path == path]
    assert matches, f"expected {rule} at {path}; got " + "; ".join(
        p.format_line() for p in problems
    )
    exact = [p for p in matches if p.severity is severity]
    assert exact, matches[0].format_line()
    assert exact[0].message and exact[0].hint
    return exact[0]


def clean(problems: list[Problem], rule: str) -> None:
    bad = [p.format_line() for p in problems if p.rule_id == rule]
    assert not bad, bad


def no_errors(problems: list[Problem]) -> None:
    bad = [p.format_line() for p in problems if p.is_error]
    assert not bad, bad


# --- baselines are clean -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "endpoint", "mode"),
    [
        (individual(), START, IND),
        (mix({"width": 640, "height": 360, "mixedVideoLayout": 1}), START, MIX),
        (web(), START, WEB),
        ({"scene": 0, "resourceExpiredHour": 24}, ACQ, MIX),
        ({"scene": 1}, ACQ, WEB),
        ({"async_stop": False}, STOP, IND),
        (layout_update(), LAYOUT, MIX),
        ({"webRecordingConfig": {"onhold": True}}, UPD, WEB),
    ],
)
def test_valid_baselines_have_no_problems_at_all(request_: dict, endpoint: Endpoint, mode: Mode):
    problems = check_body(body(request_), endpoint, mode, now=NOW)
    assert [p.format_line() for p in problems if p.rule_id != "R34"] == []


# --- R1–R4 identity ------------------------------------------------------------------------


def test_R01_update_layout_outside_mix_is_error():
    flagged(rules(layout_update(), LAYOUT, WEB), "R1", "", E)
    flagged(rules(layout_update(), LAYOUT, IND), "R1", "", E)
    assert check_body(body({}), "start", "studio")[0].rule_id == "R1"


def test_R01_update_layout_in_mix_is_fine():
    clean(rules(layout_update(), LAYOUT, MIX), "R1")
    clean(rules(individual(), START, "individual"), "R1")  # type: ignore[arg-type]


def test_R02_uid_format_is_judged_by_the_schema_under_R2():
    for bad in ("0", "+12", " 12", "4294967296", "abc", "0123"):
        problems = check_body(body(individual(), uid=bad), START, IND)
        flagged(problems, "R2", "uid", E)


def test_R02_uid_at_the_upper_bound_is_fine():
    clean(check_body(body(individual(), uid="4294967295"), START, IND), "R2")


def test_R03_rtc_channel_name_too_long_or_bad_characters():
    flagged(rules(individual(), START, IND, cname="x" * 64), "R3", "cname", E)
    problem = flagged(rules(individual(), START, MIX, cname="room/1*"), "R3", "cname", E)
    assert "'*'" in problem.message and "'/'" in problem.message
    flagged(rules(individual(), START, IND, cname="räum"), "R3", "cname", E)


def test_R03_rtc_channel_name_within_limits_is_fine():
    clean(rules(individual(), START, IND, cname="x" * 63), "R3")
    clean(rules(individual(), START, IND, cname="A z!#$%&()+-:;<=.>?@[]^_{}|~,9"), "R3")


def test_R03_web_label_warns_over_128_bytes_and_errors_over_1024():
    flagged(rules(web(), START, WEB, cname="é" * 65), "R3", "cname", WARN)  # 130 bytes
    clean(rules(web(), START, WEB, cname="/* any label */" * 8), "R3")  # 120 bytes
    flagged(check_body(body(web(), cname="x" * 1025), START, WEB), "R3", "cname", E)


def test_R04_scene_must_match_the_mode():
    flagged(rules({"scene": 0}, ACQ, WEB), "R4", "clientRequest.scene", E)
    flagged(rules({}, ACQ, WEB), "R4", "clientRequest.scene", E)  # missing = 0
    flagged(rules({"scene": 1}, ACQ, IND), "R4", "clientRequest.scene", E)
    flagged(rules({"scene": 2}, ACQ, MIX), "R4", "clientRequest.scene", E)
    flagged(rules({"scene": 2}, ACQ, IND), "R4", "clientRequest.scene", WARN)  # legacy
    flagged(rules({"scene": 2, "region": "NA"}, ACQ, IND), "R4", "clientRequest.region", WARN)


def test_R04_matching_scenes_are_fine():
    clean(rules({"scene": 1}, ACQ, WEB), "R4")
    clean(rules({"scene": 0}, ACQ, MIX), "R4")
    clean(rules({}, ACQ, IND), "R4")


# --- R5–R7 acquire -------------------------------------------------------------------------


def test_R05_web_recording_longer_than_the_resource_warns():
    request = {"scene": 1, "resourceExpiredHour": 2, "startParameter": web(maxRecordingHour=3)}
    path = "clientRequest.startParameter.extensionServiceConfig.extensionServices[0]"
    flagged(rules(request, ACQ, WEB), "R5", f"{path}.serviceParam.maxRecordingHour", WARN)
    # the default resourceExpiredHour is 72
    flagged(
        rules({"scene": 1, "startParameter": web(maxRecordingHour=100)}, ACQ, WEB),
        "R5",
        f"{path}.serviceParam.maxRecordingHour",
        WARN,
    )


def test_R05_web_recording_within_the_resource_is_fine():
    clean(rules({"scene": 1, "resourceExpiredHour": 3, "startParameter": web()}, ACQ, WEB), "R5")


def test_R06_start_parameter_is_checked_as_a_start_request():
    request = {"scene": 0, "startParameter": with_(mix(), storageConfig=None)}
    flagged(rules(request, ACQ, MIX), "R7", "clientRequest.startParameter.storageConfig", E)
    request = {"scene": 0, "startParameter": with_(individual(), snapshotConfig={})}
    flagged(rules(request, ACQ, MIX), "R24", "clientRequest.startParameter.snapshotConfig", E)


def test_R06_valid_start_parameter_is_fine():
    no_errors(rules({"scene": 0, "startParameter": mix()}, ACQ, MIX))


def test_R07_storage_config_is_required_in_every_mode():
    for request, mode in ((individual(), IND), (mix(), MIX), (web(), WEB)):
        flagged(rules(with_(request, storageConfig=None), START, mode), "R7", SC, E)


def test_R07_acquire_region_and_storage_geography():
    start = with_(mix(), storageConfig=storage(vendor=2, region=3))  # Alibaba Beijing
    path = "clientRequest.startParameter.storageConfig.region"
    flagged(rules({"region": "EU", "startParameter": start}, ACQ, MIX), "R7", path, WARN)
    clean(rules({"region": "CN", "startParameter": start}, ACQ, MIX), "R7")
    clean(rules(mix(), START, MIX), "R7")


# --- R8–R16 recordingConfig ----------------------------------------------------------------


def test_R08_recording_config_required_in_individual_and_mix_forbidden_in_web():
    flagged(rules(with_(individual(), recordingConfig=None), START, IND), "R8", RC, E)
    flagged(rules(with_(mix(), recordingConfig=None), START, MIX), "R8", RC, E)
    flagged(rules(with_(web(), recordingConfig={"channelType": 0}), START, WEB), "R8", RC, E)
    flagged(rules(mix(channelType=None), START, MIX), "R8", f"{RC}.channelType", E)


def test_R08_recording_config_present_where_needed_is_fine():
    clean(rules(individual(), START, IND), "R8")
    clean(rules(web(), START, WEB), "R8")


def test_R09_web_needs_the_web_recorder_service():
    flagged(
        rules(with_(web(), extensionServiceConfig=None), START, WEB),
        "R9",
        "clientRequest.extensionServiceConfig",
        E,
    )
    only_rtmp = with_(web())
    only_rtmp["extensionServiceConfig"]["extensionServices"] = [rtmp_service("rtmp://cdn/x")]
    flagged(rules(only_rtmp, START, WEB), "R9", SVC, E)


def test_R09_web_services_outside_web_and_vod_are_judged():
    request = with_(mix(), extensionServiceConfig=web()["extensionServiceConfig"])
    flagged(rules(request, START, MIX), "R9", f"{SVC}[0].serviceName", E)
    vod = {"serviceName": "aliyun_vod_service", "serviceParam": {"regionId": "cn-shanghai"}}
    request = with_(individual(), extensionServiceConfig={"extensionServices": [vod]})
    flagged(rules(request, START, IND), "R9", "clientRequest.extensionServiceConfig", WARN)
    in_web = web()
    in_web["extensionServiceConfig"]["extensionServices"].append(vod)
    flagged(rules(in_web, START, WEB), "R9", f"{SVC}[1].serviceName", E)


def test_R09_web_recorder_with_cdn_push_is_fine():
    request = web()
    request["extensionServiceConfig"]["extensionServices"].append(rtmp_service("rtmp://cdn/x"))
    clean(rules(request, START, WEB), "R9")


def test_R10_audio_profile_and_transcoding_only_in_mix():
    flagged(rules(individual(audioProfile=1), START, IND), "R10", f"{RC}.audioProfile", E)
    request = individual(transcodingConfig={"width": 640, "height": 360})
    flagged(rules(request, START, IND), "R10", f"{RC}.transcodingConfig", E)


def test_R10_audio_profile_in_mix_is_fine():
    clean(rules(mix({"width": 640, "height": 360}, audioProfile=2), START, MIX), "R10")


def test_R11_stream_mode():
    flagged(rules(individual(streamMode="original"), START, IND), "R11", f"{RC}.streamMode", E)
    flagged(rules(mix(streamMode="standard"), START, MIX), "R11", f"{RC}.streamMode", WARN)


def test_R11_original_with_audio_only_is_fine():
    request = individual(streamMode="original", streamTypes=0, subscribeAudioUids=["1", "2"])
    clean(rules(request, START, IND), "R11")
    clean(rules(individual(streamMode="standard"), START, IND), "R11")


def test_R12_subscribe_uid_group_required_and_sized_with_english_bands():
    problem = flagged(
        rules(individual(subscribeUidGroup=None, subscribeAudioUids=["1", "2", "3"]), START, IND),
        "R12",
        f"{RC}.subscribeUidGroup",
        E,
    )
    assert "1" in problem.hint  # 3 UIDs need group 1
    # video [100,101,102] + audio [101,102,103] = 4 distinct UIDs: group 0 is too small
    request = individual(
        subscribeVideoUids=["100", "101", "102"], subscribeAudioUids=["101", "102", "103"]
    )
    flagged(rules(request, START, IND), "R12", f"{RC}.subscribeUidGroup", E)
    # EN band 4 = 18–32 (CN: 17–32): 17 UIDs fit group 3, 18 do not
    uids = [str(n) for n in range(1, 19)]
    request = individual(subscribeUidGroup=3, subscribeAudioUids=uids, subscribeVideoUids=uids)
    flagged(rules(request, START, IND), "R12", f"{RC}.subscribeUidGroup", E)


def test_R12_matching_or_uncountable_groups_are_fine():
    uids = [str(n) for n in range(1, 18)]
    request = individual(subscribeUidGroup=3, subscribeAudioUids=uids, subscribeVideoUids=uids)
    clean(rules(request, START, IND), "R12")
    request = individual(subscribeAudioUids=["#allstream#"], subscribeVideoUids=["1", "2", "3"])
    clean(rules(request, START, IND), "R12")  # "#allstream#": cannot count
    clean(rules(mix(), START, MIX), "R12")  # not needed in mix


def test_R13_lists_exclusive_capped_and_allstream_only_in_subscribe():
    request = individual(subscribeAudioUids=["1"], unSubscribeAudioUids=["2"])
    flagged(rules(request, START, IND), "R13", f"{RC}.unSubscribeAudioUids", E)
    request = individual(subscribeVideoUids=[str(n) for n in range(1, 34)], subscribeUidGroup=5)
    flagged(rules(request, START, IND), "R13", f"{RC}.subscribeVideoUids", E)
    request = individual(unSubscribeVideoUids=["#allstream#"])
    flagged(rules(request, START, IND), "R13", f"{RC}.unSubscribeVideoUids[0]", E)
    flagged(
        rules(individual(subscribeAudioUids=[]), START, IND),
        "R13",
        f"{RC}.subscribeAudioUids",
        WARN,
    )
    update = {
        "streamSubscribe": {
            "videoUidList": {"subscribeVideoUids": ["1"], "unSubscribeVideoUids": ["2"]}
        }
    }
    path = "clientRequest.streamSubscribe.videoUidList.unSubscribeVideoUids"
    flagged(rules(update, UPD, MIX), "R13", path, E)


def test_R13_lowercase_unsubscribe_spelling_warns_it_will_be_rewritten():
    problem = flagged(
        rules(individual(unsubscribeAudioUids=["2"]), START, IND),
        "R13",
        f"{RC}.unsubscribeAudioUids",
        WARN,
    )
    assert "unSubscribeAudioUids" in problem.hint


def test_R13_well_formed_lists_are_fine():
    request = individual(subscribeAudioUids=["#allstream#"], unSubscribeVideoUids=["3"])
    clean(rules(request, START, IND), "R13")


def test_R13_a_uid_repeated_far_down_a_long_list_is_found_at_its_index():
    from recstudio.model.jsontree import CHUNK

    uids = [str(100000 + n) for n in range(CHUNK + 10)] + ["100003"]
    problems = rules(individual(subscribeAudioUids=uids), START, IND)
    flagged(problems, "R13", f"{RC}.subscribeAudioUids", E)  # too many: at most 32
    twice = flagged(problems, "R13", f"{RC}.subscribeAudioUids[{CHUNK + 10}]", WARN)
    assert "100003" in twice.message
    assert [p.path for p in problems if "twice" in p.message] == [twice.path]


def test_R13_allstream_among_other_uids_is_redundant_at_its_index():
    problems = rules(individual(subscribeVideoUids=["1", "2", "#allstream#"]), START, IND)
    flagged(problems, "R13", f"{RC}.subscribeVideoUids[2]", WARN)


def test_R13_duplicates_are_found_beside_an_item_of_the_wrong_type():
    request = individual(subscribeAudioUids=["7", {"uid": "7"}, "7"], subscribeUidGroup=0)
    flagged(rules(request, START, IND), "R13", f"{RC}.subscribeAudioUids[2]", WARN)
    request = individual(subscribeAudioUids=[5, 5])  # not strings: the schema's to report
    assert not [p for p in rules(request, START, IND) if "twice" in p.message]


def test_R14_lists_for_media_that_is_not_recorded():
    request = individual(streamTypes=0, subscribeVideoUids=["1"], subscribeAudioUids=["1"])
    flagged(rules(request, START, IND), "R14", f"{RC}.subscribeVideoUids", E)
    request = mix(streamTypes=1, unSubscribeAudioUids=["1"])
    flagged(rules(request, START, MIX), "R14", f"{RC}.unSubscribeAudioUids", E)
    # a whitelist for one media only: the other media is not recorded at all (§4.2)
    flagged(
        rules(mix(subscribeVideoUids=["1"]), START, MIX), "R14", f"{RC}.subscribeAudioUids", WARN
    )


def test_R14_lists_that_fit_stream_types_are_fine():
    request = individual(streamTypes=1, subscribeVideoUids=["1"])
    clean(rules(request, START, IND), "R14")
    clean(
        rules(mix(subscribeVideoUids=["1"], subscribeAudioUids=["#allstream#"]), START, MIX), "R14"
    )


SALT = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="  # Base64 of 32 bytes


def test_R15_decryption_needs_secret_and_gcm2_salt():
    flagged(rules(mix(decryptionMode=1), START, MIX), "R15", f"{RC}.secret", E)
    flagged(rules(mix(decryptionMode=7, secret="k"), START, MIX), "R15", f"{RC}.salt", E)
    flagged(
        rules(mix(decryptionMode=5, secret="k", salt=SALT), START, MIX), "R15", f"{RC}.salt", WARN
    )
    flagged(
        check_body(body(mix(decryptionMode=8, secret="k", salt="c2hvcnQ=")), START, MIX),
        "R15",
        f"{RC}.salt",
        E,
    )


def test_R15_complete_decryption_is_fine():
    clean(rules(mix(decryptionMode=8, secret="k", salt=SALT), START, MIX), "R15")
    clean(check_body(body(mix(decryptionMode=2, secret="k")), START, MIX), "R15")


def test_R16_max_idle_time_range_is_the_schemas():
    flagged(check_body(body(mix(maxIdleTime=4)), START, MIX), "R16", f"{RC}.maxIdleTime", E)
    clean(check_body(body(mix(maxIdleTime=2_592_000)), START, MIX), "R16")


# --- R17–R22 composite canvas --------------------------------------------------------------


def test_R17_canvas_pixels_and_low_bitrate():
    request = mix({"width": 1920, "height": 1200})
    flagged(rules(request, START, MIX), "R17", f"{TC}.width", E)
    request = mix({"width": 1280, "height": 720, "fps": 30, "bitrate": 600})
    problem = flagged(rules(request, START, MIX), "R17", f"{TC}.bitrate", WARN)
    assert "1710" in problem.message
    # fps outside the list: the schema already rejects it, so no second (R17 warning) report
    problems = check_body(body(mix({"fps": 20})), START, MIX)
    assert [p.severity for p in problems if p.path == f"{TC}.fps"] == [E]


def test_R17_full_hd_canvas_is_fine():
    clean(
        rules(mix({"width": 1080, "height": 1920, "fps": 30, "bitrate": 3150}), START, MIX), "R17"
    )
    clean(
        rules(mix({"width": 1920, "height": 1080, "fps": 60, "bitrate": 6500}), START, MIX), "R17"
    )


def test_R17_recommended_bitrate_table():
    assert recommended_bitrate(640, 360, 15, live=False) == 400
    assert recommended_bitrate(360, 640, 15, live=True) == 800
    assert recommended_bitrate(1920, 1080, 60, live=True) == 6500
    assert recommended_bitrate(640, 360, 5, live=False) == 200
    assert recommended_bitrate(1000, 1000, 15, live=False) is None


def test_R18_layout_config_only_and_always_with_custom_layout():
    flagged(rules(mix({"mixedVideoLayout": 3}), START, MIX), "R18", f"{TC}.layoutConfig", E)
    flagged(rules(mix(custom()), START, MIX), "R18", f"{TC}.layoutConfig", E)
    request = mix({"mixedVideoLayout": 1, "layoutConfig": [region(0, 0, 1, 1)]})
    flagged(rules(request, START, MIX), "R18", f"{TC}.layoutConfig", E)
    request = layout_update(mixedVideoLayout=None, layoutConfig=[region(0, 0, 1, 1)])
    flagged(rules(request, LAYOUT, MIX), "R18", "clientRequest.layoutConfig", E)  # default 0


def test_R18_custom_layout_with_regions_is_fine():
    clean(rules(mix(custom(region(0, 0, 1, 1))), START, MIX), "R18")
    clean(rules(mix({"mixedVideoLayout": 2, "maxResolutionUid": "1"}), START, MIX), "R18")


def test_R19_max_resolution_uid_belongs_to_the_vertical_layout():
    request = mix({"mixedVideoLayout": 1, "maxResolutionUid": "5"})
    flagged(rules(request, START, MIX), "R19", f"{TC}.maxResolutionUid", WARN)
    flagged(rules(mix({"mixedVideoLayout": 2}), START, MIX), "R19", f"{TC}.maxResolutionUid", WARN)
    request = layout_update(mixedVideoLayout=2, maxResolutionUid="0")
    flagged(check_body(body(request), LAYOUT, MIX), "R19", "clientRequest.maxResolutionUid", E)


def test_R19_vertical_with_large_user_is_fine():
    clean(rules(layout_update(mixedVideoLayout=2, maxResolutionUid="7"), LAYOUT, MIX), "R19")


def test_R20_regions_must_stay_on_the_canvas():
    request = mix(custom(region(0.5, 0, 0.500001, 1), region(0, 0.75, 0.25, 0.3)))
    flagged(rules(request, START, MIX), "R20", f"{TC}.layoutConfig[0].width", E)
    flagged(rules(request, START, MIX), "R20", f"{TC}.layoutConfig[1].height", E)


def test_R20_regions_touching_the_edge_within_tolerance_are_fine():
    # 0.1 + 0.9 and 0.7 + 0.3 are not exactly 1.0 in binary floating point
    request = mix(custom(region(0.1, 0.7, 0.9, 0.3), region(0.333333, 0, 0.666667, 1)))
    clean(rules(request, START, MIX), "R20")


def test_R20_duplicate_and_unsubscribed_region_uids_warn():
    regions = (region(0, 0, 0.5, 1, "1"), region(0.5, 0, 0.5, 1, "1"), region(0, 0, 0.2, 0.2, "9"))
    problems = rules(
        mix(custom(*regions), subscribeVideoUids=["1", "2"], subscribeAudioUids=["#allstream#"]),
        START,
        MIX,
    )
    flagged(problems, "R20", f"{TC}.layoutConfig[1].uid", WARN)
    problem = flagged(problems, "R20", f"{TC}.layoutConfig[2].uid", WARN)
    assert "black" in problem.message
    problems = rules(mix(custom(region(0, 0, 1, 1, "4")), unSubscribeVideoUids=["4"]), START, MIX)
    flagged(problems, "R20", f"{TC}.layoutConfig[0].uid", WARN)


def test_R20_subscribed_region_uids_are_fine():
    request = mix(
        custom(region(0, 0, 0.5, 1, "1"), region(0.5, 0, 0.5, 1, "2")),
        subscribeVideoUids=["1", "2"],
        subscribeAudioUids=["#allstream#"],
    )
    clean(rules(request, START, MIX), "R20")


def test_R21_background_colour_pattern_is_the_schemas():
    request = layout_update(backgroundColor="red")
    flagged(check_body(body(request), LAYOUT, MIX), "R21", "clientRequest.backgroundColor", E)
    clean(check_body(body(layout_update(backgroundColor="#00ff7F")), LAYOUT, MIX), "R21")


def test_R22_background_images():
    request = layout_update(
        backgroundImage="http://example.com/canvas.jpg",
        backgroundConfig=[
            {"uid": "1", "image_url": "https://example.com/a.png"},
            {"uid": "1", "image_url": "https://example.com/b.jpg?v=2"},
        ],
    )
    problems = rules(request, LAYOUT, MIX)
    flagged(problems, "R22", "clientRequest.backgroundImage", WARN)
    flagged(problems, "R22", "clientRequest.backgroundConfig[0].image_url", WARN)
    flagged(problems, "R22", "clientRequest.backgroundConfig[1].uid", WARN)
    problems = check_body(body(layout_update(backgroundConfig=[{"uid": "1"}])), LAYOUT, MIX)
    flagged(problems, "R22", "clientRequest.backgroundConfig[0].image_url", E)


def test_R22_https_jpg_and_bmp_images_are_fine():
    request = layout_update(
        defaultUserBackgroundImage="https://example.com/user.JPEG",
        backgroundConfig=[{"uid": "1", "image_url": "https://example.com/a.bmp"}],
    )
    clean(rules(request, LAYOUT, MIX), "R22")


# --- R23–R25 files -------------------------------------------------------------------------


def test_R23_mp4_rules():
    path = "clientRequest.recordingFileConfig.avFileType"
    request = with_(individual(), recordingFileConfig={"avFileType": ["hls", "mp4"]})
    flagged(rules(request, START, IND), "R23", path, E)
    request = with_(mix(), recordingFileConfig={"avFileType": ["mp4"]})
    flagged(rules(request, START, MIX), "R23", path, E)
    request = with_(web(), recordingFileConfig={"avFileType": ["hls", "hls"]})
    flagged(rules(request, START, WEB), "R23", path, WARN)


def test_R23_hls_and_mp4_in_mix_and_web_are_fine():
    clean(rules(mix(), START, MIX), "R23")
    clean(
        rules(with_(web(), recordingFileConfig={"avFileType": ["hls", "mp4"]}), START, WEB), "R23"
    )


def snapshot(interval: int = 10) -> dict[str, Any]:
    return {"captureInterval": interval, "fileType": ["jpg"]}


def test_R24_screenshots():
    flagged(
        rules(with_(mix(), snapshotConfig=snapshot()), START, MIX),
        "R24",
        "clientRequest.snapshotConfig",
        E,
    )
    request = with_(individual(streamTypes=0), snapshotConfig=snapshot())
    flagged(rules(request, START, IND), "R24", f"{RC}.streamTypes", E)
    request = with_(individual(subscribeAudioUids=["1"]), snapshotConfig=snapshot())
    flagged(rules(request, START, IND), "R24", f"{RC}.subscribeVideoUids", E)
    request = with_(individual(), snapshotConfig=snapshot(1))
    flagged(rules(request, START, IND), "R24", "clientRequest.snapshotConfig.captureInterval", WARN)


def test_R24_screenshots_are_raw_and_legacy_individual_warns():
    request = with_(
        individual(streamTypes=1, subscribeVideoUids=["1"]),
        snapshotConfig=snapshot(5),
        recordingFileConfig=None,
    )
    clean(check_body(body(request), START, Mode.RAW), "R24")
    # agora-2026.md §1: screenshots "only available in raw mode"; v1 still takes them
    problem = flagged(
        check_body(body(request), START, IND), "R24", "clientRequest.snapshotConfig", WARN
    )
    assert "raw" in problem.message


def test_R25_recording_file_config_presence():
    path = "clientRequest.recordingFileConfig"
    problem = flagged(rules(with_(web(), recordingFileConfig=None), START, WEB), "R25", path, WARN)
    assert '["hls"]' in problem.hint
    flagged(rules(with_(individual(), recordingFileConfig=None), START, IND), "R25", path, WARN)


def test_R25_screenshot_only_without_file_config_is_fine():
    request = with_(individual(), snapshotConfig=snapshot(), recordingFileConfig=None)
    clean(rules(request, START, IND), "R25")
    clean(rules(with_(individual(), snapshotConfig=snapshot()), START, IND), "R25")  # both


# --- R26–R29 storage -----------------------------------------------------------------------


def test_R26_file_name_prefix_length():
    at_limit = with_(mix(), storageConfig=storage(fileNamePrefix=["a" * 63, "b" * 64]))
    flagged(rules(at_limit, START, MIX), "R26", f"{SC}.fileNamePrefix", WARN)
    too_long = with_(mix(), storageConfig=storage(fileNamePrefix=["a" * 64, "b" * 64]))
    flagged(check_body(body(too_long), START, MIX), "R26", f"{SC}.fileNamePrefix", E)


def test_R26_short_prefix_is_fine():
    request = with_(mix(), storageConfig=storage(fileNamePrefix=["recordings", "2026"]))
    clean(check_body(body(request), START, MIX), "R26")


def test_R27_vendor_regions():
    request = with_(mix(), storageConfig=storage(vendor=1, region=17))  # unused S3 number
    flagged(rules(request, START, MIX), "R27", f"{SC}.region", E)
    request = with_(mix(), storageConfig=storage(vendor=8, region=0))  # Baidu Beijing §10 #13
    flagged(rules(request, START, MIX), "R27", f"{SC}.region", WARN)
    request = with_(mix(), storageConfig=storage(vendor=0, region=0))  # Qiniu, legacy
    flagged(rules(request, START, MIX), "R27", f"{SC}.vendor", WARN)
    request = with_(mix(), storageConfig=storage(vendor=11, region=2))
    flagged(rules(request, START, MIX), "R27", f"{SC}.region", E)
    flagged(rules(request, START, MIX), "R27", f"{SC}.extensionParams.endpoint", E)


def test_R27_known_regions_and_s3_compatible_with_endpoint_are_fine():
    clean(rules(with_(mix(), storageConfig=storage(vendor=3, region=19)), START, MIX), "R27")
    request = with_(
        mix(),
        storageConfig=storage(vendor=11, region=0, extensionParams={"endpoint": "s3.example.com"}),
    )
    clean(rules(request, START, MIX), "R27")


def test_R28_sts_token_vendors_and_lifetime():
    request = with_(mix(), storageConfig=storage(vendor=5, stsToken="t"))
    flagged(rules(request, START, MIX), "R28", f"{SC}.stsToken", E)
    soon = with_(mix(), storageConfig=storage(stsToken="t", stsExpiration=int(NOW) + 3600))
    flagged(rules(soon, START, MIX), "R28", f"{SC}.stsExpiration", E)
    millis = with_(mix(), storageConfig=storage(stsToken="t", stsExpiration=int(NOW) * 1000))
    flagged(rules(millis, START, MIX), "R28", f"{SC}.stsExpiration", E)
    update = {"storageConfig": storage(stsToken="t", stsExpiration=int(NOW) - 1)}
    flagged(rules(update, UPD, IND), "R28", f"{SC}.stsExpiration", E)


def test_R28_sts_token_valid_for_four_hours_is_fine():
    request = with_(
        mix(),
        storageConfig=storage(vendor=2, region=3, stsToken="t", stsExpiration=int(NOW) + 4 * 3600),
    )
    clean(rules(request, START, MIX), "R28")


def test_R29_sse_only_s3_and_tag_only_s3_or_alibaba():
    params = {"sse": "kms", "tag": "t"}
    request = with_(mix(), storageConfig=storage(vendor=3, region=1, extensionParams=params))
    flagged(rules(request, START, MIX), "R29", f"{SC}.extensionParams.sse", E)
    flagged(rules(request, START, MIX), "R29", f"{SC}.extensionParams.tag", E)


def test_R29_sse_on_s3_and_tag_on_alibaba_are_fine():
    s3 = with_(mix(), storageConfig=storage(extensionParams={"sse": "aes256", "tag": "t"}))
    clean(rules(s3, START, MIX), "R29")
    ali = with_(mix(), storageConfig=storage(vendor=2, region=0, extensionParams={"tag": "t"}))
    clean(rules(ali, START, MIX), "R29")


# --- R30–R32 web ---------------------------------------------------------------------------


def test_R30_web_page_pixels():
    problems = rules(web(videoWidth=1920, videoHeight=1920), START, WEB)
    flagged(problems, "R30", f"{SVC}[0].serviceParam.videoWidth", E)
    flagged(
        check_body(body(web(videoFps=61)), START, WEB), "R30", f"{SVC}[0].serviceParam.videoFps", E
    )


def test_R30_portrait_full_hd_page_is_fine():
    clean(check_body(body(web(videoWidth=1080, videoHeight=1920)), START, WEB), "R30")


def test_R31_error_policy_per_service():
    request = web()
    request["extensionServiceConfig"]["extensionServices"][0]["errorHandlePolicy"] = "error_ignore"
    request["extensionServiceConfig"]["extensionServices"].append(
        rtmp_service("rtmp://cdn/x", policy="error_abort")
    )
    problems = check_body(body(request), START, WEB)
    flagged(problems, "R31", f"{SVC}[0].errorHandlePolicy", E)
    flagged(problems, "R31", f"{SVC}[1].errorHandlePolicy", E)


def test_R31_documented_policies_are_fine():
    request = web()
    request["extensionServiceConfig"]["extensionServices"].append(rtmp_service("rtmps://cdn/x"))
    clean(check_body(body(request), START, WEB), "R31")


def test_R32_cdn_outputs():
    request = web()
    request["extensionServiceConfig"]["extensionServices"].append(
        rtmp_service("http://cdn/x", "rtmp://cdn/y")
    )
    problems = check_body(body(request), START, WEB)
    flagged(problems, "R32", f"{SVC}[1].serviceParam.outputs", E)
    flagged(problems, "R32", f"{SVC}[1].serviceParam.outputs[0].rtmpUrl", E)
    update = {"rtmpPublishConfig": {"outputs": [{"rtmpUrl": "srt://cdn/x"}]}}
    flagged(rules(update, UPD, WEB), "R32", "clientRequest.rtmpPublishConfig.outputs[0].rtmpUrl", E)


def test_R32_one_rtmps_output_is_fine():
    update = {"rtmpPublishConfig": {"outputs": [{"rtmpUrl": "rtmps://cdn/x"}]}}
    clean(check_body(body(update), UPD, WEB), "R32")


# --- R33–R37 update, updateLayout, token, legacy, sequencing -------------------------------


def test_R33_update_members_per_mode():
    subscribe = {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["1"]}}}
    flagged(rules(subscribe, UPD, WEB), "R33", "clientRequest.streamSubscribe", E)
    flagged(
        rules({"webRecordingConfig": {"onhold": True}}, UPD, MIX),
        "R33",
        "clientRequest.webRecordingConfig",
        E,
    )
    flagged(rules({}, UPD, MIX), "R33", "clientRequest", WARN)


def test_R33_matching_update_members_are_fine():
    subscribe = {"streamSubscribe": {"videoUidList": {"unSubscribeVideoUids": ["1"]}}}
    clean(rules(subscribe, UPD, IND), "R33")
    clean(
        rules(
            {"storageConfig": storage(stsToken="t", stsExpiration=int(NOW) + 5 * 3600)}, UPD, WEB
        ),
        "R33",
    )


def test_R34_update_layout_reset_warning_and_fixed_canvas():
    problem = flagged(rules({"mixedVideoLayout": 1}, LAYOUT, MIX), "R34", "clientRequest", WARN)
    assert "#000000" in problem.message
    assert len([p for p in rules({}, LAYOUT, MIX) if p.rule_id == "R34"]) == 1  # one, not noise
    flagged(rules(layout_update(width=640), LAYOUT, MIX), "R34", "clientRequest.width", E)


def test_R34_complete_update_layout_is_fine():
    clean(rules(layout_update(), LAYOUT, MIX), "R34")


def test_R35_token_only_for_rtc_modes():
    flagged(rules(with_(web(), token="007abc"), START, WEB), "R35", "clientRequest.token", WARN)


def test_R35_token_in_individual_and_mix_is_fine():
    clean(rules(with_(individual(), token="007abc"), START, IND), "R35")
    clean(rules(with_(mix(), token="007abc"), START, MIX), "R35")


FORMAT = "clientRequest.transcodeOptions.container.format"


def audio_mix(**options: Any) -> dict[str, Any]:
    transcode = {
        "transConfig": {"transMode": "audioMix"},
        "container": {"format": "mp3"},
        "audio": {"sampleRate": "48000", "bitrate": "48000", "channels": "2"},
    }
    return with_(
        individual(streamTypes=0, streamMode="original", subscribeAudioUids=["1"]),
        appsCollection={"combinationPolicy": "postpone_transcoding"},
        transcodeOptions=_merge(transcode, options),
        recordingFileConfig=None,
    )


def test_R36_postponed_features():
    flagged(
        rules(with_(mix(), appsCollection={"combinationPolicy": "default"}), START, MIX),
        "R36",
        "clientRequest.appsCollection",
        E,
    )
    flagged(rules(audio_mix(), START, IND), "R36", "clientRequest.appsCollection", WARN)
    request = audio_mix(container={"format": "mp4"})
    flagged(rules(request, START, IND), "R36", FORMAT, E)
    request = audio_mix(transConfig={"transMode": "postponeTranscoding"})
    flagged(rules(request, START, IND), "R36", FORMAT, E)
    flagged(rules(request, START, IND), "R36", "clientRequest.transcodeOptions.audio", E)
    request = audio_mix()
    request["recordingConfig"].update(streamTypes=2, streamMode="standard")
    flagged(rules(request, START, IND), "R36", f"{RC}.streamTypes", E)
    flagged(rules(request, START, IND), "R36", f"{RC}.streamMode", E)
    postponed = audio_mix(
        transConfig={"transMode": "postponeTranscoding"}, container={"format": "mp4"}, audio=None
    )
    acquire = {"scene": 0, "startParameter": postponed}
    flagged(rules(acquire, ACQ, IND), "R36", "clientRequest.scene", E)


def test_R36_audio_mix_set_up_as_documented_is_fine():
    errors = [p for p in rules(audio_mix(), START, IND) if p.rule_id == "R36" and p.is_error]
    assert errors == []
    no_errors(rules({"scene": 2, "startParameter": audio_mix()}, ACQ, IND))


def test_R37_update_cannot_change_start_only_sections():
    request = {"recordingConfig": {"channelType": 0}, "token": "x"}
    flagged(rules(request, UPD, MIX), "R37", "clientRequest.recordingConfig", E)
    flagged(rules(request, UPD, MIX), "R37", "clientRequest.token", E)


def test_R37_update_with_update_members_only_is_fine():
    clean(rules({"streamSubscribe": {}}, UPD, MIX), "R37")


# --- secrets, de-duplication, order --------------------------------------------------------


def test_placeholder_secrets_warn_before_sending():
    request = with_(
        mix(),
        token="<RTC_TOKEN>",
        storageConfig=storage(secretKey="<STORAGE_SECRET_KEY>", accessKey="xxxxx"),
    )
    problems = rules(request, START, MIX)
    flagged(problems, "SECRET", "clientRequest.token", WARN)
    flagged(problems, "SECRET", f"{SC}.secretKey", WARN)
    flagged(problems, "SECRET", f"{SC}.accessKey", WARN)
    clean(rules(mix(), START, MIX), "SECRET")


def test_placeholder_check_covers_every_secret_path_the_redactor_knows():
    from recstudio.model.paths import format_path, set_path
    from recstudio.model.secrets import iter_secret_paths, placeholder_for

    request = with_(mix(decryptionMode=7, secret="s", salt="t"), token="tok")
    request["storageConfig"].update(stsToken="sts")
    request["extensionServiceConfig"] = {
        "extensionServices": [
            {
                "serviceName": "aliyun_vod_service",
                "serviceParam": {"accessKey": "a", "secretKey": "b"},
            }
        ]
    }
    full = body(request)
    for endpoint, doc in ((START, full), (ACQ, body({"startParameter": request}))):
        redacted = copy.deepcopy(doc)
        paths = list(iter_secret_paths(doc))
        for path in paths:
            set_path(redacted, path, placeholder_for(path))
        warned = {
            p.path for p in rules(redacted["clientRequest"], endpoint, MIX) if p.rule_id == "SECRET"
        }
        assert warned == {format_path(p) for p in paths}
        assert len(warned) >= 7  # (startParameter.token is not known to the redactor yet)


def test_check_body_deduplicates_and_sorts_errors_first():
    request = with_(
        mix(custom(*[region(0.9, 0.9, 0.2, 0.2) for _ in range(12)])),
        storageConfig=None,
        token="<RTC_TOKEN>",
    )
    problems = check_body(body(request, uid="0"), START, MIX, now=NOW)
    keys = [(p.path, p.rule_id) for p in problems]
    assert len(keys) == len(set(keys))
    severities = [p.severity for p in problems]
    assert severities == sorted(severities, key=lambda s: s is not Severity.ERROR)
    paths = [p.path for p in problems if p.rule_id == "R20" and p.path.endswith("width")]
    assert paths[1].endswith("[1].width") and paths[2].endswith("[2].width")
    assert paths[-1].endswith("[11].width")  # numeric, not text, order of indices


def test_sort_problems_prefers_error_over_warning_for_the_same_path_and_rule():
    warning = Problem(Severity.WARNING, "a", "R1", "w")
    error = Problem(Severity.ERROR, "a", "R1", "e")
    assert sort_problems([warning, error]) == [error]
