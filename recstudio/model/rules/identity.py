"""Who is recording what: endpoint/mode pairing (R1), recorder uid (R2), channel name (R3)
and the acquire scene that must match the mode (R4)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import Ctx, as_int

#: RTC channel names: the 89-character set of reference §2 (error 1013 / acquire code 401).
_RTC_CNAME_RE = re.compile(r"[A-Za-z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]*\Z")
_RTC_CNAME_MAX_BYTES = 63  # "< 64 bytes"
_WEB_CNAME_MAX_BYTES = 1024  # current EN docs
_WEB_CNAME_OLD_MAX_BYTES = 128  # older EN and Chinese docs (§10 #4)


def check_endpoint_mode(ctx: Ctx) -> bool:
    """R1: updateLayout exists only for mix. Returns False when the pair is impossible."""
    if ctx.endpoint is Endpoint.UPDATE_LAYOUT and ctx.mode is not Mode.MIX:
        ctx.error(
            "",
            msg(
                "R1.updatelayout_exists_mix",
                "updateLayout exists only in mix (composite) mode, not in {mode} mode",
                "switch the project to mix mode, or use update instead",
            ),
            mode=Term(ctx.mode.value),
        )
        return False
    return True


def check_identity(ctx: Ctx, body: Mapping[str, Any]) -> None:
    """R3 per mode on the top-level ``cname``.

    The uid format (R2), an empty cname and the 1024-byte ceiling are single-field checks
    of the schema; R2's "same uid in every call" is in :mod:`crossbody`.
    """
    cname = body.get("cname")
    if isinstance(cname, str):
        _check_cname(ctx, cname)


def _check_cname(ctx: Ctx, cname: str) -> None:
    size = len(cname.encode("utf-8"))
    if not cname:
        return  # the schema reports an empty cname
    if ctx.mode is Mode.WEB:
        if _WEB_CNAME_OLD_MAX_BYTES < size <= _WEB_CNAME_MAX_BYTES:  # > 1024: schema
            ctx.warn(
                "cname",
                msg(
                    "R3.web_recording_label",
                    "the web recording label is {size} bytes; older and Chinese docs allow only"
                    " 128 bytes",
                    "keep it within 128 bytes to be safe",
                ),
                size=size,
            )
        return
    if size > _RTC_CNAME_MAX_BYTES:
        ctx.error(
            "cname",
            msg(
                "R3.channel_name_bytes",
                "the channel name is {size} bytes; RTC channel names must be under 64 bytes",
                "use the exact channel name your app joins (it cannot be this long)",
            ),
            size=size,
        )
    if not _RTC_CNAME_RE.match(cname):
        bad = sorted({c for c in cname if not _RTC_CNAME_RE.match(c)})
        shown = " ".join(repr(c) for c in bad[:5])
        ctx.error(
            "cname",
            msg(
                "R3.channel_name_contains",
                "the channel name contains characters RTC channels cannot use: {shown}",
                "allowed: letters, digits, space and ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ "
                "{{ }} | ~ ,",
            ),
            shown=shown,
        )


def check_scene(ctx: Ctx, request: Mapping[str, Any], base: str) -> int:
    """R4: the acquire scene must fit the mode. Returns the effective scene (default 0)."""
    raw = request.get("scene", 0)
    scene = as_int(raw)
    path = f"{base}.scene"
    if scene is None:
        return 0  # wrong type: the schema reports it
    if ctx.mode is Mode.RAW:
        if "scene" in request:
            # agora-2026.md §1: acquire is unchanged but "scene no longer takes effect"
            # in raw mode, and Agora recommends removing it.
            ctx.warn(
                path,
                msg(
                    "R4.scene_longer_takes",
                    "scene {scene} no longer takes effect in raw mode (Individual Recording v2)",
                    "remove scene from the acquire body",
                ),
                scene=scene,
            )
        return 0
    if ctx.mode is Mode.WEB:
        if scene != 1:
            if "scene" not in request:
                ctx.error(
                    path,
                    msg(
                        "R4.web_scene_missing",
                        "web page recording needs scene 1, but scene is missing (so 0)",
                        "set scene to 1",
                    ),
                )
            else:
                ctx.error(
                    path,
                    msg(
                        "R4.web_scene",
                        "web page recording needs scene 1, but scene is {scene}",
                        "set scene to 1",
                    ),
                    scene=scene,
                )
        return scene
    if scene == 1:
        ctx.error(
            path,
            msg(
                "R4.scene_web_page",
                "scene 1 is for web page recording; {mode} mode needs scene 0",
                "set scene to 0",
            ),
            mode=Term(ctx.mode.value),
        )
    elif scene == 2:
        if ctx.mode is Mode.MIX:
            ctx.error(
                path,
                msg(
                    "R4.scene_postponed_transcoding",
                    "scene 2 (postponed transcoding) exists only in individual mode",
                    "set scene to 0",
                ),
            )
        else:
            ctx.warn(
                path,
                msg(
                    "R4.scene_postponed_transcoding_2",
                    "scene 2 (postponed transcoding / audio mixing) is a legacy feature dropped"
                    " from Agora's current reference",
                    "use scene 0 unless your account still has postponed transcoding",
                ),
            )
            if "region" in request:
                ctx.warn(
                    f"{base}.region",
                    msg(
                        "R4.agora_advises_set",
                        "Agora advises not to set region together with postponed transcoding",
                        "remove region",
                    ),
                )
    return scene
