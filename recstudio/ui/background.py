"""Run a blocking call (keyring, disk) on a worker thread and get its result back on the
GUI thread — house rule 5: no network or disk stalls on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="recstudio-bg")
#: one worker, in order: for read-modify-write of one file (preferences)
_serial_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recstudio-serial")


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered queued."""

    finished = Signal(object, object, object)  # callback, result, error


_bridge: _Bridge | None = None


def _get_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.finished.connect(_deliver)
    return _bridge


def _deliver(callback: Any, result: Any, error: Any) -> None:
    owner, done = callback
    if owner is not None and not shiboken6.isValid(owner):
        return  # the window that asked is gone (closed while the keyring answered)
    done(result, error)


def run_in_background(
    work: Callable[[], Any],
    done: Callable[[Any, BaseException | None], None],
    owner: QObject | None = None,
    *,
    serial: bool = False,
) -> None:
    """``work()`` on a worker; ``done(result, error)`` later on the GUI thread — unless
    ``owner`` (the widget ``done`` touches) has been destroyed by then."""
    bridge = _get_bridge()
    callback = (owner, done)

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to `done`, never lost
            bridge.finished.emit(callback, None, exc)
            return
        bridge.finished.emit(callback, result, None)

    (_serial_pool if serial else _pool).submit(run)


def wait_for_serial_work(timeout: float = 5.0) -> None:
    """Block until everything queued with ``serial=True`` so far has run (tests, quitting)."""
    _serial_pool.submit(lambda: None).result(timeout=timeout)
