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


# -- a webhook the test owns: records every delivery, can fail or stall on purpose --------

import threading  # noqa: E402
import time  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402


class Hook(ThreadingHTTPServer):
    """A developer's webhook handler: keeps (headers, body) of every POST."""

    daemon_threads = True

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0  # answer 500 to this many deliveries
        self.stall_next = 0  # answer after ``stall_s`` to this many deliveries
        self.stall_s = 0.0
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _HookHandler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/ncs"

    def close(self) -> None:
        self.shutdown()
        self.server_close()

    def envelopes(self) -> list[dict]:
        with self.lock:
            return [json.loads(body) for _h, body in self.deliveries]


class _HookHandler(BaseHTTPRequestHandler):
    server: Hook

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        hook = self.server
        with hook.lock:
            hook.deliveries.append((dict(self.headers.items()), body))
            failing = hook.fail_next > 0
            hook.fail_next -= failing
            stalling = hook.stall_next > 0
            hook.stall_next -= stalling
        if stalling:
            time.sleep(hook.stall_s)  # a slow handler: the notifier's timeout must fire
        status = 500 if failing else 200
        try:
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
        except OSError:
            pass
