"""Injected faults (latency, 5xx, code 65, dropped connections, failover window) over real HTTP."""

from __future__ import annotations

import pytest
import requests
from sandbox_kit import APP_ID, CNAME, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint


def test_latency_trips_a_short_client_timeout(api: Api, sandbox: SandboxServer) -> None:
    sandbox.faults.set(endpoint="acquire", latency_s=0.3, count=1)
    with pytest.raises(requests.Timeout):
        api.call(
            Endpoint.ACQUIRE, body={"cname": CNAME, "uid": "1", "clientRequest": {}}, timeout=0.05
        )
    # The count is used up; the next call is fast again. Other endpoints were never slow.
    assert api.acquire().status_code == 200


def test_latency_is_scoped_to_its_endpoint(api: Api, sandbox: SandboxServer) -> None:
    sandbox.faults.set(endpoint="stop", latency_s=60)  # far past the generous timeout below
    reply = api.call(
        Endpoint.ACQUIRE, body={"cname": CNAME, "uid": "1", "clientRequest": {}}, timeout=10
    )
    assert reply.status_code == 200
    sandbox.faults.clear()
    assert sandbox.faults.snapshot() == []


@pytest.mark.parametrize(
    ("status", "endpoint", "code"),
    [(500, "acquire", 500), (503, "start", 502), (504, "query", 62), (500, "stop", 62)],
)
def test_http_5xx_bodies_follow_agora(
    api: Api, sandbox: SandboxServer, status: int, endpoint: str, code: int
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    sandbox.faults.set(endpoint=endpoint, http_5xx=status, count=1)
    if endpoint == "acquire":
        reply = api.acquire()
    elif endpoint == "start":
        resource_id = api.acquire().json()["resourceId"]
        reply = api.start(resource_id, "mix", start_request("mix"))
        assert api.start(resource_id, "mix", start_request("mix")).status_code == 200
    else:
        ids = api.begin("mix")
        reply = api.on_task(Endpoint(endpoint), ids, client_request={})
    assert reply.status_code == status
    assert reply.json()["code"] == code


def test_http_5xx_can_be_an_html_gateway_page(api: Api, sandbox: SandboxServer) -> None:
    sandbox.faults.set(http_5xx=502, html=True, count=2)
    for _ in range(2):
        reply = api.acquire()
        assert reply.status_code == 502
        assert reply.headers["Content-Type"].startswith("text/html")
        assert "502 Bad Gateway" in reply.text
    assert api.acquire().status_code == 200


def test_code_65_for_the_next_n_calls_without_effect(api: Api, sandbox: SandboxServer) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    sandbox.faults.set(endpoint="stop", code_65=2)
    for _ in range(2):
        reply = api.on_task(Endpoint.STOP, ids, client_request={})
        assert reply.status_code == 206
        assert reply.json() == {"code": 65, "reason": "request not completed"}
    assert sandbox.recording(ids[1]).alive
    assert api.on_task(Endpoint.STOP, ids, client_request={}).status_code == 200


def test_drop_connection_raises_connection_error(api: Api, sandbox: SandboxServer) -> None:
    sandbox.faults.set(drop_connection=1)
    with pytest.raises(requests.ConnectionError):
        api.acquire()
    assert api.acquire().status_code == 200


def test_failover_window_answers_404_while_task_lives(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    sandbox.faults.set(failover_404_s=20)
    for endpoint in (Endpoint.QUERY, Endpoint.UPDATE, Endpoint.UPDATE_LAYOUT, Endpoint.STOP):
        body = {"mixedVideoLayout": 0} if endpoint is Endpoint.UPDATE_LAYOUT else {}
        reply = api.on_task(endpoint, ids, client_request=body)
        assert reply.status_code == 404, endpoint
        assert reply.json() == {"code": 404, "reason": "failed to find worker"}
    assert api.acquire(uid="9").status_code == 200  # acquire is not part of failover
    assert sandbox.recording(ids[1]).alive
    clock.advance(20)
    assert api.on_task(Endpoint.QUERY, ids).status_code == 200
    assert sandbox.faults.snapshot() == []


def test_faults_are_checked_after_auth(sandbox: SandboxServer) -> None:
    sandbox.faults.set(code_65=1)
    anonymous = requests.get(f"{sandbox.base_url}/v1/ncs/ip", timeout=5)
    assert anonymous.status_code == 401
    assert sandbox.faults.snapshot()[0]["remaining"] == 1


def test_invalid_fault_values_are_refused(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError):
        sandbox.faults.set(http_5xx=404)
    with pytest.raises(ValueError):
        sandbox.faults.set(endpoint="nonsense", code_65=1)
