"""The schema's single-field check without pydantic, for ``recstudio validate`` and edits.

Importing pydantic costs several times ``python -c pass`` (issue 12: validate ≤ 6×). Most
bodies are schema-valid, and proving that needs only the models' shapes, which
``schema_table.py`` holds (generated from the models, never written by hand). So
:func:`schema_problems` walks that table; a body it accepts has no schema errors, only the
unknown-key warnings found on the same walk. A body it cannot accept goes to the pydantic
checker (``recstudio.model.schema.check``), which alone words error messages. Every doubt
here means "not accepted", so a mistake costs time, never a missed error; the two paths
give the same problems over every example, seed and fuzz body (tests/model/test_fastschema.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from recstudio.model import schema_table
from recstudio.model.enums import Endpoint
from recstudio.model.problems import Problem
from recstudio.model.schema_keys import (
    Spec,
    not_an_object,
    root_model,
    unknown_key_problems,
    variant,
)
from recstudio.model.valuechecks import CHECKS


def schema_problems(body: Any, endpoint: Endpoint | str) -> list[Problem]:
    """Type, range, enum and format problems of single fields, plus unknown-key warnings."""
    if not isinstance(body, Mapping):
        return [not_an_object(body)]
    root = root_model(endpoint)
    if not _accepts(body, ("model", root)):
        from recstudio.model.schema.check import schema_problems as with_pydantic

        return with_pydantic(body, endpoint)
    return unknown_key_problems(body, endpoint)


def fps_20_is_schema_error() -> bool:
    """Whether the schema reports fps 20 (then R17 does not warn too); read off the models
    by the table generator."""
    return schema_table.FPS_20_IS_SCHEMA_ERROR


# --- acceptance -----------------------------------------------------------------------------


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _accepts(value: Any, spec: Spec) -> bool:
    """True only when pydantic (strict mode) would accept ``value`` for ``spec``."""
    kind = spec[0]
    if kind == "model":
        return isinstance(value, dict) and _accepts_model(value, spec[1])
    if kind == "nullable":
        if value is None or (spec[2] and value == ""):
            return True
        return _accepts(value, spec[1])
    if kind == "str":
        return type(value) is str and _within(value, spec[1]) and _passes(value, spec[2])
    if kind == "int":
        return type(value) is int and _within(value, spec[1]) and _passes(value, spec[2])
    if kind == "float":
        return (
            type(value) in (int, float)
            and value == value  # NaN fails every bound: let pydantic word it
            and _within(value, spec[1])
            and _passes(value, spec[2])
        )
    if kind == "bool":
        return type(value) is bool
    if kind == "literal":
        return type(value) in (int, str) and any(
            type(choice) is type(value) and choice == value for choice in spec[1]
        )
    if kind == "list":
        return (
            type(value) is list
            and _within(value, spec[2])
            and all(_accepts(item, spec[1]) for item in value)
            and _passes(value, spec[3])
        )
    if kind == "tagged":
        return isinstance(value, dict) and _accepts_model(value, spec[2][variant(value, spec)])
    if kind == "object":
        return type(value) is dict
    return kind == "any"


def _accepts_model(value: dict[str, Any], name: str) -> bool:
    for _key, spellings, required, spec in schema_table.MODELS[name]:
        present = [s for s in spellings if s in value]
        if len(present) > 1:
            return False  # which one pydantic reads is its business
        if not present:
            if required:
                return False
            continue
        if not _accepts(value[present[0]], spec):
            return False
    return True


def _within(value: Any, bounds: Mapping[str, Any]) -> bool:
    if not bounds:
        return True
    for name, bound in bounds.items():
        if name == "ge":
            ok = value >= bound
        elif name == "le":
            ok = value <= bound
        elif name == "gt":
            ok = value > bound
        elif name == "lt":
            ok = value < bound
        elif name == "min_length":
            ok = len(value) >= bound
        elif name == "max_length":
            ok = len(value) <= bound
        elif name == "pattern":
            # fullmatch is stricter than pydantic's search of an anchored pattern ("$"
            # before a final newline): a doubt goes to pydantic
            ok = _pattern(bound).fullmatch(value) is not None
        else:
            return False
        if not ok:
            return False
    return True


def _passes(value: Any, checks: tuple[str, ...]) -> bool:
    return all(CHECKS[name](value) is None for name in checks)
