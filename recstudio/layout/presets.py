"""Geometry of Agora's preset layouts (mixedVideoLayout 0/1/2), exactly as agora-api.md §6.

The canvas previews a preset for N simulated users and "Convert to custom" turns it into
editable regions, so the numbers here must be the ones Agora's compositor uses; every
constant below is quoted from §6 (which cites S7/S8 and the S9 sample code).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from recstudio.layout.regions import MAX_REGIONS, RENDER_FIT, Region

FLOATING, BEST_FIT, VERTICAL = 0, 1, 2
PRESET_LAYOUTS = {FLOATING: "Floating", BEST_FIT: "Best fit", VERTICAL: "Vertical"}

SlotRole = Literal["full", "small", "cell", "large"]

# §6.1 floating: small regions 23.5 % of each canvas dimension on a 0.247 pitch.
_FLOAT_SIZE = 0.235
_FLOAT_MARGIN = 0.012
_FLOAT_PITCH = 0.247
_FLOAT_COLUMNS = 4
# §6.3 vertical: at most 16 small regions next to the Large one (17 regions in all).
_VERTICAL_MAX_SMALL = MAX_REGIONS - 1


@dataclass(frozen=True, slots=True)
class PresetSlot:
    """A place in a preset; ``user_index`` None marks an empty slot (shows the background).

    Only vertical produces an empty slot: the Large area when no maxResolutionUid user is
    present (§6.3). Its region is still returned so the canvas can outline it.
    """

    region: Region
    role: SlotRole
    user_index: int | None


def preset_slots(
    layout: int, users: int, *, max_resolution_index: int | None = None
) -> list[PresetSlot]:
    """Slots of a preset for ``users`` users in join order (vertical: the Large slot first).

    Users beyond 17 are not shown (§6). ``max_resolution_index`` (0-based join index) only
    matters for vertical (R19); an index not below ``users`` means that user is absent.
    """
    if users < 0:
        raise ValueError(f"users must be >= 0, got {users}")
    if max_resolution_index is not None and max_resolution_index < 0:
        raise ValueError(f"max_resolution_index must be >= 0, got {max_resolution_index}")
    n = min(users, MAX_REGIONS)
    if n == 0:
        return []
    if layout == FLOATING:
        return _floating(n)
    if layout == BEST_FIT:
        return _best_fit(n)
    if layout == VERTICAL:
        present = max_resolution_index is not None and max_resolution_index < n
        return _vertical(n, max_resolution_index if present else None)
    raise ValueError(f"preset layout must be 0, 1 or 2, got {layout}")


def preset_regions(
    layout: int, users: int, *, max_resolution_index: int | None = None
) -> list[Region]:
    """The regions users occupy, in the order of :func:`preset_slots` minus empty slots."""
    slots = preset_slots(layout, users, max_resolution_index=max_resolution_index)
    return [s.region for s in slots if s.user_index is not None]


def convert_to_custom(
    layout: int,
    users: int,
    uids: Sequence[str | None],
    *,
    max_resolution_index: int | None = None,
) -> list[Region]:
    """A custom layoutConfig (mode 3) that reproduces the preset, regions bound to ``uids``.

    ``uids[i]`` belongs to the user with join index i (missing entries count as None, which
    leaves the region to Agora's join-order filling). The vertical Large region keeps
    render_mode 1 (fit) because Agora letterboxes the Large video (§6.3).
    """
    slots = preset_slots(layout, users, max_resolution_index=max_resolution_index)
    out: list[Region] = []
    for slot in slots:
        if slot.user_index is None:
            continue
        uid = uids[slot.user_index] if slot.user_index < len(uids) else None
        out.append(replace(slot.region, uid=uid).rounded())
    return out


def _floating(n: int) -> list[PresetSlot]:
    """§6.1: U1 full canvas; smalls from the bottom row upward, left to right."""
    slots = [PresetSlot(Region(0.0, 0.0, 1.0, 1.0), "full", 0)]
    for k in range(1, n):
        i = k - 1
        col, row = i % _FLOAT_COLUMNS, i // _FLOAT_COLUMNS
        x = _FLOAT_MARGIN + col * _FLOAT_PITCH
        y = 1.0 - (row + 1) * _FLOAT_PITCH
        slots.append(PresetSlot(Region(x, y, _FLOAT_SIZE, _FLOAT_SIZE).rounded(), "small", k))
    return slots


def _best_fit(n: int) -> list[PresetSlot]:
    """§6.2: grids by count; N = 2 side by side, N = 17 four rows of four plus one centred."""
    if n == 1:
        return [PresetSlot(Region(0.0, 0.0, 1.0, 1.0), "full", 0)]
    if n == 2:
        return [
            PresetSlot(Region(0.0, 0.0, 0.5, 1.0), "cell", 0),
            PresetSlot(Region(0.5, 0.0, 0.5, 1.0), "cell", 1),
        ]
    if n == MAX_REGIONS:
        slots = []
        for i in range(16):
            region = Region(0.1 + 0.2 * (i % 4), 0.2 * (i // 4), 0.2, 0.2)
            slots.append(PresetSlot(region.rounded(), "cell", i))
        slots.append(PresetSlot(Region(0.4, 0.8, 0.2, 0.2), "cell", 16))
        return slots
    cols = 2 if n <= 4 else 3 if n <= 9 else 4
    size = 1.0 / cols
    return [
        PresetSlot(Region((i % cols) / cols, (i // cols) / cols, size, size).rounded(), "cell", i)
        for i in range(n)
    ]


def _vertical(n: int, large: int | None) -> list[PresetSlot]:
    """§6.3: Large at the left, smalls tiled top→bottom in columns at the right.

    Breakpoints go by the number of smalls S; with no Large user all N users are smalls,
    and only 16 small slots exist (the 17th user is not shown).
    """
    small_users = [i for i in range(n) if i != large][:_VERTICAL_MAX_SMALL]
    s = len(small_users)
    if s <= 4:
        large_w, small_w, small_h, per_column = 4 / 5, 1 / 5, 1 / 4, 4
    elif s <= 6:
        large_w, small_w, small_h, per_column = 6 / 7, 1 / 7, 1 / 6, 6
    elif s <= 8:
        large_w, small_w, small_h, per_column = 8 / 9, 1 / 9, 1 / 8, 8
    else:
        large_w, small_w, small_h, per_column = 4 / 5, 1 / 10, 1 / 8, 8
    large_region = Region(0.0, 0.0, large_w, 1.0, render_mode=RENDER_FIT).rounded()
    slots = [PresetSlot(large_region, "large", large)]
    for j, user in enumerate(small_users):
        column, row = j // per_column, j % per_column
        region = Region(large_w + column * small_w, row * small_h, small_w, small_h)
        slots.append(PresetSlot(region.rounded(), "small", user))
    return slots
