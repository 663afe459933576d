"""Issue 16 Build 5 in the window: the Sandbox really uploads a recording to a moto bucket
whose key may not write, the app's own receiver gets the uploader error as it happens, and
Diagnose runs the storage check (on a worker) naming the key to fix."""

from __future__ import annotations

from typing import Any

from s3_kit import S3Server, storage_config
from window_kit import dispose_window, window_sandbox

from recstudio.emulator import Timing
from recstudio.events.store import EventStore
from recstudio.settings.profiles import SANDBOX_APP_ID
from recstudio.ui.launch import build_main_window

FAST = Timing(status_schedule=((0.0, 1), (0.1, 2), (0.2, 3), (0.3, 4), (0.6, 5)),
              mix_first_slice_s=0.5)  # fmt: skip
READ_ONLY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}],
}


def _has_event(sid: str, event_type: int) -> bool:
    with EventStore() as store:
        return any(k.event and k.event.event_type == event_type for k in store.events_for(sid))


def test_diagnose_runs_the_storage_check_on_the_recordings_bucket(qtbot: Any, s3: S3Server) -> None:
    reader = s3.user(READ_ONLY)
    config = storage_config(s3, s3.bucket(), reader, ["rec"])
    with window_sandbox(FAST) as host:
        win = build_main_window()
        c = win.recordings.controller
        c.options.first_query_delay_s = 0.05
        c.options.poll_interval_s = 0.3
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: c.loaded, timeout=5000)
        try:
            receiving = win.event_receiving
            receiving.start(0, "ncs-ui-storage", remember=False)
            qtbot.waitUntil(lambda: receiving.running, timeout=5000)
            d = win.document
            d.set_value(("cname",), "upload-room")
            d.set_value(("uid",), "527841")
            d.project.start["storageConfig"] = config
            d.refresh()
            host.ensure_started("sandbox", "sandbox")
            host.server.notify(receiving.url, "ncs-ui-storage", tick_s=0.05)
            host.server.channel(SANDBOX_APP_ID, "upload-room").join("1001")
            win.recordings.toolbar.act_start.trigger()
            qtbot.waitUntil(lambda: len(c.items) == 1, timeout=5000)
            item = next(iter(c.items.values()))
            qtbot.waitUntil(lambda: item.state == "running", timeout=8000)
            win.recordings.panel.select(item.key)
            win.recordings.panel.stop_button.click()
            qtbot.waitUntil(lambda: _has_event(item.sid, 11), timeout=30000)
            assert _has_event(item.sid, 1) and not _has_event(item.sid, 31)
            dialog = win.recordings.panel.open_timeline()
            qtbot.waitUntil(lambda: dialog.diagnosis is not None, timeout=5000)
            assert dialog.storage_box.isChecked()
            dialog.diagnose_button.click()
            assert "Likely cause: your storage refused the upload" in dialog.answer.toPlainText()
            qtbot.waitUntil(lambda: "storage check: write allowed failed"
                            in dialog.answer.toPlainText(), timeout=20000)  # fmt: skip
            answer = dialog.answer.toPlainText()
            assert "Fix: Change storageConfig.accessKey" in answer
            assert reader.secret_key not in answer and reader.access_key not in answer
            assert dialog.status.text() == "storage check failed"
            dialog.refresh_button.click()  # a reload keeps the check, writes no new probe
            qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=5000)
            assert dialog.facts.storage is not None and dialog.facts.storage.failed
            dialog.close()
        finally:
            win.event_receiving.stop_now()
            dispose_window(win)
