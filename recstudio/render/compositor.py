"""Pixels of one mixed frame: executes a :class:`~recstudio.render.plan.FramePlan`.

Scaling (§4.3 render_mode, §6): *crop* scales the source by ``max(rw/sw, rh/sh)`` and
keeps the centre; *fit* scales by ``min(rw/sw, rh/sh)`` to ``floor(sw·s + 0.5)`` ×
``floor(sh·s + 0.5)`` pixels placed at ``((rw − dw) // 2, (rh − dh) // 2)`` with black
bars around it. ``alpha`` mixes ``round(α·region + (1 − α)·below)`` per channel.

Scaled pictures are cached by the source's key, region size and mode, so a test card or a
still image is resized once and then only copied (the 17-region budget in design.md).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

import numpy as np

from recstudio.layout.regions import RENDER_FIT
from recstudio.render.images import ImageCache, ImageLoadError
from recstudio.render.plan import FramePlan, Paint, Rect, parse_colour
from recstudio.render.sources import Mark, Source

if TYPE_CHECKING:
    from PIL import Image

_CACHE_ENTRIES = 96
Warn = Callable[[str], None]


def crop_box(sw: int, sh: int, rw: int, rh: int) -> tuple[float, float, float, float]:
    """The centred part of a sw×sh source that crop-to-fill shows in an rw×rh region."""
    scale = max(rw / sw, rh / sh)
    cw, ch = rw / scale, rh / scale
    return (sw - cw) / 2, (sh - ch) / 2, (sw + cw) / 2, (sh + ch) / 2


def fit_box(sw: int, sh: int, rw: int, rh: int) -> tuple[int, int, int, int]:
    """Where fit puts the whole source inside an rw×rh region: (x0, y0, x1, y1)."""
    scale = min(rw / sw, rh / sh)
    dw = min(rw, max(1, int(np.floor(sw * scale + 0.5))))
    dh = min(rh, max(1, int(np.floor(sh * scale + 0.5))))
    x0, y0 = (rw - dw) // 2, (rh - dh) // 2
    return x0, y0, x0 + dw, y0 + dh


def scale_picture(
    image: Image.Image,
    rw: int,
    rh: int,
    render_mode: int,
    reduced: Callable[[int], Image.Image] | None = None,
) -> np.ndarray:
    """``image`` in an rw×rh region per render_mode, as an (rh, rw, 3) uint8 array.

    ``reduced(k)`` may supply the picture box-averaged by k (cached by the caller).

    A downscale is an area average: ``reduce(k)`` by the whole factor k = ⌊1/scale⌋, then a
    box resample of the remaining ratio (< 2) — every output pixel is the mean of the source
    pixels it covers, at about half the work of a bilinear resample of a 1.5× copy (the
    1080p frame right after a layout change was 45–62 ms, over its 60 ms budget).
    An upscale is bilinear: a box filter would repeat pixels.
    """
    from PIL import Image as PILImage

    sw, sh = image.size
    fit = render_mode == RENDER_FIT
    scale = min(rw / sw, rh / sh) if fit else max(rw / sw, rh / sh)
    k = int(1 / scale + 1e-9) if reduced is not None else 1
    picture = reduced(k) if k >= 2 and reduced is not None else image
    # reduce(k) pixel j averages source pixels [jk, (j+1)k) (the last block may be partial,
    # so size ratios are not k): source coordinates map by k exactly
    kx = ky = k if picture is not image else 1
    resample = PILImage.Resampling.BOX if scale < 1 else PILImage.Resampling.BILINEAR
    if fit:
        x0, y0, x1, y1 = fit_box(sw, sh, rw, rh)
        out = np.zeros((rh, rw, 3), dtype=np.uint8)
        out[y0:y1, x0:x1] = np.asarray(picture.resize((x1 - x0, y1 - y0), resample))
        return out
    bx0, by0, bx1, by1 = crop_box(sw, sh, rw, rh)
    box = (bx0 / kx, by0 / ky, bx1 / kx, by1 / ky)
    return np.asarray(picture.resize((rw, rh), resample, box=box))


def _map_mark(mark: Mark, size: tuple[int, int], rw: int, rh: int, mode: int) -> Rect:
    """A mark in source pixels → region pixels, with the same mapping as the picture."""
    sw, sh = size
    left, top, right, bottom, _ = mark
    sx: float
    sy: float
    ox: float
    oy: float
    if mode == RENDER_FIT:
        x0, y0, x1, y1 = fit_box(sw, sh, rw, rh)
        sx, sy, ox, oy = (x1 - x0) / sw, (y1 - y0) / sh, x0, y0
    else:
        bx0, by0, bx1, _ = crop_box(sw, sh, rw, rh)
        sx = sy = rw / (bx1 - bx0)
        ox, oy = -bx0 * sx, -by0 * sy

    def clamp(v: float, n: int) -> int:
        return min(max(int(np.floor(v + 0.5)), 0), n)

    return Rect(
        clamp(ox + left * sx, rw),
        clamp(oy + top * sy, rh),
        clamp(ox + right * sx, rw),
        clamp(oy + bottom * sy, rh),
    )


class Compositor:
    """Draws plans with the given sources; one per preview or export (not thread-safe).

    ``source_for(uid)`` returns the participant's :class:`Source`; ``warn`` receives each
    image problem once (a missing background image is a fallback, not a failure).
    """

    def __init__(
        self,
        source_for: Callable[[str], Source],
        images: ImageCache | None = None,
        warn: Warn | None = None,
    ) -> None:
        self.source_for = source_for
        self.images = images or ImageCache()
        self._warn = warn
        self._warned: set[str] = set()
        self._scaled: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._reductions: OrderedDict[Hashable, Image.Image] = OrderedDict()
        self._background_key: Hashable = None
        self._background: np.ndarray | None = None

    def render(self, plan: FramePlan) -> np.ndarray:
        """The frame as an (height, width, 3) uint8 RGB array."""
        canvas = self._background_layer(plan).copy()
        for paint in plan.paints:
            self._paint(canvas, plan, paint)
        return canvas

    # -- layers -----------------------------------------------------------------------

    def _background_layer(self, plan: FramePlan) -> np.ndarray:
        w, h = plan.canvas.width, plan.canvas.height
        key = (w, h, plan.background_colour, plan.background_image)
        if self._background is None or key != self._background_key:
            layer = np.empty((h, w, 3), dtype=np.uint8)
            layer[:] = parse_colour(plan.background_colour)
            if plan.background_image is not None:
                picture = self._picture(plan.background_image, "backgroundImage")
                if picture is not None:
                    layer = scale_picture(picture, w, h, 0).copy()
            self._background, self._background_key = layer, key
        return self._background

    def _picture(self, ref: str, what: str) -> Image.Image | None:
        try:
            return self.images.get(ref)
        except ImageLoadError as exc:
            if ref not in self._warned:
                self._warned.add(ref)
                if self._warn is not None:
                    self._warn(f"{what}: {exc} — using the next background (§6.5)")
            return None

    def _content(self, plan: FramePlan, paint: Paint) -> np.ndarray | None:
        rect = paint.rect
        rw, rh = rect.width, rect.height
        if paint.kind == "colour":
            block = np.empty((rh, rw, 3), dtype=np.uint8)
            block[:] = parse_colour(paint.colour)
            return block
        if paint.kind == "canvas":
            background = self._background_layer(plan)
            return background[rect.y0 : rect.y1, rect.x0 : rect.x1]
        if paint.kind == "image":
            assert paint.url is not None
            picture = self._picture(paint.url, f"background image of uid {paint.uid}")
            if picture is None:
                return None
            key: Hashable = ("url", paint.url, rw, rh, paint.render_mode)
            return self._cached(key, lambda: scale_picture(picture, rw, rh, paint.render_mode))
        assert paint.uid is not None
        source = self.source_for(paint.uid)
        source_key = source.key(paint.time)
        base = source.base(paint.time)

        def reduced(k: int) -> Image.Image:
            return self._reduced(("reduced", source_key, k), base, k)

        key = (source_key, rw, rh, paint.render_mode)
        block = self._cached(key, lambda: scale_picture(base, rw, rh, paint.render_mode, reduced))
        marks = source.marks(paint.time)
        if marks:
            block = block.copy()
            for mark in marks:
                m = _map_mark(mark, source.size, rw, rh, paint.render_mode)
                block[m.y0 : m.y1, m.x0 : m.x1] = mark[4]
        return block

    def _reduced(self, key: Hashable, image: Image.Image, k: int) -> Image.Image:
        picture = self._reductions.get(key)
        if picture is None:
            picture = image.reduce(k)
            self._reductions[key] = picture
            if len(self._reductions) > _CACHE_ENTRIES:
                self._reductions.popitem(last=False)
        return picture

    def _cached(self, key: Hashable, make: Callable[[], np.ndarray]) -> np.ndarray:
        block = self._scaled.get(key)
        if block is None:
            block = make()
            self._scaled[key] = block
            if len(self._scaled) > _CACHE_ENTRIES:
                self._scaled.popitem(last=False)
        else:
            self._scaled.move_to_end(key)
        return block

    def _paint(self, canvas: np.ndarray, plan: FramePlan, paint: Paint) -> None:
        block = self._content(plan, paint)
        for fallback in paint.fallbacks:
            if block is not None:
                break
            block = self._content(plan, fallback)
        if block is None:
            return
        rect = paint.rect
        target = canvas[rect.y0 : rect.y1, rect.x0 : rect.x1]
        if paint.alpha >= 1.0:
            target[:] = block
        elif paint.alpha > 0.0:
            mixed = block.astype(np.float32) * paint.alpha + target.astype(np.float32) * (
                1.0 - paint.alpha
            )
            target[:] = np.floor(mixed + 0.5).astype(np.uint8)
