"""The region list: the stacking order (§6.4: later items on top) as a list, front first.

Like OBS's sources list, the top row is the region drawn on top; "Up" brings the selected
region forward. Selection is shared with the canvas through the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.canvas.controller import LayoutController
from recstudio.ui.canvas.scene import participant_label
from recstudio.ui.i18n import translate


class RegionList(QWidget):
    """Regions front-to-back with up/down buttons."""

    def __init__(self, controller: LayoutController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loading = False
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(
            translate(
                "canvas.region_list", "Stacking order: the top row is drawn on top of the others"
            )
        )
        self.up_button = QPushButton(translate("canvas.region_list", "Up"))
        self.up_button.setToolTip(translate("canvas.region_list", "Bring forward (Ctrl+])"))
        self.down_button = QPushButton(translate("canvas.region_list", "Down"))
        self.down_button.setToolTip(translate("canvas.region_list", "Send backward (Ctrl+[)"))
        self.up_button.clicked.connect(controller.raise_selected)
        self.down_button.clicked.connect(controller.lower_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        controller.data_changed.connect(self.refresh)
        controller.selection_changed.connect(self._show_selection)
        self.refresh()

    def row_of(self, index: int) -> int:
        return len(self.controller.snapshot().regions) - 1 - index

    def refresh(self) -> None:
        snap = self.controller.snapshot()
        self._loading = True
        try:
            self.list.clear()
            if not snap.custom:
                self.list.addItem(translate("canvas.region_list", "(preset layout: no regions)"))
                self.list.setEnabled(False)
                self.up_button.setEnabled(False)
                self.down_button.setEnabled(False)
                return
            self.list.setEnabled(True)
            n = len(snap.regions)
            for index in reversed(range(n)):
                region = snap.regions[index]
                who = (
                    participant_label(self.controller, region.uid)
                    if region.uid
                    else translate("canvas.region_list", "join order")
                )
                marks = []
                if snap.locked[index]:
                    marks.append("locked")
                if snap.hidden[index]:
                    marks.append("hidden")
                suffix = f"  [{', '.join(marks)}]" if marks else ""
                item = QListWidgetItem(f"{index + 1}. {who}{suffix}")
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.list.addItem(item)
        finally:
            self._loading = False
        self._show_selection()

    def _show_selection(self) -> None:
        selected = set(self.controller.selection)
        self._loading = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                index = item.data(Qt.ItemDataRole.UserRole)
                item.setSelected(index in selected)
        finally:
            self._loading = False
        enabled = bool(selected)
        self.up_button.setEnabled(enabled)
        self.down_button.setEnabled(enabled)

    def _on_list_selection_changed(self) -> None:
        if self._loading:
            return
        indices = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.list.selectedItems()
            if item.data(Qt.ItemDataRole.UserRole) is not None
        ]
        self.controller.set_selection(indices)
