"""A local NCS endpoint: answers 200 at once, judges the signature, keeps every delivery.

Agora resends when no 200 arrives within 10 s, so the handler does only what is cheap and
bounded before answering — read at most :data:`MAX_BODY_BYTES`, verify the HMACs — and
hands the body to one writer thread through a bounded queue. Hostile or broken traffic is
bounded too: at most :data:`MAX_CONNECTIONS` handlers at a time (more are answered 503 and
closed, which NCS treats as "resend later"), a socket timeout against slow senders, and a
full queue answers 503 instead of growing memory. Nothing a sender does raises out of the
handler. Binds to 127.0.0.1 unless told otherwise (see README "Receiving NCS events").
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from recstudio.events.signature import Verdict, verify
from recstudio.events.store import EventStore, StoredEvent

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
MAX_CONNECTIONS = 64
QUEUE_LIMIT = 10_000
SOCKET_TIMEOUT_S = 5.0
_OK = json.dumps({"ok": True}).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], receiver: EventReceiver) -> None:
        self.receiver = receiver
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.receiver._slots.acquire(blocking=False):
            self.receiver.refused += 1
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                    b"Connection: close\r\nRetry-After: 1\r\n\r\n"
                )
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.receiver._slots.release()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as NCS recommends
    server: _Server
    timeout = SOCKET_TIMEOUT_S
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("ncs receiver: " + format, *args)

    def do_GET(self) -> None:
        # a health check: Console's "Check" and curl both get a JSON answer
        self._reply(200, _OK)

    def do_POST(self) -> None:
        text = (self.headers.get("Content-Length") or "").strip()
        if not text.isdigit() or len(text) > 12:
            self.close_connection = True
            self._reply(411 if not text else 400, b'{"error": "Content-Length needed"}')
            return
        length = int(text)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._reply(413, b'{"error": "body too large"}')
            return
        try:
            raw = self.rfile.read(length)
        except OSError:
            self.close_connection = True
            return
        if len(raw) < length:
            self.close_connection = True
            return
        receiver = self.server.receiver
        headers = dict(self.headers.items())
        try:
            verdict = verify(raw, headers, receiver.secret)
        except Exception:  # a header that cannot even be compared is a bad signature
            verdict = Verdict.INVALID
        if not receiver.enqueue(raw, verdict):
            self._reply(503, b'{"error": "busy"}')
            return
        self._reply(200, _OK)

    def _reply(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


class EventReceiver:
    """HTTP receiver bound to ``host:port`` writing into ``store``; start/stop or ``with``."""

    def __init__(
        self,
        store: EventStore,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        secret: str | None = None,
        on_event: Callable[[StoredEvent], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.secret = secret or None
        self.on_event = on_event
        self._clock = clock
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._queue: queue.Queue[tuple[bytes, Verdict, float] | None] = queue.Queue(QUEUE_LIMIT)
        self.refused = 0
        self.stored = 0
        self._httpd = _Server((host, port), self)
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = self._httpd.server_address[0]
        host = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/"

    def enqueue(self, raw: bytes, verdict: Verdict) -> bool:
        try:
            self._queue.put_nowait((raw, verdict, self._clock()))
        except queue.Full:
            self.refused += 1
            return False
        return True

    def _write_loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            raw, verdict, at = item
            try:
                kept = self.store.add_delivery(raw, verdict, received_at=at)
            except Exception:
                log.exception("ncs receiver: could not store a delivery")
                continue
            self.stored += 1
            if self.on_event is not None:
                try:
                    self.on_event(kept)
                except Exception:
                    log.exception("ncs receiver: on_event failed")

    def pending(self) -> int:
        return self._queue.qsize()

    def start(self) -> EventReceiver:
        if not self._threads:
            for target, name in ((self._write_loop, "ncs-writer"),
                                 (self._serve, "ncs-receiver")):  # fmt: skip
                thread = threading.Thread(target=target, name=name, daemon=True)
                thread.start()
                self._threads.append(thread)
        return self

    def _serve(self) -> None:
        self._httpd.serve_forever(poll_interval=0.05)

    def stop(self) -> None:
        """Stop listening, then write out what was already answered 200."""
        if self._threads:
            self._httpd.shutdown()
            self._queue.put(None)
            for thread in self._threads:
                thread.join()
            self._threads = []
        self._httpd.server_close()

    def __enter__(self) -> EventReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def import_payloads(store: EventStore, text: str) -> list[StoredEvent]:
    """Events a user copied out of their own server's log: a JSON array of envelopes, one
    envelope, or JSON lines. No signature headers come with them, so they are ``unsigned``.
    """
    stripped = text.strip()
    chunks: list[str]
    try:
        data = json.loads(stripped) if stripped else []
    except ValueError:
        chunks = [line for line in stripped.splitlines() if line.strip()]
    else:
        items = data if isinstance(data, list) else [data]
        chunks = [json.dumps(item, ensure_ascii=False) for item in items]
    return [store.add_delivery(chunk, Verdict.UNSIGNED) for chunk in chunks]
