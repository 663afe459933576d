"""Reading and writing JSON text the way every recstudio file and import does.

Users paste bodies copied from Agora's web pages, which contain mistakes (a missing comma
in the seed reference, NaN from a script). A bare ``json.JSONDecodeError`` is easy to miss
in a GUI; :class:`JsonSyntaxError` carries the 1-based line and column so the JSON panel
can put the cursor on the mistake and the CLI can print ``line 42, column 1: …``.

Python's ``json`` accepts more than JSON and more than the rest of recstudio can carry, so
:func:`parse_json` also refuses, each at the line and column where it starts:

* ``NaN``/``Infinity`` and numbers too large for a double (``1e400``): they have no JSON
  spelling, so saving or exporting them would write non-JSON or silently write ``null``;
* integers longer than Python converts (``sys.get_int_max_str_digits()``, 4300 digits);
* nesting deeper than :data:`MAX_DEPTH`: every later walk (rules, redaction, pydantic,
  ``json.dumps``) recurses, and past about 1000 levels Python raises ``RecursionError``;
* ``\\u`` escapes naming half of a character (lone surrogates): not Unicode text, so they
  can be neither saved as UTF-8 nor measured in bytes (cname rules).

A UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows a parser to ignore one); files
in UTF-16/UTF-32 are refused by :func:`decode_json_bytes` with a message saying so.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recstudio.model.jsontree import SCALARS, chunks, only_of, only_scalars
from recstudio.model.messages import msg
from recstudio.model.problems import Problem, Severity

#: Deepest nesting of objects and arrays accepted (the body itself is level 1). Agora's
#: bodies need fewer than 10 levels; 64 leaves room for unknown keys and stays far below
#: Python's recursion limit, so no later walk of the data can overflow the stack.
MAX_DEPTH = 64


class JsonSyntaxError(ValueError):
    """Text that is not JSON, located by 1-based ``line`` and ``column``."""

    def __init__(self, line: int, column: int, msg: str) -> None:
        self.line = line
        self.column = column
        self.msg = msg
        super().__init__(f"line {line}, column {column}: {msg}")

    def to_problem(self) -> Problem:
        """The error as a Problem so the CLI and problems panel show it like any other."""
        # ``msg`` is the json module's own English wording: it stays English in the UI
        message = msg("JSON.syntax", "line {line}, column {column}: {reason}")
        return Problem.of(
            Severity.ERROR,
            "",
            message,
            {"line": self.line, "column": self.column, "reason": self.msg},
        )


class _Refused(Exception):
    """Raised from inside ``json.loads`` hooks; not a ValueError so json cannot mask it."""

    def __init__(self, literal: str) -> None:
        self.literal = literal


def _reject_constant(name: str) -> Any:
    raise _Refused(name)


def _float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise _Refused(literal)
    return value


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``; columns count characters."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


#: The tokens of a JSON text that matter for locating a refusal. Strings are matched whole
#: so nothing inside them is mistaken for a bracket or a number; whatever matches nothing
#: (blanks, commas, colons, true/false/null) is skipped by ``finditer``.
_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*")'
    r"|(?P<open>[\[{])|(?P<close>[\]}])"
    r"|(?P<constant>-?Infinity|NaN)"
    r"|(?P<number>-?\d+(?P<fraction>(?:\.\d+)?(?:[eE][+-]?\d+)?))",
    re.DOTALL,
)


def _locate(text: str, found: Callable[[re.Match[str], int], bool]) -> re.Match[str] | None:
    """The first token for which ``found(match, depth)`` is true."""
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        if found(match, depth):
            return match
    return None


def _error_at(text: str, at: re.Match[str] | int | None, msg: str) -> JsonSyntaxError:
    offset = at.start() if isinstance(at, re.Match) else at or 0
    line, column = line_column(text, offset)
    return JsonSyntaxError(line, column, msg)


def _too_deep_error(text: str) -> JsonSyntaxError:
    match = _locate(text, lambda m, depth: m.lastgroup == "open" and depth > MAX_DEPTH)
    return _error_at(
        text,
        match,
        f"nesting too deep: more than {MAX_DEPTH} levels of objects and arrays "
        "(Agora's bodies need fewer than 10)",
    )


def _refused_literal_error(text: str, literal: str) -> JsonSyntaxError:
    if literal in ("NaN", "Infinity", "-Infinity"):
        match = _locate(text, lambda m, _: m.group() == literal and m.lastgroup == "constant")
        return _error_at(text, match, f"{literal} is not valid JSON (use a number or null)")
    match = _locate(text, lambda m, _: m.lastgroup == "number" and m.group() == literal)
    shown = literal if len(literal) <= 24 else literal[:20] + "…"
    return _error_at(
        text,
        match,
        f"the number {shown} is too large for JSON readers (a double holds at most about "
        "1.8e308); write a smaller number",
    )


def _long_integer_error(text: str) -> JsonSyntaxError | None:
    """The first integer literal Python refuses to convert, located (None: not that)."""

    def too_long(match: re.Match[str], _: int) -> bool:
        if match.lastgroup != "number" or match.group("fraction"):
            return False
        try:
            int(match.group())
        except ValueError:
            return True
        return False

    match = _locate(text, too_long)
    if match is None:
        return None
    digits = len(match.group().lstrip("-"))
    return _error_at(
        text,
        match,
        f"an integer with {digits} digits is longer than recstudio reads "
        "(Python's limit is 4300 digits); Agora's numbers have fewer than 20",
    )


def _exceeds_depth(root: dict[str, Any] | list[Any]) -> bool:
    """True when containers nest deeper than MAX_DEPTH (level by level: a comprehension per
    level is several times faster on a 10 MB body than a recursive walk)."""
    level: list[Any] = [root]
    for _ in range(MAX_DEPTH):
        level = [
            child
            for node in level
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


#: A ``\u`` escape of a surrogate code point; the literal prefix keeps the search fast.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
#: Left to right: an escaped backslash (so ``\\ud800`` is no escape), a valid escaped pair
#: (joined by json), then anything left over — a lone surrogate, escaped or raw.
_SURROGATES = re.compile(
    r"(?P<skip>\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    "|(?P<lone>\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff])"
)


def _has_raw_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # C speed; only surrogates cannot be encoded
    except UnicodeEncodeError:
        return True
    return False


def _reject_lone_surrogates(text: str) -> None:
    """Say where the first lone surrogate is, pointing at it and not at a valid pair."""
    if not _ESCAPED_SURROGATE.search(text) and not _has_raw_surrogate(text):
        return
    for match in _SURROGATES.finditer(text):
        if match.lastgroup == "lone":
            shown = match.group() if len(match.group()) > 1 else f"U+{ord(match.group()):04X}"
            raise _error_at(
                text,
                match.start(),
                f"{shown} names half of a character (an unpaired surrogate); "
                "write the whole character or its \\u pair",
            )


def parse_json(text: str, *, duplicate_keys: list[str] | None = None) -> Any:
    """Parse strict JSON; raise :class:`JsonSyntaxError` with a position for anything the
    module docstring lists, so no caller ever sees another exception for bad text.

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
        data = json.loads(
            text,
            object_pairs_hook=pairs_hook,
            parse_constant=_reject_constant,
            parse_float=_float,
        )
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(exc.lineno, exc.colno, exc.msg) from None
    except _Refused as exc:
        raise _refused_literal_error(text, exc.literal) from None
    except RecursionError:
        raise _too_deep_error(text) from None
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits) for integer …"
        raise (_long_integer_error(text) or JsonSyntaxError(1, 1, str(exc))) from None
    # cheap prefilter: fewer brackets than the limit cannot nest deeper than it
    if (
        isinstance(data, dict | list)
        and text.count("[") + text.count("{") > MAX_DEPTH
        and _exceeds_depth(data)
    ):
        raise _too_deep_error(text)
    _reject_lone_surrogates(text)
    return data


# --------------------------------------------------------------------------- bytes

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode_json_bytes(data: bytes) -> str:
    """UTF-8 bytes → text; anything else is a JsonSyntaxError at its line and column.

    PowerShell's ``>`` writes UTF-16 with a byte order mark, and a Latin-1 editor writes
    ``é`` as one byte 0xE9: both deserve "save it as UTF-8" at a position an editor can go
    to, not a byte offset from the codec.
    """
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            raise JsonSyntaxError(
                1, 1, f"the text is {name} (it starts with a {name} byte order mark); save as UTF-8"
            )
    if b"\x00" in data[:2]:  # RFC 4627 §3: JSON text starts with two ASCII characters
        raise JsonSyntaxError(
            1, 1, "the text has NUL bytes, as UTF-16 or UTF-32 text does; save it as UTF-8"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        line_start = data.rfind(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8", "replace")) + 1
        raise JsonSyntaxError(
            line,
            column,
            f"byte 0x{data[start]:02X} is not UTF-8 text ({exc.reason}); save the file as UTF-8",
        ) from None


def read_json_text(path: str | os.PathLike[str]) -> str:
    """The text of a JSON file; OSError if unreadable, JsonSyntaxError if not UTF-8."""
    return decode_json_bytes(Path(path).read_bytes())


# --------------------------------------------------------------------------- writing


def non_json_value(data: Any, path: tuple[str | int, ...] = ()) -> tuple[str, str] | None:
    """(dotted path, reason) of the first value JSON text cannot carry, or None.

    ``path`` is where ``data`` sits in the file written, so the depth limit is the one
    :func:`parse_json` applies when the file is read back.

    Bodies built in code (or by a future form) may hold ``inf`` or a lone surrogate;
    json.dumps would write ``Infinity`` (not JSON) and pydantic would write ``null``
    (a changed value). Writers call this first and refuse with the path instead.
    """
    from recstudio.model.paths import format_path

    # Depth first with one iterator per open container: nothing is allocated per scalar.
    # A tuple per item (the old stack of (value, path) pairs) made the garbage collector
    # sweep the whole 10 MB body, holding the GIL ~200 ms while a worker autosaved (issue 12).
    if not isinstance(data, dict | list | tuple):
        reason = _scalar_reason(data)
        return None if reason is None else (format_path(path), reason)
    if len(path) >= MAX_DEPTH:
        return format_path(path), f"nested deeper than {MAX_DEPTH} levels"
    stack: list[tuple[Iterator[tuple[Any, Any]], tuple[str | int, ...], bool]] = [
        (_children(data), path, isinstance(data, dict))
    ]
    while stack:
        children, where, is_dict = stack[-1]
        for key, value in children:
            if is_dict and (not isinstance(key, str) or _has_raw_surrogate(key)):
                return format_path(where), f"the key {key!r} cannot be a JSON key"
            if type(value) is list and _plain_strings(value):
                continue  # a UID list: nothing in it to refuse, decided in C (issue 12)
            if isinstance(value, dict | list | tuple):
                inner = (*where, key)
                if len(inner) >= MAX_DEPTH:
                    # len(inner) + 1 is the level in the file (the project or body is level 1)
                    return format_path(inner), f"nested deeper than {MAX_DEPTH} levels"
                stack.append((_children(value), inner, isinstance(value, dict)))
                break
            reason = _scalar_reason(value)
            if reason is not None:
                return format_path((*where, key)), reason
        else:
            stack.pop()
    return None


def _plain_strings(items: list[Any]) -> bool:
    """Every item is a string UTF-8 can carry; checked a chunk at a time in C."""
    if not only_of(items, _STRINGS):
        return False
    return not any(_has_raw_surrogate("".join(chunk)) for chunk in chunks(items))


_STRINGS: frozenset[type] = frozenset({str})


def _children(node: dict[Any, Any] | list[Any] | tuple[Any, ...]) -> Iterator[tuple[Any, Any]]:
    return iter(node.items()) if isinstance(node, dict) else enumerate(node)


def _scalar_reason(node: Any) -> str | None:
    if isinstance(node, str):
        if _has_raw_surrogate(node):
            return "the text holds half of a character (a lone surrogate)"
        return None
    if isinstance(node, float) and not math.isfinite(node):
        return f"{node!r} is not a JSON number"
    if node is not None and not isinstance(node, int | float):
        return f"a {type(node).__name__} is not JSON data"
    return None


def dump_json(data: Any) -> str:
    """The one JSON text format of every file recstudio writes: stable, readable, UTF-8.

    The text is exactly ``json.dumps(data, indent=2, ensure_ascii=False)``. With an indent
    the standard library encodes in Python, a generator step per item: 160 ms for a 10 MB
    project's 700k UIDs, all of it competing with the GUI thread for the GIL (issue 12).
    Here lists of scalars go through the C encoder a chunk at a time, the line break and
    indent being its item separator: 115 ms, in steps of about a millisecond.
    """
    try:
        return "".join(_indented(data, "")) + "\n"
    except _Unusual:  # non-string keys, tuples, dict subclasses: the library's own walk
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


class _Unusual(Exception):
    """A value whose JSON spelling the fast writer leaves to the standard library."""


def _scalar_text(value: Any, separator: str = ", ") -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(separator, ": "))


def _indented(value: Any, pad: str) -> Iterator[str]:
    kind = type(value)
    inner = pad + "  "
    if kind is dict and value:
        opening = "{\n"
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            yield opening + inner + _scalar_text(key) + ": "
            opening = ",\n"
            yield from _indented(item, inner)
        yield "\n" + pad + "}"
    elif kind is list and value:
        if only_scalars(value):
            separator = ",\n" + inner
            parts = (_scalar_text(chunk, separator)[1:-1] for chunk in chunks(value))
            yield "[\n" + inner + separator.join(parts) + "\n" + pad + "]"
            return
        opening = "[\n"
        for item in value:
            yield opening + inner
            opening = ",\n"
            yield from _indented(item, inner)
        yield "\n" + pad + "]"
    elif kind in SCALARS or kind is dict or kind is list or isinstance(value, int | float | str):
        yield _scalar_text(value)  # also {} and [], and enum members, as json spells them
    else:
        raise _Unusual
