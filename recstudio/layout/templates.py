"""Starting points for a custom layout (the producer's "interview", "screen share" scenes).

Templates are computed for the actual canvas in output pixels where proportions matter
(the picture-in-picture inset keeps a 16:9 picture in pixels on any canvas); grids are
plain fractions. Every template yields at most 17 regions inside the canvas (R20), in
drawing order (later on top, §6.4), without uids (bound later from the roster).
"""

from __future__ import annotations

from collections.abc import Callable

from recstudio.layout.presets import VERTICAL, preset_regions
from recstudio.layout.regions import MAX_REGIONS, Region

#: name → human label, in menu order.
TEMPLATES: dict[str, str] = {
    "2x2": "Grid 2 × 2",
    "3x3": "Grid 3 × 3",
    "4x4": "Grid 4 × 4",
    "pip": "Picture in picture",
    "side-by-side": "Side by side",
    "speaker-strip": "Speaker + strip",
    "one-plus-n": "1 + N (like Vertical)",
}

#: PiP inset: width as a share of the canvas width (landscape) or height (portrait), and
#: the margin as a share of the shorter canvas side.
_PIP_SHARE = 0.3
_PIP_MARGIN = 0.03
_PIP_ASPECT = 16 / 9
_STRIP_SHARE = 0.25


def template(name: str, canvas_w: int, canvas_h: int, n: int | None = None) -> list[Region]:
    """Regions of a named template; ``n`` is the number of tiles where the template has a
    variable count (grids: cells filled, pip: insets, side-by-side: columns, strip tiles,
    one-plus-n: small regions). Raises ValueError for unknown names or counts that do not
    fit in 17 regions."""
    try:
        build = _BUILDERS[name]
    except KeyError:
        known = ", ".join(TEMPLATES)
        raise ValueError(f"unknown template {name!r}; known: {known}") from None
    if canvas_w <= 0 or canvas_h <= 0:
        raise ValueError(f"canvas size must be positive, got {canvas_w}×{canvas_h}")
    if n is not None and n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    regions = build(canvas_w, canvas_h, n)
    if len(regions) > MAX_REGIONS:
        raise ValueError(f"template {name!r} with n={n} needs more than {MAX_REGIONS} regions")
    return [r.rounded() for r in regions]


def _grid(size: int) -> Callable[[int, int, int | None], list[Region]]:
    def build(_w: int, _h: int, n: int | None) -> list[Region]:
        cells = size * size if n is None else min(n, size * size)
        step = 1.0 / size
        return [Region((i % size) * step, (i // size) * step, step, step) for i in range(cells)]

    return build


def _pip(canvas_w: int, canvas_h: int, n: int | None) -> list[Region]:
    """Full-canvas main picture plus insets stacked upward from the bottom-right corner."""
    count = 1 if n is None else n
    margin = _PIP_MARGIN * min(canvas_w, canvas_h)
    inset_w = _PIP_SHARE * min(canvas_w, canvas_h * _PIP_ASPECT)
    inset_h = inset_w / _PIP_ASPECT
    if count * (inset_h + margin) + margin > canvas_h:
        raise ValueError(f"{count} picture-in-picture insets do not fit a {canvas_h} px canvas")
    regions = [Region(0.0, 0.0, 1.0, 1.0)]
    x = (canvas_w - margin - inset_w) / canvas_w
    for k in range(count):
        y = (canvas_h - (k + 1) * (inset_h + margin)) / canvas_h
        regions.append(Region(x, y, inset_w / canvas_w, inset_h / canvas_h))
    return regions


def _side_by_side(_w: int, _h: int, n: int | None) -> list[Region]:
    count = 2 if n is None else n
    return [Region(i / count, 0.0, 1.0 / count, 1.0) for i in range(count)]


def _speaker_strip(_w: int, _h: int, n: int | None) -> list[Region]:
    """Speaker over the top three quarters, a row of equal tiles along the bottom."""
    count = 4 if n is None else n
    top = 1.0 - _STRIP_SHARE
    regions = [Region(0.0, 0.0, 1.0, top)]
    regions += [Region(i / count, top, 1.0 / count, _STRIP_SHARE) for i in range(count)]
    return regions


def _one_plus_n(_w: int, _h: int, n: int | None) -> list[Region]:
    """The vertical preset with the first user Large (§6.3), so it can be edited further."""
    count = 4 if n is None else n
    if count + 1 > MAX_REGIONS:
        raise ValueError(f"1 + {count} exceeds {MAX_REGIONS} regions")
    return preset_regions(VERTICAL, count + 1, max_resolution_index=0)


_BUILDERS: dict[str, Callable[[int, int, int | None], list[Region]]] = {
    "2x2": _grid(2),
    "3x3": _grid(3),
    "4x4": _grid(4),
    "pip": _pip,
    "side-by-side": _side_by_side,
    "speaker-strip": _speaker_strip,
    "one-plus-n": _one_plus_n,
}
