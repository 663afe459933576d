"""ui/gui_gc.py: cyclic garbage is collected by the GUI thread's timer, not by whichever
worker thread allocates (a cross-thread QObject deletion segfaulted CI)."""

from __future__ import annotations

import gc
import threading
import weakref

from recstudio.ui.gui_gc import collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_is_collected_on_the_gui_thread_only(qtbot) -> None:
    collect_on_gui_thread()
    assert not gc.isenabled()
    freed_in: list[str] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed_in.append(threading.current_thread().name))
    del cycle

    def allocate() -> None:  # what used to start a collection on a worker
        for _ in range(50_000):
            _Cycle()

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert freed_in == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: freed_in != [], timeout=5000)
    assert freed_in == [threading.main_thread().name]


def test_after_the_first_check_the_start_up_objects_are_frozen(window, qtbot) -> None:
    """Later full collections on the GUI thread walk only what came after start-up."""
    qtbot.waitUntil(lambda: window.document.checked_once, timeout=30_000)
    assert gc.get_freeze_count() > 10_000
