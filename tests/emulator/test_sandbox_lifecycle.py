"""State machine over real HTTP on a manual clock: ids, status, expiry, idle exit (§2, §3)."""

from __future__ import annotations

from sandbox_kit import APP_ID, CNAME, UID, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer, Timing
from recstudio.model import Endpoint


def _status(api: Api, ids: tuple[str, str], mode: str = "mix") -> int:
    reply = api.on_task(Endpoint.QUERY, ids, mode)
    assert reply.status_code == 200, reply.text
    return reply.json()["serverResponse"]["status"]


def test_start_returns_identity_and_sid(api: Api) -> None:
    resource_id = api.acquire().json()["resourceId"]
    reply = api.start(resource_id, "mix", start_request("mix"))
    assert reply.status_code == 200
    body = reply.json()
    assert body["cname"] == CNAME and body["uid"] == UID and body["resourceId"] == resource_id
    assert len(body["sid"]) == 32


def test_status_progresses_1_to_5(api: Api, sandbox: SandboxServer, clock: ManualClock) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    seen = []
    for _ in range(5):
        seen.append(_status(api, ids))
        clock.advance(0.75)
    assert seen == [1, 2, 3, 4, 5]
    clock.advance(100)
    assert _status(api, ids) == 5


def test_status_schedule_is_a_parameter(clock: ManualClock) -> None:
    timing = Timing(status_schedule=((0.0, 1), (10.0, 5)))
    with SandboxServer(clock=clock, rate_limit=None, timing=timing) as server:
        api = Api(server.base_url)
        ids = api.begin("mix")
        clock.advance(9)
        assert _status(api, ids) == 1
        clock.advance(1)
        assert _status(api, ids) == 5
        api.close()


def test_duplicate_start_is_201_code_7(api: Api) -> None:
    resource_id, _ = api.begin("mix")
    again = api.start(resource_id, "mix", start_request("mix"))
    assert again.status_code == 201
    assert again.json()["code"] == 7
    assert again.json()["reason"] == "already started"


def test_second_task_same_identity_is_code_53(api: Api) -> None:
    api.begin("mix")
    resource_id = api.acquire().json()["resourceId"]
    reply = api.start(resource_id, "mix", start_request("mix"))
    assert reply.status_code == 400
    assert reply.json() == {"code": 53, "reason": "task conflict"}
    # Another uid records the same channel fine (§2).
    api.begin("mix", uid="527842")


def test_resource_with_other_identity_is_code_432(api: Api) -> None:
    resource_id = api.acquire().json()["resourceId"]
    reply = api.start(resource_id, "mix", start_request("mix"), uid="999")
    assert reply.status_code == 400
    assert reply.json()["code"] == 432
    other_app = api.call(
        Endpoint.START,
        "mix",
        app_id="f" * 32,
        resource_id=resource_id,
        body={"cname": CNAME, "uid": UID, "clientRequest": start_request("mix")},
    )
    assert other_app.json()["code"] == 432


def test_unknown_resource_id_is_rejected(api: Api) -> None:
    reply = api.start("not-a-resource", "mix", start_request("mix"))
    assert reply.status_code == 400
    assert reply.json()["code"] == 1001


def test_resource_expires_after_five_minutes(api: Api, clock: ManualClock) -> None:
    resource_id = api.acquire().json()["resourceId"]
    clock.advance(300)
    reply = api.start(resource_id, "mix", start_request("mix"))
    assert reply.status_code == 400
    assert reply.json() == {"code": 433, "reason": "resource expired"}


def test_web_needs_scene_1(api: Api) -> None:
    resource_id = api.acquire(scene=0).json()["resourceId"]
    reply = api.start(resource_id, "web", start_request("web"))
    assert reply.status_code == 400
    assert reply.json()["code"] == 2
    assert "scene" in reply.json()["reason"]


def test_unknown_sid_is_404(api: Api) -> None:
    resource_id, _ = api.begin("mix")
    for endpoint in (Endpoint.QUERY, Endpoint.UPDATE, Endpoint.UPDATE_LAYOUT, Endpoint.STOP):
        reply = api.on_task(endpoint, (resource_id, "0" * 32))
        assert reply.status_code == 404, endpoint
        assert reply.json() == {"code": 404, "reason": "failed to find worker"}


def test_sid_with_other_resource_id_is_1003(api: Api) -> None:
    _, sid = api.begin("mix")
    other_resource, _ = api.begin("mix", uid="42")
    reply = api.on_task(Endpoint.QUERY, (other_resource, sid))
    assert reply.status_code == 400
    assert reply.json()["code"] == 1003


def test_update_with_other_uid_is_432(api: Api) -> None:
    ids = api.begin("mix")
    reply = api.on_task(Endpoint.UPDATE, ids, client_request={}, uid="31")
    assert reply.status_code == 400
    assert reply.json()["code"] == 432


def test_query_in_another_mode_is_code_2(api: Api) -> None:
    ids = api.begin("mix")
    reply = api.on_task(Endpoint.QUERY, ids, "individual")
    assert reply.status_code == 400
    assert reply.json()["code"] == 2


def test_stop_with_data_then_repeated_stop_is_49(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    clock.advance(5)
    stopped = api.on_task(Endpoint.STOP, ids, client_request={"async_stop": False})
    assert stopped.status_code == 200
    body = stopped.json()
    assert (body["cname"], body["uid"], body["resourceId"], body["sid"]) == (CNAME, UID, *ids)
    assert body["serverResponse"]["uploadingStatus"] == "uploaded"
    again = api.on_task(Endpoint.STOP, ids, client_request={})
    assert again.status_code == 400
    assert again.json()["code"] == 49
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404
    # A stopped task frees the identity for a new acquire+start.
    api.begin("mix")


def test_stop_without_publishers_is_206_code_435_and_stops(
    api: Api, sandbox: SandboxServer
) -> None:
    ids = api.begin("mix")
    reply = api.on_task(Endpoint.STOP, ids, client_request={})
    assert reply.status_code == 206
    assert reply.json()["code"] == 435
    assert reply.json()["reason"] == "no recorded data"
    assert not sandbox.recording(ids[1]).alive
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404


def test_unsubscribed_publisher_does_not_count_as_data(api: Api, sandbox: SandboxServer) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    resource_id = api.acquire().json()["resourceId"]
    client_request = start_request("mix")
    client_request["recordingConfig"]["subscribeAudioUids"] = ["2002"]
    client_request["recordingConfig"]["subscribeVideoUids"] = ["2002"]
    ids = (resource_id, api.start(resource_id, "mix", client_request).json()["sid"])
    assert api.on_task(Endpoint.STOP, ids, client_request={}).json()["code"] == 435


def test_recorder_exits_after_max_idle_time(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    channel = sandbox.channel(APP_ID, CNAME)
    channel.join("1001")
    ids = api.begin("mix")
    clock.advance(100)  # a busy channel keeps the recorder alive
    assert _status(api, ids) == 5
    channel.leave("1001")
    clock.advance(29.5)
    assert _status(api, ids) == 5
    clock.advance(0.5)
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404
    rec = sandbox.recording(ids[1])
    assert rec.end_reason == "maxIdleTime"
    assert rec.ended_at == rec.started_at + 100 + 30
    assert api.on_task(Endpoint.STOP, ids, client_request={}).json()["code"] == 49


def test_empty_channel_idles_out_from_start(api: Api, clock: ManualClock) -> None:
    ids = api.begin("mix")
    clock.advance(30)
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404


def test_live_channel_idles_without_hosts(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    """channelType 1: an audience member (publishing nothing) does not keep it alive."""
    sandbox.channel(APP_ID, CNAME).join("77", audio=False, video=False)
    resource_id = api.acquire().json()["resourceId"]
    client_request = start_request("mix")
    client_request["recordingConfig"]["channelType"] = 1
    ids = (resource_id, api.start(resource_id, "mix", client_request).json()["sid"])
    clock.advance(30)
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404


def test_web_recorder_does_not_idle_out(api: Api, clock: ManualClock) -> None:
    ids = api.begin("web")
    clock.advance(3600)
    assert _status(api, ids, "web") == 5
    clock.advance(3600)  # maxRecordingHour 2
    assert api.on_task(Endpoint.QUERY, ids, "web").status_code == 404


def test_calls_after_resource_expired_hour_are_433(api: Api, clock: ManualClock) -> None:
    acquired = api.acquire(scene=1, resourceExpiredHour=1).json()["resourceId"]
    client_request = start_request("web")
    client_request["extensionServiceConfig"]["extensionServices"][0]["serviceParam"][
        "maxRecordingHour"
    ] = 1
    sid = api.start(acquired, "web", client_request).json()["sid"]
    clock.advance(3600)
    reply = api.on_task(Endpoint.QUERY, (acquired, sid), "web")
    assert reply.status_code == 400
    assert reply.json()["code"] == 433


def test_worker_limit_is_code_406(clock: ManualClock) -> None:
    with SandboxServer(clock=clock, rate_limit=None, timing=Timing(max_workers=1)) as server:
        api = Api(server.base_url)
        api.begin("mix")
        reply = api.acquire(uid="2")
        assert reply.status_code == 400
        assert reply.json()["code"] == 406
        api.close()
