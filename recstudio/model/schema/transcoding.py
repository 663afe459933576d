"""Composite (mix) canvas: ``transcodingConfig`` and the layout subset sent by updateLayout.

Reference §4.3. The seven layout fields are declared once as annotated types and repeated in
both models so each keeps the reference's field order.
"""

from __future__ import annotations

from typing import Annotated, Literal

from recstudio.model.schema._base import (
    RENDER_MODE_LABELS,
    ApiModel,
    LayoutNumber,
    M,
    RegionUid,
    RenderMode,
    StrictIntChoice,
    Uid,
    WebUrl,
    meta,
)

LAYOUT_LABELS = {0: "Floating", 1: "Best fit", 2: "Vertical", 3: "Custom"}


class LayoutRegion(ApiModel):
    """One ``layoutConfig[]`` item: a region of the canvas in 0..1 fractions (R20)."""

    uid: RegionUid | None = meta(
        "UID shown in this region; leave empty to fill regions in join order",
        default=None,
        rule="R2",
        widget="uid",
    )
    x_axis: LayoutNumber = meta(
        "Left edge of the region as a fraction of the canvas width (0 = left)", rule="R20"
    )
    y_axis: LayoutNumber = meta(
        "Top edge of the region as a fraction of the canvas height (0 = top)", rule="R20"
    )
    width: LayoutNumber = meta("Width of the region as a fraction of the canvas width", rule="R20")
    height: LayoutNumber = meta(
        "Height of the region as a fraction of the canvas height", rule="R20"
    )
    alpha: LayoutNumber = meta(
        "Opacity of the region: 0 transparent, 1 opaque", default=1.0, rule="R20"
    )
    render_mode: RenderMode = meta(
        "How the video fills the region: crop to fill, or fit with black bars",
        default=0,
        rule="R20",
        labels=RENDER_MODE_LABELS,
    )


class BackgroundImage(ApiModel):
    """One ``backgroundConfig[]`` item: the placeholder image of one UID (R22)."""

    uid: Uid = meta("UID whose region shows this image when its video stops", rule="R22")
    image_url: WebUrl = meta(
        "JPG or BMP image (at most 6 MB) shown in this user's region when its video stops",
        rule="R22",
        widget="url",
    )
    render_mode: RenderMode = meta(
        "How the image fills the region: crop to fill, or fit",
        default=0,
        rule="R22",
        labels=RENDER_MODE_LABELS,
    )


MixedVideoLayout = Annotated[
    Literal[0, 1, 2, 3],
    StrictIntChoice,
    meta(
        "Layout of the composite: a preset (floating, best fit, vertical) or custom regions",
        rule="R18",
        labels=LAYOUT_LABELS,
    ),
]
MaxResolutionUid = Annotated[
    Uid | None,
    meta(
        "UID shown in the large region of the vertical layout",
        rule="R19",
        widget="uid",
    ),
]
BackgroundColor = Annotated[
    str,
    meta(
        "Colour of the canvas behind all regions",
        rule="R21",
        widget="color",
        pattern=r"^#[0-9A-Fa-f]{6}$",
        hint="write the colour as #RRGGBB, e.g. #000000",
    ),
]
BackgroundImageUrl = Annotated[
    WebUrl | None,
    meta("Image drawn over the whole canvas (cropped to fill)", widget="url"),
]
DefaultUserBackground = Annotated[
    WebUrl | None,
    meta("Image shown in a user's region 3.5 s after that user stops video", widget="url"),
]
LayoutConfig = Annotated[
    list[LayoutRegion] | None,
    meta(
        "Regions of the custom layout (mixedVideoLayout 3), at most 17",
        rule="R20",
        max_length=17,
    ),
]
BackgroundConfig = Annotated[
    list[BackgroundImage] | None,
    meta("Placeholder images for particular UIDs", rule="R22"),
]


class TranscodingConfig(ApiModel):
    """Video profile and layout of the composite recording (mix only)."""

    width: int = meta(
        "Width of the composite video in pixels (at most 1920; width×height ≤ 1920×1080)",
        default=360,
        rule="R17",
        ge=1,
        le=1920,
    )
    height: int = meta(
        "Height of the composite video in pixels (at most 1920; width×height ≤ 1920×1080)",
        default=640,
        rule="R17",
        ge=1,
        le=1920,
    )
    fps: Annotated[Literal[1, 7, 10, 15, 24, 30, 60], StrictIntChoice] = meta(
        "Frame rate of the composite video",
        default=15,
        rule="R17",
    )
    bitrate: int = meta(
        "Video bitrate in Kbps (at most 6500)", default=500, rule="R17", ge=1, le=6500
    )
    mixedVideoLayout: MixedVideoLayout = 0
    maxResolutionUid: MaxResolutionUid = None
    backgroundColor: BackgroundColor = "#000000"
    backgroundImage: BackgroundImageUrl = None
    defaultUserBackgroundImage: DefaultUserBackground = None
    layoutConfig: LayoutConfig = None
    backgroundConfig: BackgroundConfig = None


class UpdateLayoutClientRequest(ApiModel):
    """updateLayout body: the layout subset of transcodingConfig; replaces the whole layout."""

    mixedVideoLayout: MixedVideoLayout = 0
    maxResolutionUid: MaxResolutionUid = None
    backgroundColor: BackgroundColor = "#000000"
    backgroundImage: BackgroundImageUrl = None
    defaultUserBackgroundImage: DefaultUserBackground = None
    layoutConfig: LayoutConfig = None
    backgroundConfig: BackgroundConfig = None


MIX_ONLY = (M,)
