"""Field metadata for the forms: one flat record per field of a request body.

The GUI builds its section forms from these records (type → widget, range → spin box
limits, labels → combo box texts, description → tooltip), so a field added to the schema
appears in the GUI without form code. Records are computed once per endpoint and cached.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.schema._base import field_extra
from recstudio.model.schema._tree import ListNode, ModelNode, UnionNode, _strip, api_key, node_for
from recstudio.model.schema._values import bounds_of, literal_values
from recstudio.model.schema.bodies import schema_for

ALL_MODES: frozenset[Mode] = frozenset(Mode)

FieldType = Literal["int", "float", "str", "bool", "list[str]", "object", "list[object]"]


@dataclass(frozen=True, slots=True)
class FieldMeta:
    """What a form needs to know about one field.

    ``path`` is a pattern rooted at the full body with ``[]`` for list items, e.g.
    ``clientRequest.recordingConfig.transcodingConfig.layoutConfig[].x_axis``.
    ``variant`` names the ``serviceName`` whose ``serviceParam`` holds the field.
    """

    path: str
    key: str
    type: FieldType | str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None
    labels: dict[Any, str] | None = None
    default: Any = None
    description: str = ""
    modes: frozenset[Mode] = ALL_MODES
    legacy: bool = False
    secret: bool = False
    required: bool = False
    rule: str | None = None
    widget: str | None = None
    pattern: str | None = None
    max_length: int | None = None
    min_length: int | None = None
    variant: str | None = None
    aliases: tuple[str, ...] = ()
    legacy_values: tuple[Any, ...] = ()
    hint: str | None = None

    def __hash__(self) -> int:
        return hash(self.path)


def _endpoint(endpoint: Endpoint | str) -> Endpoint:
    return endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)


def _type_of(annotation: Any) -> str:
    bare, _ = _strip(annotation)
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return "object"
    origin = typing.get_origin(bare)
    if origin is list:
        (item,) = typing.get_args(bare) or (Any,)
        inner = _type_of(item)
        return "list[object]" if inner == "object" else f"list[{inner}]"
    if origin is Literal:
        values = typing.get_args(bare)
        first = values[0]
        return "bool" if isinstance(first, bool) else type(first).__name__
    if origin is dict or bare is dict:
        return "object"
    if origin in (typing.Union, types.UnionType):
        return "object"  # discriminated union of models (extensionServices items)
    if bare in (int, float, str, bool):
        return bare.__name__
    return "object"


def _item_bounds(annotation: Any) -> dict[str, Any]:
    """Constraints written on the items of a list (e.g. fileNamePrefix's pattern)."""
    bare, _ = _strip(annotation)
    if typing.get_origin(bare) is not list:
        return {}
    (item,) = typing.get_args(bare) or (Any,)
    _, metadata = _strip(item)
    out: dict[str, Any] = {}
    for entry in metadata:
        for name in ("pattern",):
            value = getattr(entry, name, None)
            if value is not None:
                out[name] = value
        for inner in getattr(entry, "metadata", ()) or ():
            value = getattr(inner, "pattern", None)
            if value is not None:
                out["pattern"] = value
    return out


def _scalar_bounds(annotation: Any, info: FieldInfo) -> dict[str, Any]:
    out = bounds_of(info)
    _bare, metadata = _strip(annotation)
    for entry in metadata:
        items = [entry, *(getattr(entry, "metadata", ()) or ())]
        for item in items:
            for name in ("ge", "le", "pattern", "min_length", "max_length"):
                value = getattr(item, name, None)
                if value is not None and name not in out:
                    out[name] = value
    for name, value in _item_bounds(annotation).items():
        out.setdefault(name, value)
    return out


def _meta_for(
    path: str, key: str, info: FieldInfo, parent_modes: frozenset[Mode], variant: str | None
) -> FieldMeta:
    extra = field_extra(info)
    bounds = _scalar_bounds(info.annotation, info)
    modes = parent_modes
    if "modes" in extra:
        modes = modes & frozenset(Mode(m) for m in extra["modes"])
    choices = literal_values(info.annotation) or None
    labels = extra.get("labels")
    default = None if info.default is PydanticUndefined else info.default
    if info.default_factory is not None:
        default = info.default_factory()  # type: ignore[call-arg]
    aliases = tuple(
        a
        for a in (getattr(info.validation_alias, "choices", None) or ())
        if isinstance(a, str) and a != key
    )
    return FieldMeta(
        path=path,
        key=key,
        type=_type_of(info.annotation),
        minimum=bounds.get("ge"),
        maximum=bounds.get("le"),
        choices=tuple(choices) if choices else None,
        labels=dict(labels) if labels else None,
        default=default,
        description=info.description or "",
        modes=modes,
        legacy=bool(extra.get("legacy", False)),
        secret=bool(extra.get("secret", False)),
        required=info.is_required(),
        rule=extra.get("rule"),
        widget=extra.get("widget"),
        pattern=bounds.get("pattern"),
        max_length=bounds.get("max_length"),
        min_length=bounds.get("min_length"),
        variant=variant,
        aliases=aliases,
        legacy_values=tuple(extra.get("legacy_values", ())),
        hint=extra.get("hint"),
    )


def _walk(
    model: type[BaseModel], prefix: str, modes: frozenset[Mode], variant: str | None
) -> Iterator[FieldMeta]:
    for name, info in model.model_fields.items():
        key = api_key(name, info)
        path = f"{prefix}.{key}" if prefix else key
        meta = _meta_for(path, key, info, modes, variant)
        yield meta
        child = node_for(info.annotation)
        yield from _walk_node(child, path, meta.modes, variant, meta.legacy)


def _walk_node(
    node: Any, path: str, modes: frozenset[Mode], variant: str | None, legacy: bool
) -> Iterator[FieldMeta]:
    if isinstance(node, ModelNode):
        for meta in _walk(node.model, path, modes, variant):
            yield _inherit_legacy(meta, legacy)
    elif isinstance(node, ListNode):
        yield from _walk_node(node.item, path + "[]", modes, variant, legacy)
    elif isinstance(node, UnionNode):
        for tag, sub in node.variants.items():
            if tag == "unknown_service":
                continue
            for meta in _walk(sub.model, path, modes, tag):
                yield _inherit_legacy(meta, legacy)


def _inherit_legacy(meta: FieldMeta, legacy: bool) -> FieldMeta:
    if legacy and not meta.legacy:
        return replace(meta, legacy=True)
    return meta


@cache
def _fields(endpoint: Endpoint) -> tuple[FieldMeta, ...]:
    out: dict[str, FieldMeta] = {}
    for meta in _walk(schema_for(endpoint), "", ALL_MODES, None):
        earlier = out.get(meta.path)
        out[meta.path] = meta if earlier is None else _merge(earlier, meta)
    return tuple(out.values())


def _merge(first: FieldMeta, second: FieldMeta) -> FieldMeta:
    """A key present in several serviceName variants (serviceName, serviceParam, …)."""
    choices = None
    if first.choices or second.choices:
        choices = tuple(dict.fromkeys((*(first.choices or ()), *(second.choices or ()))))
    labels = {**(first.labels or {}), **(second.labels or {})} or None
    return replace(
        first,
        choices=choices,
        labels=labels,
        modes=first.modes | second.modes,
        legacy=first.legacy and second.legacy,
        variant=None,
    )


@cache
def _index(endpoint: Endpoint) -> dict[str, FieldMeta]:
    return {meta.path: meta for meta in _fields(endpoint)}


@cache
def _aliases(endpoint: Endpoint) -> dict[str, str]:
    """Pattern path written with an input alias -> the canonical pattern path."""
    out: dict[str, str] = {}
    for meta in _fields(endpoint):
        parent = meta.path[: -len(meta.key)]
        for alias in meta.aliases:
            out[parent + alias] = meta.path
    return out


def iter_fields(endpoint: Endpoint | str) -> Iterator[FieldMeta]:
    """Every field of the endpoint's full body, depth first in declaration order."""
    return iter(_fields(_endpoint(endpoint)))


_INDEX = re.compile(r"\[\d+\]")


@cache
def _lookup(endpoint: Endpoint, path: str) -> FieldMeta | None:
    pattern = _INDEX.sub("[]", path)
    index = _index(endpoint)
    found = index.get(pattern)
    if found is None:
        aliases = _aliases(endpoint)
        # an alias may sit anywhere in the path; try rewriting each segment
        for alias_path, canonical in aliases.items():
            if pattern == alias_path or pattern.startswith(alias_path + "["):
                pattern = canonical + pattern[len(alias_path) :]
                found = index.get(pattern)
                break
    while found is None and pattern.endswith("[]"):
        pattern = pattern[:-2]  # a list item -> the list field itself
        found = index.get(pattern)
    return found


def field_meta(endpoint: Endpoint | str, path: str) -> FieldMeta | None:
    """The record for ``path`` (concrete indices allowed: ``layoutConfig[3].x_axis``)."""
    return _lookup(_endpoint(endpoint), path)
