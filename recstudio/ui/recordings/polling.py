"""Querying recordings: one query on demand, a poll every ``poll_interval_s`` once a start
is confirmed (reference §9.2), and the quarter-second tick that repaints elapsed times,
sends due polls and enforces the maximum duration. A mixin of :class:`RecordingsController`."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from recstudio.ui.recordings.host import ControllerHost
from recstudio.ui.recordings.items import RecordingItem
from recstudio.ui.recordings.options import save_options

if TYPE_CHECKING:
    from recstudio.api.runner import Recording


class PollingMixin(ControllerHost):
    """Query, poll scheduling, ticking and the options that steer them."""

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
            from recstudio.api.ledger import LedgerError

            runner = self.connections().get(item.profile, item.app_id).runner
            try:
                runner.poll(rec)
            except (ApiError, LedgerError) as exc:  # a ledger refusal: the answer still counts
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
