"""Bodies that make the checks produce as many different messages as possible (issue 17).

Every field of every request body gets a handful of wrong values (types, ranges, choices,
empty, too long), in every recording mode, on top of a plausible baseline of that mode; a
few hand-made bodies reach the multi-field rules the mutations cannot. Shared by the
message tests, which judge every Problem the corpus produces.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.fields import iter_fields

NOW = 1_800_000_000.0
BODY_ENDPOINTS = (
    Endpoint.ACQUIRE,
    Endpoint.START,
    Endpoint.UPDATE,
    Endpoint.UPDATE_LAYOUT,
    Endpoint.STOP,
)
BAD_VALUES: tuple[Any, ...] = (
    None,
    "",
    "Abc",
    "12",
    -1,
    0,
    1,
    2,
    3,
    7,
    11,
    20,
    5_000,
    10**12,
    1.5,
    3.0,
    0.12345678,
    True,
    [],
    ["x"],
    [str(n) for n in range(1, 60)],
    {},
    "x" * 1100,
    "http://example.com/a.png",
    "<STORAGE_SECRET_KEY>",
)


def _storage() -> dict[str, Any]:
    return {"vendor": 1, "region": 0, "bucket": "bucket1", "accessKey": "ak", "secretKey": "sk"}


def baseline(endpoint: Endpoint, mode: Mode) -> dict[str, Any]:
    """A body of ``endpoint`` in ``mode`` with the usual fields set."""
    request: dict[str, Any] = {}
    if endpoint is Endpoint.ACQUIRE:
        request = {"scene": 1 if mode is Mode.WEB else 0, "resourceExpiredHour": 24}
    elif endpoint is Endpoint.START:
        request = {"storageConfig": _storage()}
        if mode is Mode.WEB:
            request["extensionServiceConfig"] = {
                "errorHandlePolicy": "error_abort",
                "extensionServices": [
                    {
                        "serviceName": "web_recorder_service",
                        "errorHandlePolicy": "error_abort",
                        "serviceParam": {
                            "url": "https://example.com",
                            "audioProfile": 0,
                            "videoWidth": 1280,
                            "videoHeight": 720,
                            "maxRecordingHour": 2,
                        },
                    }
                ],
            }
        else:
            config: dict[str, Any] = {"channelType": 0, "streamTypes": 2}
            if mode is not Mode.MIX:
                config["subscribeUidGroup"] = 0
            else:
                config["transcodingConfig"] = {"width": 640, "height": 360, "fps": 15}
            request["recordingConfig"] = config
            request["recordingFileConfig"] = {"avFileType": ["hls"]}
    elif endpoint is Endpoint.UPDATE:
        request = {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["#allstream#"]}}}
    elif endpoint is Endpoint.UPDATE_LAYOUT:
        request = {"mixedVideoLayout": 1}
    return {"cname": "room1", "uid": "527841", "clientRequest": request}


def set_path(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``body`` with the field pattern ``path`` (``a.b[].c``) set (None: deleted)."""
    out = copy.deepcopy(body)
    node: Any = out
    parts = path.split(".")
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        key, is_list = (part[:-2], True) if part.endswith("[]") else (part, False)
        if last and not is_list:
            if value is None:
                node.pop(key, None)
            else:
                node[key] = value
            return out
        child = node.get(key)
        if is_list:
            if not isinstance(child, list) or not child or not isinstance(child[0], dict):
                child = [{}]
                node[key] = child
            if last:
                child[0] = value
                return out
            node = child[0]
        else:
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
    return out


def mutations() -> Iterator[tuple[dict[str, Any], Endpoint, Mode]]:
    """(body, endpoint, mode): each field of each body with each bad value, in its modes."""
    for endpoint in BODY_ENDPOINTS:
        for mode in Mode:
            if endpoint is Endpoint.UPDATE_LAYOUT and mode is not Mode.MIX:
                yield baseline(endpoint, Mode.MIX), endpoint, mode  # R1
                continue
            base = baseline(endpoint, mode)
            yield base, endpoint, mode
            for meta in iter_fields(endpoint):
                if mode not in meta.modes:
                    continue
                for value in BAD_VALUES:
                    yield set_path(base, meta.path, value), endpoint, mode
