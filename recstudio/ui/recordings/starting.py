"""Starting a recording: acquire + start + confirm (RecordingRunner) in a worker, the
runner's events turned into rows as they happen, and the outcome reconciled with the ledger
(one start, one row). A mixin of :class:`RecordingsController`."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import time
from typing import TYPE_CHECKING, Any

from recstudio.model import Endpoint, Mode
from recstudio.ui.recordings.host import ControllerHost
from recstudio.ui.recordings.items import FINAL, RecordingItem
from recstudio.ui.recordings.layout_diff import layout_of_start
from recstudio.ui.recordings.workers import TaskCancelled

if TYPE_CHECKING:
    from recstudio.api.ledger import LedgerEntry
    from recstudio.api.runner import Recording, RunnerEvent


class StartingMixin(ControllerHost):
    """Start's checks, the start flow and its confirmation."""

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
            from recstudio.api.ledger import LedgerError
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
            except (ApiError, LedgerError, TaskCancelled) as exc:
                error = exc
            try:
                entries = [e for e in (self.ledger().get(k) for k in touched) if e is not None]
            except LedgerError:
                entries = []  # the rows as the runner's events described them stay
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
        if kind == "slow_start":  # a warning to keep, not a step in progress
            item.slow_start = event.message
            self._changed()
            self.message.emit(f"{context['cname']}: ⚠ {event.message}")
            return
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
        from recstudio.api.runner import LedgerWriteAfterStart

        if isinstance(error, LedgerWriteAfterStart):
            # the database rows are behind (that is the problem): the window's rows win
            self._keep_started(error, context)
            self.start_state_changed.emit()
            self._changed()
            return
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

    def _keep_started(self, error: Any, context: dict[str, Any]) -> None:
        """A start went through but the ledger refused a later write: the recording runs,
        so it gets a row (and its sid) whatever the database says, the banner if the
        ledger does not hold its sid, and its usual polling."""
        rec = error.recording
        item = self.items.get(rec.ledger_id or "")
        if item is None:
            item = RecordingItem.from_entry(error.entry)
            item.layout, item.layout_name = context.get("layout"), context.get("layout_name", "")
            self.items[item.key] = item
            self.item_added.emit(item.key)
        item.apply_rec(rec)
        item.resource_id, item.sid = rec.resource_id, rec.sid
        item.busy = ""
        if not error.journaled:
            self.keep_unjournaled(error.entry, error)
        self._report(item.key, error)
        where = "see the banner" if not error.journaled else "the ledger has its sid"
        self.message.emit(
            f"Recording {rec.sid} is running, but the ledger could not record it ({where})."
        )
        self._schedule_poll(item)

    def _on_start_error(self, error: BaseException) -> None:
        self._starting = None
        self.start_state_changed.emit()
        self._report(None, error)
