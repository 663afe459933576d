"""Shorten a body for display: long arrays and big strings cut, with a note of what is left
out, so the JSON panel of a 10 MB body shows a screenful instead of 900k lines (issue 12).

The result shares the untouched values with the body (no deep copy); it is for the eyes
only: exports, checks and sending always use the whole body.
"""

from __future__ import annotations

from typing import Any

#: Items of an array shown before the rest is summarised.
ARRAY_ITEMS = 50
#: Characters of a string shown before the rest is summarised.
STRING_CHARS = 2000


def elide(node: Any, *, items: int = ARRAY_ITEMS, chars: int = STRING_CHARS) -> tuple[Any, int]:
    """``(shortened node, how many arrays and strings were cut)``."""
    cut = 0

    def walk(value: Any) -> Any:
        nonlocal cut
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        if isinstance(value, list):
            if len(value) <= items:
                return [walk(item) for item in value]
            cut += 1
            more = len(value) - items
            return [walk(item) for item in value[:items]] + [f"… {more:,} more items"]
        if isinstance(value, str) and len(value) > chars:
            cut += 1
            return value[:chars] + f"… ({len(value):,} characters in all)"
        return value

    return walk(node), cut
