"""What each simulated participant sends: a test card, a still image, a looped video file or
a solid colour, each at its own resolution (a phone's 720×1280 is what makes crop vs fit
matter).

A source hands the compositor a *base* picture plus a key that changes only when the
pixels do, so scaled copies can be reused frame after frame; the test card's moving
marker is a separate overlay (``marks``) drawn after scaling, which keeps 17 cards cheap.

Spec strings (CLI ``--source UID=SPEC``, timeline ``join`` events): ``#RRGGBB[@WxH]``,
``card[@WxH]``, an image path/URL or a video path.
"""

from __future__ import annotations

import colorsys
import functools
import math
import re
import threading
import zlib
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recstudio.render.images import ImageCache, ImageLoadError
from recstudio.render.plan import PlanError, parse_colour

if TYPE_CHECKING:
    from PIL import Image, ImageFont

#: A camera's usual size, and the default of ``#RRGGBB`` and ``card`` specs.
DEFAULT_SIZE = (1280, 720)
#: Participant ``source`` shapes of the project roster → the resolution they send.
SHAPE_SIZES: dict[str, tuple[int, int]] = {
    "camera_16_9": (1280, 720),
    "phone_9_16": (720, 1280),
    "camera_4_3": (960, 720),
    "screen": (1920, 1080),
}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")
VIDEO_SUFFIXES = (".mp4", ".mov", ".mkv", ".webm", ".avi", ".ts", ".m4v")
#: The card's marker crosses the picture once in this many seconds.
MARKER_PERIOD_S = 4.0
_MAX_SIDE = 4096
_SIZE = re.compile(r"(?P<w>\d+)[x×](?P<h>\d+)")

#: A mark: left, top, right, bottom in source pixels, and its colour.
Mark = tuple[float, float, float, float, tuple[int, int, int]]


class SourceError(ValueError):
    """A source spec or file that cannot be used; the message names it and the cause."""


class Source:
    """Base class: ``size`` is (width, height) in pixels."""

    size: tuple[int, int] = DEFAULT_SIZE

    def key(self, t: float) -> Hashable:
        """Equal keys mean equal :meth:`base` pixels (the compositor caches on it)."""
        raise NotImplementedError

    def base(self, t: float) -> Image.Image:
        raise NotImplementedError

    def marks(self, t: float) -> list[Mark]:
        return []


class ColourSource(Source):
    def __init__(self, colour: str, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        self.rgb = parse_colour(colour, "source colour")
        self.size = size
        self._image: Image.Image | None = None

    def key(self, t: float) -> Hashable:
        return ("colour", self.rgb, self.size)

    def base(self, t: float) -> Image.Image:
        if self._image is None:
            from PIL import Image

            self._image = Image.new("RGB", self.size, self.rgb)
        return self._image


def card_colour(uid: str) -> tuple[int, int, int]:
    """A distinct, stable, mid-bright colour per uid: golden-ratio hue steps, so uids that
    follow each other (1001, 1002, …) get far-apart hues."""
    n = int(uid) if uid.isdigit() and len(uid) < 19 else zlib.crc32(uid.encode())
    hue = (n * 0.618033988749895) % 1.0
    r, g, b = colorsys.hsv_to_rgb(hue, 0.55, 0.8)
    return round(r * 255), round(g * 255), round(b * 255)


@functools.lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


class CardSource(Source):
    """A test card: the uid's colour, the uid in large type and a marker that moves."""

    def __init__(self, uid: str, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        self.uid = uid
        self.size = size
        self.rgb = card_colour(uid)
        self._image: Image.Image | None = None

    def key(self, t: float) -> Hashable:
        return ("card", self.uid, self.size)

    def base(self, t: float) -> Image.Image:
        if self._image is None:
            self._image = self._draw()
        return self._image

    def _draw(self) -> Image.Image:
        from PIL import Image, ImageDraw

        w, h = self.size
        image = Image.new("RGB", self.size, self.rgb)
        draw = ImageDraw.Draw(image)
        frame = max(2, min(w, h) // 60)
        draw.rectangle((0, 0, w - 1, h - 1), outline=(255, 255, 255), width=frame)
        text = self.uid
        font_size = max(8, min(h // 3, int(w * 1.6 / max(len(text), 1))))
        font = _font(font_size)
        draw.text((w / 2, h / 2), text, fill=(255, 255, 255), font=font, anchor="mm")
        label = f"{w}x{h}"
        small = _font(max(8, min(w, h) // 16))
        draw.text((w / 2, h - 3 * frame), label, fill=(255, 255, 255), font=small, anchor="md")
        return image

    def marks(self, t: float) -> list[Mark]:
        """A square orbiting the centre: stays visible whatever crop a region applies."""
        w, h = self.size
        short = min(w, h)
        side, radius = max(2.0, short * 0.08), short * 0.22
        angle = 2 * math.pi * (t % MARKER_PERIOD_S) / MARKER_PERIOD_S
        cx, cy = w / 2 + radius * math.cos(angle), h / 2 + radius * math.sin(angle)
        half = side / 2
        return [(cx - half, cy - half, cx + half, cy + half, (255, 255, 255))]


class ImageSource(Source):
    def __init__(self, ref: str, images: ImageCache) -> None:
        try:
            self._image = images.get(ref)
        except ImageLoadError as exc:
            raise SourceError(str(exc)) from None
        self.ref = ref
        self.size = self._image.size

    def key(self, t: float) -> Hashable:
        return ("image", self.ref)

    def base(self, t: float) -> Image.Image:
        return self._image


class VideoSource(Source):
    """A video file decoded with PyAV and looped; frames are read forward, reopening the
    file only when asked for an earlier moment (a loop or a frozen last frame)."""

    def __init__(self, path: str) -> None:
        import av

        self.path = path
        self._lock = threading.Lock()
        try:
            container = av.open(path)
        except (av.FFmpegError, OSError) as exc:
            raise SourceError(f"{path}: cannot open video: {exc}") from None
        with container:
            if not container.streams.video:
                raise SourceError(f"{path}: has no video stream")
            stream = container.streams.video[0]
            self.size = (stream.codec_context.width, stream.codec_context.height)
            duration = None
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base)
            elif container.duration is not None:
                duration = container.duration / 1_000_000
        if not duration or duration <= 0:
            raise SourceError(f"{path}: unknown duration, cannot loop it")
        self.duration = duration
        self._container: av.container.InputContainer | None = None
        self._frames: object = None
        self._current: tuple[float, Image.Image] | None = None
        self._next: tuple[float, Image.Image] | None = None

    def _local(self, t: float) -> float:
        return t % self.duration

    def key(self, t: float) -> Hashable:
        return ("video", self.path, self._frame_at(self._local(t))[0])

    def base(self, t: float) -> Image.Image:
        return self._frame_at(self._local(t))[1]

    def _reopen(self) -> None:
        import av

        if self._container is not None:
            self._container.close()
        self._container = av.open(self.path)
        self._frames = self._container.decode(video=0)
        self._current = self._read()
        self._next = self._read()

    def _read(self) -> tuple[float, Image.Image] | None:
        try:
            frame = next(self._frames)  # type: ignore[call-overload]
        except StopIteration:
            return None
        return float(frame.time or 0.0), frame.to_image()

    def _frame_at(self, t: float) -> tuple[float, Image.Image]:
        with self._lock:
            if self._current is None or t < self._current[0]:
                self._reopen()
            while self._next is not None and self._next[0] <= t:
                self._current, self._next = self._next, self._read()
            if self._current is None:
                raise SourceError(f"{self.path}: no decodable frame")
            return self._current

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A parsed spec: ``kind`` colour/card/image/video, its ``value`` and optional size."""

    kind: str
    value: str
    size: tuple[int, int] | None = None


def parse_size(text: str) -> tuple[int, int]:
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise SourceError(f"size must be WIDTHxHEIGHT (e.g. 1280x720), not {text!r}")
    w, h = int(match["w"]), int(match["h"])
    if not (1 <= w <= _MAX_SIDE and 1 <= h <= _MAX_SIDE):
        raise SourceError(f"size {w}x{h} is outside 1..{_MAX_SIDE} pixels per side")
    return w, h


def parse_spec(text: str) -> SourceSpec:
    """``#RRGGBB[@WxH]``, ``card[@WxH]``, an image path/URL or a video path."""
    text = text.strip()
    if not text:
        raise SourceError("source spec is empty")
    head, sep, tail = text.rpartition("@")
    if sep and (head.startswith("#") or head == "card") and _SIZE.fullmatch(tail.strip()):
        base, size = head, parse_size(tail)
    else:
        base, size = text, None
    if base.startswith("#"):
        try:
            parse_colour(base, "source colour")
        except PlanError as exc:
            raise SourceError(str(exc)) from None
        return SourceSpec("colour", base.lower(), size)
    if base == "card":
        return SourceSpec("card", "", size)
    suffix = Path(urlparse_path(base)).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return SourceSpec("image", base)
    if suffix in VIDEO_SUFFIXES:
        return SourceSpec("video", base)
    raise SourceError(
        f"source {text!r}: expected #RRGGBB[@WxH], card[@WxH], an image "
        f"({', '.join(IMAGE_SUFFIXES)}) or a video ({', '.join(VIDEO_SUFFIXES)})"
    )


def urlparse_path(text: str) -> str:
    from urllib.parse import urlparse

    return urlparse(text).path if "://" in text else text


def build_source(
    uid: str, spec: SourceSpec | str | None, images: ImageCache, *, size: tuple[int, int] | None
) -> Source:
    """The source for ``uid``: ``spec`` (None → a test card), ``size`` the fallback size."""
    if spec is None:
        spec = SourceSpec("card", "")
    elif isinstance(spec, str):
        spec = parse_spec(spec)
    chosen = spec.size or size or DEFAULT_SIZE
    if spec.kind == "colour":
        return ColourSource(spec.value, chosen)
    if spec.kind == "card":
        return CardSource(uid, chosen)
    if spec.kind == "image":
        return ImageSource(spec.value, images)
    path = Path(spec.value).expanduser()
    if not path.is_file():
        raise SourceError(f"video {spec.value}: no such file")
    return VideoSource(str(path))
