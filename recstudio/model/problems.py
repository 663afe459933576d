"""Problems: the one currency of every check, shown by the CLI, the JSON panel and the forms."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Errors block sending; warnings are shown but do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a body.

    ``path`` is dotted with list indices in brackets, rooted at the body, e.g.
    ``clientRequest.recordingConfig.transcodingConfig.layoutConfig[3].x_axis``; an empty
    path means the body as a whole. ``rule_id`` is a rule of reference §5 (``R20``) or
    ``SCHEMA`` / ``UNKNOWN_KEY`` / ``JSON`` for findings that are not one of those rules.
    """

    severity: Severity
    path: str
    rule_id: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format_line(self) -> str:
        """One line for the CLI: it starts with the path and ': ' (issue 2, item 7)."""
        where = self.path or "(body)"
        hint = f" — {self.hint}" if self.hint else ""
        return f"{where}: {self.severity.value} {self.rule_id}: {self.message}{hint}"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
