"""Simulated RTC channels: who is in a channel, what they publish, and since when it is idle.

The Sandbox has no media. What the recorder would see — users joining, publishing and
leaving — is driven by the admin routes or the Python API, and the state machine reads it to
decide whether a task has data (stop → 435 otherwise) and when it idles out (maxIdleTime).
Times are passed in by the caller so the registry stays a plain data structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Track kinds as Agora names them in file names and ``trackType``.
KINDS: tuple[str, str] = ("audio", "video")


@dataclass(slots=True)
class Participant:
    """One simulated user. ``*_since`` is when it started publishing that track (None = not)."""

    uid: str
    joined_at: float
    audio_since: float | None = None
    video_since: float | None = None

    @property
    def audio(self) -> bool:
        return self.audio_since is not None

    @property
    def video(self) -> bool:
        return self.video_since is not None

    @property
    def publishes(self) -> bool:
        return self.audio or self.video

    def since(self, kind: str) -> float | None:
        return self.audio_since if kind == "audio" else self.video_since

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "audio": self.audio,
            "video": self.video,
            "joinedAt": self.joined_at,
        }


@dataclass(slots=True)
class Channel:
    """Participants of one (appid, cname) plus the moments the channel last became idle.

    Two kinds of idleness, because Agora counts differently per channel profile (§3.6):
    a communication channel is idle with no user at all, a live channel with no host
    (publisher). ``None`` means "not idle right now"; a channel nobody ever joined has been
    idle since 0 (the recorder's own start time then bounds it).
    """

    app_id: str
    cname: str
    participants: dict[str, Participant] = field(default_factory=dict)
    empty_since: float | None = 0.0
    no_host_since: float | None = 0.0

    def idle_since(self, channel_type: int) -> float | None:
        return self.no_host_since if channel_type == 1 else self.empty_since

    def _update_idle(self, now: float) -> None:
        if self.participants:
            self.empty_since = None
        elif self.empty_since is None:
            self.empty_since = now
        if any(p.publishes for p in self.participants.values()):
            self.no_host_since = None
        elif self.no_host_since is None:
            self.no_host_since = now

    def join(self, uid: str, now: float, *, audio: bool = True, video: bool = True) -> Participant:
        """Add ``uid`` or change what it publishes (a second join acts like mute/unmute)."""
        old = self.participants.get(uid)

        def since(publishing: bool, before: float | None) -> float | None:
            if not publishing:
                return None
            return before if before is not None else now

        participant = Participant(
            uid=uid,
            joined_at=old.joined_at if old else now,
            audio_since=since(audio, old.audio_since if old else None),
            video_since=since(video, old.video_since if old else None),
        )
        self.participants[uid] = participant
        self._update_idle(now)
        return participant

    def leave(self, uid: str, now: float) -> bool:
        removed = self.participants.pop(uid, None) is not None
        self._update_idle(now)
        return removed

    def to_json(self) -> dict[str, Any]:
        return {
            "appid": self.app_id,
            "cname": self.cname,
            "participants": [p.to_json() for p in self.participants.values()],
        }


class ChannelRegistry:
    """All simulated channels, created on first use (an unknown channel is simply empty)."""

    def __init__(self) -> None:
        self._channels: dict[tuple[str, str], Channel] = {}

    def get(self, app_id: str, cname: str) -> Channel:
        key = (app_id, cname)
        channel = self._channels.get(key)
        if channel is None:
            channel = Channel(app_id=app_id, cname=cname)
            self._channels[key] = channel
        return channel

    def all(self) -> list[Channel]:
        return list(self._channels.values())
