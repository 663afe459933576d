"""The recordings dock: every recording the ledger knows, what it is doing, and buttons to
query, stop, update and re-layout it (issue 6 item 3).

The table is a view of :class:`RecordingsController` items (house rule 2: no copies); the
detail box under it explains the selected recording's last error in the catalogue's words
(title, explanation, field to fix, what to do) and lists its files.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate
from recstudio.ui.recordings.cells import (
    COLUMNS,
    ELAPSED_COLUMN,
    Tone,
    cell_text,
    cell_tone,
    cell_tooltip,
)
from recstudio.ui.recordings.controller import RecordingItem, RecordingsController
from recstudio.ui.recordings.layout_diff import LayoutChange
from recstudio.ui.recordings.status_words import (
    describe_file,
    state_words,
    status_meaning,
    status_words,
)

_TONES: dict[Tone, QColor] = {
    "active": QColor("#2e7d32"),
    "failed": QColor("#c62828"),
    "unknown": QColor("#ef6c00"),
}

Index = QModelIndex | QPersistentModelIndex


class RecordingsModel(QAbstractTableModel):
    """Rows = controller.ordered(); refreshed on ``items_changed``."""

    def __init__(self, controller: RecordingsController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rows: list[RecordingItem] = controller.ordered()
        controller.items_changed.connect(self.refresh)
        controller.elapsed_ticked.connect(self._on_elapsed)

    def refresh(self) -> None:
        rows = self.controller.ordered()
        if [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _on_elapsed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, ELAPSED_COLUMN), self.index(len(self._rows) - 1, ELAPSED_COLUMN)
            )

    def item(self, row: int) -> RecordingItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("recordings.panel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        """Qt roles over :mod:`.cells`, which decides every word and colour."""
        item = self.item(index.row())
        if item is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = cell_tone(item, column)
            return QBrush(_TONES[tone]) if tone is not None else None
        return None


class LayoutConfirmDialog(QDialog):
    """Shows what an updateLayout changes — reverted fields first — before it is sent."""

    def __init__(
        self, name: str, changes: list[LayoutChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("recordings.panel", "Send layout “{name}”?").format(name=name)
        )
        self.changes = changes
        layout = QVBoxLayout(self)
        reverts = [c for c in changes if c.reverts]
        intro = translate(
            "recordings.panel",
            "updateLayout replaces the whole layout of the running recording. "
            "Fields this layout does not set go back to their defaults.",
        )
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("layoutChanges")
        for change in changes:
            self.list.addItem(("⚠ " if change.reverts else "• ") + change.describe())
            if change.reverts:
                self.list.item(self.list.count() - 1).setForeground(QBrush(_TONES["unknown"]))
        if not changes:
            self.list.addItem(
                translate(
                    "recordings.panel", "No visible change: the recording already has this layout."
                )
            )
        layout.addWidget(self.list)
        summary = (
            translate(
                "recordings.panel", "{n_reverts} field(s) will revert to their defaults."
            ).format(n_reverts=len(reverts))
            if reverts
            else translate("recordings.panel", "No field reverts to its default.")
        )
        self.summary = QLabel(f"<b>{summary}</b>")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(
            translate("recordings.panel", "Send layout"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def lines(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]


class RecordingsPanel(QWidget):
    """The dock's widget. ``selection_changed(key or "")`` drives the toolbar's targets."""

    selection_changed = Signal(str)

    def __init__(self, controller: RecordingsController, window: Any) -> None:
        super().__init__()
        self.setObjectName("recordingsPanel")
        self.controller = controller
        self.window_ = window
        self.model = RecordingsModel(controller, self)
        self._selected_key = ""

        self.table = QTableView()
        self.table.setObjectName("recordingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 80, 120, 95, 55, 150, 135, 65)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.model.modelReset.connect(self._restore_selection)

        self.query_button = QPushButton(translate("recordings.panel", "Query"))
        self.stop_button = QPushButton(translate("recordings.panel", "Stop"))
        self.update_button = QPushButton(translate("recordings.panel", "Update subscriptions"))
        self.update_button.setToolTip(
            translate(
                "recordings.panel",
                "Send the project's update draft (it replaces the subscription lists)",
            )
        )
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.setMinimumContentsLength(12)
        self.layout_button = QPushButton(translate("recordings.panel", "Send layout…"))
        self.layout_button.setToolTip(
            translate(
                "recordings.panel",
                "updateLayout with the chosen named layout (shows what reverts first)",
            )
        )
        self.copy_button = QPushButton(translate("recordings.panel", "Copy ids"))
        self.copy_button.setToolTip(
            translate("recordings.panel", "Copy cname, uid, mode, resourceId and sid as JSON")
        )
        self.timeline_button = QPushButton(translate("recordings.panel", "Timeline / Diagnose…"))
        self.timeline_button.setObjectName("timelineButton")
        self.timeline_button.setToolTip(
            translate(
                "recordings.panel",
                "What was sent and received, every status and NCS event; why it stopped",
            )
        )
        # a tool bar, not a row of buttons: when the dock is narrow (1024x700 beside the
        # Sandbox) the last actions fold into its overflow menu instead of widening the window
        self._bar_actions: dict[QWidget, QAction] = {}
        buttons = QToolBar()
        buttons.setObjectName("recordingActions")
        buttons.setMovable(False)
        buttons.setFloatable(False)
        for widget in (
            self.query_button,
            self.stop_button,
            self.update_button,
            QLabel(translate("recordings.panel", "Layout:")),
            self.layout_combo,
            self.layout_button,
            self.copy_button,
            self.timeline_button,
        ):
            self._bar_actions[widget] = buttons.addWidget(widget)
        self.action_bar = buttons

        self.details = QTextBrowser()
        self.details.setObjectName("recordingDetails")
        self.details.setOpenLinks(False)
        self.files = QListWidget()
        self.files.setObjectName("recordingFiles")
        files_box = QWidget()
        fl = QVBoxLayout(files_box)
        fl.setContentsMargins(0, 0, 0, 0)
        self.files_title = QLabel(translate("recordings.panel", "Files"))
        fl.addWidget(self.files_title)
        fl.addWidget(self.files)
        # a recovered recording whose profile has no secret this session asks right here
        self.secret_box = QWidget()
        self.secret_box.setObjectName("secretPrompt")
        row = QHBoxLayout(self.secret_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.secret_label = QLabel()
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(translate("recordings.panel", "Customer Secret"))
        self.secret_button = QPushButton(translate("recordings.panel", "Use and query"))
        self.secret_button.setObjectName("secretButton")
        self.secret_button.clicked.connect(self._on_secret_given)
        self.secret_edit.returnPressed.connect(self._on_secret_given)
        row.addWidget(self.secret_label)
        row.addWidget(self.secret_edit, 1)
        row.addWidget(self.secret_button)
        self.secret_box.hide()
        details_box = QWidget()
        dcol = QVBoxLayout(details_box)
        dcol.setContentsMargins(0, 0, 0, 0)
        dcol.addWidget(self.details, 1)
        dcol.addWidget(self.secret_box)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(details_box)
        lower.addWidget(files_box)
        lower.setSizes([600, 400])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([170, 110])

        # Started recordings the ledger could not take: loud, selectable (the sid), until the
        # retry lands (issue 10).
        self.ledger_banner = QLabel()
        self.ledger_banner.setObjectName("ledgerBanner")
        self.ledger_banner.setWordWrap(True)
        self.ledger_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ledger_banner.setStyleSheet(
            "QLabel#ledgerBanner { background: #fde2e1; color: #7a1410; "
            "border: 1px solid #d9534f; padding: 6px; }"
        )
        self.ledger_banner.hide()
        controller.ledger_banner_changed.connect(self._on_ledger_banner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.ledger_banner)
        layout.addWidget(buttons)
        layout.addWidget(split)

        self.query_button.clicked.connect(lambda: controller.query(self.selected_key() or None))
        self.stop_button.clicked.connect(
            lambda: controller.actions.stop(self.selected_key() or None)
        )
        self.update_button.clicked.connect(
            lambda: controller.actions.update_subscriptions(self.selected_key() or None)
        )
        self.layout_button.clicked.connect(self.send_layout)
        self.copy_button.clicked.connect(self.copy_ids)
        self.timeline_button.clicked.connect(self.open_timeline)
        controller.items_changed.connect(self._on_items_changed)
        controller.item_added.connect(self._on_item_added)
        document = controller.document
        document.project_replaced.connect(self._fill_layouts)
        document.value_changed.connect(self._on_value_changed)
        self._fill_layouts()
        self._refresh_details()

    def _on_ledger_banner(self, text: str) -> None:
        self.ledger_banner.setText(text)
        self.ledger_banner.setVisible(bool(text))

    # -- selection ------------------------------------------------------------------------
    def add_action_widget(self, widget: QWidget, *, after: QWidget) -> None:
        """Put another package's button (storage's "Verify files") in the action bar, right
        after ``after``; it folds into the overflow menu like the panel's own."""
        actions = self.action_bar.actions()
        index = actions.index(self._bar_actions[after]) + 1
        if index < len(actions):
            self._bar_actions[widget] = self.action_bar.insertWidget(actions[index], widget)
        else:
            self._bar_actions[widget] = self.action_bar.addWidget(widget)

    def selected_key(self) -> str:
        return self._selected_key

    def select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)

    def _on_table_selection(self, *_args: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        self._selected_key = item.key if item else ""
        self.selection_changed.emit(self._selected_key)
        self._refresh_details()

    def _restore_selection(self) -> None:
        if self._selected_key:
            row = self.model.row_of(self._selected_key)
            if row >= 0:
                self.table.selectRow(row)
                return
        self._selected_key = ""
        self.selection_changed.emit("")

    def _on_item_added(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_items_changed(self) -> None:
        if not self._selected_key and self.model.rowCount():
            self.table.selectRow(0)  # a new start or the recovered list: show the newest
        self._refresh_details()

    def current(self) -> RecordingItem | None:
        return self.controller.target(self._selected_key or None)

    # -- details ----------------------------------------------------------------------------
    def _secret_wanted(self, item: Any) -> str:
        return str((item.error or {}).get("needs_secret") or "") if item is not None else ""

    def _on_secret_given(self) -> None:
        item = self.current()
        profile = self._secret_wanted(item)
        secret = self.secret_edit.text()
        if item is None or not profile or not secret:
            return
        self.secret_edit.clear()  # the secret leaves the widget at once
        self.secret_box.hide()
        self.controller.provide_secret(item.key, profile, secret)

    def _refresh_details(self) -> None:
        item = self.current()
        self._update_buttons(item)
        profile = self._secret_wanted(item)
        if profile:
            self.secret_label.setText(
                translate("recordings.panel", "Secret of “{profile}”:").format(profile=profile)
            )
        self.secret_box.setVisible(bool(profile))
        if item is None:
            error = self.controller.last_error
            if error and not self.controller.items:
                self.details.setHtml(_error_html(error))
            else:
                self.details.setHtml(
                    translate(
                        "recordings.panel",
                        "<p style='color:#666'>No recording selected. Press <b>Start</b> "
                        "(Ctrl+R) to "
                        "acquire, start and confirm a recording with the project's bodies; the "
                        "“Sandbox” profile needs no Agora account.</p>",
                    )
                )
            self.files.clear()
            self.files_title.setText(translate("recordings.panel", "Files"))
            return
        parts = [
            f"<b>{html.escape(item.cname)}</b> · uid {html.escape(item.uid)} · {item.mode} · "
            f"<b>{html.escape(state_words(item.state))}</b>"
            + (f" — {html.escape(item.busy)}" if item.busy else "")
        ]
        if item.server_status is None:
            parts.append(
                translate("recordings.panel", "Status: not queried yet.")
                if item.addressable
                else translate("recordings.panel", "Status: no sid.")
            )
        elif item.active:
            parts.append(
                translate("recordings.panel", "Status: {words} — {meaning}").format(
                    words=html.escape(status_words(item.server_status)),
                    meaning=html.escape(status_meaning(item.server_status)),
                )
            )
        else:
            parts.append(
                translate("recordings.panel", "Last reported status: {escape}").format(
                    escape=html.escape(status_words(item.server_status))
                )
            )
        if item.layout_name and item.addressable and item.active:
            parts.append(
                translate("recordings.panel", "Layout now: “{escape}”").format(
                    escape=html.escape(item.layout_name)
                )
            )
        if item.error:
            parts.append(_error_html(item.error))
        if item.note:
            parts.append(
                translate("recordings.panel", "<span style='color:#555'>{escape}</span>").format(
                    escape=html.escape(item.note)
                )
            )
        if item.slow_start:
            parts.append(
                translate(
                    "recordings.panel", "<span style='color:#ef6c00'>⚠ {escape}</span>"
                ).format(escape=html.escape(item.slow_start))
            )
        self.details.setHtml("<br>".join(parts))
        lines = [describe_file(f) for f in item.files]
        if [self.files.item(n).text() for n in range(self.files.count())] != lines:
            self.files.clear()
            self.files.addItems(lines)
        self.files_title.setText(
            translate("recordings.panel", "Files ({n_lines})").format(n_lines=len(lines))
            if lines
            else translate("recordings.panel", "Files (none yet)")
        )

    def _update_buttons(self, item: RecordingItem | None) -> None:
        live = item is not None and item.addressable and item.active
        self.query_button.setEnabled(item is not None and item.addressable and not item.busy)
        self.stop_button.setEnabled(live and not (item and item.busy.startswith("stopping")))
        self.update_button.setEnabled(live)
        mix = item is not None and item.mode == "mix"
        self.layout_button.setEnabled(live and mix and self.layout_combo.count() > 0)
        self.layout_button.setToolTip(
            translate("recordings.panel", "updateLayout is only for composite (mix) recordings")
            if item is not None and not mix
            else translate(
                "recordings.panel",
                "updateLayout with the chosen named layout (shows what reverts first)",
            )
        )
        self.copy_button.setEnabled(item is not None and bool(item.sid))
        self.timeline_button.setEnabled(item is not None and bool(item.sid or item.resource_id))

    def _fill_layouts(self) -> None:
        names = list(self.controller.document.project.layouts)
        current = self.layout_combo.currentText()
        self.layout_combo.blockSignals(True)
        self.layout_combo.clear()
        self.layout_combo.addItems(names)
        if current in names:
            self.layout_combo.setCurrentText(current)
        self.layout_combo.blockSignals(False)
        self._update_buttons(self.current())

    def _on_value_changed(self, path: tuple) -> None:
        if path and path[0] in ("layouts", "start_layout"):
            self._fill_layouts()

    # -- actions ----------------------------------------------------------------------------
    def send_layout(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        item = self.current()
        name = self.layout_combo.currentText()
        if item is None or not name:
            return False
        request, changes, errors = self.controller.actions.layout_preview(item.key, name)
        if errors:
            QMessageBox.warning(
                self,
                translate("recordings.panel", "Layout has errors"),
                translate("recordings.panel", "The layout “{name}” cannot be sent:\n\n").format(
                    name=name
                )
                + "\n".join(p.format_line() for p in errors[:10]),
            )
            return False
        dialog = LayoutConfirmDialog(name, changes, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.controller.actions.send_layout(item.key, name, request)

    def open_timeline(self) -> Any:
        item = self.current()
        if item is None:
            return None
        from recstudio.ui.recordings.timeline_dialog import TimelineDialog

        dialog = TimelineDialog(self.controller, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def copy_ids(self) -> None:
        item = self.current()
        if item is not None:
            QGuiApplication.clipboard().setText(item.ids_text())
            self.controller.message.emit(
                translate("recordings.panel", "Copied the ids of {sid}.").format(sid=item.sid)
            )


def _error_html(error: dict[str, str]) -> str:
    parts = [
        translate("recordings.panel", "<span style='color:#c62828'><b>{escape}</b></span>").format(
            escape=html.escape(error.get("title", ""))
        )
    ]
    if error.get("explanation"):
        parts.append(html.escape(error["explanation"]))
    if error.get("field"):
        parts.append(
            translate("recordings.panel", "<b>Field to fix:</b> <code>{escape}</code>").format(
                escape=html.escape(error["field"])
            )
        )
    if error.get("action"):
        parts.append(
            translate("recordings.panel", "<b>What to do:</b> {escape}").format(
                escape=html.escape(error["action"])
            )
        )
    return "<br>".join(parts)
