"""Output files: avFileType per mode (R23), screenshots (R24) and whether a
recordingFileConfig belongs in the body (R25, reference §10 #7 and #8)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list
from recstudio.model.rules.recording import RecordingInfo


def check_files(ctx: Ctx, request: Mapping[str, Any], base: str, info: RecordingInfo) -> None:
    _check_av_file_type(ctx, request, base, info)
    _check_snapshot(ctx, request, base, info)
    _check_file_config_presence(ctx, request, base)


def _check_av_file_type(
    ctx: Ctx, request: Mapping[str, Any], base: str, info: RecordingInfo
) -> None:
    """R23: mp4 only in mix/web/raw and only next to hls; legacy individual records HLS.

    Raw mode (agora-2026.md §1) adds MP4 for individual recording (``["hls","mp4"]``) and
    ``"mp3"``, an audio-only output that exists only in raw mode.
    """
    config = as_dict(request.get("recordingFileConfig"))
    types = as_list(config.get("avFileType")) if config is not None else None
    if types is None:
        return
    path = f"{base}.recordingFileConfig.avFileType"
    kinds = [t for t in types if isinstance(t, str)]
    if len(set(kinds)) != len(kinds):
        ctx.warn(
            path,
            msg(
                "R23.file_type_listed",
                "a file type is listed twice",
                'use ["hls"] or ["hls", "mp4"]',
            ),
        )
    if "mp3" in kinds:
        _check_mp3(ctx, path, kinds, info)
    if "mp4" not in kinds:
        return
    if ctx.mode is Mode.INDIVIDUAL:
        ctx.error(
            path,
            msg(
                "R23.legacy_individual_mode",
                "legacy individual mode cannot produce MP4 files; it records HLS (M3U8 + TS)",
                'use ["hls"], or switch the project to raw mode (MP4 per uid)',
            ),
        )
    elif "hls" not in kinds:
        ctx.error(
            path,
            msg(
                "R23.mp_can_recorded",
                'MP4 can only be recorded together with HLS; ["mp4"] alone is rejected (code 2)',
                'use ["hls", "mp4"]',
            ),
        )


def _check_mp3(ctx: Ctx, path: str, kinds: list[str], info: RecordingInfo) -> None:
    """R23 (raw): MP3 is raw mode's audio-only output (agora-2026.md §1)."""
    if ctx.mode is not Mode.RAW:
        ctx.error(
            path,
            msg(
                "R23.mp_output_exists",
                "MP3 output exists only in raw mode (Individual Recording v2), not {mode}",
                'remove "mp3", or switch the project to raw mode',
            ),
            mode=Term(ctx.mode.value),
        )
        return
    if info.config is not None and info.stream_types == 1:
        ctx.error(
            path,
            msg(
                "R23.mp_holds_audio",
                "MP3 holds audio only, but streamTypes 1 records video only",
                'set streamTypes to 0 or 2, or remove "mp3"',
            ),
        )
    elif info.stream_types == 2 and set(kinds) == {"mp3"}:
        ctx.warn(
            path,
            msg(
                "R23.mp_recorded_video",
                'with only "mp3" the recorded video is not kept in any file',
                'add "hls" (or "hls" and "mp4"), or set streamTypes to 0 (audio only)',
            ),
        )


def _check_snapshot(ctx: Ctx, request: Mapping[str, Any], base: str, info: RecordingInfo) -> None:
    """R24: screenshots exist only in per-uid modes and need video.

    agora-2026.md §1: screenshots are "only available in raw mode"; legacy individual
    still takes them, so there it is a warning rather than an error.
    """
    if "snapshotConfig" not in request:
        return
    path = f"{base}.snapshotConfig"
    if not ctx.mode.per_uid:
        ctx.error(
            path,
            msg(
                "R24.screenshots_snapshotconfig_available",
                "screenshots (snapshotConfig) are only available in raw (individual) mode, not "
                "{mode}",
                "remove snapshotConfig, or switch the project to raw mode",
            ),
            mode=Term(ctx.mode.value),
        )
        return
    if ctx.mode is Mode.INDIVIDUAL:
        ctx.warn(
            path,
            msg(
                "R24.agora_s_documentation",
                "Agora's 2026 documentation says screenshots are only available in raw mode; "
                "legacy individual mode may stop taking them",
                "switch the project to raw mode",
            ),
        )
    rc_path = f"{base}.recordingConfig"
    if info.config is not None and info.stream_types == 0:
        ctx.error(
            f"{rc_path}.streamTypes",
            msg(
                "R24.screenshots_need_video",
                "screenshots need video, but streamTypes 0 records audio only",
                "set streamTypes to 1 (video) or 2 (audio and video)",
            ),
        )
    if info.audio_lists.has_whitelist_key and not info.video_lists.has_whitelist_key:
        ctx.error(
            f"{rc_path}.subscribeVideoUids",
            msg(
                "R24.screenshots_subscribeaudiouids_requires",
                "with screenshots, subscribeAudioUids requires subscribeVideoUids too "
                "(otherwise no video is subscribed to capture)",
                'add subscribeVideoUids (["#allstream#"] for everyone)',
            ),
        )
    config = as_dict(request.get("snapshotConfig"))
    interval = as_int(config.get("captureInterval")) if config is not None else None
    if interval is not None and 1 <= interval < 5:
        ctx.warn(
            f"{path}.captureInterval",
            msg(
                "R24.capture_interval_s",
                "a capture interval of {interval} s is below the current minimum of 5 s (older "
                "docs allowed 1 s)",
                "use 5 seconds or more",
            ),
            interval=interval,
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
            msg(
                "R25.web_recording_without",
                "web recording without recordingFileConfig: the docs disagree whether it is "
                "required",
                'add recordingFileConfig with avFileType ["hls"] (or ["hls", "mp4"])',
            ),
        )
        return
    if ctx.mode.per_uid and "snapshotConfig" in request:
        return  # screenshots only: recordingFileConfig must be absent, and it is
    if ctx.mode in (Mode.MIX, Mode.RAW):
        message = msg(
            "R25.missing_mp4",
            "recordingFileConfig is missing; Agora's reference lists it as required (the "
            'default is ["hls"])',
            'add recordingFileConfig with avFileType ["hls"] (or ["hls", "mp4"])',
        )
    else:
        message = msg(
            "R25.missing",
            "recordingFileConfig is missing; Agora's reference lists it as required (the "
            'default is ["hls"])',
            'add recordingFileConfig with avFileType ["hls"]',
        )
    ctx.warn(path, message)
