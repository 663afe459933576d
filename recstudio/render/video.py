"""Encoding composed frames with PyAV: one MP4, or HLS (``.m3u8`` + MPEG-TS slices).

H.264 (libx264, yuv420p) at the body's width × height, fps and bitrate (§4.3). yuv420p
needs even sides, so an odd canvas is refused with a message naming the field rather than
padded silently (the picture would no longer be the one Agora draws).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from recstudio.render.plan import Canvas

Progress = Callable[[int, int], None]
FrameSource = Callable[[float], np.ndarray]


class EncodeError(RuntimeError):
    """An export that could not be written; the message says why."""


class Cancelled(EncodeError):
    """The caller's cancel event was set; the partial file has been removed."""


def check_canvas(canvas: Canvas) -> None:
    if canvas.width % 2 or canvas.height % 2:
        raise EncodeError(
            f"H.264 needs an even width and height; transcodingConfig is "
            f"{canvas.width}×{canvas.height}"
        )


def frame_count(duration_s: float, fps: int) -> int:
    return max(1, round(duration_s * fps))


def _stream(container: Any, canvas: Canvas) -> Any:
    stream = container.add_stream("libx264", rate=canvas.fps)
    stream.width, stream.height = canvas.width, canvas.height
    stream.pix_fmt = "yuv420p"
    stream.bit_rate = canvas.bitrate_kbps * 1000
    stream.options = {"preset": "veryfast", "g": str(canvas.fps * 2)}
    stream.codec_context.time_base = Fraction(1, canvas.fps)
    return stream


def _encode(container: Any, stream: Any, frames: Iterator[np.ndarray], first_pts: int) -> int:
    import av

    pts = first_pts
    for array in frames:
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(array), format="rgb24")
        frame.pts = pts - first_pts
        for packet in stream.encode(frame):
            container.mux(packet)
        pts += 1
    for packet in stream.encode(None):
        container.mux(packet)
    return pts


def write_mp4(
    path: str | Path,
    canvas: Canvas,
    frame_at: FrameSource,
    duration_s: float,
    *,
    start_s: float = 0.0,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Encode ``duration_s`` seconds from ``start_s``; returns the number of frames."""
    import av

    check_canvas(canvas)
    total = frame_count(duration_s, canvas.fps)
    path = Path(path)

    def frames() -> Iterator[np.ndarray]:
        for i in range(total):
            if cancel is not None and cancel.is_set():
                raise Cancelled("export cancelled")
            yield frame_at(start_s + i / canvas.fps)
            if progress is not None:
                progress(i + 1, total)

    try:
        with av.open(str(path), "w", format="mp4") as container:
            stream = _stream(container, canvas)
            _encode(container, stream, frames(), 0)
    except Cancelled:
        path.unlink(missing_ok=True)
        raise
    except (av.FFmpegError, OSError) as exc:
        path.unlink(missing_ok=True)
        raise EncodeError(f"cannot write {path}: {exc}") from None
    return total


@dataclass(frozen=True, slots=True)
class Slice:
    name: str
    start_s: float
    duration_s: float


def write_hls(
    directory: str | Path,
    playlist_name: str,
    slice_name: Callable[[float], str],
    canvas: Canvas,
    frame_at: FrameSource,
    duration_s: float,
    *,
    slice_s: float = 15.0,
    cancel: threading.Event | None = None,
) -> list[Slice]:
    """An HLS playlist plus one MPEG-TS file per ``slice_s`` seconds (reference §9.4: video
    slices at an I-frame once ≥ 15 s). ``slice_name(start_s)`` names each slice file."""
    import av

    check_canvas(canvas)
    directory = Path(directory)
    total = frame_count(duration_s, canvas.fps)
    per_slice = max(1, round(slice_s * canvas.fps))
    slices: list[Slice] = []
    first = 0
    while first < total:
        count = min(per_slice, total - first)
        start = first / canvas.fps
        name = slice_name(start)
        indices = range(first, first + count)

        def frames(indices: range = indices) -> Iterator[np.ndarray]:
            for i in indices:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("rendering cancelled")
                yield frame_at(i / canvas.fps)

        try:
            with av.open(str(directory / name), "w", format="mpegts") as container:
                stream = _stream(container, canvas)
                _encode(container, stream, frames(), first)
        except (av.FFmpegError, OSError) as exc:
            raise EncodeError(f"cannot write {directory / name}: {exc}") from None
        slices.append(Slice(name, start, count / canvas.fps))
        first += count
    target = max((s.duration_s for s in slices), default=slice_s)
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        f"#EXT-X-TARGETDURATION:{int(np.ceil(target))}",
        "#EXT-X-MEDIA-SEQUENCE:0",
        "#EXT-X-PLAYLIST-TYPE:VOD",
        "#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=VIDEO,TIME=0",
    ]
    for s in slices:
        lines += [f"#EXTINF:{s.duration_s:.3f},", s.name]
    lines.append("#EXT-X-ENDLIST")
    (directory / playlist_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return slices
