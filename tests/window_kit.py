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
        recordings.controller.shutdown()
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


def recording_child(
    *, setup: str = "", ready: str = "True", then: str, run_gui: bool = False
) -> str:
    """A Python script for a child process: the real app, a project that can start, Start
    pressed once the controller is ready, and ``then`` run once a recording is running
    and ``ready`` (an expression; ``sid`` is the running recording's) holds. ``setup`` runs
    before the project is filled; ``run_gui`` uses the real launch (startup included)."""
    import textwrap

    body = textwrap.dedent(
        """
        import os, signal, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication(sys.argv[:1])
        from recstudio.ui.launch import build_main_window, run_gui

        def drive(w):
            c, d = w.recordings.controller, w.document
            c.options.first_query_delay_s = 0.05
            c.options.confirm_backoff_s = (0.1,)
        {setup}
            d.set_value(("uid",), "527841")
            for key, value in (("bucket", "b"), ("accessKey", "AK"), ("secretKey", "SK")):
                d.set_value(("start", "storageConfig", key), value)
            d.refresh()

            def start():
                if not (c.loaded and w.recordings.toolbar.act_start.isEnabled()):
                    QTimer.singleShot(50, start)
                    return
                w.recordings.toolbar.act_start.trigger()
                watch()

            def watch():
                sid = next((i.sid for i in c.items.values() if i.state == "running"), None)
                if sid and ({ready}):
        {then}
                    return
                QTimer.singleShot(50, watch)

            start()

        QTimer.singleShot(45000, lambda: app.exit(3))
        if {run_gui}:
            def find():
                return next(x for x in app.topLevelWidgets() if x.objectName() == "MainWindow")
            # after the launch's startup (it opens the last project once the import worker
            # is done; its callback was registered first, so it runs before this one)
            from recstudio.ui.background import when_preloaded
            QTimer.singleShot(0, lambda: when_preloaded(
                lambda _e: QTimer.singleShot(0, lambda: drive(find())), app))
            sys.exit(run_gui(None))
        w = build_main_window()
        w.show()
        QTimer.singleShot(0, lambda: drive(w))
        app.exec()
        """
    )
    return body.format(
        setup=textwrap.indent(textwrap.dedent(setup), " " * 4),
        ready=ready,
        then=textwrap.indent(textwrap.dedent(then), " " * 12),
        run_gui=run_gui,
    )


def relaunched_window(qtbot: Any) -> tuple[Any, Any, Any]:
    """The app opened again after a crash: (window, recordings controller, the one
    recording the ledger lists as recovered)."""
    from recstudio.ui.launch import build_main_window

    win = build_main_window()
    c = win.recordings.controller
    c.options.poll_interval_s = 0.3
    win.show()
    qtbot.waitUntil(lambda: c.loaded and len(c.items) == 1, timeout=5000)
    (item,) = c.items.values()
    assert item.recovered
    return win, c, item
