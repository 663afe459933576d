"""acquire: scene (R4), resourceExpiredHour vs the web recorder (R5), the optional
startParameter (R6) and acquire region vs storage geography (R7)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recstudio.model.messages import msg
from recstudio.model.rules._common import Ctx, as_dict, as_int
from recstudio.model.rules.identity import check_scene
from recstudio.model.rules.start import StartFacts, check_start_request
from recstudio.model.rules.storage import area_of, region_name

DEFAULT_RESOURCE_EXPIRED_HOUR = 72


def check_acquire(
    ctx: Ctx, request: Mapping[str, Any], base: str, *, fps_is_schema_error: bool = False
) -> None:
    scene = check_scene(ctx, request, base)
    start_parameter = as_dict(request.get("startParameter"))
    if start_parameter is None:
        return
    facts = check_start_request(
        ctx,
        start_parameter,
        f"{base}.startParameter",
        scene=scene,
        fps_is_schema_error=fps_is_schema_error,
    )
    check_recording_hours(ctx, request, facts, "")
    check_region_geography(ctx, request.get("region"), facts.storage, f"{base}.startParameter.")


def check_recording_hours(
    ctx: Ctx, acquire_request: Mapping[str, Any], facts: StartFacts, prefix: str
) -> None:
    """R5: a web recording that outlives its resource can no longer be stopped by sid."""
    recorder = facts.web_recorder
    if recorder is None or recorder.max_recording_hour is None:
        return
    expires = as_int(acquire_request.get("resourceExpiredHour", DEFAULT_RESOURCE_EXPIRED_HOUR))
    if expires is None or recorder.max_recording_hour <= expires:
        return
    ctx.warn(
        f"{prefix}{recorder.param_path}.maxRecordingHour",
        msg(
            "R5.maxrecordinghour_h_longer",
            "maxRecordingHour ({max_recording_hour} h) is longer than acquire's "
            "resourceExpiredHour ({expires} h): after that you cannot query or stop the "
            "recording, but it keeps billing",
            "set maxRecordingHour to at most {expires}, or raise resourceExpiredHour",
        ),
        max_recording_hour=recorder.max_recording_hour,
        expires=expires,
    )


def check_region_geography(
    ctx: Ctx, region: Any, storage: Mapping[str, Any] | None, storage_prefix: str
) -> None:
    """R7 (warning): acquire.region geofences the recorder; storage should be there too.

    ``storage_prefix`` is prepended to ``storageConfig.region`` to form the path.
    """
    if not isinstance(region, str) or storage is None:
        return
    vendor, storage_region = as_int(storage.get("vendor")), as_int(storage.get("region"))
    if vendor is None or storage_region is None:
        return
    area = area_of(vendor, storage_region)
    if area is None or area == region.upper():
        return
    name = region_name(vendor, storage_region) or str(storage_region)
    ctx.warn(
        f"{storage_prefix}storageConfig.region",
        msg(
            "R7.acquire_limits_recorder",
            "acquire limits the recorder to {region} but the storage region {name} is in {area}",
            "use a storage region in {region}, or change acquire's region to {area}",
        ),
        region=region,
        name=name,
        area=area,
    )
