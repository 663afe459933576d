"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate: a worker
building the Sandbox or parsing a body can then free the last reference to a Qt wrapper
(a closed dialog, a previous window) and delete its QObject outside the GUI thread while
the event loop uses it — a segfault seen in CI (tests/ui/test_studio.py, the worker inside
``SandboxServer.__init__``). The usual cure for PySide/PyQt apps with worker threads:
switch automatic collection off and let a GUI-thread timer collect each generation when
CPython's own rule says so (``recstudio/collector.py``).

Once the first check has finished, what is alive (modules, classes, pydantic's schemas,
the window's widgets) lives as long as the app: ``settle`` moves it to the permanent
generation, so later full collections walk only what came after (36 ms before, on the
GUI thread, each time).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from recstudio.collector import LongLived, generation_due

#: How often the GUI thread looks at the collector's counters; a look costs microseconds.
CHECK_MS = 500

_ATTRIBUTE = "_recstudio_gui_gc"


class GuiThreadCollector(QObject):
    """Collect a generation when CPython would have, on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._long_lived = LongLived()
        self.settled = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_MS)

    def check(self) -> None:
        generation = generation_due(gc.get_count(), self._thresholds, self._long_lived)
        if generation is None:
            return
        young = len(gc.get_objects(0)) + len(gc.get_objects(1)) if generation == 1 else 0
        unreachable = gc.collect(generation)
        if generation == 2:
            self._long_lived.after(2, survivors=len(gc.get_objects(2)))
        else:
            self._long_lived.after(generation, survivors=young - unreachable)

    def settle(self) -> None:
        """Collect everything once, then freeze what is left (once per process)."""
        if self.settled:
            return
        self.settled = True
        gc.collect()
        gc.freeze()
        self._long_lived.after(2, survivors=0)


def collect_on_gui_thread() -> None:
    """Install the collector once per application (the app and every test window)."""
    app = QCoreApplication.instance()
    if app is None or getattr(app, _ATTRIBUTE, None) is not None:
        return
    setattr(app, _ATTRIBUTE, GuiThreadCollector(app))


def settle_startup_objects() -> None:
    """Freeze what the start-up left alive (call once its first check has finished)."""
    collector = getattr(QCoreApplication.instance(), _ATTRIBUTE, None)
    if isinstance(collector, GuiThreadCollector):
        collector.settle()
