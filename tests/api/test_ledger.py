"""The ledger on SQLite (issue 10 items 1 and 7): rows, constraints, refusals that name the
database and the cause, several processes at once, and the one-time import of the old
JSON-lines journal (bad rows reported by line and skipped; a kill mid-import loses nothing)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from api_kit import KILL_DURING_IMPORT

from recstudio.api import ledger as ledger_module
from recstudio.api.ledger import (
    SCHEMA_VERSION,
    Ledger,
    LedgerEntry,
    LedgerError,
    default_ledger_path,
    parse_journal,
)
from recstudio.model.routes import strip_userinfo

BASE = {
    "profile": "Sandbox",
    "base_url": "http://127.0.0.1:1",
    "app_id": "a" * 32,
    "cname": "room",
    "uid": "42",
    "mode": "mix",
}


def _new(ledger: Ledger, **kw):
    return ledger.create(**{**BASE, **kw})


def _stored_bytes(path: Path) -> bytes:
    """Everything SQLite keeps for this database (the main file and its WAL)."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _old_line(entry_id: str, **kw) -> str:
    data = {
        "id": entry_id, **BASE, "resource_id": None, "sid": None, "state": "acquiring",
        "created_at": 100.0, "updated_at": 100.0, "last_status": None, "last_error": None,
        "files": [], "v": 1,
    }  # fmt: skip
    data.update(kw)
    return json.dumps(data)


def test_default_path_is_a_database_under_recstudio_home(_private_home: Path) -> None:
    ledger = Ledger()
    assert ledger.path == default_ledger_path()
    assert ledger.path.name == "ledger.sqlite3"
    assert _private_home in ledger.path.parents
    _new(ledger)
    with sqlite3.connect(ledger.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"recordings", "meta"} <= tables
    assert ledger.path.stat().st_mode & 0o077 == 0  # owner-only


def test_latest_state_wins_and_survives_reload(tmp_path: Path, clock) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3", clock=clock)
    entry = _new(ledger)
    entry = ledger.mark(entry, state="acquired", resource_id="R1")
    clock.now += 1
    ledger.mark(entry, state="started", sid="S1", files=[{"fileName": "a.m3u8"}])
    fresh = Ledger(tmp_path / "l.sqlite3")
    [only] = fresh.entries()
    assert (only.state, only.resource_id, only.sid) == ("started", "R1", "S1")
    assert only.files == [{"fileName": "a.m3u8"}]
    assert only.updated_at > only.created_at
    assert fresh.find_sid("S1") == only
    assert fresh.get(entry.id) == only
    assert fresh.count() == 1


def test_a_mark_writes_only_what_it_changes(tmp_path: Path) -> None:
    """Two processes marking one recording (the app polls while the CLI stops it) must not
    undo each other's fields with a stale snapshot."""
    path = tmp_path / "l.sqlite3"
    app, cli = Ledger(path), Ledger(path)
    entry = app.mark(_new(app), state="running", sid="S", resource_id="R")
    cli.mark(entry.id, state="stopped", files=[{"fileName": "x.mp4"}])
    app.mark(entry, last_status=5)  # the app's copy still says "running"
    final = Ledger(path).get(entry.id)
    assert final is not None
    assert (final.state, final.files, final.last_status) == (
        "stopped",
        [{"fileName": "x.mp4"}],
        5,
    )


def test_may_be_running_lists_everything_not_final(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    states = ["acquired", "starting", "started", "running", "stopping", "unknown",
              "stopped", "failed", "exited"]  # fmt: skip
    for i, state in enumerate(states):
        e = _new(ledger, uid=str(i + 1))
        ledger.mark(e, state=state, sid=None if state == "starting" else f"S{i}")
    listed = {e.state for e in ledger.may_be_running()}
    assert listed == {"acquired", "starting", "started", "running", "stopping", "unknown"}
    assert [e.state for e in ledger.recent_finished(2)] == ["failed", "exited"]


def test_queries_use_the_indexes(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    _new(ledger)
    with sqlite3.connect(ledger.path) as db:
        by_sid = db.execute("EXPLAIN QUERY PLAN SELECT * FROM recordings WHERE sid = 'x'")
        assert "recordings_sid" in str(by_sid.fetchall())
        live = db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM recordings WHERE state IN ('running', 'started')"
        )
        assert "recordings_state" in str(live.fetchall())


def test_starting_without_sid_warns_about_max_idle_time(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    e = ledger.mark(_new(ledger), state="starting", resource_id="R")
    assert e.caution().startswith(
        "a start was sent; if it reached Agora a recording may be running until maxIdleTime"
    )
    running = ledger.mark(e, state="running", sid="S9")
    assert "S9" in running.caution()


def test_unknown_state_and_columns_rejected(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    entry = _new(ledger)
    with pytest.raises(ValueError):
        ledger.mark(entry, state="recording")
    with pytest.raises(TypeError):
        ledger.mark(entry, secret="x")
    with pytest.raises(KeyError):
        ledger.mark("no-such-id", state="failed")


@pytest.mark.parametrize(
    ("column", "value"),
    [("created_at", "yesterday"), ("cname", None), ("state", "recording"), ("mode", "solo"),
     ("uid", b"\x00"), ("files", "not json"), ("cname", ""), ("last_status", "five")],
)  # fmt: skip
def test_constraints_keep_bad_rows_out(tmp_path: Path, column: str, value: object) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    good = _new(ledger)
    row = ledger_module._row(good) | {"id": "other", column: value}
    with sqlite3.connect(ledger.path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute(ledger_module._INSERT, row)
    assert [e.id for e in Ledger(ledger.path).entries()] == [good.id]


def test_compact_deletes_old_finished_entries(tmp_path: Path, clock) -> None:
    path = tmp_path / "l.sqlite3"
    ledger = Ledger(path, clock=clock)
    old = ledger.mark(_new(ledger, uid="1"), state="stopped", sid="OLD")
    live = ledger.mark(_new(ledger, uid="2"), state="running", sid="LIVE")
    clock.now += 30 * 24 * 3600
    recent = ledger.mark(_new(ledger, uid="3"), state="failed")
    assert ledger.compact() == 2
    ids = {e.id for e in Ledger(path).entries()}
    assert ids == {live.id, recent.id}
    assert old.id not in ids


def test_no_credentials_in_urls(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    ledger = Ledger(path)
    _new(ledger, base_url="https://cust:s3cr3t@api.sd-rtn.com")
    ledger.close()
    assert b"s3cr3t" not in _stored_bytes(path)
    assert strip_userinfo("https://a:b@h:1/x") == "https://h:1/x"
    [entry] = Ledger(path).entries()
    assert entry.base_url == "https://api.sd-rtn.com"
    assert entry.to_json()["v"] == 1


# -- refusals -------------------------------------------------------------------------------


def test_full_database_refuses_with_path_and_cause(tmp_path: Path) -> None:
    """SQLITE_FULL for real: the database may not grow past its current pages."""
    ledger = Ledger(tmp_path / "l.sqlite3")
    first = _new(ledger)
    db = ledger._connection()
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LedgerError) as caught:
        for i in range(200):  # fills the last free page, then refuses
            _new(ledger, uid=str(i + 100), cname="x" * 2000)
    message = str(caught.value)
    assert str(ledger.path) in message
    assert "the disk is full" in message and "SQLITE_FULL" in message
    assert Ledger(ledger.path).get(first.id) is not None


def test_read_only_database_refuses(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite3")
    entry = _new(ledger)
    ledger._connection().execute("PRAGMA query_only = ON")
    with pytest.raises(LedgerError, match="read-only") as caught:
        ledger.mark(entry, state="starting")
    assert str(ledger.path) in str(caught.value)
    assert Ledger(ledger.path).get(entry.id).state == "acquiring"  # type: ignore[union-attr]


def test_lock_held_past_the_timeout_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger_module, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "l.sqlite3"
    _new(Ledger(path))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writes and does not let go
    try:
        with pytest.raises(LedgerError, match=r"locked for more than 0\.2 s") as caught:
            _new(Ledger(path))
        assert str(path) in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(Ledger(path).entries()) == 1


def test_unopenable_path_refuses(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LedgerError, match="could not be opened"):
        Ledger(blocker / "l.sqlite3").may_be_running()


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    _new(Ledger(path))
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LedgerError, match="newer than this recstudio"):
        Ledger(path).entries()


_WRITER = textwrap.dedent(
    """
    import sys
    from recstudio.api.ledger import Ledger
    ledger = Ledger(sys.argv[1])
    for i in range(40):
        e = ledger.create(profile="p", base_url="http://127.0.0.1:1", app_id="a",
                          cname=sys.argv[2], uid=str(i + 1), mode="mix")
        ledger.mark(e, state="running", sid=f"{sys.argv[2]}-{i}")
    """
)


def test_several_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), f"p{n}"]) for n in range(3)
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    entries = Ledger(path).may_be_running()
    assert len(entries) == 120
    assert {e.sid for e in entries} == {f"p{n}-{i}" for n in range(3) for i in range(40)}


def test_opening_waits_for_a_reader_before_switching_to_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The WAL switch needs the exclusive lock, which SQLite can refuse (SQLITE_BUSY) while
    another process holds the file: one of three writers opening a new ledger together on a
    loaded machine failed there. The open tries again, here until the reader lets go."""
    from recstudio.api import ledger as ledger_module

    path = tmp_path / "l.sqlite3"
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("CREATE TABLE other (x)")
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM other").fetchall()  # holds a shared lock on the file
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        pauses.append(seconds)
        if reader.in_transaction:
            reader.execute("COMMIT")  # the other process finishes its read

    monkeypatch.setattr(ledger_module, "_busy_sleep", pause)
    monkeypatch.setattr(ledger_module, "BUSY_TIMEOUT_S", 0.2)  # each try waits this long
    ledger = Ledger(path)
    assert ledger.open() == []
    assert pauses, "the first try met the reader's lock"
    assert ledger._connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ledger.close()
    reader.close()


# -- the old journal (items 1 and 7) ---------------------------------------------------------


def test_old_journal_is_imported_once_and_kept_as_backup(tmp_path: Path) -> None:
    legacy = tmp_path / "ledger.jsonl"
    legacy.write_text(
        "\n".join(
            [
                _old_line("a"),
                _old_line("a", state="running", sid="SA", resource_id="RA", updated_at=101.0),
                _old_line("b", state="stopped", sid="SB", created_at=50.0),
                '{"id": "torn", "state": "sta',
            ]
        )
    )
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    assert ledger.open() == ["ledger.jsonl line 4: not JSON (a torn write?); skipped"]
    assert [(e.id, e.state, e.sid) for e in ledger.entries()] == [
        ("b", "stopped", "SB"),
        ("a", "running", "SA"),
    ]
    assert not legacy.exists()
    assert (tmp_path / "ledger.jsonl.imported").read_text().count("\n") == 3
    assert Ledger(tmp_path / "ledger.sqlite3").open() == []  # reported once


def test_bad_rows_cost_only_themselves(tmp_path: Path) -> None:
    """Item 7: valid JSON with wrong types (each crashed ``record list`` before)."""
    legacy = tmp_path / "ledger.jsonl"
    missing_sid = json.loads(_old_line("m"))
    del missing_sid["sid"]
    legacy.write_text(
        "\n".join(
            [
                _old_line("good", state="running", sid="S1"),
                _old_line("t", created_at="2026-01-01"),
                _old_line("n", cname=None),
                json.dumps(missing_sid),
                "[1, 2]",
                _old_line("s", state="recording"),
                _old_line("u", uid=7),
            ]
        )
    )
    problems = Ledger(tmp_path / "ledger.sqlite3").open()
    assert problems == [
        "ledger.jsonl line 2: created_at must be a number, got a string; skipped",
        "ledger.jsonl line 3: cname must be a string, got null; skipped",
        "ledger.jsonl line 4: missing sid; skipped",
        "ledger.jsonl line 5: expected an object, got a list; skipped",
        "ledger.jsonl line 6: state 'recording' is not one of acquiring, acquired, starting, "
        "started, running, stopping, stopped, failed, exited, unknown; skipped",
        "ledger.jsonl line 7: uid must be a string, got a number; skipped",
    ]
    assert [e.sid for e in Ledger(tmp_path / "ledger.sqlite3").may_be_running()] == ["S1"]


def test_a_row_the_database_cannot_take_costs_only_itself(tmp_path: Path) -> None:
    """Valid JSON that passes a type check yet cannot be a row — NaN (SQLite stores it as
    NULL), an integer past 64 bits, a lone surrogate, nesting past Python's stack — made
    the whole import fail, so no launch ever listed the good rows that may still bill."""
    legacy = tmp_path / "ledger.jsonl"
    legacy.write_text(
        "\n".join(
            [
                _old_line("nan", created_at=float("nan")),
                _old_line("inf", updated_at=float("inf")),
                _old_line("big", last_status=10**30),
                _old_line("sur", last_error="\ud800"),
                _old_line("fsur", files=[{"fileName": "\udc80.m3u8"}]),
                _old_line("fnan", files=[{"sliceStartTime": float("nan")}]),
                "[" * 100_000 + "]" * 100_000,
                _old_line("good", state="running", sid="S1"),
            ]
        ),
        encoding="utf-8",
    )
    problems = Ledger(tmp_path / "ledger.sqlite3").open()
    assert problems == [
        "ledger.jsonl line 1: created_at must be a finite number, got nan; skipped",
        "ledger.jsonl line 2: updated_at must be a finite number, got inf; skipped",
        "ledger.jsonl line 3: last_status is out of range (SQLite integers have 64 bits); skipped",
        "ledger.jsonl line 4: last_error holds text that is not valid Unicode (a lone "
        "surrogate); skipped",
        "ledger.jsonl line 5: files holds text that is not valid Unicode (a lone surrogate); "
        "skipped",
        "ledger.jsonl line 6: files holds NaN or Infinity, which JSON cannot carry; skipped",
        "ledger.jsonl line 7: not JSON (a torn write?); skipped",
    ]
    assert [e.sid for e in Ledger(tmp_path / "ledger.sqlite3").may_be_running()] == ["S1"]


def test_what_a_server_sends_never_stops_a_mark(tmp_path: Path) -> None:
    """A reason with a lone surrogate, a status past 64 bits or NaN in a file list (all
    readable by Python's json from an answer) are stored as well as they can be; before,
    the mark raised OverflowError/UnicodeEncodeError past every LedgerError handler."""
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    entry = ledger.create(profile="p", base_url="https://x", app_id="a", cname="c", uid="1",
                          mode="mix")  # fmt: skip
    ledger.mark(entry, state="running", sid="S9", last_status=2**70, last_error="bad \udc9f",
                files=[{"n": float("nan"), "f": "\ud800"}])  # fmt: skip
    stored = Ledger(tmp_path / "ledger.sqlite3").find_sid("S9")
    assert stored is not None and stored.state == "running"
    assert stored.last_status is None
    assert stored.last_error == "bad \\udc9f"
    assert stored.files == [{"n": None, "f": "\ud800"}]


def test_every_connection_sets_full_sync_itself(tmp_path: Path, monkeypatch) -> None:
    """Review finding: the FULL/NORMAL choice was cached on the Ledger, not the connection,
    so a reopened ledger skipped the PRAGMA and its "durable" commits ran at the library's
    WAL default (NORMAL where SQLITE_DEFAULT_WAL_SYNCHRONOUS=1). Each connection is traced:
    every one must set FULL before its first durable commit."""
    real_connect = sqlite3.connect
    traces: list[list[str]] = []

    def traced(*args: Any, **kw: Any) -> sqlite3.Connection:
        db = real_connect(*args, **kw)
        statements: list[str] = []
        traces.append(statements)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(ledger_module.sqlite3, "connect", traced)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    entry = ledger.create(profile="p", base_url="https://x", app_id="a", cname="c", uid="1",
                          mode="mix")  # fmt: skip
    ledger.close()
    ledger.mark(entry, state="starting")
    assert len(traces) == 2
    for statements in traces:
        assert "PRAGMA synchronous = FULL" in statements
        sync = statements.index("PRAGMA synchronous = FULL")
        writes = [i for i, s in enumerate(statements) if s.startswith(("INSERT", "UPDATE"))]
        assert sync < writes[0]


def test_record_list_survives_a_bad_old_journal(tmp_path: Path, capsys) -> None:
    from recstudio.cli import main

    legacy = default_ledger_path().with_name("ledger.jsonl")
    legacy.write_text(_old_line("t", created_at="x") + "\n" + _old_line("ok", sid="S2") + "\n")
    assert main(["record", "list"]) == 0
    out, err = capsys.readouterr()
    assert "warning: ledger.jsonl line 1: created_at must be a number" in err
    assert "acquiring" in out
    assert main(["record", "list"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_reimport_after_a_kill_before_the_rename_changes_nothing(tmp_path: Path) -> None:
    """The import commits, then renames: a kill between the two leaves the journal, and
    the next start imports it again without duplicating or undoing newer marks."""
    legacy = tmp_path / "ledger.jsonl"
    text = _old_line("a", state="running", sid="SA") + "\n"
    legacy.write_text(text)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ledger.mark("a", state="stopped")
    legacy.write_text(text)  # as if the rename never happened
    again = Ledger(tmp_path / "ledger.sqlite3")
    assert [(e.id, e.state) for e in again.entries()] == [("a", "stopped")]
    assert not legacy.exists()
    assert (tmp_path / "ledger.jsonl.imported.1").exists()


@pytest.mark.parametrize(("where", "count"), [("insert", 1), ("insert", 1500), ("rename", 0)])
def test_sigkill_during_the_import_loses_nothing(tmp_path: Path, where: str, count: int) -> None:
    legacy = tmp_path / "ledger.jsonl"
    lines = [
        _old_line(f"e{i}", state="stopped" if i % 3 else "running", sid=f"S{i}",
                  created_at=float(i), updated_at=float(i))
        for i in range(3000)
    ]  # fmt: skip
    legacy.write_text("\n".join(lines) + "\n")
    db_path = tmp_path / "ledger.sqlite3"
    child = subprocess.run(
        [sys.executable, "-c", KILL_DURING_IMPORT, str(db_path), where, str(count)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert legacy.exists()  # the rename comes only after the commit
    ledger = Ledger(db_path)
    assert ledger.open() == []
    assert ledger.count() == 3000
    assert len(ledger.may_be_running()) == 1000
    assert not legacy.exists() and (tmp_path / "ledger.jsonl.imported").exists()


def test_parse_journal_keeps_the_last_good_snapshot() -> None:
    raw = "\n".join(
        [_old_line("a", state="running", sid="S"), _old_line("a", state=7), ""]
    ).encode()
    entries, problems = parse_journal(raw)
    assert [(e.id, e.state) for e in entries] == [("a", "running")]
    assert problems == ["ledger.jsonl line 2: state must be a string, got a number; skipped"]
    assert isinstance(entries[0], LedgerEntry)


def test_unreadable_old_journal_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "ledger.jsonl").mkdir()  # reading it fails with IsADirectoryError
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    [problem] = ledger.open()
    assert "cannot be read" in problem
    assert ledger.may_be_running() == []
    assert os.path.isdir(tmp_path / "ledger.jsonl")


def test_schema_1_database_is_rebuilt_to_take_raw_recordings(tmp_path: Path) -> None:
    """Schema 2 widens the mode CHECK for raw (agora-2026.md §1); a database written by
    schema 1 keeps its rows and indexes and accepts raw afterwards."""
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    for statement in ledger_module.MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO recordings VALUES ('old1', 'Sandbox', 'http://127.0.0.1:1', ?, 'room',"
        " '42', 'individual', 'RID', 'SID', 'running', 100.0, 100.0, 5, NULL, '[]')",
        ("a" * 32,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):  # what schema 1 refused
        db.execute(
            "INSERT INTO recordings VALUES ('x', 'p', 'u', 'a', 'c', '1', 'raw', NULL, NULL,"
            " 'acquiring', 1.0, 1.0, NULL, NULL, '[]')"
        )
    db.commit()
    db.close()
    ledger = Ledger(path)
    [old] = ledger.may_be_running()
    assert (old.id, old.mode, old.sid, old.last_status) == ("old1", "individual", "SID", 5)
    raw = _new(ledger, mode="raw", cname="panel")
    assert Ledger(path).get(raw.id).mode == "raw"
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        indexes = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"recordings_sid", "recordings_state", "recordings_created"} <= indexes
    with pytest.raises(LedgerError):
        _new(ledger, mode="composite")  # still a CHECK: unknown modes stay out
