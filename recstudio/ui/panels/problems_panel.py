"""Every error and warning of every body the project sends; activating one jumps to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.paths import Path
from recstudio.model.problems import Problem
from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import tr_hint, tr_message, translate

ERROR_COLOUR = QColor("#c0392b")
WARNING_COLOUR = QColor("#b7950b")


class _MiddleElideDelegate(QStyledItemDelegate):
    """A path's end names the field, so long paths lose their middle, not their end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ProblemsPanel(QWidget):
    problem_activated = Signal(object)  # LocatedProblem

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemsTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                "",
                translate("panels.problems_panel", "Rule"),
                translate("panels.problems_panel", "Body"),
                translate("panels.problems_panel", "Field"),
                translate("panels.problems_panel", "Problem"),
            ]
        )
        self.tree.setItemDelegateForColumn(3, _MiddleElideDelegate(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(3, 220)
        #: the selected problem in full: rows are one line, messages and hints are not
        self.detail = QLabel()
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tree, 1)
        box.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemClicked.connect(self._on_item_activated)
        self._shown: list[tuple[str, Problem, Path | None]] | None = None
        document.checked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        problems = sorted(
            self._document.problems,
            key=lambda lp: (not lp.problem.is_error, lp.label, lp.problem.path),
        )
        signature = [(lp.label, lp.problem, lp.project_path) for lp in problems]
        if signature == self._shown:
            return
        self._shown = signature
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        for lp in problems:
            p = lp.problem
            message = tr_message(p)
            where = p.path or translate("panels.problems_panel", "(body)")
            item = QTreeWidgetItem(
                ["✖" if p.is_error else "⚠", p.rule_id, lp.label, where, message]
            )
            item.setForeground(0, QBrush(ERROR_COLOUR if p.is_error else WARNING_COLOUR))
            fix = translate("panels.problems_panel", "How to fix: {hint}")
            tip = message + ("\n\n" + fix.format(hint=tr_hint(p)) if p.hint else "")
            for col in range(5):
                item.setToolTip(col, f"{lp.label}: {p.path}\n{tip}")
            item.setData(0, Qt.ItemDataRole.UserRole, lp)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setUpdatesEnabled(True)

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        lp = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(lp, LocatedProblem):
            self.detail.hide()
            return
        from html import escape

        p = lp.problem
        where = escape(p.path or translate("panels.problems_panel", "(body)"))
        message = escape(tr_message(p))
        text = f"<b>{escape(p.rule_id)}</b> · {escape(lp.label)} · {where}<br>{message}"
        if p.hint:
            fix = translate("panels.problems_panel", "<i>How to fix:</i> {hint}")
            text += "<br>" + fix.format(hint=escape(tr_hint(p)))
        self.detail.setText(text)
        self.detail.show()

    def count(self) -> tuple[int, int]:
        errors = sum(lp.problem.is_error for lp in self._document.problems)
        return errors, len(self._document.problems) - errors

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lp = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(lp, LocatedProblem):
            self.problem_activated.emit(lp)
