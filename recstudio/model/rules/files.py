"""Output files: avFileType per mode (R23), screenshots (R24) and whether a
recordingFileConfig belongs in the body (R25, reference §10 #7 and #8)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list
from recstudio.model.rules.recording import RecordingInfo


def check_files(ctx: Ctx, request: Mapping[str, Any], base: str, info: RecordingInfo) -> None:
    _check_av_file_type(ctx, request, base)
    _check_snapshot(ctx, request, base, info)
    _check_file_config_presence(ctx, request, base)


def _check_av_file_type(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    """R23: mp4 only in mix/web and only next to hls; individual records HLS."""
    config = as_dict(request.get("recordingFileConfig"))
    types = as_list(config.get("avFileType")) if config is not None else None
    if types is None:
        return
    path = f"{base}.recordingFileConfig.avFileType"
    kinds = [t for t in types if isinstance(t, str)]
    if len(set(kinds)) != len(kinds):
        ctx.warn(path, "R23", "a file type is listed twice", 'use ["hls"] or ["hls", "mp4"]')
    if "mp4" not in kinds:
        return
    if ctx.mode is Mode.INDIVIDUAL:
        ctx.error(
            path,
            "R23",
            "individual mode cannot produce MP4 files; it records HLS (M3U8 + TS)",
            'use ["hls"]',
        )
    elif "hls" not in kinds:
        ctx.error(
            path,
            "R23",
            'MP4 can only be recorded together with HLS; ["mp4"] alone is rejected (code 2)',
            'use ["hls", "mp4"]',
        )


def _check_snapshot(ctx: Ctx, request: Mapping[str, Any], base: str, info: RecordingInfo) -> None:
    """R24: screenshots exist only in individual mode and need video."""
    if "snapshotConfig" not in request:
        return
    path = f"{base}.snapshotConfig"
    if ctx.mode is not Mode.INDIVIDUAL:
        ctx.error(
            path,
            "R24",
            f"screenshots (snapshotConfig) are only available in individual mode, not "
            f"{ctx.mode.value}",
            "remove snapshotConfig, or switch the project to individual mode",
        )
        return
    rc_path = f"{base}.recordingConfig"
    if info.config is not None and info.stream_types == 0:
        ctx.error(
            f"{rc_path}.streamTypes",
            "R24",
            "screenshots need video, but streamTypes 0 records audio only",
            "set streamTypes to 1 (video) or 2 (audio and video)",
        )
    if info.audio_lists.has_whitelist_key and not info.video_lists.has_whitelist_key:
        ctx.error(
            f"{rc_path}.subscribeVideoUids",
            "R24",
            "with screenshots, subscribeAudioUids requires subscribeVideoUids too "
            "(otherwise no video is subscribed to capture)",
            'add subscribeVideoUids (["#allstream#"] for everyone)',
        )
    config = as_dict(request.get("snapshotConfig"))
    interval = as_int(config.get("captureInterval")) if config is not None else None
    if interval is not None and 1 <= interval < 5:
        ctx.warn(
            f"{path}.captureInterval",
            "R24",
            f"a capture interval of {interval} s is below the current minimum of 5 s "
            "(older docs allowed 1 s)",
            "use 5 seconds or more",
        )


def _check_file_config_presence(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    """R25: recordingFileConfig present unless the task takes screenshots only."""
    if "recordingFileConfig" in request:
        return
    path = f"{base}.recordingFileConfig"
    if ctx.mode is Mode.WEB:
        # §10 #7: "required" (reference note) vs "optional" (web guide): send it.
        ctx.warn(
            path,
            "R25",
            "web recording without recordingFileConfig: the docs disagree whether it is required",
            'add recordingFileConfig with avFileType ["hls"] (or ["hls", "mp4"])',
        )
        return
    if ctx.mode is Mode.INDIVIDUAL and "snapshotConfig" in request:
        return  # screenshots only: recordingFileConfig must be absent, and it is
    ctx.warn(
        path,
        "R25",
        "recordingFileConfig is missing; Agora's reference lists it as required (the "
        'default is ["hls"])',
        'add recordingFileConfig with avFileType ["hls"]'
        + (' (or ["hls", "mp4"])' if ctx.mode is Mode.MIX else ""),
    )
