"""HLS pieces → one MP4 with PyAV, copying packets (no re-encode): H.264/H.265 video and
AAC audio go from MPEG-TS into MP4 as they are, so a 2 h recording takes seconds.

What Agora users otherwise do with its Python 2 merge script: concatenate an HLS
playlist's segments, stitch the pieces a failover split (in time order), and put an
individual recording's separate audio and video playlists of one uid into one file.
PyAV is imported inside the functions (house rule: heavy imports lazily).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from recstudio.storage.hls import parse_playlist

#: codecs MP4 takes by copy; anything else needs a transcode we do not do silently
COPYABLE = frozenset({"h264", "hevc", "aac", "mp3", "av1", "opus"})


class RemuxError(Exception):
    """The pieces cannot become one MP4 (message says which file and why)."""


@dataclass(frozen=True, slots=True)
class Track:
    """Files played one after the other, which stream kind to take from them (None: audio
    and video) and when, in seconds after the output's start, the first of them begins."""

    files: Sequence[Path]
    kind: str | None = None
    offset_s: float = 0.0


@dataclass(frozen=True, slots=True)
class RemuxResult:
    path: Path
    duration_s: float
    streams: tuple[str, ...]
    pieces: int


def playlist_segments(playlist: Path) -> list[Path]:
    """The segment files a local playlist names, in order; missing ones are an error."""
    parsed = parse_playlist(playlist.read_text(encoding="utf-8"))
    paths = [playlist.parent / s.uri for s in parsed.segments]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise RemuxError(f"{playlist.name} names segments that are not here: {', '.join(missing)}")
    if not paths:
        raise RemuxError(f"{playlist.name} names no segments")
    return paths


def _packets(track: Track) -> Iterator[tuple[float, int, Any, Any]]:
    """(time s, order, packet, input stream) of one track across its files: the track's
    first packet is at ``offset_s``, and timestamps stay monotonic across file boundaries
    (failover pieces restart their clocks)."""
    import av

    files, kind = track.files, track.kind
    origin: Fraction | None = None
    base_offset = Fraction(track.offset_s)
    offset: dict[str, Fraction] = {}
    last_end: dict[str, Fraction] = {}
    order = 0
    for path in files:
        try:
            container = av.open(str(path))
        except (av.FFmpegError, OSError) as exc:
            raise RemuxError(f"{path.name} is not readable media: {exc}") from None
        with container:
            streams = [s for s in container.streams if s.type in ("audio", "video")]
            if kind is not None:
                streams = [s for s in streams if s.type == kind]
            first: dict[str, Fraction] = {}
            for packet in container.demux(streams):
                if packet.dts is None or packet.size == 0:
                    continue
                stream = packet.stream
                key = stream.type
                base: Fraction = stream.time_base or Fraction(1, 90000)
                if origin is None:
                    origin = Fraction(packet.dts) * base
                start = Fraction(packet.dts) * base - origin + base_offset
                if key not in first:
                    first[key] = start
                    prev = last_end.get(key)
                    shift = offset.get(key, Fraction(0))
                    if prev is not None and start + shift < prev:
                        shift = prev - start
                    offset[key] = shift
                at = start + offset[key]
                duration = Fraction(packet.duration or 0) * base
                last_end[key] = max(last_end.get(key, Fraction(0)), at + duration)
                order += 1
                yield float(at), order, packet, stream


def remux(tracks: Sequence[Track], out: Path) -> RemuxResult:
    """Write one MP4 from ``tracks`` by copying packets (see :class:`Track`)."""
    import av

    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part.mp4")
    sources = [t for t in tracks if t.files]
    if not sources:
        raise RemuxError("nothing to remux")
    try:
        output = av.open(str(part), "w", format="mp4")
    except (av.FFmpegError, OSError) as exc:
        raise RemuxError(f"cannot write {out}: {exc}") from None
    end = 0.0
    start: float | None = None
    try:
        # every output stream must exist before the first packet (the header is written then)
        mapping = _output_streams(output, sources)
        merged = heapq.merge(*(_tagged(t, i) for i, t in enumerate(sources)))
        for at, index, _order, packet, stream in merged:
            target = mapping.get((index, stream.type))
            if target is None:
                continue  # a stream the first file of this source did not have
            base: Fraction = stream.time_base or Fraction(1, 90000)
            shifted = round(Fraction(at) / base)
            delta = shifted - packet.dts
            packet.dts = shifted
            if packet.pts is not None:
                packet.pts += delta
            packet.stream = target
            output.mux(packet)
            start = at if start is None else min(start, at)
            end = max(end, at + float((packet.duration or 0) * base))
    except av.FFmpegError as exc:
        output.close()
        part.unlink(missing_ok=True)
        raise RemuxError(f"remux failed: {exc}") from None
    except BaseException:
        output.close()
        part.unlink(missing_ok=True)
        raise
    output.close()
    part.replace(out)
    kinds = tuple(sorted({t for _i, t in mapping}))
    return RemuxResult(out, end - (start or 0.0), kinds, len(sources))


def _output_streams(output: Any, sources: Sequence[Track]) -> dict[tuple[int, str], Any]:
    """One MP4 stream per (source, kind), copied from the source's first file."""
    import av

    mapping: dict[tuple[int, str], Any] = {}
    for index, track in enumerate(sources):
        files, kind = track.files, track.kind
        try:
            container = av.open(str(files[0]))
        except (av.FFmpegError, OSError) as exc:
            raise RemuxError(f"{files[0].name} is not readable media: {exc}") from None
        with container:
            for stream in container.streams:
                if stream.type not in ("audio", "video") or (kind and stream.type != kind):
                    continue
                if (index, stream.type) in mapping:
                    continue
                if stream.codec_context.name not in COPYABLE:
                    raise RemuxError(
                        f"{files[0].name}: {stream.codec_context.name} cannot be copied into "
                        "MP4; recstudio does not re-encode behind your back"
                    )
                mapping[(index, stream.type)] = output.add_stream_from_template(stream)
    if not mapping:
        raise RemuxError("the files hold no audio or video")
    return mapping


def _tagged(track: Track, index: int) -> Iterator[tuple[float, int, int, Any, Any]]:
    """Packets of one source keyed (time, source, order): unique keys, so the merge never
    compares two packets."""
    for at, order, packet, stream in _packets(track):
        yield at, index, order, packet, stream


def media_duration(path: Path) -> float:
    """Seconds of decodable media in ``path`` (decodes every frame: proves playability)."""
    import av

    latest = 0.0
    first: float | None = None
    with av.open(str(path)) as container:
        media = [s for s in container.streams if s.type in ("audio", "video")]
        frame: Any
        for frame in container.decode(*media):
            if frame.time is None:
                continue
            first = frame.time if first is None else min(first, frame.time)
            if frame.__class__.__name__ == "AudioFrame":
                length = frame.samples / frame.sample_rate
            else:
                length = float((frame.duration or 0) * (frame.time_base or 0))
            latest = max(latest, frame.time + length)
    return latest - (first or 0.0)
