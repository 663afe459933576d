"""Notification Center (NCS) events of Cloud Recording: model, signatures, store, receiver,
per-recording timelines and the doctor. Qt-free; nothing here imports PySide6."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recstudio.model.lazy import lazy_getattr

if TYPE_CHECKING:
    from recstudio.events.catalogue import EVENT_TYPES, EventType, describe_event
    from recstudio.events.model import Event, EventError, parse_event, sort_events, unique_events
    from recstudio.events.signature import Verdict, sign, verify

#: name -> submodule, loaded on first use: ``recstudio --help`` (which imports this package's
#: commands) needs none of them (issue 12)
_HOME = {
    "EVENT_TYPES": "recstudio.events.catalogue",
    "EventType": "recstudio.events.catalogue",
    "describe_event": "recstudio.events.catalogue",
    "Event": "recstudio.events.model",
    "EventError": "recstudio.events.model",
    "parse_event": "recstudio.events.model",
    "sort_events": "recstudio.events.model",
    "unique_events": "recstudio.events.model",
    "Verdict": "recstudio.events.signature",
    "sign": "recstudio.events.signature",
    "verify": "recstudio.events.signature",
}

__getattr__ = lazy_getattr(globals(), _HOME)

__all__ = [
    "EVENT_TYPES",
    "Event",
    "EventError",
    "EventType",
    "Verdict",
    "describe_event",
    "parse_event",
    "sign",
    "sort_events",
    "unique_events",
    "verify",
]
