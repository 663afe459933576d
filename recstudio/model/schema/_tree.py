"""A plain key tree of each model, built once, for the walks that must work on raw JSON.

Unknown-key warnings, canonical key order and error-path mapping all need the schema's shape
even when the body does not validate (so no model instance exists). Walking pydantic's
annotations on every call would be slow; this tree is built once per model and cached.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Union

from pydantic import AliasChoices, BaseModel, Discriminator, Tag
from pydantic.fields import FieldInfo


@dataclass(slots=True)
class ModelNode:
    """A JSON object: its known keys in declaration order, and the input aliases."""

    model: type[BaseModel]
    #: API key -> child node (None for a leaf value)
    children: dict[str, Node] = field(default_factory=dict)
    #: API key -> its FieldInfo
    infos: dict[str, FieldInfo] = field(default_factory=dict)
    #: every accepted input spelling -> API key (API keys map to themselves)
    spellings: dict[str, str] = field(default_factory=dict)
    #: API key -> its accepted input spellings, API key first
    spelled: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class ListNode:
    item: Node


@dataclass(slots=True)
class UnionNode:
    """A list item chosen by a discriminator (extensionServices[])."""

    variants: dict[str, ModelNode]
    choose: Callable[[Any], Any]


Node = ModelNode | ListNode | UnionNode | None


def api_key(name: str, info: FieldInfo) -> str:
    return info.alias or name


def input_spellings(name: str, info: FieldInfo) -> list[str]:
    key = api_key(name, info)
    out: list[str] = [key]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        out.extend(a for a in alias.choices if isinstance(a, str) and a not in out)
    elif isinstance(alias, str) and alias not in out:
        out.append(alias)
    return out


def _strip(annotation: Any) -> tuple[Any, list[Any]]:
    """Remove Annotated and Optional wrappers; return the bare type and collected metadata."""
    bare, metadata, _nullable = unwrap(annotation)
    return bare, metadata


def unwrap(annotation: Any) -> tuple[Any, list[Any], bool]:
    """:func:`_strip`, and whether an Optional was among the wrappers (None is valid)."""
    metadata: list[Any] = []
    nullable = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            args = typing.get_args(annotation)
            metadata.extend(args[1:])
            annotation = args[0]
            continue
        if origin in (Union, types.UnionType):
            arms = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(arms) == 1:
                nullable = True
                annotation = arms[0]
                continue
        return annotation, metadata, nullable


def node_for(annotation: Any) -> Node:
    bare, metadata = _strip(annotation)
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return model_node(bare)
    origin = typing.get_origin(bare)
    if origin is list:
        (item,) = typing.get_args(bare) or (Any,)
        return ListNode(node_for(item))
    if origin in (Union, types.UnionType):
        discriminator = next((m for m in metadata if isinstance(m, Discriminator)), None)
        if discriminator is not None and callable(discriminator.discriminator):
            variants: dict[str, ModelNode] = {}
            for arm in typing.get_args(bare):
                arm_type, arm_meta = _strip(arm)
                tag = next((m.tag for m in arm_meta if isinstance(m, Tag)), None)
                if tag is not None and isinstance(arm_type, type):
                    variants[tag] = model_node(arm_type)
            return UnionNode(variants, discriminator.discriminator)
    return None


@cache
def model_node(model: type[BaseModel]) -> ModelNode:
    node = ModelNode(model)
    for name, info in model.model_fields.items():
        key = api_key(name, info)
        node.infos[key] = info
        node.spelled[key] = tuple(input_spellings(name, info))
        for spelling in node.spelled[key]:
            node.spellings[spelling] = key
    # children after the spellings so a recursive model (none today) would still terminate
    for name, info in model.model_fields.items():
        node.children[api_key(name, info)] = node_for(info.annotation)
    return node
