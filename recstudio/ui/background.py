"""Run a blocking call (keyring, disk) on a worker thread and get its result back on the
GUI thread — house rule 5: no network or disk stalls on the GUI thread."""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="recstudio-bg")
#: one worker, in order: for read-modify-write of one file (preferences)
_serial_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recstudio-serial")


#: What the first check, the settings and the recordings' launch import, in this order, on
#: one worker (issue 10 item 7): three threads importing pydantic at once saw a partially
#: initialised ``pydantic._internal._validators`` (an ImportError) in 4 of 50 launches.
#: The first painted frame needs none of them (issue 12), so they load after it.
PRELOAD_MODULES = (
    "pydantic",
    "pydantic.fields",
    "pydantic.type_adapter",
    "recstudio.model.schema",
    "recstudio.model.rules",
    "recstudio.model.generate",
    "recstudio.settings.preferences",
    "recstudio.settings.profiles",
)
_preload_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recstudio-imports")
_preload: Future[None] = Future()
_preload_lock = threading.Lock()
_preload_started = False
_preload_held = False


def _import_all() -> None:
    try:
        for name in PRELOAD_MODULES:
            importlib.import_module(name)
        from recstudio.model.schema.bodies import build_validators

        build_validators()  # deferred by the models; built here, not by the first check
    except BaseException as exc:  # every waiter gets it
        _preload.set_exception(exc)
    else:
        _preload.set_result(None)


def start_preload() -> Future[None]:
    """Begin the background imports (once) unless they are held for the first frame."""
    global _preload_started
    with _preload_lock:
        if not _preload_started and not _preload_held:
            _preload_started = True
            _preload_pool.submit(_import_all)
    return _preload


def hold_preload() -> None:
    """Keep the imports from starting until :func:`release_preload`: the main window
    calls this so they do not compete with its first painted frame for the GIL."""
    global _preload_held
    with _preload_lock:
        _preload_held = not _preload_started


def release_preload() -> None:
    global _preload_held
    with _preload_lock:
        _preload_held = False
    start_preload()


def wait_for_preload(timeout: float | None = 30.0, *, start: bool = True) -> None:
    """Block until the background imports are done: a thread that needs those modules
    waits instead of importing them beside the import worker. ``start`` (the GUI thread,
    which needs them now) starts them even if held; a worker leaves that to the window
    for up to 5 s. Raises what the imports raised (the caller reports it)."""
    if start:
        release_preload()
    elif not _preload_started:
        with contextlib.suppress(FuturesTimeout):
            _preload.result(timeout=5.0)
        release_preload()
    _preload.result(timeout=timeout)


def when_preloaded(done: Callable[[BaseException | None], None], owner: QObject) -> None:
    """``done(error)`` on the GUI thread once the background imports have finished
    (whenever they are started)."""
    bridge = _get_bridge()
    callback = (owner, lambda _result, error: done(error))

    def finished(future: Future[None]) -> None:  # on the import worker, or right here
        bridge.finished.emit(callback, None, future.exception())

    _preload.add_done_callback(finished)


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


#: A file bigger than this is opened or imported on a worker, never read on the GUI thread.
BIG_FILE_BYTES = 256 * 1024


def is_big_file(path: Path) -> bool:
    try:
        return path.stat().st_size > BIG_FILE_BYTES
    except OSError:  # missing or unreadable: the plain path of the caller says why
        return False
