"""Shared plumbing of the rule checks: a problem collector and tolerant readers.

Rules run on whatever JSON the user typed or imported, so every reader here returns
``None`` for a value of the wrong type instead of raising: the schema reports the type
problem, the rules simply have nothing to judge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.messages import Arg, Message
from recstudio.model.problems import Problem, Severity

ALL_STREAMS = "#allstream#"


@dataclass(slots=True)
class Ctx:
    """What every rule needs: the axes of judgement and where findings go."""

    endpoint: Endpoint
    mode: Mode
    now: float | None = None
    out: list[Problem] = field(default_factory=list)

    def error(self, path: str, message: Message, /, **args: Arg) -> None:
        self.out.append(Problem.of(Severity.ERROR, path, message, args))

    def warn(self, path: str, message: Message, /, **args: Arg) -> None:
        self.out.append(Problem.of(Severity.WARNING, path, message, args))


def as_dict(value: Any) -> Mapping[str, Any] | None:
    # JSON objects are dicts; the concrete check is several times faster than the ABC one
    return value if isinstance(value, dict) else None


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
