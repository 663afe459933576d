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
import textwrap

import pytest
from window_kit import dispose_window

from recstudio.api.ledger import Ledger
from recstudio.emulator import SandboxServer, Timing
from recstudio.settings.profiles import Profile, ProfileStore

CUSTOMER_ID, CUSTOMER_SECRET = "kill-test", "kill-test-secret-81b"
APP_ID = "0123456789abcdef0123456789abcdef"

_CHILD = textwrap.dedent(
    """
    import os, sys, signal
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from recstudio.api.ledger import Ledger
    from recstudio.ui.launch import build_main_window
    w = build_main_window()
    c = w.recordings
    c.options.first_query_delay_s = 0.05
    c.options.confirm_backoff_s = (0.1,)
    w.show()
    d = w.document
    d.set_value(("profile",), "Local")
    d.set_value(("app_id",), sys.argv[1])
    d.set_value(("cname",), "kill-room")
    d.set_value(("uid",), "527841")
    for key, value in (("bucket", "b"), ("accessKey", "AK"), ("secretKey", "SK")):
        d.set_value(("start", "storageConfig", key), value)
    d.refresh()
    def start():
        if not c.loaded:
            QTimer.singleShot(50, start)
            return
        c.start()
        QTimer.singleShot(50, watch)
    def watch():
        running = [e for e in Ledger().may_be_running() if e.sid and e.state == "running"]
        if running:
            print("SID", running[0].sid, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)  # no close hook, no stop, nothing flushed
        QTimer.singleShot(50, watch)
    QTimer.singleShot(0, start)
    QTimer.singleShot(30000, lambda: app.exit(3))
    app.exec()
    """
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

    from recstudio.ui.launch import build_main_window

    win = build_main_window()
    c = win.recordings
    c.options.poll_interval_s = 0.3
    win.show()
    try:
        qtbot.waitUntil(lambda: c.loaded and len(c.items) == 1, timeout=5000)
        (item,) = c.items.values()
        assert item.sid == sid and item.recovered
        # queried at launch (the ledger already says 5 from before the kill, so wait for
        # the query itself, not the status)
        qtbot.waitUntil(lambda: any(r.endpoint == "query" for r in c.log), timeout=8000)
        qtbot.waitUntil(lambda: item.server_status == 5, timeout=5000)
        c.panel.select(item.key)
        c.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
        assert not server.recording(sid).alive
        assert Ledger().may_be_running() == []
        stored = json.dumps([e.to_json() for e in Ledger().entries()])
        assert CUSTOMER_SECRET not in stored and "SK" not in json.loads(stored)[0].values()
    finally:
        dispose_window(win)
