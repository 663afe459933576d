"""The two axes every body is judged on: which endpoint it is for, and which recording mode."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """Recording mode as it appears in the URL path (R1).

    ``raw`` is Individual Recording v2 (agora-2026.md §1): the current individual mode.
    ``individual`` (v1) still works and is kept for existing projects, marked legacy.
    """

    INDIVIDUAL = "individual"
    MIX = "mix"
    WEB = "web"
    RAW = "raw"

    @property
    def per_uid(self) -> bool:
        """Files per user (individual v1 and raw) rather than one composite or page."""
        return self in (Mode.INDIVIDUAL, Mode.RAW)

    @property
    def legacy(self) -> bool:
        """Agora documents ``individual`` as the legacy page of ``raw`` (agora-2026.md §1)."""
        return self is Mode.INDIVIDUAL


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
