"""Run blocking work (HTTP, keyring, disk) off the GUI thread; results come back as calls
on the GUI thread.

House rule 5 and reliability §3.6: a Cloud Recording call can hang for its whole read
timeout (a sync stop waits for uploads), and a locked keyring can block for seconds, so
nothing of that kind may run where Qt paints. Work goes to a private ``QThreadPool``; the
outcome is emitted by a parentless emitter object and delivered through a queued
connection to the pool object on the GUI thread, which calls the task's callbacks there.
Callers drop stale outcomes themselves (a generation number per recording), because only
they know what "stale" means. On shutdown sleeps are interrupted (:class:`TaskCancelled`)
and outcomes are no longer delivered.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskCancelled(Exception):
    """The app is shutting down; the task gave up while waiting."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    task_id: int
    value: Any
    error: BaseException | None


class _Emitter(QObject):
    """Lives on the GUI thread; its signal is emitted from workers (queued delivery)."""

    done = Signal(object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], emitter: _Emitter) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._emitter = emitter

    def run(self) -> None:
        try:
            outcome = _Outcome(self._task_id, self._fn(), None)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            outcome = _Outcome(self._task_id, None, exc)
        # RuntimeError: the pool is gone (window closed); nobody wants the answer.
        with contextlib.suppress(RuntimeError):
            self._emitter.done.emit(outcome)


@dataclass(slots=True)
class _Pending:
    label: str
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class TaskPool(QObject):
    """Submit callables; ``busy_changed(text)`` says what is in flight ("" when idle)."""

    busy_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 8) -> None:
        super().__init__(parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter()
        self._emitter.done.connect(self._on_emitter_done)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._cancel = threading.Event()

    # -- submitting ---------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        if self._cancel.is_set():
            return 0
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(label, on_done, on_error)
        self._pool.start(_Task(task_id, fn, self._emitter))
        self._announce()
        return task_id

    @property
    def busy_text(self) -> str:
        labels = [p.label for p in self._pending.values() if p.label]
        if not labels:
            return ""
        first = labels[-1]
        return first if len(labels) == 1 else f"{first} (+{len(labels) - 1} more)"

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def sleep(self, seconds: float) -> None:
        """Sleep for workers that the shutdown can interrupt."""
        if self._cancel.wait(max(0.0, seconds)):
            raise TaskCancelled("the application is closing")

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- delivery (GUI thread) ----------------------------------------------------------
    def _on_emitter_done(self, outcome: _Outcome) -> None:
        pending = self._pending.pop(outcome.task_id, None)
        self._announce()
        if pending is None or self._cancel.is_set():
            return
        if outcome.error is None:
            if pending.on_done is not None:
                pending.on_done(outcome.value)
        elif pending.on_error is not None:
            pending.on_error(outcome.error)
        elif not isinstance(outcome.error, TaskCancelled):
            raise outcome.error

    def _announce(self) -> None:
        self.busy_changed.emit(self.busy_text)

    # -- shutdown -----------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 15000) -> bool:
        """Interrupt sleeping tasks, drop queued ones, wait for running calls to return.
        Returns False when a call was still hanging after ``timeout_ms``."""
        self._cancel.set()
        self._pool.clear()
        finished = self._pool.waitForDone(timeout_ms)
        self._pending.clear()
        return bool(finished)

    def wait_idle(self, timeout_ms: int) -> bool:
        """Block until every task ran (tests and the close hook's "stop all" path)."""
        return bool(self._pool.waitForDone(timeout_ms))
