"""A main window on the in-process Sandbox with fast polling, and a Sandbox recording that
nobody joins (so it leaves after ``maxIdleTime``): what the timeline and receiver tests of
issue 16 watch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from window_kit import dispose_window, window_sandbox

from recstudio.emulator import Timing

FAST = Timing(
    status_schedule=((0.0, 1), (0.1, 2), (0.2, 3), (0.3, 4), (0.6, 5)),
    mix_first_slice_s=0.5,
)
STORAGE_SECRET = "SuperSecretKey123"


@contextmanager
def fast_window(qtbot: Any) -> Iterator[tuple[Any, Any]]:
    from recstudio.ui.launch import build_main_window

    with window_sandbox(FAST) as host:
        win = build_main_window()
        c = win.recordings.controller
        c.options.first_query_delay_s = 0.05
        c.options.confirm_backoff_s = (0.1,)
        c.options.poll_interval_s = 0.3
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: c.loaded, timeout=5000)
        try:
            yield win, host
        finally:
            dispose_window(win)


def start_idle_recording(qtbot: Any, win: Any, cname: str, max_idle: int = 5) -> Any:
    """Start from the toolbar; returns the running item (nobody is in the channel)."""
    c, d = win.recordings.controller, win.document
    d.set_value(("cname",), cname)
    d.set_value(("uid",), "527841")
    d.set_value(("start", "recordingConfig", "maxIdleTime"), max_idle)
    d.set_value(("start", "storageConfig", "bucket"), "recordings")
    d.set_value(("start", "storageConfig", "accessKey"), "AKEXAMPLE")
    d.set_value(("start", "storageConfig", "secretKey"), STORAGE_SECRET)
    d.refresh()
    win.recordings.toolbar.act_start.trigger()
    qtbot.waitUntil(lambda: len(c.items) == 1, timeout=5000)
    item = next(iter(c.items.values()))
    qtbot.waitUntil(lambda: item.state == "running", timeout=8000)
    return item
