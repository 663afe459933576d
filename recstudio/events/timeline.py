"""One recording's story in time order: what the app sent and got back, each query status,
and each NCS event, with its meaning in words (Qt-free; the CLI and the GUI both show it).

Times are seconds since the epoch: request-log times as recorded by the client, events at
their ``sendts`` (when Agora produced them). Events with a sequence number keep that order
among themselves even if two share a millisecond.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from recstudio.api.results import STATUS_TEXT
from recstudio.events.catalogue import EVENT_TYPES, explain
from recstudio.events.model import sort_events
from recstudio.events.store import EventStore, LoggedRequest, StoredEvent


@dataclass(frozen=True, slots=True)
class TimelineItem:
    time: float
    kind: str  # "request" | "status" | "event" | "ledger"
    title: str
    meaning: str
    trust: str = ""  # events: the signature verdict
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "kind": self.kind,
            "title": self.title,
            "meaning": self.meaning,
            "trust": self.trust,
            "data": self.data,
        }


EVENT_SUMMARY = {code: kind.summary for code, kind in EVENT_TYPES.items()}


def _request_items(request: LoggedRequest) -> list[TimelineItem]:
    if request.http_status is None:
        outcome = request.error or "no answer"
    else:
        code = f", code {request.agora_code}" if request.agora_code is not None else ""
        outcome = f"HTTP {request.http_status}{code}"
        body = request.response_body if isinstance(request.response_body, dict) else {}
        reason = body.get("reason") or body.get("message")
        if reason:
            outcome += f" — {reason}"
    attempt = f" (attempt {request.attempt})" if request.attempt and request.attempt > 1 else ""
    items = [
        TimelineItem(
            request.time,
            "request",
            f"{request.endpoint}{attempt}",
            outcome,
            data={
                "method": request.method,
                "url": request.url,
                "request": request.request_body,
                "response": request.response_body,
            },
        )
    ]
    response = request.response_body if isinstance(request.response_body, dict) else {}
    server = response.get("serverResponse")
    if request.endpoint == "query" and isinstance(server, dict) and "status" in server:
        status = server.get("status")
        text = STATUS_TEXT.get(status, "unknown") if isinstance(status, int) else "unknown"
        items.append(TimelineItem(request.time, "status", f"status {status}", text))
    return items


def _event_item(kept: StoredEvent) -> TimelineItem | None:
    event = kept.event
    if event is None:
        return None
    return TimelineItem(
        event.time_ms / 1000.0,
        "event",
        f"event {event.event_type} {event.name}",
        explain(event.event_type, event.details) or EVENT_SUMMARY.get(event.event_type, ""),
        trust=kept.verdict.value,
        data={"noticeId": event.notice_id, "sequence": event.sequence,
              "details": event.details},
    )  # fmt: skip


def build_timeline(sid: str, store: EventStore, entry: Any = None) -> list[TimelineItem]:
    """Everything known about ``sid``; ``entry`` is its ledger entry (for the resourceId)."""
    resource_id = getattr(entry, "resource_id", None)
    items: list[TimelineItem] = []
    for request in store.requests_for(sid, resource_id):
        items.extend(_request_items(request))
    kept_by_event = {id(k.event): k for k in store.events_for(sid) if k.event is not None}
    ordered = sort_events(k.event for k in kept_by_event.values() if k.event is not None)
    events = [_event_item(kept_by_event[id(e)]) for e in ordered]
    # merge: requests by time; events keep their sequence order (stable sort by time would
    # reorder events whose sendts disagree with their sequence, which Agora's order wins)
    event_items = [item for item in events if item is not None]
    merged: list[TimelineItem] = []
    requests = sorted(items, key=lambda i: i.time)
    r = 0
    for item in event_items:
        while r < len(requests) and requests[r].time <= item.time:
            merged.append(requests[r])
            r += 1
        merged.append(item)
    merged.extend(requests[r:])
    return _collapse_polls(merged)


def _collapse_polls(items: list[TimelineItem]) -> list[TimelineItem]:
    """Runs of identical query answers (a poll every few seconds for an hour) become one
    pair of lines with a count and the time of the last, so the changes stand out."""
    out: list[TimelineItem] = []
    last_key: tuple[str, str] | None = None
    repeats = 0
    i = 0
    while i < len(items):
        item = items[i]
        pair = (
            item.kind == "request" and item.title == "query"
            and i + 1 < len(items) and items[i + 1].kind == "status"
        )  # fmt: skip
        if not pair:
            out.append(item)
            last_key, repeats = None, 0
            i += 1
            continue
        status = items[i + 1]
        key = (item.meaning, status.title)
        if key == last_key:
            repeats += 1
            first = out[-1]
            out[-1] = TimelineItem(
                first.time, first.kind, first.title,
                f"{first.meaning.split(' (×')[0]} (×{repeats + 1}, last at "
                f"{_clock(status.time)[11:23]})",
                data=first.data,
            )  # fmt: skip
        else:
            out.extend((item, status))
            last_key, repeats = key, 0
        i += 2
    return out


def _clock(seconds: float) -> str:
    stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    return stamp.strftime("%Y-%m-%d %H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def render_text(items: list[TimelineItem]) -> str:
    lines = []
    for item in items:
        trust = f" [{item.trust}]" if item.trust and item.trust != "valid" else ""
        lines.append(f"{_clock(item.time)}  {item.kind:<7}  {item.title}: {item.meaning}{trust}")
    return "\n".join(lines)
