"""Issue 6 crash test with a real SIGKILL: the app runs in a child process against a
Sandbox served by this test process; once its recording runs the child is killed (no close
hook, no stop, no flush). A fresh window with the same user directories must list the
recording from the ledger, query it and stop it — over real HTTP."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from window_kit import dispose_window, recording_child, relaunched_window

from recstudio.api.ledger import Ledger
from recstudio.emulator import SandboxServer, Timing
from recstudio.settings.profiles import Profile, ProfileStore

CUSTOMER_ID, CUSTOMER_SECRET = "kill-test", "kill-test-secret-81b"
APP_ID = "0123456789abcdef0123456789abcdef"

_CHILD = recording_child(
    setup="""
    d.set_value(("profile",), "Local")
    d.set_value(("app_id",), sys.argv[1])
    d.set_value(("cname",), "kill-room")
    """,
    then="""
    print("SID", sid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close hook, no stop, nothing flushed
    """,
)


@pytest.fixture
def server():
    fast = Timing(status_schedule=((0.0, 1), (0.1, 4), (0.2, 5)), mix_first_slice_s=0.3)
    srv = SandboxServer(customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET, timing=fast)
    srv.start()
    srv.channel(APP_ID, "kill-room").join("1001")  # someone publishes: stop has files
    yield srv
    srv.stop()


def test_sigkilled_app_recording_is_listed_queried_and_stopped(qtbot, server, monkeypatch):
    monkeypatch.setenv("AGORA_CUSTOMER_ID", CUSTOMER_ID)
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", CUSTOMER_SECRET)
    ProfileStore().upsert(Profile(name="Local", base_url=server.base_url, customer_id=CUSTOMER_ID))

    child = subprocess.run(
        [sys.executable, "-c", _CHILD, APP_ID],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    sid = child.stdout.split("SID ", 1)[1].split()[0]
    assert server.recording(sid).alive
    assert [e.sid for e in Ledger().may_be_running()] == [sid]

    win, c, item = relaunched_window(qtbot)
    try:
        assert item.sid == sid and item.recovered
        # queried at launch (the ledger already says 5 from before the kill, so wait for
        # the query itself, not the status)
        qtbot.waitUntil(lambda: any(r.endpoint == "query" for r in c.log), timeout=8000)
        qtbot.waitUntil(lambda: item.server_status == 5, timeout=5000)
        win.recordings.panel.select(item.key)
        win.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
        assert not server.recording(sid).alive
        assert Ledger().may_be_running() == []
        stored = json.dumps([e.to_json() for e in Ledger().entries()])
        assert CUSTOMER_SECRET not in stored and "SK" not in json.loads(stored)[0].values()
    finally:
        dispose_window(win)


def test_recovered_recording_asks_for_the_secret_without_a_keyring(
    qtbot, server, monkeypatch
) -> None:
    """Issue 13 point 7: after the crash this session has no secret (no keyring, no
    environment); the recovered row's details ask for it, then query and stop work."""
    ProfileStore().upsert(Profile(name="Local", base_url=server.base_url, customer_id=CUSTOMER_ID))
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, APP_ID],
        capture_output=True, text=True, timeout=60,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "AGORA_CUSTOMER_SECRET": CUSTOMER_SECRET,  # the crashed session had it
        },
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    sid = child.stdout.split("SID ", 1)[1].split()[0]
    monkeypatch.delenv("AGORA_CUSTOMER_SECRET", raising=False)

    win, _c, item = relaunched_window(qtbot)
    try:
        from recstudio.settings.workspaces import Workspace

        win.workspaces.actions[Workspace.RECORDINGS].trigger()  # the table and details
        win.recordings.panel.select(item.key)
        qtbot.waitUntil(lambda: (item.error or {}).get("needs_secret") == "Local", timeout=8000)
        panel = win.recordings.panel
        qtbot.waitUntil(panel.secret_box.isVisible, timeout=3000)
        assert "Local" in panel.secret_label.text()
        qtbot.keyClicks(panel.secret_edit, CUSTOMER_SECRET)
        panel.secret_button.click()
        assert panel.secret_edit.text() == ""  # not kept in the widget
        qtbot.waitUntil(lambda: item.server_status == 5, timeout=8000)
        assert not panel.secret_box.isVisible()
        win.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
        assert not server.recording(sid).alive
        stored = json.dumps([e.to_json() for e in Ledger().entries()])
        assert CUSTOMER_SECRET not in stored
    finally:
        dispose_window(win)
