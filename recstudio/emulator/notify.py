"""The Sandbox's Notification Center: signed NCS events for every recording it runs.

It watches the state machine (``SandboxState.observers``) and turns each lifecycle step
into the events Agora sends, in Agora's envelope and field names (agora-2026.md §2):
recorder started (40, or web recorder started 70), uploader started (30), file infos (4)
once the first playlist exists, recorder left (41) with the leave code of the cause —
2 stop, 4 idle exit after ``maxIdleTime``, 0 when the recorder could not join — uploaded
(31) or backuped (32), errors (1) and session exit (11). A developer points it at their own
handler to test it without a live channel.

Delivery is NCS's: one sender in order, resend when no 200 arrives within
``response_timeout_s`` (10 s), at most 3 resends with a growing pause, every resend the
same body (same ``noticeId``/``notifyMs``, so a handler can de-duplicate). Faults make it
duplicate or reorder deliveries, back files up first, or report an uploader error, as
real NCS and real storage sometimes do. When the Sandbox really uploads a stopped
recording (vendor 11 on loopback, emulator/upload.py), what the bucket did decides the
upload events instead: uploaded, backuped for held-back files, or uploader error 32 (the
bucket, region or keys are wrong) / 47 (the write failed; Agora keeps the files in its
backup) — so the doctor's storage evidence comes from a real storage failure. The state
machine settles lazily, so a ticker refreshes it: an idle exit is noticed within ``tick_s``
even when no client calls.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import queue
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from recstudio.emulator.joining import (
    END_TOKEN_EXPIRED,
    END_TOKEN_INVALID,
    TOKEN_EXPIRED,
    TOKEN_INVALID,
)
from recstudio.emulator.recording import Recording
from recstudio.emulator.responses import file_list
from recstudio.model import Mode

if TYPE_CHECKING:
    from recstudio.emulator.state import SandboxState

log = logging.getLogger(__name__)

PRODUCT_ID = 3
#: how long a reorder fault waits for the event to swap with
HOLD_S = 1.0
#: leaveCode bits (agora-2026.md §2)
LEAVE_INIT_FAILED, LEAVE_STOPPED, LEAVE_IDLE = 0, 2, 4
#: serviceType of each event: 0 service, 1 recorder, 2 uploader, 6 web recorder
_SERVICE_TYPE = {1: 0, 2: 2, 4: 0, 11: 0, 12: 0, 30: 2, 31: 2, 32: 2, 40: 1, 41: 1, 70: 6,
                 71: 6}  # fmt: skip
_NAMES = {1: "cloud_recording_error", 2: "cloud_recording_warning",
          4: "cloud_recording_file_infos", 11: "session_exit", 30: "uploader_started",
          31: "uploaded", 32: "backuped", 40: "recorder_started", 41: "recorder_leave",
          70: "web_recorder_started", 71: "web_recorder_stopped"}  # fmt: skip
#: uploader error codes a fault may report (agora-2026.md §2)
UPLOAD_ERRORS = {
    32: "storage configuration error",
    47: "upload to your storage failed",
    51: "uploader processing error",
}
#: StorageError kinds that mean the storageConfig itself is wrong (error 32); any other
#: failed write is error 47
CONFIG_ERROR_KINDS = frozenset({"bad_access_key", "bad_secret", "no_bucket", "wrong_region",
                                "clock_skew"})  # fmt: skip
#: a stop's upload that never starts (no delivery) is reported as uploaded after this long
UPLOAD_WAIT_S = 30.0


@dataclass(slots=True)
class NotifyFaults:
    """Switchable delivery and storage faults; counts are used up by deliveries."""

    duplicate: int = 0  # the next N events are delivered twice
    reorder: int = 0  # the next N events are delivered after the event that follows them
    backup: bool = False  # files go to Agora's backup first: warning 32 and backuped (32)
    upload_error: int | None = None  # uploader error code (32, 47, 51) for the next upload

    def to_json(self) -> dict[str, Any]:
        return {"duplicate": self.duplicate, "reorder": self.reorder, "backup": self.backup,
                "uploadError": self.upload_error}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attempt:
    notice_id: str
    event_type: int
    attempt: int
    status: int | None  # None: no answer (timeout, refused)


class Notifier:
    """Sends the events of one Sandbox to ``url``, signed with ``secret``."""

    def __init__(
        self,
        url: str,
        secret: str | None,
        state: SandboxState,
        *,
        response_timeout_s: float = 10.0,
        retries: int = 3,
        retry_pauses: tuple[float, ...] = (0.5, 1.0, 2.0),
        tick_s: float = 0.2,
        clock: Callable[[], float] | None = None,
        uploader: Any = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"--notify needs an http(s) URL, not {url!r}")
        self.url = url
        self._parts = parts
        self._secret = secret
        self.state = state
        self.clock = clock or state.clock
        self.response_timeout_s = response_timeout_s
        self.retries = retries
        self.retry_pauses = retry_pauses
        self.tick_s = tick_s
        self.faults = NotifyFaults()
        #: the Sandbox's SandboxUploader: its deliveries decide the upload events
        self.uploader = uploader
        self._uploads: dict[str, tuple[Recording, float, list[dict[str, Any]], float]] = {}
        self.attempts: deque[Attempt] = deque(maxlen=10_000)
        self._sequence: dict[str, int] = {}
        self._announced: set[str] = set()
        self._watching: dict[str, Recording] = {}
        self._outbox: queue.Queue[bytes | None] = queue.Queue()
        self._held: bytes | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Notifier:
        if not self._threads:
            self.state.observers.append(self)
            for target, name in ((self._send_loop, "sandbox-ncs-sender"),
                                 (self._tick_loop, "sandbox-ncs-ticker")):  # fmt: skip
                thread = threading.Thread(target=target, name=name, daemon=True)
                thread.start()
                self._threads.append(thread)
        return self

    def stop(self) -> None:
        with contextlib.suppress(ValueError):
            self.state.observers.remove(self)
        self._stop.set()
        self._outbox.put(None)
        for thread in self._threads:
            thread.join(self.response_timeout_s + 1)
        self._threads = []

    def idle(self) -> bool:
        """Nothing waiting to be delivered (tests wait for this)."""
        with self._lock:
            waiting = bool(self._uploads)
        return self._outbox.unfinished_tasks == 0 and self._held is None and not waiting

    # -- observer (called under the state lock: only take note) ------------------------------

    def started(self, rec: Recording, now: float) -> None:
        with self._lock:
            self._watching[rec.sid] = rec
        if rec.mode is Mode.WEB:
            self._emit(rec, 70, now, recorderStartTime=int(now * 1000))
        else:
            self._emit(rec, 40, now, status=0)
        self._emit(rec, 30, now, status=0)

    def ended(self, rec: Recording, at: float) -> None:
        with self._lock:
            self._watching.pop(rec.sid, None)
        reason = rec.end_reason or ""
        if reason in (END_TOKEN_EXPIRED, END_TOKEN_INVALID):
            code = TOKEN_EXPIRED if reason == END_TOKEN_EXPIRED else TOKEN_INVALID
            text = "token expired" if code == TOKEN_EXPIRED else "invalid token"
            self._emit(rec, 1, at, module=0, errorLevel=5, errorCode=code, stat=0,
                       errorMsg=text)  # fmt: skip
            self._emit(rec, 41, at, leaveCode=LEAVE_INIT_FAILED)
            self._emit(rec, 11, at, exitStatus=1)
            return
        files = self._files(rec, at)
        if files:
            # the first playlist went up while recording, before the recorder left, even
            # when the ticker had no turn to say so yet
            self._announce_files(rec, at, files)
        if rec.mode is Mode.WEB:
            code = 1 if reason == "maxRecordingHour" else 0
            self._emit(rec, 71, at, code=code, message="", fileList=files)
        else:
            leave = LEAVE_IDLE if reason == "maxIdleTime" else LEAVE_STOPPED
            self._emit(rec, 41, at, leaveCode=leave)
        abnormal = False
        if files:
            faults = self.faults
            if faults.upload_error is not None:
                code, faults.upload_error = faults.upload_error, None
                self._emit(rec, 1, at, module=1, errorLevel=5, errorCode=code, stat=0,
                           errorMsg=UPLOAD_ERRORS.get(code, "uploader error"))  # fmt: skip
                abnormal = code != 47
                if code == 47:  # the upload to the user's bucket failed: Agora's backup
                    self._emit(rec, 2, at, module=1, warnCode=32)
                    self._emit(rec, 32, at, status=0, fileList=files)
            elif faults.backup:
                self._emit(rec, 2, at, module=1, warnCode=32)
                self._emit(rec, 32, at, status=0, fileList=files)
            elif self._really_uploads(rec):
                with self._lock:  # the ticker reports the bucket's answer (_settle_uploads)
                    self._uploads[rec.sid] = (rec, at, files, time.monotonic())
                return
            else:
                self._emit(rec, 31, at, status=0, fileList=files)
        self._emit(rec, 11, at, exitStatus=1 if abnormal else 0)

    def _really_uploads(self, rec: Recording) -> bool:
        """Stop hands the task to the Sandbox's uploader (an idle exit has no stop)."""
        uploader = self.uploader
        return (uploader is not None and rec.end_reason == "stopped"
                and rec.mode is not Mode.WEB and bool(uploader.wanted(rec)))  # fmt: skip

    def _settle_uploads(self) -> None:
        """Report each real upload once its first round is done: the bucket's verdict."""
        with self._lock:
            waiting = list(self._uploads.items())
        for sid, (rec, at, files, since) in waiting:
            delivery = self.uploader.deliveries.get(sid)
            if delivery is None and time.monotonic() - since < UPLOAD_WAIT_S:
                continue
            if delivery is not None and not delivery.first_round.is_set():
                continue
            with self._lock:
                self._uploads.pop(sid, None)
            abnormal = False
            if delivery is not None and delivery.error:
                kind = delivery.error_kind or "other"
                code = 32 if kind in CONFIG_ERROR_KINDS else 47
                # the kind, not the storage SDK's message: that may quote a key
                self._emit(rec, 1, at, module=1, errorLevel=5, errorCode=code, stat=0,
                           errorMsg=f"storage: {kind}")  # fmt: skip
                abnormal = code == 32
                if code == 47:
                    self._emit(rec, 2, at, module=1, warnCode=32)
                    self._emit(rec, 32, at, status=0, fileList=files)
            elif delivery is not None and delivery.held_back:
                self._emit(rec, 2, at, module=1, warnCode=32)
                self._emit(rec, 32, at, status=0, fileList=files)
            else:
                self._emit(rec, 31, at, status=0, fileList=files)
            self._emit(rec, 11, at, exitStatus=1 if abnormal else 0)

    # -- building --------------------------------------------------------------------------

    def _files(self, rec: Recording, at: float) -> list[dict[str, Any]]:
        listing = file_list(rec, at, self.state.timing, final=True)
        if rec.mode is Mode.WEB:
            return [{"fileName": f"{rec.sid}_{rec.cname}.m3u8"}]
        files = listing.get("fileList")
        if isinstance(files, str):
            return [{"fileName": files, "uid": "0", "mixedAllUser": True}] if files else []
        return list(files or [])

    def _announce_files(self, rec: Recording, at: float, files: list[dict[str, Any]]) -> None:
        with self._lock:
            if rec.sid in self._announced:
                return
            self._announced.add(rec.sid)
        self._emit(rec, 4, at, fileList=files)

    def _emit(self, rec: Recording, event_type: int, at: float, **details: Any) -> None:
        with self._lock:
            sequence = self._sequence.get(rec.sid, 0)
            self._sequence[rec.sid] = sequence + 1
        ms = int(at * 1000)
        envelope = {
            "noticeId": uuid.uuid4().hex,
            "productId": PRODUCT_ID,
            "eventType": event_type,
            "notifyMs": ms,
            "payload": {
                "cname": rec.cname,
                "uid": rec.uid,
                "sid": rec.sid,
                "sequence": sequence,
                "sendts": ms,
                "serviceType": _SERVICE_TYPE.get(event_type, 0),
                # agora-2026.md §2: raw (Individual Recording v2) has its own scene
                "serviceScene": "rtsc/raw-recording" if rec.mode is Mode.RAW else "rtc_record",
                "details": {"msgName": _NAMES.get(event_type, ""), **details},
            },
        }
        self._outbox.put(json.dumps(envelope, separators=(",", ":")).encode())

    # -- ticking ---------------------------------------------------------------------------

    def _tick_loop(self) -> None:
        while not self._stop.wait(self.tick_s):
            try:
                now = self.state.refresh()
                with self._lock:
                    watching = list(self._watching.values())
                for rec in watching:
                    if rec.mode is not Mode.WEB and rec.recorded and rec.alive:
                        files = self._files(rec, now)
                        if files:
                            self._announce_files(rec, now, files)
                if self.uploader is not None:
                    self._settle_uploads()
            except Exception:
                log.exception("sandbox ncs: tick failed")

    # -- delivery --------------------------------------------------------------------------

    def _send_loop(self) -> None:
        while True:
            body = self._outbox.get()
            try:
                if body is None:
                    return
                if self.faults.reorder > 0:
                    self.faults.reorder -= 1
                    self._swap(body)
                else:
                    self._deliver(body)
            finally:
                self._outbox.task_done()

    def _swap(self, body: bytes) -> None:
        """Deliver ``body`` after the event that follows it (waiting a moment for one)."""
        self._held = body
        try:
            following = self._outbox.get(timeout=HOLD_S)
        except queue.Empty:
            self._deliver(body)  # nothing followed: never hold an event back for ever
            self._held = None
            return
        try:
            if following is not None:
                self._deliver(following)
            self._deliver(body)
        finally:
            self._held = None
            self._outbox.task_done()
        if following is None:
            self._outbox.put(None)  # that was the stop marker: hand it back to the loop

    def _deliver(self, body: bytes) -> None:
        copies = 1
        if self.faults.duplicate > 0:
            self.faults.duplicate -= 1
            copies = 2
        for _ in range(copies):
            self._deliver_once(body)

    def _deliver_once(self, body: bytes) -> None:
        envelope = json.loads(body)
        notice, event_type = envelope["noticeId"], envelope["eventType"]
        for attempt in range(1, self.retries + 2):
            status = self._post(body)
            self.attempts.append(Attempt(notice, event_type, attempt, status))
            if status == 200:
                return
            if attempt > self.retries:
                break
            pause = self.retry_pauses[min(attempt - 1, len(self.retry_pauses) - 1)]
            if self._stop.wait(pause):
                return  # the Sandbox is stopping: do not keep it waiting

        log.warning("sandbox ncs: gave up on event %s after %d attempts", notice, attempt)

    def _post(self, body: bytes) -> int | None:
        from recstudio.events.signature import sign  # the one definition of the signature

        parts = self._parts
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(
            parts.hostname or "", parts.port, timeout=self.response_timeout_s
        )
        headers = {"Content-Type": "application/json"}
        if self._secret:
            headers.update(sign(body, self._secret))
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        started = time.monotonic()
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read(64 * 1024)
            return response.status
        except (OSError, http.client.HTTPException) as exc:
            log.info("sandbox ncs: no answer after %.1f s: %s", time.monotonic() - started, exc)
            return None
        finally:
            connection.close()
