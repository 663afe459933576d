"""What running Agora's official REST clients against the Sandbox found (issue 11, Build 2):
each finding is checked over real HTTP against the Sandbox, and where the finding is about
``validate``, against the same rules the Sandbox applies."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from sandbox_kit import APP_ID, CNAME, UID, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint, Mode
from recstudio.model.rules import check_body

CR = "clientRequest"


def _body(request: dict[str, Any]) -> dict[str, Any]:
    return {"cname": CNAME, "uid": UID, "clientRequest": request}


def _rules(request: dict[str, Any], endpoint: Endpoint, mode: Mode) -> dict[tuple[str, str], str]:
    return {
        (p.rule_id, p.path): p.severity.value for p in check_body(_body(request), endpoint, mode)
    }


def _start(api: Api, mode: str, request: dict[str, Any]) -> Any:
    resource_id = api.acquire(scene=1 if mode == "web" else 0).json()["resourceId"]
    return api.start(resource_id, mode, request)


def test_empty_sse_and_tag_of_the_go_client_are_absent_with_a_warning(api: Api) -> None:
    request = start_request("mix")
    request["storageConfig"] = {
        **request["storageConfig"],
        "extensionParams": {"sse": "", "tag": ""},
    }
    reply = _start(api, "mix", request)
    assert reply.status_code == 200, reply.text
    found = _rules(request, Endpoint.START, Mode.MIX)
    base = f"{CR}.storageConfig.extensionParams"
    assert found[("R29", f"{base}.sse")] == "warning"
    assert found[("R29", f"{base}.tag")] == "warning"
    assert "error" not in found.values()
    # a real value on the wrong vendor is still an R29 error (vendor 2: no sse)
    request["storageConfig"] = {
        **request["storageConfig"],
        "vendor": 2,
        "extensionParams": {"sse": "kms"},
    }
    refused = _start(api, "mix", request)
    assert refused.status_code == 400 and "sse" in refused.json()["reason"]


def _custom_layout(**region: Any) -> dict[str, Any]:
    request = start_request("mix")
    transcoding = request["recordingConfig"]["transcodingConfig"]
    transcoding["mixedVideoLayout"] = 3
    transcoding["layoutConfig"] = [
        {"x_axis": 0.0, "y_axis": 0.0, "width": 0.5, "height": 0.5, **region}
    ]
    return request


def test_unbound_region_uid_empty_means_join_order(api: Api, sandbox: SandboxServer) -> None:
    request = _custom_layout(uid="")
    reply = _start(api, "mix", request)
    assert reply.status_code == 200, reply.text
    layout = sandbox.recording(reply.json()["sid"]).layout
    assert layout is not None and layout["layoutConfig"][0]["uid"] == ""
    path = f"{CR}.recordingConfig.transcodingConfig.layoutConfig[0].uid"
    found = _rules(request, Endpoint.START, Mode.MIX)
    assert found == {("R20", path): "warning"}, found


def test_alpha_zero_region_is_a_warning(api: Api) -> None:
    request = _custom_layout(uid="1001", alpha=0)
    assert _start(api, "mix", request).status_code == 200
    path = f"{CR}.recordingConfig.transcodingConfig.layoutConfig[0].alpha"
    found = _rules(request, Endpoint.START, Mode.MIX)
    assert found.get(("R20", path)) == "warning"
    message = next(p.message for p in check_body(_body(request), Endpoint.START, Mode.MIX))
    assert "invisible" in message


def test_update_naming_only_audio_stops_video_and_validate_says_so(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    """Reference §3.4: each update replaces the whole subscription; §4.2: a list for only
    one media type means the other is not subscribed. The Sandbox and the rules agree."""
    channel = sandbox.channel(APP_ID, CNAME)
    channel.join("1001")
    ids = api.begin("individual")
    update = {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["1001", "1002"]}}}
    reply = api.on_task(Endpoint.UPDATE, ids, "individual", update)
    assert reply.status_code == 200, reply.text
    channel.join("1002")
    clock.advance(61)
    tracks = {(t["uid"], t["kind"]) for t in sandbox.snapshot()["recordings"][0]["recordedTracks"]}
    assert ("1002", "audio") in tracks and ("1002", "video") not in tracks
    path = f"{CR}.streamSubscribe.videoUidList"
    assert _rules(update, Endpoint.UPDATE, Mode.INDIVIDUAL) == {("R33", path): "warning"}
    # naming both kinds keeps video, and validate is quiet
    both = copy.deepcopy(update)
    both["streamSubscribe"]["videoUidList"] = {"subscribeVideoUids": ["#allstream#"]}
    assert api.on_task(Endpoint.UPDATE, ids, "individual", both).status_code == 200
    channel.join("1003")
    clock.advance(1)
    tracks = {(t["uid"], t["kind"]) for t in sandbox.snapshot()["recordings"][0]["recordedTracks"]}
    assert ("1003", "video") in tracks
    assert _rules(both, Endpoint.UPDATE, Mode.INDIVIDUAL) == {}


def test_acquire_with_an_invalid_channel_name_is_code_401(api: Api) -> None:
    reply = api.acquire(cname="no/slashes*here")
    assert reply.status_code == 400
    assert reply.json() == {"code": 401, "reason": "invalid_channel_name"}
    assert api.acquire(cname="x" * 64).json()["code"] == 401  # RTC names are < 64 bytes
    # a web recording's cname is a free label, not a channel name
    assert api.acquire(cname="https://example.com/page", scene=1).status_code == 200
    # an empty cname is a missing parameter: code 2
    assert api.acquire(cname="").json()["code"] == 2


def test_standard_stream_mode_lists_the_combined_playlist(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    request = start_request("individual")
    request["recordingConfig"]["streamMode"] = "standard"
    reply = _start(api, "individual", request)
    assert reply.status_code == 200, reply.text
    ids = (reply.json()["resourceId"], reply.json()["sid"])
    clock.advance(60)
    files = api.on_task(Endpoint.QUERY, ids, "individual").json()["serverResponse"]["fileList"]
    prefix = f"{ids[1]}_{CNAME}__uid_s_1001__uid_e"
    assert {(f["fileName"], f["trackType"]) for f in files} == {
        (f"{prefix}_audio.m3u8", "audio"),
        (f"{prefix}_video.m3u8", "video"),
        (f"{prefix}_av.m3u8", "audio_and_video"),  # reference §4.1: the merged A/V M3U8
    }


def test_async_stop_answers_before_the_upload_and_query_shows_it_finish(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    clock.advance(20)
    reply = api.on_task(Endpoint.STOP, ids, "mix", {"async_stop": True})
    assert reply.status_code == 200, reply.text
    assert reply.json()["serverResponse"]["uploadingStatus"] == "unknown"  # not final yet
    during = api.on_task(Endpoint.QUERY, ids, "mix").json()["serverResponse"]
    assert (during["status"], during["uploadingStatus"]) == (6, "unknown")
    clock.advance(sandbox.state.timing.async_upload_s)
    done = api.on_task(Endpoint.QUERY, ids, "mix")
    assert done.status_code == 200
    finished = done.json()["serverResponse"]
    assert (finished["status"], finished["uploadingStatus"]) == (7, "uploaded")
    assert finished["fileList"] == f"{ids[1]}_{CNAME}.m3u8"
    # a second stop is still "invalid operation" (§7.1, code 49)
    assert api.on_task(Endpoint.STOP, ids, "mix", {"async_stop": True}).json()["code"] == 49
    # a synchronous stop keeps reporting the final state at once
    ids = api.begin("mix", uid="527842")
    clock.advance(20)
    sync = api.on_task(Endpoint.STOP, ids, "mix", {"async_stop": False}, uid="527842")
    assert sync.json()["serverResponse"]["uploadingStatus"] == "uploaded"


def test_async_stop_of_an_empty_recording_leaves_no_upload_to_query(
    api: Api, clock: ManualClock
) -> None:
    """206 / code 435 "no recorded data" (§7.1): nothing is uploaded, so a later query
    finds no task rather than an upload "still running" for a minute."""
    ids = api.begin("mix")
    clock.advance(20)
    reply = api.on_task(Endpoint.STOP, ids, "mix", {"async_stop": True})
    assert (reply.status_code, reply.json()["code"]) == (206, 435), reply.text
    after = api.on_task(Endpoint.QUERY, ids, "mix")
    assert after.status_code == 404, after.text


def test_lower_case_blacklist_is_exported_as_the_warning_says(
    api: Api, sandbox: SandboxServer, tmp_path: Path
) -> None:
    request = start_request("individual")
    request["recordingConfig"]["unsubscribeAudioUids"] = ["1002"]
    problems = check_body(_body(request), Endpoint.START, Mode.INDIVIDUAL)
    warning = next(p for p in problems if p.rule_id == "R13")
    assert "unSubscribeAudioUids" in warning.hint
    source = tmp_path / "start.json"
    source.write_text(json.dumps(_body(request)))
    exported = subprocess.run(
        [sys.executable, "-m", "recstudio", "export", str(source), "--mode", "individual",
         "--reveal-secrets"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    sent = json.loads(exported)
    assert sent[CR]["recordingConfig"]["unSubscribeAudioUids"] == ["1002"]
    assert "unsubscribeAudioUids" not in sent[CR]["recordingConfig"]
    resource_id = api.acquire().json()["resourceId"]
    reply = api.call(Endpoint.START, "individual", resource_id=resource_id, body=sent)
    assert reply.status_code == 200, reply.text
    recording = sandbox.snapshot()["recordings"][0]
    assert recording["subscription"]["audio"]["deny"] == ["1002"]
    assert "unSubscribeAudioUids" in recording["clientRequest"]["recordingConfig"]
