"""Single-field checks of a raw body: pydantic errors and unknown keys, as Problems.

The words of every schema error are written here; ``recstudio.model.fastschema`` only
proves a body valid without pydantic and hands anything else to :func:`schema_problems`.

Cross-field and mode-dependent rules live in ``recstudio.model.rules``; this module only
knows what the schema knows. It works on the raw JSON (never a re-dumped model), so paths
name the keys exactly as the user wrote them.
"""

from __future__ import annotations

import copy
import difflib
import itertools
import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from recstudio.model.enums import Endpoint
from recstudio.model.paths import PathPart, format_path
from recstudio.model.problems import Problem, Severity
from recstudio.model.schema._base import field_extra
from recstudio.model.schema._tree import ListNode, ModelNode, Node, UnionNode, model_node
from recstudio.model.schema._values import choices_of
from recstudio.model.schema.bodies import schema_for
from recstudio.model.schema_keys import (
    SCHEMA,
    json_type,
    not_an_object,
    unknown_key_problems,
)

_TYPE_WORDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text (a JSON string)",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}


def root_node(endpoint: Endpoint | str) -> ModelNode:
    return model_node(schema_for(endpoint))


# --- pydantic errors -> Problems ------------------------------------------------------------


def schema_problems(body: Any, endpoint: Endpoint | str) -> list[Problem]:
    """Type, range, enum and format problems of single fields, plus unknown-key warnings."""
    if not isinstance(body, Mapping):
        return [not_an_object(body)]
    model = schema_for(endpoint)
    node = model_node(model)
    problems: list[Problem] = []
    try:
        model.__pydantic_validator__.validate_python(body)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            problems.append(_problem_from_error(error, body, node))
    problems.extend(unknown_key_problems(body, endpoint))
    return problems


def _problem_from_error(error: ErrorDetails, body: Any, root: ModelNode) -> Problem:
    parts, info, key = _resolve_loc(error["loc"], body, root)
    path = format_path(parts)
    extra = field_extra(info) if info is not None else {}
    rule = extra.get("rule") or SCHEMA
    # name what is wrong: the key, or "item 3 of key" for list items
    index = parts[-1] if parts and isinstance(parts[-1], int) else None
    name = f"{key} item {index}" if (index is not None and key) else (key or "the body")
    message, hint = _describe(error, name, key, info, extra)
    return Problem(Severity.ERROR, path, rule, message, hint)


def _resolve_loc(
    loc: tuple[int | str, ...], body: Any, root: ModelNode
) -> tuple[list[PathPart], FieldInfo | None, str]:
    """Turn a pydantic ``loc`` into body path parts; drop discriminator tags on the way."""
    parts: list[PathPart] = []
    node: Node = root
    raw: Any = body
    info: FieldInfo | None = None
    key = ""
    for part in loc:
        if isinstance(node, UnionNode):
            if isinstance(part, str) and part in node.variants:
                node = node.variants[part]
                continue
            node = node.variants.get(node.choose(raw))
        if isinstance(part, int):
            parts.append(part)
            raw = raw[part] if isinstance(raw, list) and 0 <= part < len(raw) else None
            node = node.item if isinstance(node, ListNode) else None
            continue
        parts.append(part)
        if isinstance(node, ModelNode):
            api = node.spellings.get(part, part)
            info = node.infos.get(api, info)
            key = api
            node = node.children.get(api)
        else:
            key = part
            node = None
        raw = raw.get(part) if isinstance(raw, Mapping) else None
    return parts, info, key


def _describe(
    error: ErrorDetails, name: str, key: str, info: FieldInfo | None, extra: dict[str, Any]
) -> tuple[str, str]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    # a secret's value never goes into a message: messages reach logs, the Sandbox's
    # code-2 reason, ApiError text and the ledger
    got = "a hidden value" if extra.get("secret") else _show(value)
    if kind == "missing":
        what = info.description if info is not None and info.description else ""
        return f"{name} is required", f"add {key}" + (f" ({what})" if what else "")
    if kind in ("greater_than_equal", "greater_than"):
        bound = _num(ctx.get("ge", ctx.get("gt")))
        word = "at least" if kind == "greater_than_equal" else "more than"
        return f"{name} must be {word} {bound} (got {got})", _range_hint(info, bound, None)
    if kind in ("less_than_equal", "less_than"):
        bound = _num(ctx.get("le", ctx.get("lt")))
        word = "at most" if kind == "less_than_equal" else "less than"
        return f"{name} must be {word} {bound} (got {got})", _range_hint(info, None, bound)
    if kind == "literal_error":
        choices = choices_of(info) if info is not None else ()
        labels = extra.get("labels") or {}
        shown = ", ".join(_choice_text(c, labels) for c in choices) or ctx.get("expected", "")
        plain = ", ".join(json.dumps(c) for c in choices)
        hint = _did_you_mean(value, choices) or f"use one of: {plain}"
        return f"{name} must be one of {shown} (got {got})", hint
    if kind in _TYPE_WORDS:
        wanted = _TYPE_WORDS[kind]
        hint = ("" if extra.get("secret") else _type_hint(kind, value)) or f"use {wanted}"
        return f"{name} must be {wanted} (got {json_type(value)} {got})", hint
    if kind == "string_pattern_mismatch":
        hint = extra.get("hint") or f"the value must match {ctx.get('pattern')}"
        return f"{name} has the wrong format (got {got})", hint
    if kind in ("too_long", "string_too_long"):
        limit = ctx.get("max_length")
        unit = "items" if kind == "too_long" else "characters"
        size = ctx.get("actual_length", len(value) if hasattr(value, "__len__") else "?")
        return (
            f"{name} has {size} {unit}; at most {limit} allowed",
            f"remove {unit} until at most {limit} remain",
        )
    if kind in ("too_short", "string_too_short"):
        limit = ctx.get("min_length")
        if kind == "string_too_short" and limit == 1:
            # a required field cannot be removed: "or remove it" would send an error 2
            optional = info is not None and not info.is_required()
            return f"{name} must not be empty", f"fill in {key}" + (
                " or remove it" if optional else ""
            )
        unit = "item" if kind == "too_short" else "character"
        plural = "" if limit == 1 else "s"
        return f"{name} needs at least {limit} {unit}{plural}", f"add a value to {key}"
    if kind == "decimals":
        return (
            f"{name} {error['msg']}",
            f"round it to 6 decimal places: {ctx.get('suggestion')}",
        )
    if kind in ("uid_format", "byte_length", "base64_32", "prefix_length", "url_scheme"):
        return f"{name} {error['msg']}", extra.get("hint") or _custom_hint(kind)
    return f"{name}: {error['msg']} (got {got})", extra.get("hint", "")


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _range_hint(info: FieldInfo | None, low: Any, high: Any) -> str:
    bounds = {}
    if info is not None:
        for item in info.metadata:
            for attr in ("ge", "le"):
                if getattr(item, attr, None) is not None:
                    bounds[attr] = getattr(item, attr)
    lo = _num(bounds.get("ge", low))
    hi = _num(bounds.get("le", high))
    if lo is not None and hi is not None:
        return f"use a value from {lo} to {hi}"
    if hi is not None:
        return f"use a value of at most {hi}"
    return f"use a value of at least {lo}"


def _type_hint(kind: str, value: Any) -> str:
    if kind in ("int_type", "float_type") and isinstance(value, str):
        stripped = value.strip()
        try:
            float(stripped)
        except ValueError:
            return "write a number"
        return f"write {stripped} without quotes"
    if kind == "int_type" and isinstance(value, float) and value.is_integer():
        return f"write {int(value)} without a decimal point"
    if kind == "string_type" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'put the value in quotes: "{value}"'
    if kind == "bool_type":
        return "write true or false without quotes"
    if kind == "list_type":
        return f"put the value in square brackets: [{_show(value)}]"
    return ""


def _custom_hint(kind: str) -> str:
    return {
        "uid_format": 'write the UID as digits in quotes, e.g. "123456"',
        "byte_length": "shorten the value",
        "base64_32": "use the Base64 text of exactly 32 bytes",
        "prefix_length": "use fewer or shorter folder names",
        "url_scheme": "use a full address starting with https://",
    }.get(kind, "")


def _choice_text(choice: Any, labels: Mapping[Any, str]) -> str:
    label = labels.get(choice)
    shown = json.dumps(choice)
    return f"{shown} ({label})" if label else shown


def _did_you_mean(value: Any, choices: tuple[Any, ...]) -> str:
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and str(value) in choices:
            return f'put the value in quotes: "{value}"'
        return ""
    texts = [c for c in choices if isinstance(c, str)]
    lowered = {c.lower(): c for c in texts}
    if value.lower() in lowered:
        return f"did you mean {lowered[value.lower()]!r}? Values are case-sensitive"
    if not texts:
        try:
            number = int(value)
        except ValueError:
            return ""
        if number in choices:
            return f"write {number} without quotes"
        return ""
    close = difflib.get_close_matches(value, texts, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else ""


def _show(value: Any) -> str:
    try:
        text = json.dumps(_clip(value), ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


_SHOWN = 61  # items or characters kept: each writes at least one, so 57 shown are the same


def _clip(value: Any) -> Any:
    """``value`` cut to what the 60 characters of a message can show: dumping a 700k-item
    list whole held the GIL ~170 ms on the import worker, freezing the window (issue 12)."""
    if isinstance(value, str):
        return value[:_SHOWN]
    if isinstance(value, list | tuple):
        return [_clip(item) for item in value[:_SHOWN]]
    if isinstance(value, dict):
        return {key: _clip(item) for key, item in itertools.islice(value.items(), _SHOWN)}
    return value


# --- canonical order ------------------------------------------------------------------------


def canonical_body(body: Any, endpoint: Endpoint | str) -> Any:
    """``body`` with keys in schema order (unknown keys last, in their order); values as given."""
    return _canonical(body, root_node(endpoint))


def _canonical(raw: Any, node: Node) -> Any:
    if isinstance(node, UnionNode):
        node = node.variants.get(node.choose(raw))
    if isinstance(node, ModelNode) and isinstance(raw, Mapping):
        out: dict[str, Any] = {}
        for api, child in node.children.items():
            for spelling in node.spelled[api]:
                if spelling in raw:
                    out[spelling] = _canonical(raw[spelling], child)
        for key, value in raw.items():
            if key not in out:
                out[key] = copy.deepcopy(value)
        return out
    if isinstance(node, ListNode) and isinstance(raw, list):
        return [_canonical(item, node.item) for item in raw]
    return copy.deepcopy(raw)
