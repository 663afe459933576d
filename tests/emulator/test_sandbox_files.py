"""serverResponse shapes per mode for query and stop (§3.3, §3.6) and file names (§9.4)."""

from __future__ import annotations

from sandbox_kit import APP_ID, CNAME, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint


def _start(api: Api, mode: str, client_request: dict) -> tuple[str, str]:
    scene = 1 if mode == "web" else 0
    resource_id = api.acquire(scene=scene).json()["resourceId"]
    reply = api.start(resource_id, mode, client_request)
    assert reply.status_code == 200, reply.text
    return resource_id, reply.json()["sid"]


def _query(api: Api, ids: tuple[str, str], mode: str = "mix") -> dict:
    reply = api.on_task(Endpoint.QUERY, ids, mode)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert (body["cname"], body["resourceId"], body["sid"]) == (CNAME, *ids)
    return body["serverResponse"]


def test_mix_hls_only_is_string_mode_after_first_slice(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    early = _query(api, ids)
    assert early["fileListMode"] == "string"
    assert early["fileList"] == ""
    clock.advance(15)
    late = _query(api, ids)
    assert late["fileList"] == f"{ids[1]}_{CNAME}.m3u8"
    assert late["sliceStartTime"] == int(sandbox.recording(ids[1]).started_at * 1000)


def test_mix_hls_and_mp4_is_json_mode(api: Api, sandbox: SandboxServer, clock: ManualClock) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    client_request = start_request("mix")
    client_request["recordingFileConfig"]["avFileType"] = ["hls", "mp4"]
    ids = _start(api, "mix", client_request)
    assert _query(api, ids)["fileList"] == []
    clock.advance(15)
    response = _query(api, ids)
    assert response["fileListMode"] == "json"
    sid = ids[1]
    assert [f["fileName"] for f in response["fileList"]] == [
        f"{sid}_{CNAME}.m3u8",
        f"{sid}_{CNAME}_0.mp4",
    ]
    first = response["fileList"][0]
    assert first["trackType"] == "audio_and_video"
    assert first["uid"] == "0"
    assert first["mixedAllUser"] is True
    assert first["isPlayable"] is True


def test_individual_lists_per_uid_tracks_after_a_minute(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    channel = sandbox.channel(APP_ID, CNAME)
    channel.join("1001")
    ids = api.begin("individual")
    clock.advance(10)
    channel.join("1002", video=False)
    clock.advance(50)
    response = _query(api, ids, "individual")
    assert response["fileListMode"] == "json"
    sid = ids[1]
    listed = {(f["uid"], f["trackType"]): f for f in response["fileList"]}
    assert set(listed) == {("1001", "audio"), ("1001", "video")}
    assert listed["1001", "video"]["fileName"] == f"{sid}_{CNAME}__uid_s_1001__uid_e_video.m3u8"
    assert listed["1001", "audio"]["mixedAllUser"] is False
    clock.advance(10)
    names = {f["fileName"] for f in _query(api, ids, "individual")["fileList"]}
    assert f"{sid}_{CNAME}__uid_s_1002__uid_e_audio.m3u8" in names
    assert f"{sid}_{CNAME}__uid_s_1002__uid_e_video.m3u8" not in names


def test_individual_stop_flushes_all_tracks(api: Api, sandbox: SandboxServer) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("individual")
    # a synchronous stop waits for the upload (§3.6); async stop is in test_build2_fixes
    reply = api.on_task(Endpoint.STOP, ids, "individual", {"async_stop": False})
    assert reply.status_code == 200
    response = reply.json()["serverResponse"]
    assert response["uploadingStatus"] == "uploaded"
    assert response["fileListMode"] == "json"
    assert len(response["fileList"]) == 2


def test_snapshot_task_reports_only_status_and_slice_start(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("snapshot")
    clock.advance(70)
    response = _query(api, ids, "individual")
    assert set(response) == {"status", "sliceStartTime"}
    stopped = api.on_task(Endpoint.STOP, ids, "individual", {})
    assert stopped.json()["serverResponse"] == {"uploadingStatus": "uploaded"}


def _services(response: dict) -> dict[str, dict]:
    return {s["serviceName"]: s["payload"] for s in response["extensionServiceState"]}


def test_web_query_has_recorder_and_rtmp_payloads(api: Api, clock: ManualClock) -> None:
    ids = api.begin("web")
    first = _services(_query(api, ids, "web"))
    assert first["web_recorder_service"] == {"fileList": [], "onhold": False, "state": "init"}
    assert first["rtmp_publish_service"]["outputs"] == [
        {"rtmpUrl": "rtmp://example.com/live/key", "status": "connecting"}
    ]
    clock.advance(15)
    response = _query(api, ids, "web")
    assert response["status"] == 5
    services = _services(response)
    recorder = services["web_recorder_service"]
    assert recorder["state"] == "inProgress"
    sid = ids[1]
    assert [f["filename"] for f in recorder["fileList"]] == [
        f"{sid}_{CNAME}.m3u8",
        f"{sid}_{CNAME}_0.mp4",
    ]
    assert services["rtmp_publish_service"]["outputs"][0]["status"] == "publishing"
    assert services["rtmp_publish_service"]["state"] == "inProgress"


def test_web_without_rtmp_has_no_rtmp_payload(api: Api) -> None:
    client_request = start_request("web")
    del client_request["extensionServiceConfig"]["extensionServices"][1]
    ids = _start(api, "web", client_request)
    assert set(_services(_query(api, ids, "web"))) == {"web_recorder_service"}


def test_web_stop_reports_upload_service(api: Api) -> None:
    ids = api.begin("web")
    reply = api.on_task(Endpoint.STOP, ids, "web", {"async_stop": False})
    assert reply.status_code == 200
    services = _services(reply.json()["serverResponse"])
    assert services["upload_service"] == {"uploadingStatus": "uploaded"}
    assert services["web_recorder_service"]["state"] == "exit"
    assert len(services["web_recorder_service"]["fileList"]) == 2
