"""The recordings controller: the one place that starts, watches, changes and stops
recordings for the window (design.md "Talking to Agora", issue 6).

It keeps a :class:`RecordingItem` per ledger entry on the GUI thread; every network, keyring
and ledger access runs in :class:`TaskPool` workers (house rule 5) and comes back as a call
on the GUI thread. A recording's ``generation`` goes up when it is stopped, so a query
answer that arrives after the stop cannot bring it back to life. Polling follows Agora's
best practice (reference §9.2): the runner confirms a start (first query ~5 s after the sid,
back-off until status 4/5); after that a query every ``poll_interval_s`` (about 2 minutes).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from recstudio.ui.recordings.actions import UPLOAD_WORDS, ActionsMixin
from recstudio.ui.recordings.connections import (
    ConnectionProblem,
    Connections,
    SandboxHost,
    describe_error,
    shared_sandbox,
)
from recstudio.ui.recordings.items import FINAL, RecordingItem
from recstudio.ui.recordings.options import RecordingOptions, load_options
from recstudio.ui.recordings.polling import PollingMixin
from recstudio.ui.recordings.request_log import LOG_LIMIT, RequestLogMixin
from recstudio.ui.recordings.starting import StartingMixin
from recstudio.ui.recordings.status_words import state_words
from recstudio.ui.recordings.workers import TaskCancelled, TaskPool

if TYPE_CHECKING:
    from recstudio.api.ledger import Ledger, LedgerEntry
    from recstudio.api.results import RequestRecord
    from recstudio.api.retry import RetryPolicy

#: Views and tests import these from here; they live next to the code that uses them.
__all__ = [
    "FINAL",
    "LOG_LIMIT",
    "RECENT_FINISHED",
    "UPLOAD_WORDS",
    "RecordingItem",
    "RecordingsController",
]

#: Finished recordings kept in the panel (the ledger keeps more; the CLI can list them).
RECENT_FINISHED = 30


class _LoadFailed(Exception):
    """The launch read the ledger but not the profiles: list the entries, then report."""

    def __init__(self, loaded: tuple[Any, Any, Any], cause: BaseException) -> None:
        super().__init__(str(cause))
        self.loaded = loaded  # (entries, problems, failure) as work() returns them
        self.cause = cause


class _Bridge(QObject):
    """Parentless, lives on the GUI thread; workers emit, the controller receives queued."""

    runner_event = Signal(object)
    logged = Signal(object)


class RecordingsController(StartingMixin, PollingMixin, ActionsMixin, RequestLogMixin, QObject):
    """See the module docstring. Views observe its signals and call its methods.

    The flows live in mixins, one job each: :mod:`~recstudio.ui.recordings.starting`,
    :mod:`~recstudio.ui.recordings.polling`, :mod:`~recstudio.ui.recordings.actions` and
    :mod:`~recstudio.ui.recordings.request_log`; this class keeps the signals, the wiring
    and the launch / ledger reconciliation."""

    items_changed = Signal()  # rows added/removed/reordered or any field changed
    elapsed_ticked = Signal()  # a second passed: elapsed columns need repainting
    running_count_changed = Signal(int)
    request_logged = Signal(object)  # RequestRecord
    message = Signal(str)  # a sentence for the status bar
    busy_changed = Signal(str)  # what runs in the background ("" = idle)
    profiles_loaded = Signal(list)  # profile names
    start_state_changed = Signal()  # Start's enabled state / tooltip may differ
    ready = Signal()  # profiles and ledger loaded, recovery queries sent
    item_added = Signal(str)  # a start created this recording: views select it
    ledger_banner_changed = Signal(str)  # started recordings the ledger could not take

    def __init__(
        self,
        document: Any,
        parent: QObject | None = None,
        *,
        sandbox: SandboxHost | None = None,
        options: RecordingOptions | None = None,
        ledger: Ledger | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.options = options if options is not None else load_options()
        self.sandbox = sandbox if sandbox is not None else shared_sandbox()
        self.pool = TaskPool(self)
        self.pool.busy_changed.connect(self.busy_changed)
        self.items: dict[str, RecordingItem] = {}
        self.log: list[RequestRecord] = []
        #: ``search_text`` of each entry of ``log``, made once as the call is logged
        self.log_texts: list[str] = []
        self.profile_names: list[str] = []
        self.loaded = False
        self.last_error: dict[str, str] | None = None
        self._ledger = ledger
        from recstudio.api.ledger_pending import RETRY_INTERVAL_S, PendingWrites

        #: Started recordings the ledger refused; kept here and written again (issue 10).
        self.pending = PendingWrites()
        self._retrying = False
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(int(RETRY_INTERVAL_S * 1000))
        self._retry_timer.timeout.connect(self._retry_pending)
        #: Client retry schedule (None: Agora's, recstudio.api.retry); tests use never().
        self.retry_policy: RetryPolicy | None = None
        self._connections: Connections | None = None
        self._connections_lock = threading.Lock()
        self._starting: dict[str, Any] | None = None
        self._launched = False
        self._shut_down = False
        self._last_second = 0
        self._last_running = -1
        self._bridge = _Bridge()
        self._bridge.runner_event.connect(self._on_runner_event)
        self._bridge.logged.connect(self._on_logged)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        document.checked.connect(self.start_state_changed)

    # -- loading (worker) ----------------------------------------------------------------
    def ledger(self) -> Ledger:
        if self._ledger is None:
            from recstudio.api.ledger import Ledger

            self._ledger = Ledger()
        return self._ledger

    def connections(self) -> Connections:
        """Blocking (reads profiles.json): call from workers; cached afterwards."""
        with self._connections_lock:
            return self._make_connections()

    def _make_connections(self) -> Connections:
        if self._connections is None:
            from recstudio.events.store import request_keeper
            from recstudio.settings.profiles import ProfileStore

            bridge = self._bridge
            # kept in the ledger database for the timeline and the doctor (worker thread)
            keep = request_keeper(logging.getLogger(__name__).warning)

            def log(record: RequestRecord) -> None:
                if keep is not None:
                    keep(record)
                with contextlib.suppress(RuntimeError):  # the window is gone
                    bridge.logged.emit(record)

            self._connections = Connections(
                ProfileStore(),
                self.ledger(),
                self.sandbox,
                sleep=self.pool.sleep,
                log=log,
                retry_policy=self.retry_policy,
            )
        return self._connections

    def launch(self) -> None:
        """After the window is shown: load profiles and the ledger, list what may still
        run and query it (reliability §6.4) — all off the GUI thread."""
        if self._launched:
            return
        self._launched = True

        def work() -> tuple[list[str], list[LedgerEntry], list[str], BaseException | None]:
            # The ledger first, and on its own: what may still bill is listed even when
            # profiles fail to load, and profiles load even when the ledger cannot open.
            # The ledger needs no pydantic, so it never waits for the background imports
            # (issue 10 item 7).
            from recstudio.api.ledger import LedgerError

            entries: list[LedgerEntry] = []
            problems: list[str] = []
            failure: BaseException | None = None
            try:
                ledger = self.ledger()
                problems = ledger.open()
                entries = ledger.may_be_running() + ledger.recent_finished(RECENT_FINISHED)
            except LedgerError as error:
                failure = error
            try:
                from recstudio.ui.background import wait_for_preload

                # the profiles import pydantic: never beside the import worker, and not
                # before the window's first frame has started it
                wait_for_preload(start=False)
                names = self.connections().store.names()
            except Exception as exc:
                raise _LoadFailed((entries, problems, failure), exc) from exc
            return names, entries, problems, failure

        self.pool.submit(
            work,
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
            label="Loading profiles and the recordings ledger…",
        )

    def _on_loaded(
        self, result: tuple[list[str], list[LedgerEntry], list[str], BaseException | None]
    ) -> None:
        names, entries, problems, failure = result
        self.loaded = True
        self.profile_names = names
        self.profiles_loaded.emit(names)
        running = [e for e in entries if e.may_be_running]
        finished = [e for e in entries if not e.may_be_running][-RECENT_FINISHED:]
        for entry in running + finished:
            if entry.id in self.items:
                continue
            item = RecordingItem.from_entry(entry)
            if entry.may_be_running:
                item.recovered = True
                item.note = "From an earlier session: " + entry.caution()
            self.items[entry.id] = item
        self._changed()
        recovered = [self.items[e.id] for e in running if self.items[e.id].addressable]
        for item in recovered:
            self.query(item.key)
        if running:
            self.message.emit(
                f"{len(running)} recording(s) from an earlier session may still be running; "
                "querying them."
            )
        elif problems:
            self.message.emit(
                f"The old ledger.jsonl was imported; {len(problems)} bad line(s) skipped "
                f"({problems[0]})."
            )
        if failure is not None:
            self._report(None, failure)
        self.ready.emit()

    # -- recordings the ledger could not take ----------------------------------------------
    def keep_unjournaled(self, entry: LedgerEntry, error: Any) -> None:
        """Hold a started recording's snapshot in memory, show the banner, retry."""
        self.pending.add(entry, error)
        self.ledger_banner_changed.emit(self.pending.banner())
        if not self._retry_timer.isActive():
            self._retry_timer.start()

    def _retry_pending(self) -> None:
        if self._retrying or self._shut_down:
            return
        if not len(self.pending):
            self._retry_timer.stop()
            return
        self._retrying = True

        def done(written: list[str]) -> None:
            self._retrying = False
            if written:
                self.message.emit(f"{len(written)} recording(s) are now in the ledger.")
            if not len(self.pending):
                self._retry_timer.stop()
            self.ledger_banner_changed.emit(self.pending.banner())

        def failed(error: BaseException) -> None:
            self._retrying = False
            self._report(None, error)

        self.pool.submit(lambda: self.pending.retry(self.ledger()), on_done=done, on_error=failed)

    def _on_load_failed(self, error: BaseException) -> None:
        if isinstance(error, _LoadFailed):  # the ledger loaded; the profiles did not
            self._on_loaded(([], *error.loaded))
            self._report(None, error.cause)
            return
        self.loaded = True
        self._report(None, error)
        self.ready.emit()

    def reload_profiles(self) -> None:
        """After the profiles dialog saved: new names, fresh clients."""

        def work() -> list[str]:
            connections = self.connections()
            connections.store.reload()
            connections.invalidate()
            return connections.store.names()

        def done(names: list[str]) -> None:
            self.profile_names = names
            self.profiles_loaded.emit(names)

        self.pool.submit(work, on_done=done, on_error=lambda e: self._report(None, e))

    def provide_secret(self, key: str, profile_name: str, secret: str) -> None:
        """A secret typed in a recording's details (issue 13 point 7: recovery without a
        keyring): kept for this session (and in the keyring when there is one), then the
        recording is queried again."""

        def work() -> None:
            self.connections().store.set_customer_secret(profile_name, secret)

        def done(_result: Any) -> None:
            item = self.items.get(key)
            if item is not None:
                item.error = None
                self._changed()
                self.query(key)

        self.pool.submit(
            work,
            on_done=done,
            on_error=lambda e: self._report(key, e),
            label="Keeping the secret…",
        )

    def ensure_sandbox(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Start the in-process Sandbox with the Sandbox profile's credentials (worker)."""

        def work() -> Any:
            from recstudio.settings.profiles import SANDBOX_PROFILE_NAME

            store = self.connections().store
            credentials = store.credentials(store.get(SANDBOX_PROFILE_NAME))
            secret = credentials.customer_secret
            return self.sandbox.ensure_started(
                credentials.customer_id, secret.get_secret_value() if secret else ""
            )

        self.pool.submit(
            work,
            on_done=on_done,
            on_error=lambda e: self._report(None, e),
            label="Starting the Sandbox…",
        )

    # -- widgets that install_recordings builds on first use ------------------------------
    lazy_panels: dict[str, Any]

    @property
    def log_panel(self) -> Any:
        return self.lazy_panels["log_panel"]()

    @property
    def sandbox_panel(self) -> Any:
        return self.lazy_panels["sandbox_panel"]()

    # -- what the window asks ------------------------------------------------------------
    def ordered(self) -> list[RecordingItem]:
        """May-bill first (newest first), then finished ones (newest first)."""
        items = sorted(self.items.values(), key=lambda i: i.started_at, reverse=True)
        return [i for i in items if i.active] + [i for i in items if not i.active]

    def running_count(self) -> int:
        return sum(1 for item in self.items.values() if item.may_bill)

    def target(self, key: str | None = None) -> RecordingItem | None:
        """The recording a toolbar action means: the given one, else the newest that may run."""
        if key is not None:
            return self.items.get(key)
        for item in self.ordered():
            if item.active and item.addressable:
                return item
        return None

    # -- errors and change notification --------------------------------------------------------
    def _report(self, key: str | None, error: BaseException, *, quiet: bool = False) -> None:
        if isinstance(error, TaskCancelled):
            return
        if not _is_reportable(error):
            raise error  # a bug: let it surface (pytest-qt fails the test)
        info = describe_error(error)
        self.last_error = info
        item = self.items.get(key) if key is not None else None
        if item is not None:
            item.error = info
            item.busy = ""
            self._changed()
        if not quiet or item is None:
            self.message.emit("Failed: " + info["title"])
        else:
            self.message.emit(f"{item.cname}: {info['title']}")
        if item is None:
            self.items_changed.emit()

    def _changed(self) -> None:
        self.items_changed.emit()
        count = self.running_count()
        if count != self._last_running:
            self._last_running = count
            self.running_count_changed.emit(count)

    # -- closing ---------------------------------------------------------------------------
    def running_items(self) -> list[RecordingItem]:
        return [item for item in self.ordered() if item.may_bill]

    def stop_all_and_wait(self, timeout_s: float = 20.0) -> list[RecordingItem]:
        """Stop every addressable running recording (async: the upload continues at
        Agora) while the event loop keeps the window painting; returns those that could not
        be confirmed stopped."""
        from PySide6.QtCore import QEventLoop

        targets = [i for i in self.running_items() if i.addressable and i.state not in FINAL]
        pending = {i.key for i in targets}
        loop = QEventLoop()

        def finished(key: str) -> Callable[[bool], None]:
            def callback(_ok: bool) -> None:
                pending.discard(key)
                if not pending:
                    loop.quit()

            return callback

        for item in targets:
            if not self.stop(item.key, async_stop=True, on_finished=finished(item.key)):
                pending.discard(item.key)
        if pending:
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
        return [i for i in targets if i.state not in FINAL]

    def shutdown(self) -> None:
        """Stop timers, interrupt waits and close clients. The Sandbox keeps running (it is
        per process and stopped when the application quits)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._tick.stop()
        self._retry_timer.stop()
        self.pool.shutdown(15000)
        if self._connections is not None:
            self._connections.close()

    def describe_state(self, item: RecordingItem) -> str:
        return state_words(item.state)


def _is_reportable(error: BaseException) -> bool:
    """Failures a user can act on (vs. bugs, which are raised)."""
    from recstudio.api.errors import ApiError
    from recstudio.settings.profiles import ProfileError

    return isinstance(error, ApiError | ConnectionProblem | ProfileError | OSError)
