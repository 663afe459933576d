"""The receiver over real sockets: verdicts, malformed bodies, floods; import; CLI (step 2)."""

from __future__ import annotations

import argparse
import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from events_kit import REFUSED, SECRET, envelope, post, post_signed
from waiting import wait_until

from recstudio.cli import build_parser
from recstudio.events import receiver as receiver_module
from recstudio.events.commands import _cmd_listen
from recstudio.events.receiver import EventReceiver, import_payloads
from recstudio.events.signature import Verdict
from recstudio.events.store import EventStore


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "ledger.sqlite3") as s:
        yield s


@pytest.fixture
def receiver(store):
    with EventReceiver(store, secret=SECRET) as r:
        yield r


def _verdicts(store: EventStore) -> list[tuple[str, str | None]]:
    return [(d.verdict.value, d.error) for d in store.deliveries()]


def test_signed_unsigned_and_forged_are_kept_and_marked(receiver, store) -> None:
    assert post_signed(receiver.port, envelope(40, 0)) == 200
    assert post(receiver.port, json.dumps(envelope(30, 1)).encode()) == 200
    assert post_signed(receiver.port, envelope(41, 2, leaveCode=2), secret="wrong") == 200
    wait_until(lambda: store.count() == 3, what="three stored deliveries")
    assert _verdicts(store) == [("valid", None), ("unsigned", None), ("invalid", None)]
    assert [d.event.event_type for d in store.events_for("sid-1") if d.event] == [40, 30, 41]


def test_malformed_bodies_never_crash_it(receiver, store) -> None:
    bodies = [b"", b"{", b"[]", b"\xff\xfe", b'{"noticeId": 1}', b"null", b"9" * 5000]
    for body in bodies:
        assert post(receiver.port, body) == 200
    wait_until(lambda: store.count() == len(bodies), what="every malformed body kept")
    assert all(d.event is None and d.error for d in store.deliveries())
    # junk on the socket, a lying Content-Length, an oversize claim
    for raw in (b"GARBAGE\r\n\r\n", b"POST / HTTP/1.1\r\nContent-Length: 50\r\n\r\nshort",
                b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"):  # fmt: skip
        with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as sock:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
            sock.recv(4096)
    too_big = b"POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (10 * 1024 * 1024)
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as sock:
        sock.sendall(too_big)
        assert b" 413 " in sock.recv(4096)
    assert post_signed(receiver.port, envelope(40, 0)) == 200  # still serving
    wait_until(lambda: store.count() == len(bodies) + 1, what="the good event after the junk")


def test_a_flood_is_bounded_and_it_keeps_serving(store, monkeypatch) -> None:
    monkeypatch.setattr(receiver_module, "MAX_CONNECTIONS", 4)
    with EventReceiver(store, secret=SECRET) as r:
        # hold every slot with connections that never send a request line
        idle = [socket.create_connection(("127.0.0.1", r.port), timeout=5) for _ in range(4)]
        wait_until(lambda: r._slots._value == 0, what="all handler slots taken")  # type: ignore[attr-defined]
        assert post(r.port, b"{}") in (503, REFUSED)  # turned away, not queued without bound
        assert r.refused >= 1
        for sock in idle:
            sock.close()
        wait_until(lambda: r._slots._value == 4, what="slots released")  # type: ignore[attr-defined]
        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda i: post_signed(r.port, envelope(33, i)), range(200)))
        assert set(codes) <= {200, 503, REFUSED} and codes.count(200) > 0
        wait_until(lambda: r.pending() == 0, what="queue drained")
    assert store.count() == codes.count(200)


def test_a_full_queue_answers_503(store, monkeypatch) -> None:
    monkeypatch.setattr(receiver_module, "QUEUE_LIMIT", 1)
    r = EventReceiver(store)  # not started: the writer never drains, so the queue stays full
    assert r.enqueue(b"{}", Verdict.UNSIGNED) is True
    assert r.enqueue(b"{}", Verdict.UNSIGNED) is False
    r.stop()


def test_import_from_a_file_of_payloads(store) -> None:
    array = json.dumps([envelope(40, 0), envelope(41, 1, leaveCode=4)])
    kept = import_payloads(store, array)
    assert [k.verdict for k in kept] == [Verdict.UNSIGNED] * 2
    lines = "\n".join([json.dumps(envelope(31, 2)), "not json", json.dumps(envelope(40, 0))])
    kept = import_payloads(store, lines)
    assert [(k.event is None, k.duplicate) for k in kept] == [
        (False, False), (True, False), (False, True)
    ]  # fmt: skip


def test_cli_listen_stores_into_the_given_database(tmp_path, capsys) -> None:
    db = tmp_path / "ledger.sqlite3"
    args = build_parser().parse_args(
        ["events", "listen", "--port", "0", "--secret", SECRET, "--db", str(db)]
    )
    stop = threading.Event()
    ready: list[EventReceiver] = []
    thread = threading.Thread(
        target=lambda: _cmd_listen(args, stop=stop, on_ready=ready.append), daemon=True
    )
    thread.start()
    wait_until(lambda: ready, what="receiver ready")
    assert post_signed(ready[0].port, envelope(41, 3, leaveCode=4)) == 200
    wait_until(lambda: "idle exit" in capsys.readouterr().out, what="the event printed")
    stop.set()
    thread.join(10)
    with EventStore(db) as check:
        assert check.deliveries()[0].verdict is Verdict.VALID


def test_cli_import(tmp_path, capsys) -> None:
    db = tmp_path / "ledger.sqlite3"
    source = tmp_path / "events.json"
    source.write_text(json.dumps([envelope(40, 0), {"bad": 1}]))
    args = build_parser().parse_args(["events", "import", str(source), "--db", str(db)])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "imported 1 event(s), 1 malformed" in out and "noticeId is missing" in out
    missing = argparse.Namespace(file=tmp_path / "nope.json", db=db)
    assert args.func(missing) == 2
    assert "cannot read" in capsys.readouterr().err
