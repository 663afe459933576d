"""RTC token (R35) and the legacy postponed-transcoding / audio-mixing features (R36).

R37 (sequencing) is mostly runtime: "start within 2 s of acquire (hard limit 5 min)",
"one resourceId per start" and "wait for each update/updateLayout reply before the next"
are enforced by ``recstudio.api`` (the RecordingRunner serialises calls and never reuses a
resourceId). From a body alone the only part that can be judged is that an update body does
not try to change start-only sections; that check lives in ``update.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.messages import msg
from recstudio.model.rules._common import Ctx, as_dict
from recstudio.model.rules.recording import RecordingInfo

POSTPONE = "postponeTranscoding"
AUDIO_MIX = "audioMix"
_POSTPONED_KEYS = ("appsCollection", "transcodeOptions")


def check_token(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    """R35: the recorder joins an RTC channel only in individual/mix mode."""
    if ctx.mode is Mode.WEB and "token" in request:
        ctx.warn(
            f"{base}.token",
            msg(
                "R35.web_page_recording",
                "web page recording does not join an RTC channel, so the token is ignored",
                "remove token",
            ),
        )


def check_postponed(
    ctx: Ctx,
    request: Mapping[str, Any],
    base: str,
    info: RecordingInfo,
    scene: int | None = None,
    scene_path: str = "clientRequest.scene",
) -> None:
    """R36 on a start clientRequest; ``scene`` is known only inside an acquire body."""
    present = [key for key in _POSTPONED_KEYS if key in request]
    if not present:
        return
    if ctx.mode is not Mode.INDIVIDUAL:
        for key in present:
            ctx.error(
                f"{base}.{key}",
                msg(
                    "R36.postponed_transcoding_audio_2",
                    "{key} (postponed transcoding / audio mixing) exists only in individual mode",
                    "remove {key}",
                ),
                key=key,
            )
        return
    ctx.warn(
        f"{base}.{present[0]}",
        msg(
            "R36.postponed_transcoding_audio",
            "postponed transcoding and audio mixing are legacy features dropped from Agora's "
            "current reference",
            "check that your account still supports them",
        ),
    )
    options = as_dict(request.get("transcodeOptions"))
    trans_config = as_dict(options.get("transConfig")) if options is not None else None
    trans_mode = trans_config.get("transMode") if trans_config is not None else None
    if scene is not None:
        check_postponed_scene(ctx, scene_path, scene, trans_mode)
    if options is None or trans_mode not in (POSTPONE, AUDIO_MIX):
        return
    opt_path = f"{base}.transcodeOptions"
    container = as_dict(options.get("container"))
    file_format = container.get("format") if container is not None else None
    if trans_mode == POSTPONE:
        if isinstance(file_format, str) and file_format != "mp4":
            ctx.error(
                f"{opt_path}.container.format",
                msg(
                    "R36.postponed_transcoding_produces",
                    'postponed transcoding only produces "mp4", not "{file_format}"',
                    'set format to "mp4"',
                ),
                file_format=file_format,
            )
        if "audio" in options:
            ctx.error(
                f"{opt_path}.audio",
                msg(
                    "R36.audio_block_used",
                    "the audio block is only used with transMode audioMix",
                    "remove audio",
                ),
            )
        return
    if file_format == "mp4":
        ctx.error(
            f"{opt_path}.container.format",
            msg(
                "R36.audio_mixing_writes",
                'audio mixing writes "mp3", "m4a" or "aac"; "mp4" is for postponed transcoding',
                'set format to "mp3" (the default)',
            ),
        )
    rc_path = f"{base}.recordingConfig"
    if info.config is None:
        return
    if info.stream_types != 0:
        ctx.error(
            f"{rc_path}.streamTypes",
            msg(
                "R36.audio_mixing_needs",
                "audio mixing needs streamTypes 0 (audio only)",
                "set streamTypes to 0",
            ),
        )
    if info.config.get("streamMode") != "original":
        ctx.error(
            f"{rc_path}.streamMode",
            msg(
                "R36.audio_mixing_needs_2",
                'audio mixing needs streamMode "original"',
                'set streamMode to "original"',
            ),
        )


def check_postponed_scene(ctx: Ctx, path: str, scene: int, trans_mode: Any) -> None:
    """R36 × R4: postponed features need acquire scene 2 (audio mix: 0 in 2023 docs, §10 #16)."""
    if scene == 2:
        return
    if trans_mode == AUDIO_MIX and scene == 0:
        ctx.warn(
            path,
            msg(
                "R36.audio_mixing_acquire",
                "audio mixing with acquire scene 0 follows the 2023 docs; the 2025 docs use "
                "scene 2",
                "set acquire scene to 2 if start fails",
            ),
        )
        return
    ctx.error(
        path,
        msg(
            "R36.postponed_transcoding_needs",
            "postponed transcoding needs acquire scene 2, but the scene is {scene}",
            "set scene to 2 in the acquire body",
        ),
        scene=scene,
    )
