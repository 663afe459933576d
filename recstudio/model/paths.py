"""JSON paths in the one notation used everywhere: ``a.b[3].c``.

Paths are how a Problem finds its form field or canvas region, and how an undo command
names what it changed, so parsing and formatting must round-trip exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping, MutableSequence, Sequence
from itertools import pairwise
from typing import Any

PathPart = str | int
Path = tuple[PathPart, ...]

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class _Missing:
    """Singleton: copying it must give itself, or undo commands would store a copy that
    ``set_path`` no longer recognises as "delete"."""

    def __repr__(self) -> str:
        return "MISSING"

    def __copy__(self) -> _Missing:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> _Missing:
        return self

    def __reduce__(self) -> str:
        return "MISSING"


#: Returned by :func:`get_path` when nothing is at the path (``None`` is a JSON value).
MISSING: Any = _Missing()


def format_path(parts: Iterable[PathPart]) -> str:
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        else:
            out.append(f".{part}" if out else str(part))
    return "".join(out)


def parse_path(text: str) -> Path:
    if not text:
        return ()
    parts: list[PathPart] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        gap = text[pos : match.start()]
        if gap not in ("", "."):
            raise ValueError(f"bad path {text!r} near {gap!r}")
        key, index = match.groups()
        parts.append(int(index) if index is not None else key)
        pos = match.end()
    if pos != len(text):
        raise ValueError(f"bad path {text!r}")
    return tuple(parts)


def get_path(doc: Any, path: Path | str, default: Any = MISSING) -> Any:
    parts = parse_path(path) if isinstance(path, str) else path
    node = doc
    for part in parts:
        if isinstance(part, int):
            if not isinstance(node, Sequence) or isinstance(node, str) or part >= len(node):
                return default
            node = node[part]
        else:
            if not isinstance(node, Mapping) or part not in node:
                return default
            node = node[part]
    return node


def set_path(doc: MutableMapping[str, Any], path: Path | str, value: Any) -> None:
    """Set ``value`` at ``path``, creating dicts on the way; ``MISSING`` deletes the key.

    Deleting also removes containers the deletion left empty, so a cleared form field does
    not leave ``{}`` behind in the generated body.
    """
    parts = parse_path(path) if isinstance(path, str) else path
    if not parts:
        raise ValueError("empty path")
    if value is MISSING:
        _delete(doc, parts)
        return
    node: Any = doc
    for part, nxt in pairwise(parts):
        if isinstance(part, int):
            node = node[part]
            continue
        if part not in node or not isinstance(node[part], (dict, list)):
            node[part] = [] if isinstance(nxt, int) else {}
        node = node[part]
    last = parts[-1]
    if isinstance(last, int):
        seq: MutableSequence[Any] = node
        if last == len(seq):
            seq.append(value)
        else:
            seq[last] = value
    else:
        node[last] = value


def with_path(doc: Any, path: Path | str, value: Any) -> Any:
    """``doc`` with ``value`` set at ``path`` (``MISSING`` deletes), leaving ``doc`` itself
    untouched: only the containers on the path are copied, everything else is shared.

    This is how the document edits the Project, so a snapshot (autosave, save on a worker)
    is a shallow copy instead of a deep one, and a cached check can tell by identity which
    parts of the Project an edit touched.
    """
    parts = parse_path(path) if isinstance(path, str) else path
    if not parts:
        raise ValueError("empty path")
    root = doc.copy()
    node: Any = root
    for part in parts[:-1]:
        child = get_path(node, (part,))
        if not isinstance(child, (dict, list)):
            break  # set_path creates (or, deleting, gives up on) the rest
        child = child.copy()
        node[part] = child
        node = child
    set_path(root, parts, value)
    return root


def _delete(doc: MutableMapping[str, Any], parts: Path) -> None:
    chain: list[Any] = [doc]
    node: Any = doc
    for part in parts[:-1]:
        node = get_path(node, (part,))
        if node is MISSING or not isinstance(node, (dict, list)):
            return
        chain.append(node)
    last = parts[-1]
    container = chain[-1]
    if isinstance(last, int):
        if isinstance(container, list) and last < len(container):
            del container[last]
    elif isinstance(container, dict):
        container.pop(last, None)
    # prune dicts emptied by the deletion (never lists: an empty list may be intended)
    for depth in range(len(chain) - 1, 0, -1):
        child = chain[depth]
        if isinstance(child, dict) and not child:
            parent = chain[depth - 1]
            key = parts[depth - 1]
            if isinstance(parent, dict):
                parent.pop(key, None)
        else:
            break
