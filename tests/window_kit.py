"""Closing a test's main window without the questions a person would get.

qtbot.addWidget would close the window before fixture teardown, where a "save changes?" or
"recordings are running" box would block an offscreen run forever.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def window_sandbox(timing: Any) -> Iterator[Any]:
    """The in-process Sandbox every window of the test uses (the "Sandbox" profile)."""
    from recstudio.ui.recordings.connections import SandboxHost, set_shared_sandbox

    host = SandboxHost(timing)
    set_shared_sandbox(host)
    try:
        yield host
    finally:
        set_shared_sandbox(None)
        host.stop()
