"""The main window: section list and forms in the middle, the live body and its problems
on the right, docks for recordings and the request log below (added by their modules)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.panels.json_panel import JsonPanel
from recstudio.ui.panels.problems_panel import ProblemsPanel


class MainWindow(QMainWindow):
    """Owns the widgets; the document owns the data; ``ProjectFiles`` owns the files."""

    shown = Signal()
    #: every close hook agreed: the window is going away (workers shut down on this)
    close_confirmed = Signal()

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from recstudio.ui.file_ops import ProjectFiles

        self.document = document
        document.setParent(self)  # one lifetime: the document dies with its window
        self.setObjectName("MainWindow")
        self.resize(1440, 900)
        self.files = ProjectFiles(document, self)

        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setFixedWidth(170)
        self.section_stack = QStackedWidget()
        self.json_panel = JsonPanel(document)
        self.problems_panel = ProblemsPanel(document)
        self.sections: dict[str, Any] = {}
        #: callables asked before the window closes; one returning False cancels the close
        #: (the recordings panel asks about running recordings here)
        self.close_hooks: list[Any] = []

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.json_panel)
        problems_box = QWidget()
        pb = QVBoxLayout(problems_box)
        pb.setContentsMargins(4, 0, 4, 4)
        self.problems_title = QLabel("Problems")
        self.problems_title.setObjectName("problemsTitle")
        pb.addWidget(self.problems_title)
        pb.addWidget(self.problems_panel)
        right.addWidget(problems_box)
        right.setSizes([560, 300])

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.section_list)
        self.main_split.addWidget(self.section_stack)
        self.main_split.addWidget(right)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setStretchFactor(2, 2)
        self.main_split.setSizes([170, 760, 510])
        self.setCentralWidget(self.main_split)

        self._build_actions()
        self._build_sections()
        self.statusBar().showMessage("Ready")

        self.section_list.currentRowChanged.connect(self._on_section_row_changed)
        self.problems_panel.problem_activated.connect(self.focus_problem)
        document.checked.connect(self._on_document_checked)
        document.project_replaced.connect(self._on_project_replaced)
        document.value_changed.connect(self._on_value_changed)
        document.undo_stack.cleanChanged.connect(lambda _c: self._update_title())
        document.file_path_changed.connect(lambda _p: self._update_title())
        self._update_title()
        self._on_document_checked()

    # -- construction --------------------------------------------------------------------
    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        files = self.files
        menu = self.menuBar()

        def action(text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        self.act_new = action(
            "&New", files.new_project, QKeySequence.StandardKey.New, "New project"
        )
        self.act_open = action(
            "&Open…", files.open_dialog, QKeySequence.StandardKey.Open, "Open a project"
        )
        self.act_save = action(
            "&Save", files.save_in_background, QKeySequence.StandardKey.Save, "Save the project"
        )
        self.act_save_as = action("Save &As…", files.save_as, QKeySequence.StandardKey.SaveAs)
        self.act_import = action(
            "&Import…", files.import_dialog, "Ctrl+I", "Import a body, project or curl command"
        )
        self.act_export = action(
            "&Export…", files.export_dialog, "Ctrl+E", "Export as JSON, curl, Python or HTTPie"
        )
        self.act_quit = action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.act_presenter = action(
            "&Presenter mode",
            self._on_presenter_toggled,
            "Ctrl+Shift+P",
            "Mask App ID, customer ID and secrets for screen sharing",
        )
        self.act_presenter.setCheckable(True)

        file_menu = menu.addMenu("&File")
        for act in (self.act_new, self.act_open):
            file_menu.addAction(act)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        file_menu.addSeparator()
        for act in (self.act_save, self.act_save_as):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        self.view_menu = menu.addMenu("&View")
        self.view_menu.addAction(self.act_presenter)
        self.recording_menu = menu.addMenu("&Recording")
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(action("&About recstudio", self._on_about))

        from recstudio.ui.icons import icon

        for act, name in (
            (self.act_new, "new"),
            (self.act_open, "open"),
            (self.act_save, "save"),
            (self.act_undo, "undo"),
            (self.act_redo, "redo"),
            (self.act_import, "import"),
            (self.act_export, "export"),
        ):
            act.setIcon(icon(name))
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # toolbar buttons keep a short label; the menu entries say what will be undone
        self.tool_undo = action("Undo", stack.undo)
        self.tool_redo = action("Redo", stack.redo)
        self.tool_undo.setIcon(icon("undo"))
        self.tool_redo.setIcon(icon("redo"))
        self.tool_undo.setEnabled(False)
        self.tool_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.tool_undo.setEnabled)
        stack.canRedoChanged.connect(self.tool_redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.tool_undo.setToolTip(f"Undo {t} (Ctrl+Z)"))
        stack.redoTextChanged.connect(
            lambda t: self.tool_redo.setToolTip(f"Redo {t} (Ctrl+Shift+Z)")
        )
        for act in (
            self.act_new,
            self.act_open,
            self.act_save,
            None,
            self.tool_undo,
            self.tool_redo,
            None,
            self.act_import,
            self.act_export,
        ):
            if act is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def _build_sections(self) -> None:
        from recstudio.ui.sections import build_sections

        for section in build_sections(self.document, self):
            self.sections[section.key] = section
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(section.tooltip)
            self.section_list.addItem(item)
            self.section_stack.addWidget(section.placeholder)
        self.section_list.setCurrentRow(0)
        self._on_section_row_changed(0)
        self._apply_mode_visibility()

    def _on_section_row_changed(self, row: int) -> None:
        """Show a section, building its widget the first time (launch time budget)."""
        if row < 0:
            return
        section = self.sections[self.section_list.item(row).data(Qt.ItemDataRole.UserRole)]
        if not section.built:
            widget = section.widget
            self.section_stack.insertWidget(row, widget)
            self.section_stack.removeWidget(section.placeholder)
        self.section_stack.setCurrentWidget(section.widget)

    def section(self, key: str) -> Any:
        """Select and return the section ``key`` (building it if needed)."""
        for row in range(self.section_list.count()):
            if self.section_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.section_list.setCurrentRow(row)
                return self.sections[key]
        raise KeyError(key)

    # -- reactions -----------------------------------------------------------------------
    def _apply_mode_visibility(self) -> None:
        mode = self.document.project.mode
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            section = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            item.setHidden(not section.allowed_in(mode))
        current = self.section_list.currentItem()
        if current is None or current.isHidden():
            self.section_list.setCurrentRow(0)

    def _on_value_changed(self, path: tuple) -> None:
        if path and path[0] == "mode":
            self._apply_mode_visibility()

    def _on_project_replaced(self) -> None:
        self._apply_mode_visibility()
        self._update_title()

    def _on_document_checked(self) -> None:
        errors, warnings = self.problems_panel.count()
        self.problems_title.setText(f"<b>Problems</b> — {errors} error(s), {warnings} warning(s)")
        self._mark_sections()

    def _mark_sections(self) -> None:
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            section = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            problems = [lp for lp in self.document.problems if section.owns(lp)]
            errors = sum(lp.problem.is_error for lp in problems)
            text = section.title
            if errors:
                text += f"  ✖{errors}"
            elif problems:
                text += f"  ⚠{len(problems)}"
            if item.text() != text:
                item.setText(text)

    def focus_problem(self, lp: LocatedProblem) -> None:
        """Jump from a problem to the field (or canvas region) that holds the value."""
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            section = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            if section.owns(lp) and not item.isHidden():
                self.section_list.setCurrentRow(row)
                section.focus_path(lp)
                return
        self.statusBar().showMessage(f"{lp.problem.path}: {lp.problem.message}", 8000)

    def _update_title(self) -> None:
        name = self.document.project.name or "Untitled"
        if self.document.file_path:
            name = self.document.file_path.name.removesuffix(".recstudio.json")
        self.setWindowModified(not self.document.undo_stack.isClean())
        self.setWindowTitle(f"{name}[*] — recstudio")

    def _on_presenter_toggled(self, checked: bool) -> None:
        from recstudio.ui import presenter

        presenter.set_enabled(checked)

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from recstudio import __version__

        QMessageBox.about(
            self,
            "About recstudio",
            f"<b>recstudio {__version__}</b><br>Build, check, export and run Agora Cloud "
            "Recording requests.",
        )

    # -- window state --------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard("quitting"):
            event.ignore()
            return
        for hook in list(self.close_hooks):
            if not hook():
                event.ignore()
                return
        self.files.shutdown()
        self.close_confirmed.emit()
        event.accept()
