"""Issue 13 point 7 with a real SIGKILL and no Agora account: the app records on the
built-in Sandbox and is killed; the next launch finds the recording in the ledger, and the
Sandbox — restarted with the app — still has it running, so query and stop work (before,
every recovered Sandbox recording answered 404)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from window_kit import dispose_window, recording_child, relaunched_window

from recstudio.api.ledger import Ledger
from recstudio.ui.recordings.connections import (
    sandbox_state_path,
    set_shared_sandbox,
    shared_sandbox,
)

_CHILD = recording_child(
    setup="""
    from recstudio.ui.recordings.connections import sandbox_state_path
    d.set_value(("cname",), "crash-room")  # the default profile: the built-in Sandbox
    """,
    ready="sandbox_state_path().exists() and sid in sandbox_state_path().read_text('utf-8')",
    then="""
    print("SID", sid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """,
)


def test_sandbox_recording_survives_an_app_crash(qtbot) -> None:
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True, text=True, timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    sid = child.stdout.split("SID ", 1)[1].split()[0]
    assert [e.sid for e in Ledger().may_be_running()] == [sid]
    assert "SK" not in sandbox_state_path().read_text(encoding="utf-8").split('"')

    set_shared_sandbox(None)  # this process's own Sandbox, as a relaunched app has
    win, c, item = relaunched_window(qtbot)
    try:
        assert item.sid == sid and item.recovered
        qtbot.waitUntil(lambda: any(r.endpoint == "query" for r in c.log), timeout=8000)
        query = next(r for r in c.log if r.endpoint == "query")
        assert query.http_status == 200, query  # not the 404 of a forgotten recording
        qtbot.waitUntil(lambda: item.server_status == 5, timeout=5000)
        win.recordings.panel.select(item.key)
        win.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state in ("stopped", "no_files"), timeout=8000)
        assert not shared_sandbox().server.recording(sid).alive
        assert Ledger().may_be_running() == []
    finally:
        dispose_window(win)
        shared_sandbox().stop()
        set_shared_sandbox(None)
