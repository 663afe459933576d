"""Facts read off a field's annotation (allowed values, bounds), shared by checks and forms."""

from __future__ import annotations

import typing
from functools import cache
from typing import Any, Literal

import annotated_types as at
from pydantic.fields import FieldInfo

from recstudio.model.schema._tree import _strip


def literal_values(annotation: Any) -> tuple[Any, ...]:
    """Allowed values of a Literal field, or of the items of a list-of-Literal field."""
    bare, _ = _strip(annotation)
    if typing.get_origin(bare) is list:
        (item,) = typing.get_args(bare)
        bare, _ = _strip(item)
    if typing.get_origin(bare) is Literal:
        return typing.get_args(bare)
    return ()


@cache
def _cached_choices(info_id: int, annotation: Any) -> tuple[Any, ...]:
    return literal_values(annotation)


def choices_of(info: FieldInfo) -> tuple[Any, ...]:
    return _cached_choices(id(info), info.annotation)


def bounds_of(info: FieldInfo) -> dict[str, Any]:
    """ge/le/min_length/max_length/pattern from the field's metadata."""
    out: dict[str, Any] = {}
    for item in info.metadata:
        for name in ("ge", "le", "gt", "lt", "min_length", "max_length", "pattern"):
            value = getattr(item, name, None)
            if value is not None and not isinstance(item, at.Predicate):
                out[name] = value
    return out
