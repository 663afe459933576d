"""Raw mode in the forms (issue 11 review): a field some mode lacks names its modes in its
tooltip now that there are four modes, and acquire's scene, which "no longer takes effect"
in raw mode (agora-2026.md §1), is hidden there like any field a mode does not use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_kit import dispose_window

from recstudio.model import Endpoint, Mode
from recstudio.model.fields import field_meta
from recstudio.settings.workspaces import Workspace
from recstudio.ui.forms.section_form import _describe
from recstudio.ui.launch import build_main_window
from recstudio.ui.mode_switch import switch_mode


@pytest.mark.parametrize(
    ("endpoint", "path", "modes"),
    [
        # three of the four modes: before the review the tooltip dropped the list
        (Endpoint.START, "clientRequest.token", "individual, mix, raw"),
        (Endpoint.START, "clientRequest.extensionServiceConfig", "individual, mix, web"),
        (Endpoint.UPDATE, "clientRequest.streamSubscribe", "individual, mix, raw"),
        (Endpoint.START, "clientRequest.snapshotConfig", "individual, raw"),
    ],
)
def test_tooltip_names_the_modes_of_a_field_some_mode_lacks(
    endpoint: Endpoint, path: str, modes: str
) -> None:
    meta = field_meta(endpoint, path)
    assert meta is not None
    assert f"Modes: {modes}" in _describe(meta)


def test_tooltip_of_a_field_of_every_mode_names_none() -> None:
    meta = field_meta(Endpoint.START, "clientRequest.storageConfig.bucket")
    assert meta is not None and "Modes:" not in _describe(meta)


def _scene_row(win):
    for row in range(win.section_list.count()):
        if win.section_list.item(row).data(Qt.ItemDataRole.UserRole) == "advanced":
            win.section_list.setCurrentRow(row)
    section = win.sections["advanced"]
    return next(
        row
        for form in section.forms
        for row in form.rows
        if row.meta.key == "scene" and row.meta.path == "clientRequest.scene"
    )


def test_acquire_scene_is_hidden_in_raw_mode_unless_set(qtbot) -> None:
    win = build_main_window()
    win.show()
    qtbot.waitExposed(win)
    win.workspaces.actions[Workspace.REQUEST].trigger()  # where the section forms live
    try:
        row = _scene_row(win)
        assert row.editor.isVisibleTo(win)  # mix: scene 0 is what the mode sends
        switch_mode(win.document, Mode.RAW, win)
        QApplication.processEvents()
        assert win.document.project.mode is Mode.RAW
        assert not row.editor.isVisibleTo(win)
        # a scene the user (or an import) put there is shown, so it can be cleared
        win.document.set_value(("acquire", "scene"), 0)
        assert row.visible_in(Mode.RAW)
    finally:
        dispose_window(win)


def test_four_mode_picker_keeps_the_window_inside_1024_px(qtbot) -> None:
    """The picker sizes to its longest label; issue 11's long raw / legacy labels made the
    window's minimum width 1093 px, wider than the 1024×700 screen the app is laid out for."""
    win = build_main_window()
    win.show()
    qtbot.waitExposed(win)
    try:
        combo = win.section("session").widget.editors[("mode",)].combo
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert any(t.startswith("raw") for t in labels)
        assert any(t.startswith("individual (legacy") for t in labels)
        assert win.minimumSizeHint().width() <= 1024, win.minimumSizeHint()
    finally:
        dispose_window(win)
