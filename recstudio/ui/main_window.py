"""The main window: three workspaces over one document (issue 13). *Layout* has the canvas
in the middle and its inspector, participants and options in docks; *Request* has the
section list and forms in the middle and the live body with its problems in a dock;
*Recordings* gives the recordings, request log and Sandbox docks the whole window. The
switching itself is ``ui/workspaces.py``; the recordings docks are added by their module."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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

from recstudio.model.paths import Path
from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate
from recstudio.ui.panels.json_panel import JsonPanel
from recstudio.ui.panels.problems_panel import ProblemsPanel

if TYPE_CHECKING:
    from recstudio.ui.recordings.feature import RecordingsUi
    from recstudio.ui.start_page import StartPage


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
        self.files = ProjectFiles(document, self, self)

        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setFixedWidth(150)
        self.section_stack = QStackedWidget()
        self.json_panel = JsonPanel(document)
        self.problems_panel = ProblemsPanel(document)
        self.sections: dict[str, Any] = {}
        #: callables asked before the window closes; one returning False cancels the close
        #: (the recordings panel asks about running recordings here)
        self.close_hooks: list[Callable[[], bool]] = []

        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("bodySplit")
        body.addWidget(self.json_panel)
        problems_box = QWidget()
        pb = QVBoxLayout(problems_box)
        pb.setContentsMargins(4, 0, 4, 4)
        self.problems_title = QLabel(translate("main_window", "Problems"))
        self.problems_title.setObjectName("problemsTitle")
        self.problems_title.setWordWrap(True)
        pb.addWidget(self.problems_title)
        pb.addWidget(self.problems_panel)
        body.addWidget(problems_box)
        body.setSizes([560, 300])

        # Request workspace: section list and forms in the middle, the body in a dock
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.section_list)
        self.main_split.addWidget(self.section_stack)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([170, 760])

        from recstudio.settings.workspaces import Workspace
        from recstudio.ui.layout_workspace import LayoutWorkspace, make_dock
        from recstudio.ui.sections import LayoutBinding
        from recstudio.ui.workspaces import WorkspaceSwitcher

        right = Qt.DockWidgetArea.RightDockWidgetArea
        # the right dock column runs the full height: its tall panels (inspector, Sandbox)
        # never stack on top of the top and bottom docks' heights
        self.setCorner(Qt.Corner.TopRightCorner, right)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.body_dock = make_dock(self, translate("main_window", "Body and problems"), "bodyDock")
        self.body_dock.setWidget(body)
        self.addDockWidget(right, self.body_dock)
        self.layout_binding = LayoutBinding(document)
        self.start_page: StartPage | None = None
        #: the recordings feature: ``launch`` installs it (``install_recordings``) once the
        #: window exists; a window built without it (some tests) keeps None
        self.recordings: RecordingsUi | None = None
        #: the Rehearsal dock's parts (``install_rehearsal``), set by ``launch`` like recordings
        self.rehearsal: dict[str, Any] | None = None
        self.layout_docks = {
            name: make_dock(self, title, name)
            for name, title in (
                ("regionDock", translate("main_window", "Region")),
                ("participantsDock", translate("main_window", "Participants")),
                ("layoutOptionsDock", translate("main_window", "Layout options")),
            )
        }
        for dock in self.layout_docks.values():
            self.addDockWidget(right, dock)
            dock.hide()
        # the Recordings workspace's view of the selected recording's layout, built the
        # first time it is shown (the recordings controller exists by then)
        self.live_layout_dock = make_dock(
            self, translate("main_window", "Live layout"), "liveLayoutDock"
        )
        self.addDockWidget(right, self.live_layout_dock)
        self.live_layout_dock.hide()
        self.live_layout_dock.visibilityChanged.connect(self._on_live_layout_shown)
        self.workspace_stack = QStackedWidget()
        self.workspace_stack.setObjectName("workspaceStack")
        pages: dict[Workspace, QWidget] = {Workspace.REQUEST: self.main_split}
        self.workspaces = WorkspaceSwitcher(self, self.workspace_stack, pages)
        self.layout_workspace = LayoutWorkspace(document, self)
        pages[Workspace.LAYOUT] = self.layout_workspace
        self.workspace_stack.addWidget(self.layout_workspace)
        self.workspace_stack.addWidget(self.main_split)
        self.workspaces.on_enter[Workspace.LAYOUT] = self.layout_workspace.build_after_first_paint
        self.body_dock.visibilityChanged.connect(lambda _v: self.layout_workspace.sync_strip())
        self.setCentralWidget(self.workspace_stack)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.workspaces.mode_bar())

        self._build_actions()
        self._build_sections()
        self.statusBar().showMessage(translate("main_window", "Ready"))

        self.section_list.currentRowChanged.connect(self._on_section_row_changed)
        self.section_stack.installEventFilter(self)
        self.problems_panel.problem_activated.connect(self.focus_problem)
        document.checked.connect(self._on_document_checked)
        document.project_replaced.connect(self._on_project_replaced)
        document.value_changed.connect(self._on_value_changed)
        document.undo_stack.cleanChanged.connect(self._on_stack_clean_changed)
        document.file_path_changed.connect(lambda _p: self._update_title())
        self._update_title()
        self._on_document_checked()

    # -- construction --------------------------------------------------------------------
    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        files = self.files
        menu = self.menuBar()

        def action(
            text: str,
            slot: Callable[[], object] | Callable[[bool], object],
            shortcut: QKeySequence.StandardKey | str | None = None,
            tip: str = "",
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        self.act_new = action(
            translate("main_window", "&New"),
            lambda: files.new_project(),
            QKeySequence.StandardKey.New,
            translate("main_window", "New project"),
        )
        self.act_open = action(
            translate("main_window", "&Open…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            translate("main_window", "Open a project"),
        )
        self.act_save = action(
            translate("main_window", "&Save"),
            files.save_in_background,
            QKeySequence.StandardKey.Save,
            translate("main_window", "Save the project"),
        )
        self.act_save_as = action(
            translate("main_window", "Save &As…"), files.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.act_import = action(
            translate("main_window", "&Import…"),
            files.import_dialog,
            "Ctrl+I",
            translate("main_window", "Import a body, project or curl command"),
        )
        self.act_export = action(
            translate("main_window", "&Export…"),
            files.export_dialog,
            "Ctrl+E",
            translate("main_window", "Export as JSON, curl, Python or HTTPie"),
        )
        self.act_quit = action(
            translate("main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.act_undo = stack.createUndoAction(self, translate("main_window", "&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = stack.createRedoAction(self, translate("main_window", "&Redo"))
        self.act_redo.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.act_presenter = action(
            translate("main_window", "&Presenter mode"),
            self._on_presenter_toggled,
            "Ctrl+Shift+P",
            translate("main_window", "Mask App ID, customer ID and secrets for screen sharing"),
        )
        self.act_presenter.setCheckable(True)

        file_menu = menu.addMenu(translate("main_window", "&File"))
        for act in (self.act_new, self.act_open):
            file_menu.addAction(act)
        self.recent_menu = file_menu.addMenu(translate("main_window", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        self.examples_menu = file_menu.addMenu(translate("main_window", "Open e&xample"))
        self.examples_menu.setToolTip(
            translate("main_window", "A copy of a bundled example project")
        )
        self.examples_menu.aboutToShow.connect(self._fill_examples_menu)
        file_menu.addSeparator()
        for act in (self.act_save, self.act_save_as):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu(translate("main_window", "&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        self.view_menu = menu.addMenu(translate("main_window", "&View"))
        self.workspaces.fill_menu(self.view_menu)
        self.view_menu.addAction(self.act_presenter)
        from recstudio.ui.language_menu import add_language_menu

        self.language_menu = add_language_menu(self, self.view_menu)
        self.view_menu.addSeparator()
        for dock in (*self.layout_docks.values(), self.body_dock, self.live_layout_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.recording_menu = menu.addMenu(translate("main_window", "&Recording"))
        help_menu = menu.addMenu(translate("main_window", "&Help"))
        self.act_start_page = action(
            translate("main_window", "&Start page"), lambda: self.show_start_page()
        )
        self.act_shortcuts = action(
            translate("main_window", "&Keyboard shortcuts"),
            self._on_shortcuts,
            "Ctrl+/",
            translate("main_window", "Every key of the window"),
        )
        self.act_documentation = action(
            translate("main_window", "&Documentation"),
            self._on_documentation,
            "F1",
            translate("main_window", "The README, shown here (no network)"),
        )
        for act in (self.act_start_page, self.act_shortcuts, self.act_documentation):
            help_menu.addAction(act)
        help_menu.addSeparator()
        help_menu.addAction(action(translate("main_window", "&About recstudio"), self._on_about))

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
        self.toolbar = QToolBar(translate("main_window", "Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # toolbar buttons keep a short label; the menu entries say what will be undone
        self.tool_undo = action(translate("main_window", "Undo"), stack.undo)
        self.tool_redo = action(translate("main_window", "Redo"), stack.redo)
        self.tool_undo.setIcon(icon("undo"))
        self.tool_redo.setIcon(icon("redo"))
        self.tool_undo.setEnabled(False)
        self.tool_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.tool_undo.setEnabled)
        stack.canRedoChanged.connect(self.tool_redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda t: self.tool_undo.setToolTip(
                translate("main_window", "Undo {t} (Ctrl+Z)").format(t=t)
            )
        )
        stack.redoTextChanged.connect(
            lambda t: self.tool_redo.setToolTip(
                translate("main_window", "Redo {t} (Ctrl+Shift+Z)").format(t=t)
            )
        )
        for entry in (
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
            if entry is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(entry)
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
        """Show a section, building its widget the first time it is seen: while the Request
        workspace is hidden (the Layout workspace at launch) nothing is built, and the
        stack's first show builds the current one (launch time budget, issue 12)."""
        if row < 0 or not self.section_stack.isVisible():
            return
        section = self.sections[self.section_list.item(row).data(Qt.ItemDataRole.UserRole)]
        widget = section.widget
        if self.section_stack.indexOf(widget) < 0:
            self.section_stack.insertWidget(self.section_stack.indexOf(section.placeholder), widget)
            self.section_stack.removeWidget(section.placeholder)
        self.section_stack.setCurrentWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.section_stack and event.type() == QEvent.Type.Show:
            self._on_section_row_changed(self.section_list.currentRow())
        return super().eventFilter(watched, event)

    def section(self, key: str) -> Any:
        """Show the Request workspace, select the section ``key`` (building it if needed)
        and return it."""
        from recstudio.settings.workspaces import Workspace

        self.workspaces.switch(Workspace.REQUEST)
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

    def _on_value_changed(self, path: Path) -> None:
        if path and path[0] == "mode":
            self._apply_mode_visibility()

    def _on_project_replaced(self) -> None:
        self._apply_mode_visibility()
        self._update_title()

    def _on_document_checked(self) -> None:
        errors, warnings = self.problems_panel.count()
        self.problems_title.setText(
            translate(
                "main_window",
                "<b>Problems</b> in all bodies — {errors} error(s), {warnings} warning(s)",
            ).format(errors=errors, warnings=warnings)
        )
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
        """Jump from a problem to the field (or canvas region) that holds the value: canvas
        problems open the Layout workspace, field problems the Request workspace."""
        from recstudio.settings.workspaces import Workspace

        if self.layout_workspace.focus_problem(lp):
            self.workspaces.switch(Workspace.LAYOUT)
            return
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            section = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            if section.owns(lp) and not item.isHidden():
                self.workspaces.switch(Workspace.REQUEST)
                self.section_list.setCurrentRow(row)
                section.focus_path(lp)
                return
        self.statusBar().showMessage(f"{lp.problem.path}: {lp.problem.message}", 8000)

    def _on_stack_clean_changed(self, _clean: bool) -> None:
        import shiboken6

        # a window destroyed without closing (interpreter exit, --smoke) takes its stack
        # with it, and the dying stack still reports "clean changed"
        if shiboken6.isValid(self) and shiboken6.isValid(self.document.undo_stack):
            self._update_title()

    def _update_title(self) -> None:
        name = self.document.project.name or "Untitled"
        if self.document.file_path:
            name = self.document.file_path.name.removesuffix(".recstudio.json")
        self.setWindowModified(not self.document.undo_stack.isClean())
        self.setWindowTitle(translate("main_window", "{name}[*] — recstudio").format(name=name))

    def _on_live_layout_shown(self, visible: bool) -> None:
        from recstudio.ui.studio import LiveLayoutPanel

        built = isinstance(self.live_layout_dock.widget(), LiveLayoutPanel)
        if visible and not built and self.recordings is not None:
            self.live_layout_dock.setWidget(LiveLayoutPanel(self.recordings))

    # -- first launch, examples, help --------------------------------------------------
    def show_start_page(self, recent: list[str] | None = None) -> None:
        """The start page over the central area (a first launch, or Help ▸ Start page)."""
        from recstudio.ui.start_page import StartPage

        if self.start_page is None:
            self.start_page = StartPage(self)
            self.start_page.chosen.connect(self._on_start_page_chosen)
        if recent is None:
            recent = self.files.recent_files()
        self.start_page.show_recent(recent)
        self.workspaces.show_page(self.start_page)

    def _on_start_page_chosen(self) -> None:
        from recstudio.settings.workspaces import Workspace

        ws = Workspace.LAYOUT if self.document.project.mode == "mix" else Workspace.REQUEST
        if self.workspaces.current is ws:
            self.workspaces.show_current()
        else:
            self.workspaces.switch(ws)

    def _fill_examples_menu(self) -> None:
        from recstudio.resources import example_paths
        from recstudio.ui.start_page import example_title

        self.examples_menu.clear()
        for path in example_paths():
            act = self.examples_menu.addAction(translate("examples", example_title(path)))
            act.triggered.connect(lambda _c=False, p=path: self.files.open_example(p))

    def _on_shortcuts(self) -> None:
        from recstudio.ui.dialogs.help_dialogs import ShortcutsDialog

        if self.document.project.mode == "mix":
            self.layout_workspace.ensure_editor()  # its keys belong in the list
        ShortcutsDialog(self).exec()

    def _on_documentation(self) -> None:
        from recstudio.ui.dialogs.help_dialogs import DocumentationDialog

        DocumentationDialog(self).exec()

    def _on_presenter_toggled(self, checked: bool) -> None:
        from recstudio.ui import presenter

        presenter.set_enabled(checked)

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from recstudio import __version__

        QMessageBox.about(
            self,
            translate("main_window", "About recstudio"),
            translate(
                "main_window",
                "<b>recstudio {version}</b><br>Build, check, export and run Agora Cloud "
                "Recording requests.",
            ).format(version=__version__),
        )

    # -- window state --------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if self.workspaces.current is None:
            from recstudio.settings.workspaces import first_workspace

            self.workspaces.switch(first_workspace(None, self.document.project.mode))
            self.workspaces.restore_from_preferences()
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard(translate("main_window", "quitting")):
            event.ignore()
            return
        for hook in list(self.close_hooks):
            if not hook():
                event.ignore()
                return
        self.workspaces.persist()
        self.files.shutdown()
        self.close_confirmed.emit()
        # The stack dies with the window, and a dying QUndoStack still emits cleanChanged
        # into slots whose Python wrappers are gone (issue 13: a traceback on every quit).
        self.document.undo_stack.blockSignals(True)
        event.accept()
