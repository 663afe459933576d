"""Facts read off a field's annotation (allowed values, bounds), shared by checks and forms."""

from __future__ import annotations

import typing
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


_CHOICES: dict[int, tuple[Any, ...]] = {}


def choices_of(info: FieldInfo) -> tuple[Any, ...]:
    """Cached per FieldInfo (they live as long as their model, i.e. the process)."""
    key = id(info)
    found = _CHOICES.get(key)
    if found is None:
        found = _CHOICES[key] = literal_values(info.annotation)
    return found


def bounds_of(info: FieldInfo) -> dict[str, Any]:
    """ge/le/min_length/max_length/pattern from the field's metadata."""
    out: dict[str, Any] = {}
    for item in info.metadata:
        for name in ("ge", "le", "gt", "lt", "min_length", "max_length", "pattern"):
            value = getattr(item, name, None)
            if value is not None and not isinstance(item, at.Predicate):
                out[name] = value
    return out
