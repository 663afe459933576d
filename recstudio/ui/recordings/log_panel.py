"""The request log dock: every call the app made, with bodies (already redacted by the
client), a filter, and "Export for support ticket" (issue 6 item 5, ux-anchors §7 item 14).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recstudio.api.results import RequestRecord
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP
from recstudio.ui.recordings.controller import RecordingsController
from recstudio.ui.recordings.request_log import LOG_LIMIT, search_text

#: "Host" shows which domain answered (or refused) after a regional failover (§1.1).
COLUMNS = (
    QT_TRANSLATE_NOOP("recordings.log_panel", "Time"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "Endpoint"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "HTTP"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "Code"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "Latency"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "Result"),
    QT_TRANSLATE_NOOP("recordings.log_panel", "Host"),
)
Index = QModelIndex | QPersistentModelIndex


def record_text(record: RequestRecord) -> str:
    """Everything the filter matches against, and what the detail pane shows."""
    return "\n".join(
        [
            f"{record.method} {record.url}",
            f"HTTP {record.http_status if record.http_status is not None else '— (no answer)'}"
            + (f" · code {record.agora_code}" if record.agora_code is not None else "")
            + f" · {record.latency_ms:.0f} ms · attempt {record.attempt}",
            *([f"Error: {record.error}"] if record.error else []),
            "",
            "Request body:",
            json.dumps(record.request_body, indent=2, ensure_ascii=False)
            if record.request_body is not None
            else "(none)",
            "",
            "Response body:",
            json.dumps(record.response_body, indent=2, ensure_ascii=False)
            if not isinstance(record.response_body, str)
            else record.response_body,
        ]
    )


class RequestLogModel(QAbstractTableModel):
    """Every call in the log, with its precomputed search text (see ``search_text``)."""

    def __init__(self, controller: RecordingsController, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[RequestRecord] = list(controller.log)
        texts = list(controller.log_texts)
        if len(texts) != len(self.records):  # a log filled without _on_logged (tests)
            texts = [search_text(r) for r in self.records]
        self.texts: list[str] = texts
        #: how many calls have been dropped from the front (a row's lasting number is
        #: ``first + row``, so the filtered view survives the log's limit)
        self.first = 0
        self._limit = LOG_LIMIT
        controller.request_logged.connect(self.append)

    def append(self, record: RequestRecord) -> None:
        if len(self.records) >= self._limit:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            self.records.pop(0)
            self.texts.pop(0)
            self.first += 1
            self.endRemoveRows()
        row = len(self.records)
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.append(record)
        self.texts.append(search_text(record))
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.first += len(self.records)
        self.records.clear()
        self.texts.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("recordings.log_panel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "Time":
                return (
                    time.strftime("%H:%M:%S", time.localtime(record.time))
                    + f".{int(record.time * 1000) % 1000:03d}"
                )
            if column == "Endpoint":
                return record.endpoint + (
                    f" (retry {record.attempt - 1})" if record.attempt > 1 else ""
                )
            if column == "HTTP":
                return "—" if record.http_status is None else str(record.http_status)
            if column == "Code":
                return "" if record.agora_code is None else str(record.agora_code)
            if column == "Latency":
                return f"{record.latency_ms:.0f} ms"
            if column == "Host":
                return urlsplit(record.url).netloc
            return record.error or "OK"
        if role == Qt.ItemDataRole.UserRole:
            return record_text(record)
        if role == Qt.ItemDataRole.ForegroundRole and record.error:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "Result" and record.error:
            return record.error
        return None


class FilteredLog(QAbstractTableModel):
    """The rows the table shows: the calls whose search text contains the filter.

    Filtering is one Python pass over precomputed lower-case texts, narrowing the previous
    result while the user keeps typing; a ``QSortFilterProxyModel`` calling back into Python
    once per row cost 136 ms per keystroke at 10k calls (issue 12)."""

    def __init__(self, source: RequestLogModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.needle = ""
        self.numbers: list[int] = list(range(source.first, source.first + len(source.records)))
        source.rowsInserted.connect(self._on_inserted)
        source.rowsAboutToBeRemoved.connect(self._on_about_to_remove)
        source.modelReset.connect(lambda: self.set_filter(self.needle, force=True))

    def set_filter(self, text: str, *, force: bool = False) -> None:
        needle = text.strip().lower()
        if needle == self.needle and not force:
            return
        src = self.source
        if self.needle and needle.startswith(self.needle) and not force:
            candidates = [n - src.first for n in self.numbers]  # typing on: only narrows
        else:
            candidates = list(range(len(src.records)))
        texts = src.texts
        rows = [i for i in candidates if needle in texts[i]] if needle else candidates
        self.beginResetModel()
        self.needle = needle
        self.numbers = [src.first + i for i in rows]
        self.endResetModel()

    def _on_inserted(self, _parent: Index, first: int, last: int) -> None:
        src = self.source
        new = [
            src.first + i
            for i in range(first, last + 1)
            if not self.needle or self.needle in src.texts[i]
        ]
        if new:
            at = len(self.numbers)
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self.numbers.extend(new)
            self.endInsertRows()

    def _on_about_to_remove(self, _parent: Index, first: int, last: int) -> None:
        src = self.source
        gone = range(src.first + first, src.first + last + 1)
        rows = [r for r, n in enumerate(self.numbers) if n in gone]
        if rows:  # the log only ever drops its oldest calls: a run at the front
            self.beginRemoveRows(QModelIndex(), rows[0], rows[-1])
            del self.numbers[rows[0] : rows[-1] + 1]
            self.endRemoveRows()

    def source_row(self, row: int) -> int:
        return self.numbers[row] - self.source.first

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.numbers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return self.source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.numbers):
            return None
        row = self.source_row(index.row())
        return self.source.data(self.source.index(row, index.column()), role)


class RequestLogPanel(QWidget):
    def __init__(self, controller: RecordingsController) -> None:
        super().__init__()
        self.setObjectName("requestLogPanel")
        self.controller = controller
        self.model = RequestLogModel(controller, self)
        self.proxy = FilteredLog(self.model, self)

        self.filter = QLineEdit()
        self.filter.setObjectName("logFilter")
        self.filter.setPlaceholderText(
            translate("recordings.log_panel", "Filter: endpoint, sid, status, code, error text…")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.export_button = QPushButton(
            translate("recordings.log_panel", "Export for support ticket…")
        )
        self.export_button.setToolTip(
            translate(
                "recordings.log_panel",
                "Save every call (secrets redacted) and the recordings' ids as one JSON file",
            )
        )
        self.export_button.clicked.connect(self.export_dialog)
        self.clear_button = QPushButton(translate("recordings.log_panel", "Clear"))
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.clear_button)
        top.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setObjectName("requestLogTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((95, 150, 50, 50, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        from recstudio.ui import presenter

        presenter.presenter().changed.connect(self._on_presenter_changed)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("requestDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(
            translate(
                "recordings.log_panel", "Select a call to see its request and response bodies."
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_filter(text)
        self._update_count()

    def _on_clear_clicked(self) -> None:
        self.controller.clear_log()
        self.model.clear()
        self.detail.clear()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from recstudio.ui import presenter

        text = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else ""
        self.detail.setPlainText(presenter.scrub(str(text or "")))

    def _on_presenter_changed(self, _enabled: bool) -> None:
        self._on_current_row_changed(self.table.currentIndex(), QModelIndex())

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            translate("recordings.log_panel", "{shown} of {total} calls").format(
                shown=shown, total=total
            )
            if shown != total
            else translate("recordings.log_panel", "{total} calls").format(total=total)
        )

    def export_dialog(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("recordings.log_panel", "Export request log"),
            f"recstudio-support-{stamp}.json",
            translate("recordings.log_panel", "JSON (*.json)"),
        )
        if path:
            self.controller.export_log(Path(path))
