"""Admin routes under /_sandbox/ (channel, faults, clock, state) over real HTTP."""

from __future__ import annotations

import json
import time

import requests
from sandbox_kit import APP_ID, CNAME, STORAGE, Api

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint


def _admin(api: Api, path: str, body: dict | None = None) -> requests.Response:
    url = f"{api.base_url}/_sandbox/{path}"
    if body is None:
        return api.session.get(url, timeout=5)
    return api.session.post(url, json=body, timeout=5)


def test_join_and_leave_drive_the_channel(api: Api, sandbox: SandboxServer) -> None:
    joined = _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": 1001, "video": False})
    assert joined.status_code == 200
    assert joined.json()["joined"]["uid"] == "1001"
    assert joined.json()["joined"]["video"] is False
    assert sandbox.channel(APP_ID, CNAME).uids == ["1001"]
    left = _admin(api, f"apps/{APP_ID}/channels/{CNAME}/leave", {"uid": "1001"})
    assert left.json() == {"left": True, "uids": []}


def test_channel_names_are_url_decoded(api: Api, sandbox: SandboxServer) -> None:
    _admin(api, f"apps/{APP_ID}/channels/my%20room/join", {"uid": "5"})
    assert sandbox.channel(APP_ID, "my room").uids == ["5"]


def test_state_lists_everything_without_secrets(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    sandbox.faults.set(endpoint="query", code_65=1)
    state = _admin(api, "state").json()
    assert state["now"] == clock()
    assert state["manualClock"] is True
    assert [r["sid"] for r in state["recordings"]] == [ids[1]]
    assert state["recordings"][0]["status"] == 1
    assert state["resources"][0]["resourceId"] == ids[0]
    assert state["channels"][0]["participants"][0]["uid"] == "1001"
    assert state["faults"][0]["kind"] == "code_65"
    text = json.dumps(state)
    for secret in (STORAGE["secretKey"], STORAGE["accessKey"], sandbox.customer_secret):
        assert secret not in text


def test_faults_route_sets_and_clears(api: Api) -> None:
    reply = _admin(api, "faults", {"endpoint": "acquire", "http_5xx": 503, "count": 1})
    assert reply.status_code == 200
    assert reply.json()["faults"][0]["endpoint"] == "acquire"
    assert api.acquire().status_code == 503
    assert api.acquire().status_code == 200
    _admin(api, "faults", {"code_65": 5})
    assert _admin(api, "faults", {"clear": True}).json() == {"faults": []}
    assert api.acquire().status_code == 200


def test_faults_route_rejects_unknown_keys(api: Api) -> None:
    reply = _admin(api, "faults", {"http_5xx": 503, "typo": 1})
    assert reply.status_code == 400
    assert "typo" in reply.json()["message"]
    assert _admin(api, "faults", {"http_5xx": 200}).status_code == 400


def test_clock_advance_moves_a_manual_clock(api: Api, clock: ManualClock) -> None:
    before = clock()
    reply = _admin(api, "clock/advance", {"seconds": 15})
    assert reply.status_code == 200
    assert reply.json()["now"] == before + 15
    assert _admin(api, "clock/advance", {"seconds": -1}).status_code == 400


def test_clock_advance_refused_with_real_clock() -> None:
    with SandboxServer(rate_limit=None) as server:
        api = Api(server.base_url)
        reply = _admin(api, "clock/advance", {"seconds": 1})
        assert reply.status_code == 409
        assert abs(_admin(api, "state").json()["now"] - time.time()) < 5
        api.close()


def test_admin_routes_need_auth(sandbox: SandboxServer) -> None:
    assert requests.get(f"{sandbox.base_url}/_sandbox/state", timeout=5).status_code == 401
    wrong = requests.get(f"{sandbox.base_url}/_sandbox/state", auth=("sandbox", "x"), timeout=5)
    assert wrong.status_code == 401


def test_unknown_admin_route_is_404(api: Api) -> None:
    assert _admin(api, "nothing", {}).status_code == 404
    assert api.session.delete(f"{api.base_url}/_sandbox/state", timeout=5).status_code == 404


def test_http_admin_equals_python_api(api: Api, sandbox: SandboxServer, clock: ManualClock) -> None:
    """A separate-process client (GUI, curl) can run the whole idle scenario via HTTP."""
    _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": "1001"})
    ids = api.begin("mix")
    _admin(api, f"apps/{APP_ID}/channels/{CNAME}/leave", {"uid": "1001"})
    _admin(api, "clock/advance", {"seconds": 30})
    assert api.on_task(Endpoint.QUERY, ids).status_code == 404
