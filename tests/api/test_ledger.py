"""The crash-safe journal (reliability §6.4): torn lines, may-be-running, compaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recstudio.api.ledger import Ledger
from recstudio.model.routes import strip_userinfo


def _new(ledger: Ledger, **kw):
    base = {
        "profile": "Sandbox",
        "base_url": "http://127.0.0.1:1",
        "app_id": "a" * 32,
        "cname": "room",
        "uid": "42",
        "mode": "mix",
    }
    base.update(kw)
    return ledger.create(**base)


def test_default_path_is_under_recstudio_home(_private_home: Path) -> None:
    ledger = Ledger()
    assert ledger.path.name == "ledger.jsonl"
    assert _private_home in ledger.path.parents


def test_latest_snapshot_wins_and_survives_reload(tmp_path: Path, clock) -> None:
    ledger = Ledger(tmp_path / "l.jsonl", clock=clock)
    entry = _new(ledger)
    entry = ledger.mark(entry, state="acquired", resource_id="R1")
    clock.now += 1
    ledger.mark(entry, state="started", sid="S1")
    fresh = Ledger(tmp_path / "l.jsonl")
    [only] = fresh.entries()
    assert (only.state, only.resource_id, only.sid) == ("started", "R1", "S1")
    assert only.updated_at > only.created_at
    assert fresh.find_sid("S1") == only


def test_torn_last_line_is_ignored_and_next_write_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    ledger = Ledger(path)
    entry = _new(ledger)
    with path.open("ab") as f:
        f.write(b'{"id": "torn", "state": "sta')  # SIGKILL mid-write
    assert [e.id for e in Ledger(path).entries()] == [entry.id]
    ledger.mark(entry, state="starting", resource_id="R")
    loaded = Ledger(path).entries()
    assert [(e.id, e.state) for e in loaded] == [(entry.id, "starting")]


def test_garbage_file_does_not_break_loading(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    path.write_bytes(b'\x00\xffnot json\n[1,2]\n{"no": "id"}\n')
    assert Ledger(path).entries() == []


def test_may_be_running_lists_everything_not_final(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.jsonl")
    states = ["acquired", "starting", "started", "running", "stopping", "unknown",
              "stopped", "failed", "exited"]  # fmt: skip
    for i, state in enumerate(states):
        e = _new(ledger, uid=str(i + 1))
        ledger.mark(e, state=state, sid=None if state == "starting" else f"S{i}")
    listed = {e.state for e in ledger.may_be_running()}
    assert listed == {"acquired", "starting", "started", "running", "stopping", "unknown"}


def test_starting_without_sid_warns_about_max_idle_time(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.jsonl")
    e = ledger.mark(_new(ledger), state="starting", resource_id="R")
    assert e.caution().startswith(
        "a start was sent; if it reached Agora a recording may be running until maxIdleTime"
    )
    running = ledger.mark(e, state="running", sid="S9")
    assert "S9" in running.caution()


def test_unknown_state_rejected(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.jsonl")
    with pytest.raises(ValueError):
        ledger.mark(_new(ledger), state="recording")


def test_compact_keeps_live_and_recent_entries(tmp_path: Path, clock) -> None:
    path = tmp_path / "l.jsonl"
    ledger = Ledger(path, clock=clock)
    old = ledger.mark(_new(ledger, uid="1"), state="stopped", sid="OLD")
    live = ledger.mark(_new(ledger, uid="2"), state="running", sid="LIVE")
    clock.now += 30 * 24 * 3600
    recent = ledger.mark(_new(ledger, uid="3"), state="failed")
    assert len(path.read_text().splitlines()) == 6
    assert ledger.compact() == 2
    ids = {e.id for e in Ledger(path).entries()}
    assert ids == {live.id, recent.id}
    assert old.id not in ids
    assert len(path.read_text().splitlines()) == 2
    assert not list(tmp_path.glob(".ledger-*"))


def test_no_credentials_in_urls(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    ledger = Ledger(path)
    _new(ledger, base_url="https://cust:s3cr3t@api.sd-rtn.com")
    assert "s3cr3t" not in path.read_text()
    assert strip_userinfo("https://a:b@h:1/x") == "https://h:1/x"
    line = json.loads(path.read_text().splitlines()[0])
    assert line["v"] == 1
    assert line["base_url"] == "https://api.sd-rtn.com"
