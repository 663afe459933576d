"""The generated body for one endpoint, always current, secrets masked unless revealed."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.elide import elide
from recstudio.model.enums import Endpoint, Mode
from recstudio.model.secrets import redact
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate
from recstudio.ui.panels.json_highlighter import JsonHighlighter

#: Texts longer than this (characters) are shown without syntax colours.
HIGHLIGHT_LIMIT = 200_000

_LABELS = {
    Endpoint.ACQUIRE: "acquire",
    Endpoint.START: "start",
    Endpoint.UPDATE: "update",
    Endpoint.UPDATE_LAYOUT: "updateLayout",
    Endpoint.STOP: "stop",
}


class JsonPanel(QWidget):
    """Endpoint selector + highlighted body + copy."""

    endpoint_changed = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.endpoint_box = QComboBox()
        self.endpoint_box.setToolTip(translate("panels.json_panel", "Which request body to show"))
        self.layout_box = QComboBox()
        self.layout_box.setToolTip(
            translate("panels.json_panel", "Named layout sent by updateLayout")
        )
        self.reveal_box = QCheckBox(translate("panels.json_panel", "Show secrets"))
        self.reveal_box.setToolTip(
            translate(
                "panels.json_panel", "Secrets are shown as placeholders unless this is ticked"
            )
        )
        self.copy_button = QPushButton(translate("panels.json_panel", "Copy"))
        self.copy_button.setToolTip(
            translate("panels.json_panel", "Copy the whole body (secrets as shown)")
        )
        self.show_all_box = QCheckBox(translate("panels.json_panel", "Show all"))
        self.show_all_box.setObjectName("jsonShowAll")
        self.show_all_box.setToolTip(
            translate(
                "panels.json_panel",
                "Long arrays and big strings are shortened in this view (never in what is sent "
                "or exported); tick to see every item",
            )
        )
        self.show_all_box.setVisible(False)
        self.status = QLabel()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setObjectName("jsonText")
        self._highlighter = JsonHighlighter(self.text.document())
        self._shown_text = ""
        self._elisions = 0

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("panels.json_panel", "Body:")))
        top.addWidget(self.endpoint_box)
        top.addWidget(self.layout_box)
        top.addStretch(1)
        top.addWidget(self.show_all_box)
        top.addWidget(self.reveal_box)
        top.addWidget(self.copy_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(self.text, 1)
        box.addWidget(self.status)

        self.endpoint_box.currentIndexChanged.connect(self._on_selector_changed)
        self.layout_box.currentIndexChanged.connect(self._on_selector_changed)
        self.reveal_box.toggled.connect(lambda _=False: self.refresh())
        self.show_all_box.toggled.connect(lambda _=False: self.refresh())
        from recstudio.ui import presenter

        presenter.presenter().changed.connect(self._on_presenter_changed)
        self._on_presenter_changed(presenter.is_enabled())
        self.copy_button.clicked.connect(self._on_copy_clicked)
        document.checked.connect(self.refresh)
        document.project_replaced.connect(self._fill_selectors)
        self._fill_selectors()

    # -- selection -----------------------------------------------------------------------
    def endpoint(self) -> Endpoint:
        # Qt hands a StrEnum back as its plain string: convert it back
        value = self.endpoint_box.currentData()
        return Endpoint(value) if value else Endpoint.START

    def set_endpoint(self, endpoint: Endpoint) -> None:
        index = self.endpoint_box.findData(endpoint)
        if index >= 0:
            self.endpoint_box.setCurrentIndex(index)

    def _fill_selectors(self) -> None:
        project = self._document.project
        current = self.endpoint()
        self.endpoint_box.blockSignals(True)
        self.endpoint_box.clear()
        for endpoint, label in _LABELS.items():
            if endpoint is Endpoint.UPDATE_LAYOUT and project.mode != Mode.MIX:
                continue
            self.endpoint_box.addItem(label, endpoint)
        self.endpoint_box.blockSignals(False)
        self.set_endpoint(current)
        self._fill_layouts()
        self.refresh()

    def _fill_layouts(self) -> None:
        project = self._document.project
        current = self.layout_box.currentText()
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        for name in project.layouts:
            self.layout_box.addItem(name)
        if current:
            self.layout_box.setCurrentText(current)
        self.layout_box.blockSignals(False)
        self.layout_box.setVisible(self.endpoint() is Endpoint.UPDATE_LAYOUT)

    def _on_selector_changed(self) -> None:
        self.layout_box.setVisible(self.endpoint() is Endpoint.UPDATE_LAYOUT)
        self.refresh()
        self.endpoint_changed.emit(self.endpoint())

    # -- content -------------------------------------------------------------------------
    def current_body(self, *, reveal: bool | None = None, elided: bool = False) -> dict:
        """The body shown (secrets masked unless revealed); ``elided``: long arrays and
        big strings shortened first, which also keeps the redaction copy small."""
        endpoint = self.endpoint()
        layout = None
        if endpoint is Endpoint.UPDATE_LAYOUT:
            layout = self.layout_box.currentText() or None
        body = self._document.bodies.get((endpoint, layout))
        if body is None:  # not checked routinely (empty update draft, the start layout)
            from recstudio.model.generate import generate_body

            body = generate_body(self._document.project, endpoint, layout=layout)
        if elided:
            body, self._elisions = elide(body)
        show = self.reveal_box.isChecked() if reveal is None else reveal
        return body if show else redact(body)

    def refresh(self) -> None:
        if not self._document.checked_once:
            self.status.setText(translate("panels.json_panel", "Checking…"))
            return
        if self.layout_box.count() != len(self._document.project.layouts):
            self._fill_layouts()
        self._elisions = 0
        body = self.current_body(elided=not self.show_all_box.isChecked())
        text = json.dumps(body, indent=2, ensure_ascii=False)
        self.show_all_box.setVisible(bool(self._elisions) or self.show_all_box.isChecked())
        if text != self._shown_text:
            # colouring a huge text is seconds of GUI time: plain beyond a size
            wanted = self.text.document() if len(text) <= HIGHLIGHT_LIMIT else None
            if self._highlighter.document() is not wanted:
                self._highlighter.setDocument(wanted)
            self._replace_changed_lines(text)
        endpoint = self.endpoint()
        mine = [lp for lp in self._document.problems if lp.endpoint is endpoint]
        errors = sum(lp.problem.is_error for lp in mine)
        warnings = len(mine) - errors
        # counts this body only; the problems panel counts every body (issue 13 point 5)
        which = translate("panels.json_panel", "This {endpoint} body: ").format(
            endpoint=endpoint.value
        )
        if errors:
            self.status.setText(
                translate(
                    "panels.json_panel",
                    "{which}<span style='color:#c0392b'>✖ {errors} error(s)</span>, {warnings} "
                    "warning(s)",
                ).format(which=which, errors=errors, warnings=warnings)
            )
        elif warnings:
            self.status.setText(
                translate("panels.json_panel", "{which}✔ valid — {warnings} warning(s)").format(
                    which=which, warnings=warnings
                )
            )
        else:
            self.status.setText(
                translate("panels.json_panel", "{which}✔ valid").format(which=which)
            )
        self.status.setTextFormat(Qt.TextFormat.RichText)

    def _replace_changed_lines(self, text: str) -> None:
        """Swap in only the block of lines that differs: a one-value edit re-highlights one
        line instead of the whole body, and the scroll position stays put."""
        old_lines = self._shown_text.split("\n") if self._shown_text else []
        new_lines = text.split("\n")
        self._shown_text = text
        if not old_lines:
            self.text.setPlainText(text)
            return
        head = 0
        limit = min(len(old_lines), len(new_lines))
        while head < limit and old_lines[head] == new_lines[head]:
            head += 1
        tail = 0
        while (
            tail < limit - head
            and old_lines[len(old_lines) - 1 - tail] == new_lines[len(new_lines) - 1 - tail]
        ):
            tail += 1
        doc = self.text.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        first = doc.findBlockByNumber(head)
        last_old = len(old_lines) - 1 - tail
        replacement = "\n".join(new_lines[head : len(new_lines) - tail])
        if last_old < head:  # pure insertion before line `head`
            cursor.setPosition(first.position())
            cursor.insertText(replacement + "\n")
        else:
            last = doc.findBlockByNumber(last_old)
            cursor.setPosition(first.position())
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            if head > len(new_lines) - 1 - tail:  # pure deletion: take the newline too
                cursor.setPosition(
                    min(last.position() + last.length(), doc.characterCount() - 1),
                    QTextCursor.MoveMode.KeepAnchor,
                )
                cursor.removeSelectedText()
            else:
                cursor.insertText(replacement)
        cursor.endEditBlock()

    def _on_presenter_changed(self, enabled: bool) -> None:
        if enabled:
            self.reveal_box.setChecked(False)
        self.reveal_box.setEnabled(not enabled)
        self.reveal_box.setToolTip(
            translate("panels.json_panel", "Presenter mode is on: secrets stay hidden")
            if enabled
            else translate(
                "panels.json_panel", "Secrets are shown as placeholders unless this is ticked"
            )
        )

    def _on_copy_clicked(self) -> None:
        """The whole body, also when the view shortens it."""
        text = json.dumps(self.current_body(), indent=2, ensure_ascii=False)
        QGuiApplication.clipboard().setText(text)
