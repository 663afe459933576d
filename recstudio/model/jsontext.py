"""Reading and writing JSON text the way every recstudio file and import does.

Users paste bodies copied from Agora's web pages, which contain mistakes (a missing comma
in the seed reference, NaN from a script). A bare ``json.JSONDecodeError`` is easy to miss
in a GUI; :class:`JsonSyntaxError` carries the 1-based line and column so the JSON panel
can put the cursor on the mistake and the CLI can print ``line 42, column 1: …``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from recstudio.model.problems import Problem, Severity

_NON_JSON_CONSTANTS = ("-Infinity", "Infinity", "NaN")


class JsonSyntaxError(ValueError):
    """Text that is not JSON, located by 1-based ``line`` and ``column``."""

    def __init__(self, line: int, column: int, msg: str) -> None:
        self.line = line
        self.column = column
        self.msg = msg
        super().__init__(f"line {line}, column {column}: {msg}")

    def to_problem(self) -> Problem:
        """The error as a Problem so the CLI and problems panel show it like any other."""
        return Problem(Severity.ERROR, "", "JSON", str(self))


class _NonJsonConstant(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _reject_constant(name: str) -> Any:
    raise _NonJsonConstant(name)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _find_outside_strings(text: str, word: str) -> int:
    """Offset of the first ``word`` that is not inside a JSON string (-1 if none)."""
    in_string = False
    escaped = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif text.startswith(word, i):
            return i
        i += 1
    return -1


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def parse_json(text: str, *, duplicate_keys: list[str] | None = None) -> Any:
    """Parse strict JSON (no NaN/Infinity); raise :class:`JsonSyntaxError` with a position.

    Duplicate keys are legal JSON but almost always a paste mistake; the last value wins
    (as in every JSON library) and, when ``duplicate_keys`` is given, each repeated key name
    is appended to it so the caller can warn.
    """
    if text.startswith("\ufeff"):  # a BOM written by some Windows editors
        text = text[1:]

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out and duplicate_keys is not None:
                duplicate_keys.append(key)
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs_hook, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(exc.lineno, exc.colno, exc.msg) from None
    except _NonJsonConstant as exc:
        offset = _find_outside_strings(text, exc.name)
        line, column = _line_column(text, max(offset, 0))
        raise JsonSyntaxError(
            line, column, f"{exc.name} is not valid JSON (use a number or null)"
        ) from None
    except RecursionError:
        raise JsonSyntaxError(1, 1, "nesting too deep") from None
    _reject_lone_surrogates(text, data)
    return data


def _reject_lone_surrogates(text: str, data: Any) -> None:
    """``"\\ud800"`` is accepted by Python's json but is not Unicode text: it cannot be
    saved as UTF-8 nor measured in bytes (cname rules). json joins valid pairs, so any
    surrogate left in a decoded string is a lone one: say where its escape is."""
    if not _has_surrogate(data):
        return
    match = _SURROGATE_ESCAPE.search(text)
    line, column = _line_column(text, match.start() if match else 0)
    raise JsonSyntaxError(
        line, column, "a \\u escape names half of a character (an unpaired surrogate)"
    )


def _has_surrogate(node: Any) -> bool:
    if isinstance(node, str):
        return any("\ud800" <= ch <= "\udfff" for ch in node)
    if isinstance(node, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in node.items())
    if isinstance(node, list):
        return any(_has_surrogate(v) for v in node)
    return False


def dump_json(data: Any) -> str:
    """The one JSON text format of every file recstudio writes: stable, readable, UTF-8."""
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
