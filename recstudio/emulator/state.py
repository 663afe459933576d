"""The Sandbox's state machine: resources, tasks, their lifecycle and error codes (§2, §3, §7).

Pure with respect to time — every decision reads the injected clock, so tests move time
with a :class:`ManualClock` instead of sleeping. Bodies arrive already checked by the HTTP
layer (``check_body``); here only what depends on state is judged. Lifecycle is evaluated
lazily: before each operation :meth:`SandboxState.refresh` settles what happened since
the last one (tracks recorded, idle exits), which is exact because the channel only changes
through this class.

Each call costs what is alive, not what was ever made: refresh walks only running tasks
(at most ``max_workers``), and ended tasks and never-started resourceIds are forgotten
``Timing.retention_s`` after they stop mattering (a min-heap of deadlines), as Agora
forgets them (its resourceIds expire, its query answers 404 for long-gone tasks).
"""

from __future__ import annotations

import heapq
import secrets
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from recstudio.emulator import responses as r
from recstudio.emulator.channel import KINDS, Channel, ChannelRegistry, Participant
from recstudio.emulator.joining import JoinRules
from recstudio.emulator.recording import (
    Recording,
    Resource,
    Subscription,
    Timing,
    layout_from,
)
from recstudio.emulator.resource_ids import ResourceIds
from recstudio.emulator.responses import Reply
from recstudio.model import Mode

if TYPE_CHECKING:
    from recstudio.emulator.media import MediaRecorder

Clock = Callable[[], float]


class ManualClock:
    """A clock that only moves when told to; enables ``/_sandbox/clock/advance``."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += seconds
            return self._now


def _service(client_request: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    config = client_request.get("extensionServiceConfig") or {}
    for service in config.get("extensionServices") or []:
        if isinstance(service, dict) and service.get("serviceName") == name:
            param = service.get("serviceParam")
            return param if isinstance(param, dict) else {}
    return None


def _screenshots_only(mode: Mode, client_request: Mapping[str, Any]) -> bool:
    """Whether query/stop answer without a file list (§3.3: individual with snapshots).

    v1 answers so whenever screenshots are taken; raw records files *and* screenshots
    when recordingFileConfig is set too (agora-2026.md §1), so only screenshot-only raw
    tasks lose their file list.
    """
    if not mode.per_uid or "snapshotConfig" not in client_request:
        return False
    return mode is Mode.INDIVIDUAL or "recordingFileConfig" not in client_request


def _new_recording(
    res: Resource, mode: Mode, client_request: dict[str, Any], sid: str, now: float
) -> Recording:
    recording_config = client_request.get("recordingConfig") or {}
    file_config = client_request.get("recordingFileConfig") or {}
    rec = Recording(
        sid=sid,
        resource_id=res.resource_id,
        app_id=res.app_id,
        cname=res.cname,
        uid=res.uid,
        mode=mode,
        started_at=now,
        expires_at=now + res.expired_hour * 3600,
        client_request=client_request,
        channel_type=int(recording_config.get("channelType", 0)),
        stream_types=int(recording_config.get("streamTypes", 2)),
        max_idle_time=float(recording_config.get("maxIdleTime", 30)),
        av_file_types=tuple(file_config.get("avFileType") or ("hls",)),
        snapshot=_screenshots_only(mode, client_request),
        stream_mode=str(recording_config.get("streamMode", "default")),
        subscription=Subscription.from_lists(recording_config),
        subscription_since=now,
    )
    if mode is Mode.MIX:
        rec.layout = layout_from(recording_config.get("transcodingConfig") or {})
    if mode is Mode.WEB:
        web = _service(client_request, "web_recorder_service") or {}
        rec.onhold = bool(web.get("onhold", False))
        if "maxRecordingHour" in web:
            rec.max_recording_hour = float(web["maxRecordingHour"])
        rtmp = _service(client_request, "rtmp_publish_service")
        if rtmp is not None:
            rec.rtmp_outputs = [str(o.get("rtmpUrl", "")) for o in rtmp.get("outputs") or []]
    return rec


class SandboxState:
    """All resources, tasks and simulated channels of one Sandbox; thread-safe."""

    def __init__(self, clock: Clock, timing: Timing | None = None) -> None:
        self.clock = clock
        self.timing = timing or Timing()
        self.channels = ChannelRegistry()
        self.resources: dict[str, Resource] = {}
        self.recordings: dict[str, Recording] = {}
        #: signs resourceIds, so a forgotten one still gets 433, not 1001 (reference §7)
        self.resource_ids = ResourceIds()
        #: the running subset of ``recordings`` (sid → task): what each call walks
        self._alive: dict[str, Recording] = {}
        #: (forget at, kind, key): "resource" resourceIds never started, "task" ended sids
        self._forget: list[tuple[float, str, str]] = []
        self._lock = threading.RLock()
        #: Real media for finished tasks (emulator/media.py); None = metadata only.
        self.media: MediaRecorder | None = None
        self.join_rules = JoinRules()
        #: told of every start and end (the NCS notifier); called under the state lock,
        #: so an observer must only take note, never block
        self.observers: list[Any] = []

    # -- lifecycle ------------------------------------------------------------------------

    def refresh(self) -> float:
        """Settle recorded tracks and idle/limit exits up to now; returns now."""
        now = self.clock()
        with self._lock:
            for rec in list(self._alive.values()):
                self._settle(rec, now)
            self._purge(now)
        return now

    def _purge(self, now: float) -> None:
        """Forget what has been over for longer than the retention window."""
        while self._forget and self._forget[0][0] <= now:
            _at, kind, key = heapq.heappop(self._forget)
            if kind == "resource":
                res = self.resources.get(key)
                if res is not None and res.sid is None:
                    del self.resources[key]
                continue
            rec = self.recordings.pop(key, None)
            if rec is not None:
                self.resources.pop(rec.resource_id, None)

    def _settle(self, rec: Recording, now: float) -> None:
        if rec.mode is Mode.WEB:
            if rec.max_recording_hour is not None:
                limit = rec.started_at + rec.max_recording_hour * 3600
                if now >= limit:
                    self._end(rec, limit, "maxRecordingHour")
            return
        channel = self.channels.get(rec.app_id, rec.cname)
        self._note_tracks(rec, channel)
        idle = channel.idle_since(rec.channel_type)
        if idle is not None:
            limit = max(idle, rec.started_at) + rec.max_idle_time
            if now >= limit:
                self._end(rec, limit, "maxIdleTime")

    def _note_tracks(self, rec: Recording, channel: Channel) -> None:
        for participant in channel.participants.values():
            if participant.uid == rec.uid:
                continue
            for kind in KINDS:
                since = participant.since(kind)
                key = (participant.uid, kind)
                if (
                    since is None
                    or key in rec.recorded
                    or kind not in rec.kinds
                    or not rec.subscription.wants(participant.uid, kind)
                ):
                    continue
                rec.recorded[key] = max(since, rec.started_at, rec.subscription_since)

    def _end(self, rec: Recording, at: float, reason: str) -> None:
        rec.ended_at = at
        rec.end_reason = reason
        self._alive.pop(rec.sid, None)
        for observer in self.observers:
            observer.ended(rec, at)
        # still answerable (49 on stop, 433 once expired) until then
        forget_at = max(at, self.clock()) + self.timing.retention_s
        heapq.heappush(self._forget, (forget_at, "task", rec.sid))
        if self.media is not None:
            self.media.ended(rec)

    def status_of(self, rec: Recording, now: float) -> int:
        return self.timing.status_at(now - rec.started_at) if rec.alive else 8

    # -- channel --------------------------------------------------------------------------

    def join(
        self, app_id: str, cname: str, uid: str, *, audio: bool = True, video: bool = True
    ) -> Participant:
        with self._lock:
            now = self.refresh()
            channel = self.channels.get(app_id, cname)
            participant = channel.join(uid, now, audio=audio, video=video)
            if self.media is not None:
                self.media.channel_changed(channel, uid, now)
            self.refresh()
            return participant

    def leave(self, app_id: str, cname: str, uid: str) -> bool:
        with self._lock:
            now = self.refresh()
            channel = self.channels.get(app_id, cname)
            left = channel.leave(uid, now)
            if left and self.media is not None:
                self.media.channel_changed(channel, uid, now)
            return left

    # -- operations ------------------------------------------------------------------------

    def acquire(self, app_id: str, body: Mapping[str, Any]) -> Reply:
        with self._lock:
            now = self.refresh()
            if len(self._alive) >= self.timing.max_workers:
                return r.coded(400, 406, "vendor_over_load")
            client_request = body.get("clientRequest") or {}
            res = Resource(
                resource_id=self.resource_ids.issue(),
                app_id=app_id,
                cname=str(body["cname"]),
                uid=str(body["uid"]),
                scene=int(client_request.get("scene", 0)),
                expired_hour=float(client_request.get("resourceExpiredHour", 72)),
                acquired_at=now,
            )
            self.resources[res.resource_id] = res
            self.join_rules.acquired(res, body)
            unused_until = now + self.timing.resource_ttl_s + self.timing.retention_s
            heapq.heappush(self._forget, (unused_until, "resource", res.resource_id))
            return Reply(200, {"cname": res.cname, "uid": res.uid, "resourceId": res.resource_id})

    def start(self, app_id: str, resource_id: str, mode: Mode, body: Mapping[str, Any]) -> Reply:
        with self._lock:
            now = self.refresh()
            res = self.resources.get(resource_id)
            if res is None:
                if self.resource_ids.issued_here(resource_id):
                    # ours, forgotten after the retention window: by then it has expired
                    return r.coded(400, 433, "resource expired")
                return r.coded(400, 1001, "resourceId could not be decoded")
            if (res.app_id, res.cname, res.uid) != (app_id, body["cname"], body["uid"]):
                return r.coded(400, 432, "appid, cname or uid does not match the resourceId")
            if res.sid is not None:
                return r.coded(201, 7, "already started")
            if now - res.acquired_at >= self.timing.resource_ttl_s:
                return r.coded(400, 433, "resource expired")
            # raw: acquire's scene "no longer takes effect" (agora-2026.md §1)
            if mode is not Mode.RAW and (mode is Mode.WEB) != (res.scene == 1):
                return r.invalid_parameter(
                    f"clientRequest.scene: acquire used scene {res.scene}, which does not "
                    f"match mode {mode.value} (web needs scene 1, others 0 or 2)"
                )
            for other in self._alive.values():
                if (other.app_id, other.cname, other.uid) == (
                    res.app_id,
                    res.cname,
                    res.uid,
                ):
                    return r.coded(400, 53, "task conflict")
            refused = self.join_rules.refuse_start(res, body)
            if refused is not None:
                return refused
            client_request = dict(body.get("clientRequest") or {})
            res.sid = secrets.token_hex(16)
            rec = _new_recording(res, mode, client_request, res.sid, now)
            self.recordings[rec.sid] = rec
            self._alive[rec.sid] = rec
            problem = self.join_rules.join_problem(rec, now)
            if problem is not None:
                # start answers 200, then the recorder cannot join (§7.2 codes 109/110)
                self._end(rec, now, problem.end_reason)
            else:
                if self.media is not None:
                    self.media.started(rec, self.channels.get(rec.app_id, rec.cname))
                for observer in self.observers:
                    observer.started(rec, now)
                self._settle(rec, now)
            return Reply(200, r.identity(rec))

    def _task(
        self,
        app_id: str,
        resource_id: str,
        sid: str,
        mode: Mode,
        body: Mapping[str, Any] | None,
        *,
        stopping: bool = False,
    ) -> Recording | Reply:
        """The running task addressed by a URL, or the error Agora would answer."""
        rec = self.recordings.get(sid)
        if rec is None:
            return r.WORKER_NOT_FOUND
        if rec.app_id != app_id or rec.resource_id != resource_id:
            return r.coded(400, 1003, "appid or sid does not match the resourceId")
        if self.clock() >= rec.expires_at:
            return r.coded(400, 433, "resource expired")
        if not rec.alive:
            return r.coded(400, 49, "invalid operation") if stopping else r.WORKER_NOT_FOUND
        if rec.mode is not mode:
            return r.invalid_parameter(f"mode: the task was started in {rec.mode.value} mode")
        if body is not None and (body["cname"], body["uid"]) != (rec.cname, rec.uid):
            return r.coded(400, 432, "cname or uid does not match the resourceId")
        return rec

    def query(self, app_id: str, resource_id: str, sid: str, mode: Mode) -> Reply:
        with self._lock:
            now = self.refresh()
            finishing = self._uploading_after_async_stop(sid, app_id, resource_id, mode, now)
            if finishing is not None:
                server_response = r.after_stop_server_response(finishing, now, self.timing)
                return Reply(200, {**r.identity(finishing), "serverResponse": server_response})
            rec = self._task(app_id, resource_id, sid, mode, None)
            if isinstance(rec, Reply):
                return rec
            status = self.status_of(rec, now)
            server_response = r.query_server_response(rec, status, now, self.timing)
            return Reply(200, {**r.identity(rec), "serverResponse": server_response})

    def update(
        self, app_id: str, resource_id: str, sid: str, mode: Mode, body: Mapping[str, Any]
    ) -> Reply:
        with self._lock:
            now = self.refresh()
            rec = self._task(app_id, resource_id, sid, mode, body)
            if isinstance(rec, Reply):
                return rec
            client_request = body.get("clientRequest") or {}
            if "streamSubscribe" in client_request and mode is not Mode.WEB:
                rec.subscription = Subscription.from_update(client_request["streamSubscribe"])
                rec.subscription_since = now
            web_config = client_request.get("webRecordingConfig")
            if isinstance(web_config, Mapping) and "onhold" in web_config:
                rec.onhold = bool(web_config["onhold"])
            rtmp = client_request.get("rtmpPublishConfig")
            if isinstance(rtmp, Mapping):
                rec.rtmp_outputs = [str(o.get("rtmpUrl", "")) for o in rtmp.get("outputs") or []]
            rec.update_count += 1
            self._settle(rec, now)
            return Reply(200, r.identity(rec))

    def update_layout(
        self, app_id: str, resource_id: str, sid: str, mode: Mode, body: Mapping[str, Any]
    ) -> Reply:
        with self._lock:
            self.refresh()
            if mode is not Mode.MIX:
                return r.invalid_parameter("updateLayout is only supported in mix mode")
            rec = self._task(app_id, resource_id, sid, mode, body)
            if isinstance(rec, Reply):
                return rec
            # Every call replaces the whole layout; omitted fields revert (§3.5).
            rec.layout = layout_from(body.get("clientRequest") or {})
            rec.layout_update_count += 1
            if self.media is not None:
                self.media.layout_updated(rec, self.clock())
            return Reply(200, r.identity(rec))

    def _uploading_after_async_stop(
        self, sid: str, app_id: str, resource_id: str, mode: Mode, now: float
    ) -> Recording | None:
        """The task an asynchronous stop ended whose upload is still visible to query."""
        rec = self.recordings.get(sid)
        if (
            rec is None
            or rec.upload_done_at is None
            or (rec.app_id, rec.resource_id, rec.mode) != (app_id, resource_id, mode)
        ):
            return None
        return rec if now < rec.upload_done_at + self.timing.async_linger_s else None

    def stop(
        self,
        app_id: str,
        resource_id: str,
        sid: str,
        mode: Mode,
        body: Mapping[str, Any],
        *,
        stranded: Callable[[], bool] = lambda: False,
    ) -> Reply:
        """``stranded`` (asked only once the stop is accepted): whether the upload stalls on
        the recorder and is synced later (raw's ``uploadingStatus`` value "stranded",
        agora-2026.md §1); not a failure."""
        with self._lock:
            now = self.refresh()
            rec = self._task(app_id, resource_id, sid, mode, body, stopping=True)
            if isinstance(rec, Reply):
                return rec
            self._end(rec, now, "stopped")
            # "stranded" is a raw-mode value (agora-2026.md §1); v1 modes never answer it
            if rec.mode is Mode.RAW and stranded():
                rec.uploading_status = "stranded"
            if rec.mode is not Mode.WEB and not rec.recorded:
                return Reply(206, {**r.identity(rec), "code": 435, "reason": "no recorded data"})
            client_request = body.get("clientRequest") or {}
            if client_request.get("async_stop") is True:  # nothing to upload without data
                rec.upload_done_at = now + self.timing.async_upload_s
            server_response = r.stop_server_response(rec, now, self.timing)
            return Reply(200, {**r.identity(rec), "serverResponse": server_response})

    # -- inspection -------------------------------------------------------------------------

    def recording(self, sid: str) -> Recording:
        with self._lock:
            self.refresh()
            return self.recordings[sid]

    def snapshot(self) -> dict[str, Any]:
        """JSON view for ``GET /_sandbox/state``: no secrets, redacted start bodies."""
        with self._lock:
            now = self.refresh()
            return {
                "now": now,
                "resources": [res.to_json() for res in self.resources.values()],
                "recordings": [
                    rec.to_json(self.status_of(rec, now)) for rec in self.recordings.values()
                ],
                "channels": [channel.to_json() for channel in self.channels.all()],
            }
