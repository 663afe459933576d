"""Closing a test's main window without the questions a person would get.

qtbot.addWidget would close the window before fixture teardown, where a "save changes?" or
"recordings are running" box would block an offscreen run forever.
"""

from __future__ import annotations

from typing import Any


def dispose_window(win: Any) -> None:
    """Close ``win`` as if its user answered "leave them, discard": no stop is sent (that is
    what a crash test needs) and every worker the window started is shut down."""
    win.close_hooks.clear()
    recordings = getattr(win, "recordings", None)
    if recordings is not None:
        recordings.shutdown()
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
