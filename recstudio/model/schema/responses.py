"""Replies of every endpoint (reference §3, §7), read leniently.

Responses are Agora's to shape: unknown keys are kept, types are coerced (``uid`` may come
back as a number), and every field except the identity is optional, so a new server field or
an old misspelling (``playload``) never breaks the recordings panel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from recstudio.model.enums import Endpoint, Mode

STATUS_LABELS = {
    0: "Not started",
    1: "Initialised",
    2: "Components starting",
    3: "Some components ready",
    4: "All components ready",
    5: "In progress",
    6: "Stop requested",
    7: "All components stopped",
    8: "Exited",
    20: "Exited abnormally",
}
#: query statuses that prove the recorder is running (reference §9.2)
RUNNING_STATUSES = frozenset({4, 5})
UPLOADING_LABELS = {
    "uploaded": "All files are in your storage",
    "backuped": "All uploaded, some via Agora's backup cloud (forwarded later)",
    "unknown": "Unknown",
}


class ResponseModel(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, coerce_numbers_to_str=True)


class ErrorResponse(ResponseModel):
    """``{"message": …}`` from the gateway or ``{"code": …, "reason": …}`` from the service."""

    message: str | None = None
    code: int | None = None
    reason: str | None = None

    @property
    def text(self) -> str:
        if self.code is not None:
            return f"code {self.code}: {self.reason or ''}".rstrip(": ")
        return self.message or self.reason or ""


class SessionResponse(ResponseModel):
    cname: str | None = None
    uid: str | None = None
    resourceId: str | None = None


class AcquireResponse(SessionResponse):
    code: int | None = None


class StartResponse(SessionResponse):
    sid: str | None = None


class UpdateResponse(StartResponse):
    pass


class UpdateLayoutResponse(StartResponse):
    pass


class RecordedFile(ResponseModel):
    """One ``fileList[]`` entry of individual/mix (JSON fileListMode)."""

    fileName: str | None = None
    trackType: str | None = None  # "audio" | "video" | "audio_and_video"
    uid: str | None = None
    mixedAllUser: bool | None = None
    isPlayable: bool | None = None
    sliceStartTime: int | None = None


class WebFile(ResponseModel):
    """One web-recorder ``fileList[]`` entry (``filename``, lower-case n)."""

    filename: str | None = None
    sliceStartTime: int | None = None


class RtmpOutputState(ResponseModel):
    rtmpUrl: str | None = None
    status: str | None = None  # connecting | publishing | onhold | disconnected


class ServicePayload(ResponseModel):
    fileList: list[WebFile] | None = None
    onhold: bool | None = None
    state: str | None = None
    outputs: list[RtmpOutputState] | None = None
    uploadingStatus: str | None = None


class ServiceState(ResponseModel):
    serviceName: str | None = None
    payload: ServicePayload | None = Field(
        default=None, validation_alias=AliasChoices("payload", "playload")
    )


class RecordingServerResponse(ResponseModel):
    """serverResponse of individual/mix; snapshot-only tasks carry just status + time."""

    status: int | None = None
    fileListMode: str | None = None
    fileList: str | list[RecordedFile] | None = None
    sliceStartTime: int | None = None
    uploadingStatus: str | None = None

    def file_names(self) -> list[str]:
        if isinstance(self.fileList, str):
            return [self.fileList] if self.fileList else []
        return [f.fileName for f in self.fileList or [] if f.fileName]


class WebServerResponse(ResponseModel):
    status: int | None = None
    extensionServiceState: list[ServiceState] | None = None
    sliceStartTime: int | None = None

    def service(self, name: str) -> ServiceState | None:
        return next((s for s in self.extensionServiceState or [] if s.serviceName == name), None)

    def file_names(self) -> list[str]:
        out: list[str] = []
        for state in self.extensionServiceState or []:
            if state.payload and state.payload.fileList:
                out.extend(f.filename for f in state.payload.fileList if f.filename)
        return out

    @property
    def uploadingStatus(self) -> str | None:
        upload = self.service("upload_service")
        return upload.payload.uploadingStatus if upload and upload.payload else None


class QueryResponse(StartResponse):
    serverResponse: RecordingServerResponse | None = None

    @property
    def status(self) -> int | None:
        return self.serverResponse.status if self.serverResponse else None

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING_STATUSES


class WebQueryResponse(StartResponse):
    serverResponse: WebServerResponse | None = None

    @property
    def status(self) -> int | None:
        return self.serverResponse.status if self.serverResponse else None

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING_STATUSES


class StopResponse(StartResponse):
    serverResponse: RecordingServerResponse | None = None


class WebStopResponse(StartResponse):
    serverResponse: WebServerResponse | None = None


class NcsHost(ResponseModel):
    primaryIP: str | None = None


class NcsService(ResponseModel):
    hosts: list[NcsHost] = []


class NcsData(ResponseModel):
    service: NcsService | None = None


class NcsIpResponse(ResponseModel):
    """``GET /v1/ncs/ip``: the addresses webhooks come from (reference §3.7)."""

    data: NcsData | None = None

    def primary_ips(self) -> list[str]:
        if self.data is None or self.data.service is None:
            return []
        return [h.primaryIP for h in self.data.service.hosts if h.primaryIP]


_BY_ENDPOINT: dict[Endpoint, type[ResponseModel]] = {
    Endpoint.ACQUIRE: AcquireResponse,
    Endpoint.START: StartResponse,
    Endpoint.QUERY: QueryResponse,
    Endpoint.UPDATE: UpdateResponse,
    Endpoint.UPDATE_LAYOUT: UpdateLayoutResponse,
    Endpoint.STOP: StopResponse,
}
_WEB: dict[Endpoint, type[ResponseModel]] = {
    Endpoint.QUERY: WebQueryResponse,
    Endpoint.STOP: WebStopResponse,
}


def is_error_body(data: Mapping[str, Any]) -> bool:
    """An error reply has ``reason`` or only ``message``, and never a resourceId."""
    if "resourceId" in data or "serverResponse" in data:
        return False
    return "reason" in data or "message" in data


def parse_response(
    endpoint: Endpoint | str, mode: Mode | str | None, data: Mapping[str, Any]
) -> ResponseModel:
    """The typed reply of ``endpoint`` in ``mode``; an :class:`ErrorResponse` for error bodies."""
    if is_error_body(data):
        return ErrorResponse.model_validate(data)
    ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
    model = _BY_ENDPOINT[ep]
    if mode is not None and Mode(mode) is Mode.WEB:
        model = _WEB.get(ep, model)
    return model.model_validate(data)


def parse_error(data: Mapping[str, Any]) -> ErrorResponse:
    return ErrorResponse.model_validate(data)


def parse_ncs_ip(data: Mapping[str, Any]) -> NcsIpResponse:
    return NcsIpResponse.model_validate(data)
