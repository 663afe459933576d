"""Participant roster editor: the channel users a producer binds regions to.

Each participant has a uid, a name and a source shape (16:9 camera, 9:16 phone, 4:3
camera, screen share) that the canvas uses to simulate crop vs fit. The roster is part of
the Project (never sent to Agora); every edit is one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.paths import Path
from recstudio.model.project import PARTICIPANT_SOURCES, Participant
from recstudio.ui.canvas.picture import SOURCE_LABELS
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate

_UID, _NAME, _SOURCE = 0, 1, 2


class RosterEditor(QWidget):
    """A table of participants with add/remove."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._loading = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("canvas.roster", "UID"),
                translate("canvas.roster", "Name"),
                translate("canvas.roster", "Source"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        # uid and source take what their text needs; the name gets the rest (issue 13)
        header.setSectionResizeMode(_UID, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(
            translate(
                "canvas.roster",
                "Simulated channel users: bind regions to them and see how their picture is cut",
            )
        )
        self.add_button = QPushButton(translate("canvas.roster", "Add participant"))
        self.remove_button = QPushButton(translate("canvas.roster", "Remove"))
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.table.itemChanged.connect(self._on_table_item_changed)
        document.value_changed.connect(self._on_document_value_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def participants(self) -> list[Participant]:
        return list(self.document.project.roster)

    def refresh(self) -> None:
        self._loading = True
        try:
            roster = self.participants()
            self.table.setRowCount(len(roster))
            for row, p in enumerate(roster):
                self.table.setItem(row, _UID, QTableWidgetItem(p.uid))
                self.table.setItem(row, _NAME, QTableWidgetItem(p.name))
                combo = QComboBox()
                for source in PARTICIPANT_SOURCES:
                    combo.addItem(
                        translate("canvas.picture", SOURCE_LABELS.get(source, source)), source
                    )
                combo.setCurrentIndex(PARTICIPANT_SOURCES.index(p.source))
                combo.activated.connect(lambda _i, r=row, c=combo: self._on_source_chosen(r, c))
                self.table.setCellWidget(row, _SOURCE, combo)
        finally:
            self._loading = False

    def _on_document_value_changed(self, path: Path) -> None:
        if isinstance(path, tuple) and path[:1] == ("roster",):
            # later: the table may be inside its own itemChanged signal right now
            QTimer.singleShot(0, self.refresh)

    def _write(self, roster: list[Participant], text: str) -> None:
        self.document.set_value(("roster",), roster, text)

    def add_participant(self) -> None:
        roster = self.participants()
        used = {p.uid for p in roster}
        uid = 1001
        while str(uid) in used:
            uid += 1
        sources = PARTICIPANT_SOURCES
        roster.append(
            Participant(
                uid=str(uid),
                name=f"Guest {len(roster) + 1}",
                source=sources[len(roster) % len(sources)],
            )
        )
        self._write(roster, translate("canvas.roster", "Add participant"))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        if not rows:
            return
        roster = [p for i, p in enumerate(self.participants()) if i not in rows]
        self._write(roster, translate("canvas.roster", "Remove participant"))

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        roster = self.participants()
        row = item.row()
        if row >= len(roster):
            return
        text = item.text().strip()
        p = roster[row]
        if item.column() == _UID:
            if not text or text == p.uid:
                self.refresh()
                return
            roster[row] = p.model_copy(update={"uid": text})
        elif item.column() == _NAME:
            roster[row] = p.model_copy(update={"name": text})
        self._write(roster, translate("canvas.roster", "Edit participant"))

    def _on_source_chosen(self, row: int, combo: QComboBox) -> None:
        roster = self.participants()
        if row < len(roster):
            source = combo.currentData()
            if roster[row].source != source:
                roster[row] = roster[row].model_copy(update={"source": source})
                self._write(roster, translate("canvas.roster", "Change participant source"))
