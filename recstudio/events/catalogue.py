"""The Cloud Recording NCS event catalogue as data, and its payloads decoded into words.

Source: agora-2026.md §2 (Docs-Source ``shared/notification-center-service/event-types/
cloud-recording.mdx``). Kept as data so the receiver, the timeline, the doctor and the
Sandbox's notifier all name events, modules and codes the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: ``productId`` of Cloud Recording in the NCS envelope.
PRODUCT_CLOUD_RECORDING = 3


@dataclass(frozen=True, slots=True)
class EventType:
    code: int
    name: str
    #: the ``details`` keys Agora documents for this event (informational, never enforced:
    #: NCS adds fields over time and a receiver must keep what it does not know)
    fields: tuple[str, ...]
    summary: str


_CATALOGUE = (
    EventType(1, "cloud_recording_error", ("module", "errorLevel", "errorCode", "stat", "errorMsg"),
              "a component reported an error"),
    EventType(2, "cloud_recording_warning", ("module", "warnCode"), "a component warned"),
    EventType(3, "cloud_recording_status_update", ("status", "recordingMode", "fileList"),
              "the recording's status changed"),
    EventType(4, "cloud_recording_file_infos", ("fileList",), "the first playlist was uploaded"),
    EventType(11, "session_exit", ("exitStatus",), "the recording session ended"),
    EventType(12, "session_failover", ("newUid",), "the recorder failed over (high availability)"),
    EventType(30, "uploader_started", ("status",), "the uploader started"),
    EventType(31, "uploaded", ("status", "fileList"), "all files reached your storage"),
    EventType(32, "backuped", ("status", "fileList"),
              "files were uploaded, some first to Agora's backup storage"),
    EventType(33, "uploading_progress", ("progress",), "upload progress"),
    EventType(40, "recorder_started", ("status",), "the recorder joined the channel"),
    EventType(41, "recorder_leave", ("leaveCode",), "the recorder left the channel"),
    EventType(42, "recorder_slice_start",
              ("startUtcMs", "discontinueUtcMs", "mixedAllUser", "streamUid", "trackType"),
              "the recorder started a slice"),
    EventType(43, "recorder_audio_stream_state_changed", ("streamUid", "state", "UtcMs"),
              "an audio stream started or stopped arriving"),
    EventType(44, "recorder_video_stream_state_changed", ("streamUid", "state", "UtcMs"),
              "a video stream started or stopped arriving"),
    EventType(45, "recorder_snapshot_file", ("fileName",), "a snapshot was taken"),
    EventType(60, "vod_started", ("aliVodInfo",), "VoD upload started"),
    EventType(61, "vod_triggered", ("aliVodInfo",), "VoD upload triggered"),
    EventType(70, "web_recorder_started", ("recorderStartTime",), "the web recorder started"),
    EventType(71, "web_recorder_stopped", ("code", "message", "details", "fileList"),
              "the web recorder stopped"),
    EventType(72, "web_recorder_capability_limit", ("limitType",),
              "the web page exceeded what the web recorder can render"),
    EventType(73, "web_recorder_reload", ("reason",), "the web recorder reloaded the page"),
    EventType(80, "transcoder_started", (), "postponed transcoding started"),
    EventType(81, "transcoder_completed", ("result", "uids"), "postponed transcoding finished"),
    EventType(90, "download_failed", ("vendor", "region", "bucket", "fileName"),
              "files could not be downloaded from storage for transcoding"),
    EventType(100, "rtmp_publish_status", ("rtmpUrl", "status"), "an RTMP push changed state"),
    EventType(1001, "postpone_transcode_final_result", ("result", "fileList"),
              "the final result of postponed transcoding"),
)  # fmt: skip

EVENT_TYPES: dict[int, EventType] = {e.code: e for e in _CATALOGUE}
EVENT_CODES: dict[str, int] = {e.name: e.code for e in _CATALOGUE}

SERVICE_TYPES = {
    0: "cloud recording service",
    1: "recorder",
    2: "uploader",
    4: "extension services",
    6: "web page recording",
    8: "download module",
}
MODULES = {0: "recorder", 1: "uploader", 2: "service", 6: "web recorder"}
ERROR_LEVELS = {1: "debug", 2: "info", 3: "warning", 4: "error", 5: "fatal"}
#: (module, errorCode) → meaning; uploader 32/47/51 and service 50/52 from §2
ERROR_CODES: dict[tuple[int, int], str] = {
    (0, 109): "the RTC token has expired",
    (0, 110): "the RTC token is invalid: built for another App ID, channel or uid",
    (1, 32): "storage configuration error (bucket, keys, region or vendor)",
    (1, 47): "upload to your storage failed",
    (1, 51): "the uploader could not process the files",
    (2, 50): "upload timed out",
    (2, 52): "start timed out",
}
WARN_CODES = {31: "re-uploading to your storage", 32: "re-uploading to Agora's backup storage"}
#: recorder_leave ``leaveCode`` bits (0 means the recorder never initialised)
LEAVE_BITS = {
    2: "stopped by a stop call (SIGINT)",
    4: "nobody in the channel for maxIdleTime (idle exit)",
    8: "ignored",
    16: "the recorder was asked to leave (client leave)",
}
LEAVE_INIT_FAILED = 0
LEAVE_STOPPED = 2
LEAVE_IDLE = 4
RECORDING_MODES = {0: "individual", 1: "mix"}
WEB_STOP_CODES = {
    0: "stopped normally",
    1: "reached maxRecordingHour",
    2: "capability limit",
    3: "the engine failed to start",
    4: "the page did not load in time",
    5: "the page URL could not be opened",
    6: "recorder error",
}
STREAM_STATES = {0: "receiving", 1: "not receiving"}


def leave_reasons(code: int) -> list[str]:
    """The set bits of a ``leaveCode`` in words; 0 is its own meaning."""
    if code == LEAVE_INIT_FAILED:
        return ["the recorder failed to initialise (could not join the channel)"]
    words = [text for bit, text in LEAVE_BITS.items() if code & bit]
    unknown = code & ~sum(LEAVE_BITS)
    if unknown:
        words.append(f"unknown bits {unknown:#x}")
    return words


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _files(details: Mapping[str, Any]) -> str:
    files = details.get("fileList")
    if isinstance(files, list):
        names = [str(f.get("fileName", "?")) if isinstance(f, Mapping) else str(f) for f in files]
        shown = ", ".join(names[:3]) + (f" (+{len(names) - 3} more)" if len(names) > 3 else "")
        return f"{len(names)} file(s): {shown}" if names else "no files"
    if isinstance(files, str) and files:
        return f"file {files}"
    return ""


def describe_error(details: Mapping[str, Any]) -> str:
    module = _int(details.get("module"))
    level = _int(details.get("errorLevel"))
    code = _int(details.get("errorCode"))
    parts = [f"{MODULES.get(module, f'module {module}') if module is not None else 'module ?'}"]
    if level is not None:
        parts.append(ERROR_LEVELS.get(level, f"level {level}"))
    if code is not None:
        meaning = ERROR_CODES.get((module if module is not None else -1, code))
        parts.append(f"code {code}" + (f" ({meaning})" if meaning else ""))
    message = details.get("errorMsg")
    text = " ".join(parts[:2]) + (": " + ", ".join(parts[2:]) if len(parts) > 2 else "")
    return text + (f" — {message}" if message else "")


def describe_event(event_type: int, details: Mapping[str, Any]) -> str:
    """One line a person can read, from the event type and its ``details``."""
    known = EVENT_TYPES.get(event_type)
    head = known.name if known else f"unknown event type {event_type}"
    text = explain(event_type, details)
    return f"{head}: {text}" if text else head


def explain(event_type: int, details: Mapping[str, Any]) -> str:
    """What the ``details`` of one event say, in words (without the event's name)."""
    text = ""
    if event_type == 1:
        text = describe_error(details)
    elif event_type == 2:
        module = _int(details.get("module"))
        warn = _int(details.get("warnCode"))
        where = MODULES.get(module, "?") if module is not None else "?"
        text = f"{where} warning {warn}" + (f" ({WARN_CODES[warn]})" if warn in WARN_CODES else "")
    elif event_type == 3:
        mode = RECORDING_MODES.get(_int(details.get("recordingMode")) or -1, "")
        text = f"status {details.get('status')}" + (f", {mode} mode" if mode else "")
    elif event_type in (4, 31, 32, 71, 1001):
        text = _files(details)
        if event_type == 71:
            code = _int(details.get("code"))
            text = WEB_STOP_CODES.get(code if code is not None else -1, f"code {code}") + (
                f"; {text}" if text else ""
            )
        elif event_type in (31, 32) and details.get("status") not in (None, 0):
            text = f"status {details.get('status')}; {text}"
    elif event_type == 11:
        status = _int(details.get("exitStatus"))
        text = {0: "normal exit", 1: "abnormal exit"}.get(status or 0, f"exitStatus {status}")
    elif event_type == 12:
        text = f"recorder rejoined as uid {details.get('newUid')}"
    elif event_type == 33:
        progress = _int(details.get("progress"))
        text = f"{progress / 100:.1f} %" if progress is not None else ""
    elif event_type == 41:
        code = _int(details.get("leaveCode"))
        text = (
            f"leaveCode {code}: " + "; ".join(leave_reasons(code))
            if code is not None
            else "leaveCode missing"
        )
    elif event_type in (43, 44):
        state = _int(details.get("state"))
        text = f"uid {details.get('streamUid')} {STREAM_STATES.get(state or 0, f'state {state}')}"
    elif event_type == 42:
        text = f"uid {details.get('streamUid')} track {details.get('trackType')}"
    elif event_type == 45:
        text = str(details.get("fileName", ""))
    elif event_type == 72:
        text = f"limit: {details.get('limitType')}"
    elif event_type == 73:
        text = f"reason: {details.get('reason')}"
    elif event_type == 100:
        text = f"{details.get('rtmpUrl')}: {details.get('status')}"
    elif event_type == 81:
        text = f"result {details.get('result')}"
    elif event_type == 90:
        text = f"bucket {details.get('bucket')}: {details.get('fileName')}"
    return text
