"""Notification Center (NCS) events of Cloud Recording: model, signatures, store, receiver,
per-recording timelines and the doctor. Qt-free; nothing here imports PySide6."""

from recstudio.events.catalogue import EVENT_TYPES, EventType, describe_event
from recstudio.events.model import Event, EventError, parse_event, sort_events, unique_events
from recstudio.events.signature import Verdict, sign, verify

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
