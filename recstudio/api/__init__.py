"""Talking to Agora: client, error catalogue, retry and rate-limit policy, runner, ledger.

Names are resolved lazily (PEP 562) so ``import recstudio.api`` stays cheap: the GUI
imports this package on launch and ``requests`` alone costs tens of milliseconds
(design.md performance budgets). ``requests`` is only loaded with ``client``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "CloudRecordingClient": "recstudio.api.client",
    "ApiError": "recstudio.api.errors",
    "Explanation": "recstudio.api.errors",
    "explain": "recstudio.api.errors",
    "RetryPolicy": "recstudio.api.retry",
    "TokenBucket": "recstudio.api.ratelimit",
    "Ledger": "recstudio.api.ledger",
    "LedgerEntry": "recstudio.api.ledger",
    "LedgerError": "recstudio.api.ledger",
    "default_ledger_path": "recstudio.api.ledger",
    "LedgerWriteAfterStart": "recstudio.api.runner",
    "RecordingRunner": "recstudio.api.runner",
    "Recording": "recstudio.api.runner",
    "RunnerEvent": "recstudio.api.runner",
    "RequestRecord": "recstudio.api.results",
    "AcquireResult": "recstudio.api.results",
    "StartResult": "recstudio.api.results",
    "QueryResult": "recstudio.api.results",
    "UpdateResult": "recstudio.api.results",
    "StopResult": "recstudio.api.results",
}

__all__ = [
    "AcquireResult",
    "ApiError",
    "CloudRecordingClient",
    "Explanation",
    "Ledger",
    "LedgerEntry",
    "LedgerError",
    "LedgerWriteAfterStart",
    "QueryResult",
    "Recording",
    "RecordingRunner",
    "RequestRecord",
    "RetryPolicy",
    "RunnerEvent",
    "StartResult",
    "StopResult",
    "TokenBucket",
    "UpdateResult",
    "default_ledger_path",
    "explain",
]

if TYPE_CHECKING:
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.errors import ApiError, Explanation, explain
    from recstudio.api.ledger import Ledger, LedgerEntry, LedgerError, default_ledger_path
    from recstudio.api.ratelimit import TokenBucket
    from recstudio.api.results import (
        AcquireResult,
        QueryResult,
        RequestRecord,
        StartResult,
        StopResult,
        UpdateResult,
    )
    from recstudio.api.retry import RetryPolicy
    from recstudio.api.runner import (
        LedgerWriteAfterStart,
        Recording,
        RecordingRunner,
        RunnerEvent,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'recstudio.api' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
