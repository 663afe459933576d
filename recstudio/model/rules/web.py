"""Extension services: which services a mode may use (R9), web recorder canvas (R30),
per-service error policies (R31) and CDN push outputs (R32)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list

WEB_RECORDER = "web_recorder_service"
RTMP_PUBLISH = "rtmp_publish_service"
ALIYUN_VOD = "aliyun_vod_service"
MAX_PIXELS = 1920 * 1080
#: R31: the only errorHandlePolicy each service accepts.
SERVICE_POLICY = {
    WEB_RECORDER: "error_abort",
    RTMP_PUBLISH: "error_ignore",
    ALIYUN_VOD: "error_abort",
}
_WEB_SERVICES = frozenset({WEB_RECORDER, RTMP_PUBLISH})


@dataclass(frozen=True, slots=True)
class WebRecorder:
    """Where the web recorder's serviceParam sits, for cross-checks with acquire (R5)."""

    param_path: str
    max_recording_hour: int | None


def check_extension_services(ctx: Ctx, request: Mapping[str, Any], base: str) -> WebRecorder | None:
    """R9, R30–R32 on a start clientRequest; returns the web recorder if there is one."""
    path = f"{base}.extensionServiceConfig"
    if ctx.mode is Mode.RAW and "extensionServiceConfig" in request:
        # agora-2026.md §1; start reference: "Individual recording (mode set to raw) does
        # not support clientRequest.extensionServiceConfig. Requests that contain this
        # field are rejected."
        ctx.error(
            path,
            msg(
                "R9.raw_mode_rejects",
                "raw mode rejects extensionServiceConfig (Individual Recording v2 has no "
                "extension services)",
                "remove extensionServiceConfig",
            ),
        )
        return None
    if "extensionServiceConfig" not in request:
        if ctx.mode is Mode.WEB:
            ctx.error(
                path,
                msg(
                    "R9.web_page_recording",
                    "web page recording needs extensionServiceConfig with a web_recorder_service",
                    "add the page URL, size and maxRecordingHour of the web recorder",
                ),
            )
        return None
    config = as_dict(request["extensionServiceConfig"])
    services = as_list(config.get("extensionServices")) if config is not None else None
    if services is None:
        return None
    list_path = f"{path}.extensionServices"
    names = [s.get("serviceName") if isinstance(s, dict) else None for s in services]
    if ctx.mode is Mode.WEB:
        if WEB_RECORDER not in names:
            ctx.error(
                list_path,
                msg(
                    "R9.web_page_recording_2",
                    "web page recording needs a web_recorder_service entry",
                    "add a service with serviceName web_recorder_service",
                ),
            )
    elif any(n == ALIYUN_VOD for n in names):
        ctx.warn(
            path,
            msg(
                "R9.apsaravideo_vod_upload",
                "the ApsaraVideo VoD upload (aliyun_vod_service) is a legacy feature missing "
                "from Agora's current reference",
                "check that your account still supports it",
            ),
        )
    recorder: WebRecorder | None = None
    seen: set[str] = set()
    for index, (raw, name) in enumerate(zip(services, names, strict=True)):
        service = as_dict(raw)
        if service is None or not isinstance(name, str):
            continue
        here = f"{list_path}[{index}]"
        if not _service_allowed(ctx, name, f"{here}.serviceName"):
            continue
        if name in seen:
            ctx.error(
                f"{here}.serviceName",
                msg(
                    "R9.listed_twice",
                    "{name} is listed twice",
                    "keep one entry per service",
                ),
                name=name,
            )
        seen.add(name)
        _check_policy(ctx, service, here, name)
        param = as_dict(service.get("serviceParam"))
        if param is None:
            continue
        if name == WEB_RECORDER:
            _check_web_canvas(ctx, param, f"{here}.serviceParam")
            if recorder is None:
                hours = as_int(param.get("maxRecordingHour"))
                recorder = WebRecorder(f"{here}.serviceParam", hours)
        elif name == RTMP_PUBLISH:
            check_rtmp_outputs(ctx, param, f"{here}.serviceParam")
    return recorder


def _service_allowed(ctx: Ctx, name: str, path: str) -> bool:
    if ctx.mode is Mode.WEB:
        if name == ALIYUN_VOD:
            ctx.error(
                path,
                msg(
                    "R9.aliyun_vod_service",
                    "aliyun_vod_service cannot be used in web mode",
                    "remove this service",
                ),
            )
            return False
        return True
    if name in _WEB_SERVICES:
        ctx.error(
            path,
            msg(
                "R9.exists_web_mode",
                "{name} only exists in web mode, not {mode}",
                "remove this service, or switch the project to web mode",
            ),
            name=name,
            mode=Term(ctx.mode.value),
        )
        return False
    return True


def _check_policy(ctx: Ctx, service: Mapping[str, Any], path: str, name: str) -> None:
    """R31: web recorder and VoD abort on error; the CDN push ignores errors."""
    expected = SERVICE_POLICY.get(name)
    policy = service.get("errorHandlePolicy")
    if expected is None or not isinstance(policy, str) or policy == expected:
        return
    ctx.error(
        f"{path}.errorHandlePolicy",
        msg(
            "R31.accepts_errorhandlepolicy",
            '{name} only accepts errorHandlePolicy "{expected}", not "{policy}"',
            'set it to "{expected}" or leave it out',
        ),
        name=name,
        expected=expected,
        policy=policy,
    )


def _check_web_canvas(ctx: Ctx, param: Mapping[str, Any], base: str) -> None:
    """R30: the recorded page is at most 1920×1080 pixels in total."""
    width, height = as_int(param.get("videoWidth")), as_int(param.get("videoHeight"))
    if width is None or height is None or width * height <= MAX_PIXELS:
        return
    ctx.error(
        f"{base}.videoWidth",
        msg(
            "R30.page_size_pixels",
            "the page size {width}×{height} has {pixels:,} pixels; at most 1920×1080 "
            "({max_pixels:,}) are allowed",
            "reduce videoWidth or videoHeight",
        ),
        width=width,
        height=height,
        pixels=width * height,
        max_pixels=MAX_PIXELS,
    )


def check_rtmp_outputs(ctx: Ctx, param: Mapping[str, Any], base: str) -> None:
    """R32: one CDN output, rtmp:// or rtmps://."""
    outputs = as_list(param.get("outputs"))
    if outputs is None:
        return
    path = f"{base}.outputs"
    if not outputs:
        ctx.error(
            path,
            msg(
                "R32.cdn_push_needs",
                "the CDN push needs one output",
                "add an rtmpUrl",
            ),
        )
    elif len(outputs) > 1:
        ctx.error(
            path,
            msg(
                "R32.cdn_outputs_given",
                "{count} CDN outputs are given; at most one is allowed",
                "keep one output; run another recording for a second CDN",
            ),
            count=len(outputs),
        )
    for index, raw in enumerate(outputs):
        output = as_dict(raw)
        url = output.get("rtmpUrl") if output is not None else None
        if isinstance(url, str) and not url.lower().startswith(("rtmp://", "rtmps://")):
            ctx.error(
                f"{path}[{index}].rtmpUrl",
                msg(
                    "R32.cdn_address_must",
                    "the CDN address must start with rtmp:// or rtmps://",
                    "e.g. rtmp://live.example.com/app/streamkey",
                ),
            )
