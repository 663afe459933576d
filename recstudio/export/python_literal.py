"""JSON data spelled as Python source (``true`` → ``True``, ``null`` → ``None``).

``repr``/``pprint`` would do for plain data but sort or wrap keys unpredictably and quote
strings with ``'``; this keeps the exported key order and JSON-style double quotes, so the
Python body reads like the JSON one next to it.
"""

from __future__ import annotations

import json
import math
from typing import Any

_INDENT = "    "
#: A list of scalars stays on one line while it is this short (``["hls", "mp4"]``).
_INLINE_WIDTH = 60


def python_literal(value: Any, level: int = 0) -> str:
    """Source text that ``ast.literal_eval`` turns back into ``value``."""
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no JSON spelling")
        return repr(value)
    if isinstance(value, str):
        # A JSON string literal is also a valid Python one (same escapes, \uXXXX included).
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return _container("{", "}", [_entry(k, v, level) for k, v in value.items()], level)
    if isinstance(value, list | tuple):
        if all(not isinstance(v, dict | list | tuple) for v in value):
            inline = "[" + ", ".join(python_literal(v) for v in value) + "]"
            if len(inline) <= _INLINE_WIDTH:
                return inline
        return _container("[", "]", [python_literal(v, level + 1) for v in value], level)
    raise TypeError(f"not JSON data: {type(value).__name__}")


def _entry(key: Any, value: Any, level: int) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys are strings, got {type(key).__name__}")
    return f"{python_literal(key)}: {python_literal(value, level + 1)}"


def _container(opening: str, closing: str, items: list[str], level: int) -> str:
    if not items:
        return opening + closing
    inner = _INDENT * (level + 1)
    lines = "".join(f"{inner}{item},\n" for item in items)
    return f"{opening}\n{lines}{_INDENT * level}{closing}"
