"""What Agora's compositor puts where at one moment: the decisions, without any pixels.

The frame renderer (:mod:`recstudio.render.compositor`) only executes the list of
:class:`Paint` steps this module produces, so every rule of reference §4.3 and §6 — join
order, 17 users, preset geometry, custom ``layoutConfig`` binding, the 3.5 s last-frame rule
and the §6.5 background priority — is decided here in plain Python and tested cheaply.

Pixel edges: a region (x, y, w, h) in canvas fractions covers columns
``floor(x·W + 0.5)`` up to (not including) ``floor((x + w)·W + 0.5)``, rows likewise; so
neighbouring regions share an edge without a gap or an overlap.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from recstudio.layout.presets import FLOATING, VERTICAL, preset_slots
from recstudio.layout.regions import MAX_REGIONS, RENDER_CROP, RENDER_FIT, Region

#: §6.5: a region keeps the user's last frame this long after the video stops.
LAST_FRAME_S = 3.5
#: §4.3 defaults when the transcodingConfig leaves a key out.
DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_FPS, DEFAULT_BITRATE = 360, 640, 15, 500
DEFAULT_BACKGROUND = "#000000"
#: §4.3: fps values Agora supports; any other falls back to 15.
SUPPORTED_FPS = (1, 7, 10, 15, 24, 30, 60)
#: §4.3: width, height ≤ 1920, width × height ≤ 1920 × 1080, bitrate ≤ 6500 Kbps.
MAX_SIDE, MAX_PIXELS, MAX_BITRATE = 1920, 1920 * 1080, 6500
CUSTOM = 3

PaintKind = Literal["video", "last_frame", "image", "canvas", "colour"]


class PlanError(ValueError):
    """A layout the compositor cannot draw (the message names the field)."""


@dataclass(frozen=True, slots=True)
class Canvas:
    """Output size and rate of the mix, read from a transcodingConfig (§4.3)."""

    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    fps: int = DEFAULT_FPS
    bitrate_kbps: int = DEFAULT_BITRATE

    @classmethod
    def from_transcoding(cls, config: Mapping[str, Any] | None) -> Canvas:
        config = config or {}

        def number(key: str, default: int, limit: float = math.inf) -> int:
            value = config.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise PlanError(f"transcodingConfig.{key} must be a positive number, not {value!r}")
            if value > limit or not math.isfinite(value):
                raise PlanError(f"transcodingConfig.{key} must be at most {limit}, not {value!r}")
            return int(value)

        fps = number("fps", DEFAULT_FPS)  # any other value falls back to 15 (§4.3)
        width = number("width", DEFAULT_WIDTH, MAX_SIDE)
        height = number("height", DEFAULT_HEIGHT, MAX_SIDE)
        if width * height > MAX_PIXELS:
            raise PlanError(
                f"transcodingConfig width × height must be at most {MAX_PIXELS} "
                f"(1920×1080), not {width}×{height} = {width * height}"
            )
        return cls(
            width=width,
            height=height,
            fps=fps if fps in SUPPORTED_FPS else DEFAULT_FPS,
            bitrate_kbps=number("bitrate", DEFAULT_BITRATE, MAX_BITRATE),
        )


@dataclass(frozen=True, slots=True)
class UserState:
    """A user in the channel at the planned moment, as the recorder sees it.

    ``video`` is True while video is published *and* subscribed; ``video_off_at`` is when it
    last stopped (None: never had video since joining), which drives the 3.5 s rule.
    """

    uid: str
    video: bool = True
    video_off_at: float | None = None


@dataclass(frozen=True, slots=True)
class Rect:
    """Pixel rectangle, half-open: columns x0 ≤ x < x1, rows y0 ≤ y < y1."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    @property
    def empty(self) -> bool:
        return self.width <= 0 or self.height <= 0


@dataclass(frozen=True, slots=True)
class Paint:
    """One drawing step, in order (later steps on top).

    kind: ``video`` the user's source at ``time``; ``last_frame`` the source frozen at
    ``time``; ``image`` the picture at ``url`` (backgroundConfig / default user image);
    ``canvas`` the canvas background under the region; ``colour`` a fill of ``colour``.
    ``fallbacks`` are what to draw instead when ``url`` cannot be loaded, in §6.5 order.
    """

    rect: Rect
    kind: PaintKind
    uid: str | None = None
    render_mode: int = RENDER_CROP
    alpha: float = 1.0
    time: float = 0.0
    url: str | None = None
    colour: str = DEFAULT_BACKGROUND
    fallbacks: tuple[Paint, ...] = ()


@dataclass(frozen=True, slots=True)
class FramePlan:
    """Background and paints of one output frame, plus who is recorded but not shown."""

    canvas: Canvas
    background_colour: str
    background_image: str | None
    paints: tuple[Paint, ...]
    shown_uids: tuple[str, ...]
    unshown_uids: tuple[str, ...]


def pixel_rect(region: Region, width: int, height: int) -> Rect:
    """The half-open pixel box of a fractional region (module docstring)."""

    def edge(v: float, n: int) -> int:
        return min(max(math.floor(v * n + 0.5), 0), n)

    return Rect(
        edge(region.x, width),
        edge(region.y, height),
        edge(region.x + region.w, width),
        edge(region.y + region.h, height),
    )


def parse_colour(text: Any, where: str = "backgroundColor") -> tuple[int, int, int]:
    """``#RRGGBB`` → (r, g, b); anything else is a clear error naming the field."""
    if not isinstance(text, str) or len(text) != 7 or text[0] != "#":
        raise PlanError(f"{where} must be #RRGGBB, not {text!r}")
    try:
        return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)
    except ValueError:
        raise PlanError(f"{where} must be #RRGGBB, not {text!r}") from None


def recorded_users(users: Sequence[UserState]) -> tuple[list[UserState], list[UserState]]:
    """§4.2/§6: the first 17 users in join order are recorded, the rest wait for a slot."""
    return list(users[:MAX_REGIONS]), list(users[MAX_REGIONS:])


def plan_frame(
    layout: Mapping[str, Any], canvas: Canvas, users: Sequence[UserState], t: float
) -> FramePlan:
    """Decide the frame at time ``t`` for ``users`` (join order) under ``layout``.

    ``layout`` holds the layout keys of a transcodingConfig (model.enums.LAYOUT_FIELDS).
    """
    background = str(layout.get("backgroundColor", DEFAULT_BACKGROUND))
    parse_colour(background)
    shown, waiting = recorded_users(users)
    mode = layout.get("mixedVideoLayout", FLOATING)
    if isinstance(mode, bool) or mode not in (0, 1, 2, CUSTOM):
        raise PlanError(f"mixedVideoLayout must be 0, 1, 2 or 3, not {mode!r}")
    per_uid = _background_config(layout.get("backgroundConfig"))
    user_image = _optional_url(layout, "defaultUserBackgroundImage")
    context = _Context(canvas, background, per_uid, user_image, t)
    if mode == CUSTOM:
        paints, unshown = _custom(layout.get("layoutConfig"), shown, context)
    else:
        paints, unshown = _preset(int(mode), layout.get("maxResolutionUid"), shown, context)
    return FramePlan(
        canvas=canvas,
        background_colour=background,
        background_image=_optional_url(layout, "backgroundImage"),
        paints=tuple(p for p in paints if not p.rect.empty),
        shown_uids=tuple(u.uid for u in shown if u.uid not in unshown),
        unshown_uids=tuple(unshown) + tuple(u.uid for u in waiting),
    )


# --------------------------------------------------------------------------- internals


@dataclass(frozen=True, slots=True)
class _Context:
    canvas: Canvas
    background: str
    per_uid: dict[str, tuple[str, int]]
    user_image: str | None
    t: float


def _optional_url(layout: Mapping[str, Any], key: str) -> str | None:
    value = layout.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise PlanError(f"{key} must be a URL string, not {value!r}")
    return value


def _background_config(items: Any) -> dict[str, tuple[str, int]]:
    if items is None:
        return {}
    if not isinstance(items, list):
        raise PlanError("backgroundConfig must be a list")
    out: dict[str, tuple[str, int]] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "uid" not in item or "image_url" not in item:
            raise PlanError(f"backgroundConfig[{i}] needs uid and image_url")
        mode = item.get("render_mode", RENDER_CROP)
        if mode not in (RENDER_CROP, RENDER_FIT) or isinstance(mode, bool):
            raise PlanError(f"backgroundConfig[{i}].render_mode must be 0 or 1, not {mode!r}")
        out[str(item["uid"])] = (str(item["image_url"]), int(mode))
    return out


def _user_paint(
    user: UserState, rect: Rect, render_mode: int, alpha: float, ctx: _Context, *, floating: bool
) -> Paint | None:
    """The content of a region bound to a present user (§6.5), or None (transparent)."""
    if user.video:
        return Paint(rect, "video", user.uid, render_mode, alpha, ctx.t)
    off = user.video_off_at
    if off is not None and ctx.t - off < LAST_FRAME_S:
        return Paint(rect, "last_frame", user.uid, render_mode, alpha, off)
    # §6.5 priority: backgroundConfig[uid] > defaultUserBackgroundImage > background.
    canvas_paint = Paint(rect, "canvas", user.uid, alpha=alpha)
    chain: list[Paint] = []
    if user.uid in ctx.per_uid:
        url, mode = ctx.per_uid[user.uid]
        chain.append(Paint(rect, "image", user.uid, mode, alpha, url=url))
    if ctx.user_image is not None:
        chain.append(Paint(rect, "image", user.uid, RENDER_CROP, alpha, url=ctx.user_image))
    if not chain:
        # §6.1: an audio-only small region of floating is transparent (U1 shows through).
        return None if floating else canvas_paint
    first, *rest = chain
    return Paint(
        first.rect,
        first.kind,
        first.uid,
        first.render_mode,
        first.alpha,
        url=first.url,
        fallbacks=(*rest, canvas_paint),
    )


def _preset(
    layout: int, max_uid: Any, users: list[UserState], ctx: _Context
) -> tuple[list[Paint], list[str]]:
    index = next((i for i, u in enumerate(users) if u.uid == str(max_uid)), None)
    if layout != VERTICAL:
        index = None
    slots = preset_slots(layout, len(users), max_resolution_index=index)
    paints: list[Paint] = []
    placed: set[int] = set()
    for slot in slots:
        rect = pixel_rect(slot.region, ctx.canvas.width, ctx.canvas.height)
        if slot.user_index is None:
            # §6.3: the Large area without its user shows backgroundColor.
            paints.append(Paint(rect, "colour", colour=ctx.background))
            continue
        placed.add(slot.user_index)
        user = users[slot.user_index]
        floating_small = layout == FLOATING and slot.role == "small"
        paint = _user_paint(user, rect, slot.region.render_mode, 1.0, ctx, floating=floating_small)
        if paint is not None:
            paints.append(paint)
    unshown = [u.uid for i, u in enumerate(users) if i not in placed]
    return paints, unshown


def _custom(items: Any, users: list[UserState], ctx: _Context) -> tuple[list[Paint], list[str]]:
    """§6.4: items drawn in array order; uid-less items take the users no item names, in join
    order (an item naming an absent uid shows backgroundColor: "sender left", §6.5)."""
    if items is None:
        items = []
    if not isinstance(items, list):
        raise PlanError("layoutConfig must be a list")
    regions: list[Region] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise PlanError(f"layoutConfig[{i}] must be an object")
        try:
            regions.append(Region.from_json(item))
        except (ValueError, TypeError) as exc:
            raise PlanError(f"layoutConfig[{i}]: {exc}") from None
    by_uid = {u.uid: u for u in users}
    named = {r.uid for r in regions if r.uid is not None}
    free = iter([u for u in users if u.uid not in named])
    paints: list[Paint] = []
    placed: set[str] = set()
    for region in regions:
        rect = pixel_rect(region, ctx.canvas.width, ctx.canvas.height)
        alpha = min(max(region.alpha, 0.0), 1.0)
        mode = RENDER_FIT if region.render_mode == RENDER_FIT else RENDER_CROP
        user = by_uid.get(region.uid) if region.uid is not None else next(free, None)
        if user is None:
            if region.uid is not None:
                paints.append(Paint(rect, "colour", region.uid, alpha=alpha, colour=ctx.background))
            continue
        placed.add(user.uid)
        paint = _user_paint(user, rect, mode, alpha, ctx, floating=False)
        if paint is not None:
            paints.append(paint)
    unshown = [u.uid for u in users if u.uid not in placed]
    return paints, unshown
