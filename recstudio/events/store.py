"""Events and the request history in the ledger's SQLite file, in tables of their own.

The ledger module owns ``recordings``; this module owns ``ncs_events`` and
``request_log`` in the same file (``ledger.sqlite3`` in the data directory), so a
recording's sid links all three without a second database to lose. Every delivery is kept —
duplicates, bad signatures and malformed bodies too — with its verdict, because "we never
got the event" and "we got it unsigned" are different answers when a user asks why.
WAL lets the receiver write while the app and CLI read; ``busy_timeout`` rides out another
process's transaction instead of failing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recstudio.events.model import Event, EventError, parse_event
from recstudio.events.signature import Verdict
from recstudio.model.routes import strip_userinfo

if TYPE_CHECKING:
    from recstudio.api.results import RequestRecord

BUSY_TIMEOUT_MS = 5000
#: Raw bodies kept per delivery; an NCS event is a few hundred bytes.
MAX_RAW_CHARS = 64 * 1024

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ncs_events ("
    " id INTEGER PRIMARY KEY,"
    " received_at REAL NOT NULL,"
    " verdict TEXT NOT NULL,"
    " duplicate INTEGER NOT NULL DEFAULT 0,"
    " error TEXT,"
    " notice_id TEXT, notify_ms INTEGER, event_type INTEGER,"
    " sid TEXT, cname TEXT, uid TEXT, sequence INTEGER, sendts INTEGER,"
    " raw TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ncs_events_sid ON ncs_events (sid, sequence)",
    "CREATE INDEX IF NOT EXISTS ncs_events_notice ON ncs_events (notice_id, notify_ms)",
    "CREATE TABLE IF NOT EXISTS request_log ("
    " id INTEGER PRIMARY KEY,"
    " time REAL NOT NULL, endpoint TEXT NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL,"
    " sid TEXT, resource_id TEXT, http_status INTEGER, agora_code INTEGER,"
    " latency_ms REAL, attempt INTEGER, error TEXT,"
    " request_body TEXT, response_body TEXT)",
    "CREATE INDEX IF NOT EXISTS request_log_sid ON request_log (sid, time)",
    "CREATE INDEX IF NOT EXISTS request_log_resource ON request_log (resource_id, time)",
)
_SID_IN_URL = re.compile(r"/sid/([^/?#]+)")
_RESOURCE_IN_URL = re.compile(r"/resourceid/([^/?#]+)")


def default_path() -> Path:
    """The ledger's database file (the ledger owns its name and place)."""
    from recstudio.api.ledger import default_ledger_path

    return default_ledger_path()


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One delivery as kept: the parsed event (None when malformed) and how far to trust it."""

    id: int
    received_at: float
    verdict: Verdict
    duplicate: bool
    error: str | None
    event: Event | None
    raw: str


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    time: float
    endpoint: str
    method: str
    url: str
    sid: str | None
    resource_id: str | None
    http_status: int | None
    agora_code: int | None
    latency_ms: float | None
    attempt: int | None
    error: str | None
    request_body: Any
    response_body: Any


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


class EventStore:
    """The events and request-log tables; one connection shared by this process's threads."""

    def __init__(self, path: str | Path | None = None, *, clock: Any = time.time) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._clock = clock
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode = WAL")
        with self._transaction():
            for statement in _SCHEMA:
                self._db.execute(statement)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- events ---------------------------------------------------------------------------

    def add_delivery(
        self, raw: bytes | str, verdict: Verdict, *, received_at: float | None = None
    ) -> StoredEvent:
        """Keep one delivery whatever it holds; a resend of a kept event is marked duplicate."""
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        event: Event | None
        try:
            event = parse_event(text)
            error = None
        except EventError as exc:
            event, error = None, str(exc)
        at = self._clock() if received_at is None else received_at
        with self._transaction() as db:
            duplicate = False
            if event is not None:
                duplicate = (
                    db.execute(
                        "SELECT 1 FROM ncs_events WHERE notice_id = ? AND notify_ms = ? LIMIT 1",
                        (event.notice_id, event.notify_ms),
                    ).fetchone()
                    is not None
                )
            e = event
            cursor = db.execute(
                "INSERT INTO ncs_events (received_at, verdict, duplicate, error, notice_id,"
                " notify_ms, event_type, sid, cname, uid, sequence, sendts, raw)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    at, verdict.value, int(duplicate), error,
                    e and e.notice_id, e and e.notify_ms, e and e.event_type, e and e.sid,
                    e and e.cname, e and e.uid, e and e.sequence, e and e.sendts,
                    text[:MAX_RAW_CHARS],
                ),
            )  # fmt: skip
            row_id = int(cursor.lastrowid or 0)
        return StoredEvent(row_id, at, verdict, duplicate, error, event, text[:MAX_RAW_CHARS])

    def _events(self, where: str, params: tuple[Any, ...]) -> list[StoredEvent]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, received_at, verdict, duplicate, error, raw FROM ncs_events "
                f"WHERE {where} ORDER BY id",
                params,
            ).fetchall()
        kept = []
        for row_id, received_at, verdict, duplicate, error, raw in rows:
            event = None if error else parse_event(raw)
            kept.append(
                StoredEvent(
                    row_id, received_at, Verdict(verdict), bool(duplicate), error, event, raw
                )
            )
        return kept

    def deliveries(self, sid: str | None = None) -> list[StoredEvent]:
        """Every delivery (of one sid), in arrival order, duplicates and malformed included."""
        if sid is None:
            return self._events("1", ())
        return self._events("sid = ?", (sid,))

    def events_for(self, sid: str) -> list[StoredEvent]:
        """The distinct events of one recording (first delivery of each)."""
        return list(self._events("sid = ? AND duplicate = 0", (sid,)))

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM ncs_events").fetchone()[0])

    # -- request log ----------------------------------------------------------------------

    def log_request(self, record: RequestRecord) -> None:
        """Keep one exchange of the client (bodies arrive redacted; no header is kept)."""
        url = strip_userinfo(record.url)
        sid_match = _SID_IN_URL.search(url)
        resource_match = _RESOURCE_IN_URL.search(url)
        response = record.response_body if isinstance(record.response_body, dict) else {}
        sid = sid_match.group(1) if sid_match else response.get("sid") or None
        resource = resource_match.group(1) if resource_match else response.get("resourceId")
        with self._transaction() as db:
            db.execute(
                "INSERT INTO request_log (time, endpoint, method, url, sid, resource_id,"
                " http_status, agora_code, latency_ms, attempt, error, request_body,"
                " response_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.time, record.endpoint, record.method, url,
                    str(sid) if sid else None, str(resource) if resource else None,
                    record.http_status, record.agora_code, record.latency_ms, record.attempt,
                    record.error, json.dumps(record.request_body, default=str),
                    json.dumps(record.response_body, default=str),
                ),
            )  # fmt: skip

    def requests_for(self, sid: str, resource_id: str | None = None) -> list[LoggedRequest]:
        """Calls about one recording: by sid, and by its resourceId (acquire and start
        happen before the sid exists)."""
        with self._lock:
            if resource_id is None:
                found = self._db.execute(
                    "SELECT resource_id FROM request_log WHERE sid = ? AND resource_id IS NOT"
                    " NULL LIMIT 1",
                    (sid,),
                ).fetchone()
                resource_id = found[0] if found else None
            rows = self._db.execute(
                "SELECT time, endpoint, method, url, sid, resource_id, http_status, agora_code,"
                " latency_ms, attempt, error, request_body, response_body FROM request_log"
                " WHERE sid = ? OR (? IS NOT NULL AND resource_id = ?) ORDER BY time, id",
                (sid, resource_id, resource_id),
            ).fetchall()
        return [
            LoggedRequest(
                time=row[0],
                endpoint=row[1],
                method=row[2],
                url=row[3],
                sid=row[4],
                resource_id=row[5],
                http_status=row[6],
                agora_code=row[7],
                latency_ms=row[8],
                attempt=row[9],
                error=row[10],
                request_body=_loads(row[11]),
                response_body=_loads(row[12]),
            )
            for row in rows
        ]


def request_keeper(warn: Callable[[str], None]) -> Callable[[RequestRecord], None] | None:
    """A client ``log`` callback that keeps every call in the ledger database, so ``events
    show`` and the doctor can tell the story later; a database that cannot open costs the
    history (``warn`` says so), never the call. Call it from worker threads only."""
    try:
        store = EventStore()
    except (OSError, sqlite3.Error) as exc:
        warn(f"note: the request log is not kept ({exc})")
        return None

    def keep(record: RequestRecord) -> None:
        try:
            store.log_request(record)
        except (OSError, sqlite3.Error) as exc:
            warn(f"note: a request was not logged ({exc})")

    return keep
