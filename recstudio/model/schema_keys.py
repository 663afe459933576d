"""Unknown-key warnings and the non-object verdict, from the generated schema table.

Shared by the pydantic-free fast path (``recstudio.model.fastschema``) and the pydantic
checker (``recstudio.model.schema.check``), so the two cannot word a warning differently.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import cache
from typing import Any

from recstudio.model import schema_table
from recstudio.model.enums import Endpoint
from recstudio.model.jsontree import SCALARS, only_scalars
from recstudio.model.messages import Arg, Term, msg
from recstudio.model.paths import PathPart, format_path
from recstudio.model.problems import Problem, Severity

UNKNOWN_KEY = "UNKNOWN_KEY"
SCHEMA = "SCHEMA"

Spec = tuple[Any, ...]


def not_an_object(body: Any) -> Problem:
    return Problem.of(
        Severity.ERROR,
        "",
        msg(
            "SCHEMA.not_object",
            "the body must be a JSON object (got {type})",
            'write the body as {{"cname": …, "uid": …, "clientRequest": {{…}}}}',
        ),
        {"type": json_type(body)},
    )


JSON_TYPES = ("null", "boolean", "number", "string", "list", "object")


def json_type(value: Any) -> str:
    """JSON's name for a value's type, as messages say it (a word the UI translates)."""
    if value is None:
        return Term("null")
    if isinstance(value, bool):
        return Term("boolean")
    if isinstance(value, (int, float)):
        return Term("number")
    if isinstance(value, str):
        return Term("string")
    if isinstance(value, (list, tuple)):
        return Term("list")
    if isinstance(value, Mapping):
        return Term("object")
    return type(value).__name__


def root_model(endpoint: Endpoint | str) -> str:
    ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
    try:
        return schema_table.BODIES[ep.value]
    except KeyError:
        raise ValueError(f"{ep.value} has no request body") from None


def variant(value: Any, spec: Spec) -> str:
    """The variant pydantic's discriminator picks (``extension.service_tag``)."""
    name = value.get(spec[1]) if isinstance(value, dict) else None
    return name if isinstance(name, str) and name in spec[2] else spec[3]


# --- unknown keys ---------------------------------------------------------------------------


def unknown_key_problems(body: Any, endpoint: Endpoint | str) -> list[Problem]:
    """Warnings for keys the schema does not know, and for two spellings of one key."""
    out: list[Problem] = []
    _walk_unknown(body, ("model", root_model(endpoint)), (), out)
    return out


def _walk_unknown(raw: Any, spec: Spec, path: tuple[PathPart, ...], out: list[Problem]) -> None:
    kind = spec[0]
    if kind == "nullable":
        _walk_unknown(raw, spec[1], path, out)
    elif kind == "tagged":
        _walk_unknown(raw, ("model", spec[2][variant(raw, spec)]), path, out)
    elif kind == "list":
        if isinstance(raw, list) and not only_scalars(raw):
            for index, item in enumerate(raw):
                if type(item) not in SCALARS:  # a scalar has no keys to be unknown
                    _walk_unknown(item, spec[1], (*path, index), out)
    elif kind == "model" and isinstance(raw, Mapping):
        fields = schema_table.MODELS[spec[1]]
        spellings = _spellings(spec[1])
        seen: dict[str, str] = {}
        for key, value in raw.items():
            api = spellings.get(key)
            if api is None:
                out.append(_unknown_key(key, [f[0] for f in fields], (*path, key)))
                continue
            if api in seen:
                out.append(
                    Problem.of(
                        Severity.WARNING,
                        format_path((*path, key)),
                        msg(
                            "UNKNOWN_KEY.repeats",
                            "{key} repeats {first}; Agora reads only one of them",
                            "keep only {api}",
                        ),
                        {"key": repr(key), "first": repr(seen[api]), "api": repr(api)},
                    )
                )
                continue
            seen[api] = key
            _walk_unknown(value, _field_specs(spec[1])[api], (*path, key), out)


@cache
def _spellings(model: str) -> dict[str, str]:
    return {s: key for key, spellings, _r, _s in schema_table.MODELS[model] for s in spellings}


@cache
def _field_specs(model: str) -> dict[str, Spec]:
    return {key: spec for key, _sp, _r, spec in schema_table.MODELS[model]}


def _unknown_key(key: str, known: list[str], path: tuple[PathPart, ...]) -> Problem:
    args: dict[str, Arg] = {"key": repr(key)}
    folded = {k.lower(): k for k in known}
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if key.lower() in folded:
        args["close"] = repr(folded[key.lower()])
        message = msg(
            "UNKNOWN_KEY.case",
            "unknown key {key} is kept but Agora may reject it",
            "did you mean {close}? Keys are case-sensitive",
        )
    elif close:
        args["close"] = repr(close[0])
        message = msg(
            "UNKNOWN_KEY.close",
            "unknown key {key} is kept but Agora may reject it",
            "did you mean {close}?",
        )
    elif known:
        args["known"] = ", ".join(known)
        message = msg(
            "UNKNOWN_KEY.known",
            "unknown key {key} is kept but Agora may reject it",
            "known keys here: {known}",
        )
    else:
        message = msg("UNKNOWN_KEY.unknown", "unknown key {key} is kept but Agora may reject it")
    return Problem.of(Severity.WARNING, format_path(path), message, args)
