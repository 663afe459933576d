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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from recstudio.ui.i18n import translate
from recstudio.ui.recordings.actions import UPLOAD_WORDS, Actions
from recstudio.ui.recordings.backlog import LedgerBacklog
from recstudio.ui.recordings.connections import Connections, SandboxHost, shared_sandbox
from recstudio.ui.recordings.items import FINAL, RecordingItem
from recstudio.ui.recordings.options import RecordingOptions, load_options
from recstudio.ui.recordings.polling import Poller
from recstudio.ui.recordings.request_log import LOG_LIMIT, RequestLog
from recstudio.ui.recordings.rows import Context, Rows
from recstudio.ui.recordings.starting import Starter
from recstudio.ui.recordings.status_words import state_words
from recstudio.ui.recordings.workers import TaskPool

if TYPE_CHECKING:
    from recstudio.api.ledger import Ledger, LedgerEntry
    from recstudio.api.results import RequestRecord
    from recstudio.api.retry import RetryPolicy
    from recstudio.ui.document import ProjectDocument

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


class RecordingsController(QObject):
    """See the module docstring. Views observe its signals and call its methods.

    The flows are parts with their own state, composed here: :class:`Starter` (the start
    in flight), :class:`Poller` (the tick), :class:`Actions` (stop, update, updateLayout),
    :class:`RequestLog` (the calls) and :class:`LedgerBacklog` (what the ledger refused),
    over the shared :class:`Rows`. This class keeps the signals, the wiring, the launch /
    ledger reconciliation and the methods the views call."""

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
        document: ProjectDocument,
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
        self.rows = Rows(
            changed=self.items_changed.emit,
            count_changed=self.running_count_changed.emit,
            say=self.message.emit,
        )
        self.profile_names: list[str] = []
        self.loaded = False
        self._ledger = ledger
        #: Client retry schedule (None: Agora's, recstudio.api.retry); tests use never().
        self.retry_policy: RetryPolicy | None = None
        self._connections: Connections | None = None
        self._connections_lock = threading.Lock()
        self._launched = False
        self._shut_down = False
        context = Context(
            document=document,
            options=self.options,
            pool=self.pool,
            rows=self.rows,
            connections=self.connections,
            ledger=self.ledger,
            say=self.message.emit,
        )
        self._context = context
        self._bridge = _Bridge()
        self.backlog = LedgerBacklog(context, banner=self.ledger_banner_changed.emit, parent=self)
        self.actions = Actions(context)
        self.poller = Poller(
            context, stop=self.actions.stop, ticked=self.elapsed_ticked.emit, parent=self
        )
        self.starter = Starter(
            context,
            post_event=self._bridge.runner_event.emit,
            state_changed=self.start_state_changed.emit,
            added=self.item_added.emit,
            keep_unjournaled=self.backlog.keep,
        )
        self.request_log = RequestLog(context, logged=self.request_logged.emit)
        self._bridge.runner_event.connect(self.starter.on_runner_event)
        self._bridge.logged.connect(self.request_log.on_logged)
        document.checked.connect(self.start_state_changed)

    # -- the rows ----------------------------------------------------------------------------
    @property
    def items(self) -> dict[str, RecordingItem]:
        return self.rows.items

    @property
    def last_error(self) -> dict[str, str] | None:
        return self.rows.last_error

    def ordered(self) -> list[RecordingItem]:
        """May-bill first (newest first), then finished ones (newest first)."""
        return self.rows.ordered()

    def running_count(self) -> int:
        return self.rows.running_count()

    def running_items(self) -> list[RecordingItem]:
        return self.rows.running_items()

    def target(self, key: str | None = None) -> RecordingItem | None:
        """The recording a toolbar action means: the given one, else the newest that may run."""
        return self.rows.target(key)

    def describe_state(self, item: RecordingItem) -> str:
        return state_words(item.state)

    # -- what the starter, poller and request log do, as the views ask for it ----------------
    # (stop, update and updateLayout: ``controller.actions``)
    def start_errors(self) -> list[Any]:
        return self.starter.start_errors()

    @property
    def starting(self) -> bool:
        return self.starter.starting

    def start(self) -> bool:
        """Acquire + start + confirm in a worker (see :class:`Starter`). False if blocked."""
        return self.starter.start()

    def query(self, key: str | None = None) -> bool:
        return self.poller.query(key)

    def set_poll_interval(self, seconds: float) -> None:
        self.poller.set_poll_interval(seconds)

    def set_max_duration(self, minutes: float) -> None:
        self.poller.set_max_duration(minutes)

    @property
    def log(self) -> list[RequestRecord]:
        return self.request_log.records

    @property
    def log_texts(self) -> list[str]:
        return self.request_log.texts

    def clear_log(self) -> None:
        self.request_log.clear()

    def support_bundle(self) -> dict[str, Any]:
        return self.request_log.support_bundle()

    def export_log(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        self.request_log.export(path, on_done)

    @property
    def pending(self) -> Any:
        """Started recordings the ledger refused (:class:`LedgerBacklog`)."""
        return self.backlog.pending

    def keep_unjournaled(self, entry: LedgerEntry, error: Any) -> None:
        self.backlog.keep(entry, error)

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
            label=translate("recordings.controller", "Loading profiles and the recordings ledger…"),
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
                item.note = (
                    translate("recordings.controller", "From an earlier session: ")
                    + entry.caution()
                )
            self.items[entry.id] = item
        self.rows.changed()
        recovered = [self.items[e.id] for e in running if self.items[e.id].addressable]
        for item in recovered:
            self.query(item.key)
        if running:
            self.message.emit(
                translate(
                    "recordings.controller",
                    "{n_running} recording(s) from an earlier session may still be running; "
                    "querying them.",
                ).format(n_running=len(running))
            )
        elif problems:
            self.message.emit(
                translate(
                    "recordings.controller",
                    "The old ledger.jsonl was imported; {n_problems} bad line(s) skipped "
                    "({value}).",
                ).format(n_problems=len(problems), value=problems[0])
            )
        if failure is not None:
            self.rows.report(None, failure)
        self.ready.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if isinstance(error, _LoadFailed):  # the ledger loaded; the profiles did not
            self._on_loaded(([], *error.loaded))
            self.rows.report(None, error.cause)
            return
        self.loaded = True
        self.rows.report(None, error)
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

        self.pool.submit(work, on_done=done, on_error=lambda e: self.rows.report(None, e))

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
                self.rows.changed()
                self.query(key)

        self.pool.submit(
            work,
            on_done=done,
            on_error=lambda e: self.rows.report(key, e),
            label=translate("recordings.controller", "Keeping the secret…"),
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
            on_error=lambda e: self.rows.report(None, e),
            label=translate("recordings.controller", "Starting the Sandbox…"),
        )

    # -- closing ---------------------------------------------------------------------------
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
            if not self.actions.stop(item.key, async_stop=True, on_finished=finished(item.key)):
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
        for part in (self.poller, self.backlog, self.starter, self.request_log):
            part.close()
        self.pool.shutdown(15000)
        if self._connections is not None:
            self._connections.close()
