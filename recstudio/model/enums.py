"""The two axes every body is judged on: which endpoint it is for, and which recording mode."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """Recording mode as it appears in the URL path (R1)."""

    INDIVIDUAL = "individual"
    MIX = "mix"
    WEB = "web"


class Endpoint(StrEnum):
    """A Cloud Recording operation. The value is Agora's own spelling (used in URLs)."""

    ACQUIRE = "acquire"
    START = "start"
    QUERY = "query"
    UPDATE = "update"
    UPDATE_LAYOUT = "updateLayout"
    STOP = "stop"

    @property
    def cli_name(self) -> str:
        """The spelling used on the command line (``update-layout``)."""
        return "update-layout" if self is Endpoint.UPDATE_LAYOUT else self.value

    @classmethod
    def parse(cls, text: str) -> Endpoint:
        """Accept ``updateLayout``, ``update-layout``, ``update_layout`` and any case."""
        key = text.strip().lower().replace("-", "").replace("_", "")
        for member in cls:
            if member.value.lower() == key:
                return member
        names = ", ".join(m.cli_name for m in cls)
        raise ValueError(f"unknown endpoint {text!r}; expected one of: {names}")


#: Endpoints that carry a JSON body (query is a GET without one).
BODY_ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint.ACQUIRE,
    Endpoint.START,
    Endpoint.UPDATE,
    Endpoint.UPDATE_LAYOUT,
    Endpoint.STOP,
)


#: The layout subset of transcodingConfig: the clientRequest of updateLayout (reference
#: §3.5). In a Project these live in named ``layouts``, not in ``start``.
LAYOUT_FIELDS: tuple[str, ...] = (
    "mixedVideoLayout",
    "maxResolutionUid",
    "backgroundColor",
    "backgroundImage",
    "defaultUserBackgroundImage",
    "layoutConfig",
    "backgroundConfig",
)
