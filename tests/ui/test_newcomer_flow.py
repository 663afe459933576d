"""The README newcomer path, driven through the widgets a person uses: type the channel,
recorder UID and storage into the forms until the start body is valid, press Start on the
Sandbox, watch it run, press Stop. Catches wiring that document-level tests cannot."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_kit import dispose_window, window_sandbox

from recstudio.emulator import Timing
from recstudio.ui.launch import build_main_window

FAST = Timing(status_schedule=((0.0, 1), (0.1, 4), (0.2, 5)), mix_first_slice_s=0.3)


@pytest.fixture
def sandbox():
    with window_sandbox(FAST) as host:
        yield host


def _type_into(qtbot, line, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_newcomer_fills_forms_starts_and_stops_on_the_sandbox(qtbot, sandbox) -> None:
    win = build_main_window()
    controller = win.recordings.controller
    controller.options.first_query_delay_s = 0.05
    controller.options.confirm_backoff_s = (0.1,)
    controller.options.poll_interval_s = 0.3
    win.show()
    qtbot.waitExposed(win)
    try:
        start = win.recordings.toolbar.act_start
        QApplication.processEvents()
        assert not start.isEnabled()  # a new project lacks channel, uid and storage

        session = win.section("session").widget
        _type_into(qtbot, session.editors[("cname",)].line, "newcomer-room")
        _type_into(qtbot, session.editors[("uid",)].line, "527841")
        storage = win.section("storage").forms[0]
        for key, value in (("bucket", "my-bucket"), ("accessKey", "AK"), ("secretKey", "SK")):
            row = next(r for r in storage.rows if r.meta.key == key)
            _type_into(qtbot, row.editor.line, value)
        QApplication.processEvents()

        assert win.document.problems == []  # a valid mix start body, from the forms alone
        body = json.loads(win.json_panel.text.toPlainText())
        assert body["cname"] == "newcomer-room" and body["uid"] == "527841"
        assert body["clientRequest"]["storageConfig"]["bucket"] == "my-bucket"
        qtbot.waitUntil(start.isEnabled, timeout=5000)

        start.trigger()
        qtbot.waitUntil(lambda: len(controller.items) == 1, timeout=5000)
        (item,) = controller.items.values()
        qtbot.waitUntil(lambda: item.state == "running", timeout=8000)
        assert sandbox.server.recording(item.sid).alive
        # issue 13: Start no longer opens the Sandbox dock over the editor
        assert not win.recordings.docks.sandbox.isVisible()
        win.recordings.panel.select(item.key)
        win.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state in ("stopped", "no_files"), timeout=8000)
        assert not sandbox.server.recording(item.sid).alive
    finally:
        dispose_window(win)
