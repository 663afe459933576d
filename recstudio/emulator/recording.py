"""The records the Sandbox keeps per acquired resource and per started task.

They hold what the start body configured (mode, streams, files, layout, web services) in a
form the state machine can evaluate cheaply on every call; behaviour lives in ``state.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recstudio.model import Mode, redact
from recstudio.model.enums import LAYOUT_FIELDS
from recstudio.model.subscription import Subscription

#: What an omitted layout field reverts to (§3.5, §4.3).
LAYOUT_DEFAULTS: dict[str, Any] = {"mixedVideoLayout": 0, "backgroundColor": "#000000"}


@dataclass(frozen=True, slots=True)
class Timing:
    """How fast the simulated backend moves; tests shrink or stretch these.

    ``status_schedule`` maps seconds since start to the query ``status`` (§3.3), so a
    client sees 1 → 2 → 3 → 4 → 5 as on the real service. First slices appear ~15 s after
    start in mix/web and ~60 s in individual (§3.3); resourceIds live 5 minutes (§2).
    """

    resource_ttl_s: float = 300.0
    status_schedule: tuple[tuple[float, int], ...] = (
        (0.0, 1),
        (0.5, 2),
        (1.0, 3),
        (2.0, 4),
        (3.0, 5),
    )
    mix_first_slice_s: float = 15.0
    individual_first_slice_s: float = 60.0
    web_first_slice_s: float = 15.0
    max_workers: int = 50
    #: How long an ended task (and an expired, never started resourceId) stays known, so a
    #: late query/stop still gets 49/433 rather than 404/1001; after that it is forgotten,
    #: which keeps a long-running Sandbox's memory and /_sandbox/state bounded.
    retention_s: float = 300.0
    #: After an asynchronous stop the upload finishes this long after the reply (§3.6).
    async_upload_s: float = 5.0
    #: How long query still answers after an asynchronous stop's upload has finished.
    async_linger_s: float = 60.0

    def status_at(self, elapsed: float) -> int:
        status = 0
        for threshold, value in self.status_schedule:
            if elapsed >= threshold:
                status = value
        return status


def layout_from(source: Mapping[str, Any]) -> dict[str, Any]:
    """The effective layout after a start or an updateLayout: given fields over defaults."""
    layout = dict(LAYOUT_DEFAULTS)
    layout.update({key: source[key] for key in LAYOUT_FIELDS if key in source})
    return layout


@dataclass(slots=True)
class Resource:
    """An acquired resourceId: bound to (appid, cname, uid) and valid for ``resource_ttl_s``."""

    resource_id: str
    app_id: str
    cname: str
    uid: str
    scene: int
    expired_hour: float
    acquired_at: float
    sid: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "resourceId": self.resource_id,
            "appid": self.app_id,
            "cname": self.cname,
            "uid": self.uid,
            "scene": self.scene,
            "resourceExpiredHour": self.expired_hour,
            "acquiredAt": self.acquired_at,
            "sid": self.sid,
        }


@dataclass(slots=True)
class Recording:
    """One started task. ``recorded`` maps (uid, kind) to when that track started recording."""

    sid: str
    resource_id: str
    app_id: str
    cname: str
    uid: str
    mode: Mode
    started_at: float
    expires_at: float
    client_request: dict[str, Any]
    channel_type: int = 0
    stream_types: int = 2
    max_idle_time: float = 30.0
    av_file_types: tuple[str, ...] = ("hls",)
    snapshot: bool = False
    subscription: Subscription = field(default_factory=Subscription)
    subscription_since: float = 0.0
    layout: dict[str, Any] | None = None
    onhold: bool = False
    rtmp_outputs: list[str] | None = None
    max_recording_hour: float | None = None
    recorded: dict[tuple[str, str], float] = field(default_factory=dict)
    ended_at: float | None = None
    end_reason: str | None = None
    update_count: int = 0
    layout_update_count: int = 0
    stream_mode: str = "default"
    #: Final uploadingStatus of stop: "uploaded", or "stranded" (raw, agora-2026.md §1).
    uploading_status: str = "uploaded"
    #: Set by an asynchronous stop: when the upload finishes (Sandbox clock).
    upload_done_at: float | None = None

    @property
    def alive(self) -> bool:
        return self.ended_at is None

    @property
    def kinds(self) -> tuple[str, ...]:
        """Tracks streamTypes lets through: 0 audio, 1 video, 2 both (§4.1)."""
        return {0: ("audio",), 1: ("video",)}.get(self.stream_types, ("audio", "video"))

    def first_data_at(self) -> float | None:
        return min(self.recorded.values()) if self.recorded else None

    def to_json(self, status: int | None) -> dict[str, Any]:
        """Test/GUI view of the task; the client request is redacted (no secrets echoed)."""
        return {
            "sid": self.sid,
            "resourceId": self.resource_id,
            "appid": self.app_id,
            "cname": self.cname,
            "uid": self.uid,
            "mode": self.mode.value,
            "status": status,
            "alive": self.alive,
            "startedAt": self.started_at,
            "endedAt": self.ended_at,
            "endReason": self.end_reason,
            "layout": self.layout,
            "subscription": self.subscription.to_json(),
            "onhold": self.onhold,
            "rtmpOutputs": _masked_outputs(self.rtmp_outputs),
            "recordedTracks": [
                {"uid": uid, "kind": kind, "since": since}
                for (uid, kind), since in sorted(self.recorded.items())
            ],
            "uploadingStatus": self.uploading_status,
            "uploadDoneAt": self.upload_done_at,
            "updateCount": self.update_count,
            "layoutUpdateCount": self.layout_update_count,
            # redacted with its key, so ("clientRequest", "token") matches too
            "clientRequest": _mask_rtmp_urls(
                redact({"clientRequest": self.client_request})["clientRequest"]
            ),
        }


STREAM_KEY_PLACEHOLDER = "<STREAM_KEY>"


def mask_stream_key(url: str) -> str:
    """``rtmp://host/app/<STREAM_KEY>``: the URL without what lets anyone publish to it.

    The reference does not list ``rtmpUrl`` among the secrets (Agora echoes it to the
    account in query's ``rtmp_publish_service`` payload, and so does the Sandbox), but the
    part after the application name is the CDN's stream key — whoever has it can broadcast
    on that channel. ``/_sandbox/state`` is a dump that ends up in logs and bug reports, so
    there the key, any query string and any user-info are masked (issue 10 item 8)."""
    from urllib.parse import urlsplit

    if not url:
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:  # e.g. an unbalanced "[" or a port that is not a number
        return STREAM_KEY_PLACEHOLDER
    if ":" in host:
        host = f"[{host}]"
    segments = [s for s in parts.path.split("/") if s]
    kept = f"{parts.scheme}://{host}{port}" + (f"/{segments[0]}" if segments else "")
    hidden = len(segments) > 1 or parts.query or parts.fragment or "@" in parts.netloc
    return f"{kept}/{STREAM_KEY_PLACEHOLDER}" if hidden else kept


def _masked_outputs(urls: list[str] | None) -> list[str] | None:
    return None if urls is None else [mask_stream_key(url) for url in urls]


def _mask_rtmp_urls(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: mask_stream_key(v) if k == "rtmpUrl" and isinstance(v, str) else _mask_rtmp_urls(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_rtmp_urls(v) for v in value]
    return value
