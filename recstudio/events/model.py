"""One NCS delivery as a plain record: the envelope, the common payload fields, the decoded
meaning; plus de-duplication and ordering, because NCS may deliver twice and out of order.

Malformed input raises :class:`EventError` naming the field, so a receiver can keep the raw
body marked "malformed" instead of crashing or guessing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from recstudio.events.catalogue import EVENT_TYPES, describe_event


class EventError(ValueError):
    """A payload that is not an NCS event; the message names the field."""


@dataclass(frozen=True, slots=True)
class Event:
    notice_id: str
    product_id: int
    event_type: int
    notify_ms: int
    sid: str
    cname: str
    uid: str
    sequence: int | None
    sendts: int | None
    service_type: int | None
    details: dict[str, Any] = field(default_factory=dict)
    payload: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        known = EVENT_TYPES.get(self.event_type)
        return known.name if known else f"event_{self.event_type}"

    @property
    def meaning(self) -> str:
        return describe_event(self.event_type, self.details)

    @property
    def time_ms(self) -> int:
        """When it happened: ``sendts`` from the payload, else when NCS sent it."""
        return self.sendts if self.sendts is not None else self.notify_ms

    def envelope(self) -> dict[str, Any]:
        return {
            "noticeId": self.notice_id,
            "productId": self.product_id,
            "eventType": self.event_type,
            "notifyMs": self.notify_ms,
            "payload": self.payload,
        }


def _integer(data: Mapping[str, Any], key: str, where: str, *, required: bool) -> int | None:
    value = data.get(key)
    if value is None:
        if required:
            raise EventError(f"{where}{key} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise EventError(f"{where}{key} must be an integer, not {type(value).__name__}")
    try:
        return int(value)
    except ValueError:
        raise EventError(f"{where}{key} must be an integer, not {str(value)[:40]!r}") from None


def parse_event(data: Any) -> Event:
    """An :class:`Event` from a decoded envelope (dict) or its raw JSON (bytes/str)."""
    if isinstance(data, bytes | str):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise EventError(f"body is not JSON: {exc}") from None
    if not isinstance(data, Mapping):
        raise EventError(f"an event must be a JSON object, not {type(data).__name__}")
    notice = data.get("noticeId")
    if not isinstance(notice, str | int) or isinstance(notice, bool) or str(notice) == "":
        raise EventError("noticeId is missing or not a string")
    payload = data.get("payload")
    if not isinstance(payload, Mapping):
        raise EventError("payload is missing or not an object")
    details = payload.get("details", {})
    if details is None:
        details = {}
    if not isinstance(details, Mapping):
        raise EventError("payload.details must be an object")
    event_type = _integer(data, "eventType", "", required=True)
    assert event_type is not None
    return Event(
        notice_id=str(notice),
        product_id=_integer(data, "productId", "", required=False) or 0,
        event_type=event_type,
        notify_ms=_integer(data, "notifyMs", "", required=False) or 0,
        sid=str(payload.get("sid") or ""),
        cname=str(payload.get("cname") or ""),
        uid=str(payload.get("uid") if payload.get("uid") is not None else ""),
        sequence=_integer(payload, "sequence", "payload.", required=False),
        sendts=_integer(payload, "sendts", "payload.", required=False),
        service_type=_integer(payload, "serviceType", "payload.", required=False),
        details=dict(details),
        payload=dict(payload),
    )


def unique_events(events: Iterable[Event]) -> list[Event]:
    """Drop NCS resends: the same ``noticeId`` (with the same ``notifyMs``, as the NCS page
    says) is one event; the first delivery wins."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for event in events:
        key = (event.notice_id, event.notify_ms)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Events of one recording in the order they happened: by ``sequence`` (from 0, the
    order Agora produced them) when every event has one, else by ``sendts``; the other
    field and the noticeId break ties so the order is stable across deliveries."""
    items = list(events)
    if all(e.sequence is not None for e in items):
        return sorted(items, key=lambda e: (e.sequence or 0, e.time_ms, e.notice_id))
    return sorted(items, key=lambda e: (e.time_ms, e.sequence or 0, e.notice_id))
