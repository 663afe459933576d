"""All single-body rules of a start ``clientRequest`` (also run on acquire's
``startParameter``, which must be a valid start request itself, R6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.rules._common import Ctx, as_dict, as_int
from recstudio.model.rules.files import check_files
from recstudio.model.rules.misc import check_postponed, check_token
from recstudio.model.rules.recording import RecordingInfo, check_recording
from recstudio.model.rules.storage import check_storage, check_storage_present
from recstudio.model.rules.transcoding import check_transcoding
from recstudio.model.rules.web import WebRecorder, check_extension_services


@dataclass(frozen=True, slots=True)
class StartFacts:
    """What cross-body rules need from a start request."""

    recording: RecordingInfo
    storage: Mapping[str, Any] | None
    web_recorder: WebRecorder | None


def check_start_request(
    ctx: Ctx,
    request: Mapping[str, Any],
    base: str,
    *,
    scene: int | None = None,
    fps_is_schema_error: bool = False,
) -> StartFacts:
    check_token(ctx, request, base)
    info = check_recording(ctx, request, base)
    if ctx.mode is Mode.MIX and info.transcoding is not None and info.config is not None:
        check_transcoding(
            ctx,
            info.transcoding,
            f"{base}.recordingConfig.transcodingConfig",
            live=as_int(info.config.get("channelType")) == 1,
            video=info.video,
            fps_is_schema_error=fps_is_schema_error,
        )
    check_files(ctx, request, base, info)
    check_storage_present(ctx, request, base)
    storage = as_dict(request.get("storageConfig"))
    if storage is not None:
        check_storage(ctx, storage, f"{base}.storageConfig")
    recorder = check_extension_services(ctx, request, base)
    check_postponed(ctx, request, base, info, scene)
    return StartFacts(info, storage, recorder)
