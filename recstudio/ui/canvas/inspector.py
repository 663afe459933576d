"""Numeric inspector of the selected region (OBS "Edit Transform", ux-anchors A1).

Geometry in output pixels and as 0..1 with 6 decimals (R20), alpha, render mode, the bound
uid (from the roster, any uid may be typed) and that uid's background image. Edits are
committed on editing-finished through the controller, which refuses locked regions.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recstudio.layout.operations import PixelRect, from_pixels, pixel_rect_problem, to_pixels
from recstudio.layout.regions import Region
from recstudio.ui.canvas.controller import LayoutController
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

JOIN_ORDER = QT_TRANSLATE_NOOP("canvas.inspector", "(join order)")
_AXES = ("x", "y", "w", "h")
_AXIS_LABELS = {
    "x": "X",
    "y": "Y",
    "w": QT_TRANSLATE_NOOP("canvas.inspector", "Width"),
    "h": QT_TRANSLATE_NOOP("canvas.inspector", "Height"),
}


def _spin(decimals: int, maximum: float, step: float, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(0.0, maximum)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    box.setSuffix(suffix)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _show_value(box: QDoubleSpinBox, value: float) -> None:
    """Set a box only when its shown value changes: ``setValue`` repaints the box (and the
    inspector behind it) even for an equal value, and a drag's move changes only x and y,
    a resize only some edges (issue 12: 8 boxes repainted on every mouse move)."""
    if box.value() != round(value, box.decimals()):
        box.setValue(value)


class RegionInspector(QWidget):
    """Fields of one selected region; disabled for none, several, locked or a preset."""

    def __init__(self, controller: LayoutController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loading = False
        self.heading = QLabel(translate("canvas.inspector", "No region selected"))
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(translate("canvas.inspector", "px")), 0, 1)
        grid.addWidget(QLabel("0..1"), 0, 2)
        self.pixel_boxes: dict[str, QDoubleSpinBox] = {}
        self.fraction_boxes: dict[str, QDoubleSpinBox] = {}
        for row, axis in enumerate(_AXES, start=1):
            grid.addWidget(QLabel(translate("canvas.inspector", _AXIS_LABELS[axis])), row, 0)
            px = _spin(2, 100_000.0, 1.0)
            fr = _spin(6, 1.0, 0.01)
            px.setToolTip(
                translate(
                    "canvas.inspector", "{value} in output pixels of the transcoding canvas"
                ).format(value=translate("canvas.inspector", _AXIS_LABELS[axis]))
            )
            fr.setToolTip(
                translate(
                    "canvas.inspector", "{value} as sent to Agora (0..1, 6 decimals, R20)"
                ).format(value=translate("canvas.inspector", _AXIS_LABELS[axis]))
            )
            px.valueChanged.connect(lambda _v, a=axis: self._on_pixels_edited(a))
            fr.valueChanged.connect(lambda _v, a=axis: self._on_fraction_edited(a))
            grid.addWidget(px, row, 1)
            grid.addWidget(fr, row, 2)
            self.pixel_boxes[axis] = px
            self.fraction_boxes[axis] = fr
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.alpha_box = _spin(3, 1.0, 0.05)
        self.alpha_box.setToolTip(translate("canvas.inspector", "alpha: 0 transparent … 1 opaque"))
        self.alpha_box.valueChanged.connect(self._on_alpha_edited)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(translate("canvas.inspector", "Crop to fill (0)"), 0)
        self.mode_combo.addItem(translate("canvas.inspector", "Fit with bars (1)"), 1)
        self.mode_combo.setToolTip(
            translate("canvas.inspector", "render_mode: crop cuts the picture, fit letterboxes it")
        )
        self.mode_combo.activated.connect(self._on_mode_chosen)
        self.uid_combo = QComboBox()
        self.uid_combo.setEditable(True)
        self.uid_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.uid_combo.setToolTip(
            translate(
                "canvas.inspector",
                "UID shown in this region; (join order) fills it with users as they join",
            )
        )
        line = self.uid_combo.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._on_uid_edited)
        self.uid_combo.activated.connect(lambda _i: self._on_uid_edited())
        self.image_edit = QLineEdit()
        self.image_edit.setPlaceholderText(translate("canvas.inspector", "https://…/picture.jpg"))
        self.image_edit.setToolTip(
            translate(
                "canvas.inspector",
                "backgroundConfig: shown for this uid when its video is off (JPG/BMP, R22)",
            )
        )
        self.image_edit.editingFinished.connect(self._on_image_edited)
        form.addRow(translate("canvas.inspector", "Alpha"), self.alpha_box)
        form.addRow(translate("canvas.inspector", "Render"), self.mode_combo)
        form.addRow(translate("canvas.inspector", "UID"), self.uid_combo)
        form.addRow(translate("canvas.inspector", "Image"), self.image_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.heading)
        box.addLayout(grid)
        #: why typed geometry was not applied (it stays in the boxes until fixed)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setProperty("severity", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)
        box.addLayout(form)
        box.addStretch(1)
        self._fields: list[QWidget] = [
            *self.pixel_boxes.values(),
            *self.fraction_boxes.values(),
            self.alpha_box,
            self.mode_combo,
            self.uid_combo,
            self.image_edit,
        ]
        controller.selection_changed.connect(self.refresh)
        controller.data_changed.connect(self.refresh)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def current_index(self) -> int | None:
        sel = self.controller.selection
        snap = self.controller.snapshot()
        if len(sel) == 1 and snap.custom and sel[0] < len(snap.regions):
            return sel[0]
        return None

    def refresh(self) -> None:
        self.message.hide()
        index = self.current_index()
        snap = self.controller.snapshot()
        sel = self.controller.selection
        if index is None:
            if not snap.custom:
                self.heading.setText(
                    translate(
                        "canvas.inspector", "Preset preview — convert to custom to edit regions"
                    )
                )
            elif len(sel) > 1:
                self.heading.setText(
                    translate("canvas.inspector", "{n_sel} regions selected").format(n_sel=len(sel))
                )
            else:
                self.heading.setText(translate("canvas.inspector", "No region selected"))
            self._set_enabled(False)
            return
        region = snap.regions[index]
        locked = snap.locked[index]
        self.heading.setText(
            translate("canvas.inspector", "Region {value}").format(value=index + 1)
            + (translate("canvas.inspector", " — locked (unlock to edit)") if locked else "")
        )
        self._loading = True
        try:
            px = to_pixels(region, snap.canvas_w, snap.canvas_h)
            for axis, value in zip(_AXES, (px.x, px.y, px.w, px.h), strict=True):
                self.pixel_boxes[axis].setValue(value)
            for axis, value in zip(_AXES, (region.x, region.y, region.w, region.h), strict=True):
                self.fraction_boxes[axis].setValue(value)
            self.alpha_box.setValue(region.alpha)
            self.mode_combo.setCurrentIndex(1 if region.render_mode == 1 else 0)
            self.uid_combo.clear()
            self.uid_combo.addItem(translate("canvas.inspector", JOIN_ORDER), None)
            for p in self.controller.roster():
                self.uid_combo.addItem(f"{p.uid} — {p.name}" if p.name else p.uid, p.uid)
            if region.uid is None:
                self.uid_combo.setCurrentIndex(0)
            else:
                k = self.uid_combo.findData(region.uid)
                if k >= 0:
                    self.uid_combo.setCurrentIndex(k)
                else:
                    self.uid_combo.setEditText(region.uid)
            self.image_edit.setText(self.controller.background_image(region.uid))
        finally:
            self._loading = False
        self._set_enabled(not locked)
        self.image_edit.setEnabled(not locked and region.uid is not None)

    def show_live(self, regions: list[Region]) -> None:
        """Geometry as a drag shows it, before the release commits it (issue 13: the
        inspector reads live while dragging)."""
        index = self.current_index()
        if index is None or index >= len(regions):
            return
        snap = self.controller.snapshot()
        region = regions[index]
        px = to_pixels(region, snap.canvas_w, snap.canvas_h)
        self._loading = True
        try:
            for axis, value in zip(_AXES, (px.x, px.y, px.w, px.h), strict=True):
                _show_value(self.pixel_boxes[axis], value)
            for axis, value in zip(_AXES, (region.x, region.y, region.w, region.h), strict=True):
                _show_value(self.fraction_boxes[axis], value)
        finally:
            self._loading = False

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self._fields:
            widget.setEnabled(enabled)

    # -- writing -----------------------------------------------------------------------------
    def _region(self) -> tuple[int, Region] | None:
        index = self.current_index()
        if index is None or self._loading:
            return None
        return index, self.controller.snapshot().regions[index]

    def _on_pixels_edited(self, axis: str) -> None:
        found = self._region()
        if found is None:
            return
        index, region = found
        snap = self.controller.snapshot()
        values = {a: self.pixel_boxes[a].value() for a in _AXES}
        rect = PixelRect(values["x"], values["y"], values["w"], values["h"])
        problem = pixel_rect_problem(rect, snap.canvas_w, snap.canvas_h)
        if problem:  # keep what was typed and say why it is not applied
            self.message.setText(problem)
            self.message.show()
            return
        self.message.hide()
        new = from_pixels(rect, snap.canvas_w, snap.canvas_h, like=region)
        self._commit(
            index,
            new,
            translate("canvas.inspector", "Set region {lower}").format(
                lower=translate("canvas.inspector", _AXIS_LABELS[axis]).lower()
            ),
        )

    def _on_fraction_edited(self, axis: str) -> None:
        found = self._region()
        if found is None:
            return
        index, region = found
        v = {a: self.fraction_boxes[a].value() for a in _AXES}
        new = region.with_geometry(v["x"], v["y"], v["w"], v["h"])
        self._commit(
            index,
            new,
            translate("canvas.inspector", "Set region {lower}").format(
                lower=translate("canvas.inspector", _AXIS_LABELS[axis]).lower()
            ),
        )

    def _on_alpha_edited(self) -> None:
        found = self._region()
        if found is not None:
            index, region = found
            self._commit(
                index,
                replace(region, alpha=self.alpha_box.value()),
                translate("canvas.inspector", "Set alpha"),
            )

    def _on_mode_chosen(self) -> None:
        found = self._region()
        if found is not None:
            index, region = found
            mode = int(self.mode_combo.currentData())
            self._commit(
                index,
                replace(region, render_mode=mode),
                translate("canvas.inspector", "Set render mode"),
            )

    def _on_uid_edited(self) -> None:
        found = self._region()
        if found is None:
            return
        index, region = found
        text = self.uid_combo.currentText().strip()
        data = self.uid_combo.currentData()
        k = self.uid_combo.findText(text)
        if k >= 0:
            data = self.uid_combo.itemData(k)
            uid = None if data is None else str(data)
        elif text in ("", JOIN_ORDER, translate("canvas.inspector", JOIN_ORDER)):
            uid = None
        else:
            uid = text.split(" ", 1)[0]
        _ = data
        if uid != region.uid:
            self._commit(
                index, replace(region, uid=uid), translate("canvas.inspector", "Bind region to uid")
            )

    def _on_image_edited(self) -> None:
        found = self._region()
        if found is None:
            return
        _, region = found
        url = self.image_edit.text().strip()
        if region.uid is not None and url != self.controller.background_image(region.uid):
            self.controller.set_background_image(region.uid, url)

    def _commit(self, index: int, region: Region, text: str) -> None:
        if not self.controller.update_region(index, region, text):
            self.refresh()
