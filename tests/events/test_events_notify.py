"""The Sandbox notifies (step 3): signed events in Agora's envelope, the right order and
leave codes, NCS's retry rule, duplicate/reorder faults — against receivers the test owns."""

from __future__ import annotations

import argparse
import hashlib
import hmac
import threading

import pytest
from events_kit import SECRET, Hook
from studio_kit import CNAME, PUBLISHER, UID, mix_request, studio
from waiting import wait_until

from recstudio.emulator.commands import run_emulator
from recstudio.emulator.server import SandboxServer
from recstudio.events.signature import HEADER_V1, HEADER_V2


@pytest.fixture
def hook():
    server = Hook()
    yield server
    server.close()


def _types(envelopes: list[dict]) -> list[int]:
    return [e["eventType"] for e in envelopes]


def test_mix_recording_events_arrive_signed_in_agoras_envelope_and_order(hook) -> None:
    with studio(hook.url) as s:
        s.server.channel(s_app := "0123456789abcdef0123456789abcdef", CNAME).join(PUBLISHER)
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request())
        s.clock.advance(20)  # the first playlist exists after a slice
        wait_until(lambda: 4 in _types(hook.envelopes()), what="file infos during recording")
        runner.stop(rec)
        wait_until(s.settled, what="every event delivered")
    assert s_app
    envelopes = hook.envelopes()
    assert _types(envelopes) == [40, 30, 4, 41, 31, 11]
    for (headers, body), env in zip(hook.deliveries, envelopes, strict=True):
        # both headers, each verified independently of recstudio's own signature code
        key = SECRET.encode()
        assert headers[HEADER_V1] == hmac.new(key, body, hashlib.sha1).hexdigest()
        assert headers[HEADER_V2] == hmac.new(key, body, hashlib.sha256).hexdigest()
        assert set(env) == {"noticeId", "productId", "eventType", "notifyMs", "payload"}
        assert env["productId"] == 3
        payload = env["payload"]
        assert {"cname", "uid", "sid", "sequence", "sendts", "serviceType", "details"} <= set(
            payload
        )
        assert (payload["cname"], payload["uid"], payload["sid"]) == (CNAME, UID, rec.sid)
    assert [e["payload"]["sequence"] for e in envelopes] == list(range(6))
    assert [e["payload"]["serviceType"] for e in envelopes] == [1, 2, 0, 1, 2, 0]
    by_type = {e["eventType"]: e["payload"]["details"] for e in envelopes}
    assert by_type[41]["leaveCode"] == 2  # stopped by a stop call
    assert by_type[41]["msgName"] == "recorder_leave"
    assert by_type[11]["exitStatus"] == 0
    names = [f["fileName"] for f in by_type[31]["fileList"]]
    assert names == [f"{rec.sid}_{CNAME}.m3u8", f"{rec.sid}_{CNAME}_0.mp4"]
    assert len({e["noticeId"] for e in envelopes}) == 6


def test_nobody_joined_gives_an_idle_leave_after_max_idle_time(hook) -> None:
    with studio(hook.url) as s:
        client = s.client()
        acquired = client.acquire(CNAME, UID, {"scene": 0})
        started = client.start(acquired.resource_id, "mix", CNAME, UID, mix_request(max_idle=30))
        wait_until(lambda: _types(hook.envelopes()) == [40, 30], what="start events")
        s.clock.advance(29)
        wait_until(lambda: s.server.notifier is not None and s.server.notifier.idle())
        assert 41 not in _types(hook.envelopes())  # not before maxIdleTime
        s.clock.advance(2)  # nobody calls: the notifier's ticker notices the idle exit
        wait_until(lambda: 11 in _types(hook.envelopes()), what="session exit")
    envelopes = hook.envelopes()
    assert _types(envelopes) == [40, 30, 41, 11]
    leave = envelopes[2]["payload"]
    assert leave["sid"] == started.sid and leave["details"]["leaveCode"] == 4
    assert leave["sendts"] == envelopes[0]["payload"]["sendts"] + 30_000  # at maxIdleTime


def test_resends_until_200_at_most_three_times_with_the_same_body(hook) -> None:
    with studio(hook.url, retry_pauses=(0.01,)) as s:
        hook.fail_next = 2
        client = s.client()
        acquired = client.acquire(CNAME, UID, {"scene": 0})
        client.start(acquired.resource_id, "mix", CNAME, UID, mix_request())
        wait_until(s.settled, what="start events delivered")
        first = [a for a in s.server.notifier.attempts if a.event_type == 40]
        assert [(a.attempt, a.status) for a in first] == [(1, 500), (2, 500), (3, 200)]
        bodies = {body for h, body in hook.deliveries[:3]}
        assert len(bodies) == 1  # same noticeId and notifyMs: a handler can de-duplicate
        hook.fail_next = 100  # from now on the handler always fails
        s.clock.advance(31)

        def leave() -> list[int]:
            return [a.attempt for a in s.server.notifier.attempts if a.event_type == 41]

        wait_until(lambda: len(leave()) >= 4 and s.settled(), timeout=10, what="retries")
        assert leave() == [1, 2, 3, 4]  # the first try and 3 resends, then it gives up


def test_no_answer_within_the_timeout_is_resent(hook) -> None:
    hook.stall_next, hook.stall_s = 1, 1.0
    with studio(hook.url, response_timeout_s=0.2, retry_pauses=(0.01,)) as s:
        client = s.client()
        acquired = client.acquire(CNAME, UID, {"scene": 0})
        client.start(acquired.resource_id, "mix", CNAME, UID, mix_request())
        wait_until(s.settled, timeout=10, what="delivered after a timeout")
        first = [a for a in s.server.notifier.attempts if a.event_type == 40]
        assert [(a.attempt, a.status) for a in first] == [(1, None), (2, 200)]


def test_duplicate_and_reorder_faults(hook) -> None:
    with studio(hook.url) as s:
        s.server.notifier.faults.duplicate = 1
        s.server.notifier.faults.reorder = 1
        client = s.client()
        acquired = client.acquire(CNAME, UID, {"scene": 0})
        client.start(acquired.resource_id, "mix", CNAME, UID, mix_request())
        wait_until(lambda: len(hook.envelopes()) >= 3, what="three deliveries")
        wait_until(s.settled)
        envelopes = hook.envelopes()
        # 40 was held back behind 30, and the first delivery (30) went out twice
        assert _types(envelopes) == [30, 30, 40]
        assert envelopes[0] == envelopes[1]
        assert [e["payload"]["sequence"] for e in envelopes] == [1, 1, 0]


def test_the_apps_receiver_stores_them_valid_and_deduplicated() -> None:
    with studio() as s:
        s.server.notifier.faults.duplicate = 2
        s.server.channel("0123456789abcdef0123456789abcdef", CNAME).join(PUBLISHER)
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request())
        runner.stop(rec)
        wait_until(s.settled, what="stored")
        kept = s.store.events_for(rec.sid)
        assert [k.event.event_type for k in kept if k.event] == [40, 30, 4, 41, 31, 11]
        assert {k.verdict.value for k in kept} == {"valid"}
        assert len(s.store.deliveries(rec.sid)) == 8  # two resends marked duplicate


def test_cli_emulator_notify(hook, capsys) -> None:
    args = argparse.Namespace(
        host="127.0.0.1", port=0, customer_id="sandbox", customer_secret=None, rate_limit=0,
        allow_remote=False, notify=hook.url, notify_secret=SECRET,
    )  # fmt: skip
    stop = threading.Event()
    ready: list[SandboxServer] = []
    thread = threading.Thread(target=lambda: run_emulator(args, stop=stop, on_ready=ready.append))
    thread.start()
    wait_until(lambda: ready, what="Sandbox up")
    assert ready[0].notifier is not None and ready[0].notifier.url == hook.url
    stop.set()
    thread.join(10)
    assert f"sending signed NCS events to {hook.url}" in capsys.readouterr().out
    bad = argparse.Namespace(**{**vars(args), "notify": "ftp://x"})
    assert run_emulator(bad) == 2
    assert "needs an http(s) URL" in capsys.readouterr().err


def test_raw_recording_events_name_their_scene(hook) -> None:
    with studio(hook.url) as s:
        s.server.channel("0123456789abcdef0123456789abcdef", CNAME).join(PUBLISHER)
        client = s.client()
        acquired = client.acquire(CNAME, UID, {})
        request = mix_request()
        request["recordingConfig"] = {"channelType": 0, "streamTypes": 2, "maxIdleTime": 30,
                                      "subscribeUidGroup": 0}  # fmt: skip
        request["recordingFileConfig"] = {"avFileType": ["hls"]}
        started = client.start(acquired.resource_id, "raw", CNAME, UID, request)
        s.clock.advance(20)
        wait_until(lambda: 4 in _types(hook.envelopes()), what="file infos during recording")
        client.stop(acquired.resource_id, started.sid, "raw", CNAME, UID)
        wait_until(lambda: 11 in _types(hook.envelopes()), what="session exit")
    envelopes = hook.envelopes()
    assert _types(envelopes) == [40, 30, 4, 41, 31, 11]
    assert {e["payload"]["serviceScene"] for e in envelopes} == {"rtsc/raw-recording"}
    uploaded = envelopes[4]["payload"]["details"]["fileList"]
    assert uploaded and all(started.sid in f["fileName"] for f in uploaded)
