"""The Layout workspace's central page: the canvas gets the middle of the window; the region
inspector, participants and the layout's other fields sit in docks around it; the live
body and its problems fold into a one-line strip at the bottom (issue 13 point 1).

The canvas editor is built after the window's first paint (launch time is a budget), and
only for composite (mix) projects: the other modes have no layout, so the page says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.paths import Path
from recstudio.model.validation import LocatedProblem
from recstudio.settings.workspaces import BODY_STRIP_PLACEMENT, Workspace
from recstudio.ui.background import wait_for_preload, when_preloaded
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.ui.canvas.editor import LayoutEditor
    from recstudio.ui.host import WindowHost
    from recstudio.ui.studio import StudioPanel


class LayoutWorkspace(QWidget):
    """Central page of the Layout workspace; owns the one canvas editor of the window."""

    def __init__(self, document: ProjectDocument, window: WindowHost) -> None:
        super().__init__()
        self.setObjectName("layoutWorkspace")
        self.document = document
        self._window = window
        self.editor: LayoutEditor | None = None
        self._painted = False
        self._build_pending = False

        self.pages = QStackedWidget()
        self.loading = QLabel(translate("layout_workspace", "Loading the canvas…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = self._empty_state()
        self.pages.addWidget(self.loading)
        self.pages.addWidget(self.empty)

        self.strip = QWidget()
        self.strip.setObjectName("bodyStrip")
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(6, 2, 6, 2)
        self.strip_label = QLabel()
        self.strip_label.setObjectName("bodyStripLabel")
        self.strip_button = QToolButton()
        self.strip_button.setObjectName("bodyStripButton")
        self.strip_button.setCheckable(True)
        self.strip_button.setText(translate("layout_workspace", "Body and problems"))
        self.strip_button.setToolTip(
            translate("layout_workspace", "Show the live request body and its problems below")
        )
        self.strip_button.toggled.connect(self._on_strip_toggled)
        self.studio_button = QToolButton()
        self.studio_button.setObjectName("studioButton")
        self.studio_button.setCheckable(True)
        self.studio_button.setText(translate("layout_workspace", "Studio mode"))
        self.studio_button.setToolTip(
            translate(
                "layout_workspace",
                "Program (what the live recording renders) beside Preview (the scene you edit); "
                "Take sends Preview",
            )
        )
        self.studio_button.toggled.connect(self.set_studio)
        self.studio: StudioPanel | None = None
        row.addWidget(self.strip_label, 1)
        row.addWidget(self.studio_button)
        row.addWidget(self.strip_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.pages, 1)
        box.addWidget(self.strip)

        self.installEventFilter(self)
        document.checked.connect(self._on_document_checked)
        document.value_changed.connect(self._on_value_changed)
        document.project_replaced.connect(self._show_mode)
        self._show_mode()
        self._on_document_checked()

    def _empty_state(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addStretch(1)
        text = QLabel(
            translate(
                "layout_workspace",
                "<h3>No layout to design</h3><p>Layouts are for composite recordings (mix mode): "
                "one video of everyone, arranged on a canvas. This project records another "
                "way; its settings are in the Request workspace.</p>",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(text)
        go = QPushButton(translate("layout_workspace", "Open the Request workspace (Ctrl+2)"))
        go.clicked.connect(lambda: self._window.workspaces.switch(Workspace.REQUEST))
        col.addWidget(go, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(2)
        return page

    # -- the canvas editor ---------------------------------------------------------------
    def ensure_editor(self) -> LayoutEditor:
        """Build the canvas now (the first call moves its side panels into docks)."""
        if self.editor is not None:
            return self.editor
        # The canvas's forms need pydantic and the schema: never import them on the GUI
        # thread beside the import worker (issue 10 item 7); at worst wait for it here.
        wait_for_preload()
        from recstudio.ui.canvas.editor import LayoutEditor

        editor = LayoutEditor(self.document)
        editor.setObjectName("layoutEditor")
        inspect_page, roster = editor.take_side_pages()
        docks = self._window.layout_docks
        docks["regionDock"].setWidget(inspect_page)
        docks["participantsDock"].setWidget(roster)
        editor.show_side = self._show_side
        self.editor = editor
        self.preview_title = QLabel(
            translate("layout_workspace", "<b>Preview</b> — the scene Take sends")
        )
        self.preview_title.hide()
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.preview_title)
        col.addWidget(editor, 1)
        self.stage = QSplitter(Qt.Orientation.Horizontal)
        self.stage.setObjectName("layoutStage")
        self.stage.setChildrenCollapsible(False)
        self.stage.addWidget(right)
        self.pages.addWidget(self.stage)
        self._window.layout_binding.attach_editor(editor)
        options = self._window.layout_binding.new_form()
        docks["layoutOptionsDock"].setWidget(options)
        self._show_mode()
        return editor

    def build_after_first_paint(self) -> None:
        """Entering the workspace: build the canvas once the window has been painted."""
        if self.editor is not None or self.document.project.mode != "mix":
            return
        if self._painted:
            self.ensure_editor()
        else:
            self._build_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._build_pending:
                # after the background imports, so building never races the import worker
                when_preloaded(lambda _error: self._build_if_pending(), self)
        return False

    def _build_if_pending(self) -> None:
        if self._build_pending:
            self._build_pending = False
            if self.document.project.mode == "mix":
                self.ensure_editor()

    def set_studio(self, on: bool) -> None:
        """Studio mode: Program beside Preview (the canvas), Take and number keys."""
        if on and self.document.project.mode != "mix":
            on = False
        if self.studio_button.isChecked() != on:
            self.studio_button.setChecked(on)  # re-enters with the same value
            return
        if on:
            from recstudio.ui.studio import StudioPanel

            editor = self.ensure_editor()
            if self.studio is None:
                self.studio = StudioPanel(self._window, editor)
                self.stage.insertWidget(0, self.studio)
                self.stage.setStretchFactor(0, 1)
                self.stage.setStretchFactor(1, 1)
                half = max(200, self.stage.width() // 2)
                self.stage.setSizes([half, half])
            self.studio.refresh()
        if self.studio is not None:
            self.studio.setVisible(on)
            self._orient_stage()
        if self.editor is not None:
            self.preview_title.setVisible(on)

    #: narrower than this, Program goes above Preview instead of beside it (a 1024 px
    #: window cannot hold both side by side with the inspector)
    SIDE_BY_SIDE_MIN_PX = 1100

    def _orient_stage(self) -> None:
        wide = self.width() >= self.SIDE_BY_SIDE_MIN_PX - 300  # the docks take ~300 px
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.stage.orientation() != orientation:
            self.stage.setOrientation(orientation)
            extent = self.stage.width() if wide else self.stage.height()
            self.stage.setSizes(
                [extent // 2, extent - extent // 2] if wide else [extent // 3, extent - extent // 3]
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.studio is not None and self.studio.isVisible():
            self._orient_stage()

    def _show_side(self, name: str) -> None:
        dock = self._window.layout_docks.get(
            "participantsDock" if name == "participants" else "regionDock"
        )
        if dock is not None:
            dock.show()
            dock.raise_()

    def focus_problem(self, lp: LocatedProblem) -> bool:
        """Show a canvas problem on the canvas (the workspace switch is the caller's)."""
        if self.document.project.mode != "mix":
            return False
        editor = self.ensure_editor()
        return editor.owns(lp) and editor.focus_problem(lp)

    # -- reactions -----------------------------------------------------------------------
    def _show_mode(self) -> None:
        if self.document.project.mode != "mix":
            self.pages.setCurrentWidget(self.empty)
        elif self.editor is not None:
            self.pages.setCurrentWidget(self.stage)
        else:
            self.pages.setCurrentWidget(self.loading)
            if self._window.workspaces.current is Workspace.LAYOUT:
                self.build_after_first_paint()

    def _on_value_changed(self, path: Path) -> None:
        if path and path[0] == "mode":
            self._show_mode()

    def _on_document_checked(self) -> None:
        errors, warnings = self._window.problems_panel.count()
        if not self.document.checked_once:
            text = translate("layout_workspace", "Checking the request…")
        elif errors:
            text = translate(
                "layout_workspace", "✖ {errors} error(s), {warnings} warning(s): Start is blocked"
            ).format(errors=errors, warnings=warnings)
        elif warnings:
            text = translate(
                "layout_workspace", "⚠ {warnings} warning(s); the bodies can be sent"
            ).format(warnings=warnings)
        else:
            text = translate("layout_workspace", "✔ No problems: the bodies can be sent")
        self.strip_label.setText(text)

    def _on_strip_toggled(self, shown: bool) -> None:
        dock = self._window.body_dock
        if shown:
            self._window.workspaces.place(BODY_STRIP_PLACEMENT)
        else:
            dock.hide()

    def sync_strip(self) -> None:
        """Keep the strip's button in step with the dock (it can be closed by its own X)."""
        self.strip_button.blockSignals(True)
        self.strip_button.setChecked(self._window.body_dock.isVisible())
        self.strip_button.blockSignals(False)


def make_dock(window: QMainWindow, title: str, name: str) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(QWidget())
    return dock
