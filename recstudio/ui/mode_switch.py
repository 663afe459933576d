"""Apply a mode switch as one undo step and tell the user what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recstudio.model.enums import Mode
from recstudio.model.mode_switch import adapt_for_mode
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def switch_mode(document: ProjectDocument, mode: Mode, widget: QWidget | None = None) -> str:
    project = document.project
    if project.mode == mode:
        return ""
    change = adapt_for_mode(project, mode)
    document.set_values(
        [
            (("mode",), mode),
            (("acquire",), change.acquire),
            (("start",), change.start),
            (("update",), change.update),
        ],
        translate("mode_switch", "Switch to {value} mode").format(value=mode.value),
    )
    message = change.summary()
    window = widget.window() if widget is not None else None
    if window is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 10000)
    return message
