"""Gateway behaviour over real HTTP: routes, auth, headers, JSON, body rules, 429 (§1, §7)."""

from __future__ import annotations

import requests
from sandbox_kit import APP_ID, CNAME, UID, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint, Mode


def test_acquire_returns_long_opaque_resource_id(api: Api) -> None:
    reply = api.acquire()
    assert reply.status_code == 200
    body = reply.json()
    assert body["cname"] == CNAME and body["uid"] == UID
    assert len(body["resourceId"]) >= 100
    assert api.acquire().json()["resourceId"] != body["resourceId"]


def test_every_route_answers(api: Api) -> None:
    ids = api.begin("mix")
    assert api.on_task(Endpoint.QUERY, ids).status_code == 200
    assert api.on_task(Endpoint.UPDATE, ids, client_request={}).status_code == 200
    layout = {"mixedVideoLayout": 0}
    assert api.on_task(Endpoint.UPDATE_LAYOUT, ids, client_request=layout).status_code == 200
    assert api.on_task(Endpoint.STOP, ids, client_request={"async_stop": False}).status_code in (
        200,
        206,
    )
    ncs = api.session.get(f"{api.base_url}/v1/ncs/ip", timeout=5)
    assert ncs.status_code == 200
    assert ncs.json()["data"]["service"]["hosts"][0]["primaryIP"] == "127.0.0.1"


def test_missing_auth_is_unauthorized(sandbox: SandboxServer) -> None:
    reply = requests.get(f"{sandbox.base_url}/v1/ncs/ip", timeout=5)
    assert reply.status_code == 401
    assert reply.json() == {"message": "Unauthorized"}


def test_wrong_credentials_are_rejected(sandbox: SandboxServer) -> None:
    for auth in [("sandbox", "wrong"), ("other", "sandbox")]:
        bad = Api(sandbox.base_url, auth=auth)
        reply = bad.acquire()
        assert reply.status_code == 401
        assert reply.json() == {"message": "Invalid authentication credentials"}
        bad.close()
    garbage = requests.get(
        f"{sandbox.base_url}/v1/ncs/ip", headers={"Authorization": "Basic %%%"}, timeout=5
    )
    assert garbage.status_code == 401
    assert garbage.json()["message"] == "Invalid authentication credentials"


def test_unknown_route_and_wrong_method_are_404(api: Api) -> None:
    for method, path in [
        ("POST", f"/v1/apps/{APP_ID}/cloud_recording/acquired"),
        ("GET", f"/v1/apps/{APP_ID}/cloud_recording/acquire"),
        ("POST", f"/v1/apps/{APP_ID}/cloud_recording/resourceid/r/mode/video/start"),
        ("POST", f"/v1/apps/{APP_ID}/cloud_recording/resourceid/r/sid/s/mode/mix/query"),
        ("GET", "/v1/apps/x/recording/acquire"),
    ]:
        reply = api.session.request(method, api.base_url + path, json={}, timeout=5)
        assert reply.status_code == 404, path
        assert reply.json() == {"message": "no Route matched with those values"}


def test_wrong_content_type_is_code_8(api: Api) -> None:
    url = f"{api.base_url}/v1/apps/{APP_ID}/cloud_recording/acquire"
    body = b'{"cname": "studio", "uid": "1", "clientRequest": {}}'
    for content_type in ["text/plain", "application/xml", "application/json;charset=gbk"]:
        reply = api.session.post(url, data=body, headers={"Content-Type": content_type}, timeout=5)
        assert reply.status_code == 400, content_type
        assert reply.json()["code"] == 8
    for accepted in ["application/json", "application/json;charset=utf-8", "Application/JSON"]:
        reply = api.session.post(url, data=body, headers={"Content-Type": accepted}, timeout=5)
        assert reply.status_code == 200, accepted


def test_invalid_json_is_code_8(api: Api) -> None:
    url = f"{api.base_url}/v1/apps/{APP_ID}/cloud_recording/acquire"
    for raw in [b"{not json", b"", b'{"cname": NaN}']:
        reply = api.session.post(url, data=raw, timeout=5)
        assert reply.status_code == 400
        assert reply.json()["code"] == 8


def test_missing_identity_is_code_2_naming_the_field(api: Api) -> None:
    reply = api.call(Endpoint.ACQUIRE, body={"uid": UID, "clientRequest": {}})
    assert reply.status_code == 400
    assert reply.json()["code"] == 2
    assert reply.json()["reason"].startswith("cname")


def test_out_of_range_width_is_code_2_naming_the_field(api: Api) -> None:
    """R-rule range check (transcodingConfig.width ≤ 1920) comes from check_body."""
    resource_id = api.acquire().json()["resourceId"]
    client_request = start_request("mix")
    client_request["recordingConfig"]["transcodingConfig"]["width"] = 5000
    reply = api.start(resource_id, "mix", client_request)
    assert reply.status_code == 400
    assert reply.json()["code"] == 2
    assert "transcodingConfig.width" in reply.json()["reason"]


def test_missing_storage_config_is_code_2(api: Api) -> None:
    resource_id = api.acquire().json()["resourceId"]
    client_request = start_request("mix")
    del client_request["storageConfig"]
    reply = api.start(resource_id, "mix", client_request)
    assert reply.status_code == 400
    assert reply.json()["code"] == 2
    assert "storageConfig" in reply.json()["reason"]


def test_unknown_app_id_is_rejected_when_app_ids_are_set(clock: ManualClock) -> None:
    with SandboxServer(clock=clock, rate_limit=None, app_ids={APP_ID}) as server:
        api = Api(server.base_url)
        assert api.acquire().status_code == 200
        other = api.call(
            Endpoint.ACQUIRE, app_id="f" * 32, body={"cname": "a", "uid": "1", "clientRequest": {}}
        )
        assert other.status_code == 400
        assert other.json() == {"message": "appid is invalid"}
        api.close()


def test_eleventh_request_within_a_second_is_429(clock: ManualClock) -> None:
    with SandboxServer(clock=clock) as server:
        api = Api(server.base_url)
        codes = [api.acquire().status_code for _ in range(11)]
        assert codes == [200] * 10 + [429]
        assert api.acquire().json() == {"message": "API rate limit exceeded"}
        clock.advance(0.5)
        assert api.acquire().status_code == 429
        clock.advance(0.6)  # the window slid past the first ten
        assert api.acquire().status_code == 200
        # Admin routes are not limited.
        assert api.session.get(f"{server.base_url}/_sandbox/state", timeout=5).status_code == 200
        api.close()


def test_keep_alive_session_survives_many_calls(api: Api) -> None:
    for _ in range(20):
        assert api.call(Endpoint.QUERY, Mode.MIX, resource_id="r", sid="s").status_code == 404
