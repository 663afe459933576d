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
from typing import Any

from recstudio.model.paths import format_path
from recstudio.model.rules._common import Ctx
from recstudio.model.secrets import iter_secret_paths

_PLACEHOLDER_RE = re.compile(r"<[^<>]*>|[xX]{3,}|\*{3,}")


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and _PLACEHOLDER_RE.fullmatch(value.strip()) is not None


def check_placeholders(ctx: Ctx, body: Any) -> None:
    for parts in iter_secret_paths(body):
        node = body
        for part in parts:
            node = node[part]
        if is_placeholder(node):
            ctx.warn(
                format_path(parts),
                "SECRET",
                f"{parts[-1]} still holds the placeholder {node!r}",
                "fill in the real value before sending",
            )
