"""Session timelines ("rehearsals"): a script of timed channel events a producer plays
against a layout before anyone presses Start.

Stored in the project as plain JSON (``Project.rehearsal``)::

    {"duration": 90, "events": [
        {"at": 0, "kind": "join", "uid": "1001", "source": "card@1280x720"},
        {"at": 30, "kind": "video_off", "uid": "1001"},
        {"at": 60, "kind": "layout", "layout": "Screen share"}]}

Kinds: join (uid, optional source spec, video/audio flags), leave, video_off, video_on,
audio_off, audio_on, layout (send updateLayout with the named layout). Unknown keys are
ignored so later versions can add some; an unknown *kind* or a bad value is an error that
names ``events[i].field``. Pure Python: the timeline view, the CLI and the cost meter all
read the same answers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeGuard

EventKind = Literal["join", "leave", "video_off", "video_on", "audio_off", "audio_on", "layout"]
EVENT_KINDS: tuple[str, ...] = (
    "join",
    "leave",
    "video_off",
    "video_on",
    "audio_off",
    "audio_on",
    "layout",
)
#: reference §4.4: a mix MP4 rolls over after about 2 hours (web: maxVideoDuration).
MIX_MP4_ROLLOVER_S = 2 * 3600.0
WEB_DEFAULT_MAX_VIDEO_MIN = 120
#: When a script has no duration: a little after its last event.
DEFAULT_TAIL_S = 10.0

MarkerKind = Literal["layout", "idle_exit", "mp4_rollover"]


class TimelineError(ValueError):
    """A rehearsal that cannot be read; the message names ``events[i].field``."""


@dataclass(frozen=True, slots=True)
class Event:
    at: float
    kind: str
    uid: str | None = None
    source: str | None = None
    layout: str | None = None
    video: bool = True
    audio: bool = True

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"at": self.at, "kind": self.kind}
        if self.uid is not None:
            out["uid"] = self.uid
        if self.kind == "join":
            if self.source is not None:
                out["source"] = self.source
            if not self.video:
                out["video"] = False
            if not self.audio:
                out["audio"] = False
        if self.layout is not None:
            out["layout"] = self.layout
        return out


@dataclass(frozen=True, slots=True)
class Rehearsal:
    events: tuple[Event, ...] = ()
    duration_s: float | None = None

    @property
    def duration(self) -> float:
        """The given duration, else a little after the last event."""
        if self.duration_s is not None:
            return self.duration_s
        last = max((e.at for e in self.events), default=0.0)
        return last + DEFAULT_TAIL_S

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"events": [e.to_json() for e in self.events]}
        if self.duration_s is not None:
            out["duration"] = self.duration_s
        return out


@dataclass(slots=True)
class Presence:
    """A user in the channel: when it joined, what it sends and since when."""

    uid: str
    joined_at: float
    source: str | None = None
    video: bool = True
    audio: bool = True
    video_off_at: float | None = None


@dataclass(frozen=True, slots=True)
class Moment:
    """The channel at one time: users in join order and the layout in effect."""

    t: float
    users: tuple[Presence, ...]
    layout: str | None


@dataclass(frozen=True, slots=True)
class Marker:
    at: float
    kind: MarkerKind
    label: str


@dataclass(frozen=True, slots=True)
class ExitRule:
    """How the recorder decides it is idle (§4.1 maxIdleTime; §3.6 channel profiles)."""

    max_idle_s: float = 30.0
    live: bool = False  # channelType 1: idle means no host (publisher), not no user


def parse_rehearsal(data: Any) -> Rehearsal:
    """Read the stored JSON; an empty/absent value is an empty script."""
    if data is None or data == {}:
        return Rehearsal()
    if not isinstance(data, Mapping):
        raise TimelineError("rehearsal must be an object with events")
    duration = data.get("duration")
    if duration is not None and (not _is_number(duration) or duration <= 0):
        raise TimelineError(f"rehearsal.duration must be a positive number, not {duration!r}")
    raw = data.get("events", [])
    if not isinstance(raw, list):
        raise TimelineError("rehearsal.events must be a list")
    events = [_event(i, item) for i, item in enumerate(raw)]
    events.sort(key=lambda e: e.at)  # stable: same-time events keep their written order
    return Rehearsal(tuple(events), None if duration is None else float(duration))


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _event(i: int, item: Any) -> Event:
    where = f"events[{i}]"
    if not isinstance(item, Mapping):
        raise TimelineError(f"{where} must be an object")
    at = item.get("at")
    if not _is_number(at) or at < 0:
        raise TimelineError(f"{where}.at must be a number of seconds ≥ 0, not {at!r}")
    kind = item.get("kind")
    if kind not in EVENT_KINDS:
        raise TimelineError(f"{where}.kind must be one of {', '.join(EVENT_KINDS)}, not {kind!r}")
    if kind == "layout":
        name = item.get("layout")
        if not isinstance(name, str) or not name:
            raise TimelineError(f"{where}.layout must name a layout")
        return Event(float(at), kind, layout=name)
    uid = item.get("uid")
    if isinstance(uid, bool) or not isinstance(uid, str | int) or str(uid) == "":
        raise TimelineError(f"{where}.uid is required (string or integer)")
    source = item.get("source")
    if source is not None and not isinstance(source, str):
        raise TimelineError(f"{where}.source must be a source spec string")
    flags = {}
    for key in ("video", "audio"):
        value = item.get(key, True)
        if not isinstance(value, bool):
            raise TimelineError(f"{where}.{key} must be true or false")
        flags[key] = value
    return Event(float(at), kind, str(uid), source, None, flags["video"], flags["audio"])


def state_at(rehearsal: Rehearsal, t: float, start_layout: str | None = None) -> Moment:
    """Who is in the channel at ``t`` (events at exactly ``t`` have happened)."""
    users: dict[str, Presence] = {}
    layout = start_layout
    for event in rehearsal.events:
        if event.at > t:
            break
        _apply(users, event)
        if event.kind == "layout":
            layout = event.layout
    return Moment(t, tuple(users.values()), layout)


def _apply(users: dict[str, Presence], event: Event) -> None:
    uid = event.uid
    if event.kind == "layout" or uid is None:
        return
    if event.kind == "join":
        old = users.get(uid)
        if old is None:
            users[uid] = Presence(uid, event.at, event.source, event.video, event.audio)
        else:  # a second join changes what it sends, like the Sandbox's admin route
            if old.video and not event.video:
                old.video_off_at = event.at
            old.video, old.audio = event.video, event.audio
            old.source = event.source or old.source
        return
    user = users.get(uid)
    if user is None:
        return
    if event.kind == "leave":
        del users[uid]
    elif event.kind == "video_off" and user.video:
        user.video, user.video_off_at = False, event.at
    elif event.kind == "video_on":
        user.video = True
    elif event.kind in ("audio_off", "audio_on"):
        user.audio = event.kind == "audio_on"


def idle_exit(rehearsal: Rehearsal, rule: ExitRule) -> float | None:
    """When the recorder would leave: ``max_idle_s`` after the channel became idle.

    Idle = nobody in the channel, or with a live profile nobody publishing; an empty
    channel at start counts from 0 (the recorder's own start bounds it, like the Sandbox).
    """
    users: dict[str, Presence] = {}
    idle_since: float | None = 0.0
    times = sorted({e.at for e in rehearsal.events})
    index = 0
    events = rehearsal.events
    for at in times:
        if idle_since is not None and at >= idle_since + rule.max_idle_s:
            return idle_since + rule.max_idle_s
        while index < len(events) and events[index].at == at:
            _apply(users, events[index])
            index += 1
        idle = not any((u.video or u.audio) if rule.live else True for u in users.values())
        if idle and idle_since is None:
            idle_since = at
        elif not idle:
            idle_since = None
    if idle_since is not None:
        return idle_since + rule.max_idle_s
    return None


def markers(
    rehearsal: Rehearsal,
    rule: ExitRule,
    *,
    mp4_rollover_s: float | None = None,
    horizon_s: float | None = None,
) -> list[Marker]:
    """Layout changes, the idle exit and MP4 rollovers up to ``horizon_s`` (default: the
    script's duration), sorted by time. Nothing after the exit happens."""
    horizon = rehearsal.duration if horizon_s is None else horizon_s
    exit_at = idle_exit(rehearsal, rule)
    end = horizon if exit_at is None else min(horizon, exit_at)
    out = [
        Marker(e.at, "layout", f"updateLayout → {e.layout}")
        for e in rehearsal.events
        if e.kind == "layout" and e.at <= end
    ]
    if exit_at is not None and exit_at <= horizon:
        out.append(
            Marker(exit_at, "idle_exit", f"recorder exits (maxIdleTime {rule.max_idle_s:g} s)")
        )
    if mp4_rollover_s:
        k = 1
        while k * mp4_rollover_s <= end:
            out.append(Marker(k * mp4_rollover_s, "mp4_rollover", f"MP4 file {k + 1} starts"))
            k += 1
    return sorted(out, key=lambda m: m.at)


def mp4_rollover_for(
    mode: str, av_file_types: Sequence[str], max_video_duration_min: float | None = None
) -> float | None:
    """§4.4: mix MP4s roll over at ≈ 2 h, web at maxVideoDuration minutes; no MP4, none."""
    if "mp4" not in av_file_types:
        return None
    if mode == "web":
        return 60.0 * (max_video_duration_min or WEB_DEFAULT_MAX_VIDEO_MIN)
    if mode == "mix":
        return MIX_MP4_ROLLOVER_S
    return None


# --------------------------------------------------------------------------- templates

#: name → label of the built-in scripts (issue 14).
TEMPLATES: dict[str, str] = {
    "interview-late-guest": "Interview, one guest joins late",
    "screen-share-1min": "Screen share at 1:00",
    "17-then-18": "17 then 18 people",
}


@dataclass(frozen=True, slots=True)
class _Builder:
    events: list[dict[str, Any]] = field(default_factory=list)

    def add(self, at: float, kind: str, **values: Any) -> None:
        self.events.append({"at": at, "kind": kind, **values})


def template(name: str, *, screen_layout: str = "Screen share", base_uid: int = 1001) -> Rehearsal:
    """A built-in script; ``screen_layout`` is the layout name the screen-share script
    sends at 1:00 (the project must have it, the timeline flags it otherwise)."""
    b = _Builder()
    if name == "interview-late-guest":
        b.add(0, "join", uid=str(base_uid), source="card@1280x720")
        b.add(20, "join", uid=str(base_uid + 1), source="card@720x1280")
        b.add(80, "leave", uid=str(base_uid + 1))
        duration = 90.0
    elif name == "screen-share-1min":
        b.add(0, "join", uid=str(base_uid), source="card@1280x720")
        b.add(0, "join", uid=str(base_uid + 1), source="card@1280x720")
        b.add(60, "join", uid=str(base_uid + 2), source="card@1920x1080")
        b.add(60, "layout", layout=screen_layout)
        duration = 120.0
    elif name == "17-then-18":
        for i in range(17):
            b.add(i, "join", uid=str(base_uid + i))
        b.add(20, "join", uid=str(base_uid + 17))
        b.add(30, "leave", uid=str(base_uid))
        duration = 40.0
    else:
        raise TimelineError(f"unknown rehearsal template {name!r}; known: {', '.join(TEMPLATES)}")
    return parse_rehearsal({"duration": duration, "events": b.events})


def presence_spans(
    rehearsal: Rehearsal, horizon_s: float | None = None
) -> list[tuple[str, list[tuple[float, float, bool]]]]:
    """Per uid (first join order): (start, end, sending video) spans, for the timeline
    strip — where each participant is in the channel and whether its video is on."""
    end = rehearsal.duration if horizon_s is None else horizon_s
    times = sorted({0.0, *(e.at for e in rehearsal.events if e.at < end)})
    lanes: dict[str, list[tuple[float, float, bool]]] = {}
    for start, stop in zip(times, [*times[1:], end], strict=True):
        if stop <= start:
            continue
        for user in state_at(rehearsal, start).users:
            spans = lanes.setdefault(user.uid, [])
            if spans and spans[-1][1] == start and spans[-1][2] == user.video:
                spans[-1] = (spans[-1][0], stop, user.video)
            else:
                spans.append((start, stop, user.video))
    return list(lanes.items())
