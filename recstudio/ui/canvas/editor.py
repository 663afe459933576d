"""LayoutEditor: the Layout section's canvas with its toolbar, inspector, region list, roster
and named-layout bar (issue 5). The lead puts it above the generated layout form and routes
problems to it with :meth:`owns` and :meth:`focus_problem`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.layout.operations import AlignEdge, Axis
from recstudio.layout.presets import PRESET_LAYOUTS, VERTICAL
from recstudio.layout.regions import MAX_REGIONS
from recstudio.layout.templates import TEMPLATES
from recstudio.model.problems import Severity
from recstudio.model.validation import LocatedProblem
from recstudio.ui.canvas.controller import CUSTOM_LAYOUT, LayoutController
from recstudio.ui.canvas.inspector import RegionInspector
from recstudio.ui.canvas.region_list import RegionList
from recstudio.ui.canvas.roster import RosterEditor
from recstudio.ui.canvas.scene import LayoutScene, layout_level_problems
from recstudio.ui.canvas.scenes_bar import ScenesBar
from recstudio.ui.canvas.view import LayoutView, clipboard_text
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import tr_field, translate

DEFAULT_GRID_PX = 40
#: canvas action → icon, where the names differ (others share the action's name)
_ICON_NAMES = {
    "forward": "order-forward",
    "backward": "order-backward",
    "front": "order-front",
    "back": "order-back",
    "fit": "zoom-fit",
}
_OWNED_KEYS = frozenset({"layoutConfig", "backgroundConfig"})


class LayoutEditor(QWidget):
    """Canvas + controls for the named layouts of a mix-mode project."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = LayoutController(document, self)
        self.scene = LayoutScene(self.controller)
        self.view = LayoutView(self.scene)
        self.inspector = RegionInspector(self.controller)
        self.region_list = RegionList(self.controller)
        self.roster = RosterEditor(document)
        self.scenes_bar = ScenesBar(self.controller)
        self.actions_by_name: dict[str, QAction] = {}
        self.status = QLabel()
        self.status.setObjectName("groupNote")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()

        self._build_preset_bar()
        self.toolbar = self._build_toolbar()
        self._build_key_actions()

        side = QTabWidget()
        inspect_page = QSplitter(Qt.Orientation.Vertical)
        inspect_page.addWidget(self.inspector)
        inspect_page.addWidget(self.region_list)
        inspect_page.setSizes([260, 180])
        side.addTab(inspect_page, translate("canvas.editor", "Region"))
        side.addTab(self.roster, translate("canvas.editor", "Participants"))
        side.setMinimumWidth(250)
        self.side_tabs = side
        self.inspect_page = inspect_page
        #: shows the "region" or "participants" side page; the main window's Layout
        #: workspace, which puts those pages into docks, replaces it
        self.show_side: Callable[[str], None] = self._show_side_tab

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 260])
        self.splitter = split

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.scenes_bar)
        box.addWidget(self.preset_bar)
        box.addWidget(self.toolbar)
        box.addWidget(self.banner)
        box.addWidget(split, 1)
        box.addWidget(self.status)

        c = self.controller
        c.data_changed.connect(self._on_controller_data_changed)
        c.selection_changed.connect(self._on_controller_selection_changed)
        c.message.connect(self.status.setText)
        document.checked.connect(self._on_document_checked)
        self.view.drag_previewed.connect(self.inspector.show_live)
        self._on_controller_data_changed()
        self._on_document_checked()
        self.view.fit_canvas()

    # -- building ----------------------------------------------------------------------------
    def _build_preset_bar(self) -> None:
        self.kind_combo = QComboBox()
        for kind, name in PRESET_LAYOUTS.items():
            # the preset names are the mixedVideoLayout choice labels (context ``fields``)
            self.kind_combo.addItem(f"{tr_field(name)} ({kind})", kind)
        self.kind_combo.addItem(
            translate("canvas.editor", "Custom ({custom_layout})").format(
                custom_layout=CUSTOM_LAYOUT
            ),
            CUSTOM_LAYOUT,
        )
        self.kind_combo.setToolTip(
            translate(
                "canvas.editor", "mixedVideoLayout: Agora's presets (0/1/2) or your own regions (3)"
            )
        )
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.users_spin = QSpinBox()
        self.users_spin.setRange(1, MAX_REGIONS)
        self.users_spin.setValue(self.controller.simulated_users)
        self.users_spin.setToolTip(
            translate(
                "canvas.editor",
                "Simulated users in the channel (preview only, not sent): the roster first",
            )
        )
        self.users_spin.valueChanged.connect(self._on_users_changed)
        self.large_combo = QComboBox()
        self.large_combo.setToolTip(
            translate("canvas.editor", "maxResolutionUid: the roster user shown Large (vertical)")
        )
        self.large_combo.activated.connect(self._on_large_chosen)
        self.large_label = QLabel(translate("canvas.editor", "Large:"))
        self.convert_button = QToolButton()
        self.convert_button.setText(translate("canvas.editor", "Convert to custom"))
        self.convert_button.setToolTip(
            translate(
                "canvas.editor",
                "Turn the previewed preset into editable regions (mixedVideoLayout 3)",
            )
        )
        self.convert_button.clicked.connect(self.controller.convert_to_custom)
        self.templates_button = QToolButton()
        self.templates_button.setText(translate("canvas.editor", "Templates"))
        self.templates_button.setToolTip(
            translate("canvas.editor", "Replace the regions with a template")
        )
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.templates_button)
        for name, label in TEMPLATES.items():
            menu.addAction(label, partial(self.controller.apply_template, name))
        self.templates_button.setMenu(menu)
        self.preset_bar = QWidget()
        row = QHBoxLayout(self.preset_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("canvas.editor", "Type:")))
        row.addWidget(self.kind_combo)
        self.users_label = QLabel(translate("canvas.editor", "Users:"))
        row.addWidget(self.users_label)
        row.addWidget(self.users_spin)
        row.addWidget(self.large_label)
        row.addWidget(self.large_combo)
        row.addWidget(self.convert_button)
        row.addStretch(1)
        row.addWidget(self.templates_button)

    def _action(
        self,
        name: str,
        text: str,
        tip: str,
        slot: Callable[[], object],
        shortcut: str | list[str] = "",
    ) -> QAction:
        """One canvas command: its shortcut is set on the action itself (one definition:
        menus and the shortcuts list show it, the tooltip is built from it) and works
        while the canvas has the keyboard focus."""
        action = QAction(text, self)
        keys = [shortcut] if isinstance(shortcut, str) else shortcut
        keys = [k for k in keys if k]
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})" if native else tip)
        action.setStatusTip(tip)
        from recstudio.ui.icons import icon, icon_names

        icon_name = _ICON_NAMES.get(name, name)
        if icon_name in icon_names():
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def _build_key_actions(self) -> None:
        """Canvas commands that have a key but no button: nudges, select all, deselect."""
        c = self.controller
        step = translate("canvas.editor", "Nudge {direction} {n} px")
        for name, direction, key, (dx, dy) in (
            ("nudge-left", translate("canvas.editor", "left"), "Left", (-1, 0)),
            ("nudge-right", translate("canvas.editor", "right"), "Right", (1, 0)),
            ("nudge-up", translate("canvas.editor", "up"), "Up", (0, -1)),
            ("nudge-down", translate("canvas.editor", "down"), "Down", (0, 1)),
        ):
            text = step.format(direction=direction, n=1)
            self._action(name, text, text, partial(c.nudge, dx, dy), key)
            big = step.format(direction=direction, n=10)
            self._action(f"{name}-10", big, big, partial(c.nudge, 10 * dx, 10 * dy), f"Shift+{key}")
        self._action(
            "select-all",
            translate("canvas.editor", "Select all regions"),
            translate("canvas.editor", "Select all regions"),
            lambda: c.set_selection(range(len(c.snapshot().regions))),
            "Ctrl+A",
        )
        self._action(
            "deselect",
            translate("canvas.editor", "Deselect"),
            translate("canvas.editor", "Select nothing"),
            lambda: c.set_selection([]),
            "Esc",
        )

    def _build_toolbar(self) -> QToolBar:
        from recstudio.ui.icons import icon

        c = self.controller
        bar = QToolBar()
        # icons keep the bar short next to the canvas; tooltips name each action + shortcut
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addAction(
            self._action(
                "add",
                translate("canvas.editor", "+ Region"),
                translate("canvas.editor", "Add a region"),
                c.add_region,
            )
        )
        bar.addAction(
            self._action(
                "delete",
                translate("canvas.editor", "Delete"),
                translate("canvas.editor", "Delete the selection"),
                c.delete_selected,
                ["Del", "Backspace"],
            )
        )
        bar.addAction(
            self._action(
                "duplicate",
                translate("canvas.editor", "Duplicate"),
                translate("canvas.editor", "Duplicate the selection"),
                c.duplicate_selected,
                "Ctrl+D",
            )
        )
        bar.addAction(
            self._action(
                "copy",
                translate("canvas.editor", "Copy"),
                translate("canvas.editor", "Copy the selection as JSON"),
                self.copy,
                "Ctrl+C",
            )
        )
        bar.addAction(
            self._action(
                "paste",
                translate("canvas.editor", "Paste"),
                translate("canvas.editor", "Paste regions"),
                self.paste,
                "Ctrl+V",
            )
        )
        bar.addSeparator()
        order = QToolButton()
        order.setText(translate("canvas.editor", "Order"))
        order.setIcon(icon("order-forward"))
        order.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        order.setToolTip(
            translate("canvas.editor", "Stacking order: later regions are drawn on top")
        )
        order.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        order_menu = QMenu(order)
        for name, text, slot, key in (
            (
                "forward",
                translate("canvas.editor", "Bring forward"),
                c.raise_selected,
                "Ctrl+]",
            ),
            (
                "backward",
                translate("canvas.editor", "Send backward"),
                c.lower_selected,
                "Ctrl+[",
            ),
            (
                "front",
                translate("canvas.editor", "Bring to front"),
                c.to_front,
                "Ctrl+Shift+]",
            ),
            (
                "back",
                translate("canvas.editor", "Send to back"),
                c.to_back,
                "Ctrl+Shift+[",
            ),
        ):
            order_menu.addAction(self._action(name, text, text, slot, key))
        order.setMenu(order_menu)
        bar.addWidget(order)
        align = QToolButton()
        align.setText(translate("canvas.editor", "Align"))
        align.setIcon(icon("align-left"))
        align.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        align.setToolTip(
            translate(
                "canvas.editor",
                "Align to the selection (or to the canvas for one region); distribute",
            )
        )
        align.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        align_menu = QMenu(align)
        edges: tuple[tuple[AlignEdge, str], ...] = (
            ("left", translate("canvas.editor", "Left edges")),
            ("hcentre", translate("canvas.editor", "Horizontal centres")),
            ("right", translate("canvas.editor", "Right edges")),
            ("top", translate("canvas.editor", "Top edges")),
            ("vcentre", translate("canvas.editor", "Vertical centres")),
            ("bottom", translate("canvas.editor", "Bottom edges")),
        )
        for edge, text in edges:
            align_menu.addAction(
                self._action(
                    f"align-{edge}",
                    text,
                    translate("canvas.editor", "Align {lower}").format(lower=text.lower()),
                    partial(c.align, edge),
                )
            )
        align_menu.addSeparator()
        axes: tuple[tuple[Axis, str], ...] = (
            ("horizontal", translate("canvas.editor", "Distribute horizontally")),
            ("vertical", translate("canvas.editor", "Distribute vertically")),
        )
        for axis, text in axes:
            align_menu.addAction(
                self._action(
                    f"distribute-{axis}",
                    text,
                    translate("canvas.editor", "{text} (3 or more regions)").format(text=text),
                    partial(c.distribute, axis),
                )
            )
        align.setMenu(align_menu)
        bar.addWidget(align)
        bar.addSeparator()
        lock = self._action(
            "lock",
            translate("canvas.editor", "Lock"),
            translate("canvas.editor", "Lock: no drag, resize, nudge, inspector or delete"),
            lambda: c.set_flag("locked", self.actions_by_name["lock"].isChecked()),
        )
        lock.setCheckable(True)
        hide = self._action(
            "hide",
            translate("canvas.editor", "Hide"),
            translate(
                "canvas.editor", "Hide on the canvas only: a hidden region is still sent to Agora"
            ),
            lambda: c.set_flag("hidden", self.actions_by_name["hide"].isChecked()),
        )
        hide.setCheckable(True)
        bar.addAction(lock)
        bar.addAction(hide)
        bar.addSeparator()
        snap = self._action(
            "snap",
            translate("canvas.editor", "Snap"),
            translate(
                "canvas.editor",
                "Snap to edges, centres and regions; hold Alt while dragging to suspend",
            ),
            self._on_snap_toggled,
        )
        snap.setCheckable(True)
        snap.setChecked(True)
        grid = self._action(
            "grid",
            translate("canvas.editor", "Grid"),
            translate("canvas.editor", "Show and snap to a {default_grid_px} px grid").format(
                default_grid_px=DEFAULT_GRID_PX
            ),
            self._on_grid_toggled,
        )
        grid.setCheckable(True)
        bar.addAction(snap)
        bar.addAction(grid)
        bar.addAction(
            self._action(
                "fit",
                translate("canvas.editor", "Fit"),
                translate("canvas.editor", "Zoom to fit (Ctrl+wheel zooms)"),
                self.view.fit_canvas,
                "Ctrl+0",
            )
        )
        return bar

    # -- public API --------------------------------------------------------------------------
    def set_layout(self, name: str) -> None:
        """Edit the named layout (view state; start_layout is unchanged)."""
        self.controller.set_layout_name(name)

    def select(self, indices: list[int]) -> None:
        self.controller.set_selection(indices)

    def owns(self, lp: LocatedProblem) -> bool:
        """Problems of regions and per-uid backgrounds are shown here, not in the form."""
        path = lp.project_path
        if path is None or len(path) < 3 or path[0] != "layouts":
            return bool(path and path[0] == "roster")
        return path[2] in _OWNED_KEYS

    def focus_problem(self, lp: LocatedProblem) -> bool:
        """Show the layout and select the region a problem belongs to."""
        if not self.owns(lp) or lp.project_path is None:
            return False
        path = lp.project_path
        if path[0] != "layouts":
            self.show_side("participants")
            return True
        name = str(path[1])
        if name not in self.document.project.layouts:
            return False
        self.controller.set_layout_name(name)
        if path[2] == "layoutConfig" and len(path) > 3 and isinstance(path[3], int):
            self.controller.set_selection([path[3]])
            if path[3] < len(self.scene.region_items):
                self.view.ensureVisible(self.scene.region_items[path[3]], 20, 20)
        self.show_side("region")
        self.view.setFocus()
        return True

    def take_side_pages(self) -> tuple[QWidget, QWidget]:
        """Hand the inspector page and the roster to a host that docks them; the canvas
        then fills the editor's width."""
        pages = (self.inspect_page, self.roster)
        for page in pages:
            self.side_tabs.removeTab(self.side_tabs.indexOf(page))
            page.setParent(None)
        self.side_tabs.hide()
        return pages

    def _show_side_tab(self, name: str) -> None:
        self.side_tabs.setCurrentWidget(
            self.roster if name == "participants" else self.inspect_page
        )

    def copy(self) -> None:
        if self.controller.selection:
            clip = QApplication.clipboard()
            clip.setText(self.controller.copy_text())

    def paste(self) -> None:
        self.controller.paste_text(clipboard_text())

    # -- reactions ---------------------------------------------------------------------------
    def _on_controller_data_changed(self) -> None:
        self.scene.show_layout(self.document.problems)
        self.view.refit_if_fitting()
        self._show_preset_controls()
        self._on_controller_selection_changed()

    def _on_document_checked(self) -> None:
        self.scene.show_layout(self.document.problems)
        problems = layout_level_problems(self.document.problems, self.controller.layout_name)
        if not problems:
            self.banner.hide()
            return
        error = any(lp.problem.severity is Severity.ERROR for lp in problems)
        colour = "#c0392b" if error else "#b7950b"
        text = "<br>".join(
            f"<b>{lp.problem.rule_id}</b>: {lp.problem.message}"
            + (f" — {lp.problem.hint}" if lp.problem.hint else "")
            for lp in problems
        )
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.banner.show()

    def _on_controller_selection_changed(self) -> None:
        self.scene.show_selection()
        snap = self.controller.snapshot()
        sel = self.controller.selection
        lock, hide = self.actions_by_name["lock"], self.actions_by_name["hide"]
        lock.setChecked(bool(sel) and all(snap.locked[i] for i in sel))
        hide.setChecked(bool(sel) and all(snap.hidden[i] for i in sel))
        editable = bool(self.controller.editable())
        for name in (
            "delete",
            "duplicate",
            "align-left",
            "align-right",
            "align-top",
            "align-bottom",
            "align-hcentre",
            "align-vcentre",
        ):
            self.actions_by_name[name].setEnabled(editable)
        for name in ("copy", "lock", "hide", "forward", "backward", "front", "back"):
            self.actions_by_name[name].setEnabled(bool(sel))
        for name in ("distribute-horizontal", "distribute-vertical"):
            self.actions_by_name[name].setEnabled(len(self.controller.editable()) >= 3)

    def _show_preset_controls(self) -> None:
        snap = self.controller.snapshot()
        kind = snap.mixed_layout if snap.mixed_layout in (0, 1, 2, 3) else 0
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        preview = not snap.custom
        for w in (self.users_label, self.users_spin, self.convert_button):
            w.setVisible(preview)
        vertical = preview and snap.mixed_layout == VERTICAL
        self.large_label.setVisible(vertical)
        self.large_combo.setVisible(vertical)
        if vertical:
            self.large_combo.clear()
            self.large_combo.addItem(translate("canvas.editor", "(none)"), "")
            for p in self.controller.roster():
                self.large_combo.addItem(f"{p.uid} — {p.name}" if p.name else p.uid, p.uid)
            uid = snap.max_resolution_uid or ""
            k = self.large_combo.findData(uid)
            if k < 0:
                self.large_combo.addItem(uid, uid)
                k = self.large_combo.count() - 1
            self.large_combo.setCurrentIndex(k)
        self.actions_by_name["add"].setEnabled(snap.custom and len(snap.regions) < MAX_REGIONS)
        self.actions_by_name["paste"].setEnabled(snap.custom)

    def _on_kind_chosen(self, index: int) -> None:
        self.controller.set_layout_kind(int(self.kind_combo.itemData(index)))

    def _on_users_changed(self, users: int) -> None:
        self.controller.simulated_users = users
        self.scene.show_layout(self.document.problems)

    def _on_large_chosen(self, index: int) -> None:
        self.controller.set_max_resolution_uid(str(self.large_combo.itemData(index) or ""))

    def _on_snap_toggled(self) -> None:
        self.view.snapping = self.actions_by_name["snap"].isChecked()

    def _on_grid_toggled(self) -> None:
        on = self.actions_by_name["grid"].isChecked()
        self.scene.set_grid(DEFAULT_GRID_PX if on else None)
        self.view.resetCachedContent()
