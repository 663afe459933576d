"""Findings that are not a rule violation but would bite when the body is sent.

Where each conflict of reference §10 is handled (so nobody adds it twice):

====  =====================================  ==========================================
 #    topic                                  where / how
====  =====================================  ==========================================
 1    unsubscribe… vs unSubscribe… spelling  recording.check_uid_lists (R13 warning)
 2    resourceExpiredHour default 72 vs 24   project defaults (nothing to check)
 3    captureInterval 1–4                    files._check_snapshot (R24 warning)
 4    web cname > 128 bytes                  identity._check_cname (R3 warning)
 7    web recordingFileConfig                files._check_file_config_presence (R25)
 8    snapshot + recordingFileConfig         allowed (R25 follows the current docs)
 12   extensionParams for vendor 11          storage._check_region (R27, endpoint only)
 13   Baidu region 0                         storage._check_region (R27 warning)
 14   subscribeUidGroup bands                recording.UID_GROUP_BANDS (EN bands, R12)
 15   http:// background images              transcoding.check_image_url (R22 warning)
 16   postponed features / scene             identity.check_scene (R4), misc (R36)
====  =====================================  ==========================================

This module adds the placeholder check: a secret that still reads ``<STORAGE_SECRET_KEY>``
(what exports and redaction write) or ``xxxxx`` (Agora's samples) was never filled in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from recstudio.model.messages import msg
from recstudio.model.rules._common import Ctx, as_dict, as_list

_PLACEHOLDER_RE = re.compile(r"<[^<>]*>|[xX]{3,}|\*{3,}")


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and _PLACEHOLDER_RE.fullmatch(value.strip()) is not None


#: Where secrets sit inside a start-like clientRequest (cf. ``recstudio.model.secrets``).
_SECTION_SECRETS = (
    ("storageConfig", ("accessKey", "secretKey", "stsToken")),
    ("recordingConfig", ("secret", "salt")),
)
_VOD_SECRETS = ("accessKey", "secretKey")


def check_placeholders(ctx: Ctx, body: Any) -> None:
    """SECRET: placeholders left in secret fields.

    Looks only where secrets live (the same places ``iter_secret_paths`` knows, which a
    test keeps in step) instead of walking the whole body: this runs on every edit.
    """
    request = as_dict(body.get("clientRequest")) if isinstance(body, dict) else None
    if request is None:
        return
    _check_request(ctx, request, "clientRequest")
    start_parameter = as_dict(request.get("startParameter"))
    if start_parameter is not None:
        _check_request(ctx, start_parameter, "clientRequest.startParameter")


def _check_request(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    _warn_if_placeholder(ctx, request, "token", base)
    for section, keys in _SECTION_SECRETS:
        config = as_dict(request.get(section))
        if config is not None:
            for key in keys:
                _warn_if_placeholder(ctx, config, key, f"{base}.{section}")
    extension = as_dict(request.get("extensionServiceConfig"))
    services = as_list(extension.get("extensionServices")) if extension is not None else None
    for index, service in enumerate(services or ()):
        param = as_dict(service.get("serviceParam")) if isinstance(service, dict) else None
        if param is not None:
            base_path = f"{base}.extensionServiceConfig.extensionServices[{index}].serviceParam"
            for key in _VOD_SECRETS:
                _warn_if_placeholder(ctx, param, key, base_path)


def _warn_if_placeholder(ctx: Ctx, container: Mapping[str, Any], key: str, base: str) -> None:
    value = container.get(key)
    if is_placeholder(value):
        ctx.warn(
            f"{base}.{key}",
            msg(
                "SECRET.still_holds_placeholder",
                "{key} still holds the placeholder {value}",
                "fill in the real value before sending",
            ),
            key=key,
            value=repr(value),
        )
