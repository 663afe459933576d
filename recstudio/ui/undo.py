"""Undo commands. Each holds intent (a Project path and values), never a widget, so the
same command serves a form field, the canvas and the inspector (house rule 4)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from recstudio.model.jsontree import copy_tree
from recstudio.model.paths import Path, format_path
from recstudio.ui.i18n import translate


class ValueTarget(Protocol):
    """What a command changes: the document's values (``ui/document.py``), named here so
    the commands do not import the document that imports them."""

    def get(self, path: Path, default: Any = ...) -> Any: ...
    def apply(self, path: Path, value: Any) -> None: ...
    def apply_many(self, changes: list[tuple[Path, Any]]) -> None: ...


#: QUndoCommand.id() of commands that may merge (typing into one field, nudging a region).
MERGE_ID = 0x5EC


class SetValueCommand(QUndoCommand):
    """Set (or delete, with ``MISSING``) the value at one Project path.

    ``merge_key`` lets consecutive edits of the same thing collapse into one undo step:
    typing ``1``, ``12``, ``120`` into a spin box, or arrow-key nudges of one region.
    """

    def __init__(
        self,
        document: ValueTarget,
        path: Path,
        value: Any,
        text: str = "",
        *,
        merge_key: str | None = None,
    ) -> None:
        change = translate("undo", "Change {path}")
        super().__init__(text or change.format(path=format_path(path)))
        self._document = document
        self.path = path
        self.old = copy_tree(document.get(path))
        self.new = copy_tree(value)
        self.merge_key = merge_key

    def redo(self) -> None:
        self._document.apply(self.path, copy_tree(self.new))

    def undo(self) -> None:
        self._document.apply(self.path, copy_tree(self.old))

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.merge_key != self.merge_key:
            return False
        if other.path != self.path:
            return False
        self.new = other.new
        return True


class MultiValueCommand(QUndoCommand):
    """Several paths changed as one step (align, distribute, convert-to-custom, import)."""

    def __init__(
        self,
        document: ValueTarget,
        changes: list[tuple[Path, Any]],
        text: str,
        *,
        merge_key: str | None = None,
        owned: bool = False,
    ) -> None:
        """``owned``: the values were made for this command and nobody else holds them (an
        import parsed on a worker); with the document's copy-on-write edits they are then
        kept and applied as they are, not deep-copied three times (10 MB: ~0.7 s)."""
        super().__init__(text)
        self._document = document
        keep = _same if owned else copy_tree
        self.changes = [(path, keep(document.get(path)), keep(value)) for path, value in changes]
        self.merge_key = merge_key
        self._copy = keep

    def redo(self) -> None:
        self._document.apply_many([(p, self._copy(new)) for p, _, new in self.changes])

    def undo(self) -> None:
        self._document.apply_many([(p, self._copy(old)) for p, old, _ in reversed(self.changes)])

    def id(self) -> int:
        return MERGE_ID + 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MultiValueCommand) or other.merge_key != self.merge_key:
            return False
        if [p for p, _, _ in other.changes] != [p for p, _, _ in self.changes]:
            return False
        self.changes = [
            (p, old, new)
            for (p, old, _), (_, _, new) in zip(self.changes, other.changes, strict=True)
        ]
        return True


def _same(value: Any) -> Any:
    return value
