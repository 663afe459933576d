"""Composite canvas and layout: canvas size/fps/bitrate (R17), layout choice (R18),
vertical layout's Large user (R19), custom regions (R20), background images (R22).

The layout part is shared by start's ``transcodingConfig`` and the updateLayout body,
whose clientRequest is the layout subset of transcodingConfig (reference §3.5).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list, as_number
from recstudio.model.rules.recording import Subscription

MAX_PIXELS = 1920 * 1080
SUPPORTED_FPS = frozenset({1, 7, 10, 15, 24, 30, 60})
EDGE_TOLERANCE = 1e-9
IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "bmp"})
LAYOUT_NAMES = {0: "floating", 1: "best fit", 2: "vertical", 3: "custom"}

# Recommended bitrates, communication base (live = 2x), reference §4.3 [S11 video-profile].
_RECOMMENDED = """
160x120@15 65 · 120x120@15 50 · 320x180@15 140 · 180x180@15 100 · 240x180@15 120 ·
320x240@15 200 · 240x240@15 140 · 424x240@15 220 · 640x360@15 400 · 360x360@15 260 ·
640x360@30 600 · 360x360@30 400 · 480x360@15 320 · 480x360@30 490 · 640x480@15 500 ·
480x480@15 400 · 640x480@30 750 · 480x480@30 600 · 848x480@15 610 · 848x480@30 930 ·
640x480@10 400 · 1280x720@15 1130 · 1280x720@30 1710 · 960x720@15 910 · 960x720@30 1380 ·
1920x1080@15 2080 · 1920x1080@30 3150 · 1920x1080@60 4780
"""


def _parse_recommended() -> dict[tuple[int, int, int], int]:
    table: dict[tuple[int, int, int], int] = {}
    for entry in _RECOMMENDED.replace("\n", " ").split("·"):
        size, kbps = entry.split()
        dims, fps = size.split("@")
        width, height = dims.split("x")
        key = (int(width), int(height), int(fps))
        table[key] = int(kbps)
        table[(key[1], key[0], key[2])] = int(kbps)  # portrait canvases: same pixels
    return table


RECOMMENDED_KBPS = _parse_recommended()
_LIVE_BITRATE_CAP = 6500


def recommended_bitrate(width: int, height: int, fps: int, live: bool) -> int | None:
    """Agora's recommended bitrate for a canvas, or None when the table has no such size.

    Other frame rates scale the 15 fps figure: 5 fps ≈ 0.5×, 30 fps ≈ 1.5× (reference
    §4.3), interpolated linearly in between; above 30 fps only exact entries count.
    """
    base = RECOMMENDED_KBPS.get((width, height, fps))
    if base is None:
        at15 = RECOMMENDED_KBPS.get((width, height, 15))
        if at15 is None or fps > 30:
            return None
        if fps <= 5:
            factor = 0.5
        elif fps <= 15:
            factor = 0.5 + 0.5 * (fps - 5) / 10
        else:
            factor = 1.0 + 0.5 * (fps - 15) / 15
        base = round(at15 * factor)
    return min(base * 2, _LIVE_BITRATE_CAP) if live else base


def check_transcoding(
    ctx: Ctx,
    config: Mapping[str, Any],
    base: str,
    *,
    live: bool,
    video: Subscription | None,
    fps_is_schema_error: bool,
) -> None:
    """R17 plus the layout rules on a start transcodingConfig at ``base``."""
    width = as_int(config.get("width", 360))
    height = as_int(config.get("height", 640))
    fps = as_int(config.get("fps", 15))
    if width is not None and height is not None and width > 0 and height > 0:
        if width * height > MAX_PIXELS:
            ctx.error(
                f"{base}.width",
                msg(
                    "R17.canvas_pixels_most",
                    "the canvas {width}×{height} has {pixels:,} pixels; at most 1920×1080 "
                    "({max_pixels:,}) are allowed",
                    "reduce width or height (e.g. 1920×1080 or 1080×1920)",
                ),
                width=width,
                height=height,
                pixels=width * height,
                max_pixels=MAX_PIXELS,
            )
        bitrate = as_int(config.get("bitrate", 500))
        if fps is not None and bitrate is not None:
            _check_bitrate(ctx, base, width, height, fps, bitrate, live)
    if fps is not None and fps not in SUPPORTED_FPS and not fps_is_schema_error:
        ctx.warn(
            f"{base}.fps",
            msg(
                "R17.fps_supported_agora",
                "{fps} fps is not supported; Agora falls back to 15 fps",
                "use 1, 7, 10, 15, 24, 30 or 60",
            ),
            fps=fps,
        )
    check_layout(ctx, config, base, video)


def _check_bitrate(
    ctx: Ctx, base: str, width: int, height: int, fps: int, bitrate: int, live: bool
) -> None:
    recommended = recommended_bitrate(width, height, fps, live)
    if recommended is None or bitrate * 2 >= recommended:
        return
    profile = Term("live broadcast" if live else "communication")
    ctx.warn(
        f"{base}.bitrate",
        msg(
            "R17.kbps_low_fps",
            "{bitrate} Kbps is low for {width}×{height} at {fps} fps; Agora recommends "
            "{recommended} Kbps ({profile} channel)",
            "set bitrate to about {recommended}",
        ),
        bitrate=bitrate,
        width=width,
        height=height,
        fps=fps,
        recommended=recommended,
        profile=profile,
    )


def check_layout(
    ctx: Ctx, config: Mapping[str, Any], base: str, video: Subscription | None
) -> None:
    """R18–R20 and R22 on a layout mapping (transcodingConfig or updateLayout request)."""
    layout = as_int(config.get("mixedVideoLayout", 0))
    if layout not in LAYOUT_NAMES:
        layout = None  # the schema reports the value
    items_present = "layoutConfig" in config
    items = as_list(config.get("layoutConfig"))
    if layout == 3:
        if not items_present or (items is not None and not items):
            ctx.error(
                f"{base}.layoutConfig",
                msg(
                    "R18.custom_layout_mixedvideolayout",
                    "the custom layout (mixedVideoLayout 3) needs at least one region in "
                    "layoutConfig",
                    "draw regions on the canvas, or choose a preset layout",
                ),
            )
        elif items is not None:
            check_regions(ctx, items, f"{base}.layoutConfig", video)
    elif layout is not None and items_present:
        ctx.error(
            f"{base}.layoutConfig",
            msg(
                "R18.layoutconfig_sent_custom",
                "layoutConfig is only sent with the custom layout (3), not with {layout} ({name})",
                "remove layoutConfig, or set mixedVideoLayout to 3",
            ),
            layout=layout,
            name=Term(LAYOUT_NAMES[layout]),
        )
    _check_max_resolution_uid(ctx, config, base, layout)
    _check_backgrounds(ctx, config, base)


def _check_max_resolution_uid(
    ctx: Ctx, config: Mapping[str, Any], base: str, layout: int | None
) -> None:
    """R19: the Large user only exists in the vertical layout."""
    path = f"{base}.maxResolutionUid"
    if "maxResolutionUid" in config:
        if layout is not None and layout != 2:
            ctx.warn(
                path,
                msg(
                    "R19.maxresolutionuid_matters_vertical",
                    "maxResolutionUid only matters in the vertical layout (2); the {name} layout "
                    "ignores it",
                    "remove it, or set mixedVideoLayout to 2",
                ),
                name=Term(LAYOUT_NAMES[layout]),
            )
    elif layout == 2:
        ctx.warn(
            path,
            msg(
                "R19.vertical_layout_large",
                "the vertical layout has no Large user, so the big area shows only the "
                "background colour",
                "set maxResolutionUid to the UID to show large",
            ),
        )


def check_regions(ctx: Ctx, items: list[Any], path: str, video: Subscription | None) -> None:
    """R20: regions must stay on the canvas; UIDs unique and actually subscribed."""
    seen: dict[str, int] = {}
    for index, raw in enumerate(items):
        item = as_dict(raw)
        if item is None:
            continue
        here = f"{path}[{index}]"
        x, y = as_number(item.get("x_axis")), as_number(item.get("y_axis"))
        width, height = as_number(item.get("width")), as_number(item.get("height"))
        if x is not None and width is not None and x + width > 1 + EDGE_TOLERANCE:
            ctx.error(
                f"{here}.width",
                msg(
                    "R20.region_sticks_out",
                    "region {region} sticks out on the right: x_axis + width = {edge:.6g}, more "
                    "than 1",
                    "set width to at most {most:.6g} or move it left",
                ),
                region=index + 1,
                edge=x + width,
                most=max(0.0, 1 - x),
            )
        if y is not None and height is not None and y + height > 1 + EDGE_TOLERANCE:
            ctx.error(
                f"{here}.height",
                msg(
                    "R20.region_sticks_out_2",
                    "region {region} sticks out at the bottom: y_axis + height = {edge:.6g}, more "
                    "than 1",
                    "set height to at most {most:.6g} or move it up",
                ),
                region=index + 1,
                edge=y + height,
                most=max(0.0, 1 - y),
            )
        alpha = as_number(item.get("alpha"))
        if alpha == 0:
            ctx.warn(
                f"{here}.alpha",
                msg(
                    "R20.alpha_makes_region",
                    "alpha 0 makes region {region} fully transparent: this region is invisible",
                    "set alpha above 0 (1 = opaque), or remove the region",
                ),
                region=index + 1,
            )
        if "uid" not in item:
            continue
        uid = item.get("uid")
        if not isinstance(uid, str):
            continue
        if uid == "":
            # The Go client (LayoutConfig.UID without omitempty) sends "" for an unbound
            # region; Agora fills it in join order like an omitted uid (reference §4.3).
            ctx.warn(
                f"{here}.uid",
                msg(
                    "R20.uid_treated_as",
                    'uid "" is treated as no uid: region {region} shows users in join order',
                    "remove the empty uid, or bind the region to a UID",
                ),
                region=index + 1,
            )
            continue
        if uid in seen:
            ctx.warn(
                f"{here}.uid",
                msg(
                    "R20.uid_already_region",
                    "UID {uid} already has region {first}; the same video appears twice",
                    "bind this region to another UID",
                ),
                uid=uid,
                first=seen[uid] + 1,
            )
        else:
            seen[uid] = index
    check_regions_subscribed(ctx, items, path, video)


def check_regions_subscribed(
    ctx: Ctx, items: list[Any], path: str, video: Subscription | None
) -> None:
    """R20 (mix): a region bound to a UID whose video is not subscribed stays black."""
    if video is None or video.kind == "all":
        return
    for index, raw in enumerate(items):
        item = as_dict(raw)
        uid = item.get("uid") if item is not None else None
        if isinstance(uid, str) and uid and not video.includes(uid):
            ctx.warn(
                f"{path}[{index}].uid",
                msg(
                    "R20.uid_subscribed_video",
                    "UID {uid} is not subscribed for video, so region {region} would render black",
                    "add the UID to subscribeVideoUids (or remove it from unSubscribeVideoUids)",
                ),
                uid=uid,
                region=index + 1,
            )


def _check_backgrounds(ctx: Ctx, config: Mapping[str, Any], base: str) -> None:
    """R22: canvas/default-user/per-UID background images."""
    for key in ("backgroundImage", "defaultUserBackgroundImage"):
        url = config.get(key)
        if isinstance(url, str):
            check_image_url(ctx, url, f"{base}.{key}", check_extension=False)
    items = as_list(config.get("backgroundConfig"))
    if items is None:
        return
    seen: set[str] = set()
    for index, raw in enumerate(items):
        item = as_dict(raw)
        if item is None:
            continue
        here = f"{base}.backgroundConfig[{index}]"
        uid = item.get("uid")
        if isinstance(uid, str):
            if uid in seen:
                ctx.warn(
                    f"{here}.uid",
                    msg(
                        "R22.uid_more_one",
                        "UID {uid} has more than one background image; only one can apply",
                        "remove the duplicate",
                    ),
                    uid=uid,
                )
            seen.add(uid)
        url = item.get("image_url")
        if isinstance(url, str):
            check_image_url(ctx, url, f"{here}.image_url", check_extension=True)


def check_image_url(ctx: Ctx, url: str, path: str, *, check_extension: bool) -> None:
    lower = url.strip().lower()
    if lower.startswith("http://"):
        ctx.warn(
            path,
            msg(
                "R22.image_url_uses",
                "the image URL uses http://; Agora's English docs require HTTPS",
                "use an https:// URL",
            ),
        )
    elif not lower.startswith("https://"):
        return  # not a web address at all: the schema reports the scheme
    if check_extension:
        tail = lower.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
        extension = tail.rsplit(".", 1)[-1] if "." in tail else ""
        if extension not in IMAGE_EXTENSIONS:
            ctx.warn(
                path,
                msg(
                    "R22.background_images_must",
                    "background images must be JPG or BMP (at most 6 MB); this URL does not end"
                    " in .jpg, .jpeg or .bmp",
                    "convert the image to JPG",
                ),
            )
