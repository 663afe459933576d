"""Snapping of a dragged or resized region, OBS style (ux-anchors A1).

Edges and centre lines of the moving region snap to the canvas edges, the canvas centre
lines, the edges and centres of the other regions and an optional grid in output pixels.
Per axis the single closest target within the threshold wins (ties prefer canvas and
regions over the grid); the guides returned are every target line the result touches.

Thresholds are in canvas fractions per axis because the sensitivity is a number of
*screen* pixels and only the caller knows the zoom: use :func:`threshold_from_screen`.

This runs on every mouse move with up to 17 regions, so targets are kept in sorted lists
searched with bisect; build a :class:`SnapTargets` once per drag (the others do not move
while one region is dragged) and pass it instead of the region list to skip the rebuild.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from recstudio.layout.operations import MIN_SIZE, Handle
from recstudio.layout.regions import Region

Orientation = Literal["vertical", "horizontal"]
GuideKind = Literal["canvas", "centre", "region", "grid"]

_EPS = 1e-9
_CANVAS, _CENTRE, _REGION = 0, 1, 2
_KIND_NAMES: tuple[GuideKind, ...] = ("canvas", "centre", "region")


@dataclass(frozen=True, slots=True)
class Guide:
    """A line to draw: ``vertical`` at x = position from y = start to end (fractions)."""

    orientation: Orientation
    position: float
    start: float
    end: float
    kind: GuideKind


@dataclass(frozen=True, slots=True)
class SnapResult:
    region: Region
    guides: tuple[Guide, ...]
    snapped_x: bool
    snapped_y: bool


def threshold_from_screen(
    screen_px: float, view_px_per_output_px: float, canvas_w: int, canvas_h: int
) -> tuple[float, float]:
    """Convert a snap sensitivity in screen pixels to (threshold_x, threshold_y) fractions."""
    output_px = screen_px / view_px_per_output_px
    return output_px / canvas_w, output_px / canvas_h


class _AxisTargets:
    """Sorted target positions on one axis and, per target, its extent on the other axis."""

    __slots__ = ("hi", "kind", "lo", "pos", "step")

    def __init__(self, entries: list[tuple[float, int, float, float]], step: float | None):
        entries.sort()
        self.pos = [e[0] for e in entries]
        self.kind = [e[1] for e in entries]
        self.lo = [e[2] for e in entries]
        self.hi = [e[3] for e in entries]
        self.step = step

    def nearest(self, value: float) -> tuple[float, bool]:
        """Closest target to ``value``: (signed offset, is_grid); offset inf when none."""
        pos = self.pos
        best = float("inf")
        i = bisect_left(pos, value)
        if i < len(pos):
            best = pos[i] - value
        if i > 0 and value - pos[i - 1] < abs(best):
            best = pos[i - 1] - value
        step = self.step
        if step:
            g = min(max(round(value / step) * step, 0.0), 1.0) - value
            if abs(g) < abs(best) - _EPS:
                return g, True
        return best, False


class SnapTargets:
    """Everything a moving region can snap to; build once per drag."""

    __slots__ = ("x", "y")

    def __init__(
        self,
        others: Sequence[Region],
        canvas_w: int,
        canvas_h: int,
        *,
        grid_px: int | None = None,
        canvas: bool = True,
        centre: bool = True,
        regions: bool = True,
    ) -> None:
        xs: list[tuple[float, int, float, float]] = []
        ys: list[tuple[float, int, float, float]] = []
        if canvas:
            xs += [(0.0, _CANVAS, 0.0, 1.0), (1.0, _CANVAS, 0.0, 1.0)]
            ys += [(0.0, _CANVAS, 0.0, 1.0), (1.0, _CANVAS, 0.0, 1.0)]
        if centre:
            xs.append((0.5, _CENTRE, 0.0, 1.0))
            ys.append((0.5, _CENTRE, 0.0, 1.0))
        if regions:
            for r in others:
                top, bottom, left, right = r.y, r.y + r.h, r.x, r.x + r.w
                xs += [
                    (left, _REGION, top, bottom),
                    (left + r.w * 0.5, _REGION, top, bottom),
                    (right, _REGION, top, bottom),
                ]
                ys += [
                    (top, _REGION, left, right),
                    (top + r.h * 0.5, _REGION, left, right),
                    (bottom, _REGION, left, right),
                ]
        self.x = _AxisTargets(xs, grid_px / canvas_w if grid_px else None)
        self.y = _AxisTargets(ys, grid_px / canvas_h if grid_px else None)


def snap_move(
    moving: Region,
    others: Sequence[Region] | SnapTargets,
    canvas_w: int,
    canvas_h: int,
    *,
    threshold_x: float,
    threshold_y: float,
    grid_px: int | None = None,
) -> SnapResult:
    """Snap a region being dragged (its size never changes; it stays inside the canvas).

    ``grid_px`` is only used when ``others`` is a region list (SnapTargets carry their own).
    """
    t = (
        others
        if isinstance(others, SnapTargets)
        else SnapTargets(others, canvas_w, canvas_h, grid_px=grid_px)
    )
    x, y, w, h = moving.x, moving.y, moving.w, moving.h
    dx, grid_x = _best_move(t.x, x, w, threshold_x)
    dy, grid_y = _best_move(t.y, y, h, threshold_y)
    snapped_x, snapped_y = dx is not None, dy is not None
    if not (snapped_x or snapped_y):
        return SnapResult(moving, (), False, False)
    nx = x + dx if dx is not None else x
    ny = y + dy if dy is not None else y
    region = moving.with_geometry(nx, ny, w, h)
    guides: list[Guide] = []
    if snapped_x:
        _collect(guides, t.x, "vertical", (nx, nx + w * 0.5, nx + w), ny, ny + h, grid_x)
    if snapped_y:
        _collect(guides, t.y, "horizontal", (ny, ny + h * 0.5, ny + h), nx, nx + w, grid_y)
    return SnapResult(region, tuple(guides), snapped_x, snapped_y)


def snap_resize(
    resizing: Region,
    others: Sequence[Region] | SnapTargets,
    canvas_w: int,
    canvas_h: int,
    *,
    handle: Handle,
    threshold_x: float,
    threshold_y: float,
    grid_px: int | None = None,
    min_w: float = MIN_SIZE,
    min_h: float = MIN_SIZE,
) -> SnapResult:
    """Snap the edges a resize handle drags; the opposite edges stay where they are."""
    t = (
        others
        if isinstance(others, SnapTargets)
        else SnapTargets(others, canvas_w, canvas_h, grid_px=grid_px)
    )
    left, top = resizing.x, resizing.y
    right, bottom = left + resizing.w, top + resizing.h
    snapped_x = snapped_y = False
    grid_x = grid_y = False
    if "w" in handle or "e" in handle:
        edge = left if "w" in handle else right
        off, grid_x = t.x.nearest(edge)
        new = edge + off
        ok = new <= right - min_w if "w" in handle else new >= left + min_w
        if abs(off) <= threshold_x and ok and -_EPS <= new <= 1.0 + _EPS:
            snapped_x = True
            if "w" in handle:
                left = new
            else:
                right = new
    if "n" in handle or "s" in handle:
        edge = top if "n" in handle else bottom
        off, grid_y = t.y.nearest(edge)
        new = edge + off
        ok = new <= bottom - min_h if "n" in handle else new >= top + min_h
        if abs(off) <= threshold_y and ok and -_EPS <= new <= 1.0 + _EPS:
            snapped_y = True
            if "n" in handle:
                top = new
            else:
                bottom = new
    if not (snapped_x or snapped_y):
        return SnapResult(resizing, (), False, False)
    region = resizing.with_geometry(left, top, right - left, bottom - top)
    guides: list[Guide] = []
    if snapped_x:
        edge = left if "w" in handle else right
        _collect(guides, t.x, "vertical", (edge,), top, bottom, grid_x)
    if snapped_y:
        edge = top if "n" in handle else bottom
        _collect(guides, t.y, "horizontal", (edge,), left, right, grid_y)
    return SnapResult(region, tuple(guides), snapped_x, snapped_y)


def _best_move(
    axis: _AxisTargets, start: float, size: float, threshold: float
) -> tuple[float | None, bool]:
    """Smallest offset that puts start, centre or end on a target and keeps the region inside."""
    best: float | None = None
    best_abs = threshold + _EPS
    best_grid = False
    for line in (start, start + size * 0.5, start + size):
        off, is_grid = axis.nearest(line)
        a = abs(off)
        if a < best_abs and start + off >= -_EPS and start + size + off <= 1.0 + _EPS:
            best, best_abs, best_grid = off, a, is_grid
    return best, best_grid


def _collect(
    guides: list[Guide],
    axis: _AxisTargets,
    orientation: Orientation,
    lines: tuple[float, ...],
    lo: float,
    hi: float,
    grid: bool,
) -> None:
    """One guide per touched line, spanning the moving region and every target it meets."""
    pos = axis.pos
    for line in lines:
        i = bisect_left(pos, line - 1e-7)
        j = bisect_right(pos, line + 1e-7)
        if i == j:
            if grid and axis.step:
                g = round(line / axis.step) * axis.step
                if abs(g - line) <= 1e-7:
                    guides.append(Guide(orientation, line, 0.0, 1.0, "grid"))
            continue
        start, end, kind = lo, hi, _REGION
        for k in range(i, j):
            kind = min(kind, axis.kind[k])
            start = min(start, axis.lo[k])
            end = max(end, axis.hi[k])
        guides.append(Guide(orientation, line, start, end, _KIND_NAMES[kind]))
