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


def _individual_files(rec: Recording, ready_before: float) -> list[dict[str, Any]]:
    return [
        {
            "fileName": f"{rec.sid}_{rec.cname}__uid_s_{uid}__uid_e_{kind}.m3u8",
            "trackType": kind,
            "uid": uid,
            "mixedAllUser": False,
            "isPlayable": True,
            "sliceStartTime": _ms(since),
        }
        for (uid, kind), since in sorted(rec.recorded.items())
        if since <= ready_before
    ]


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


def stop_server_response(rec: Recording, now: float, timing: Timing) -> dict[str, Any]:
    """serverResponse of stop (§3.6); every upload counts as done in the Sandbox."""
    if rec.mode is Mode.WEB:
        return {
            "extensionServiceState": [
                {"serviceName": "upload_service", "payload": {"uploadingStatus": "uploaded"}},
                _web_recorder(rec, 8, now, timing, final=True),
            ]
        }
    if rec.snapshot:
        return {"uploadingStatus": "uploaded"}
    return {**file_list(rec, now, timing, final=True), "uploadingStatus": "uploaded"}
