"""Issue 13 point 2: Studio mode against the Sandbox over real HTTP. A composite
recording runs; Preview is edited (a second scene picked with its number key, a region
moved with the keyboard); Take sends updateLayout; the Sandbox's layout then equals the
Preview and Program shows what was sent."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from window_kit import dispose_window, window_sandbox

from recstudio.emulator import Timing
from recstudio.layout.regions import Region
from recstudio.settings.workspaces import Workspace
from recstudio.ui.launch import build_main_window

FAST = Timing(status_schedule=((0.0, 1), (0.1, 4), (0.2, 5)), mix_first_slice_s=0.3)
INTERVIEW = [
    {"uid": "1001", "x_axis": 0.0, "y_axis": 0.0, "width": 0.5, "height": 1.0},
    {"uid": "1002", "x_axis": 0.5, "y_axis": 0.25, "width": 0.5, "height": 0.5},
]


@pytest.fixture
def sandbox():
    with window_sandbox(FAST) as host:
        yield host


@pytest.fixture
def live(qtbot, sandbox):
    """The window with a running composite recording on the built-in Sandbox."""
    win = build_main_window()
    c = win.recordings.controller
    c.options.first_query_delay_s = 0.05
    c.options.confirm_backoff_s = (0.1,)
    c.options.poll_interval_s = 0.3
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    d = win.document
    d.set_value(("cname",), "studio-room")
    d.set_value(("uid",), "527841")
    for key, value in (("bucket", "b"), ("accessKey", "AK"), ("secretKey", "SK")):
        d.set_value(("start", "storageConfig", key), value)
    layouts = dict(d.project.layouts)
    layouts["Interview"] = {"mixedVideoLayout": 3, "layoutConfig": INTERVIEW}
    d.set_value(("layouts",), layouts, "Add Interview")
    d.refresh()
    qtbot.waitUntil(lambda: c.loaded and win.recordings.toolbar.act_start.isEnabled(), timeout=8000)
    win.recordings.toolbar.act_start.trigger()
    qtbot.waitUntil(lambda: any(i.state == "running" for i in c.items.values()), timeout=8000)
    try:
        yield win
    finally:
        dispose_window(win)


def test_take_sends_the_preview_and_program_follows(live, qtbot, sandbox) -> None:
    win = live
    (item,) = win.recordings.controller.items.values()
    win.workspaces.actions[Workspace.LAYOUT].trigger()
    ws = win.layout_workspace
    ws.studio_button.click()
    studio = ws.studio
    assert studio is not None and studio.isVisible() and ws.preview_title.isVisible()
    assert studio.target_key() == item.key
    # Program: the start's layout (Main, best fit for the simulated users)
    assert studio.program.picture.mixed_layout == 1

    names = list(win.document.project.layouts)
    studio.scene_actions[names.index("Interview")].trigger()  # its number key
    editor = ws.editor
    assert editor.controller.layout_name == "Interview"
    editor.controller.set_selection([1])
    editor.controller.nudge(0, -180)  # edit Preview: region 2 up by 180 output px
    QApplication.processEvents()
    preview = win.document.project.layouts["Interview"]["layoutConfig"]
    assert preview[1]["y_axis"] == 0.0

    studio.act_take.trigger()
    recording = sandbox.server.recording(item.sid)
    qtbot.waitUntil(lambda: recording.layout_update_count == 1, timeout=8000)
    assert recording.layout["mixedVideoLayout"] == 3
    assert recording.layout["layoutConfig"] == preview  # the Sandbox renders Preview
    qtbot.waitUntil(lambda: item.layout_name == "Interview", timeout=5000)
    assert studio.program.picture.regions == tuple(Region.from_json(r) for r in preview)
    assert "Interview" in studio.status.text()


def test_number_keys_only_pick_existing_scenes(live, qtbot) -> None:
    ws = live.layout_workspace
    live.workspaces.actions[Workspace.LAYOUT].trigger()
    ws.studio_button.click()
    before = ws.editor.controller.layout_name
    assert ws.studio.pick_scene(9) is False
    assert ws.editor.controller.layout_name == before
    ws.studio_button.click()
    assert not ws.studio.isVisible()


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_studio_mode_fits_the_smallest_window(live, qtbot, size) -> None:
    from test_workspaces import _squashed

    live.resize(*size)
    live.workspaces.actions[Workspace.LAYOUT].trigger()
    live.layout_workspace.studio_button.click()
    for _ in range(5):
        QApplication.processEvents()
    assert (live.width(), live.height()) == size
    assert live.layout_workspace.studio.program.isVisible()
    assert _squashed(live) == []


def test_recordings_workspace_shows_the_selected_recordings_layout(live, qtbot) -> None:
    from recstudio.ui.studio import LiveLayoutPanel

    (item,) = live.recordings.controller.items.values()
    live.workspaces.actions[Workspace.RECORDINGS].trigger()
    qtbot.waitUntil(
        lambda: isinstance(live.live_layout_dock.widget(), LiveLayoutPanel), timeout=3000
    )
    panel = live.live_layout_dock.widget()
    live.recordings.panel.select(item.key)
    qtbot.waitUntil(lambda: panel.view.picture.regions != (), timeout=3000)
    assert panel.view.picture.mixed_layout == 1  # Main: best fit, as started
    assert "studio-room" in panel.caption.text()
