"""Admin routes under ``/_sandbox/`` (same Basic auth as the API; never rate-limited).

They let a GUI, a curl user or a test in another process do what the Python API does:

* ``GET  /_sandbox/state`` → resources, recordings (redacted), channels, faults, clock
* ``POST /_sandbox/apps/{appid}/channels/{cname}/join``
  ``{"uid": "123", "audio": true, "video": true}`` (a second join changes what it publishes)
* ``POST /_sandbox/apps/{appid}/channels/{cname}/leave`` ``{"uid": "123"}``
* ``POST /_sandbox/faults`` ``{"endpoint": "query", "http_5xx": 503, "count": 2}`` — keys of
  :meth:`FaultSet.set`; ``{"clear": true}`` clears all, ``{"clear": "code_65"}`` one kind
* ``POST /_sandbox/clock/advance`` ``{"seconds": 15}`` — only with a manual clock
* ``POST /_sandbox/storage-faults`` ``{"backup_first_s": 2, "missing_segment": true,
  "failover_split": true}`` — see :mod:`recstudio.emulator.upload`;
  ``{"release_backups": true}`` forwards backed-up files now
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote

from recstudio.emulator import responses as r
from recstudio.emulator.faults import KINDS
from recstudio.emulator.responses import Reply
from recstudio.emulator.state import ManualClock

if TYPE_CHECKING:
    from recstudio.emulator.faults import FaultSet
    from recstudio.emulator.upload import SandboxUploader


class SandboxServer(Protocol):
    """The parts of ``emulator/server.py``'s server the admin routes use (a Protocol, so
    this module does not import the server that imports it)."""

    clock: Any
    faults: FaultSet
    uploader: SandboxUploader

    def snapshot(self) -> dict[str, Any]: ...
    def channel(self, app_id: str, cname: str) -> Any: ...
    def advance(self, seconds: float) -> float: ...


PREFIX = "/_sandbox/"
_CHANNEL = re.compile(
    r"/_sandbox/apps/(?P<appid>[^/]+)/channels/(?P<cname>[^/]+)/(?P<op>join|leave)"
)
_FAULT_KEYS = {"endpoint", "html", "count", *KINDS}


def _bad(message: str) -> Reply:
    return r.gateway(400, message)


def _json_object(raw: bytes) -> dict[str, Any] | Reply:
    try:
        body = json.loads(raw.decode("utf-8")) if raw.strip() else {}
    except (ValueError, UnicodeDecodeError):
        return _bad("body is not valid JSON")
    return body if isinstance(body, dict) else _bad("body must be a JSON object")


def handle(server: SandboxServer, method: str, path: str, raw: bytes) -> Reply:
    path = path.split("?", 1)[0]
    if path == "/_sandbox/state" and method == "GET":
        return Reply(200, server.snapshot())
    if method != "POST":
        return r.NO_ROUTE
    body = _json_object(raw)
    if isinstance(body, Reply):
        return body
    channel = _CHANNEL.fullmatch(path)
    if channel is not None:
        return _channel(
            server, unquote(channel["appid"]), unquote(channel["cname"]), channel["op"], body
        )
    if path == "/_sandbox/faults":
        return _faults(server, body)
    if path == "/_sandbox/clock/advance":
        return _advance(server, body)
    if path == "/_sandbox/storage-faults":
        if body.pop("release_backups", False):
            server.uploader.release_backups()
        try:
            return Reply(200, {"faults": server.uploader.set_faults(**body).to_json()})
        except (TypeError, ValueError) as exc:
            return _bad(str(exc))
    return r.NO_ROUTE


def _channel(server: SandboxServer, app_id: str, cname: str, op: str, body: dict) -> Reply:
    uid = body.get("uid")
    if isinstance(uid, bool) or not isinstance(uid, str | int) or str(uid) == "":
        return _bad("uid is required (string or integer)")
    handle = server.channel(app_id, cname)
    if op == "join":
        participant = handle.join(
            uid, audio=bool(body.get("audio", True)), video=bool(body.get("video", True))
        )
        return Reply(200, {"joined": participant.to_json(), "uids": handle.uids})
    return Reply(200, {"left": handle.leave(uid), "uids": handle.uids})


def _faults(server: SandboxServer, body: dict) -> Reply:
    clear = body.pop("clear", None)
    unknown = sorted(set(body) - _FAULT_KEYS)
    if unknown:
        return _bad(
            f"unknown fault keys: {', '.join(unknown)}; known: {', '.join(sorted(_FAULT_KEYS))}"
        )
    if clear is not None and clear is not False:
        if clear is not True and clear not in KINDS:
            return _bad(f"clear must be true or one of: {', '.join(KINDS)}")
        server.faults.clear(None if clear is True else str(clear))
    try:
        server.faults.set(**body)
    except (TypeError, ValueError) as exc:
        return _bad(str(exc))
    return Reply(200, {"faults": server.faults.snapshot()})


def _advance(server: SandboxServer, body: dict) -> Reply:
    if not isinstance(server.clock, ManualClock):
        return r.gateway(409, "the Sandbox clock is the real clock; start it with a ManualClock")
    seconds = body.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
        return _bad("seconds must be a non-negative number")
    return Reply(200, {"now": server.advance(float(seconds))})
