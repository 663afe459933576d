"""Event model: catalogue, decoding into words, signatures, de-dup and ordering (step 1)."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from recstudio.events import EVENT_TYPES, EventError, parse_event, sort_events, unique_events
from recstudio.events.catalogue import describe_event, leave_reasons
from recstudio.events.signature import HEADER_V1, HEADER_V2, Verdict, sign, verify
from recstudio.events.store import EventStore


def envelope(event_type: int, sequence: int, notice: str = "", **details: object) -> dict:
    return {
        "noticeId": notice or f"n-{event_type}-{sequence}",
        "productId": 3,
        "eventType": event_type,
        "notifyMs": 1_700_000_000_000 + sequence,
        "payload": {
            "cname": "room",
            "uid": "527841",
            "sid": "sid-1",
            "sequence": sequence,
            "sendts": 1_700_000_000_000 + 10 * sequence,
            "serviceType": 1,
            "details": {"msgName": EVENT_TYPES[event_type].name, **details},
        },
    }


def test_catalogue_holds_every_cloud_recording_event_of_the_reference() -> None:
    # agora-2026.md §2 table, every row
    expected = {1, 2, 3, 4, 11, 12, 30, 31, 32, 33, 40, 41, 42, 43, 44, 45, 60, 61, 70, 71,
                72, 73, 80, 81, 90, 100, 1001}  # fmt: skip
    assert set(EVENT_TYPES) == expected
    assert EVENT_TYPES[41].name == "recorder_leave"
    assert "leaveCode" in EVENT_TYPES[41].fields


def test_leave_code_bits_in_words() -> None:
    assert leave_reasons(4) == ["nobody in the channel for maxIdleTime (idle exit)"]
    assert leave_reasons(0)[0].startswith("the recorder failed to initialise")
    assert len(leave_reasons(2 | 16)) == 2
    assert leave_reasons(64) == ["unknown bits 0x40"]
    assert describe_event(41, {"leaveCode": 4}).startswith("recorder_leave: leaveCode 4: nobody")


def test_error_module_level_and_code_in_words() -> None:
    text = describe_event(1, {"module": 1, "errorLevel": 5, "errorCode": 47, "errorMsg": "x"})
    assert (
        text == "cloud_recording_error: uploader fatal: code 47 (upload to your storage failed) — x"
    )
    assert "storage configuration error" in describe_event(1, {"module": 1, "errorCode": 32})
    assert "token is invalid" in describe_event(1, {"module": 0, "errorCode": 110})
    assert "Agora's backup" in describe_event(2, {"module": 1, "warnCode": 32})
    assert describe_event(31, {"status": 0, "fileList": [{"fileName": "a.m3u8"}]}) == (
        "uploaded: 1 file(s): a.m3u8"
    )
    assert describe_event(11, {"exitStatus": 1}) == "session_exit: abnormal exit"
    assert describe_event(999, {}) == "unknown event type 999"


def test_rfc_vectors_for_both_signatures() -> None:
    # RFC 2202 (HMAC-SHA1) and RFC 4231 (HMAC-SHA256) test case 2: key "Jefe"
    body = b"what do ya want for nothing?"
    headers = sign(body, "Jefe")
    assert headers[HEADER_V1] == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    assert headers[HEADER_V2] == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )
    assert verify(body, headers, "Jefe") is Verdict.VALID
    assert verify(body, {k.lower(): v.upper() for k, v in headers.items()}, "Jefe").trusted


def test_signature_verdicts() -> None:
    body = b'{"noticeId":"a"}'
    good = sign(body, "s3cret")
    assert verify(body, good, "other") is Verdict.INVALID
    assert verify(body + b" ", good, "s3cret") is Verdict.INVALID
    assert verify(body, {}, "s3cret") is Verdict.UNSIGNED
    assert verify(body, good, None) is Verdict.UNCHECKED
    # one header right and the other forged is not valid
    forged = {HEADER_V1: good[HEADER_V1], HEADER_V2: "0" * 64}
    assert verify(body, forged, "s3cret") is Verdict.INVALID
    assert verify(body, {HEADER_V2: good[HEADER_V2]}, "s3cret") is Verdict.VALID


def test_parse_names_the_bad_field() -> None:
    event = parse_event(json.dumps(envelope(41, 5, leaveCode=4)))
    assert (event.sid, event.sequence, event.event_type, event.name) == (
        "sid-1",
        5,
        41,
        "recorder_leave",
    )
    assert "idle exit" in event.meaning
    cases = {
        b"not json": "body is not JSON",
        b"[1]": "must be a JSON object",
        b'{"payload": {}}': "noticeId",
        b'{"noticeId": "a", "eventType": 1}': "payload",
        b'{"noticeId": "a", "payload": {}}': "eventType is missing",
        b'{"noticeId": "a", "eventType": "x", "payload": {}}': "eventType must be an integer",
        b'{"noticeId": "a", "eventType": 1, "payload": {"details": 3}}': "payload.details",
        b'{"noticeId":"a","eventType":1,"payload":{"sequence":[]}}': "payload.sequence",
    }
    for raw, field in cases.items():
        with pytest.raises(EventError, match=field):
            parse_event(raw)


def test_dedup_by_notice_id_and_order_by_sequence() -> None:
    events = [parse_event(envelope(t, s)) for t, s in ((41, 4), (40, 1), (30, 2), (31, 3))]
    resent = parse_event(envelope(40, 1))
    ordered = sort_events(unique_events([*events, resent]))
    assert [e.event_type for e in ordered] == [40, 30, 31, 41]
    # without sequence numbers, sendts orders
    bare = [envelope(t, s) for t, s in ((41, 9), (40, 1))]
    for data in bare:
        del data["payload"]["sequence"]
    assert [e.event_type for e in sort_events(parse_event(d) for d in bare)] == [40, 41]


def test_store_keeps_everything_marked(tmp_path) -> None:
    path = tmp_path / "ledger.sqlite3"
    store = EventStore(path)
    raw = json.dumps(envelope(40, 0)).encode()
    first = store.add_delivery(raw, Verdict.VALID)
    again = store.add_delivery(raw, Verdict.VALID)
    bad = store.add_delivery(b"{oops", Verdict.UNSIGNED)
    store.add_delivery(json.dumps(envelope(41, 1, leaveCode=2)), Verdict.INVALID)
    assert (first.duplicate, again.duplicate) == (False, True)
    assert bad.event is None and "not JSON" in (bad.error or "")
    # a second process (another connection) sees the same rows, in WAL mode
    other = EventStore(path)
    assert other.count() == 4
    distinct = other.events_for("sid-1")
    assert [(d.event.event_type if d.event else None, d.verdict) for d in distinct] == [
        (40, Verdict.VALID),
        (41, Verdict.INVALID),
    ]
    assert len(other.deliveries("sid-1")) == 3
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    other.close()


def test_store_is_safe_across_threads(tmp_path) -> None:
    store = EventStore(tmp_path / "db.sqlite3")

    def add(n: int) -> None:
        for i in range(20):
            store.add_delivery(json.dumps(envelope(33, n * 100 + i)), Verdict.UNSIGNED)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count() == 80
    store.close()


def test_events_share_the_ledger_database_file() -> None:
    from recstudio.api.ledger import Ledger, default_ledger_path

    ledger = Ledger()
    ledger.create(profile="p", base_url="http://127.0.0.1", app_id="a", cname="c", uid="1",
                  mode="mix")  # fmt: skip
    with EventStore() as store:
        assert store.path == default_ledger_path()
        store.add_delivery(json.dumps(envelope(40, 0)), Verdict.UNSIGNED)
    with sqlite3.connect(default_ledger_path()) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"recordings", "ncs_events", "request_log"} <= tables
    assert len(Ledger().entries()) == 1  # the ledger still opens beside our tables
