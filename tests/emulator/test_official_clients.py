"""Bodies shaped like those Agora's official REST clients send, replayed against
``validate`` (check_body) and the Sandbox over real HTTP: the two must agree on every call,
and nothing an official client always sends for an optional field may be an error.

The bodies are written here from the clients' published request models (issue 11, Build 5):
- Go ``agora-rest-client-go`` 0.12 (services/cloudrecording/api/*.go): ``channelType``,
  ``streamTypes`` and ``subscribeUidGroup`` without omitempty (sent as 0 in mix too);
  ``extensionParams`` always carries ``sse`` and ``tag`` (empty when unused);
  ``layoutConfig[].uid`` without omitempty (``""`` for an unbound region), ``alpha``
  omitempty, ``render_mode`` always; the web recorder's bitrate tagged ``VideoBitrate``;
  ``onhold``/``readyTimeout`` always; acquire ``scene`` always; stop ``async_stop`` always.
- Python ``agora_rest_client`` (v1/api_*.py, Chinese-doc field names): only the fields a
  caller sets, the lower-case ``unsubscribeAudioUids``/``unsubscribeVideoUids``,
  ``regionAffinity`` at acquire.
- Node ``agora-rest-client-nodejs`` (src/services/cloudrecording): ``unSubscribe…``,
  ``stsToken``/``stsExpiration`` in storage, ``regionAffinity``.

Replaying them found one more disagreement: the Sandbox judged an STS expiry (R28) by the
wall clock while its own clock was elsewhere; it now passes its clock to the rules.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import pytest
from sandbox_kit import APP_ID, Api

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint, Mode
from recstudio.model.rules import check_body

CNAME, UID, PUBLISHERS = "clients", "527900", ("22", "456")
NOW = 1_700_000_000.0  # the Sandbox's ManualClock start (STS expiry is judged against it)


def _storage(**extra: Any) -> dict[str, Any]:
    return {
        "vendor": 1,
        "region": 0,
        "bucket": "bucket1",
        "accessKey": "example-access-key",
        "secretKey": "storage-secret",
        "fileNamePrefix": ["clients"],
        **extra,
    }


def _go_storage() -> dict[str, Any]:
    return _storage(extensionParams={"sse": "", "tag": ""})


def _layout(uid: str, x: float) -> dict[str, Any]:
    # Go: uid without omitempty, alpha omitempty (0 is left out), render_mode always
    return {"uid": uid, "x_axis": x, "y_axis": 0.0, "width": 0.5, "height": 0.5, "render_mode": 0}


_WEB_SERVICE = {
    "serviceName": "web_recorder_service",
    "errorHandlePolicy": "error_abort",
    "serviceParam": {
        "url": "https://example.com/page",
        "audioProfile": 0,
        "videoWidth": 1280,
        "videoHeight": 720,
        "maxRecordingHour": 1,
    },
}


@dataclass
class Flow:
    client: str
    mode: Mode
    acquire: dict[str, Any]
    start: dict[str, Any]
    update: dict[str, Any] | None = None
    layout: dict[str, Any] | None = None
    stop: dict[str, Any] = field(default_factory=lambda: {"async_stop": False})


FLOWS = [
    Flow(
        "go",
        Mode.INDIVIDUAL,
        {"scene": 0, "resourceExpiredHour": 24},
        {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "streamMode": "standard",
                "maxIdleTime": 30,
                "subscribeAudioUids": list(PUBLISHERS),
                "subscribeVideoUids": list(PUBLISHERS),
                "subscribeUidGroup": 0,
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": _go_storage(),
        },
        update={
            "streamSubscribe": {
                "audioUidList": {"subscribeAudioUids": ["22"]},
                "videoUidList": {"subscribeVideoUids": ["22"]},
            }
        },
    ),
    Flow(
        "go",
        Mode.RAW,  # the same client body on the current individual recording, v2
        {"scene": 0, "resourceExpiredHour": 24},
        {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "subscribeUidGroup": 0,
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": _go_storage(),
        },
    ),
    Flow(
        "go",
        Mode.MIX,
        {"scene": 0, "resourceExpiredHour": 24},
        {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "maxIdleTime": 30,
                "subscribeUidGroup": 0,  # no omitempty: sent in mix as well
                "transcodingConfig": {
                    "width": 640,
                    "height": 360,
                    "fps": 15,
                    "bitrate": 800,
                    "mixedVideoLayout": 3,
                    "backgroundColor": "#FF0000",
                    "layoutConfig": [_layout("", 0.0), _layout("22", 0.5)],
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": _go_storage(),
        },
        update={
            "streamSubscribe": {
                "audioUidList": {"subscribeAudioUids": ["#allstream#"]},
                "videoUidList": {"subscribeVideoUids": ["#allstream#"]},
            }
        },
        layout={
            "mixedVideoLayout": 3,
            "backgroundColor": "#000000",
            "layoutConfig": [_layout("", 0.0), _layout("", 0.5)],
        },
    ),
    Flow(
        "go",
        Mode.WEB,
        {"scene": 1, "resourceExpiredHour": 24},
        {
            "extensionServiceConfig": {
                "errorHandlePolicy": "error_abort",
                "extensionServices": [
                    {
                        **_WEB_SERVICE,
                        "serviceParam": {
                            **_WEB_SERVICE["serviceParam"],
                            "VideoBitrate": 2000,  # the Go tag's spelling: kept, warned
                            "onhold": False,
                            "readyTimeout": 0,
                        },
                    }
                ],
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": _go_storage(),
        },
        update={"webRecordingConfig": {"onhold": True}},
    ),
    Flow(
        "python",
        Mode.INDIVIDUAL,
        {"scene": 0, "resourceExpiredHour": 24, "regionAffinity": 0},
        {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "streamMode": "default",
                "unsubscribeAudioUids": ["999"],  # the Chinese docs' spelling
                "subscribeUidGroup": 1,
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": _storage(),
        },
        update={"streamSubscribe": {"audioUidList": {"unsubscribeAudioUids": ["22"]}}},
    ),
    Flow(
        "python",
        Mode.MIX,
        {"scene": 0, "resourceExpiredHour": 24},
        {
            "recordingConfig": {
                "channelType": 1,
                "streamTypes": 2,
                "audioProfile": 1,
                "videoStreamType": 0,
                "transcodingConfig": {
                    "width": 1280,
                    "height": 720,
                    "fps": 15,
                    "bitrate": 2260,
                    "mixedVideoLayout": 1,
                },
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": _storage(),
        },
        layout={"mixedVideoLayout": 0, "backgroundColor": "#000000"},
    ),
    Flow(
        "node",
        Mode.MIX,
        {"scene": 0, "resourceExpiredHour": 24, "regionAffinity": 0},
        {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "unSubscribeVideoUids": ["999"],
                "transcodingConfig": {
                    "width": 640,
                    "height": 360,
                    "fps": 15,
                    "bitrate": 500,
                    "mixedVideoLayout": 2,
                    "maxResolutionUid": "22",
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": _storage(stsToken="sts-token", stsExpiration=int(NOW) + 5 * 3600),
        },
        stop={"async_stop": True},
    ),
    Flow(
        "node",
        Mode.WEB,
        {"scene": 1, "resourceExpiredHour": 24},
        {
            "extensionServiceConfig": {
                "errorHandlePolicy": "error_abort",
                "extensionServices": [copy.deepcopy(_WEB_SERVICE)],
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": _storage(),
        },
    ),
]


def _body(request: dict[str, Any]) -> dict[str, Any]:
    return {"cname": CNAME, "uid": UID, "clientRequest": request}


def _verdict(body: dict[str, Any], endpoint: Endpoint, mode: Mode) -> list[str]:
    """validate's errors, as Agora's code-2 reason would name them (path first)."""
    return [p.path for p in check_body(body, endpoint, mode, now=NOW) if p.is_error]


def _agree(reply: Any, errors: list[str], what: str) -> None:
    if errors:
        assert reply.status_code == 400, (what, reply.text)
        assert reply.json()["reason"].startswith(f"{errors[0] or '(body)'}:"), (what, reply.text)
    else:
        assert reply.status_code == 200, (what, reply.text)


@pytest.mark.parametrize("flow", FLOWS, ids=lambda f: f"{f.client}-{f.mode.value}")
def test_official_client_flow_agrees_with_validate_and_is_accepted(
    flow: Flow, api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    for uid in PUBLISHERS:
        sandbox.channel(APP_ID, CNAME).join(uid)
    steps: list[tuple[Endpoint, dict[str, Any] | None]] = [
        (Endpoint.ACQUIRE, flow.acquire),
        (Endpoint.START, flow.start),
        (Endpoint.QUERY, None),
        (Endpoint.UPDATE, flow.update),
        (Endpoint.UPDATE_LAYOUT, flow.layout),
        (Endpoint.STOP, flow.stop),
    ]
    ids = ("<resourceId>", "<sid>")
    for endpoint, request in steps:
        if request is None and endpoint is not Endpoint.QUERY:
            continue
        body = None if request is None else _body(request)
        errors = [] if body is None else _verdict(body, endpoint, flow.mode)
        # an official client's body for an optional field is never an error (issue 11)
        assert errors == [], (flow.client, endpoint.value, errors)
        reply = api.call(endpoint, flow.mode, resource_id=ids[0], sid=ids[1], body=body)
        _agree(reply, errors, f"{flow.client} {endpoint.value}")
        if endpoint is Endpoint.ACQUIRE:
            ids = (reply.json()["resourceId"], ids[1])
        elif endpoint is Endpoint.START:
            ids = (ids[0], reply.json()["sid"])
            clock.advance(65)  # first slices exist (individual lists files after ~1 min)


@pytest.mark.parametrize(
    ("client", "mode", "change", "path"),
    [
        # Python: both spellings of one blacklist are the same list twice (R13)
        (
            "python",
            Mode.INDIVIDUAL,
            lambda r: r["recordingConfig"].update(unSubscribeAudioUids=["1"]),
            "clientRequest.recordingConfig.unsubscribeAudioUids",
        ),
        # Go: a non-empty sse on a vendor without server-side encryption (R29)
        (
            "go",
            Mode.MIX,
            lambda r: r["storageConfig"].update(
                vendor=3, extensionParams={"sse": "kms", "tag": ""}
            ),
            "clientRequest.storageConfig.extensionParams.sse",
        ),
        # Go on raw: the v1 streamMode is refused there (R11, agora-2026.md §1)
        (
            "go",
            Mode.RAW,
            lambda r: r["recordingConfig"].update(streamMode="standard"),
            "clientRequest.recordingConfig.streamMode",
        ),
    ],
)
def test_a_broken_client_body_is_refused_by_both_naming_the_same_field(
    client: str, mode: Mode, change: Any, path: str, api: Api
) -> None:
    flow = next(f for f in FLOWS if (f.client, f.mode) == (client, mode))
    request = copy.deepcopy(flow.start)
    change(request)
    errors = _verdict(_body(request), Endpoint.START, mode)
    assert path in errors
    acquired = api.call(Endpoint.ACQUIRE, body=_body(flow.acquire))
    reply = api.call(
        Endpoint.START, mode, resource_id=acquired.json()["resourceId"], body=_body(request)
    )
    _agree(reply, errors, f"{client} broken start")
    assert reply.json()["code"] == 2
