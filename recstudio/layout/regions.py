"""The one value type of the layout package: a rectangle on the output canvas.

Regions live in canvas fractions (0..1, origin top-left) because that is what Agora's
``layoutConfig`` stores and what survives a change of ``transcodingConfig`` width×height.
They are frozen so that every edit produces a new value the undo stack can keep.

Output policy (R20): every number is emitted as a float rounded to 6 decimals
(``0.0``, ``0.333333``, ``1.0``) — never an int — so exported bodies look the same whatever
path produced them; ``x_axis + width`` and ``y_axis + height`` never exceed 1 after rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

#: R20: at most 17 layoutConfig items; also the number of users a preset shows.
MAX_REGIONS = 17
#: R20: at most 6 decimals per coordinate.
DECIMALS = 6
DEFAULT_ALPHA = 1.0
#: §4.3: 0 = crop to fill (default), 1 = fit with letterbox.
RENDER_CROP = 0
RENDER_FIT = 1

_UNIT = 10**DECIMALS


def round6(value: float) -> float:
    """Round like the API expects (R20); ``+ 0.0`` turns ``-0.0`` into ``0.0``."""
    return round(float(value), DECIMALS) + 0.0


def _round_span(start: float, size: float) -> tuple[float, float]:
    """Round an edge and a size so the far edge still fits inside the canvas (R20)."""
    s = min(max(round(start * _UNIT), 0), _UNIT)
    n = min(max(round(size * _UNIT), 0), _UNIT - s)
    return s / _UNIT, n / _UNIT


@dataclass(frozen=True, slots=True)
class Region:
    """One ``layoutConfig`` item; ``uid`` None means "filled in join order" (§4.3)."""

    x: float
    y: float
    w: float
    h: float
    uid: str | None = None
    alpha: float = DEFAULT_ALPHA
    render_mode: int = RENDER_CROP

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w * 0.5

    @property
    def cy(self) -> float:
        return self.y + self.h * 0.5

    def with_geometry(self, x: float, y: float, w: float, h: float) -> Region:
        return replace(self, x=x, y=y, w=w, h=h)

    def rounded(self) -> Region:
        """The region exactly as it will be sent (R20: 6 decimals, inside the canvas)."""
        x, w = _round_span(self.x, self.w)
        y, h = _round_span(self.y, self.h)
        return replace(self, x=x, y=y, w=w, h=h, alpha=round6(self.alpha))

    def to_json(self) -> dict[str, Any]:
        """The layoutConfig item with the exact API keys; defaults are left out."""
        r = self.rounded()
        item: dict[str, Any] = {}
        if r.uid is not None:
            item["uid"] = r.uid
        item["x_axis"] = r.x
        item["y_axis"] = r.y
        item["width"] = r.w
        item["height"] = r.h
        if r.alpha != DEFAULT_ALPHA:
            item["alpha"] = r.alpha
        if r.render_mode != RENDER_CROP:
            item["render_mode"] = r.render_mode
        return item

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Region:
        """Read a layoutConfig item; values are taken as given (validation is the model's job)."""
        try:
            x, y = float(item["x_axis"]), float(item["y_axis"])
            w, h = float(item["width"]), float(item["height"])
        except KeyError as exc:
            raise ValueError(f"layoutConfig item lacks required key {exc.args[0]!r}") from None
        uid = item.get("uid")
        if uid == "":
            uid = None  # the Go client's unbound region: join order, as R20 reads it
        return cls(
            x=x,
            y=y,
            w=w,
            h=h,
            uid=None if uid is None else str(uid),
            alpha=float(item.get("alpha", DEFAULT_ALPHA)),
            render_mode=int(item.get("render_mode", RENDER_CROP)),
        )


def regions_to_json(regions: list[Region]) -> list[dict[str, Any]]:
    return [r.to_json() for r in regions]


def regions_from_json(items: list[dict[str, Any]]) -> list[Region]:
    return [Region.from_json(item) for item in items]
