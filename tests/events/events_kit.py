"""Helpers for tests/events: NCS envelopes and raw HTTP posts to a receiver."""

from __future__ import annotations

import http.client
import json
from typing import Any

from recstudio.events.catalogue import EVENT_TYPES
from recstudio.events.signature import sign

SECRET = "ncs-secret-7c1e0f"


def envelope(event_type: int, sequence: int, sid: str = "sid-1", **details: Any) -> dict:
    return {
        "noticeId": f"n-{sid}-{event_type}-{sequence}",
        "productId": 3,
        "eventType": event_type,
        "notifyMs": 1_700_000_000_000 + sequence,
        "payload": {
            "cname": "room",
            "uid": "527841",
            "sid": sid,
            "sequence": sequence,
            "sendts": 1_700_000_000_000 + 10 * sequence,
            "serviceType": 1,
            "details": {"msgName": EVENT_TYPES[event_type].name, **details},
        },
    }


#: what ``post`` returns when the receiver closed the connection on a refused request
REFUSED = -1


def post(port: int, body: bytes, headers: dict[str, str] | None = None) -> int:
    """The HTTP status, or REFUSED when the receiver turned the connection away unread."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("POST", "/", body=body, headers={"Content-Type": "application/json",
                                                       **(headers or {})})  # fmt: skip
        response = conn.getresponse()
        response.read()
        return response.status
    except ConnectionError:
        return REFUSED
    finally:
        conn.close()


def post_signed(port: int, data: dict, secret: str = SECRET) -> int:
    body = json.dumps(data).encode()
    return post(port, body, sign(body, secret))
