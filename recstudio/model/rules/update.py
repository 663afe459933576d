"""update (R33, R37) and updateLayout (R34) bodies.

R37's body-level part: an update can change subscriptions, web pause/CDN push and storage
credentials only; sections that were fixed at start cannot be re-sent. The rest of R37
(timing and serialisation) is enforced at runtime by ``recstudio.api``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import Ctx, as_dict
from recstudio.model.rules.recording import check_uid_lists
from recstudio.model.rules.storage import check_storage
from recstudio.model.rules.transcoding import check_layout
from recstudio.model.rules.web import check_rtmp_outputs

START_ONLY = (
    "token",
    "recordingConfig",
    "recordingFileConfig",
    "snapshotConfig",
    "extensionServiceConfig",
    "appsCollection",
    "transcodeOptions",
)
UPDATE_MEMBERS = ("streamSubscribe", "webRecordingConfig", "rtmpPublishConfig", "storageConfig")
CANVAS_KEYS = ("width", "height", "fps", "bitrate")
#: Layout fields updateLayout resets when omitted, with the value they fall back to.
LAYOUT_DEFAULTS = {"mixedVideoLayout": "0 (floating)", "backgroundColor": "#000000"}


def check_update(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    for key in START_ONLY:
        if key in request:
            ctx.error(
                f"{base}.{key}",
                msg(
                    "R37.fixed_when_recording",
                    "{key} is fixed when the recording starts and cannot be changed by update",
                    "stop and start a new recording to change it",
                ),
                key=key,
            )
    if not any(key in request for key in UPDATE_MEMBERS):
        ctx.warn(
            base,
            msg(
                "R33.update_changes_nothing",
                "this update changes nothing",
                "add streamSubscribe (individual/mix) or webRecordingConfig/rtmpPublishConfig "
                "(web)",
            ),
        )
    web = ctx.mode is Mode.WEB
    if "streamSubscribe" in request:
        if web:
            ctx.error(
                f"{base}.streamSubscribe",
                msg(
                    "R33.web_page_recording",
                    "web page recording has no stream subscription to update",
                    "remove streamSubscribe",
                ),
            )
        else:
            _check_stream_subscribe(ctx, request, f"{base}.streamSubscribe")
    for key in ("webRecordingConfig", "rtmpPublishConfig"):
        if key in request and not web:
            ctx.error(
                f"{base}.{key}",
                msg(
                    "R33.exists_web_mode",
                    "{key} only exists in web mode, not {mode}",
                    "remove {key}",
                ),
                key=key,
                mode=Term(ctx.mode.value),
            )
    rtmp = as_dict(request.get("rtmpPublishConfig"))
    if web and rtmp is not None:
        check_rtmp_outputs(ctx, rtmp, f"{base}.rtmpPublishConfig")
    storage = as_dict(request.get("storageConfig"))
    if storage is not None:
        check_storage(ctx, storage, f"{base}.storageConfig")


def _check_stream_subscribe(ctx: Ctx, request: Mapping[str, Any], path: str) -> None:
    subscribe = as_dict(request.get("streamSubscribe"))
    if subscribe is None:
        return
    for media, key in (("audio", "audioUidList"), ("video", "videoUidList")):
        lists = as_dict(subscribe.get(key))
        if lists is not None:
            check_uid_lists(ctx, lists, f"{path}.{key}", media, canonical_only=True)
    _check_unnamed_kind(ctx, subscribe, path)


def _check_unnamed_kind(ctx: Ctx, subscribe: Mapping[str, Any], path: str) -> None:
    """R33: an update naming one media kind also changes the other.

    Each update replaces the whole previous subscription (reference §3.4), and a
    subscribe list for only one media type means the other type is not subscribed at
    all (§4.2). So a whitelist for audio alone stops all video, and vice versa; the
    Sandbox does the same. A blacklist alone leaves the other kind fully subscribed.
    """
    named = {media: as_dict(subscribe.get(f"{media}UidList")) for media in ("audio", "video")}
    for media, other in (("audio", "video"), ("video", "audio")):
        lists = named[media]
        if lists is None or named[other] is not None:
            continue
        if f"subscribe{media.capitalize()}Uids" not in lists:
            continue  # an unsubscribe list alone keeps everyone's other media
        ctx.warn(
            f"{path}.{other}UidList",
            msg(
                "R33.update_names_replaces",
                "this update names only {media}: it replaces the whole subscription, so no "
                "{other} will be recorded from now on (unless the recording has no {other})",
                'add {other_list} with {other_key}: ["#allstream#"] to keep everyone\'s {other}',
            ),
            media=Term(media),
            other=Term(other),
            other_list=f"{other}UidList",
            other_key=f"subscribe{other.capitalize()}Uids",
        )


def check_update_layout(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    """R34: a layout-only body that replaces the whole previous layout."""
    for key in CANVAS_KEYS:
        if key in request:
            ctx.error(
                f"{base}.{key}",
                msg(
                    "R34.fixed_start_updatelayout",
                    "{key} is fixed at start; updateLayout cannot change the canvas size, frame"
                    " rate or bitrate",
                    "remove {key}",
                ),
                key=key,
            )
    check_layout(ctx, request, base, None)
    omitted = [key for key in LAYOUT_DEFAULTS if key not in request]
    if omitted:
        resets = ", ".join(f"{key} to {LAYOUT_DEFAULTS[key]}" for key in omitted)
        ctx.warn(
            base,
            msg(
                "R34.updatelayout_replaces_whole",
                "updateLayout replaces the whole layout: every field not given reverts to its "
                "default ({resets}; background images are removed)",
                "include every layout field you want to keep",
            ),
            resets=resets,
        )
