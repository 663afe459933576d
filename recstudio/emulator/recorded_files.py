"""The files an Agora recorder leaves in the bucket, written for real (H.264 + AAC in
MPEG-TS segments, Agora-tagged M3U8, MP4), so the receipt and the file doctor can be seen
working without an Agora account.

The picture is a flat colour per participant count and the sound a tone: the
compositor (``emulator/media.py``, another issue) renders the real mix; this module only
needs files with Agora's names, durations, tags and codecs (reference §9.4, agora-2026 §4).
PyAV is imported inside the functions.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

from recstudio.storage.hls import Segment, TrackEvent, format_playlist, parse_playlist

SIZE = (160, 90)
FPS = 10
SAMPLE_RATE = 16000
AUDIO_FRAME = 1024
SEGMENT_S = 2.0


@dataclass
class RecordedFiles:
    """Local files of one recording in upload order (segments before their playlist)."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    playlists: list[Path] = field(default_factory=list)
    mp4: list[Path] = field(default_factory=list)

    def names(self) -> list[str]:
        return [p.name for p in self.files]


def utc_stamp(ms: int) -> str:
    """Agora's slice time format: yyyyMMddHHmmssSSS in UTC (§9.4)."""
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return moment.strftime("%Y%m%d%H%M%S") + f"{ms % 1000:03d}"


def _encode_segments(
    workdir: Path,
    duration_s: float,
    *,
    audio: bool,
    video: bool,
    shade: int,
    segment_s: float = SEGMENT_S,
) -> list[tuple[Path, float]]:
    """Encode ``duration_s`` of test media and let FFmpeg's HLS muxer cut it at key frames
    every ``segment_s`` (what Agora's slicer does, §9.4). Returns (segment, seconds)."""
    import av

    playlist = workdir / "encoded.m3u8"
    out = av.open(
        str(playlist),
        "w",
        format="hls",
        options={
            "hls_time": str(segment_s),
            "hls_list_size": "0",
            "hls_playlist_type": "vod",
            "hls_segment_filename": str(workdir / "seg%05d.ts"),
        },
    )
    vstream = astream = None
    if video:
        vstream = out.add_stream("libx264", rate=FPS)
        vstream.width, vstream.height = SIZE
        vstream.pix_fmt = "yuv420p"
        vstream.codec_context.gop_size = max(1, int(FPS * segment_s))
        vstream.codec_context.options = {"preset": "ultrafast", "sc_threshold": "0"}
    if audio:
        astream = out.add_stream("aac", rate=SAMPLE_RATE, layout="mono")
    frames = round(duration_s * FPS)
    samples = round(duration_s * SAMPLE_RATE)
    next_video = next_audio = 0
    while next_video < (frames if video else 0) or next_audio < (samples if audio else 0):
        video_t = next_video / FPS if video and next_video < frames else math.inf
        audio_t = next_audio / SAMPLE_RATE if audio and next_audio < samples else math.inf
        if video_t <= audio_t and vstream is not None:
            frame = av.VideoFrame(SIZE[0], SIZE[1], "yuv420p")
            luma = (shade * 40 + 16 + (next_video // FPS) * 8) % 220 + 16
            for index, plane in enumerate(frame.planes):
                plane.update(bytes([luma if index == 0 else 128]) * plane.buffer_size)
            frame.pts = next_video
            frame.time_base = Fraction(1, FPS)
            out.mux(vstream.encode(frame))
            next_video += 1
        elif astream is not None:
            count = min(AUDIO_FRAME, samples - next_audio)
            tone = 440.0 + 110.0 * shade
            wave = array(
                "f",
                (
                    0.2 * math.sin(2 * math.pi * tone * (next_audio + i) / SAMPLE_RATE)
                    for i in range(count)
                ),
            )
            aframe = av.AudioFrame(format="fltp", layout="mono", samples=count)
            aframe.planes[0].update(wave.tobytes().ljust(aframe.planes[0].buffer_size, b"\0"))
            aframe.sample_rate = SAMPLE_RATE
            aframe.pts = next_audio
            aframe.time_base = Fraction(1, SAMPLE_RATE)
            out.mux(astream.encode(aframe))
            next_audio += count
    for stream in (vstream, astream):
        if stream is not None:
            out.mux(stream.encode(None))
    out.close()
    parsed = parse_playlist(playlist.read_text(encoding="utf-8"))
    return [(workdir / s.uri, s.duration) for s in parsed.segments]


def _write_piece(
    folder: Path,
    playlist_name: str,
    segment_stem: str,
    pieces: list[tuple[Path, float]],
    start_ms: int,
    track_types: tuple[str, ...],
    segment_suffix: str = "",
) -> tuple[list[Path], Path]:
    """Rename encoded segments to Agora's names and write the tagged playlist."""
    segments: list[Segment] = []
    paths: list[Path] = []
    at_ms = start_ms
    for source, seconds in pieces:
        name = f"{segment_stem}_{utc_stamp(at_ms)}{segment_suffix}.ts"
        target = folder / name
        shutil.move(str(source), target)
        paths.append(target)
        segments.append(Segment(name, seconds))
        at_ms += round(seconds * 1000)
    events = [TrackEvent("START", kind.upper(), start_ms) for kind in track_types]
    playlist = folder / playlist_name
    playlist.write_text(format_playlist(segments, events), encoding="utf-8")
    return paths, playlist


def write_mix_recording(
    folder: Path,
    sid: str,
    cname: str,
    *,
    started_ms: int,
    duration_s: float,
    mp4: bool = False,
    stream_types: int = 2,
    publishers: int = 2,
    failover_at_s: float | None = None,
    segment_s: float = SEGMENT_S,
) -> RecordedFiles:
    """A composite recording: ``<sid>_<cname>.m3u8`` + ``_<utc>.ts`` (+ ``_0.mp4``); with a
    failover, the part after it is a ``bak1_`` piece as Agora names it (§9.3)."""
    from recstudio.storage.remux import Track, remux

    folder.mkdir(parents=True, exist_ok=True)
    audio, video = stream_types in (0, 2), stream_types in (1, 2)
    kinds = tuple(k for k, on in (("audio", audio), ("video", video)) if on)
    result = RecordedFiles(folder)
    with tempfile.TemporaryDirectory(prefix="rec-", dir=folder) as work:
        encoded = _encode_segments(
            Path(work), duration_s, audio=audio, video=video, shade=publishers, segment_s=segment_s
        )
        split = len(encoded)
        if failover_at_s is not None:
            elapsed, split = 0.0, 0
            while split < len(encoded) and elapsed < failover_at_s:
                elapsed += encoded[split][1]
                split += 1
            split = max(1, min(split, len(encoded) - 1))
        pieces = [("", encoded[:split], started_ms)]
        if split < len(encoded):
            offset = sum(seconds for _p, seconds in encoded[:split])
            pieces.append(("bak1_", encoded[split:], started_ms + round(offset * 1000)))
        for prefix, part, start in pieces:
            stem = f"{prefix}{sid}_{cname}"
            paths, playlist = _write_piece(folder, f"{stem}.m3u8", stem, part, start, kinds)
            result.files += [*paths, playlist]
            result.playlists.append(playlist)
    if mp4:
        target = folder / f"{sid}_{cname}_0.mp4"
        segments = [p for p in result.files if p.suffix == ".ts"]
        remux([Track(segments)], target)
        result.files.append(target)
        result.mp4.append(target)
    return result


def write_individual_recording(
    folder: Path,
    sid: str,
    cname: str,
    *,
    tracks: list[tuple[str, str, int]],
    ended_ms: int,
    segment_s: float = SEGMENT_S,
) -> RecordedFiles:
    """One playlist per (uid, kind) — ``<sid>_<cname>__uid_s_<uid>__uid_e_<kind>.m3u8`` —
    each from when that track started recording (``since_ms``) to ``ended_ms``."""
    folder.mkdir(parents=True, exist_ok=True)
    result = RecordedFiles(folder)
    for index, (uid, kind, since_ms) in enumerate(tracks):
        seconds = max(1.0, (ended_ms - since_ms) / 1000)
        with tempfile.TemporaryDirectory(prefix="rec-", dir=folder) as work:
            encoded = _encode_segments(
                Path(work),
                seconds,
                audio=kind == "audio",
                video=kind == "video",
                shade=index,
                segment_s=segment_s,
            )
            stem = f"{sid}_{cname}__uid_s_{uid}__uid_e_{kind}"
            paths, playlist = _write_piece(folder, f"{stem}.m3u8", stem, encoded, since_ms, (kind,))
        result.files += [*paths, playlist]
        result.playlists.append(playlist)
    return result


def write_raw_recording(
    folder: Path,
    sid: str,
    cname: str,
    *,
    tracks: list[tuple[str, str, int]],
    ended_ms: int,
    mp4: bool = False,
    segment_s: float = SEGMENT_S,
) -> RecordedFiles:
    """Raw mode (Individual Recording v2, agora-2026 §1): one combined A/V playlist per
    uid named by codec — ``<sid>_<cname>__uid_s_<uid>__uid_e_h264.m3u8``, segments
    ``…_<utc>_h264.ts`` — plus ``…_0_h264.mp4`` when avFileType asks for MP4."""
    from recstudio.storage.remux import Track, remux

    folder.mkdir(parents=True, exist_ok=True)
    result = RecordedFiles(folder)
    by_uid: dict[str, dict[str, int]] = {}
    for uid, kind, since_ms in tracks:
        by_uid.setdefault(uid, {})[kind] = since_ms
    for index, (uid, kinds) in enumerate(sorted(by_uid.items())):
        since_ms = min(kinds.values())
        codec = "h264" if "video" in kinds else "aac"
        seconds = max(1.0, (ended_ms - since_ms) / 1000)
        stem = f"{sid}_{cname}__uid_s_{uid}__uid_e"
        with tempfile.TemporaryDirectory(prefix="rec-", dir=folder) as work:
            encoded = _encode_segments(
                Path(work),
                seconds,
                audio="audio" in kinds,
                video="video" in kinds,
                shade=index,
                segment_s=segment_s,
            )
            paths, playlist = _write_piece(
                folder,
                f"{stem}_{codec}.m3u8",
                stem,
                encoded,
                since_ms,
                tuple(sorted(kinds)),
                segment_suffix=f"_{codec}",
            )
        result.files += [*paths, playlist]
        result.playlists.append(playlist)
        if mp4:
            target = folder / f"{stem}_0_{codec}.mp4"
            remux([Track(paths)], target)
            result.files.append(target)
            result.mp4.append(target)
    return result
