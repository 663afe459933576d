"""Named layouts ("scenes"): pick the layout being edited, add, rename, delete, use for start.

A producer keeps "interview", "screen share", … in one project; start sends one of them and
any can later be sent with updateLayout. Which layout is *being edited* is view state (the
controller); which one start uses is project state (``start_layout``).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from recstudio.model.paths import MISSING, Path
from recstudio.ui.canvas.controller import LayoutController
from recstudio.ui.i18n import translate

NEW_LAYOUT = {"mixedVideoLayout": 1, "backgroundColor": "#000000"}


def unique_name(existing: Any, base: str) -> str:
    if base not in existing:
        return base
    k = 2
    while f"{base} {k}" in existing:
        k += 1
    return f"{base} {k}"


class ScenesBar(QWidget):
    """The row above the canvas that chooses and manages named layouts."""

    def __init__(self, controller: LayoutController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self._loading = False
        self.combo = QComboBox()
        self.combo.setToolTip(
            translate("canvas.scenes_bar", "The layout being edited (a scene for updateLayout)")
        )
        self.combo.setMinimumContentsLength(12)
        # the bar must fit a 1024 px window beside the inspector: long names elide
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_button = QToolButton()
        self.add_button.setText(translate("canvas.scenes_bar", "Add"))
        self.add_button.setToolTip(
            translate("canvas.scenes_bar", "Add a layout: empty, or a copy of this one")
        )
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.addAction(translate("canvas.scenes_bar", "Empty layout"), self.add_empty)
        menu.addAction(translate("canvas.scenes_bar", "Duplicate this layout"), self.add_duplicate)
        self.add_button.setMenu(menu)
        self.rename_button = QToolButton()
        self.rename_button.setText(translate("canvas.scenes_bar", "Rename"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button = QToolButton()
        self.delete_button.setText(translate("canvas.scenes_bar", "Delete"))
        self.delete_button.setToolTip(
            translate(
                "canvas.scenes_bar", "Delete this layout (the start layout cannot be deleted)"
            )
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.start_button = QToolButton()
        self.start_button.setText(translate("canvas.scenes_bar", "Use for start"))
        self.start_button.setToolTip(
            translate("canvas.scenes_bar", "Start sends this layout (start_layout)")
        )
        self.start_button.clicked.connect(self.use_for_start)
        self.start_label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("canvas.scenes_bar", "Layout:")))
        row.addWidget(self.combo, 1)
        for w in (self.add_button, self.rename_button, self.delete_button, self.start_button):
            row.addWidget(w)
        row.addWidget(self.start_label)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        controller.data_changed.connect(self.refresh)
        controller.layout_switched.connect(self.refresh)
        self.refresh()

    def names(self) -> list[str]:
        return list(self.document.project.layouts)

    def refresh(self) -> None:
        names = self.names()
        start = self.document.project.start_layout
        current = self.controller.layout_name
        self._loading = True
        try:
            labels = [f"{n}  (start)" if n == start else n for n in names]
            if [self.combo.itemText(i) for i in range(self.combo.count())] != labels:
                self.combo.clear()
                for name, label in zip(names, labels, strict=True):
                    self.combo.addItem(label, name)
            k = self.combo.findData(current)
            if k >= 0:
                self.combo.setCurrentIndex(k)
        finally:
            self._loading = False
        is_start = current == start
        self.start_button.setEnabled(not is_start)
        self.delete_button.setEnabled(not is_start and len(names) > 1)
        self.start_label.setText(
            translate("canvas.scenes_bar", "used by start")
            if is_start
            else translate("canvas.scenes_bar", "sent with updateLayout")
        )

    def _on_combo_changed(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.controller.set_layout_name(self.combo.itemData(index))

    def _layouts_with(self, name: str, value: dict[str, Any]) -> dict[str, dict[str, Any]]:
        layouts = copy.deepcopy(self.document.project.layouts)
        layouts[name] = value
        return layouts

    def add_empty(self, name: str | None = None) -> str:
        name = name or unique_name(self.names(), "Layout")
        self.document.set_value(
            ("layouts",),
            self._layouts_with(name, dict(NEW_LAYOUT)),
            translate("canvas.scenes_bar", "Add layout {name}").format(name=name),
        )
        self.controller.set_layout_name(name)
        return name

    def add_duplicate(self, name: str | None = None) -> str:
        current = self.controller.layout_name
        name = name or unique_name(self.names(), f"{current} copy")
        source = copy.deepcopy(self.document.project.layouts.get(current, dict(NEW_LAYOUT)))
        changes: list[tuple[Path, Any]] = [(("layouts",), self._layouts_with(name, source))]
        flags = self.document.get(("editor", "layouts", current), MISSING)
        if isinstance(flags, dict):
            changes.append((("editor", "layouts", name), copy.deepcopy(flags)))
        self.document.set_values(
            changes,
            translate("canvas.scenes_bar", "Duplicate layout {current}").format(current=current),
        )
        self.controller.set_layout_name(name)
        return name

    def _on_rename_clicked(self) -> None:
        current = self.controller.layout_name
        text, ok = QInputDialog.getText(
            self,
            translate("canvas.scenes_bar", "Rename layout"),
            translate("canvas.scenes_bar", "Name:"),
            text=current,
        )
        if ok:
            self.rename(text.strip())

    def rename(self, new: str) -> bool:
        current = self.controller.layout_name
        if not new or new == current or new in self.names():
            return False
        layouts = {
            (new if k == current else k): v
            for k, v in copy.deepcopy(self.document.project.layouts).items()
        }
        changes: list[tuple[Path, Any]] = [(("layouts",), layouts)]
        if self.document.project.start_layout == current:
            changes.append((("start_layout",), new))
        flags = self.document.get(("editor", "layouts", current), MISSING)
        if isinstance(flags, dict):
            changes.append((("editor", "layouts", new), copy.deepcopy(flags)))
            changes.append((("editor", "layouts", current), MISSING))
        self.document.set_values(
            changes,
            translate("canvas.scenes_bar", "Rename layout {current} to {new}").format(
                current=current, new=new
            ),
        )
        self.controller.set_layout_name(new)
        return True

    def delete_current(self) -> bool:
        current = self.controller.layout_name
        if current == self.document.project.start_layout or len(self.names()) < 2:
            return False
        layouts = copy.deepcopy(self.document.project.layouts)
        del layouts[current]
        changes: list[tuple[Path, Any]] = [(("layouts",), layouts)]
        if self.document.get(("editor", "layouts", current), MISSING) is not MISSING:
            changes.append((("editor", "layouts", current), MISSING))
        self.document.set_values(
            changes,
            translate("canvas.scenes_bar", "Delete layout {current}").format(current=current),
        )
        return True

    def use_for_start(self) -> None:
        name = self.controller.layout_name
        if name != self.document.project.start_layout:
            self.document.set_value(
                ("start_layout",),
                name,
                translate("canvas.scenes_bar", "Use {name} for start").format(name=name),
            )
