"""Issue 13 points 1 and 3: the three workspaces, their remembered dock arrangements, the
canvas's share of the window, and every workspace at the smallest supported sizes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from window_kit import dispose_window

from recstudio.settings.workspaces import Workspace
from recstudio.ui.i18n import install_translators, remove_translators
from recstudio.ui.launch import build_main_window


@pytest.fixture(params=["en", "zh_CN"])
def lang_window(request, qtbot):
    """The window in English and in Chinese (issue 17: layouts stay intact with the shorter
    or longer strings)."""
    install_translators(request.param)
    try:
        win = build_main_window()
        win.show()
        qtbot.waitExposed(win)
        yield win
        dispose_window(win)
    finally:
        remove_translators()


def _settled(win, qtbot) -> None:
    """Wait for what fills in after the first paint (the first check, the cost badge's
    price): a text that arrives later may ask for more room, and must get it."""
    qtbot.waitUntil(lambda: win.document.checked_once, timeout=5000)
    badge = win.statusBar().findChild(QLabel, "costBadge")
    if badge is not None:
        qtbot.waitUntil(lambda: not badge.text().endswith("…"), timeout=5000)


def _shown(win, ws: Workspace, size: tuple[int, int], qtbot) -> None:
    _settled(win, qtbot)
    win.resize(*size)
    win.workspaces.actions[ws].trigger()
    if ws is Workspace.LAYOUT:
        qtbot.waitUntil(lambda: win.layout_workspace.editor is not None, timeout=3000)
    for _ in range(3):
        QApplication.processEvents()


def _visible_docks(win) -> set[str]:
    return {name for name, d in win.workspaces.docks().items() if d.isVisible()}


#: Parts Qt builds inside a control and sizes itself (a spin box's line edit, a header's
#: 68 px "minimum", a line edit's clear button, the dock tab bars QMainWindow scrolls).
_QT_PARTS = (QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit)


def _path(w: QWidget) -> str:
    names = []
    while w is not None and len(names) < 5:
        names.append(f"{type(w).__name__}({w.objectName()})")
        w = w.parentWidget()
    return " < ".join(names)


def _squashed(win) -> list[str]:
    """Visible controls laid out smaller than their own minimum size hint."""
    out = []
    for w in win.findChildren(QWidget):
        if not w.isVisible() or w.objectName().startswith("qt_") or isinstance(w, QHeaderView):
            continue
        parent = w.parentWidget()
        if isinstance(parent, _QT_PARTS) or (isinstance(w, QTabBar) and parent is win):
            continue
        hint = w.minimumSizeHint()
        if hint.isValid() and (w.width() < hint.width() or w.height() < hint.height()):
            out.append(f"{w.width()}x{w.height()} < {hint.width()}x{hint.height()}: {_path(w)}")
    return out


def test_launch_opens_the_canvas_workspace_for_a_mix_project(window, qtbot) -> None:
    assert window.workspaces.current is Workspace.LAYOUT
    assert window.workspaces.actions[Workspace.LAYOUT].isChecked()
    qtbot.waitUntil(lambda: window.layout_workspace.editor is not None, timeout=3000)
    assert window.workspace_stack.currentWidget() is window.layout_workspace
    assert _visible_docks(window) == {"regionDock", "participantsDock", "layoutOptionsDock"}
    assert not window.body_dock.isVisible()  # folded into the strip


def test_shortcuts_and_menu_switch_workspaces(window, qtbot) -> None:
    acts = window.workspaces.actions
    assert [acts[w].shortcut().toString() for w in Workspace] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    view_menu = window.view_menu.actions()
    assert all(acts[w] in view_menu for w in Workspace)
    acts[Workspace.REQUEST].trigger()
    assert window.workspace_stack.currentWidget() is window.main_split
    assert window.workspace_stack.isVisible()
    assert _visible_docks(window) == {"bodyDock"}
    acts[Workspace.RECORDINGS].trigger()
    assert not window.workspace_stack.isVisible()  # the docks take the whole window
    assert {"recordingsDock", "requestLogDock", "sandboxDock"} <= _visible_docks(window)
    assert not acts[Workspace.REQUEST].isChecked() and acts[Workspace.RECORDINGS].isChecked()


def test_each_workspace_remembers_its_docks_and_resets(window, qtbot) -> None:
    acts = window.workspaces.actions
    docks = window.workspaces.docks()
    qtbot.waitUntil(lambda: window.layout_workspace.editor is not None, timeout=3000)
    docks["participantsDock"].close()
    window.layout_workspace.strip_button.click()  # the strip opens the body below
    assert window.body_dock.isVisible()
    acts[Workspace.REQUEST].trigger()
    docks["recordingsDock"].show()  # a developer wants the table here too
    acts[Workspace.LAYOUT].trigger()
    assert not docks["participantsDock"].isVisible() and window.body_dock.isVisible()
    assert window.layout_workspace.strip_button.isChecked()
    assert not docks["recordingsDock"].isVisible()
    acts[Workspace.REQUEST].trigger()
    assert docks["recordingsDock"].isVisible()
    acts[Workspace.LAYOUT].trigger()
    window.workspaces.act_reset.trigger()
    assert _visible_docks(window) == {"regionDock", "participantsDock", "layoutOptionsDock"}
    assert not window.layout_workspace.strip_button.isChecked()


def test_workspace_and_arrangement_survive_a_restart(qtbot) -> None:
    from recstudio.ui.background import wait_for_serial_work

    first = build_main_window()
    first.show()
    qtbot.waitExposed(first)
    first.workspaces.actions[Workspace.RECORDINGS].trigger()
    first.workspaces.docks()["sandboxDock"].close()
    first.workspaces.persist()
    wait_for_serial_work()
    dispose_window(first)

    second = build_main_window()
    second.show()
    try:
        qtbot.waitUntil(lambda: second.workspaces.current is Workspace.RECORDINGS, timeout=3000)
        docks = second.workspaces.docks()
        qtbot.waitUntil(lambda: docks["recordingsDock"].isVisible(), timeout=3000)
        assert not docks["sandboxDock"].isVisible()
    finally:
        dispose_window(second)


def test_canvas_covers_half_the_window_at_1366x768(window, qtbot) -> None:
    _shown(window, Workspace.LAYOUT, (1366, 768), qtbot)
    assert (window.width(), window.height()) == (1366, 768)
    view = window.layout_workspace.editor.view
    share = view.width() * view.height() / (window.width() * window.height())
    assert share >= 0.5, f"canvas {view.width()}x{view.height()} is {share:.0%} of the window"


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
@pytest.mark.parametrize("ws", list(Workspace))
def test_every_workspace_fits_without_squashing(lang_window, qtbot, ws, size) -> None:
    window = lang_window
    _shown(window, ws, size, qtbot)
    if ws is Workspace.RECORDINGS:  # its lazily built panels count too
        _ = window.recordings.sandbox_panel, window.recordings.log_panel
        for _ in range(3):
            QApplication.processEvents()
    assert (window.width(), window.height()) == size  # nothing forces the window larger
    assert _squashed(window) == []


def test_request_sections_fit_at_1024x700(lang_window, qtbot) -> None:
    """Every section form (the Request workspace's pages) at the smallest window."""
    window = lang_window
    _shown(window, Workspace.REQUEST, (1024, 700), qtbot)
    for key in window.sections:
        if window.section_list.item(list(window.sections).index(key)).isHidden():
            continue
        window.section(key)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1024, 700), key
        assert _squashed(window) == [], key


def test_a_non_mix_project_has_no_canvas_to_build(window, qtbot) -> None:
    window.document.set_value(("mode",), "individual")
    QApplication.processEvents()
    window.workspaces.actions[Workspace.REQUEST].trigger()
    window.workspaces.actions[Workspace.LAYOUT].trigger()
    assert window.layout_workspace.pages.currentWidget() is window.layout_workspace.empty


def test_no_tab_bar_of_another_workspace_stays_on_screen(window, qtbot) -> None:
    """restoreState hides a tab group's docks but left its tab bar drawn over the next
    workspace (seen as "Request log | Sandbox" over the Layout strip)."""
    acts = window.workspaces.actions
    for ws in (Workspace.RECORDINGS, Workspace.LAYOUT, Workspace.RECORDINGS, Workspace.LAYOUT):
        acts[ws].trigger()
        for _ in range(3):
            QApplication.processEvents()
        shown = {d.windowTitle() for d in window.workspaces.docks().values() if d.isVisible()}
        for bar in window.findChildren(QTabBar):
            if bar.parent() is window and bar.isVisible() and bar.count():
                tabs = {bar.tabText(i) for i in range(bar.count())}
                assert tabs <= shown, (ws, tabs)
