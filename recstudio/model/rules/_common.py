"""Shared plumbing of the rule checks: a problem collector and tolerant readers.

Rules run on whatever JSON the user typed or imported, so every reader here returns
``None`` for a value of the wrong type instead of raising: the schema reports the type
problem, the rules simply have nothing to judge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.problems import Problem, Severity

#: A recorder or user UID as Agora accepts it (R2): decimal, no sign, no spaces.
UID_RE = re.compile(r"[0-9]+\Z")
MAX_UID = 4_294_967_295
ALL_STREAMS = "#allstream#"


@dataclass(slots=True)
class Ctx:
    """What every rule needs: the axes of judgement and where findings go."""

    endpoint: Endpoint
    mode: Mode
    now: float | None = None
    out: list[Problem] = field(default_factory=list)

    def error(self, path: str, rule: str, message: str, hint: str = "") -> None:
        self.out.append(Problem(Severity.ERROR, path, rule, message, hint))

    def warn(self, path: str, rule: str, message: str, hint: str = "") -> None:
        self.out.append(Problem(Severity.WARNING, path, rule, message, hint))


def as_dict(value: Any) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) else None


def as_list(value: Any) -> list[Any] | None:
    return value if isinstance(value, list) else None


def as_int(value: Any) -> int | None:
    """An integer field; ``True`` is not 2 and ``3.0`` is 3 (JSON has one number type)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def uid_problem(value: Any) -> tuple[bool, str] | None:
    """Why ``value`` is not a usable UID string: ``(is_error, message)``, or None if fine.

    Non-strings are left to the schema (it owns types). Leading zeros only warn: Agora
    reads the number, but ``"0123"`` and ``"123"`` are then the same user, which surprises.
    """
    if not isinstance(value, str):
        return None
    if not UID_RE.match(value):
        return True, f"{value!r} is not a UID: use digits only (1 to 4294967295)"
    number = int(value)
    if number == 0:
        return True, "UID 0 is not allowed: use a number from 1 to 4294967295"
    if number > MAX_UID:
        return True, f"UID {value} is larger than 4294967295 (2^32 - 1)"
    if value[0] == "0":
        return False, f"UID {value!r} has leading zeros; Agora reads it as {number}"
    return None


def check_uid(ctx: Ctx, value: Any, path: str, rule: str) -> None:
    found = uid_problem(value)
    if found is None:
        return
    is_error, message = found
    hint = 'write the UID as a plain decimal string, e.g. "123"'
    if is_error:
        ctx.error(path, rule, message, hint)
    else:
        ctx.warn(path, rule, message, hint)
