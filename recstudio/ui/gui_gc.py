"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate: a worker
building the Sandbox or parsing a body can then free the last reference to a Qt wrapper
(a closed dialog, a previous window) and delete its QObject outside the GUI thread while
the event loop uses it — a segfault seen in CI (tests/ui/test_studio.py, the worker inside
``SandboxServer.__init__``). The usual cure for PySide/PyQt apps with worker threads:
switch automatic collection off and let a GUI-thread timer collect each generation once
its counters pass the thresholds, as automatic collection would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counters; a look costs microseconds.
CHECK_MS = 500

_ATTRIBUTE = "_recstudio_gui_gc"


class GuiThreadCollector(QObject):
    """Collect a generation when its count passes its threshold, on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread() -> None:
    """Install the collector once per application (the app and every test window)."""
    app = QCoreApplication.instance()
    if app is None or getattr(app, _ATTRIBUTE, None) is not None:
        return
    setattr(app, _ATTRIBUTE, GuiThreadCollector(app))
