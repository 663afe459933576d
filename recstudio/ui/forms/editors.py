"""One editor per field, chosen from the field's metadata (house rule 3).

Every editor shows "not set" distinctly from a value (a cleared field is removed from the
body, so the API default applies — the default is shown as placeholder text), writes
through the document as an undoable command, and can show a problem mark.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.paths import MISSING
from recstudio.ui.i18n import tr_field, translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

_NOT_SET = QT_TRANSLATE_NOOP("forms.editors", "(not set)")


class FieldEditor(QWidget):
    """Common shape: ``set_value`` from the model, ``edited`` towards it, ``set_problem``."""

    edited = Signal(object)  # the new value, or MISSING to clear

    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meta = meta
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        self._layout = QHBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        outer.addLayout(self._layout)
        #: the problem in words under the field, not only in a tooltip (issue 13 point 5)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self._updating = False

    @property
    def focus_widget(self) -> QWidget:
        return self

    def set_value(self, value: Any) -> None:
        self._updating = True
        try:
            self._show(value)
        finally:
            self._updating = False

    def _show(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._updating:
            self.edited.emit(value)

    def set_problem(self, severity: str | None, tooltip: str, message: str = "") -> None:
        """Mark the editor and say the problem under it; re-polishing is costly, so only
        when the mark changes."""
        state = (severity or "", tooltip, message)
        if getattr(self, "_problem_state", None) == state:
            return
        self._problem_state = state
        self.message.setText(message)
        if (self.message.property("severity") or "") != state[0]:
            self.message.setProperty("severity", state[0])
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setVisible(bool(message))
        target = self.focus_widget
        if (target.property("problem") or "") != state[0]:  # unset (None) means no mark
            target.setProperty("problem", state[0])
            target.style().unpolish(target)
            target.style().polish(target)
        target.setToolTip(tooltip)


def _default_text(meta: Any) -> str:
    default = getattr(meta, "default", None)
    if default is None or default is MISSING:
        return ""
    labels = getattr(meta, "labels", None) or {}
    label = tr_field(labels.get(default) or labels.get(str(default)) or "")
    text = translate("forms.editors", "default: {value}")
    if label:
        return text.format(value=f"{default} — {label}")
    if isinstance(default, (list, dict, bool)):
        return text.format(value=json.dumps(default))
    return text.format(value=default)


class ChoiceEditor(FieldEditor):
    """Enums: a combo box with words, first entry "(not set — default …)"."""

    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        super().__init__(meta, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"field:{meta.key}")
        # long choice labels elide instead of widening the form past a 1024 px window
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(18)
        self._layout.addWidget(self.combo, 1)
        self.set_choices(list(meta.choices or []), meta.labels or {})
        self.combo.activated.connect(self._on_combo_activated)

    @property
    def focus_widget(self) -> QWidget:
        return self.combo

    def set_choices(self, choices: list[Any], labels: dict[Any, str]) -> None:
        self._updating = True
        self.combo.clear()
        default = _default_text(self.meta)
        self.combo.addItem(
            f"{translate('forms.editors', _NOT_SET)}{' — ' + default if default else ''}", MISSING
        )
        for value in choices:
            label = tr_field(labels.get(value) or labels.get(str(value)) or "")
            if not label or str(label) == str(value):
                text = str(value)
            elif str(label).startswith(str(value)):
                text = str(label)
            else:
                text = f"{value} — {label}"
            self.combo.addItem(text, value)
        self._updating = False

    def _show(self, value: Any) -> None:
        for i in range(self.combo.count()):
            data = self.combo.itemData(i)
            if (value is MISSING and data is MISSING) or (
                data is not MISSING
                and value is not MISSING
                and data == value
                and type(data) is type(value)
            ):
                self.combo.setCurrentIndex(i)
                return
        if value is MISSING:
            self.combo.setCurrentIndex(0)
            return
        # a value outside the choices (imported): show it so the problem is visible
        self.combo.addItem(
            translate("forms.editors", "{value!r} (not allowed)").format(value=value), value
        )
        self.combo.setCurrentIndex(self.combo.count() - 1)

    def _on_combo_activated(self, index: int) -> None:
        self._emit(self.combo.itemData(index))


class BoolEditor(ChoiceEditor):
    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        meta_choices = getattr(meta, "choices", None)
        super().__init__(meta, parent)
        if not meta_choices:
            yes, no = translate("forms.editors", "yes"), translate("forms.editors", "no")
            self.set_choices([True, False], {True: yes, False: no})


class NumberEditor(FieldEditor):
    """Ints and floats: a spin box whose lowest step means "not set" (shows the default).

    The box accepts any number of its type, not only the documented range: a spin box
    limited to 0..1920 drops the third digit of "5000" or turns it into 1920, and the user
    never learns why. Out-of-range values are kept and the model's range check says what
    is wrong, under the field and in the problems list (issue 13 point 5)."""

    def __init__(self, meta: Any, parent: QWidget | None = None, *, is_float: bool = False) -> None:
        super().__init__(meta, parent)
        self.is_float = is_float
        lo = -1e9 if is_float else -(2**31) + 2
        hi = 1e9 if is_float else 2**31 - 2
        box: QSpinBox | QDoubleSpinBox
        if is_float:
            box = float_box = QDoubleSpinBox()
            float_box.setDecimals(6)
            float_box.setSingleStep(0.01)
            self._unset: float = lo - 1.0
            float_box.setRange(self._unset, hi)
        else:
            box = int_box = QSpinBox()
            self._unset = int(lo) - 1
            int_box.setRange(int(self._unset), int(hi))
        box.setSpecialValueText(
            f"{translate('forms.editors', _NOT_SET)}  {_default_text(meta)}".strip()
        )
        box.setKeyboardTracking(False)
        box.setObjectName(f"field:{meta.key}")
        box.setAccelerated(True)
        self.box = box
        self._layout.addWidget(box, 1)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(
            translate("forms.editors", "Clear: leave it out of the body (the API default applies)")
        )
        self.clear_button.setAutoRaise(True)
        self._layout.addWidget(self.clear_button)
        box.valueChanged.connect(self._on_box_value_changed)
        self.clear_button.clicked.connect(lambda: self._emit(MISSING))

    @property
    def focus_widget(self) -> QWidget:
        return self.box

    def _show(self, value: Any) -> None:
        fits = isinstance(value, (int, float)) and not isinstance(value, bool)
        if fits and not self.is_float and isinstance(value, float) and not value.is_integer():
            fits = False  # an int box would show 2.7 as "2": the placeholder tells the truth
        if not fits:
            self._set_box(self._unset)
            if value is not MISSING:  # wrong type from an import: say so in the placeholder
                self.box.setSpecialValueText(
                    translate("forms.editors", "{value!r} (wrong type)").format(value=value)
                )
            return
        self.box.setSpecialValueText(
            f"{translate('forms.editors', _NOT_SET)}  {_default_text(self.meta)}".strip()
        )
        if value < self.box.minimum() or value > self.box.maximum():
            # keep out-of-range imports visible: widen the box rather than clamp silently
            self._set_range(min(self.box.minimum(), value), max(self.box.maximum(), value))
        self._set_box(value)

    def _set_box(self, value: float) -> None:
        if isinstance(self.box, QDoubleSpinBox):
            self.box.setValue(float(value))
        else:
            self.box.setValue(int(value))

    def _set_range(self, lo: float, hi: float) -> None:
        if isinstance(self.box, QDoubleSpinBox):
            self.box.setRange(float(lo), float(hi))
        else:
            self.box.setRange(int(lo), int(hi))

    def _on_box_value_changed(self, value: float) -> None:
        if value == self._unset:
            self._emit(MISSING)
        else:
            self._emit(float(value) if self.is_float else int(value))


class TextEditor(FieldEditor):
    """Strings; secrets are masked with a reveal toggle; empty text means "not set"."""

    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        super().__init__(meta, parent)
        self.line = QLineEdit()
        self.line.setObjectName(f"field:{meta.key}")
        self.line.setClearButtonEnabled(True)
        placeholder = _default_text(meta)
        if getattr(meta, "widget", None) == "url":
            placeholder = placeholder or "https://…"
        self.line.setPlaceholderText(placeholder)
        if getattr(meta, "max_length", None):
            self.line.setMaxLength(int(meta.max_length) * 4)  # bytes rule is checked, not cut
        self._layout.addWidget(self.line, 1)
        self.secret = bool(getattr(meta, "secret", False))
        if self.secret:
            self.line.setEchoMode(QLineEdit.EchoMode.Password)
            self.reveal = QAction(translate("forms.editors", "Show"), self.line)
            self.reveal.setCheckable(True)
            self.reveal.setToolTip(translate("forms.editors", "Show or hide this secret"))
            self.reveal.setIcon(QIcon.fromTheme("view-reveal-symbolic"))
            self.reveal.toggled.connect(self._on_reveal_toggled)
            self.line.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
            from recstudio.ui import presenter

            presenter.presenter().changed.connect(self._on_presenter_changed)
            self._on_presenter_changed(presenter.is_enabled())
        if getattr(meta, "widget", None) == "color":
            self.swatch = QToolButton()
            self.swatch.setToolTip(translate("forms.editors", "Pick a colour"))
            self.swatch.clicked.connect(self._on_swatch_clicked)
            self._layout.addWidget(self.swatch)
        self.line.editingFinished.connect(self._on_editing_finished)

    @property
    def focus_widget(self) -> QWidget:
        return self.line

    def _on_presenter_changed(self, enabled: bool) -> None:
        """Presenter mode: secrets hidden, and no way to reveal them on screen."""
        if enabled:
            self.reveal.setChecked(False)
        self.reveal.setEnabled(not enabled)

    def _on_reveal_toggled(self, shown: bool) -> None:
        self.line.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _show(self, value: Any) -> None:
        text = (
            ""
            if value is MISSING or value is None
            else (value if isinstance(value, str) else json.dumps(value))
        )
        if self.line.text() != text:
            self.line.setText(text)
        if hasattr(self, "swatch"):
            colour = QColor(text) if text else QColor("#000000")
            self.swatch.setStyleSheet(f"background:{colour.name()}; min-width:18px;")

    def _on_editing_finished(self) -> None:
        text = self.line.text()
        self._emit(text if text != "" else MISSING)

    def _on_swatch_clicked(self) -> None:
        current = QColor(self.line.text() or "#000000")
        colour = QColorDialog.getColor(
            current, self, translate("forms.editors", "Background colour")
        )
        if colour.isValid():
            self.line.setText(colour.name().upper())
            self._on_editing_finished()


class ListEditor(FieldEditor):
    """String lists (UIDs, prefixes): comma separated; ``#allstream#`` means everyone."""

    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        super().__init__(meta, parent)
        self.line = QLineEdit()
        self.line.setObjectName(f"field:{meta.key}")
        self.line.setClearButtonEnabled(True)
        hint = translate("forms.editors", "comma separated")
        if getattr(meta, "widget", None) == "uid_list":
            hint = translate("forms.editors", "UIDs, comma separated — #allstream# for everyone")
        self.line.setPlaceholderText(
            f"{hint}{'; ' + _default_text(meta) if _default_text(meta) else ''}"
        )
        self._layout.addWidget(self.line, 1)
        self.line.editingFinished.connect(self._on_editing_finished)

    @property
    def focus_widget(self) -> QWidget:
        return self.line

    def _show(self, value: Any) -> None:
        if isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = "" if value is MISSING else json.dumps(value)
        if self.line.text() != text:
            self.line.setText(text)

    def _on_editing_finished(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._emit(MISSING)
            return
        self._emit([part.strip() for part in text.split(",") if part.strip()])


class MultiChoiceEditor(FieldEditor):
    """A list whose items come from a fixed set (avFileType): one checkbox per value."""

    def __init__(self, meta: Any, parent: QWidget | None = None) -> None:
        super().__init__(meta, parent)
        self.boxes: dict[Any, QCheckBox] = {}
        labels = meta.labels or {}
        for value in meta.choices or []:
            box = QCheckBox(tr_field(labels.get(value) or "") or str(value))
            box.setObjectName(f"field:{meta.key}:{value}")
            box.toggled.connect(self._on_box_toggled)
            self.boxes[value] = box
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    @property
    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def _show(self, value: Any) -> None:
        chosen = value if isinstance(value, list) else []
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)

    def _on_box_toggled(self, _checked: bool) -> None:
        if self._updating:
            return
        chosen = [v for v, box in self.boxes.items() if box.isChecked()]
        self._emit(chosen if chosen else MISSING)


def editor_for(meta: Any, parent: QWidget | None = None) -> FieldEditor:
    """The editor a field's metadata asks for."""
    kind = getattr(meta, "type", "str")
    widget = getattr(meta, "widget", None)
    choices = getattr(meta, "choices", None)
    if kind == "bool":
        return BoolEditor(meta, parent)
    if kind.startswith("list") and choices:
        return MultiChoiceEditor(meta, parent)
    if kind.startswith("list"):
        return ListEditor(meta, parent)
    if choices and widget != "region_by_vendor":
        return ChoiceEditor(meta, parent)
    if widget == "region_by_vendor":
        return ChoiceEditor(meta, parent)
    if kind == "int":
        return NumberEditor(meta, parent)
    if kind == "float":
        return NumberEditor(meta, parent, is_float=True)
    return TextEditor(meta, parent)


__all__ = ["FieldEditor", "editor_for"]
_ = Qt
