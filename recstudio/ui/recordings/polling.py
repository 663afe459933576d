"""Querying recordings: one query on demand, a poll every ``poll_interval_s`` once a start
is confirmed (reference §9.2), and the quarter-second tick that repaints elapsed times,
sends due polls and enforces the maximum duration. One part of :class:`RecordingsController`."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from recstudio.ui.i18n import translate
from recstudio.ui.recordings.items import RecordingItem
from recstudio.ui.recordings.options import RecordingOptions, save_options

if TYPE_CHECKING:
    from recstudio.api.runner import Recording
    from recstudio.ui.recordings.rows import Context

#: How often the tick runs: elapsed times repaint once a second, polls are due to the 1/4 s.
TICK_MS = 250


def schedule_poll(item: RecordingItem, options: RecordingOptions) -> None:
    """The next poll of a running, addressable recording (none for any other)."""
    item.next_poll = (
        time.monotonic() + options.poll_interval_s if item.active and item.addressable else None
    )


def save_in_background(context: Context) -> None:
    """Write the options as they are now, off the GUI thread."""
    snapshot = dataclasses.replace(context.options)
    context.pool.submit(lambda: save_options(snapshot), on_error=lambda e: context.report(None, e))


class Poller:
    """Query, poll scheduling, ticking and the options that steer them. Owns the tick."""

    def __init__(
        self,
        context: Context,
        *,
        stop: Callable[..., bool],
        ticked: Callable[[], None],
        parent: QObject,
    ) -> None:
        self._c = context
        self._stop = stop  # the maximum duration stops through the actions
        self._ticked = ticked  # a second passed: elapsed columns need repainting
        self._last_second = 0
        self._closed = False
        self._tick = QTimer(parent)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    # -- query / poll ----------------------------------------------------------------------
    def query(self, key: str | None = None) -> bool:
        c = self._c
        item = c.rows.target(key)
        if item is None or not item.addressable:
            c.say(translate("recordings.polling", "No recording with a sid to query."))
            return False
        if item.busy:
            return False
        rec = item.recording()
        generation = item.generation
        item.busy = "querying…"
        item.next_poll = None
        c.rows.changed()

        def work() -> tuple[Recording, BaseException | None]:
            from recstudio.api.errors import ApiError
            from recstudio.api.ledger import LedgerError

            runner = c.connections().get(item.profile, item.app_id).runner
            try:
                runner.poll(rec)
            except (ApiError, LedgerError) as exc:  # a ledger refusal: the answer still counts
                return rec, exc
            return rec, None

        def done(result: tuple[Recording, BaseException | None]) -> None:
            if generation == item.generation:  # else stopped meanwhile: the answer is stale
                self._answered(item, *result)

        def failed(error: BaseException) -> None:
            if generation != item.generation:
                return
            item.busy = ""
            c.report(item.key, error, quiet=True)
            schedule_poll(item, c.options)

        c.pool.submit(
            work,
            on_done=done,
            on_error=failed,
            label=translate("recordings.polling", "Querying {cname}…").format(cname=item.cname),
        )
        return True

    def _answered(self, item: RecordingItem, rec: Recording, error: BaseException | None) -> None:
        """A query's answer on the row; a ledger refusal is reported, the answer still counts."""
        c = self._c
        item.busy = ""
        item.apply_rec(rec)
        if error is not None:
            c.report(item.key, error, quiet=True)
        else:
            item.error = None
        if rec.status == "exited" and rec.note:
            _mark_gone(item)
        schedule_poll(item, c.options)
        c.rows.changed()

    # -- ticking: elapsed, polls, maximum duration ------------------------------------------
    def tick(self) -> None:
        if self._closed:
            return
        now = time.monotonic()
        for item in list(self._c.rows.items.values()):
            if not (item.active and item.addressable) or item.busy:
                continue
            if self._over_time(item):
                self._stop_over_time(item)
                continue
            if item.next_poll is not None and now >= item.next_poll:
                self.query(item.key)
        second = int(time.time())
        if second != self._last_second:
            self._last_second = second
            self._ticked()

    def _over_time(self, item: RecordingItem) -> bool:
        limit = self._c.options.max_duration_s
        return (
            limit > 0
            and not item.auto_stopped
            and item.state != "stopping"
            and item.elapsed >= limit
        )

    def _stop_over_time(self, item: RecordingItem) -> None:
        item.auto_stopped = True
        minutes = f"{self._c.options.max_duration_min:g}"
        self._c.say(
            translate(
                "recordings.polling",
                "Recording {sid} reached the maximum of {minutes} min; stopping it.",
            ).format(sid=item.sid, minutes=minutes)
        )
        self._stop(
            item.key,
            reason=translate(
                "recordings.polling",
                "Stopped automatically after the maximum duration ({minutes} min).",
            ).format(minutes=minutes),
        )

    def set_poll_interval(self, seconds: float) -> None:
        self._c.options.poll_interval_s = max(0.05, float(seconds))
        for item in self._c.rows.items.values():
            if item.next_poll is not None:
                schedule_poll(item, self._c.options)
        save_in_background(self._c)

    def set_max_duration(self, minutes: float) -> None:
        self._c.options.max_duration_min = max(0.0, float(minutes))
        for item in self._c.rows.items.values():
            item.auto_stopped = False
        save_in_background(self._c)

    def close(self) -> None:
        self._closed = True
        self._tick.stop()


def _mark_gone(item: RecordingItem) -> None:
    """Agora answered 404 to the query: the recorder has ended (its error and note say so)."""
    from recstudio.api.errors import explain

    gone = explain(404, {"code": 404}, "query")
    item.error = {
        "title": "query: HTTP 404 code 404 — " + gone.title,
        "short": gone.title,
        "explanation": gone.explanation,
        "field": "",
        "action": gone.action,
    }
    item.note = translate("recordings.polling", "Agora no longer has this recorder; it has ended.")
