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
import copy
import dataclasses
import json
import platform
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from recstudio.model import Endpoint, Mode
from recstudio.ui.recordings.connections import (
    ConnectionProblem,
    Connections,
    SandboxHost,
    describe_error,
    shared_sandbox,
)
from recstudio.ui.recordings.layout_diff import LayoutChange, layout_changes, layout_of_start
from recstudio.ui.recordings.options import RecordingOptions, load_options, save_options
from recstudio.ui.recordings.status_words import is_active, state_words
from recstudio.ui.recordings.workers import TaskCancelled, TaskPool

if TYPE_CHECKING:
    from recstudio.api.ledger import Ledger, LedgerEntry
    from recstudio.api.results import RequestRecord
    from recstudio.api.retry import RetryPolicy
    from recstudio.api.runner import Recording, RunnerEvent

#: Finished recordings kept in the panel (the ledger keeps more; the CLI can list them).
RECENT_FINISHED = 30
#: Request log entries kept in memory.
LOG_LIMIT = 5000
#: stop's ``uploadingStatus`` in words (reference §3.6).
UPLOAD_WORDS = {
    "uploaded": "all files are in your storage",
    "backuped": "files uploaded, some through Agora's backup cloud (forwarded later)",
    "unknown": "upload status unknown",
}
#: States in which Agora certainly has no recorder (recstudio.api.ledger.FINAL_STATES).
FINAL = frozenset({"stopped", "failed", "exited"})


@dataclass(slots=True)
class RecordingItem:
    """What the window knows about one recording attempt (keyed by its ledger id)."""

    key: str
    profile: str
    app_id: str
    cname: str
    uid: str
    mode: str
    state: str
    started_at: float
    resource_id: str | None = None
    sid: str | None = None
    ended_at: float | None = None
    server_status: int | None = None
    files: list[Any] = field(default_factory=list)
    busy: str = ""
    error: dict[str, str] | None = None
    note: str = ""
    #: The layout the recorder has now: the start's, then the last one sent (§3.5).
    layout: dict[str, Any] | None = None
    layout_name: str = ""
    generation: int = 0
    next_poll: float | None = None
    auto_stopped: bool = False
    recovered: bool = False

    @classmethod
    def from_entry(cls, entry: LedgerEntry) -> RecordingItem:
        item = cls(
            key=entry.id,
            profile=entry.profile,
            app_id=entry.app_id,
            cname=entry.cname,
            uid=entry.uid,
            mode=entry.mode,
            state=entry.state,
            started_at=entry.created_at,
        )
        item.apply_entry(entry)
        return item

    def apply_entry(self, entry: LedgerEntry) -> None:
        self.state = entry.state
        self.resource_id = entry.resource_id or self.resource_id
        self.sid = entry.sid or self.sid
        self.uid = entry.uid or self.uid
        if entry.last_status is not None:
            self.server_status = entry.last_status
        if entry.files:
            self.files = list(entry.files)
        if entry.state in FINAL:
            self.ended_at = entry.updated_at
        if entry.last_error and entry.state in ("failed", "unknown") and self.error is None:
            self.error = {"title": entry.last_error, "explanation": "", "field": "", "action": ""}

    def apply_rec(self, rec: Recording) -> None:
        self.state = rec.status if rec.status != "started" else "started"
        self.server_status = (
            rec.server_status if rec.server_status is not None else self.server_status
        )
        self.uid = rec.uid
        if rec.files:
            self.files = list(rec.files)
        if self.state in FINAL and self.ended_at is None:
            self.ended_at = time.time()

    @property
    def active(self) -> bool:
        return is_active(self.state)

    @property
    def addressable(self) -> bool:
        return bool(self.resource_id and self.sid)

    @property
    def may_bill(self) -> bool:
        """Counted as running: Agora may have a recorder for it (with or without a sid)."""
        return self.active and (
            self.addressable or self.state in ("starting", "started", "unknown")
        )

    @property
    def elapsed(self) -> float:
        end = self.ended_at if self.ended_at is not None else time.time()
        return max(0.0, end - self.started_at)

    def recording(self) -> Recording:
        """A fresh runner record (the worker mutates it; the GUI's item is not touched)."""
        from recstudio.api.runner import Recording

        assert self.resource_id and self.sid
        return Recording(
            profile=self.profile,
            app_id=self.app_id,
            cname=self.cname,
            uid=self.uid,
            mode=Mode(self.mode),
            resource_id=self.resource_id,
            sid=self.sid,
            started_at=self.started_at,
            status=self.state,
            files=list(self.files),
            ledger_id=self.key,
            server_status=self.server_status,
        )

    def ids_text(self) -> str:
        return json.dumps(
            {
                "cname": self.cname,
                "uid": self.uid,
                "mode": self.mode,
                "resourceId": self.resource_id,
                "sid": self.sid,
                "appid": self.app_id,
                "profile": self.profile,
            },
            indent=2,
        )


class _Bridge(QObject):
    """Parentless, lives on the GUI thread; workers emit, the controller receives queued."""

    runner_event = Signal(object)
    logged = Signal(object)


class RecordingsController(QObject):
    """See the module docstring. Views observe its signals and call its methods."""

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
        self.profile_names: list[str] = []
        self.loaded = False
        self.last_error: dict[str, str] | None = None
        self._ledger = ledger
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
            from recstudio.settings.profiles import ProfileStore

            bridge = self._bridge

            def log(record: RequestRecord) -> None:
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

        def work() -> tuple[list[str], list[LedgerEntry]]:
            connections = self.connections()
            return connections.store.names(), self.ledger().entries()

        self.pool.submit(
            work,
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
            label="Loading profiles and the recordings ledger…",
        )

    def _on_loaded(self, result: tuple[list[str], list[LedgerEntry]]) -> None:
        names, entries = result
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
        self.ready.emit()

    def _on_load_failed(self, error: BaseException) -> None:
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
    def start_errors(self) -> list[Any]:
        """Errors of the bodies Start sends (acquire and start, and the checks that span
        them). Update drafts and other named layouts are checked when they are sent, so a
        half-edited scene does not keep a recording from starting."""
        return [
            lp
            for lp in self.document.problems
            if lp.problem.is_error and lp.endpoint in (Endpoint.ACQUIRE, Endpoint.START)
        ]

    @property
    def starting(self) -> bool:
        return self._starting is not None

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

    # -- start -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Acquire + start + confirm (RecordingRunner) in a worker. False if blocked."""
        self.document.flush()
        errors = self.start_errors()
        if errors:
            self.message.emit(
                f"Start is blocked by {len(errors)} error(s); see the Problems panel."
            )
            return False
        if self._starting is not None:
            self.message.emit("A start is already in progress.")
            return False
        project = self.document.project
        acquire_body = self.document.body(Endpoint.ACQUIRE)
        start_body = self.document.body(Endpoint.START)
        if not start_body:
            self.message.emit("There is no start body to send.")
            return False
        mode = Mode(project.mode)
        context = {
            "profile": project.profile,
            "app_id": project.app_id,
            "cname": start_body["cname"],
            "uid": start_body["uid"],
            "mode": mode.value,
            "layout": layout_of_start(start_body["clientRequest"]) if mode is Mode.MIX else None,
            "layout_name": project.start_layout if mode is Mode.MIX else "",
        }
        self._starting = context
        self.start_state_changed.emit()
        acquire_request = copy.deepcopy(acquire_body.get("clientRequest", {}))
        start_request = copy.deepcopy(start_body["clientRequest"])
        options = dataclasses.replace(self.options)
        bridge = self._bridge

        def work() -> tuple[Recording | None, BaseException | None, list[LedgerEntry], str]:
            from recstudio.api.errors import ApiError
            from recstudio.api.runner import RecordingRunner

            connection = self.connections().get(context["profile"], context["app_id"])
            touched: list[str] = []

            def on_event(event: RunnerEvent) -> None:
                if event.entry_id and event.entry_id not in touched:
                    touched.append(event.entry_id)
                key = event.entry_id or (touched[-1] if touched else None)
                with contextlib.suppress(RuntimeError):
                    bridge.runner_event.emit((key, event, context, connection.app_id))

            runner = RecordingRunner(
                connection.client,
                self.ledger(),
                connection.profile.name,
                sleep=self.pool.sleep,
                first_query_delay=options.first_query_delay_s,
                confirm_timeout=options.confirm_timeout_s,
                confirm_backoff=options.confirm_backoff_s,
                on_event=on_event,
            )
            error: BaseException | None = None
            rec = None
            try:
                rec = runner.start_recording(
                    mode, context["cname"], context["uid"], acquire_request, start_request
                )
            except (ApiError, TaskCancelled) as exc:
                error = exc
            entries = [e for e in (self.ledger().get(k) for k in touched) if e is not None]
            return rec, error, entries, connection.app_id

        self.pool.submit(
            work,
            on_done=self._on_started,
            on_error=self._on_start_error,
            label=f"Starting a recording in “{context['cname']}”…",
        )
        self.message.emit(f"Starting a recording in “{context['cname']}” ({context['profile']})…")
        return True

    def _on_runner_event(
        self, payload: tuple[str | None, RunnerEvent, dict[str, Any], str]
    ) -> None:
        key, event, context, app_id = payload
        if key is None or self._shut_down:
            return
        item = self.items.get(key)
        if item is None:
            item = RecordingItem(
                key=key,
                profile=context["profile"],
                app_id=app_id,
                cname=context["cname"],
                uid=context["uid"],
                mode=context["mode"],
                state="acquiring",
                started_at=time.time(),
                layout=context["layout"],
                layout_name=context["layout_name"],
            )
            self.items[key] = item
            self.items_changed.emit()
            self.item_added.emit(key)
        kind = event.kind
        states = {
            "acquiring": "acquiring",
            "start_sent": "starting",
            "started": "started",
            "running": "running",
            "stopping": "stopping",
            "stopped": "stopped",
        }
        if kind in states and item.state not in FINAL:
            item.state = states[kind]
        if "sid" in event.data:
            item.sid = str(event.data["sid"])
        if "resource_id" in event.data:
            item.resource_id = str(event.data["resource_id"])
        if kind == "uid_changed":
            item.note = event.message
        if kind == "start_failed":
            item.state = "failed" if item.state not in ("unknown",) else item.state
        item.busy = "" if kind in ("running", "start_failed") else event.message
        self._changed()
        self.message.emit(f"{context['cname']}: {event.message}")

    def _on_started(
        self, result: tuple[Recording | None, BaseException | None, list[LedgerEntry], str]
    ) -> None:
        rec, error, entries, _app_id = result
        context = self._starting or {}
        self._starting = None
        for entry in entries:
            item = self.items.get(entry.id)
            if item is None:
                item = RecordingItem.from_entry(entry)
                item.layout, item.layout_name = (
                    context.get("layout"),
                    context.get("layout_name", ""),
                )
                self.items[entry.id] = item
            else:
                item.apply_entry(entry)
            item.busy = ""
        if rec is not None and rec.ledger_id in self.items:
            item = self.items[rec.ledger_id]
            item.apply_rec(rec)
            item.resource_id, item.sid = rec.resource_id, rec.sid
            item.started_at = rec.started_at
            item.error = None
            item.note = rec.note
            # one start, one row: rounds that certainly failed before this one succeeded
            # (a new acquire after a failed start, §9.2) stay in the ledger, not the panel
            earlier = [
                e
                for e in entries
                if e.id != rec.ledger_id and e.state == "failed" and e.id in self.items
            ]
            for entry in earlier:
                del self.items[entry.id]
            if earlier:
                tries = f"Started on attempt {len(earlier) + 1}: the earlier start"
                tries += "s" if len(earlier) > 1 else ""
                item.note = f"{tries} failed and a new acquire followed, as Agora recommends."
                item.note += f" {rec.note}" if rec.note else ""
            self._schedule_poll(item)
            self.message.emit(f"Recording {rec.sid} in “{rec.cname}” is running.")
        elif error is not None:
            key = entries[-1].id if entries else None
            if isinstance(error, TaskCancelled):
                return
            # One start, one row: earlier attempts that certainly failed (the runner's new
            # acquire after a failed start, §9.2) stay in the ledger but not in the panel.
            earlier = [e for e in entries[:-1] if e.state == "failed" and e.id in self.items]
            for entry in earlier:
                del self.items[entry.id]
            if earlier and key is not None:
                self.items[key].note = (
                    f"Start was tried {len(earlier) + 1} times (a new acquire after each failed "
                    "start, as Agora recommends); every attempt failed the same way."
                )
                self.item_added.emit(key)
            self._report(key, error)
            if key is not None and self.items[key].active and self.items[key].addressable:
                self._schedule_poll(self.items[key])
        self.start_state_changed.emit()
        self._changed()

    def _on_start_error(self, error: BaseException) -> None:
        self._starting = None
        self.start_state_changed.emit()
        self._report(None, error)

    # -- query / poll ----------------------------------------------------------------------
    def query(self, key: str | None = None) -> bool:
        item = self.target(key)
        if item is None or not item.addressable:
            self.message.emit("No recording with a sid to query.")
            return False
        if item.busy:
            return False
        rec = item.recording()
        generation = item.generation
        item.busy = "querying…"
        item.next_poll = None
        self._changed()

        def work() -> tuple[Recording, BaseException | None]:
            from recstudio.api.errors import ApiError

            runner = self.connections().get(item.profile, item.app_id).runner
            try:
                runner.poll(rec)
            except ApiError as exc:
                return rec, exc
            return rec, None

        def done(result: tuple[Recording, BaseException | None]) -> None:
            rec_after, error = result
            if generation != item.generation:
                return  # stopped meanwhile: this answer is stale
            item.busy = ""
            item.apply_rec(rec_after)
            if error is not None:
                self._report(item.key, error, quiet=True)
            else:
                item.error = None
            if rec_after.status == "exited" and rec_after.note:
                from recstudio.api.errors import explain

                gone = explain(404, {"code": 404}, "query")
                item.error = {
                    "title": "query: HTTP 404 code 404 — " + gone.title,
                    "short": gone.title,
                    "explanation": gone.explanation,
                    "field": "",
                    "action": gone.action,
                }
                item.note = "Agora no longer has this recorder; it has ended."
            self._schedule_poll(item)
            self._changed()

        def failed(error: BaseException) -> None:
            if generation != item.generation:
                return
            item.busy = ""
            self._report(item.key, error, quiet=True)
            self._schedule_poll(item)

        self.pool.submit(work, on_done=done, on_error=failed, label=f"Querying {item.cname}…")
        return True

    def _schedule_poll(self, item: RecordingItem) -> None:
        item.next_poll = (
            time.monotonic() + self.options.poll_interval_s
            if item.active and item.addressable
            else None
        )

    # -- stop ------------------------------------------------------------------------------
    def stop(
        self,
        key: str | None = None,
        *,
        async_stop: bool | None = None,
        on_finished: Callable[[bool], None] | None = None,
        reason: str = "",
    ) -> bool:
        item = self.target(key)
        if item is None or not item.addressable:
            self.message.emit("No recording with a sid to stop.")
            return False
        if item.state in FINAL:
            self.message.emit(f"Recording {item.sid} is already {item.state}.")
            return False
        async_stop = self.options.async_stop if async_stop is None else async_stop
        item.generation += 1
        generation = item.generation
        rec = item.recording()
        item.busy = "stopping (async)…" if async_stop else "stopping, waiting for the upload…"
        item.next_poll = None
        self._changed()

        def work() -> Any:
            return rec, self.connections().get(item.profile, item.app_id).runner.stop(
                rec, async_stop
            )

        def done(result: Any) -> None:
            rec_after, outcome = result
            if generation == item.generation:
                item.busy = ""
                item.apply_rec(rec_after)
                item.files = list(outcome.files) or item.files
                words = {
                    "stopped": "stopped",
                    "already_stopping": "was already stopping",
                    "no_files": "stopped without files",
                    "upload_pending": "stopped; upload continues",
                    "not_found": "had already exited",
                }.get(outcome.outcome, outcome.outcome)
                upload = UPLOAD_WORDS.get(outcome.uploading_status or "", "")
                upload = f"; {upload}" if upload else ""
                item.note = f"{reason} Recording {words}{upload}. {outcome.note}".strip()
                item.error = None
                self._changed()
                self.message.emit(f"Recording {item.sid} {words}.")
            if on_finished is not None:
                on_finished(True)

        def failed(error: BaseException) -> None:
            if generation == item.generation:
                item.busy = ""
                self._report(item.key, error)
                self._schedule_poll(item)
            if on_finished is not None:
                on_finished(False)

        self.pool.submit(work, on_done=done, on_error=failed, label=f"Stopping {item.cname}…")
        return True

    # -- update / updateLayout ---------------------------------------------------------------
    def update_problems(self) -> list[Any]:
        return [
            lp
            for lp in self.document.problems
            if lp.endpoint is Endpoint.UPDATE and lp.problem.is_error
        ]

    def update_subscriptions(self, key: str | None = None) -> bool:
        """Send the project's update draft (reference §3.4: it replaces the subscription)."""
        item = self.target(key)
        if item is None or not item.addressable or not item.active:
            self.message.emit("No running recording to update.")
            return False
        project = self.document.project
        if not project.update:
            self.message.emit("The update draft is empty: fill in the Update section first.")
            return False
        errors = self.update_problems()
        if errors:
            self.message.emit(f"The update body has {len(errors)} error(s); see Problems.")
            return False
        from recstudio.model.generate import generate_body

        request = generate_body(project, Endpoint.UPDATE)["clientRequest"]
        return self._send_update(item, request, layout=None)

    def layout_preview(
        self, key: str | None, name: str
    ) -> tuple[dict[str, Any], list[LayoutChange], list[Any]]:
        """(updateLayout clientRequest, what changes, blocking problems) for layout ``name``."""
        from recstudio.model.generate import generate_body
        from recstudio.model.rules import check_body

        item = self.target(key)
        project = self.document.project
        body = generate_body(project, Endpoint.UPDATE_LAYOUT, layout=name)
        errors = [p for p in check_body(body, Endpoint.UPDATE_LAYOUT, project.mode) if p.is_error]
        current = item.layout if item is not None and item.layout is not None else {}
        return body["clientRequest"], layout_changes(current, body["clientRequest"]), errors

    def send_layout(self, key: str | None, name: str, request: dict[str, Any]) -> bool:
        item = self.target(key)
        if item is None or not item.addressable or not item.active:
            self.message.emit("No running recording to send a layout to.")
            return False
        if item.mode != Mode.MIX.value:
            self.message.emit("updateLayout is only for composite (mix) recordings.")
            return False
        return self._send_update(item, request, layout=name)

    def _send_update(
        self, item: RecordingItem, request: dict[str, Any], layout: str | None
    ) -> bool:
        rec = item.recording()
        what = f"layout “{layout}”" if layout is not None else "subscriptions"
        previous_busy = item.busy
        item.busy = f"sending {what}…"
        self._changed()

        def work() -> Any:
            runner = self.connections().get(item.profile, item.app_id).runner
            if layout is not None:
                return runner.update_layout(rec, request)
            return runner.update(rec, request)

        def done(_result: Any) -> None:
            item.busy = previous_busy if previous_busy.startswith("stopping") else ""
            item.error = None
            if layout is not None:
                item.layout = copy.deepcopy(request)
                item.layout_name = layout
            self._changed()
            self.message.emit(f"Sent {what} to {item.sid}.")

        def failed(error: BaseException) -> None:
            item.busy = ""
            self._report(item.key, error)

        self.pool.submit(work, on_done=done, on_error=failed, label=f"Sending {what}…")
        return True

    # -- ticking: elapsed, polls, maximum duration ------------------------------------------
    def _on_tick(self) -> None:
        if self._shut_down:
            return
        now = time.monotonic()
        limit = self.options.max_duration_s
        for item in list(self.items.values()):
            if not (item.active and item.addressable) or item.busy:
                continue
            if (
                limit > 0
                and not item.auto_stopped
                and item.state != "stopping"
                and item.elapsed >= limit
            ):
                item.auto_stopped = True
                minutes = f"{self.options.max_duration_min:g}"
                self.message.emit(
                    f"Recording {item.sid} reached the maximum of {minutes} min; stopping it."
                )
                self.stop(
                    item.key,
                    reason=f"Stopped automatically after the maximum duration ({minutes} min).",
                )
                continue
            if item.next_poll is not None and now >= item.next_poll:
                self.query(item.key)
        second = int(time.time())
        if second != self._last_second:
            self._last_second = second
            self.elapsed_ticked.emit()

    def set_poll_interval(self, seconds: float) -> None:
        self.options.poll_interval_s = max(0.05, float(seconds))
        for item in self.items.values():
            if item.next_poll is not None:
                self._schedule_poll(item)
        self._save_options()

    def set_max_duration(self, minutes: float) -> None:
        self.options.max_duration_min = max(0.0, float(minutes))
        for item in self.items.values():
            item.auto_stopped = False
        self._save_options()

    def set_async_stop(self, on: bool) -> None:
        self.options.async_stop = bool(on)
        self._save_options()

    def _save_options(self) -> None:
        snapshot = dataclasses.replace(self.options)
        self.pool.submit(lambda: save_options(snapshot), on_error=lambda e: self._report(None, e))

    # -- request log -------------------------------------------------------------------------
    def _on_logged(self, record: RequestRecord) -> None:
        if self._shut_down:
            return
        self.log.append(record)
        if len(self.log) > LOG_LIMIT:
            del self.log[: len(self.log) - LOG_LIMIT]
        self.request_logged.emit(record)

    def support_bundle(self) -> dict[str, Any]:
        """What "Export for support ticket" writes: redacted calls and recording ids only."""
        from recstudio import __version__

        return {
            "format": "recstudio-support-bundle",
            "format_version": 1,
            "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "recstudio": __version__,
            "platform": platform.platform(),
            "recordings": [
                {
                    "profile": i.profile,
                    "appid": i.app_id,
                    "cname": i.cname,
                    "uid": i.uid,
                    "mode": i.mode,
                    "resourceId": i.resource_id,
                    "sid": i.sid,
                    "state": i.state,
                    "lastStatus": i.server_status,
                    "startedAt": i.started_at,
                    "error": (i.error or {}).get("title"),
                    "files": i.files,
                }
                for i in self.ordered()
            ],
            "requests": [dataclasses.asdict(r) for r in self.log],
        }

    def export_log(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        from recstudio.model.atomic import atomic_write_text

        text = json.dumps(self.support_bundle(), indent=2, ensure_ascii=False, default=str) + "\n"

        def work() -> Path:
            atomic_write_text(path, text)
            return path

        def done(written: Path) -> None:
            self.message.emit(f"Request log exported to {written}.")
            if on_done is not None:
                on_done(written)

        self.pool.submit(
            work,
            on_done=done,
            on_error=lambda e: self._report(None, e),
            label="Exporting the request log…",
        )

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
