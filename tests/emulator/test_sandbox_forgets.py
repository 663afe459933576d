"""Issue 10 item 8: the Sandbox forgets what is over, tells nothing secret, and answers a
malformed Content-Length with a 400 — all over real HTTP (and raw sockets for the header)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from sandbox_kit import APP_ID, CNAME, STORAGE, UID, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer, Timing
from recstudio.model import Endpoint

RTC_TOKEN = "007eJxTYPBsTOKEN-only-in-the-body-d41d8cd9"
RETENTION = 300.0


def _state(api: Api) -> dict:
    reply = api.session.get(api.base_url + "/_sandbox/state", timeout=5)
    assert reply.status_code == 200
    return reply.json()


def _cycle(api: Api, cname: str) -> tuple[str, str]:
    """acquire → start → stop one mix recording (someone publishes, so files exist)."""
    ids = api.begin("mix", cname=cname)
    stopped = api.on_task(Endpoint.STOP, ids, cname=cname)
    assert stopped.status_code in (200, 206), stopped.text
    return ids


def test_state_redacts_the_rtc_token_and_every_storage_secret(
    api: Api, sandbox: SandboxServer
) -> None:
    acquired = api.acquire()
    request = {**start_request("mix"), "token": RTC_TOKEN}
    request["recordingConfig"] = {**request["recordingConfig"], "decryptionMode": 1}
    request["recordingConfig"]["secret"] = "decrypt-secret-77"
    started = api.start(acquired.json()["resourceId"], "mix", request)
    assert started.status_code == 200, started.text
    text = json.dumps(_state(api))
    for secret in (
        RTC_TOKEN,
        STORAGE["accessKey"],
        STORAGE["secretKey"],
        "decrypt-secret-77",
        sandbox.customer_secret,
    ):
        assert secret not in text
    recording = _state(api)["recordings"][0]["clientRequest"]
    assert recording["token"] == "<RTC_TOKEN>"
    assert recording["storageConfig"]["secretKey"] == "<STORAGE_SECRET_KEY>"


def test_state_masks_rtmp_stream_keys_but_query_still_answers_them(api: Api) -> None:
    """A CDN stream key (the path after the application name) lets anyone broadcast on
    that channel: /_sandbox/state masks it, from the start body and from an update, while
    the query payload keeps the URL as Agora's does (the caller is the account itself)."""
    ids = api.begin("web")
    key = "live_20931_sk-9f8e7d6c5b"
    url = f"rtmps://user:pw@cdn.example.com:443/app/{key}?auth=t0k3n"
    update = {"rtmpPublishConfig": {"outputs": [{"rtmpUrl": url}]}}
    assert api.on_task(Endpoint.UPDATE, ids, "web", update).status_code == 200
    text = json.dumps(_state(api))
    for secret in ("live/key", key, "t0k3n", "user:pw"):
        assert secret not in text
    recording = _state(api)["recordings"][0]
    assert recording["rtmpOutputs"] == ["rtmps://cdn.example.com:443/app/<STREAM_KEY>"]
    service = recording["clientRequest"]["extensionServiceConfig"]["extensionServices"][1]
    assert service["serviceParam"]["outputs"] == [
        {"rtmpUrl": "rtmp://example.com/live/<STREAM_KEY>"}
    ]
    answer = api.on_task(Endpoint.QUERY, ids, "web").json()
    assert url in json.dumps(answer)


def test_stopped_recordings_are_forgotten_after_the_retention_window(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    ids = _cycle(api, CNAME)
    # within the window a late stop still learns the task is already over (code 49) ...
    clock.advance(RETENTION - 1)
    late = api.on_task(Endpoint.STOP, ids)
    assert late.json()["code"] == 49
    assert [r["sid"] for r in _state(api)["recordings"]] == [ids[1]]
    # ... after it the Sandbox has forgotten the task and its resource, like Agora
    clock.advance(2)
    state = _state(api)
    assert state["recordings"] == [] and state["resources"] == []
    assert api.on_task(Endpoint.QUERY, ids).json()["code"] == 404


def test_unused_resource_ids_expire_then_are_forgotten(api: Api, clock: ManualClock) -> None:
    resource_id = api.acquire().json()["resourceId"]
    clock.advance(Timing().resource_ttl_s)
    assert api.start(resource_id, "mix", start_request("mix")).json()["code"] == 433
    assert len(_state(api)["resources"]) == 1
    clock.advance(RETENTION)
    assert _state(api)["resources"] == []


def test_a_forgotten_resource_id_still_answers_expired_not_undecodable(
    api: Api, clock: ManualClock
) -> None:
    """Reference §7: 433 is "resourceId expired", 1001 "could not be decoded". Forgetting
    a resource must not turn the first into the second (Agora decodes its ids for ever)."""
    resource_id = api.acquire().json()["resourceId"]
    clock.advance(Timing().resource_ttl_s + RETENTION + 1)
    assert _state(api)["resources"] == []
    reply = api.start(resource_id, "mix", start_request("mix"))
    assert (reply.status_code, reply.json()) == (400, {"code": 433, "reason": "resource expired"})
    # a string the Sandbox never issued, or one of its ids altered, is still undecodable
    forged = resource_id[:40] + ("A" if resource_id[40] != "A" else "B") + resource_id[41:]
    for other in (forged, "x" * len(resource_id), "not-a-resource"):
        assert api.start(other, "mix", start_request("mix")).json()["code"] == 1001


def test_the_resource_of_a_forgotten_task_answers_expired(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("1001")
    resource_id, _sid = _cycle(api, CNAME)
    clock.advance(RETENTION + 1)
    assert _state(api)["recordings"] == []
    assert api.start(resource_id, "mix", start_request("mix")).json()["code"] == 433


def test_running_recordings_are_never_forgotten(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    """Only what is over is purged: a web recording (no idle exit) lives on past the window."""
    ids = api.begin("web")
    clock.advance(RETENTION * 3)
    assert api.on_task(Endpoint.QUERY, ids, "web").status_code == 200
    assert [r["sid"] for r in _state(api)["recordings"]] == [ids[1]]


def test_thousands_of_cycles_leave_a_bounded_state(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    """Today every recording ever made is kept and walked on every call: /_sandbox/state
    reached 17.6 MB after 12k recordings. Ten cycles a minute of Sandbox time, 600 cycles:
    only the last retention window's worth (≈ 50) may remain."""
    sandbox.channel(APP_ID, CNAME).join("1001")
    for n in range(600):
        _cycle(api, f"room{n % 7}")
        clock.advance(6.0)
    state = _state(api)
    window = RETENTION / 6.0
    assert len(state["recordings"]) <= window + 1
    assert len(state["resources"]) <= window + 1
    assert len(json.dumps(state)) < 200_000


# -- Content-Length ---------------------------------------------------------------------


def _raw_request(sandbox: SandboxServer, headers: str, body: bytes = b"") -> bytes:
    """One request on a raw socket; returns all bytes until the server closes."""
    acquire = f"/v1/apps/{APP_ID}/cloud_recording/acquire"
    head = (
        f"POST {acquire} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        f"{headers}\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(head + body)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture
def no_wait_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(clock=ManualClock(), rate_limit=None) as server:
        yield server


@pytest.mark.parametrize(
    ("header", "status", "says"),
    [
        ("Content-Length: abc\r\n", 400, "malformed Content-Length"),
        ("Content-Length: -5\r\n", 400, "malformed Content-Length"),
        ("Content-Length: 1e3\r\n", 400, "malformed Content-Length"),
        ("Content-Length: 2\r\nContent-Length: 3\r\n", 400, "conflicting Content-Length"),
        ("Content-Length: 99999999999\r\n", 413, "over the limit"),
        ("Content-Length: " + "9" * 400 + "\r\n", 400, "malformed Content-Length"),
    ],
)
def test_a_bad_content_length_gets_an_answer_not_a_dropped_connection(
    no_wait_sandbox: SandboxServer, header: str, status: int, says: str
) -> None:
    answer = _raw_request(no_wait_sandbox, header)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode()), answer[:200]
    assert says in json.loads(body)["message"]


def test_a_good_content_length_still_works(no_wait_sandbox: SandboxServer) -> None:
    body = json.dumps({"cname": CNAME, "uid": UID, "clientRequest": {}}).encode()
    auth = "Authorization: Basic c2FuZGJveDpzYW5kYm94\r\nConnection: close\r\n"
    answer = _raw_request(no_wait_sandbox, f"{auth}Content-Length: {len(body)}\r\n", body)
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
