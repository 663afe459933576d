"""Bodies with recognisable secrets, one per endpoint, shared by the export tests.

A plain module (unique name) rather than conftest, so tests can import the constants.
"""

from __future__ import annotations

import copy
from typing import Any

from recstudio.model import Endpoint, Mode

#: Every secret value is unique so a test can search any output for it (ecosystem §2.3).
SECRETS = {
    "token": "007eJxTOKEN-SECRET-VALUE",
    "accessKey": "AKIA-SECRET-ACCESS",
    "secretKey": "wJalr-SECRET-KEY/with'quote",
    "stsToken": "STS-SECRET-TOKEN",
    "secret": "DECRYPT-SECRET-XYZ",
    "salt": "c2FsdC1TRUNSRVQtMzItYnl0ZXMtbG9uZy0xMjM0NTY=",
}
CUSTOMER_ID = "cust-id-4711"
CUSTOMER_SECRET = "cust-SECRET-0815"


def _storage() -> dict[str, Any]:
    return {
        "vendor": 1,
        "region": 0,
        "bucket": "my-bucket",
        "accessKey": SECRETS["accessKey"],
        "secretKey": SECRETS["secretKey"],
        "stsToken": SECRETS["stsToken"],
        "fileNamePrefix": ["dir1", "dir2"],
    }


def _start_body() -> dict[str, Any]:
    return {
        "cname": "talk show — ümlaut",
        "uid": "527841",
        "clientRequest": {
            "token": SECRETS["token"],
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "maxIdleTime": 30,
                "decryptionMode": 7,
                "secret": SECRETS["secret"],
                "salt": SECRETS["salt"],
                "transcodingConfig": {
                    "width": 1280,
                    "height": 720,
                    "fps": 15,
                    "bitrate": 1130,
                    "mixedVideoLayout": 3,
                    "backgroundColor": "#FF0000",
                    "layoutConfig": [
                        {"uid": "1", "x_axis": 0.0, "y_axis": 0.0, "width": 0.5, "height": 1.0},
                        {"x_axis": 0.5, "y_axis": 0.25, "width": 0.5, "height": 0.5, "alpha": 1},
                    ],
                },
                "subscribeUidGroup": None,
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": _storage(),
        },
    }


BODIES: dict[Endpoint, dict[str, Any] | None] = {
    Endpoint.ACQUIRE: {
        "cname": "talk show — ümlaut",
        "uid": "527841",
        "clientRequest": {"scene": 0, "resourceExpiredHour": 24},
    },
    Endpoint.START: _start_body(),
    Endpoint.QUERY: None,
    Endpoint.UPDATE: {
        "cname": "talk show — ümlaut",
        "uid": "527841",
        "clientRequest": {
            "streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["#allstream#"]}},
            "storageConfig": _storage(),
        },
    },
    Endpoint.UPDATE_LAYOUT: {
        "cname": "talk show — ümlaut",
        "uid": "527841",
        "clientRequest": {"mixedVideoLayout": 1, "backgroundColor": "#000000"},
    },
    Endpoint.STOP: {
        "cname": "talk show — ümlaut",
        "uid": "527841",
        "clientRequest": {"async_stop": False},
    },
}
#: updateLayout exists only in mix (R1, R34); the others are exported in every mode.
ENDPOINT_MODES = [
    (endpoint, mode)
    for endpoint in Endpoint
    for mode in Mode
    if endpoint is not Endpoint.UPDATE_LAYOUT or mode is Mode.MIX
]


def body_for(endpoint: Endpoint) -> dict[str, Any] | None:
    """A fresh copy, so no test can change another test's body."""
    return copy.deepcopy(BODIES[endpoint])
