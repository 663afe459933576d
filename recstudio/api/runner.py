"""Drives one recording's life: acquire → start → confirm → poll / update → stop.

The order of things here is what keeps a recording from billing unseen (design.md
"Ledger", reliability §6.4): the ledger is written before and after every acquire, start
and stop, so a crash at any point leaves an entry naming what may be running. A start whose
answer was lost is never followed by a blind new acquire (that could leave two recorders
running, reliability §3.3); only starts that Agora answered with a failure are repeated
with a new acquire, and after ``same_uid_rounds`` failed rounds with a new recorder uid
(reference §9.2). Everything blocks; the GUI calls it from a worker thread.

Nothing is sent unless the ledger row before it is committed (a :class:`LedgerError`
refuses the step). Once a start has been sent its sid must reach the user even when the
ledger cannot take it any more: :class:`LedgerWriteAfterStart` carries the recording.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from recstudio.api.errors import ApiError, Explanation, explain
from recstudio.api.ledger import FINAL_STATES, Ledger, LedgerEntry, LedgerError
from recstudio.api.results import QueryResult, StopResult, UpdateResult
from recstudio.model import Mode

if TYPE_CHECKING:
    from recstudio.api.client import CloudRecordingClient

MAX_UID = 2**32 - 1
#: First query after the sid (reference §9.2: ~5 s), then this back-off between queries.
CONFIRM_BACKOFF: tuple[float, ...] = (2.0, 3.0, 5.0)


@dataclass(slots=True)
class Recording:
    """The identity of a running recording plus what the runner last learned about it."""

    profile: str
    app_id: str
    cname: str
    uid: str
    mode: Mode
    resource_id: str
    sid: str
    started_at: float
    status: str = "started"  # started | running | stopped | exited | failed | unknown
    files: list[Any] = field(default_factory=list)
    ledger_id: str | None = None
    server_status: int | None = None
    requested_uid: str | None = None  # the uid asked for, when a new one had to be used
    note: str = ""
    #: set when start left more than 2 s after acquire's answer (R37): the warning to show
    slow_start: str = ""

    @classmethod
    def from_entry(cls, entry: LedgerEntry) -> Recording:
        """Rebuild a recording from the ledger (after a restart or in the CLI)."""
        if not entry.resource_id or not entry.sid:
            raise ValueError("this ledger entry has no resourceId/sid; it cannot be addressed")
        return cls(
            profile=entry.profile,
            app_id=entry.app_id,
            cname=entry.cname,
            uid=entry.uid,
            mode=Mode(entry.mode),
            resource_id=entry.resource_id,
            sid=entry.sid,
            started_at=entry.created_at,
            status=entry.state,
            files=list(entry.files),
            ledger_id=entry.id,
            server_status=entry.last_status,
        )

    def identity(self) -> dict[str, Any]:
        return {
            "resourceId": self.resource_id,
            "sid": self.sid,
            "mode": self.mode.value,
            "status": self.status,
            "cname": self.cname,
            "uid": self.uid,
        }


@dataclass(frozen=True, slots=True)
class RunnerEvent:
    """Progress for a status line: ``kind`` in acquiring, acquired, start_sent,
    start_answered, started, start_failed, uid_changed, confirming, running, slow_start, stopping,
    stopped."""

    kind: str
    message: str
    entry_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


#: R37: Agora asks for start within 2 s of acquire's answer (the resourceId lives 5 min).
START_WITHIN_S = 2.0


def slow_start_warning(gap_s: float) -> str:
    """What to tell the user when start left ``gap_s`` after acquire's answer; "" if in time.

    Nothing but the ledger's writes sits between the two, so a gap means a slow disk or an
    overloaded machine; the start usually still works, but Agora's advice was not met.
    """
    if gap_s <= START_WITHIN_S:
        return ""
    return (
        f"start was sent {gap_s:.1f} s after acquire; Agora asks for it within "
        f"{START_WITHIN_S:g} s (R37) and refuses a resourceId older than 5 minutes (code 433). "
        "The disk or the machine was slow; if starts keep failing, check the ledger's disk."
    )


class LedgerWriteAfterStart(LedgerError):
    """A recording was started but a later ledger write failed. It carries the recording
    (sid, resourceId …) so the CLI prints it and the app keeps it; ``journaled`` says
    whether the ledger at least holds the sid (False: only this error knows it), and
    ``entry`` is the snapshot to write again once the ledger works."""

    def __init__(
        self, recording: Recording, entry: LedgerEntry, error: LedgerError, *, journaled: bool
    ) -> None:
        super().__init__(error.path, error.action, error.cause)
        self.recording = recording
        self.entry = entry
        self.journaled = journaled
        self.args = (self.describe(),)

    def describe(self) -> str:
        rec = self.recording
        text = (
            f"recording {rec.sid} was started (resourceId {rec.resource_id}, cname "
            f"{rec.cname}, uid {rec.uid}, mode {rec.mode.value}), but {self.reason}."
        )
        if not self.journaled:
            text += " The ledger does not know this sid: keep it to query or stop the recording."
        return text

    def __str__(self) -> str:
        return self.describe()


def _failure(title: str, text: str, action: str, endpoint: str) -> ApiError:
    return ApiError(
        Explanation(title, text, action, retryable=False), endpoint=endpoint, reason=title
    )


class RecordingRunner:
    """Runs recordings through one client, journaling each step in ``ledger``."""

    def __init__(
        self,
        client: CloudRecordingClient,
        ledger: Ledger,
        profile_name: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        first_query_delay: float = 5.0,
        confirm_timeout: float = 90.0,
        confirm_backoff: tuple[float, ...] = CONFIRM_BACKOFF,
        same_uid_rounds: int = 3,
        new_uid_rounds: int = 1,
        on_event: Callable[[RunnerEvent], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.client = client
        self.ledger = ledger
        self.profile_name = profile_name
        self.sleep = sleep
        self.clock = clock
        self.first_query_delay = first_query_delay
        self.confirm_timeout = confirm_timeout
        self.confirm_backoff = confirm_backoff
        self.same_uid_rounds = max(1, same_uid_rounds)
        self.new_uid_rounds = max(0, new_uid_rounds)
        self.on_event = on_event
        self._rng = rng or random.Random()
        self._update_lock = threading.Lock()

    def _emit(self, kind: str, message: str, entry: LedgerEntry | None = None, **data: Any) -> None:
        if self.on_event is not None:
            self.on_event(RunnerEvent(kind, message, entry.id if entry else None, data))

    # -- start ----------------------------------------------------------------------------
    def start_recording(
        self,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        acquire_request: dict[str, Any],
        start_request: dict[str, Any],
    ) -> Recording:
        """Acquire, start and confirm (status 4/5). Raises :class:`ApiError` on failure;
        every attempt leaves a ledger entry whose state says whether it may be running."""
        mode = Mode(str(mode))
        requested = str(uid)
        current = requested
        used = {requested}
        last_error: ApiError | None = None
        for round_no in range(self.same_uid_rounds + self.new_uid_rounds):
            if round_no >= self.same_uid_rounds:
                current = self._new_uid(current, used)
                used.add(current)
                self._emit(
                    "uid_changed",
                    f"start failed {round_no} times; trying recorder uid {current} "
                    f"instead of {requested}",
                    uid=current,
                    requested_uid=requested,
                )
            try:
                rec = self._attempt(mode, cname, current, acquire_request, start_request)
            except _RetryableStartFailure as failure:
                last_error = failure.error
                continue
            if current != requested:
                rec.requested_uid = requested
                rec.note = f"recorder uid {current} was used instead of {requested}"
            try:
                return self._confirm(rec)
            except LedgerWriteAfterStart:
                raise
            except LedgerError as error:  # the sid is journaled; a later state is not
                snapshot = _entry_of(rec, self.client.base_url)
                raise LedgerWriteAfterStart(rec, snapshot, error, journaled=True) from error
        assert last_error is not None
        raise last_error

    def _attempt(
        self,
        mode: Mode,
        cname: str,
        uid: str,
        acquire_request: dict[str, Any],
        start_request: dict[str, Any],
    ) -> Recording:
        try:
            entry = self.ledger.create(
                profile=self.profile_name,
                base_url=self.client.base_url,
                app_id=self.client.app_id,
                cname=cname,
                uid=uid,
                mode=mode.value,
                state="acquiring",
            )
        except LedgerError as error:
            raise _refused(error, "no acquire was sent") from error
        self._emit("acquiring", f"acquiring a resource for {cname} uid {uid}", entry)
        try:
            acquired = self.client.acquire(cname, uid, acquire_request)
        except ApiError as error:
            self._mark_quietly(entry, state="failed", **_error_fields(error))
            raise
        acquired_at = self.clock()
        try:
            entry = self.ledger.mark(
                entry, state="acquired", resource_id=acquired.resource_id, durable=False
            )
            entry = self.ledger.mark(entry, state="starting")  # committed, or no start
        except LedgerError as error:
            raise _refused(error, "no start was sent; the resource expires unused") from error
        self._emit("start_sent", "starting the recording", entry, resource_id=acquired.resource_id)
        slow_start = slow_start_warning(self.clock() - acquired_at)
        if slow_start:
            self._emit("slow_start", slow_start, entry)
        try:
            started = self.client.start(acquired.resource_id, mode, cname, uid, start_request)
        except ApiError as error:
            raise self._after_failed_start(entry, error) from None
        self._emit("start_answered", f"started: sid {started.sid}", entry, sid=started.sid)
        rec = Recording(
            profile=self.profile_name,
            app_id=self.client.app_id,
            cname=cname,
            uid=uid,
            mode=mode,
            resource_id=started.resource_id,
            sid=started.sid,
            started_at=self.clock(),
            ledger_id=entry.id,
            slow_start=slow_start,
        )
        try:
            entry = self.ledger.mark(entry, state="started", sid=started.sid, last_error=None)
        except LedgerError as error:
            snapshot = replace(
                entry,
                state="started",
                sid=started.sid,
                resource_id=started.resource_id,
                last_error=None,
                updated_at=self.clock(),
            )
            raise LedgerWriteAfterStart(rec, snapshot, error, journaled=False) from error
        self._emit("started", f"sid {started.sid} journaled", entry, sid=started.sid)
        return rec

    def _mark_quietly(self, entry: LedgerEntry, **changes: Any) -> None:
        """A mark after a failure Agora reported: the error being raised matters more,
        and the entry's previous state (acquiring/starting) already says "may run" — which
        is also all a power cut could roll this commit back to, so it skips the fsync."""
        with contextlib.suppress(LedgerError):
            self.ledger.mark(entry, durable=False, **changes)

    def _after_failed_start(
        self, entry: LedgerEntry, error: ApiError
    ) -> ApiError | _RetryableStartFailure:
        """Journal what a failed start means; return what to raise (a retryable failure
        means: acquire again and start)."""
        fields = _error_fields(error)
        if error.answer_lost:
            # An answer was lost (on this or an earlier attempt with the same resourceId):
            # the recorder may run with no sid to stop it. Say so and do NOT acquire again
            # (reliability §3.3), whatever a later attempt answered.
            self._mark_quietly(entry, state="unknown", **fields)
            self._emit("start_failed", entry.caution(), entry)
            return error
        if error.code == 7:
            self._mark_quietly(entry, state="unknown", **fields)
            return error
        if error.code in (62, 65) or (error.http_status or 0) >= 500:
            # Agora answered, so the start failed there; a backend timeout (62/65) may still
            # have started something, so those stay listed as "unknown".
            state = "unknown" if error.maybe_executed else "failed"
            self._mark_quietly(entry, state=state, **fields)
            self._emit("start_failed", error.summary(), entry)
            return _RetryableStartFailure(error)
        self._mark_quietly(entry, state="failed", **fields)
        self._emit("start_failed", error.summary(), entry)
        return error

    def _new_uid(self, current: str, used: set[str]) -> str:
        if current.isdigit() and 0 < int(current) < MAX_UID and str(int(current) + 1) not in used:
            return str(int(current) + 1)
        while True:
            candidate = str(self._rng.randint(1, MAX_UID))
            if candidate not in used:
                return candidate

    def _confirm(self, rec: Recording) -> Recording:
        """Query until status 4/5 (reference §9.2); give up after ``confirm_timeout``."""
        self._emit("confirming", "waiting for the recorder to report status 4 or 5")
        deadline = self.clock() + self.confirm_timeout
        if self.first_query_delay > 0:
            self.sleep(self.first_query_delay)
        step = 0
        while True:
            try:
                result = self.client.query(rec.resource_id, rec.sid, rec.mode, confirming=True)
            except ApiError as error:
                if error.http_status == 404 and error.code == 404:
                    # the recorder is gone, so Agora's answer is the news, not the ledger's
                    # (a refused mark leaves the row saying "may be running": the safe side)
                    self._mark_rec_tolerant(rec, "exited", error=error)
                    raise
                if not error.retryable:
                    self._mark_rec(rec, "unknown", error=error)
                    raise
                result = None
            if result is not None:
                self._apply_query(rec, result)
                if result.is_running:
                    self._mark_rec(rec, "running")
                    self._emit("running", f"recording {rec.sid} is running")
                    return rec
                if result.has_exited:
                    self._mark_rec_tolerant(rec, "exited")
                    raise _failure(
                        "recorder exited right after start",
                        f"query reports status {result.status} ({result.status_text}). "
                        + explain(404, {"code": 404}, "query").explanation,
                        "Check the token, uid, channelType, storage credentials and that "
                        "someone is publishing.",
                        "query",
                    )
            if self.clock() >= deadline:
                return self._give_up(rec)
            delay = self.confirm_backoff[min(step, len(self.confirm_backoff) - 1)]
            step += 1
            self.sleep(delay)

    def _give_up(self, rec: Recording) -> Recording:
        """Not 4/5 after 90 s: consider it failed (§9.2) and stop it so it cannot bill."""
        text = (
            f"the recorder did not reach status 4 or 5 within {self.confirm_timeout:g} s "
            f"(last status: {rec.server_status})."
        )
        try:
            self.stop(rec, async_stop=True)
        except ApiError as error:
            self._mark_rec(rec, "unknown", error=error)
            text += f" Stopping it failed too ({error.summary()}); it may still be running."
        else:
            self._mark_rec(rec, "failed")
            text += " It was stopped."
        raise _failure("recording did not start", text, "Check the start body and retry.", "query")

    # -- while it runs ----------------------------------------------------------------------
    def poll(self, rec: Recording, *, retry_not_found: bool = True) -> Recording:
        """One status check (GUI: every ~2 min). A 404 is retried 5/10/15 s before the
        recording is declared exited (HA failover, reference §9.3) unless
        ``retry_not_found`` is False (a one-shot CLI query)."""
        try:
            result = self.client.query(
                rec.resource_id, rec.sid, rec.mode, confirming=retry_not_found
            )
        except ApiError as error:
            if error.http_status == 404 and error.code == 404:
                self._mark_rec(rec, "exited", error=error)
                rec.note = error.explanation
                return rec
            self._mark_rec(rec, "unknown" if error.retryable else rec.status, error=error)
            raise
        self._apply_query(rec, result)
        if result.is_running:
            self._mark_rec(rec, "running")
        elif result.has_exited:
            self._mark_rec(rec, "exited")
        else:
            self._mark_rec(rec, rec.status)
        return rec

    def update(self, rec: Recording, client_request: dict[str, Any]) -> UpdateResult:
        """Serialised: Agora wants each update answered before the next (reference §3.4)."""
        with self._update_lock:
            return self.client.update(
                rec.resource_id, rec.sid, rec.mode, rec.cname, rec.uid, client_request
            )

    def update_layout(self, rec: Recording, client_request: dict[str, Any]) -> UpdateResult:
        """Serialised with :meth:`update`; each call replaces the whole layout (§3.5)."""
        with self._update_lock:
            return self.client.update_layout(
                rec.resource_id, rec.sid, rec.mode, rec.cname, rec.uid, client_request
            )

    def stop(self, rec: Recording, async_stop: bool = False) -> StopResult:
        """Stop and journal it. 49/435/50 count as stopped; a 404 that survives the
        failover back-off means the recorder already exited (outcome ``not_found``)."""
        previous = rec.status
        # A stop ends billing, so unlike acquire/start it goes out even when the ledger
        # cannot record "stopping" (the row keeps saying "may be running": the safe side).
        ledger_problem = self._mark_rec_tolerant(rec, "stopping")
        self._emit("stopping", f"stopping {rec.sid}")
        delays = self.client.retry_policy.query_not_found
        attempt = 0
        while True:
            try:
                result = self.client.stop(
                    rec.resource_id, rec.sid, rec.mode, rec.cname, rec.uid, async_stop
                )
                break
            except ApiError as error:
                if error.http_status == 404 and error.code == 404:
                    if attempt < len(delays):
                        self.sleep(delays[attempt])
                        attempt += 1
                        continue
                    problem = self._mark_rec_tolerant(rec, "exited", error=error)
                    rec.note = _with_problem(error.explanation, problem or ledger_problem)
                    return StopResult(rec.resource_id, rec.sid, "not_found", None, [], rec.note, {})
                self._mark_rec_tolerant(rec, previous, error=error)
                raise
        rec.files = list(result.files) or rec.files
        problem = self._mark_rec_tolerant(rec, "stopped")
        rec.note = _with_problem(result.note, problem or ledger_problem)
        self._emit("stopped", f"stopped {rec.sid} ({result.outcome})")
        return replace(result, note=rec.note)

    # -- helpers ------------------------------------------------------------------------------
    def _apply_query(self, rec: Recording, result: QueryResult) -> None:
        rec.server_status = result.status
        if result.files:
            rec.files = list(result.files)

    def _mark_rec_tolerant(
        self, rec: Recording, state: str, *, error: ApiError | None = None
    ) -> str:
        """:meth:`_mark_rec` for a stop: returns the ledger's failure instead of raising."""
        try:
            self._mark_rec(rec, state, error=error)
        except LedgerError as problem:
            return str(problem)
        return ""

    def _mark_rec(self, rec: Recording, state: str, *, error: ApiError | None = None) -> None:
        rec.status = state
        if rec.ledger_id is None:
            return
        # sid and resourceId go along every time: a row whose "started" write failed
        # (LedgerWriteAfterStart) learns them from the next mark that gets through.
        changes: dict[str, Any] = {
            "state": state,
            "files": list(rec.files),
            "sid": rec.sid,
            "resource_id": rec.resource_id,
        }
        if rec.server_status is not None:
            changes["last_status"] = rec.server_status
        if error is not None:
            changes["last_error"] = error.summary()
        entry = self.ledger.get(rec.ledger_id)
        if entry is not None:
            self.ledger.mark(entry, durable=_needs_fsync(entry, rec, state), **changes)


class _RetryableStartFailure(Exception):
    """Agora answered the start with a failure worth a new acquire + start."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.summary())
        self.error = error


def _needs_fsync(row: LedgerEntry, rec: Recording, state: str) -> bool:
    """Whether a mark must reach the disk before the runner goes on (synchronous=FULL).

    Design "Ledger": FULL for the commits that precede a send — create before acquire and
    "starting" before start are written durably by :meth:`RecordingRunner._attempt`, and
    "stopping" here — and for the first row that holds the sid (when the "started" write
    failed, a later mark brings it). Every other mark (running, a poll, stopped, exited)
    skips the fsync: WAL keeps commits in order, so a power cut can only roll it back to
    the previous, live state, which still says "may be running" — the safe side. The one
    exception is a row leaving a final state: rolled back, it would hide a live recording.
    """
    if state == "stopping" or (row.sid, row.resource_id) != (rec.sid, rec.resource_id):
        return True
    return row.state in FINAL_STATES and state not in FINAL_STATES


def _refused(error: LedgerError, what: str) -> LedgerError:
    return LedgerError(error.path, f"{error.action} ({what})", error.cause)


def _with_problem(note: str, problem: str) -> str:
    if not problem:
        return note
    return f"{note} Note: {problem}; the ledger may still list it.".strip()


def _entry_of(rec: Recording, base_url: str) -> LedgerEntry:
    """The ledger row a recording stands for (what the app writes again later)."""
    return LedgerEntry(
        id=rec.ledger_id or "",
        profile=rec.profile,
        base_url=base_url,
        app_id=rec.app_id,
        cname=rec.cname,
        uid=rec.uid,
        mode=rec.mode.value,
        resource_id=rec.resource_id,
        sid=rec.sid,
        state=rec.status,
        created_at=rec.started_at,
        updated_at=rec.started_at,
        last_status=rec.server_status,
        files=list(rec.files),
    )


def _error_fields(error: ApiError) -> dict[str, Any]:
    return {"last_error": error.summary()}
