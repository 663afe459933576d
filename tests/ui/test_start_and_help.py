"""Issue 13 point 4: the start page of a first launch, bundled examples one click away,
and Help generated from the window's own actions and README."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recstudio.resources import example_paths
from recstudio.settings.workspaces import Workspace
from recstudio.ui.dialogs.help_dialogs import DocumentationDialog, shortcut_rows
from recstudio.ui.start_page import example_title


def test_first_launch_shows_the_start_page_and_new_individual_opens_forms(window, qtbot):
    window.files.startup(None)  # no last project: a first launch
    qtbot.waitUntil(lambda: window.start_page is not None, timeout=10000)
    page = window.start_page
    assert page is not None and window.workspace_stack.currentWidget() is page
    assert [b.text() for b in page.example_buttons] == [example_title(p) for p in example_paths()]
    page.new_buttons["individual"].click()
    assert window.document.project.mode == "individual"
    assert window.workspaces.current is Workspace.REQUEST
    assert window.workspace_stack.currentWidget() is window.main_split


def test_an_example_opens_as_an_unsaved_copy(window, qtbot):
    window.show_start_page([])
    path = next(p for p in example_paths() if "mix" in p.name)
    before = path.read_bytes()
    window.start_page.example_buttons[example_paths().index(path)].click()
    assert window.document.project.name == example_title(path)
    assert window.document.file_path is None  # Save asks where: the example stays as it is
    assert window.workspaces.current is Workspace.LAYOUT
    assert window.workspace_stack.currentWidget() is window.layout_workspace
    assert path.read_bytes() == before


def test_examples_menu_lists_every_bundled_example(window):
    window._fill_examples_menu()
    assert [a.text() for a in window.examples_menu.actions()] == [
        example_title(p) for p in example_paths()
    ]


def test_relaunch_with_a_last_project_shows_no_start_page(window, qtbot, tmp_path):
    path = tmp_path / "show.recstudio.json"
    window.files._write(path)
    from recstudio.ui.background import wait_for_serial_work

    wait_for_serial_work()
    window.files.startup(None)
    assert window.start_page is None and window.document.file_path == path


def test_shortcut_list_comes_from_the_real_actions(window, qtbot):
    window.layout_workspace.ensure_editor()
    rows = shortcut_rows(window)
    keys = {(group.split(" ")[0], text): k for group, text, k in rows}
    assert keys[("View", "Layout")] == "Ctrl+1"
    assert keys[("Canvas", "Duplicate")] == "Ctrl+D"
    assert keys[("Canvas", "Nudge left 10 px")] == "Shift+Left"
    assert keys[("Canvas", "Delete")] == "Del, Backspace"
    assert keys[("Recording", "Start")] == "Ctrl+R"
    # one definition: the tooltip is built from the same shortcut
    editor = window.layout_workspace.editor
    assert editor.actions_by_name["duplicate"].toolTip().endswith("(Ctrl+D)")


def test_documentation_is_the_readme_rendered_locally(window, qtbot):
    dialog = DocumentationDialog(window)
    text = dialog.browser.toPlainText()
    assert "recstudio" in text and "For developers" in text
    assert not dialog.browser.openExternalLinks()
    dialog.close()
    QApplication.processEvents()
