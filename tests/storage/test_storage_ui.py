"""The window's storage dialogs (issue 15 item 7): the pre-flight result and a receipt,
fed by the real moto server, the network on a worker, the GUI thread free meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from s3_kit import S3Server, storage_config, write_only_policy
from window_kit import dispose_window

from recstudio.ui.launch import build_main_window

FULL = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}],
}


@pytest.fixture
def window(qtbot: Any) -> Any:
    win = build_main_window()
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def test_preflight_action_shows_each_step(window: Any, qtbot: Any, s3: S3Server) -> None:
    from recstudio.ui.storage_report import open_preflight

    keys = s3.user(write_only_policy())
    window.document.project.start["storageConfig"] = storage_config(
        s3, s3.bucket(), keys, ["studio"]
    )
    assert window.storage_actions["check"] in window.recording_menu.actions()
    dialog = open_preflight(window)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    text = dialog.view.toPlainText()
    assert text.startswith("ready")
    assert "expected with the write-only key Agora recommends" in text
    assert keys.secret_key not in text and keys.access_key not in text
    dialog.close()


def test_preflight_failure_names_the_field(window: Any, qtbot: Any, s3: S3Server) -> None:
    from recstudio.ui.storage_report import open_preflight

    config = storage_config(s3, "no-such-bucket-ui", s3.user(FULL), ["studio"])
    window.document.project.start["storageConfig"] = config
    dialog = open_preflight(window)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert not dialog.outcome.ok
    assert "fix: storageConfig.bucket" in dialog.view.toPlainText()
    dialog.close()


def test_receipt_dialog_complete_and_incomplete(
    window: Any, qtbot: Any, s3: S3Server, tmp_path: Path
) -> None:
    from recstudio.emulator.recorded_files import write_mix_recording
    from recstudio.emulator.upload import upload_files
    from recstudio.storage.verify import verify_recording
    from recstudio.ui.storage_report import StorageReportDialog, receipt_html

    config = storage_config(s3, s3.bucket(), s3.user(FULL), ["studio"])
    sid = "3" * 32
    files = write_mix_recording(
        tmp_path, sid, "room", started_ms=1_700_000_000_000, duration_s=6.0, segment_s=2.0
    )
    segments = [p for p in files.files if p.suffix == ".ts"]
    upload_files([p for p in files.files if p != segments[1]], config)
    facts = {"expected_files": f"{sid}_room.m3u8", "uploading_status": "uploaded"}

    def check() -> Any:
        return verify_recording(config, sid, facts=dict(facts))

    dialog = StorageReportDialog(window, "Files", check, receipt_html)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    text = dialog.view.toPlainText()
    assert text.startswith("Incomplete") and f"missing: {segments[1].name}" in text
    upload_files([segments[1]], config)
    first = dialog.outcome
    dialog.again.click()
    qtbot.waitUntil(lambda: dialog.outcome is not first, timeout=20000)
    assert dialog.view.toPlainText().startswith("Complete")
    dialog.close()


def test_panel_has_a_verify_button_for_stopped_recordings(window: Any) -> None:
    from recstudio.ui.recordings.items import RecordingItem
    from recstudio.ui.storage_report import verify_enabled

    panel = window.recordings.panel
    assert panel.verify_button.isEnabled() is False  # nothing selected
    item = RecordingItem("k", "Sandbox", "app", "room", "1", "mix", "running", 0.0, sid="s")
    assert not verify_enabled(item)  # still recording: nothing final to check yet
    item.state = "stopped"
    assert verify_enabled(item)
    item.sid = None
    assert not verify_enabled(item)
