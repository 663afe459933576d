"""Single-field checks of a raw body: pydantic errors and unknown keys, as Problems.

The words of every schema error are written here; ``recstudio.model.fastschema`` only
proves a body valid without pydantic and hands anything else to :func:`schema_problems`.

Cross-field and mode-dependent rules live in ``recstudio.model.rules``; this module only
knows what the schema knows. It works on the raw JSON (never a re-dumped model), so paths
name the keys exactly as the user wrote them.
"""

from __future__ import annotations

import difflib
import itertools
import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from recstudio.model.enums import Endpoint
from recstudio.model.jsontree import SCALARS, copy_tree, only_scalars
from recstudio.model.messages import Arg, FieldText, Listing, Message, Phrase, Term, msg
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

TYPE_WORDS = {
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
    name: str
    if index is not None and key:
        name = Phrase(msg("SCHEMA.item", "{key} item {index}"), key=key, index=index)
    else:
        name = key or Term("the body")
    message, args = _describe(error, name, key, info, extra)
    return Problem.of(Severity.ERROR, path, message, args, rule=rule)


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
) -> tuple[Message, dict[str, Arg]]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    # a secret's value never goes into a message: messages reach logs, the Sandbox's
    # code-2 reason, ApiError text and the ledger
    got: str = Term("a hidden value") if extra.get("secret") else _show(value)
    args: dict[str, Arg] = {"name": name, "key": key, "got": got}
    if kind == "missing":
        what = info.description if info is not None and info.description else ""
        if what:
            args["what"] = FieldText(what)
            return msg("SCHEMA.missing", "{name} is required", "add {key} ({what})"), args
        return msg("SCHEMA.missing_bare", "{name} is required", "add {key}"), args
    if kind in ("greater_than_equal", "greater_than"):
        args["bound"] = _num(ctx.get("ge", ctx.get("gt")))
        args["range"] = _range_hint(info, args["bound"], None)
        if kind == "greater_than_equal":
            return msg(
                "SCHEMA.at_least", "{name} must be at least {bound} (got {got})", "{range}"
            ), args
        return msg(
            "SCHEMA.more_than", "{name} must be more than {bound} (got {got})", "{range}"
        ), args
    if kind in ("less_than_equal", "less_than"):
        args["bound"] = _num(ctx.get("le", ctx.get("lt")))
        args["range"] = _range_hint(info, None, args["bound"])
        if kind == "less_than_equal":
            return msg(
                "SCHEMA.at_most", "{name} must be at most {bound} (got {got})", "{range}"
            ), args
        return msg(
            "SCHEMA.less_than", "{name} must be less than {bound} (got {got})", "{range}"
        ), args
    if kind == "literal_error":
        choices = choices_of(info) if info is not None else ()
        labels = extra.get("labels") or {}
        args["choices"] = (
            Listing(_choice_text(c, labels) for c in choices)
            if choices
            else ctx.get("expected", "")
        )
        args["plain"] = ", ".join(json.dumps(c) for c in choices)
        message = msg(
            "SCHEMA.choice", "{name} must be one of {choices} (got {got})", "use one of: {plain}"
        )
        return _did_you_mean(message, value, choices, args)
    if kind in TYPE_WORDS:
        args["wanted"] = Term(TYPE_WORDS[kind])
        args["type"] = json_type(value)
        if not extra.get("secret"):
            typed = _type_hint(kind, value, args)
            if typed is not None:
                return typed, args
        return msg(
            "SCHEMA.type", "{name} must be {wanted} (got {type} {got})", "use {wanted}"
        ), args
    if kind == "string_pattern_mismatch":
        if extra.get("hint"):
            args["hint"] = FieldText(extra["hint"])
            return msg("SCHEMA.format", "{name} has the wrong format (got {got})", "{hint}"), args
        args["pattern"] = str(ctx.get("pattern"))
        return msg(
            "SCHEMA.pattern",
            "{name} has the wrong format (got {got})",
            "the value must match {pattern}",
        ), args
    if kind in ("too_long", "string_too_long"):
        args["limit"] = ctx.get("max_length", "?")
        args["size"] = ctx.get("actual_length", len(value) if hasattr(value, "__len__") else "?")
        if kind == "too_long":
            return msg(
                "SCHEMA.too_many_items",
                "{name} has {size} items; at most {limit} allowed",
                "remove items until at most {limit} remain",
            ), args
        return msg(
            "SCHEMA.too_long",
            "{name} has {size} characters; at most {limit} allowed",
            "remove characters until at most {limit} remain",
        ), args
    if kind in ("too_short", "string_too_short"):
        limit = ctx.get("min_length")
        if kind == "string_too_short" and limit == 1:
            # a required field cannot be removed: "or remove it" would send an error 2
            if info is not None and not info.is_required():
                return msg(
                    "SCHEMA.empty_optional",
                    "{name} must not be empty",
                    "fill in {key} or remove it",
                ), args
            return msg("SCHEMA.empty", "{name} must not be empty", "fill in {key}"), args
        args["limit"] = limit if limit is not None else "?"
        if kind == "too_short":
            args["unit"] = Term("item" if limit == 1 else "items")
        else:
            args["unit"] = Term("character" if limit == 1 else "characters")
        return msg(
            "SCHEMA.too_short", "{name} needs at least {limit} {unit}", "add a value to {key}"
        ), args
    if kind == "decimals":
        args["value"] = ctx.get("value", "?")
        args["suggestion"] = ctx.get("suggestion", "?")
        return msg(
            "SCHEMA.decimals",
            "{name} has more than 6 decimal places (got {value})",
            "round it to 6 decimal places: {suggestion}",
        ), args
    if kind in _CUSTOM:
        args.update({k: v for k, v in ctx.items() if isinstance(v, str | int | float)})
        message = _custom_message(kind, "size" in ctx)
        if extra.get("hint"):
            args["hint"] = FieldText(extra["hint"])
            message = Message(message.id, message.template, "{hint}")
        return message, args
    args["reason"] = error["msg"]
    if extra.get("hint"):
        args["hint"] = FieldText(extra["hint"])
        return msg("SCHEMA.other_hint", "{name}: {reason} (got {got})", "{hint}"), args
    return msg("SCHEMA.other", "{name}: {reason} (got {got})"), args


_CUSTOM = ("uid_format", "byte_length", "base64_32", "prefix_length", "url_scheme")


def _custom_message(kind: str, sized: bool) -> Message:
    """The wording of a value check of ``schema._base`` (its PydanticCustomError text)."""
    if kind == "uid_format":
        return msg(
            "SCHEMA.uid_format",
            "{name} must be a decimal number from 1 to 4294967295 written as a string "
            "(got '{value}')",
            'write the UID as digits in quotes, e.g. "123456"',
        )
    if kind == "byte_length":
        return msg(
            "SCHEMA.byte_length",
            "{name} is {size} bytes long; at most 1024 bytes are allowed",
            "shorten the value",
        )
    if kind == "base64_32" and sized:
        return msg(
            "SCHEMA.salt_size",
            "{name} decodes to {size} bytes; the salt must be 32 bytes",
            "use the Base64 text of exactly 32 bytes",
        )
    if kind == "base64_32":
        return msg(
            "SCHEMA.salt_base64",
            "{name} is not valid Base64 text",
            "use the Base64 text of exactly 32 bytes",
        )
    if kind == "prefix_length":
        return msg(
            "SCHEMA.prefix_length",
            "{name} joins to a {size}-character path; at most 128 characters are allowed",
            "use fewer or shorter folder names",
        )
    return msg(
        "SCHEMA.url_scheme",
        "{name} must be an http:// or https:// URL (got '{value}')",
        "use a full address starting with https://",
    )


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _range_hint(info: FieldInfo | None, low: Any, high: Any) -> Phrase:
    bounds = {}
    if info is not None:
        for item in info.metadata:
            for attr in ("ge", "le"):
                if getattr(item, attr, None) is not None:
                    bounds[attr] = getattr(item, attr)
    lo = _num(bounds.get("ge", low))
    hi = _num(bounds.get("le", high))
    if lo is not None and hi is not None:
        return Phrase(msg("SCHEMA.range", "use a value from {low} to {high}"), low=lo, high=hi)
    if hi is not None:
        return Phrase(msg("SCHEMA.range_high", "use a value of at most {high}"), high=hi)
    return Phrase(msg("SCHEMA.range_low", "use a value of at least {low}"), low=str(lo))


def _type_hint(kind: str, value: Any, args: dict[str, Arg]) -> Message | None:
    """A type problem whose hint says how to write the value (or None: "use …")."""
    if kind in ("int_type", "float_type") and isinstance(value, str):
        stripped = value.strip()
        try:
            float(stripped)
        except ValueError:
            return msg(
                "SCHEMA.type_text", "{name} must be {wanted} (got {type} {got})", "write a number"
            )
        args["text"] = stripped
        return msg(
            "SCHEMA.type_quoted",
            "{name} must be {wanted} (got {type} {got})",
            "write {text} without quotes",
        )
    if kind == "int_type" and isinstance(value, float) and value.is_integer():
        args["whole"] = int(value)
        return msg(
            "SCHEMA.type_decimal",
            "{name} must be {wanted} (got {type} {got})",
            "write {whole} without a decimal point",
        )
    if kind == "string_type" and isinstance(value, (int, float)) and not isinstance(value, bool):
        args["value"] = value
        return msg(
            "SCHEMA.type_number",
            "{name} must be {wanted} (got {type} {got})",
            'put the value in quotes: "{value}"',
        )
    if kind == "bool_type":
        return msg(
            "SCHEMA.type_bool",
            "{name} must be {wanted} (got {type} {got})",
            "write true or false without quotes",
        )
    if kind == "list_type":
        return msg(
            "SCHEMA.type_list",
            "{name} must be {wanted} (got {type} {got})",
            "put the value in square brackets: [{got}]",
        )
    return None


def _choice_text(choice: Any, labels: Mapping[Any, str]) -> str:
    label = labels.get(choice)
    shown = json.dumps(choice)
    if not label:
        return shown
    return Phrase(msg("SCHEMA.labelled", "{value} ({label})"), value=shown, label=FieldText(label))


def _did_you_mean(
    message: Message, value: Any, choices: tuple[Any, ...], args: dict[str, Arg]
) -> tuple[Message, dict[str, Arg]]:
    """``message`` with a better hint when the value is close to a choice."""
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and str(value) in choices:
            args["value"] = value
            return msg(
                "SCHEMA.choice_quoted",
                "{name} must be one of {choices} (got {got})",
                'put the value in quotes: "{value}"',
            ), args
        return message, args
    texts = [c for c in choices if isinstance(c, str)]
    lowered = {c.lower(): c for c in texts}
    if value.lower() in lowered:
        args["close"] = repr(lowered[value.lower()])
        return msg(
            "SCHEMA.choice_case",
            "{name} must be one of {choices} (got {got})",
            "did you mean {close}? Values are case-sensitive",
        ), args
    if not texts:
        try:
            number = int(value)
        except ValueError:
            return message, args
        if number in choices:
            args["number"] = number
            return msg(
                "SCHEMA.choice_unquote",
                "{name} must be one of {choices} (got {got})",
                "write {number} without quotes",
            ), args
        return message, args
    close = difflib.get_close_matches(value, texts, n=1, cutoff=0.6)
    if close:
        args["close"] = repr(close[0])
        return msg(
            "SCHEMA.choice_close",
            "{name} must be one of {choices} (got {got})",
            "did you mean {close}?",
        ), args
    return message, args


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
                out[key] = copy_tree(value)
        return out
    if isinstance(node, ListNode) and isinstance(raw, list):
        if only_scalars(raw):  # a 700k-UID list: copied in C, no call per item
            return list(raw)
        return [item if type(item) in SCALARS else _canonical(item, node.item) for item in raw]
    return copy_tree(raw)
