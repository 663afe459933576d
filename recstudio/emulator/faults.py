"""Switchable faults, so clients can be tested against the failures Agora really produces.

Each fault may be scoped to one endpoint (``"query"``, ``"updateLayout"``, ``"ncs"`` …) and
may carry a count of requests it applies to; a count is used up by matching requests only.
The failover window is measured on the Sandbox clock (manual in tests), while ``latency_s``
sleeps on the real wall clock because client timeouts are real.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from recstudio.emulator.responses import Reply, coded, gateway
from recstudio.model import Endpoint

#: Endpoints the failover window answers 404 for (§9.3).
FAILOVER_ENDPOINTS = frozenset(
    {Endpoint.QUERY, Endpoint.UPDATE, Endpoint.UPDATE_LAYOUT, Endpoint.STOP}
)
KINDS = ("latency_s", "http_5xx", "code_65", "drop_connection", "failover_404_s", "stranded")

GATEWAY_PAGE = (
    "<html>\r\n<head><title>{status} {title}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_TITLES = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
           504: "Gateway Time-out"}  # fmt: skip


@dataclass(slots=True)
class Fault:
    kind: str
    endpoint: str | None = None
    remaining: int | None = None
    value: float = 0.0
    html: bool = False
    until: float | None = None

    def matches(self, endpoint: str) -> bool:
        return self.endpoint is None or self.endpoint == endpoint

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "endpoint": self.endpoint,
            "remaining": self.remaining,
            "value": self.value,
            "html": self.html,
            "until": self.until,
        }


def server_error(status: int, endpoint: str, *, html: bool) -> Reply:
    """What Agora answers on a backend failure, per endpoint (§7.1)."""
    if html:
        title = _TITLES.get(status, "Server Error")
        return Reply(status, {}, html=GATEWAY_PAGE.format(status=status, title=title))
    if endpoint == Endpoint.ACQUIRE:
        code, reason = {
            503: (501, "no_worker_manager_available"),
            504: (504, "allocate_timeout"),
        }.get(status, (500, "internal_error"))
        return coded(status, code, reason)
    if endpoint == Endpoint.START and status == 503:
        return coded(status, 502, "Failed to allocate worker")
    if endpoint == "ncs":
        return gateway(status, "An unexpected error occurred")
    return coded(status, 62, "request timeout")


def _endpoint_name(endpoint: str | Endpoint | None) -> str | None:
    if endpoint is None or endpoint == "ncs":
        return endpoint
    return Endpoint.parse(str(endpoint)).value


class FaultSet:
    """The active faults of one Sandbox; thread-safe, changed at runtime."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def set(
        self,
        *,
        endpoint: str | Endpoint | None = None,
        latency_s: float | None = None,
        http_5xx: int | None = None,
        html: bool = False,
        code_65: int | None = None,
        drop_connection: int | None = None,
        failover_404_s: float | None = None,
        stranded: int | None = None,
        count: int | None = None,
    ) -> None:
        """Switch faults on (a new fault of the same kind and scope replaces the old one).

        ``code_65``, ``drop_connection`` and ``stranded`` (the next N stops answer
        uploadingStatus "stranded", agora-2026.md §1) are counts; ``count``
        limits ``latency_s`` and ``http_5xx`` (None = until cleared); ``failover_404_s`` is
        a window on the Sandbox clock starting now.
        """
        scope = _endpoint_name(endpoint)
        new: list[Fault] = []
        if latency_s is not None:
            new.append(Fault("latency_s", scope, count, value=float(latency_s)))
        if http_5xx is not None:
            if not 500 <= int(http_5xx) <= 599:
                raise ValueError(f"http_5xx must be a 5xx status, not {http_5xx}")
            new.append(Fault("http_5xx", scope, count, value=int(http_5xx), html=html))
        if code_65 is not None:
            new.append(Fault("code_65", scope, int(code_65)))
        if drop_connection is not None:
            new.append(Fault("drop_connection", scope, int(drop_connection)))
        if stranded is not None:
            new.append(Fault("stranded", scope, int(stranded)))
        if failover_404_s is not None:
            until = self._clock() + float(failover_404_s)
            new.append(Fault("failover_404_s", scope, None, float(failover_404_s), until=until))
        with self._lock:
            replaced = {(f.kind, f.endpoint) for f in new}
            self._faults = [f for f in self._faults if (f.kind, f.endpoint) not in replaced]
            self._faults.extend(f for f in new if f.remaining is None or f.remaining > 0)

    def clear(self, kind: str | None = None) -> None:
        with self._lock:
            self._faults = [f for f in self._faults if kind is not None and f.kind != kind]

    def take(self, kind: str, endpoint: str) -> Fault | None:
        """The fault of ``kind`` that applies to this request, using up one of its count."""
        with self._lock:
            now = self._clock()
            self._faults = [f for f in self._faults if f.until is None or now < f.until]
            for fault in self._faults:
                if fault.kind != kind or not fault.matches(endpoint):
                    continue
                if kind == "failover_404_s" and endpoint not in FAILOVER_ENDPOINTS:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault
            return None

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.to_json() for f in self._faults]
