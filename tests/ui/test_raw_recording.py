"""Raw mode in the app: the mode picker offers raw first and marks individual as legacy,
and a raw recording on the Sandbox (two publishers) lists its v2 files after Stop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from window_kit import dispose_window

from recstudio.emulator import Timing
from recstudio.model import Mode
from recstudio.model.project import load_project
from recstudio.resources import example_paths
from recstudio.ui.launch import build_main_window
from recstudio.ui.recordings.connections import SandboxHost, set_shared_sandbox

FAST = Timing(status_schedule=((0.0, 1), (0.1, 4), (0.2, 5)), individual_first_slice_s=0.3)


@pytest.fixture
def sandbox():
    host = SandboxHost(FAST)
    set_shared_sandbox(host)
    yield host
    set_shared_sandbox(None)
    host.stop()


def _raw_example():
    path = next(p for p in example_paths() if p.name.startswith("raw-two-publishers"))
    project = load_project(path)
    # the Sandbox takes any storage keys; placeholders would block Start (SECRET)
    project.start["storageConfig"].update(accessKey="AK", secretKey="SK")
    return project


def test_mode_picker_offers_raw_first_and_individual_as_legacy(qtbot) -> None:
    win = build_main_window()
    try:
        combo = win.section("session").widget.editors[("mode",)].combo
        texts = [combo.itemText(i) for i in range(combo.count())]
        texts = [t for t in texts if not t.startswith("(not set")]
        assert texts[0].startswith("raw")
        assert texts[-1].startswith("individual (legacy")
    finally:
        dispose_window(win)


def test_raw_recording_of_two_publishers_shows_v2_files(qtbot, sandbox) -> None:
    win = build_main_window()
    controller = win.recordings.controller
    controller.options.first_query_delay_s = 0.05
    controller.options.confirm_backoff_s = (0.1,)
    controller.options.poll_interval_s = 0.3
    win.show()
    qtbot.waitExposed(win)
    try:
        win.document.replace_project(_raw_example())
        project = win.document.project
        assert project.mode is Mode.RAW
        start = win.recordings.toolbar.act_start
        qtbot.waitUntil(start.isEnabled, timeout=5000)
        start.trigger()
        qtbot.waitUntil(lambda: len(controller.items) == 1, timeout=5000)
        (item,) = controller.items.values()
        qtbot.waitUntil(lambda: item.state == "running", timeout=8000)
        server = sandbox.server
        assert server is not None and server.recording(item.sid).mode is Mode.RAW
        for uid in ("3001", "3002"):  # the admin join of two publishers
            server.channel(project.app_id, project.cname).join(uid)
        win.recordings.panel.select(item.key)
        win.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
        QApplication.processEvents()
        files = win.recordings.panel.files
        lines = [files.item(n).text() for n in range(files.count())]
        prefix = f"{item.sid}_{project.cname}__uid_s_"
        for uid in ("3001", "3002"):
            assert f"{prefix}{uid}__uid_e_h264.m3u8 (audio_and_video, uid {uid})" in lines
            assert f"{prefix}{uid}__uid_e_0_h264.mp4 (audio_and_video, uid {uid})" in lines
        assert win.recordings.panel.files_title.text() == "Files (4)"
    finally:
        dispose_window(win)
