"""Building blocks shared by every request model: the base class, field metadata, value types.

Field metadata lives in ``json_schema_extra`` so one declaration feeds pydantic validation,
the GUI forms (tooltips, ranges, enum labels, widgets) and the Problem rule ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from recstudio.model import valuechecks as vc
from recstudio.model.enums import Mode
from recstudio.model.valuechecks import Check

I = Mode.INDIVIDUAL  # noqa: E741 - the reference's own column letters (I, M, W)
M = Mode.MIX
W = Mode.WEB
R = Mode.RAW  # Individual Recording v2 (agora-2026.md §1)


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


def _raising(check: Check) -> Callable[[Any], Any]:
    """An after-validator raising pydantic's error for ``check``'s fault; it names the
    check so the schema table generator (``schema/compact.py``) can refer to it."""

    def validate(value: Any) -> Any:
        fault = check(value)
        if fault is not None:
            raise PydanticCustomError(fault.kind, fault.template, fault.context)
        return value

    validate.__name__ = f"_{check.__name__}"
    validate.recstudio_check = check.__name__  # type: ignore[attr-defined]
    return validate


def _empty_is_none(value: Any) -> Any:
    """An empty string stands for an unset optional value (the rules warn, R29)."""
    return None if value == "" else value


EmptyIsNone = BeforeValidator(_empty_is_none)


# --- reusable annotated types ----------------------------------------------------------------

LayoutNumber = Annotated[float, Field(ge=0, le=1), AfterValidator(_raising(vc.six_decimals))]
Uid = Annotated[str, AfterValidator(_raising(vc.uid_range))]
RegionUid = Annotated[str, AfterValidator(_raising(vc.uid_or_empty))]
SubscribeUid = Annotated[str, AfterValidator(_raising(vc.uid_or_all))]
Cname = Annotated[str, Field(min_length=1), AfterValidator(_raising(vc.cname_bytes))]
Salt = Annotated[str, AfterValidator(_raising(vc.base64_32))]
FileNamePrefix = Annotated[
    list[Annotated[str, Field(pattern=r"^[A-Za-z0-9]+$")]],
    AfterValidator(_raising(vc.prefix_length)),
]
WebUrl = Annotated[str, Field(min_length=1), AfterValidator(_raising(vc.url_scheme))]
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
