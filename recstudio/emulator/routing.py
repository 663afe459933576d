"""Map a request line to an operation, using the model's own route table (§1.4).

Patterns are derived from ``recstudio.model.route`` so the Sandbox, the client and the
exports can never disagree about a path. Matching is exact and case-sensitive like Agora's
gateway: anything else is "no Route matched with those values".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from recstudio.model import Endpoint, Mode, route
from recstudio.model.routes import NCS_IP_PATH

_SEGMENT = "[^/]+"
_MARKERS = {"\x00A": "app_id", "\x00R": "resource_id", "\x00S": "sid"}


@dataclass(frozen=True, slots=True)
class Operation:
    """A matched Cloud Recording call; ``endpoint`` None is the NCS IP list."""

    method: str
    endpoint: Endpoint | None
    mode: Mode | None = None
    app_id: str = ""
    resource_id: str = ""
    sid: str = ""

    @property
    def name(self) -> str:
        """Fault scope name: the endpoint's Agora spelling, or ``ncs``."""
        return self.endpoint.value if self.endpoint is not None else "ncs"


def _compile(endpoint: Endpoint, mode: Mode) -> tuple[str, re.Pattern[str]]:
    shape = route(endpoint, mode, "\x00A", "\x00R", "\x00S")
    pattern = re.escape(shape.path)
    for marker, group in _MARKERS.items():
        pattern = pattern.replace(re.escape(marker), f"(?P<{group}>{_SEGMENT})")
    return shape.method, re.compile(pattern + r"\Z")


_TABLE: list[tuple[Endpoint, Mode, str, re.Pattern[str]]] = [
    (endpoint, mode, *_compile(endpoint, mode)) for endpoint in Endpoint for mode in Mode
]


def match(method: str, raw_path: str) -> Operation | None:
    """The operation for ``method raw_path`` (query string ignored), or None."""
    path = raw_path.split("?", 1)[0]
    if path == NCS_IP_PATH:
        return Operation("GET", None) if method == "GET" else None
    for endpoint, mode, expected_method, pattern in _TABLE:
        found = pattern.match(path)
        if found is None:
            continue
        if method != expected_method:
            return None
        groups = {k: unquote(v) for k, v in found.groupdict().items()}
        # acquire has no mode in its path; the mode is only known at start.
        op_mode = None if endpoint is Endpoint.ACQUIRE else mode
        return Operation(method, endpoint, op_mode, **groups)
    return None
