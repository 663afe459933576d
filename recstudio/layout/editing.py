"""What a canvas edit decides, as pure functions on layoutConfig items (issue 13 point 8).

The Qt controller (``ui/canvas/controller.py``) reads the document, calls these, and writes
their result as one undo step; everything that chooses — how an edited region is merged
back into its item, what a paste accepts, which permutation a z-order step makes, where the
lock/hide flags go — lives here so it is tested without a window. Items are the JSON dicts
of ``layoutConfig`` (§6.4); unknown keys of an imported item are carried along untouched.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from recstudio.layout import operations as ops
from recstudio.layout.regions import MAX_REGIONS, Region, round6
from recstudio.model.jsontext import JsonSyntaxError, parse_json
from recstudio.model.paths import MISSING

CUSTOM_LAYOUT = 3
DEFAULT_CANVAS = (1280, 720)
#: Geometry keys a region edit rewrites; every other key of an item (unknown keys from an
#: imported body included) is carried along untouched.
_GEOMETRY_KEYS = ("x_axis", "y_axis", "width", "height")

#: A z-order step of ``operations`` (raise_, lower, to_front, to_back).
ReorderOp = Callable[[Sequence[Region], Sequence[int]], tuple[list[Region], list[int]]]


class EditRefused(ValueError):
    """An edit the layout cannot take; the message is the sentence for the status line."""


@dataclass(frozen=True, slots=True)
class LayoutSnapshot:
    """The edited layout as read from the document at one moment (never edited in place)."""

    name: str
    mixed_layout: int
    items: tuple[dict[str, Any], ...]
    regions: tuple[Region, ...]
    valid: tuple[bool, ...]
    locked: tuple[bool, ...]
    hidden: tuple[bool, ...]
    canvas_w: int
    canvas_h: int
    background: str
    max_resolution_uid: str | None

    @property
    def custom(self) -> bool:
        """Regions are drawn (and editable) in mode 3, and also when a preset layout still
        carries a layoutConfig (an R18 error the canvas must show, not hide)."""
        return self.mixed_layout == CUSTOM_LAYOUT or bool(self.items)


def pick_layout(current: str, names: Iterable[str], start_layout: str) -> str:
    """Which named layout the canvas edits: the current one while it exists, else the one
    the start sends, else the first ("" when the project has none)."""
    names = list(names)
    if current in names:
        return current
    if start_layout in names:
        return start_layout
    return next(iter(names), "")


def to_custom_changes(snap: LayoutSnapshot, *, drop_large: bool) -> list[tuple[str, Any]]:
    """(layout key, value) changes that make the layout custom (mixedVideoLayout 3); with
    ``drop_large`` the preset's Large user goes too (R19: maxResolutionUid is for the
    vertical preset only)."""
    changes: list[tuple[str, Any]] = []
    if snap.mixed_layout != CUSTOM_LAYOUT:
        changes.append(("mixedVideoLayout", CUSTOM_LAYOUT))
    if drop_large and snap.max_resolution_uid is not None:
        changes.append(("maxResolutionUid", MISSING))
    return changes


def as_int(value: Any, default: int) -> int:
    """A JSON number as an int; anything else (bools included) is ``default``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value)


def region_of(item: Any) -> tuple[Region, bool]:
    """A drawable region even for a malformed item (the problems panel names the fault)."""
    if isinstance(item, dict):
        try:
            return Region.from_json(item), True
        except (ValueError, TypeError):
            pass
    return Region(0.0, 0.0, 0.0, 0.0), False


def _flags(value: Any, n: int) -> tuple[bool, ...]:
    """Editor flags padded or cut to the item count, so they stay aligned with the items."""
    values = list(value) if isinstance(value, list) else []
    return tuple(bool(v) for v in (values + [False] * n)[:n])


def read_snapshot(
    name: str,
    layout: Mapping[str, Any],
    transcoding: Any,
    locked: Any = None,
    hidden: Any = None,
) -> LayoutSnapshot:
    """The snapshot of named layout ``layout`` on the canvas of ``transcoding`` (the start's
    transcodingConfig); bad sizes fall back to 1280×720 so a half-typed width still draws."""
    raw = layout.get("layoutConfig")
    items = tuple(raw) if isinstance(raw, list) else ()
    parsed = [region_of(item) for item in items]
    if not isinstance(transcoding, dict):
        transcoding = {}
    w = as_int(transcoding.get("width"), DEFAULT_CANVAS[0])
    h = as_int(transcoding.get("height"), DEFAULT_CANVAS[1])
    if w <= 0 or h <= 0:
        w, h = DEFAULT_CANVAS
    background = layout.get("backgroundColor", "#000000")
    max_uid = layout.get("maxResolutionUid")
    return LayoutSnapshot(
        name=name,
        mixed_layout=as_int(layout.get("mixedVideoLayout"), 0),
        items=items,
        regions=tuple(r for r, _ in parsed),
        valid=tuple(ok for _, ok in parsed),
        locked=_flags(locked, len(items)),
        hidden=_flags(hidden, len(items)),
        canvas_w=w,
        canvas_h=h,
        background=background if isinstance(background, str) else "#000000",
        max_resolution_uid=max_uid if isinstance(max_uid, str) else None,
    )


def canvas_reads(path: Sequence[Any]) -> bool:
    """Whether a change at document ``path`` can change what the canvas shows: the layouts,
    their editor flags, the roster, the start layout's name, and of the start body only
    the canvas size (transcodingConfig) or a whole replace of recordingConfig; problems
    (e.g. unsubscribed uids) arrive with the check, not here."""
    head = path[0] if path else None
    if head == "start" and len(path) > 1:
        return path[1] == "recordingConfig" and (len(path) == 2 or path[2] == "transcodingConfig")
    return head in ("layouts", "editor", "roster", "start_layout", "start")


def merge_item(original: dict[str, Any] | None, region: Region) -> dict[str, Any]:
    """The layoutConfig item for ``region``, keeping the original item's other keys.

    Explicit defaults the user typed (``"alpha": 1``) stay; new items only carry what
    differs from Agora's defaults (Region.to_json).
    """
    fresh = region.to_json()
    if original is None:
        return fresh
    out = dict(original)
    for key in _GEOMETRY_KEYS:
        out[key] = fresh[key]
    if region.uid is None:
        out.pop("uid", None)
    else:
        out["uid"] = region.uid
    for key, value, default in (
        ("alpha", round6(region.alpha), 1.0),
        ("render_mode", region.render_mode, 0),
    ):
        if key in original or value != default:
            out[key] = value
    return out


def default_order(snap: LayoutSnapshot, count: int) -> list[int | None]:
    """New region k comes from old item k while there is one (the list keeps its order)."""
    return [i if i < len(snap.items) else None for i in range(count)]


def merge_items(
    snap: LayoutSnapshot, regions: Sequence[Region], order: Sequence[int | None]
) -> list[Any]:
    """The new layoutConfig: ``order[k]`` is the old index region k comes from (None: new).

    Untouched regions keep their exact item: an edit of one region must not silently
    "repair" another (clip one that sticks out, an R20 error) nor overwrite one that could
    not be read (its problem stays visible).
    """
    items: list[Any] = []
    for region, old in zip(regions, order, strict=True):
        original = snap.items[old] if old is not None else None
        if old is not None and region == snap.regions[old]:
            items.append(copy.deepcopy(original))
            continue
        items.append(merge_item(original if isinstance(original, dict) else None, region))
    return items


def carried_flags(
    snap: LayoutSnapshot, order: Sequence[int | None]
) -> tuple[list[bool], list[bool]]:
    """Lock/hide flags following their regions through ``order`` (new regions: neither)."""
    locked = [snap.locked[o] if o is not None else False for o in order]
    hidden = [snap.hidden[o] if o is not None else False for o in order]
    return locked, hidden


def on_pixel(value: float, size: int) -> float:
    """``value`` exactly on its output pixel when it is within R20's 6-decimal rounding."""
    px = value * size
    whole = round(px)
    return whole / size if abs(px - whole) < 0.005 else value


def nudged(
    regions: Sequence[Region], selection: Sequence[int], dx_px: int, dy_px: int, w: int, h: int
) -> list[Region]:
    """A keyboard nudge in output pixels. A region that sits on whole output pixels (up to
    the 6-decimal rounding of R20) moves from that pixel, so three 1 px nudges equal one
    3 px nudge."""
    base = list(regions)
    for i in selection:
        r = base[i]
        base[i] = r.with_geometry(on_pixel(r.x, w), on_pixel(r.y, h), r.w, r.h)
    return ops.nudge(base, selection, dx_px, dy_px, w, h)


def clipboard_text(regions: Iterable[Region]) -> str:
    """The clipboard form: a JSON list of layoutConfig items (other tools can read it)."""
    return json.dumps([merge_item(None, r) for r in regions], indent=1)


def parse_pasted(text: str) -> list[Region]:
    """Regions copied here or typed by hand (one item or a list), clamped into the canvas.

    Raises :class:`EditRefused` saying what the clipboard lacks.
    """
    try:  # the one JSON reader: no NaN regions, no RecursionError from a deep paste
        data = parse_json(text)
    except JsonSyntaxError:
        raise EditRefused(
            "The clipboard holds no regions (JSON list of layoutConfig items)"
        ) from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise EditRefused("The clipboard holds no regions")
    try:
        return [ops.clamp(Region.from_json(item)) for item in data]
    except (ValueError, TypeError, AttributeError):
        raise EditRefused("The clipboard holds no regions (each needs x_axis, y_axis, …)") from None


def pasted_onto(existing: Sequence[Region], pasted: Sequence[Region]) -> list[Region]:
    """``existing`` plus ``pasted``; a pasted uid already bound is dropped (R21: one region
    per uid), and R20's 17 items are never exceeded (:class:`EditRefused`)."""
    if len(existing) + len(pasted) > MAX_REGIONS:
        raise EditRefused(f"A custom layout holds at most {MAX_REGIONS} regions (R20)")
    used = {r.uid for r in existing if r.uid is not None}
    fresh = []
    for region in pasted:
        if region.uid in used:
            region = replace(region, uid=None)
        if region.uid is not None:
            used.add(region.uid)
        fresh.append(region)
    return [*existing, *fresh]


def reorder(
    op: ReorderOp, count: int, selection: Sequence[int]
) -> tuple[list[int], list[int]] | None:
    """Z-order (§6.4: later items on top): ``(order, new selection)`` where ``order[k]`` is
    the old index of new item k, so the same permutation moves items and flags; None when
    nothing would move."""
    if not selection:
        return None
    tags = [Region(0.0, 0.0, 1.0, 1.0, uid=str(i)) for i in range(count)]
    permuted, new_sel = op(tags, selection)
    order = [int(t.uid or 0) for t in permuted]
    if order == list(range(count)):
        return None
    return order, new_sel


def with_flag(values: Sequence[bool], selection: Iterable[int], value: bool) -> list[bool]:
    """Lock or hide flags with the selection set to ``value``."""
    out = list(values)
    for i in selection:
        out[i] = value
    return out


def flag_undo_text(flag: str, value: bool) -> str:
    """The undo text: Lock / Unlock / Hide / Show region."""
    on, off = {"locked": ("Lock", "Unlock"), "hidden": ("Hide", "Show")}[flag]
    return f"{on if value else off} region"


def background_image(config: Sequence[Any], uid: str | None) -> str:
    """The backgroundConfig image_url of ``uid`` ("" if none)."""
    if uid is None:
        return ""
    for item in config:
        if isinstance(item, dict) and item.get("uid") == uid:
            url = item.get("image_url")
            return url if isinstance(url, str) else ""
    return ""


def with_background_image(config: Sequence[Any], uid: str, url: str) -> list[Any]:
    """backgroundConfig with ``uid``'s image_url set (R22); an empty URL removes the entry.
    Other keys of the entry stay."""
    items = [dict(i) if isinstance(i, dict) else i for i in config]
    index = next(
        (k for k, i in enumerate(items) if isinstance(i, dict) and i.get("uid") == uid), None
    )
    if url:
        if index is None:
            items.append({"uid": uid, "image_url": url})
        else:
            items[index]["image_url"] = url
    elif index is not None:
        del items[index]
    return items
