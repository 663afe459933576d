"""Problems: the one currency of every check, shown by the CLI, the JSON panel and the forms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from recstudio.model.messages import Arg, Message, format_message

#: Characters that could end, forge or disguise a printed line: C0/C1 controls (newline,
#: carriage return, the ESC of colour codes), Unicode line/paragraph separators, bidi
#: overrides that reorder what a reader sees, and lone surrogates (unprintable as UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    return _SHORT_ESCAPES.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def one_line(text: str) -> str:
    """``text`` safe to print as (part of) one line: a key or value from a body can hold a
    newline, which would let it forge a problem line in a CI log; it is shown as ``\\n``."""
    return _UNPRINTABLE.sub(_escape, text)


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

    ``message_id``, ``template``, ``hint_template`` and ``args`` say the same as ``message``
    and ``hint`` in a form the UI can translate (issue 17, :mod:`recstudio.model.messages`):
    ``message == template.format(**args)``. Build such problems with :meth:`of`.
    """

    severity: Severity
    path: str
    rule_id: str
    message: str
    hint: str = ""
    message_id: str = ""
    template: str = ""
    args: Mapping[str, Arg] = field(default_factory=dict, compare=False)
    hint_template: str = ""

    @classmethod
    def of(
        cls,
        severity: Severity,
        path: str,
        message: Message,
        args: Mapping[str, Arg] | None = None,
        *,
        rule: str | None = None,
    ) -> Problem:
        """The finding ``message`` with ``args``; ``rule`` overrides the id's rule part (a
        schema field names the rule it belongs to)."""
        values = dict(args or {})
        text, hint = format_message(message, values)
        return cls(
            severity,
            path,
            rule or message.rule,
            text,
            hint,
            message.id,
            message.template,
            values,
            message.hint,
        )

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format_line(self) -> str:
        """One line for the CLI: it starts with the path and ': ' (issue 2, item 7).

        Whatever came from the body is escaped (:func:`one_line`), and so is ``": "`` inside
        the path, so a key cannot start a new line nor pose as the separator and a fake
        severity (``"x: error R3"``) for a tool that splits at the first ``": "``.
        """
        where = one_line(self.path).replace(": ", ":\\x20") or "(body)"
        hint = f" — {one_line(self.hint)}" if self.hint else ""
        return f"{where}: {self.severity.value} {self.rule_id}: {one_line(self.message)}{hint}"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
