"""The Sandbox HTTP layer: Agora's gateway behaviour in front of :class:`SandboxState`.

Order of judgement follows Agora's gateway: route → auth → appid → rate limit → (faults) →
Content-Type / JSON (code 8) → body rules (code 2) → state. Standard library only, so the
Sandbox runs anywhere the app runs, in-process behind the default "Sandbox" profile or as
``recstudio emulator``. Admin routes under ``/_sandbox/`` drive the simulated channel,
faults and the manual clock (see :mod:`recstudio.emulator.admin`).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import json
import logging
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recstudio.emulator import admin
from recstudio.emulator import responses as r
from recstudio.emulator.channel import Participant
from recstudio.emulator.faults import FaultSet, server_error
from recstudio.emulator.media import MediaRecorder
from recstudio.emulator.recording import Recording, Timing
from recstudio.emulator.responses import Reply
from recstudio.emulator.routing import Operation, match
from recstudio.emulator.state import ManualClock, SandboxState
from recstudio.emulator.upload import SandboxUploader
from recstudio.emulator.validation import body_error, invalid_channel_name
from recstudio.model import CONTENT_TYPE, Endpoint

if TYPE_CHECKING:
    from recstudio.emulator.notify import Notifier

log = logging.getLogger(__name__)

#: application/json with an optional utf-8 charset, any case (§1.2); anything else is code 8.
_JSON_TYPE = re.compile(r'application/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?', re.IGNORECASE)
_NCS_REPLY = {"data": {"service": {"hosts": [{"primaryIP": "127.0.0.1"}]}}}


class RateLimiter:
    """Sliding one-second window per customer, on the Sandbox clock (§1.3)."""

    def __init__(self, per_second: float, clock: Callable[[], float]) -> None:
        self.per_second = per_second
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, customer: str) -> bool:
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(customer, deque())
            while hits and hits[0] <= now - 1.0:
                hits.popleft()
            if len(hits) >= self.per_second:
                return False
            hits.append(now)
            return True


class ChannelHandle:
    """Python access to one simulated channel: ``server.channel(appid, cname).join("123")``."""

    def __init__(self, state: SandboxState, app_id: str, cname: str) -> None:
        self._state = state
        self.app_id = app_id
        self.cname = cname

    def join(self, uid: str | int, *, audio: bool = True, video: bool = True) -> Participant:
        return self._state.join(self.app_id, self.cname, str(uid), audio=audio, video=video)

    def leave(self, uid: str | int) -> bool:
        return self._state.leave(self.app_id, self.cname, str(uid))

    @property
    def uids(self) -> list[str]:
        return list(self._state.channels.get(self.app_id, self.cname).participants)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HttpServer
    #: Idle keep-alive connections are closed after this many seconds.
    timeout = 30
    #: Headers and body go out in two writes; without this, Nagle + delayed ACK add ~40 ms.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line never carries secrets (they are in headers and bodies).
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        length = _content_length(self.headers.get_all("Content-Length") or [])
        if isinstance(length, Reply):
            # the body's end is unknown, so this connection cannot carry another request
            self.close_connection = True
            self._send(length)
            return
        raw = self.rfile.read(length) if length > 0 else b""
        sandbox = self.server.sandbox
        try:
            if self.path.startswith(admin.PREFIX):
                reply: Reply | None = sandbox.handle_admin(method, self.path, self.headers, raw)
            else:
                reply = sandbox.handle_api(method, self.path, self.headers, raw)
        except Exception:
            log.exception("sandbox: internal error on %s %s", method, self.path)
            reply = r.coded(500, 500, "internal_error")
        if reply is None:
            self._drop()
            return
        self._send(reply)

    def _drop(self) -> None:
        """Close the socket without a response (drop_connection fault)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, reply: Reply) -> None:
        if reply.html is not None:
            payload, content_type = reply.html.encode(), "text/html; charset=utf-8"
        else:
            payload, content_type = json.dumps(reply.body).encode(), CONTENT_TYPE
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            # The client gave up (its timeout hit during a latency fault).
            self.close_connection = True


#: Far above any Cloud Recording body (a start body is a few KB); refusing more keeps one
#: request from making the Sandbox allocate without bound.
MAX_BODY_BYTES = 16 * 1024 * 1024


def _content_length(values: list[str]) -> int | Reply:
    """The body length, or the 400/413 for an unusable header (RFC 9110 §8.6: digits only;
    repeated headers must agree) — never an exception that drops the connection."""
    if not values:
        return 0
    distinct = {v.strip() for v in values}
    if len(distinct) > 1:
        return r.gateway(400, "conflicting Content-Length headers")
    text = distinct.pop()
    if not text.isascii() or not text.isdigit() or len(text) > 20:
        return r.gateway(400, f"malformed Content-Length {text[:40]!r}: expected a byte count")
    length = int(text)
    if length > MAX_BODY_BYTES:
        return r.gateway(413, f"Content-Length {length} is over the limit of {MAX_BODY_BYTES}")
    return length


def _check_auth(headers: Any, customer_id: str, customer_secret: str) -> Reply | None:
    value = headers.get("Authorization")
    if not value:
        return r.UNAUTHORIZED
    scheme, _, encoded = value.partition(" ")
    if scheme.lower() != "basic":
        return r.BAD_CREDENTIALS
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return r.BAD_CREDENTIALS
    user, _, password = decoded.partition(":")
    ok = hmac.compare_digest(user.encode(), customer_id.encode()) & hmac.compare_digest(
        password.encode(), customer_secret.encode()
    )
    return None if ok else r.BAD_CREDENTIALS


def _parse_json(raw: bytes) -> Any:
    def reject(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(raw.decode("utf-8"), parse_constant=reject)


class SandboxServer:
    """A local Cloud Recording server on loopback; see the package docstring for routes.

    ``clock`` drives every state decision (pass a :class:`ManualClock` in tests, which also
    enables ``POST /_sandbox/clock/advance``); ``app_ids`` None accepts any App ID;
    ``rate_limit`` None disables the 10 req/s limit (useful with a manual clock, where many
    calls happen at the same instant).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        customer_id: str = "sandbox",
        customer_secret: str = "sandbox",
        clock: Callable[[], float] = time.time,
        app_ids: set[str] | None = None,
        rate_limit: float | None = 10.0,
        timing: Timing | None = None,
        media_dir: str | Path | None = None,
    ) -> None:
        self.customer_id = customer_id
        self.customer_secret = customer_secret
        self.clock = clock
        self.app_ids = set(app_ids) if app_ids is not None else None
        self.state = SandboxState(clock, timing)
        self.faults = FaultSet(clock)
        self.uploader = SandboxUploader()  # files to loopback storage after stop
        self.limiter = RateLimiter(rate_limit, clock) if rate_limit else None
        #: With ``media_dir``, finished tasks write real HLS/MP4 there (emulator/media.py).
        self.media: MediaRecorder | None = None
        if media_dir is not None:
            self.media = MediaRecorder(media_dir)
            self.state.media = self.media
            # the compositor's files are what the uploader puts in loopback storage
            self.uploader.media_files = self.media.wait
        self._httpd = _HttpServer((host, port), self)
        self._thread: threading.Thread | None = None
        self.notifier: Notifier | None = None

    # -- lifecycle ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host = self._host()
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}"

    def _host(self) -> str:
        host = self._httpd.server_address[0]
        return host.decode() if isinstance(host, bytes) else str(host)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def start(self) -> SandboxServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="recstudio-sandbox",
                daemon=True,
            )
            self._thread.start()
        return self

    def notify(self, url: str, secret: str | None = None, **options: Any) -> Notifier:
        """Send signed NCS events for every recording to ``url`` (see emulator/notify.py)."""
        from recstudio.emulator.notify import Notifier

        if self.notifier is not None:
            self.notifier.stop()
        options.setdefault("uploader", self.uploader)  # real uploads decide upload events
        self.notifier = Notifier(url, secret, self.state, **options).start()
        return self.notifier

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.stop()
            self.notifier = None
        self.uploader.close()
        if self._thread is not None:
            stopper = threading.Thread(target=self._httpd.shutdown)
            stopper.start()
            self._wake()
            stopper.join()
            self._thread.join()
            self._thread = None
        with self._httpd.connections_lock:
            for conn in list(self._httpd.connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        if self.media is not None:
            self.media.close()

    def _wake(self) -> None:
        """Poke the listening socket so serve_forever sees the shutdown without polling out."""
        with contextlib.suppress(OSError), socket.create_connection((self._host(), self.port), 1):
            pass

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- Python API ---------------------------------------------------------------------

    def channel(self, app_id: str, cname: str) -> ChannelHandle:
        return ChannelHandle(self.state, app_id, cname)

    def recording(self, sid: str) -> Recording:
        return self.state.recording(sid)

    def advance(self, seconds: float) -> float:
        """Move a manual clock forward (TypeError with a real clock)."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("the Sandbox was created without a ManualClock")
        return self.clock.advance(seconds)

    def snapshot(self) -> dict[str, Any]:
        """Everything ``GET /_sandbox/state`` shows (never a secret)."""
        return {
            **self.state.snapshot(),
            "faults": self.faults.snapshot(),
            "storage": self.uploader.snapshot(),
            "manualClock": isinstance(self.clock, ManualClock),
            "media": None if self.media is None else self.media.snapshot_all(),
        }

    # -- request handling ----------------------------------------------------------------

    def handle_admin(self, method: str, path: str, headers: Any, raw: bytes) -> Reply:
        denied = _check_auth(headers, self.customer_id, self.customer_secret)
        if denied is not None:
            return denied
        return admin.handle(self, method, path, raw)

    def handle_api(self, method: str, path: str, headers: Any, raw: bytes) -> Reply | None:
        """The reply to one Cloud Recording request; None means "drop the connection"."""
        op = match(method, path)
        if op is None:
            return r.NO_ROUTE
        denied = _check_auth(headers, self.customer_id, self.customer_secret)
        if denied is not None:
            return denied
        if op.endpoint is not None and self.app_ids is not None and op.app_id not in self.app_ids:
            return r.INVALID_APPID
        if self.limiter is not None and not self.limiter.allow(self.customer_id):
            return r.RATE_LIMITED
        faulted = self._fault_reply(op)
        if faulted is not None:
            return faulted.reply
        latency = self.faults.take("latency_s", op.name)
        reply = self._operate(op, headers, raw)
        if latency is not None:
            time.sleep(latency.value)
        return reply

    def _fault_reply(self, op: Operation) -> _Faulted | None:
        name = op.name
        if self.faults.take("drop_connection", name) is not None:
            return _Faulted(None)
        fault = self.faults.take("http_5xx", name)
        if fault is not None:
            return _Faulted(server_error(int(fault.value), name, html=fault.html))
        if self.faults.take("code_65", name) is not None:
            return _Faulted(r.REQUEST_NOT_COMPLETED)
        if self.faults.take("failover_404_s", name) is not None:
            return _Faulted(r.WORKER_NOT_FOUND)
        return None

    def _operate(self, op: Operation, headers: Any, raw: bytes) -> Reply:
        if op.endpoint is None:
            return Reply(200, _NCS_REPLY)
        state, mode = self.state, op.mode
        if op.endpoint is Endpoint.QUERY:
            assert mode is not None
            return state.query(op.app_id, op.resource_id, op.sid, mode)
        content_type = (headers.get("Content-Type") or "").strip()
        if not _JSON_TYPE.fullmatch(content_type):
            return r.header_error(f"Content-Type must be {CONTENT_TYPE}, not {content_type!r}")
        try:
            body = _parse_json(raw)
        except (ValueError, UnicodeDecodeError):
            return r.header_error("request body is not valid JSON")
        if op.endpoint is Endpoint.UPDATE_LAYOUT and mode is not None and mode.value != "mix":
            return r.invalid_parameter("updateLayout is only supported in mix mode")
        if op.endpoint is Endpoint.ACQUIRE and invalid_channel_name(body):
            return r.coded(400, 401, "invalid_channel_name")  # reference §7.1
        problem = body_error(body, op.endpoint, mode, self.clock())
        if problem is not None:
            return r.invalid_parameter(problem)
        if op.endpoint is Endpoint.ACQUIRE:
            return state.acquire(op.app_id, body)
        assert mode is not None
        if op.endpoint is Endpoint.START:
            return state.start(op.app_id, op.resource_id, mode, body)
        if op.endpoint is Endpoint.STOP:

            def stranded() -> bool:  # taken only by a stop that ends a task, not a refused one
                return self.faults.take("stranded", op.name) is not None

            reply = state.stop(op.app_id, op.resource_id, op.sid, mode, body, stranded=stranded)
            if reply.status == 200:  # render + upload the files (storage/, issue 15)
                reply = self.uploader.amend_stop(state.recording(op.sid), reply, body)
            return reply
        action = {
            Endpoint.UPDATE: state.update,
            Endpoint.UPDATE_LAYOUT: state.update_layout,
            Endpoint.STOP: state.stop,
        }[op.endpoint]
        return action(op.app_id, op.resource_id, op.sid, mode, body)


class _Faulted:
    """A fault's verdict; ``reply`` None means drop the connection."""

    __slots__ = ("reply",)

    def __init__(self, reply: Reply | None) -> None:
        self.reply = reply
