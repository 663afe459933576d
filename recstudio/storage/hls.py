"""Agora's M3U8 playlists, read the way the receipt and the file doctor need them.

Agora writes plain HLS v3 media playlists plus its own
``#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=AUDIO|VIDEO,TIME=<ms>`` tags (one START
per time a user's track (re)started, the first being the recording start — agora-2026 §4)
and ``#EXT-X-DISCONTINUITY`` where the stream was interrupted (a failover, a rejoin).
"""

from __future__ import annotations

from dataclasses import dataclass, field

TRACK_EVENT = "#EXT-X-AGORA-TRACK-EVENT:"


@dataclass(frozen=True, slots=True)
class Segment:
    uri: str
    duration: float
    #: a ``#EXT-X-DISCONTINUITY`` stands right before this segment
    discontinuity: bool = False


@dataclass(frozen=True, slots=True)
class TrackEvent:
    event: str
    track_type: str
    time_ms: int


@dataclass
class Playlist:
    segments: list[Segment] = field(default_factory=list)
    events: list[TrackEvent] = field(default_factory=list)
    ended: bool = False
    target_duration: float | None = None
    #: lines that made no sense (reported, never fatal: a torn upload must still be read)
    problems: list[str] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return sum(s.duration for s in self.segments)

    @property
    def discontinuities(self) -> int:
        return sum(s.discontinuity for s in self.segments)

    @property
    def start_ms(self) -> int | None:
        """The first START event: when this piece of the recording began."""
        starts = [e.time_ms for e in self.events if e.event == "START"]
        return min(starts) if starts else None


def _attributes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip().upper()] = value.strip().strip('"')
    return out


def parse_playlist(text: str) -> Playlist:
    """Parse a media playlist; unknown tags are ignored as HLS requires."""
    playlist = Playlist()
    lines = [line.strip() for line in text.splitlines()]
    if not lines or lines[0] != "#EXTM3U":
        playlist.problems.append("the file does not start with #EXTM3U")
    duration: float | None = None
    discontinuity = False
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        if line.startswith("#EXTINF:"):
            value = line[len("#EXTINF:") :].split(",", 1)[0]
            try:
                duration = float(value)
            except ValueError:
                playlist.problems.append(f"line {number}: bad #EXTINF duration {value!r}")
                duration = 0.0
        elif line.startswith("#EXT-X-TARGETDURATION:"):
            try:
                playlist.target_duration = float(line.split(":", 1)[1])
            except ValueError:
                playlist.problems.append(f"line {number}: bad #EXT-X-TARGETDURATION")
        elif line == "#EXT-X-DISCONTINUITY":
            discontinuity = True
        elif line == "#EXT-X-ENDLIST":
            playlist.ended = True
        elif line.startswith(TRACK_EVENT):
            attrs = _attributes(line[len(TRACK_EVENT) :])
            try:
                playlist.events.append(
                    TrackEvent(attrs["EVENT"], attrs.get("TRACK_TYPE", ""), int(attrs["TIME"]))
                )
            except (KeyError, ValueError):
                playlist.problems.append(f"line {number}: unreadable {TRACK_EVENT} tag")
        elif line.startswith("#"):
            continue
        else:
            if duration is None:
                playlist.problems.append(f"line {number}: segment {line!r} has no #EXTINF")
            playlist.segments.append(Segment(line, duration or 0.0, discontinuity))
            duration, discontinuity = None, False
    return playlist


def format_playlist(
    segments: list[Segment], events: list[TrackEvent], *, ended: bool = True
) -> str:
    """Write a playlist the way Agora's recorder does (used by the Sandbox)."""
    target = max((s.duration for s in segments), default=0.0)
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        "#EXT-X-MEDIA-SEQUENCE:0",
        "#EXT-X-ALLOW-CACHE:YES",
        f"#EXT-X-TARGETDURATION:{int(target) + 1}",
    ]
    lines += [
        f"{TRACK_EVENT}EVENT={e.event},TRACK_TYPE={e.track_type},TIME={e.time_ms}" for e in events
    ]
    for segment in segments:
        if segment.discontinuity:
            lines.append("#EXT-X-DISCONTINUITY")
        lines += [f"#EXTINF:{segment.duration:.6f}", segment.uri]
    if ended:
        lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"
