"""Building blocks shared by every request model: the base class, field metadata, value types.

Field metadata lives in ``json_schema_extra`` so one declaration feeds pydantic validation,
the GUI forms (tooltips, ranges, enum labels, widgets) and the Problem rule ids.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from recstudio.model.enums import Mode

I = Mode.INDIVIDUAL  # noqa: E741 - the reference's own column letters (I, M, W)
M = Mode.MIX
W = Mode.WEB
R = Mode.RAW  # Individual Recording v2 (agora-2026.md §1)

UID_MAX = 4_294_967_295
ALL_STREAMS = "#allstream#"


class ApiModel(BaseModel):
    """Base of every request model.

    Strict types: Agora rejects ``"30"`` for a number (code 2), so the checker must too.
    Unknown keys are kept (``extra="allow"``) so an imported body exports unchanged.
    ``defer_build``: a validator is built when first used, so ``recstudio validate`` of a
    start body does not build those of every other body and nested model (issue 12).
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, strict=True, defer_build=True)


def meta(
    description: str,
    *,
    default: Any = ...,
    rule: str | None = None,
    modes: Iterable[Mode] | None = None,
    legacy: bool = False,
    secret: bool = False,
    labels: Mapping[Any, str] | None = None,
    widget: str | None = None,
    hint: str | None = None,
    legacy_values: Iterable[Any] | None = None,
    alias: str | None = None,
    validation_alias: Any = None,
    **constraints: Any,
) -> Any:
    """A pydantic ``Field`` carrying recstudio's metadata (see ``recstudio.model.fields``)."""
    extra: dict[str, Any] = {}
    if modes is not None:
        extra["modes"] = [Mode(m).value for m in modes]
    if legacy:
        extra["legacy"] = True
    if secret:
        extra["secret"] = True
    if rule:
        extra["rule"] = rule
    if labels:
        extra["labels"] = dict(labels)
    if widget:
        extra["widget"] = widget
    if hint:
        extra["hint"] = hint
    if legacy_values is not None:
        extra["legacy_values"] = list(legacy_values)
    kwargs: dict[str, Any] = dict(constraints)
    if alias is not None:
        kwargs["alias"] = alias
    if validation_alias is not None:
        kwargs["validation_alias"] = validation_alias
    if default is not ...:
        kwargs["default"] = default
    return Field(description=description, json_schema_extra=extra or None, **kwargs)


def field_extra(info: FieldInfo) -> dict[str, Any]:
    extra = info.json_schema_extra
    return extra if isinstance(extra, dict) else {}


# --- value checks that a plain constraint cannot express -----------------------------------


def _require_int(value: Any) -> Any:
    """``Literal[0, 1]`` alone accepts ``True`` and ``1.0``; Agora's int fields do not."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


StrictIntChoice = BeforeValidator(_require_int)


def _six_decimals(value: float) -> float:
    """R20: layout numbers are accurate to six decimal places; more is rejected."""
    if round(value, 6) != value:
        raise PydanticCustomError(
            "decimals",
            "has more than 6 decimal places (got {value})",
            {"value": value, "suggestion": round(value, 6)},
        )
    return value


def _uid_range(value: str) -> str:
    """R2: a UID is a decimal string in 1 … 2³²−1 (string user accounts are unsupported)."""
    if not value.isascii() or not value.isdigit() or value.startswith("0") or len(value) > 10:
        raise PydanticCustomError(
            "uid_format",
            "must be a decimal number from 1 to 4294967295 written as a string (got '{value}')",
            {"value": value},
        )
    if int(value) > UID_MAX:
        raise PydanticCustomError(
            "uid_format",
            "must be a decimal number from 1 to 4294967295 written as a string (got '{value}')",
            {"value": value},
        )
    return value


def _uid_or_empty(value: str) -> str:
    """A region's ``uid: ""`` is "no uid" (join order), as the Go client sends it; the
    rules warn about it (R20)."""
    return value if value == "" else _uid_range(value)


def _empty_is_none(value: Any) -> Any:
    """An empty string stands for an unset optional value (the rules warn, R29)."""
    return None if value == "" else value


EmptyIsNone = BeforeValidator(_empty_is_none)


def _uid_or_all(value: str) -> str:
    return value if value == ALL_STREAMS else _uid_range(value)


def _cname_bytes(value: str) -> str:
    """R3: the widest documented limit (web, 1024 bytes); rules narrow it per mode."""
    size = len(value.encode("utf-8"))
    if size > 1024:
        raise PydanticCustomError(
            "byte_length",
            "is {size} bytes long; at most 1024 bytes are allowed",
            {"size": size},
        )
    return value


def _base64_32(value: str) -> str:
    """R15: the GCM2 salt is the Base64 text of exactly 32 bytes."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise PydanticCustomError(
            "base64_32", "is not valid Base64 text", {"value": value}
        ) from None
    if len(raw) != 32:
        raise PydanticCustomError(
            "base64_32",
            "decodes to {size} bytes; the salt must be 32 bytes",
            {"size": len(raw)},
        )
    return value


def _prefix_length(value: list[str]) -> list[str]:
    """R26: the joined folder path, slashes included, is at most 128 characters."""
    size = len("/".join(value))
    if size > 128:
        raise PydanticCustomError(
            "prefix_length",
            "joins to a {size}-character path; at most 128 characters are allowed",
            {"size": size},
        )
    return value


def _url_scheme(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise PydanticCustomError(
            "url_scheme", "must be an http:// or https:// URL (got '{value}')", {"value": value}
        )
    return value


# --- reusable annotated types ----------------------------------------------------------------

LayoutNumber = Annotated[float, Field(ge=0, le=1), AfterValidator(_six_decimals)]
Uid = Annotated[str, AfterValidator(_uid_range)]
RegionUid = Annotated[str, AfterValidator(_uid_or_empty)]
SubscribeUid = Annotated[str, AfterValidator(_uid_or_all)]
Cname = Annotated[str, Field(min_length=1), AfterValidator(_cname_bytes)]
Salt = Annotated[str, AfterValidator(_base64_32)]
FileNamePrefix = Annotated[
    list[Annotated[str, Field(pattern=r"^[A-Za-z0-9]+$")]], AfterValidator(_prefix_length)
]
WebUrl = Annotated[str, Field(min_length=1), AfterValidator(_url_scheme)]
RtmpUrl = Annotated[str, Field(pattern=r"^rtmps?://\S+$")]

ChannelType = Annotated[Literal[0, 1], StrictIntChoice]
StreamTypes = Annotated[Literal[0, 1, 2], StrictIntChoice]
AudioProfile = Annotated[Literal[0, 1, 2], StrictIntChoice]
RenderMode = Annotated[Literal[0, 1], StrictIntChoice]

AUDIO_PROFILE_LABELS = {
    0: "48 kHz, music, mono, up to 48 Kbps",
    1: "48 kHz, music, mono, up to 128 Kbps",
    2: "48 kHz, music, stereo, up to 192 Kbps",
}
RENDER_MODE_LABELS = {0: "Crop to fill", 1: "Fit"}
