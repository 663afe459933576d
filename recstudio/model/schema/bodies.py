"""Full request bodies ``{cname, uid, clientRequest}`` per endpoint (query has no body)."""

from __future__ import annotations

from pydantic import BaseModel

from recstudio.model.enums import Endpoint
from recstudio.model.schema._base import ApiModel, Cname, Uid, meta
from recstudio.model.schema.acquire import AcquireClientRequest
from recstudio.model.schema.start import StartClientRequest
from recstudio.model.schema.stop import StopClientRequest
from recstudio.model.schema.transcoding import UpdateLayoutClientRequest
from recstudio.model.schema.update import UpdateClientRequest

_CNAME = (
    "Channel name (individual/mix: under 64 bytes of the RTC channel character set; "
    "web: any label up to 1024 bytes); the same in every call"
)
_UID = "UID of the recorder itself (1 – 4294967295, as a string); unused by anyone else"


class AcquireBody(ApiModel):
    cname: Cname = meta(_CNAME, rule="R3")
    uid: Uid = meta(_UID, rule="R2", widget="uid")
    clientRequest: AcquireClientRequest = meta("Settings of the acquire request")


class StartBody(ApiModel):
    cname: Cname = meta(_CNAME, rule="R3")
    uid: Uid = meta(_UID, rule="R2", widget="uid")
    clientRequest: StartClientRequest = meta("What to record and where to store it")


class UpdateBody(ApiModel):
    cname: Cname = meta(_CNAME, rule="R3")
    uid: Uid = meta(_UID, rule="R2", widget="uid")
    clientRequest: UpdateClientRequest = meta("Changes to the running recording")


class UpdateLayoutBody(ApiModel):
    cname: Cname = meta(_CNAME, rule="R3")
    uid: Uid = meta(_UID, rule="R2", widget="uid")
    clientRequest: UpdateLayoutClientRequest = meta(
        "The new composite layout; replaces the previous one entirely", rule="R34"
    )


class StopBody(ApiModel):
    cname: Cname = meta(_CNAME, rule="R3")
    uid: Uid = meta(_UID, rule="R2", widget="uid")
    clientRequest: StopClientRequest = meta("How to stop")


_BODIES: dict[Endpoint, type[ApiModel]] = {
    Endpoint.ACQUIRE: AcquireBody,
    Endpoint.START: StartBody,
    Endpoint.UPDATE: UpdateBody,
    Endpoint.UPDATE_LAYOUT: UpdateLayoutBody,
    Endpoint.STOP: StopBody,
}


def schema_for(endpoint: Endpoint | str) -> type[BaseModel]:
    """The full-body model of ``endpoint``; ``ValueError`` for query (it has no body)."""
    ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
    try:
        return _BODIES[ep]
    except KeyError:
        raise ValueError(f"{ep.value} has no request body") from None


def build_validators() -> None:
    """Build every body's validator now (models are ``defer_build``: ``recstudio validate``
    builds only the one body it checks, issue 12); the app's import worker calls this so
    the first check on the GUI thread does not build them."""
    for model in _BODIES.values():
        model.model_rebuild(force=True)


def client_request_model(endpoint: Endpoint | str) -> type[BaseModel]:
    """The model of ``clientRequest`` alone (what the forms edit)."""
    annotation = schema_for(endpoint).model_fields["clientRequest"].annotation
    assert isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return annotation
