"""Test kit for the Sandbox suite: valid bodies per mode and a thin client speaking real HTTP."""

from __future__ import annotations

import copy
from typing import Any

import requests

from recstudio.model import CONTENT_TYPE, Endpoint, Mode, route

APP_ID = "0123456789abcdef0123456789abcdef"
CNAME = "studio"
UID = "527841"

STORAGE = {
    "vendor": 1,
    "region": 0,
    "bucket": "recordings",
    "accessKey": "AKIAEXAMPLEKEY",
    "secretKey": "example-storage-secret",
    "fileNamePrefix": ["sandbox"],
}

START_BODIES: dict[str, dict[str, Any]] = {
    "mix": {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 2,
            "maxIdleTime": 30,
            "transcodingConfig": {
                "width": 640,
                "height": 360,
                "fps": 15,
                "bitrate": 500,
                "mixedVideoLayout": 1,
                "backgroundColor": "#FF0000",
            },
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": STORAGE,
    },
    "individual": {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 2,
            "maxIdleTime": 30,
            "subscribeUidGroup": 0,
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": STORAGE,
    },
    "snapshot": {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 1,
            "maxIdleTime": 30,
            "subscribeUidGroup": 0,
        },
        "snapshotConfig": {"captureInterval": 5, "fileType": ["jpg"]},
        "storageConfig": STORAGE,
    },
    "web": {
        "extensionServiceConfig": {
            "errorHandlePolicy": "error_abort",
            "extensionServices": [
                {
                    "serviceName": "web_recorder_service",
                    "errorHandlePolicy": "error_abort",
                    "serviceParam": {
                        "url": "https://example.com/show",
                        "audioProfile": 0,
                        "videoWidth": 1280,
                        "videoHeight": 720,
                        "maxRecordingHour": 2,
                    },
                },
                {
                    "serviceName": "rtmp_publish_service",
                    "errorHandlePolicy": "error_ignore",
                    "serviceParam": {"outputs": [{"rtmpUrl": "rtmp://example.com/live/key"}]},
                },
            ],
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": STORAGE,
    },
}


def start_request(kind: str) -> dict[str, Any]:
    """A deep copy of a valid start clientRequest (``snapshot`` is individual mode)."""
    return copy.deepcopy(START_BODIES[kind])


class Api:
    """Just enough client to drive the Sandbox: real requests, explicit timeouts."""

    def __init__(self, base_url: str, auth: tuple[str, str] = ("sandbox", "sandbox")):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.auth = auth
        self.session.headers["Content-Type"] = CONTENT_TYPE

    def close(self) -> None:
        self.session.close()

    def call(
        self,
        endpoint: Endpoint,
        mode: Mode | str = Mode.MIX,
        *,
        app_id: str = APP_ID,
        resource_id: str = "<resourceId>",
        sid: str = "<sid>",
        body: Any = None,
        timeout: float = 5.0,
    ) -> requests.Response:
        shape = route(endpoint, Mode(mode), app_id, resource_id, sid)
        kwargs: dict[str, Any] = {"timeout": timeout}
        if shape.method == "POST":
            kwargs["json"] = body
        return self.session.request(shape.method, shape.url(self.base_url), **kwargs)

    def acquire(self, *, cname: str = CNAME, uid: str = UID, scene: int = 0, **extra: Any):
        body = {"cname": cname, "uid": uid, "clientRequest": {"scene": scene, **extra}}
        return self.call(Endpoint.ACQUIRE, body=body)

    def start(
        self, resource_id: str, mode: Mode | str, client_request: dict, *, cname=CNAME, uid=UID
    ) -> requests.Response:
        body = {"cname": cname, "uid": uid, "clientRequest": client_request}
        return self.call(Endpoint.START, mode, resource_id=resource_id, body=body)

    def begin(self, kind: str = "mix", *, cname: str = CNAME, uid: str = UID) -> tuple[str, str]:
        """acquire + start a valid task of ``kind``; returns (resourceId, sid)."""
        mode = "individual" if kind == "snapshot" else kind
        acquired = self.acquire(cname=cname, uid=uid, scene=1 if kind == "web" else 0)
        assert acquired.status_code == 200, acquired.text
        resource_id = acquired.json()["resourceId"]
        started = self.start(resource_id, mode, start_request(kind), cname=cname, uid=uid)
        assert started.status_code == 200, started.text
        return resource_id, started.json()["sid"]

    def on_task(
        self,
        endpoint: Endpoint,
        ids: tuple[str, str],
        mode: Mode | str = Mode.MIX,
        client_request: dict | None = None,
        *,
        cname: str = CNAME,
        uid: str = UID,
        timeout: float = 5.0,
    ) -> requests.Response:
        body = None
        if endpoint is not Endpoint.QUERY:
            body = {"cname": cname, "uid": uid, "clientRequest": client_request or {}}
        resource_id, sid = ids
        return self.call(
            endpoint, mode, resource_id=resource_id, sid=sid, body=body, timeout=timeout
        )
