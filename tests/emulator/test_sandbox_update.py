"""update and updateLayout semantics (§3.4, §3.5): onhold, subscriptions, rtmp, layout replace."""

from __future__ import annotations

from sandbox_kit import APP_ID, CNAME, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint


def _web_services(api: Api, ids: tuple[str, str]) -> dict[str, dict]:
    response = api.on_task(Endpoint.QUERY, ids, "web").json()["serverResponse"]
    return {s["serviceName"]: s["payload"] for s in response["extensionServiceState"]}


def test_update_onhold_pauses_and_resumes_web(api: Api, clock: ManualClock) -> None:
    ids = api.begin("web")
    clock.advance(5)
    paused = api.on_task(Endpoint.UPDATE, ids, "web", {"webRecordingConfig": {"onhold": True}})
    assert paused.status_code == 200
    assert set(paused.json()) == {"cname", "uid", "resourceId", "sid"}
    services = _web_services(api, ids)
    assert services["web_recorder_service"]["onhold"] is True
    assert services["rtmp_publish_service"]["outputs"][0]["status"] == "onhold"
    api.on_task(Endpoint.UPDATE, ids, "web", {"webRecordingConfig": {"onhold": False}})
    assert _web_services(api, ids)["web_recorder_service"]["onhold"] is False


def test_update_rtmp_replaces_outputs(api: Api) -> None:
    ids = api.begin("web")
    new_url = "rtmps://cdn.example.com/live/other"
    reply = api.on_task(
        Endpoint.UPDATE, ids, "web", {"rtmpPublishConfig": {"outputs": [{"rtmpUrl": new_url}]}}
    )
    assert reply.status_code == 200
    outputs = _web_services(api, ids)["rtmp_publish_service"]["outputs"]
    assert [o["rtmpUrl"] for o in outputs] == [new_url]


def test_stream_subscribe_replaces_previous_subscription(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    channel = sandbox.channel(APP_ID, CNAME)
    ids = api.begin("individual")
    subscribe = {
        "streamSubscribe": {
            "audioUidList": {"subscribeAudioUids": ["2002"]},
            "videoUidList": {"subscribeVideoUids": ["2002"]},
        }
    }
    assert api.on_task(Endpoint.UPDATE, ids, "individual", subscribe).status_code == 200
    channel.join("1001")
    channel.join("2002")
    rec = sandbox.recording(ids[1])
    assert {uid for uid, _ in rec.recorded} == {"2002"}
    replaced = {
        "streamSubscribe": {
            "audioUidList": {"unSubscribeAudioUids": ["2002"]},
            "videoUidList": {"unSubscribeVideoUids": ["2002"]},
        }
    }
    clock.advance(1)
    assert api.on_task(Endpoint.UPDATE, ids, "individual", replaced).status_code == 200
    assert ("1001", "audio") in sandbox.recording(ids[1]).recorded
    snapshot = sandbox.snapshot()["recordings"][0]["subscription"]
    assert snapshot["audio"] == {"allow": None, "deny": ["2002"]}


def test_update_layout_replaces_the_whole_layout(api: Api, sandbox: SandboxServer) -> None:
    ids = api.begin("mix")
    assert sandbox.recording(ids[1]).layout == {"mixedVideoLayout": 1, "backgroundColor": "#FF0000"}
    custom = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#00FF00",
        "layoutConfig": [{"uid": "1001", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
    }
    reply = api.on_task(Endpoint.UPDATE_LAYOUT, ids, "mix", custom)
    assert reply.status_code == 200
    assert reply.json()["sid"] == ids[1]
    assert sandbox.recording(ids[1]).layout == custom
    # Omitted fields revert to defaults (backgroundColor → #000000, no layoutConfig).
    api.on_task(Endpoint.UPDATE_LAYOUT, ids, "mix", {"mixedVideoLayout": 1})
    assert sandbox.recording(ids[1]).layout == {"mixedVideoLayout": 1, "backgroundColor": "#000000"}
    assert sandbox.snapshot()["recordings"][0]["layoutUpdateCount"] == 2


def test_update_layout_outside_mix_is_code_2(api: Api) -> None:
    for kind, mode in [("individual", "individual"), ("web", "web")]:
        ids = api.begin(kind, uid="600" if kind == "web" else "601")
        reply = api.on_task(Endpoint.UPDATE_LAYOUT, ids, mode, {"mixedVideoLayout": 0})
        assert reply.status_code == 400
        assert reply.json() == {
            "code": 2,
            "reason": "updateLayout is only supported in mix mode",
        }


def test_start_layout_defaults_when_transcoding_omits_it(api: Api, sandbox: SandboxServer) -> None:
    client_request = start_request("mix")
    del client_request["recordingConfig"]["transcodingConfig"]["backgroundColor"]
    resource_id = api.acquire().json()["resourceId"]
    sid = api.start(resource_id, "mix", client_request).json()["sid"]
    assert sandbox.recording(sid).layout == {"mixedVideoLayout": 1, "backgroundColor": "#000000"}
