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
from collections.abc import Callable, Mapping
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
from recstudio.model.valuechecks import CHECKS, Check


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


Test = Callable[[Any], bool]
_ABSENT = object()


def _accepts(value: Any, spec: Spec) -> bool:
    """True only when pydantic (strict mode) would accept ``value`` for ``spec``."""
    return _test(spec)(value)


@cache
def _model_test(name: str) -> Test:
    """The test of one model, compiled once from its table entry: this runs on every edit."""
    fields = [(sp, required, _test(spec)) for _k, sp, required, spec in schema_table.MODELS[name]]

    def test(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        for spellings, required, check in fields:
            if len(spellings) == 1:
                item = value.get(spellings[0], _ABSENT)
            else:
                present = [s for s in spellings if s in value]
                if len(present) > 1:
                    return False  # which one pydantic reads is its business
                item = value[present[0]] if present else _ABSENT
            if item is _ABSENT:
                if required:
                    return False
            elif not check(item):
                return False
        return True

    return test


def _test(spec: Spec) -> Test:
    kind = spec[0]
    if kind == "model":
        name = spec[1]
        return lambda v: _model_test(name)(v)
    if kind == "nullable":
        inner, empty_is_none = _test(spec[1]), spec[2]
        return lambda v: v is None or (empty_is_none and v == "") or inner(v)
    if kind in ("str", "int", "float"):
        types = {"str": (str,), "int": (int,), "float": (int, float)}[kind]
        rest = _constraints(spec[1], spec[2])
        if kind == "float":  # NaN fails every bound: let pydantic word it
            rest = (lambda v: v == v, *rest)
        return lambda v: type(v) in types and all(p(v) for p in rest)
    if kind == "bool":
        return lambda v: type(v) is bool
    if kind == "literal":
        choices = frozenset((type(c), c) for c in spec[1])
        return lambda v: type(v) in (int, str) and (type(v), v) in choices
    if kind == "list":
        item, rest = _test(spec[1]), _constraints(spec[2], spec[3])
        # lengths first: a 700k-item list over its max_length is refused without a walk
        sized = _constraints({k: b for k, b in spec[2].items() if "length" in k}, ())
        return lambda v: (
            type(v) is list
            and all(p(v) for p in sized)
            and all(map(item, v))
            and all(p(v) for p in rest)
        )
    if kind == "tagged":
        tests = {tag: _model_test(model) for tag, model in spec[2].items()}
        return lambda v: isinstance(v, dict) and tests[variant(v, spec)](v)
    if kind == "object":
        return lambda v: type(v) is dict
    if kind == "any":
        return lambda v: True
    return lambda v: False  # a kind this reader does not know: a doubt


def _constraints(bounds: Mapping[str, Any], checks: tuple[str, ...]) -> tuple[Test, ...]:
    out = [_bound(name, bound) for name, bound in bounds.items()]
    out.extend(_named(CHECKS[name]) for name in checks)
    return tuple(out)


def _bound(name: str, bound: Any) -> Test:
    if name == "ge":
        return lambda v: bool(v >= bound)
    if name == "le":
        return lambda v: bool(v <= bound)
    if name == "gt":
        return lambda v: bool(v > bound)
    if name == "lt":
        return lambda v: bool(v < bound)
    if name == "min_length":
        return lambda v: len(v) >= bound
    if name == "max_length":
        return lambda v: len(v) <= bound
    if name == "pattern":
        # fullmatch is stricter than pydantic's search of an anchored pattern ("$" before a
        # final newline): a doubt goes to pydantic
        pattern = re.compile(bound)
        return lambda v: pattern.fullmatch(v) is not None
    return lambda v: False


def _named(check: Check) -> Test:
    return lambda v: check(v) is None
