"""The ledger: every recording this machine may have started, in one SQLite database.

Agora has no "list running recordings" call and a recording whose sid is lost bills until it
idles out (design.md "Ledger", reliability §6.4). So the runner commits the recording's
identity *before and after* every acquire, start and stop, and sends nothing when the commit
fails: a :class:`LedgerError` names the database and the cause (disk full, read-only, locked
by another process for longer than :data:`BUSY_TIMEOUT_S`).

Why SQLite (issue 10): the JSON-lines journal ignored short writes on a full disk, re-read
the whole file on every mark (16 s at 100k entries) and could not be compacted safely
beside a second process. Here one row per attempt, indexes on sid and state, WAL so the app
and any number of CLI processes read while one writes, ``synchronous=FULL`` for the commits
that precede a send. Constraints (NOT NULL, CHECK on state/mode/types) keep a bad row out,
so reading can trust what it gets. Other parts of recstudio add their own tables to this
file (:func:`default_ledger_path`); this module owns ``recordings`` and ``meta``.

An old ``ledger.jsonl`` next to the database is imported once, in one transaction, and only
then renamed to ``ledger.jsonl.imported`` (kept as a backup): a kill at any moment either
leaves the journal for the next start to import again (idempotent by entry id) or has
finished. No secret is ever written: rows hold ids, names and states, URLs lose user-info.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from recstudio.model.routes import strip_userinfo

#: Version of an exported entry (``to_json``); the database has its own schema version.
LEDGER_VERSION = 1
DB_NAME = "ledger.sqlite3"
LEGACY_NAME = "ledger.jsonl"
IMPORTED_SUFFIX = ".imported"
#: How long a write waits for another process's transaction before giving up.
BUSY_TIMEOUT_S = 5.0

State = Literal[
    "acquiring",
    "acquired",
    "starting",
    "started",
    "running",
    "stopping",
    "stopped",
    "failed",
    "exited",
    "unknown",
]
STATES: tuple[str, ...] = (
    "acquiring",
    "acquired",
    "starting",
    "started",
    "running",
    "stopping",
    "stopped",
    "failed",
    "exited",
    "unknown",
)
#: States in which Agora certainly has no recorder for this entry any more.
FINAL_STATES: frozenset[str] = frozenset({"stopped", "failed", "exited"})
LIVE_STATES: tuple[str, ...] = tuple(s for s in STATES if s not in FINAL_STATES)
#: raw = Individual Recording v2 (agora-2026.md §1), allowed from schema version 2 on.
MODES: tuple[str, ...] = ("individual", "mix", "web", "raw")
#: The modes schema version 1 knew; its CHECK stays as it was written.
_V1_MODES: tuple[str, ...] = ("individual", "mix", "web")


@dataclass(slots=True)
class LedgerEntry:
    """One recording attempt's identity and last known state (never a secret)."""

    id: str
    profile: str
    base_url: str
    app_id: str
    cname: str
    uid: str
    mode: str
    resource_id: str | None = None
    sid: str | None = None
    state: str = "acquiring"
    created_at: float = 0.0
    updated_at: float = 0.0
    last_status: int | None = None
    last_error: str | None = None
    files: list[Any] = field(default_factory=list)

    @property
    def may_be_running(self) -> bool:
        return self.state not in FINAL_STATES

    def caution(self) -> str:
        """What this entry means for the user, in one sentence."""
        if self.state in FINAL_STATES:
            return f"recording {self.state}."
        if self.sid:
            return (
                f"recording {self.sid} may still be running (last known state: "
                f"{self.state}); query or stop it."
            )
        if self.state in ("starting", "unknown"):
            return (
                "a start was sent; if it reached Agora a recording may be running until "
                "maxIdleTime passes with nobody in the channel (no sid is known to stop it)."
            )
        return "a resource was acquired but no start was sent; nothing is recording."

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["base_url"] = strip_userinfo(self.base_url)
        data["v"] = LEDGER_VERSION
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LedgerEntry:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


class LedgerError(OSError):
    """The ledger could not be read or written; nothing that depended on it was sent."""

    def __init__(self, path: Path, action: str, cause: BaseException) -> None:
        self.path = path
        self.action = action
        self.cause = cause
        #: The sentence without anything a subclass adds (the runner's says which sid).
        self.reason = f"the recordings ledger {path} could not {action}: {describe(cause)}"
        super().__init__(self.reason)


def describe(cause: BaseException) -> str:
    """A cause a user can act on, with SQLite's own name for it."""
    name = str(getattr(cause, "sqlite_errorname", "") or "")
    if name.startswith("SQLITE_FULL"):
        text = "the disk is full"
    elif name.startswith("SQLITE_READONLY"):
        text = "the database is read-only"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        text = f"another process kept it locked for more than {BUSY_TIMEOUT_S:g} s"
    elif name.startswith("SQLITE_IOERR"):
        text = "a disk write failed (disk full, file size limit or a failing disk)"
    elif name.startswith("SQLITE_CANTOPEN"):
        text = "the file cannot be opened (missing folder or permissions)"
    elif name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        text = "the file is damaged or not a recstudio ledger"
    elif name.startswith("SQLITE_CONSTRAINT"):
        text = f"the entry was refused ({cause})"
    elif isinstance(cause, OSError):
        from recstudio.model.atomic import describe_os_error

        return describe_os_error(cause)
    else:
        text = str(cause) or type(cause).__name__
    return f"{text} ({name})" if name else text


def default_ledger_path() -> Path:
    """The database every recstudio process shares (other modules add tables to it)."""
    from recstudio.settings.paths import data_dir

    return Path(data_dir()) / DB_NAME


# -- schema -------------------------------------------------------------------------------

_STATE_LIST = ", ".join(f"'{s}'" for s in STATES)


def _mode_list(modes: tuple[str, ...]) -> str:
    return ", ".join(f"'{m}'" for m in modes)


def _text(col: str, *, null: bool = False, nonempty: bool = False) -> str:
    check = f"typeof({col}) = 'text'" + (f" AND length({col}) > 0" if nonempty else "")
    if null:
        return f"{col} TEXT CHECK ({col} IS NULL OR ({check}))"
    return f"{col} TEXT NOT NULL CHECK ({check})"


#: STRICT tables (SQLite ≥ 3.37) refuse values of the wrong type outright; the CHECKs on
#: typeof() say the same for older SQLite libraries, which would reject the keyword.
_STRICT = " STRICT" if sqlite3.sqlite_version_info >= (3, 37, 0) else ""


def _recordings_table(name: str, modes: tuple[str, ...]) -> str:
    """CREATE TABLE of the recordings table, whose mode CHECK lists ``modes``."""
    return (
        f"CREATE TABLE {name} ("
        + ", ".join(
            [
                _text("id", nonempty=True) + " PRIMARY KEY",
                _text("profile"),
                _text("base_url"),
                _text("app_id"),
                _text("cname", nonempty=True),
                _text("uid", nonempty=True),
                f"mode TEXT NOT NULL CHECK (mode IN ({_mode_list(modes)}))",
                _text("resource_id", null=True),
                _text("sid", null=True),
                f"state TEXT NOT NULL CHECK (state IN ({_STATE_LIST}))",
                "created_at REAL NOT NULL CHECK (typeof(created_at) = 'real')",
                "updated_at REAL NOT NULL CHECK (typeof(updated_at) = 'real')",
                "last_status INTEGER CHECK (last_status IS NULL OR "
                "typeof(last_status) = 'integer')",
                _text("last_error", null=True),
                "files TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(files))",
            ]
        )
        + ")"
        + _STRICT
    )


_INDEXES = (
    "CREATE INDEX recordings_sid ON recordings (sid)",
    "CREATE INDEX recordings_state ON recordings (state, created_at)",
    "CREATE INDEX recordings_created ON recordings (created_at)",
)

#: One tuple of statements per schema version; ``PRAGMA user_version`` counts applied ones.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)" + _STRICT,
        _recordings_table("recordings", _V1_MODES),
        *_INDEXES,
    ),
    # 2: mode raw (Individual Recording v2). SQLite cannot change a CHECK in place, so the
    # table is rebuilt with every row copied; the indexes go with the old table.
    (
        _recordings_table("recordings_v2", MODES),
        "INSERT INTO recordings_v2 SELECT * FROM recordings",
        "DROP TABLE recordings",
        "ALTER TABLE recordings_v2 RENAME TO recordings",
        *_INDEXES,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(LedgerEntry))
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM recordings"


def _row(entry: LedgerEntry) -> dict[str, Any]:
    """The row for ``entry``. Values that come from a server (an error's reason, a query's
    status and file list) are made storable rather than refused: a lone surrogate in a
    reason or a status past 64 bits must not stop the sid from being written."""
    data = {name: getattr(entry, name) for name in _COLUMNS}
    data["base_url"] = strip_userinfo(entry.base_url)
    for name, value in data.items():
        if isinstance(value, str) and not _encodable(value):
            data[name] = value.encode("utf-8", "backslashreplace").decode("utf-8")
    status = data["last_status"]
    if isinstance(status, int) and not _INT64_MIN <= status <= _INT64_MAX:
        data["last_status"] = None
    try:
        files = json.dumps(entry.files, ensure_ascii=False, allow_nan=False, default=str)
    except ValueError:  # NaN/Infinity (Python's json reads them): null, as JSON can carry
        plain = json.loads(json.dumps(entry.files, default=str), parse_constant=lambda _: None)
        files = json.dumps(plain, ensure_ascii=False)
    data["files"] = files.encode("utf-8", "backslashreplace").decode("utf-8")
    return data


def _entry(row: tuple[Any, ...]) -> LedgerEntry:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["files"] = json.loads(data["files"])
    return LedgerEntry(**data)


class Ledger:
    """The database plus one connection per instance, guarded by a lock (the runner's
    threads share an instance; other processes have their own)."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        clock: Callable[[], float] = time.time,
        legacy_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_ledger_path()
        #: The old JSON-lines journal imported on first use (default: beside the database).
        self.legacy_path = (
            Path(legacy_path) if legacy_path is not None else self.path.with_name(LEGACY_NAME)
        )
        self._clock = clock
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._synchronous = ""
        #: Lines of the old journal that could not be imported (reported once, then gone).
        self.import_problems: list[str] = []

    # -- connection -----------------------------------------------------------------------
    def open(self) -> list[str]:
        """Open (create, migrate, import the old journal) now rather than on first use;
        returns the import problems to report."""
        with self._lock:
            self._connection()
        return list(self.import_problems)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = self._connect()
            except sqlite3.Error as exc:
                raise LedgerError(self.path, "be opened", exc) from exc
            except OSError as exc:
                raise LedgerError(self.path, "be opened", exc) from exc
            try:
                self._import_legacy(db)
            except sqlite3.Error as exc:
                db.close()  # the next use tries the import again
                raise LedgerError(self.path, f"import {self.legacy_path.name}", exc) from exc
            self._db = db
        return self._db

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))  # owner-only
        db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _use_wal(db)
            # The setting belongs to the connection: a new one starts at the library's WAL
            # default (NORMAL in some builds), whatever the previous connection was set to.
            self._synchronous = ""
            self._set_synchronous(db, durable=True)
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _set_synchronous(self, db: sqlite3.Connection, *, durable: bool) -> None:
        wanted = "FULL" if durable else "NORMAL"
        if self._synchronous != wanted:
            db.execute(f"PRAGMA synchronous = {wanted}")
            self._synchronous = wanted

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        with _transaction(db):
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another process?
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"schema version {version} is newer than this recstudio knows "
                    f"({SCHEMA_VERSION}); update recstudio"
                )
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _import_legacy(self, db: sqlite3.Connection) -> None:
        """Import the old journal once: one transaction, then the rename (a kill between
        the two makes the next start import again, which inserts nothing new)."""
        legacy = self.legacy_path
        if legacy == self.path:
            return
        try:
            raw = legacy.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.import_problems = [f"{legacy}: cannot be read ({exc.strerror or exc})"]
            return
        entries, problems = parse_journal(raw, legacy.name)
        with _transaction(db):
            for entry in entries:
                try:  # check_journal_record says why in words; this is the last word
                    db.execute(_INSERT_IGNORE, _row(entry))
                except (sqlite3.IntegrityError, OverflowError, UnicodeEncodeError) as exc:
                    problems.append(f"{legacy.name} entry {entry.id}: refused ({exc}); skipped")
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('legacy_import', ?)",
                (
                    json.dumps(
                        {
                            "file": str(legacy),
                            "entries": len(entries),
                            "skipped": len(problems),
                            "at": self._clock(),
                        }
                    ),
                ),
            )
        with contextlib.suppress(FileNotFoundError):  # another process renamed it first
            os.replace(legacy, _backup_name(legacy))
        self.import_problems = problems

    # -- reading --------------------------------------------------------------------------
    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[LedgerEntry]:
        with self._lock:
            db = self._connection()
            try:
                rows = db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise LedgerError(self.path, "be read", exc) from exc
        return [_entry(row) for row in rows]

    def entries(self) -> list[LedgerEntry]:
        """Every entry, oldest first (the CLI's ``--all``; the app reads less)."""
        return self._query(f"{_SELECT} ORDER BY created_at, rowid")

    def get(self, entry_id: str) -> LedgerEntry | None:
        found = self._query(f"{_SELECT} WHERE id = ?", (entry_id,))
        return found[0] if found else None

    def find_sid(self, sid: str) -> LedgerEntry | None:
        """The newest entry with this sid (sids are how users name recordings)."""
        found = self._query(f"{_SELECT} WHERE sid = ? ORDER BY updated_at DESC LIMIT 1", (sid,))
        return found[0] if found else None

    def may_be_running(self) -> list[LedgerEntry]:
        """Everything not known to be over, including starts whose sid never arrived."""
        marks = ", ".join("?" for _ in LIVE_STATES)
        return self._query(
            f"{_SELECT} WHERE state IN ({marks}) ORDER BY created_at, rowid", LIVE_STATES
        )

    def recent_finished(self, limit: int) -> list[LedgerEntry]:
        """The ``limit`` newest finished entries, oldest first (what the panel shows)."""
        marks = ", ".join("?" for _ in FINAL_STATES)
        newest = self._query(
            f"{_SELECT} WHERE state IN ({marks}) ORDER BY created_at DESC, rowid DESC LIMIT ?",
            (*sorted(FINAL_STATES), limit),
        )
        return newest[::-1]

    def count(self) -> int:
        with self._lock:
            db = self._connection()
            try:
                return int(db.execute("SELECT count(*) FROM recordings").fetchone()[0])
            except sqlite3.Error as exc:
                raise LedgerError(self.path, "be read", exc) from exc

    # -- writing --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self, action: str, *, durable: bool) -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = self._connection()
            try:
                self._set_synchronous(db, durable=durable)
                with _transaction(db):
                    yield db
            except sqlite3.Error as exc:
                raise LedgerError(self.path, action, exc) from exc

    def create(
        self,
        *,
        profile: str,
        base_url: str,
        app_id: str,
        cname: str,
        uid: str,
        mode: str,
        state: str = "acquiring",
    ) -> LedgerEntry:
        """Commit a new entry durably (it precedes an acquire) or raise LedgerError."""
        _check_state(state)
        now = self._clock()
        entry = LedgerEntry(
            id=uuid.uuid4().hex,
            profile=profile,
            base_url=strip_userinfo(base_url),
            app_id=app_id,
            cname=cname,
            uid=str(uid),
            mode=str(mode),
            state=state,
            created_at=now,
            updated_at=now,
        )
        with self._writing("record a new recording", durable=True) as db:
            db.execute(_INSERT, _row(entry))
        return entry

    def mark(
        self, entry: LedgerEntry | str, *, durable: bool = True, **changes: Any
    ) -> LedgerEntry:
        """Commit ``changes`` (e.g. ``state="started"``) to ``entry``; returns the new
        snapshot. Only the changed columns are written, so two processes marking the same
        recording do not undo each other's other fields. ``durable=False`` (a poll that
        changed nothing important) skips the fsync of the commit."""
        if "state" in changes:
            _check_state(changes["state"])
        fixed = {"id", "created_at", "updated_at"}
        refused = (set(changes) - set(_COLUMNS)) | (fixed & set(changes))
        if refused:
            raise TypeError(f"cannot mark {', '.join(sorted(refused))}")
        if isinstance(entry, str):
            current = self.get(entry)
            if current is None:
                raise KeyError(entry)
            entry = current
        updated = replace(entry, **changes, updated_at=self._clock())
        row = _row(updated)
        columns = [c for c in _COLUMNS if c in changes] + ["updated_at"]
        assignments = ", ".join(f"{c} = :{c}" for c in columns)
        what = f"record state {updated.state!r}" if "state" in changes else "record a change"
        with self._writing(what, durable=durable) as db:
            cursor = db.execute(f"UPDATE recordings SET {assignments} WHERE id = :id", row)
            if cursor.rowcount == 0:  # gone (or never committed): write the whole snapshot
                db.execute(_INSERT, row)
        return updated

    def restore(self, entry: LedgerEntry) -> None:
        """Write a snapshot the ledger refused earlier (the app retries these). It only
        fills in what the database does not know yet: a row that already has a sid was
        written by a later mark and is newer."""
        with self._writing(f"record sid {entry.sid}", durable=True) as db:
            db.execute(_RESTORE, _row(entry))

    def compact(self, *, keep_final_for: float | None = 7 * 24 * 3600) -> int:
        """Delete finished entries older than ``keep_final_for`` seconds (None keeps all);
        returns the number of entries kept. Safe beside other processes: it is one
        transaction like any other write."""
        with self._writing("delete old entries", durable=True) as db:
            if keep_final_for is not None:
                marks = ", ".join("?" for _ in FINAL_STATES)
                db.execute(
                    f"DELETE FROM recordings WHERE state IN ({marks}) AND updated_at < ?",
                    (*sorted(FINAL_STATES), self._clock() - keep_final_for),
                )
            return int(db.execute("SELECT count(*) FROM recordings").fetchone()[0])


_NAMED = ", ".join(f":{c}" for c in _COLUMNS)
_INSERT = f"INSERT INTO recordings ({', '.join(_COLUMNS)}) VALUES ({_NAMED})"
_INSERT_IGNORE = _INSERT + " ON CONFLICT (id) DO NOTHING"
_RESTORE = (
    _INSERT
    + " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c not in ("id", "created_at"))
    + " WHERE recordings.sid IS NULL"
)


#: The pause between two tries of the WAL switch (doubles up to 0.1 s); tests replace it.
_busy_sleep: Callable[[float], None] = time.sleep


def _use_wal(db: sqlite3.Connection) -> None:
    """Put the database in WAL mode, waiting up to BUSY_TIMEOUT_S for other processes.

    The switch needs the exclusive lock, and SQLite answers SQLITE_BUSY at once, without its
    busy handler, while another connection holds the file: processes that open a new ledger
    together (the app and a CLI run; three writers on a loaded machine) failed with
    "locked" without having waited at all. (A try may itself wait busy_timeout; there is
    always one more try after it.)"""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.005
    tries = 0
    while True:
        tries += 1
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            if str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower() == "wal":
                return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_BUSY:
                raise
            if tries > 1 and time.monotonic() >= deadline:
                raise
        else:
            if tries > 1 and time.monotonic() >= deadline:
                raise sqlite3.OperationalError("database is locked (the WAL switch never took)")
        _busy_sleep(pause)
        pause = min(pause * 2, 0.1)


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE (take the write lock up front, waiting up to busy_timeout) …
    COMMIT; anything else rolls back."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def _check_state(state: Any) -> None:
    if state not in STATES:
        raise ValueError(f"unknown ledger state {state!r}")


def _backup_name(legacy: Path) -> Path:
    target = legacy.with_name(legacy.name + IMPORTED_SUFFIX)
    n = 1
    while target.exists():
        target = legacy.with_name(f"{legacy.name}{IMPORTED_SUFFIX}.{n}")
        n += 1
    return target


# -- the old journal --------------------------------------------------------------------

_TEXT_FIELDS = ("id", "profile", "base_url", "app_id", "cname", "uid", "mode", "state")
_NONEMPTY = ("id", "cname", "uid")
_OPTIONAL_TEXT = ("resource_id", "sid", "last_error")
_REQUIRED = (*_TEXT_FIELDS, "created_at", "updated_at", "sid", "resource_id")


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _encodable(text: str) -> bool:
    """Whether SQLite can take ``text`` (UTF-8 has no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def check_journal_record(data: Any) -> str | None:
    """Why one journal record cannot become a row (None: it can). The same rules the
    database's constraints enforce, said in words."""
    if not isinstance(data, dict):
        return f"expected an object, got {_kind(data)}"
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        return "missing " + ", ".join(missing)
    for key in _TEXT_FIELDS:
        if not isinstance(data[key], str):
            return f"{key} must be a string, got {_kind(data[key])}"
    for key in _NONEMPTY:
        if not data[key]:
            return f"{key} is empty"
    for key in _OPTIONAL_TEXT:
        if data.get(key) is not None and not isinstance(data[key], str):
            return f"{key} must be a string or null, got {_kind(data[key])}"
    for key in ("created_at", "updated_at"):
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{key} must be a number, got {_kind(value)}"
        if not math.isfinite(value):  # SQLite stores NaN as NULL: NOT NULL would refuse
            return f"{key} must be a finite number, got {value}"
    status = data.get("last_status")
    if status is not None and (isinstance(status, bool) or not isinstance(status, int)):
        return f"last_status must be an integer or null, got {_kind(status)}"
    if status is not None and not _INT64_MIN <= status <= _INT64_MAX:
        return "last_status is out of range (SQLite integers have 64 bits)"
    if not isinstance(data.get("files", []), list):
        return f"files must be a list, got {_kind(data['files'])}"
    for key in (*_TEXT_FIELDS, *_OPTIONAL_TEXT):
        if isinstance(data.get(key), str) and not _encodable(data[key]):
            return f"{key} holds text that is not valid Unicode (a lone surrogate)"
    try:
        files = json.dumps(data.get("files", []), ensure_ascii=False, allow_nan=False)
    except ValueError:
        return "files holds NaN or Infinity, which JSON cannot carry"
    if not _encodable(files):
        return "files holds text that is not valid Unicode (a lone surrogate)"
    if data["state"] not in STATES:
        return f"state {data['state']!r} is not one of {', '.join(STATES)}"
    if data["mode"] not in MODES:
        return f"mode {data['mode']!r} is not one of {', '.join(MODES)}"
    return None


def parse_journal(raw: bytes, name: str = LEGACY_NAME) -> tuple[list[LedgerEntry], list[str]]:
    """The latest valid snapshot of every entry in an old JSON-lines journal, and one
    problem per line that was skipped (with its line number)."""
    latest: dict[str, LedgerEntry] = {}
    problems: list[str] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
            problems.append(f"{name} line {number}: not JSON (a torn write?); skipped")
            continue
        why = check_journal_record(data)
        if why is not None:
            problems.append(f"{name} line {number}: {why}; skipped")
            continue
        entry = LedgerEntry.from_json(data)
        entry.created_at, entry.updated_at = float(entry.created_at), float(entry.updated_at)
        entry.files = list(entry.files)
        latest.pop(entry.id, None)
        latest[entry.id] = entry
    return list(latest.values()), problems
