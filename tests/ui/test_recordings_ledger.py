"""Issue 10 in the window: a recording whose start went through while the ledger stopped
taking writes keeps its row and sid, a banner says so, and the app writes it again once
the database works; a refused first write sends nothing. Real SQLite (its own read-only
switch, SQLITE_READONLY), the in-process Sandbox over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from window_kit import dispose_window, window_sandbox

from recstudio.api.ledger import Ledger, LedgerEntry, default_ledger_path
from recstudio.emulator import Timing
from recstudio.settings.workspaces import Workspace
from recstudio.ui.launch import build_main_window

FAST = Timing(status_schedule=((0.0, 1), (0.1, 4), (0.3, 5)), mix_first_slice_s=0.5)


class _DiskFillsAt(Ledger):
    """Turns the database read-only just before the commit of ``state`` (and keeps it so
    until ``heal``), the way a disk that fills up mid-start does."""

    def __init__(self, state: str) -> None:
        super().__init__(default_ledger_path())
        self.fill_at = state

    def mark(self, entry: LedgerEntry | str, *, durable: bool = True, **kw: Any) -> LedgerEntry:
        if kw.get("state") == self.fill_at:
            self._connection().execute("PRAGMA query_only = ON")
        return super().mark(entry, durable=durable, **kw)

    def heal(self) -> None:
        self.fill_at = ""
        self._connection().execute("PRAGMA query_only = OFF")


@pytest.fixture
def sandbox():
    with window_sandbox(FAST) as host:
        yield host


def _open(qtbot, ledger: Ledger):
    win = build_main_window()
    c = win.recordings.controller
    c._ledger = ledger
    c.options.first_query_delay_s = 0.05
    c.options.confirm_backoff_s = (0.1,)
    c.options.poll_interval_s = 0.3
    c.backlog.timer.setInterval(100)
    win.show()
    win.workspaces.switch(Workspace.RECORDINGS)  # where the recordings panel is on screen
    qtbot.waitUntil(lambda: c.loaded, timeout=5000)
    d = win.document
    d.set_value(("cname",), "full-disk-room")
    d.set_value(("uid",), "527841")
    for key, value in (("bucket", "b"), ("accessKey", "AK"), ("secretKey", "SK")):
        d.set_value(("start", "storageConfig", key), value)
    d.refresh()
    return win


def test_started_recording_kept_with_a_banner_and_written_later(qtbot, sandbox) -> None:
    ledger = _DiskFillsAt("started")
    win = _open(qtbot, ledger)
    c = win.recordings.controller
    try:
        win.recordings.toolbar.act_start.trigger()
        qtbot.waitUntil(lambda: bool(win.recordings.panel.ledger_banner.text()), timeout=8000)
        (item,) = c.items.values()
        sid = item.sid
        assert sid and sandbox.server.recording(sid).alive
        banner = win.recordings.panel.ledger_banner
        assert banner.isVisible()
        assert sid in banner.text() and "read-only" in banner.text()
        assert str(ledger.path) in banner.text()
        assert Ledger(ledger.path).find_sid(sid) is None  # only the window knows it
        assert item.error and sid in item.error["title"]
        assert item.state in ("started", "running")  # not the database's "starting"
        qtbot.waitUntil(lambda: item.server_status == 5, timeout=5000)  # polls go on
        ledger.heal()  # the disk has room again: the retry (or the next poll) writes it
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=8000)
        entry = Ledger(ledger.path).find_sid(sid)
        assert entry is not None and entry.may_be_running
        assert not len(c.pending)
    finally:
        dispose_window(win)


def test_refused_first_write_sends_nothing(qtbot, sandbox) -> None:
    ledger = Ledger(default_ledger_path())
    win = _open(qtbot, ledger)
    c = win.recordings.controller
    try:
        ledger._connection().execute("PRAGMA query_only = ON")
        win.recordings.toolbar.act_start.trigger()
        qtbot.waitUntil(lambda: c.last_error is not None and not c.starting, timeout=8000)
        assert c.last_error is not None
        assert "no acquire was sent" in c.last_error["title"]
        assert str(ledger.path) in c.last_error["title"]
        assert not [r for r in c.log if r.endpoint in ("acquire", "start")]
        assert not win.recordings.panel.ledger_banner.isVisible()
    finally:
        dispose_window(win)


def test_unreadable_ledger_is_reported_and_profiles_still_load(qtbot, sandbox) -> None:
    path = default_ledger_path()
    path.write_bytes(b"this is not a database" * 100)
    win = build_main_window()
    c = win.recordings.controller
    win.show()
    try:
        qtbot.waitUntil(lambda: c.loaded, timeout=5000)
        assert c.profile_names  # the Sandbox profile at least
        assert c.last_error is not None
        assert str(path) in c.last_error["title"]
        assert "damaged or not a recstudio ledger" in c.last_error["title"]
    finally:
        dispose_window(win)
