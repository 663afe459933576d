"""Edits of a custom layout as pure functions: each returns a new list and never mutates.

The canvas turns mouse and keyboard gestures into these calls and pushes the result as one
undo command, so the maths is testable without Qt. Every result stays inside the canvas
(R20: coordinates in [0,1], x+w ≤ 1, y+h ≤ 1); values are not rounded here — the drag keeps
full precision and :meth:`Region.to_json` rounds to 6 decimals on output.

Stacking (§6.4): later list items are drawn on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from recstudio.layout.regions import MAX_REGIONS, Region

Handle = Literal["n", "s", "e", "w", "ne", "nw", "se", "sw"]
HANDLES: tuple[Handle, ...] = ("n", "s", "e", "w", "ne", "nw", "se", "sw")
AlignEdge = Literal["left", "right", "top", "bottom", "hcentre", "vcentre"]
ALIGN_EDGES: tuple[AlignEdge, ...] = ("left", "right", "top", "bottom", "hcentre", "vcentre")
Axis = Literal["horizontal", "vertical"]

#: Smallest region edge in canvas fractions; callers that prefer "1 output pixel" pass
#: ``min_size_for(W, H)`` instead.
MIN_SIZE = 0.01
#: Default size and cascade step of a newly added region.
NEW_SIZE = 0.3
CASCADE_STEP = 0.05
DUPLICATE_OFFSET = 0.02


class LayoutFullError(ValueError):
    """R20 allows at most 17 layoutConfig items."""


# --- single-region helpers --------------------------------------------------------------


def clamp(region: Region, *, min_w: float = MIN_SIZE, min_h: float = MIN_SIZE) -> Region:
    """Bring a region inside the canvas with at least the minimum size; size wins over place."""
    w = min(max(region.w, min_w), 1.0)
    h = min(max(region.h, min_h), 1.0)
    x = min(max(region.x, 0.0), 1.0 - w)
    y = min(max(region.y, 0.0), 1.0 - h)
    if (x, y, w, h) == (region.x, region.y, region.w, region.h):
        return region
    return region.with_geometry(x, y, w, h)


def round6(regions: Iterable[Region]) -> list[Region]:
    """The list as it will be sent: 6 decimals, far edges ≤ 1 (R20)."""
    return [r.rounded() for r in regions]


def min_size_for(canvas_w: int, canvas_h: int) -> tuple[float, float]:
    """One output pixel in fractions, but never below the 6-decimal resolution."""
    return max(1.0 / canvas_w, 1e-6), max(1.0 / canvas_h, 1e-6)


def resize_region(
    region: Region,
    handle: Handle,
    dx: float,
    dy: float,
    *,
    min_w: float = MIN_SIZE,
    min_h: float = MIN_SIZE,
) -> Region:
    """Drag one handle by (dx, dy); the opposite edges stay put, the canvas bounds the edge."""
    left, top, right, bottom = region.x, region.y, region.right, region.bottom
    if "w" in handle:
        left = min(max(left + dx, 0.0), right - min_w)
    elif "e" in handle:
        right = max(min(right + dx, 1.0), left + min_w)
    if "n" in handle:
        top = min(max(top + dy, 0.0), bottom - min_h)
    elif "s" in handle:
        bottom = max(min(bottom + dy, 1.0), top + min_h)
    return clamp(
        region.with_geometry(left, top, right - left, bottom - top), min_w=min_w, min_h=min_h
    )


# --- list operations --------------------------------------------------------------------


def add(
    regions: Sequence[Region], region: Region | None = None, *, uid: str | None = None
) -> list[Region]:
    """Append a region on top; without one, a cascade placement that covers no region fully.

    Raises LayoutFullError at 17 regions (R20).
    """
    if len(regions) >= MAX_REGIONS:
        raise LayoutFullError(f"a custom layout holds at most {MAX_REGIONS} regions (R20)")
    new = clamp(region) if region is not None else _cascade(regions, uid)
    return [*regions, new]


def _cascade(regions: Sequence[Region], uid: str | None) -> Region:
    """First spot on a few parallel diagonals where the new region hides no region fully."""
    for x, y in _CASCADE_SPOTS:
        candidate = Region(x, y, NEW_SIZE, NEW_SIZE, uid=uid)
        if not any(_covers(candidate, r) for r in regions):
            return candidate
    return Region(0.0, 0.0, NEW_SIZE, NEW_SIZE, uid=uid)


def _cascade_spots() -> tuple[tuple[float, float], ...]:
    room = 1.0 - NEW_SIZE + 1e-9
    steps = int(room / CASCADE_STEP) + 1
    spots = []
    for shift in (0.0, 0.15, 0.3, 0.45, 0.6):
        for s in range(steps):
            x, y = round(s * CASCADE_STEP + shift, 6), round(s * CASCADE_STEP, 6)
            if x <= room:
                spots.append((x, y))
    return tuple(spots)


_CASCADE_SPOTS = _cascade_spots()


def _covers(a: Region, b: Region) -> bool:
    """True when a hides b completely (identical regions count)."""
    eps = 1e-9
    return (
        a.x <= b.x + eps
        and a.y <= b.y + eps
        and a.right >= b.right - eps
        and a.bottom >= b.bottom - eps
    )


def remove(regions: Sequence[Region], indices: Iterable[int]) -> list[Region]:
    drop = set(indices)
    return [r for i, r in enumerate(regions) if i not in drop]


def move(regions: Sequence[Region], indices: Iterable[int], dx: float, dy: float) -> list[Region]:
    """Move a selection together; the delta is limited so the whole selection stays inside."""
    sel = _valid(regions, indices)
    if not sel:
        return list(regions)
    left = min(regions[i].x for i in sel)
    top = min(regions[i].y for i in sel)
    right = max(regions[i].right for i in sel)
    bottom = max(regions[i].bottom for i in sel)
    dx = min(max(dx, -left), 1.0 - right)
    dy = min(max(dy, -top), 1.0 - bottom)
    out = list(regions)
    for i in sel:
        r = out[i]
        out[i] = clamp(r.with_geometry(r.x + dx, r.y + dy, r.w, r.h))
    return out


def resize(
    regions: Sequence[Region],
    index: int,
    handle: Handle,
    dx: float,
    dy: float,
    *,
    min_w: float = MIN_SIZE,
    min_h: float = MIN_SIZE,
) -> list[Region]:
    if handle not in HANDLES:
        raise ValueError(f"unknown resize handle {handle!r}")
    out = list(regions)
    out[index] = resize_region(out[index], handle, dx, dy, min_w=min_w, min_h=min_h)
    return out


def set_geometry(
    regions: Sequence[Region], index: int, x: float, y: float, w: float, h: float
) -> list[Region]:
    """The numeric inspector's edit; clamped so a typed value cannot leave the canvas."""
    out = list(regions)
    out[index] = clamp(out[index].with_geometry(x, y, w, h))
    return out


def clamp_all(regions: Sequence[Region]) -> list[Region]:
    return [clamp(r) for r in regions]


# --- z-order (later items on top, §6.4) -------------------------------------------------


def raise_(regions: Sequence[Region], indices: Iterable[int]) -> tuple[list[Region], list[int]]:
    """One step up for each selected region; returns the list and the selection's new indices."""
    return _step(regions, indices, up=True)


def lower(regions: Sequence[Region], indices: Iterable[int]) -> tuple[list[Region], list[int]]:
    return _step(regions, indices, up=False)


def to_front(regions: Sequence[Region], indices: Iterable[int]) -> tuple[list[Region], list[int]]:
    sel = _valid(regions, indices)
    keep = [r for i, r in enumerate(regions) if i not in sel]
    moved = [regions[i] for i in sel]
    return keep + moved, list(range(len(keep), len(regions)))


def to_back(regions: Sequence[Region], indices: Iterable[int]) -> tuple[list[Region], list[int]]:
    sel = _valid(regions, indices)
    keep = [r for i, r in enumerate(regions) if i not in sel]
    moved = [regions[i] for i in sel]
    return moved + keep, list(range(len(moved)))


def _step(
    regions: Sequence[Region], indices: Iterable[int], *, up: bool
) -> tuple[list[Region], list[int]]:
    """Swap each selected item with its unselected neighbour; a blocked block stays put."""
    out = list(regions)
    sel = set(_valid(regions, indices))
    order = sorted(sel, reverse=up)
    step = 1 if up else -1
    for i in order:
        j = i + step
        if 0 <= j < len(out) and j not in sel:
            out[i], out[j] = out[j], out[i]
            sel.discard(i)
            sel.add(j)
    return out, sorted(sel)


# --- duplicate, align, distribute -------------------------------------------------------


def duplicate(
    regions: Sequence[Region], indices: Iterable[int], *, offset: float = DUPLICATE_OFFSET
) -> tuple[list[Region], list[int]]:
    """Offset copies on top, without uid (two regions may not show the same uid).

    Raises LayoutFullError when the copies would exceed 17 regions (R20).
    """
    sel = _valid(regions, indices)
    if len(regions) + len(sel) > MAX_REGIONS:
        raise LayoutFullError(f"a custom layout holds at most {MAX_REGIONS} regions (R20)")
    copies = [
        clamp(replace(regions[i], x=regions[i].x + offset, y=regions[i].y + offset, uid=None))
        for i in sel
    ]
    return [*regions, *copies], list(range(len(regions), len(regions) + len(copies)))


@dataclass(frozen=True, slots=True)
class Bounds:
    left: float
    top: float
    right: float
    bottom: float


def selection_bounds(regions: Sequence[Region], indices: Iterable[int]) -> Bounds:
    sel = _valid(regions, indices)
    if not sel:
        raise ValueError("empty selection")
    return Bounds(
        min(regions[i].x for i in sel),
        min(regions[i].y for i in sel),
        max(regions[i].right for i in sel),
        max(regions[i].bottom for i in sel),
    )


def align(regions: Sequence[Region], indices: Iterable[int], edge: AlignEdge) -> list[Region]:
    """Align to the selection's bounds, or to the canvas when one region is selected (OBS)."""
    if edge not in ALIGN_EDGES:
        raise ValueError(f"unknown alignment {edge!r}")
    sel = _valid(regions, indices)
    if not sel:
        return list(regions)
    b = Bounds(0.0, 0.0, 1.0, 1.0) if len(sel) == 1 else selection_bounds(regions, sel)
    out = list(regions)
    for i in sel:
        r = out[i]
        x, y = r.x, r.y
        if edge == "left":
            x = b.left
        elif edge == "right":
            x = b.right - r.w
        elif edge == "hcentre":
            x = (b.left + b.right) / 2 - r.w / 2
        elif edge == "top":
            y = b.top
        elif edge == "bottom":
            y = b.bottom - r.h
        else:
            y = (b.top + b.bottom) / 2 - r.h / 2
        out[i] = clamp(r.with_geometry(x, y, r.w, r.h))
    return out


def distribute(regions: Sequence[Region], indices: Iterable[int], axis: Axis) -> list[Region]:
    """Equal gaps between neighbours; the outermost regions stay where they are.

    Needs three or more regions; fewer are returned unchanged. When the regions are wider
    than their span the gaps are negative (equal overlaps), as in OBS and Figma.
    """
    sel = _valid(regions, indices)
    if len(sel) < 3:
        return list(regions)
    horizontal = axis == "horizontal"
    if not horizontal and axis != "vertical":
        raise ValueError(f"unknown axis {axis!r}")

    def start(i: int) -> float:
        return regions[i].x if horizontal else regions[i].y

    def size(i: int) -> float:
        return regions[i].w if horizontal else regions[i].h

    order = sorted(sel, key=lambda i: (start(i), i))
    first, last = order[0], order[-1]
    span = start(last) + size(last) - start(first)
    gap = (span - sum(size(i) for i in order)) / (len(order) - 1)
    out = list(regions)
    pos = start(first)
    for i in order:
        if i == last:
            pos = start(last)  # no accumulated rounding drift on the fixed end
        r = out[i]
        out[i] = clamp(
            r.with_geometry(pos, r.y, r.w, r.h)
            if horizontal
            else r.with_geometry(r.x, pos, r.w, r.h)
        )
        pos += size(i) + gap
    return out


# --- output pixels ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PixelRect:
    """A region in output pixels of a W×H canvas (the inspector shows these)."""

    x: float
    y: float
    w: float
    h: float


def to_pixels(region: Region, canvas_w: int, canvas_h: int) -> PixelRect:
    return PixelRect(
        region.x * canvas_w, region.y * canvas_h, region.w * canvas_w, region.h * canvas_h
    )


def from_pixels(
    rect: PixelRect, canvas_w: int, canvas_h: int, *, like: Region | None = None
) -> Region:
    """Fractions from pixels, keeping uid/alpha/render mode of ``like``; clamped to the canvas."""
    base = like if like is not None else Region(0.0, 0.0, 1.0, 1.0)
    return clamp(
        base.with_geometry(
            rect.x / canvas_w, rect.y / canvas_h, rect.w / canvas_w, rect.h / canvas_h
        ),
        min_w=min(MIN_SIZE, 1.0 / canvas_w),
        min_h=min(MIN_SIZE, 1.0 / canvas_h),
    )


def nudge(
    regions: Sequence[Region],
    indices: Iterable[int],
    dx_px: int,
    dy_px: int,
    canvas_w: int,
    canvas_h: int,
) -> list[Region]:
    """Arrow-key nudge by whole output pixels (OBS: 1 px, Shift = 10 px)."""
    return move(regions, indices, dx_px / canvas_w, dy_px / canvas_h)


def _valid(regions: Sequence[Region], indices: Iterable[int]) -> list[int]:
    """Sorted unique indices; out-of-range ones raise so UI bugs surface in tests."""
    sel = sorted(set(indices))
    for i in sel:
        if not 0 <= i < len(regions):
            raise IndexError(f"region index {i} out of range (0..{len(regions) - 1})")
    return sel


def _whole(value: float, size: int) -> float:
    return round(value * size) / size


def move_offset_to_pixels(
    regions: Sequence[Region], indices: Iterable[int], dx: float, dy: float, w: int, h: int
) -> tuple[float, float]:
    """A move's offset adjusted so the moved selection's top-left lands on a whole output
    pixel (issue 13: a drag gave x = 830.90 px). The selection moves as one, so regions
    that were apart by whole pixels stay so; sizes never change on a move."""
    sel = _valid(regions, indices)
    if not sel:
        return dx, dy
    bounds = selection_bounds(move(regions, sel, dx, dy), sel)
    return dx + _whole(bounds.left, w) - bounds.left, dy + _whole(bounds.top, h) - bounds.top


def edges_to_pixels(region: Region, w: int, h: int) -> Region:
    """A resized region with each edge on a whole output pixel, at least one pixel big."""
    left, top = _whole(region.x, w), _whole(region.y, h)
    right = max(_whole(region.right, w), left + 1 / w)
    bottom = max(_whole(region.bottom, h), top + 1 / h)
    return region.with_geometry(left, top, min(right, 1.0) - left, min(bottom, 1.0) - top)


def pixel_rect_problem(rect: PixelRect, canvas_w: int, canvas_h: int) -> str:
    """Why typed pixel geometry cannot be sent as it is ("" when it can). The inspector
    shows this and keeps what was typed instead of clamping it silently (issue 13: width
    5000 px became the canvas width and X jumped to 0)."""
    if rect.x < 0 or rect.y < 0:
        return "x and y start at 0, the canvas's top-left corner (R20)"
    if rect.w <= 0 or rect.h <= 0:
        return "width and height must be more than 0 px (R20)"
    if rect.x + rect.w > canvas_w + 1e-6:
        return (
            f"x {rect.x:g} + width {rect.w:g} = {rect.x + rect.w:g} px is past the "
            f"{canvas_w} px wide canvas (R20: x_axis + width ≤ 1)"
        )
    if rect.y + rect.h > canvas_h + 1e-6:
        return (
            f"y {rect.y:g} + height {rect.h:g} = {rect.y + rect.h:g} px is past the "
            f"{canvas_h} px high canvas (R20: y_axis + height ≤ 1)"
        )
    return ""
