"""Agora-shaped reply bodies: errors (§7) and the serverResponse of query/stop (§3.3, §3.6).

Kept apart from the state machine so the shapes can be compared with the reference at a
glance; file names follow §9.4.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recstudio.emulator.recording import Recording, Timing
from recstudio.model import Mode


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP status plus a JSON body (or raw HTML for gateway-page faults)."""

    status: int
    body: dict[str, Any]
    html: str | None = None


def coded(status: int, code: int, reason: str) -> Reply:
    """Backend errors: ``{"code": n, "reason": "..."}``."""
    return Reply(status, {"code": code, "reason": reason})


def gateway(status: int, message: str) -> Reply:
    """Gateway errors (auth, routing, rate limit): ``{"message": "..."}``."""
    return Reply(status, {"message": message})


UNAUTHORIZED = gateway(401, "Unauthorized")
BAD_CREDENTIALS = gateway(401, "Invalid authentication credentials")
NO_ROUTE = gateway(404, "no Route matched with those values")
RATE_LIMITED = gateway(429, "API rate limit exceeded")
INVALID_APPID = gateway(400, "appid is invalid")
WORKER_NOT_FOUND = coded(404, 404, "failed to find worker")
REQUEST_NOT_COMPLETED = coded(206, 65, "request not completed")


def invalid_parameter(reason: str) -> Reply:
    return coded(400, 2, reason)


def header_error(reason: str) -> Reply:
    return coded(400, 8, reason)


def identity(rec: Recording) -> dict[str, Any]:
    return {"cname": rec.cname, "uid": rec.uid, "resourceId": rec.resource_id, "sid": rec.sid}


def _ms(seconds: float) -> int:
    return int(seconds * 1000)


def _mix_files(rec: Recording, first: float) -> list[dict[str, Any]]:
    track = {0: "audio", 1: "video"}.get(rec.stream_types, "audio_and_video")
    names = [f"{rec.sid}_{rec.cname}.m3u8"]
    if "mp4" in rec.av_file_types:
        names.append(f"{rec.sid}_{rec.cname}_0.mp4")
    return [
        {
            "fileName": name,
            "trackType": track,
            "uid": "0",
            "mixedAllUser": True,
            "isPlayable": True,
            "sliceStartTime": _ms(first),
        }
        for name in names
    ]


def _entry(name: str, track: str, uid: str, since: float) -> dict[str, Any]:
    return {
        "fileName": name,
        "trackType": track,
        "uid": uid,
        "mixedAllUser": False,
        "isPlayable": True,
        "sliceStartTime": _ms(since),
    }


def _ready_by_uid(rec: Recording, ready_before: float) -> dict[str, dict[str, float]]:
    """uid → {kind: since} of the tracks whose first slice exists by ``ready_before``."""
    out: dict[str, dict[str, float]] = {}
    for (uid, kind), since in sorted(rec.recorded.items()):
        if since <= ready_before:
            out.setdefault(uid, {})[kind] = since
    return out


def _individual_files(rec: Recording, ready_before: float) -> list[dict[str, Any]]:
    """v1: one playlist per uid and kind (§9.4); streamMode "standard" adds the merged
    A/V playlist of each uid that sends both (§4.1 stream-mode table)."""
    files: list[dict[str, Any]] = []
    for uid, kinds in _ready_by_uid(rec, ready_before).items():
        prefix = f"{rec.sid}_{rec.cname}__uid_s_{uid}__uid_e"
        for kind, since in sorted(kinds.items()):
            files.append(_entry(f"{prefix}_{kind}.m3u8", kind, uid, since))
        if rec.stream_mode == "standard" and len(kinds) == 2:
            # [analysis] "av" is the merged playlist's suffix in Agora's file listings.
            files.append(_entry(f"{prefix}_av.m3u8", "audio_and_video", uid, min(kinds.values())))
    return files


#: Raw mode's default recorder codec (agora-2026.md §1: "Default recorder codec H.264").
RAW_VIDEO_CODEC = "h264"
#: [analysis] the v2 names carry the *video* codec; an audio-only uid is named by AAC.
RAW_AUDIO_CODEC = "aac"


def raw_files(rec: Recording, ready_before: float) -> list[dict[str, Any]]:
    """v2 (raw): one combined A/V playlist per uid, codec in every name, plus MP4 / MP3
    per uid when avFileType asks for them (agora-2026.md §1 file-name table)."""
    files: list[dict[str, Any]] = []
    for uid, kinds in _ready_by_uid(rec, ready_before).items():
        prefix = f"{rec.sid}_{rec.cname}__uid_s_{uid}__uid_e"
        since = min(kinds.values())
        track = "audio_and_video" if len(kinds) == 2 else next(iter(kinds))
        codec = RAW_VIDEO_CODEC if "video" in kinds else RAW_AUDIO_CODEC
        if "hls" in rec.av_file_types:
            files.append(_entry(f"{prefix}_{codec}.m3u8", track, uid, since))
        if "mp4" in rec.av_file_types:
            files.append(_entry(f"{prefix}_0_{codec}.mp4", track, uid, since))
        if "mp3" in rec.av_file_types and "audio" in kinds:
            files.append(_entry(f"{prefix}_0.mp3", "audio", uid, kinds["audio"]))
    return files


def file_list(rec: Recording, now: float, timing: Timing, *, final: bool) -> dict[str, Any]:
    """fileListMode + fileList for individual/mix; ``final`` (stop) flushes the last slice."""
    string_mode = rec.mode is Mode.MIX and "mp4" not in rec.av_file_types
    if rec.mode is Mode.MIX:
        first = rec.first_data_at()
        ready = first is not None and (final or now - first >= timing.mix_first_slice_s)
        files = _mix_files(rec, first) if ready and first is not None else []
        if string_mode:
            listing: Any = files[0]["fileName"] if files else ""
            return {"fileListMode": "string", "fileList": listing}
        return {"fileListMode": "json", "fileList": files}
    ready_before = now if final else now - timing.individual_first_slice_s
    if rec.mode is Mode.RAW:
        return {"fileListMode": "json", "fileList": raw_files(rec, ready_before)}
    return {"fileListMode": "json", "fileList": _individual_files(rec, ready_before)}


def _web_files(rec: Recording, now: float, timing: Timing, *, final: bool) -> list[dict[str, Any]]:
    if not final and now - rec.started_at < timing.web_first_slice_s:
        return []
    names = [f"{rec.sid}_{rec.cname}.m3u8"]
    if "mp4" in rec.av_file_types:
        names.append(f"{rec.sid}_{rec.cname}_0.mp4")
    # Web fileList times are in seconds (reference §10 #5).
    return [{"filename": name, "sliceStartTime": int(rec.started_at)} for name in names]


def _web_recorder(
    rec: Recording, status: int, now: float, timing: Timing, *, final: bool
) -> dict[str, Any]:
    state = "exit" if final else ("inProgress" if status >= 4 else "init")
    return {
        "serviceName": "web_recorder_service",
        "payload": {
            "fileList": _web_files(rec, now, timing, final=final),
            "onhold": rec.onhold,
            "state": state,
        },
    }


def _rtmp_status(rec: Recording, status: int) -> str:
    if rec.onhold:
        return "onhold"
    return "publishing" if status >= 5 else "connecting"


def query_server_response(
    rec: Recording, status: int, now: float, timing: Timing
) -> dict[str, Any]:
    """serverResponse of query (§3.3)."""
    if rec.mode is Mode.WEB:
        services = [_web_recorder(rec, status, now, timing, final=False)]
        if rec.rtmp_outputs is not None:
            outputs = [
                {"rtmpUrl": url, "status": _rtmp_status(rec, status)} for url in rec.rtmp_outputs
            ]
            services.append(
                {
                    "serviceName": "rtmp_publish_service",
                    "payload": {"outputs": outputs, "state": "inProgress"},
                }
            )
        return {"status": status, "extensionServiceState": services}
    start_ms = _ms(rec.started_at)
    if rec.snapshot:
        return {"status": status, "sliceStartTime": start_ms}
    return {
        "status": status,
        **file_list(rec, now, timing, final=False),
        "sliceStartTime": start_ms,
    }


def upload_state(rec: Recording, now: float) -> str:
    """uploadingStatus at ``now``: "unknown" while an asynchronous stop's upload runs
    (§3.6: async replies before the upload), then the final state."""
    if rec.upload_done_at is not None and now < rec.upload_done_at:
        return "unknown"
    return rec.uploading_status


def stop_server_response(rec: Recording, now: float, timing: Timing) -> dict[str, Any]:
    """serverResponse of stop (§3.6): sync stop reports the final upload state; async stop
    replies at once, before the upload is known ("unknown")."""
    status = upload_state(rec, now)
    if rec.mode is Mode.WEB:
        return {
            "extensionServiceState": [
                {"serviceName": "upload_service", "payload": {"uploadingStatus": status}},
                _web_recorder(rec, 8, now, timing, final=True),
            ]
        }
    if rec.snapshot:
        return {"uploadingStatus": status}
    return {**file_list(rec, now, timing, final=True), "uploadingStatus": status}


def after_stop_server_response(rec: Recording, now: float, timing: Timing) -> dict[str, Any]:
    """query after an asynchronous stop: status 6 (stop requested) while the upload runs,
    7 (all components stopped) once it is done, with the upload state (§3.3, §3.6)."""
    end = rec.ended_at if rec.ended_at is not None else now
    status = 6 if upload_state(rec, now) == "unknown" else 7
    if rec.mode is Mode.WEB:
        return {"status": status, **stop_server_response(rec, end, timing)}
    return {"status": status, **stop_server_response(rec, now, timing)}
