"""Starting a recording: acquire + start + confirm (RecordingRunner) in a worker, the
runner's events turned into rows as they happen, and the outcome reconciled with the ledger
(one start, one row: :mod:`recstudio.api.start_rows` decides). One part of
:class:`RecordingsController`, owning the start in flight."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from recstudio.api import start_rows
from recstudio.model import Endpoint, Mode
from recstudio.ui.i18n import translate
from recstudio.ui.recordings.items import FINAL, RecordingItem
from recstudio.ui.recordings.layout_diff import layout_of_start
from recstudio.ui.recordings.polling import schedule_poll
from recstudio.ui.recordings.workers import TaskCancelled

if TYPE_CHECKING:
    from recstudio.api.ledger import LedgerEntry
    from recstudio.api.runner import Recording, RunnerEvent
    from recstudio.ui.recordings.rows import Context

#: What the worker hands back: the recording (None if it did not start), the failure, the
#: ledger entries of every round, and the app ID the profile resolved to.
StartResult = tuple["Recording | None", "BaseException | None", "list[LedgerEntry]", str]
#: A runner event on its way to the GUI thread: (ledger id, event, start context, app ID).
EventPayload = tuple["str | None", "RunnerEvent", "dict[str, Any]", str]


class Starter:
    """Start's checks, the start flow and its confirmation."""

    def __init__(
        self,
        context: Context,
        *,
        post_event: Callable[[EventPayload], None],
        state_changed: Callable[[], None],
        added: Callable[[str], None],
        keep_unjournaled: Callable[[LedgerEntry, Any], None],
    ) -> None:
        self._c = context
        self._post_event = post_event  # thread-safe: queued to on_runner_event
        self._state_changed = state_changed  # Start's enabled state / tooltip may differ
        self._added = added  # a start created this row: views select it
        self._keep_unjournaled = keep_unjournaled
        #: the start in flight: who, where and with which layout (None: none)
        self._starting: dict[str, Any] | None = None
        self._closed = False

    def start_errors(self) -> list[Any]:
        """Errors of the bodies Start sends (acquire and start, and the checks that span
        them). Update drafts and other named layouts are checked when they are sent, so a
        half-edited scene does not keep a recording from starting."""
        return [
            lp
            for lp in self._c.document.problems
            if lp.problem.is_error and lp.endpoint in (Endpoint.ACQUIRE, Endpoint.START)
        ]

    @property
    def starting(self) -> bool:
        return self._starting is not None

    def close(self) -> None:
        self._closed = True

    # -- start -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Acquire + start + confirm (RecordingRunner) in a worker. False if blocked."""
        c = self._c
        document = c.document
        document.flush()
        errors = self.start_errors()
        if errors:
            c.say(
                translate(
                    "recordings.starting",
                    "Start is blocked by {n_errors} error(s); see the Problems panel.",
                ).format(n_errors=len(errors))
            )
            return False
        if self._starting is not None:
            c.say(translate("recordings.starting", "A start is already in progress."))
            return False
        project = document.project
        acquire_body = document.body(Endpoint.ACQUIRE)
        start_body = document.body(Endpoint.START)
        if not start_body:
            c.say(translate("recordings.starting", "There is no start body to send."))
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
        self._state_changed()
        acquire_request = copy.deepcopy(acquire_body.get("clientRequest", {}))
        start_request = copy.deepcopy(start_body["clientRequest"])
        options = dataclasses.replace(c.options)
        post_event = self._post_event

        def work() -> StartResult:
            from recstudio.api.errors import ApiError
            from recstudio.api.ledger import LedgerError
            from recstudio.api.runner import RecordingRunner

            connection = c.connections().get(context["profile"], context["app_id"])
            touched: list[str] = []

            def on_event(event: RunnerEvent) -> None:
                if event.entry_id and event.entry_id not in touched:
                    touched.append(event.entry_id)
                key = event.entry_id or (touched[-1] if touched else None)
                with contextlib.suppress(RuntimeError):
                    post_event((key, event, context, connection.app_id))

            runner = RecordingRunner(
                connection.client,
                c.ledger(),
                connection.profile.name,
                sleep=c.pool.sleep,
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
            except (ApiError, LedgerError, TaskCancelled) as exc:
                error = exc
            try:
                entries = [e for e in (c.ledger().get(k) for k in touched) if e is not None]
            except LedgerError:
                entries = []  # the rows as the runner's events described them stay
            return rec, error, entries, connection.app_id

        c.pool.submit(
            work,
            on_done=self._on_started,
            on_error=self._on_start_error,
            label=translate("recordings.starting", "Starting a recording in “{cname}”…").format(
                cname=context["cname"]
            ),
        )
        c.say(
            translate(
                "recordings.starting", "Starting a recording in “{cname}” ({profile})…"
            ).format(cname=context["cname"], profile=context["profile"])
        )
        return True

    def on_runner_event(self, payload: EventPayload) -> None:
        key, event, context, app_id = payload
        if key is None or self._closed:
            return
        c = self._c
        item = c.rows.items.get(key)
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
            c.rows.items[key] = item
            c.rows.notify()
            self._added(key)
        kind = event.kind
        item.state = start_rows.state_after_event(kind, item.state, FINAL)
        if "sid" in event.data:
            item.sid = str(event.data["sid"])
        if "resource_id" in event.data:
            item.resource_id = str(event.data["resource_id"])
        if kind == "uid_changed":
            item.note = event.message
        if kind == "slow_start":  # a warning to keep, not a step in progress
            item.slow_start = event.message
            c.rows.changed()
            c.say(f"{context['cname']}: ⚠ {event.message}")
            return
        item.busy = "" if kind in ("running", "start_failed") else event.message
        c.rows.changed()
        c.say(f"{context['cname']}: {event.message}")

    def _on_started(self, result: StartResult) -> None:
        rec, error, entries, _app_id = result
        context = self._starting or {}
        self._starting = None
        from recstudio.api.runner import LedgerWriteAfterStart

        if isinstance(error, LedgerWriteAfterStart):
            # the database rows are behind (that is the problem): the window's rows win
            self._keep_started(error, context)
            self._state_changed()
            self._c.rows.changed()
            return
        self._apply_entries(entries, context)
        if rec is not None and rec.ledger_id in self._c.rows.items:
            self._running(rec, entries)
        elif error is not None:
            if isinstance(error, TaskCancelled):
                return
            self._failed(error, entries)
        self._state_changed()
        self._c.rows.changed()

    def _apply_entries(self, entries: list[LedgerEntry], context: dict[str, Any]) -> None:
        """Every round's row as the ledger has it (a row per round until the collapse)."""
        items = self._c.rows.items
        for entry in entries:
            item = items.get(entry.id)
            if item is None:
                item = RecordingItem.from_entry(entry)
                item.layout = context.get("layout")
                item.layout_name = context.get("layout_name", "")
                items[entry.id] = item
            else:
                item.apply_entry(entry)
            item.busy = ""

    def _running(self, rec: Recording, entries: list[LedgerEntry]) -> None:
        items = self._c.rows.items
        assert rec.ledger_id is not None  # in items, so the runner journaled it
        item = items[rec.ledger_id]
        item.apply_rec(rec)
        item.resource_id, item.sid = rec.resource_id, rec.sid
        item.started_at = rec.started_at
        item.error = None
        row = start_rows.after_success(entries, rec.ledger_id, items, rec.note)
        for key in row.dropped:
            del items[key]
        item.note = row.note or ""
        schedule_poll(item, self._c.options)
        self._c.say(
            translate("recordings.starting", "Recording {sid} in “{cname}” is running.").format(
                sid=rec.sid, cname=rec.cname
            )
        )

    def _failed(self, error: BaseException, entries: list[LedgerEntry]) -> None:
        items = self._c.rows.items
        row = start_rows.after_failure(entries, items)
        for dropped in row.dropped:
            del items[dropped]
        key = row.key
        if row.note is not None and key is not None:
            items[key].note = row.note
            self._added(key)
        self._c.report(key, error)
        if key is not None and items[key].active and items[key].addressable:
            schedule_poll(items[key], self._c.options)

    def _keep_started(self, error: Any, context: dict[str, Any]) -> None:
        """A start went through but the ledger refused a later write: the recording runs,
        so it gets a row (and its sid) whatever the database says, the banner if the
        ledger does not hold its sid, and its usual polling."""
        c = self._c
        rec = error.recording
        item = c.rows.items.get(rec.ledger_id or "")
        if item is None:
            item = RecordingItem.from_entry(error.entry)
            item.layout, item.layout_name = context.get("layout"), context.get("layout_name", "")
            c.rows.items[item.key] = item
            self._added(item.key)
        item.apply_rec(rec)
        item.resource_id, item.sid = rec.resource_id, rec.sid
        item.busy = ""
        if not error.journaled:
            self._keep_unjournaled(error.entry, error)
        c.report(item.key, error)
        where = (
            translate("recordings.starting", "see the banner")
            if not error.journaled
            else translate("recordings.starting", "the ledger has its sid")
        )
        c.say(
            translate(
                "recordings.starting",
                "Recording {sid} is running, but the ledger could not record it ({where}).",
            ).format(sid=rec.sid, where=where)
        )
        schedule_poll(item, c.options)

    def _on_start_error(self, error: BaseException) -> None:
        self._starting = None
        self._state_changed()
        self._c.report(None, error)
