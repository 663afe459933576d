"""Receipts (and what stop said about uploads) in the ledger's SQLite database.

The ledger lives in ``<data dir>/ledger.sqlite3`` (design.md: receipts, events and the
request history share that file). This module owns only its own tables, created with
``IF NOT EXISTS``, so it works whether or not the ledger has been opened first. WAL and a
busy timeout let the app and several CLI processes write at once. Nothing secret is ever
stored: receipts carry the storage target without its keys (:meth:`StorageTarget.describe`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DB_NAME = "ledger.sqlite3"
BUSY_TIMEOUT_MS = 5000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sid TEXT NOT NULL,
    created_at REAL NOT NULL,
    verdict TEXT NOT NULL,
    summary TEXT NOT NULL,
    receipt TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_sid ON receipts (sid, created_at);
CREATE TABLE IF NOT EXISTS upload_reports (
    sid TEXT PRIMARY KEY,
    uploading_status TEXT,
    files TEXT NOT NULL,
    stopped_at REAL NOT NULL
);
"""


def default_path() -> Path:
    from recstudio.settings.paths import data_dir

    return Path(data_dir()) / DB_NAME


@dataclass(frozen=True, slots=True)
class StoredReceipt:
    sid: str
    created_at: float
    verdict: str
    summary: str
    receipt: dict[str, Any]


@dataclass(frozen=True, slots=True)
class UploadReport:
    """What stop answered: ``uploadingStatus`` and the fileList, and when."""

    sid: str
    uploading_status: str | None
    files: list[Any]
    stopped_at: float


class ReceiptStore:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)) as db:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(_SCHEMA)
            with db:
                yield db

    def add(self, sid: str, verdict: str, summary: str, receipt: dict[str, Any]) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO receipts (sid, created_at, verdict, summary, receipt) "
                "VALUES (?, ?, ?, ?, ?)",
                (sid, time.time(), verdict, summary, json.dumps(receipt, ensure_ascii=False)),
            )

    def receipts(self, sid: str) -> list[StoredReceipt]:
        """Every receipt of ``sid``, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT sid, created_at, verdict, summary, receipt FROM receipts "
                "WHERE sid = ? ORDER BY created_at, id",
                (sid,),
            ).fetchall()
        return [StoredReceipt(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def latest(self, sid: str) -> StoredReceipt | None:
        found = self.receipts(sid)
        return found[-1] if found else None

    def note_stop(self, sid: str, uploading_status: str | None, files: list[Any]) -> None:
        """Remember stop's uploadingStatus: ``backuped`` turns a missing segment from
        "incomplete" into "still arriving"."""
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO upload_reports (sid, uploading_status, files, stopped_at)"
                " VALUES (?, ?, ?, ?)",
                (sid, uploading_status, json.dumps(files, ensure_ascii=False), time.time()),
            )

    def upload_report(self, sid: str) -> UploadReport | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT sid, uploading_status, files, stopped_at FROM upload_reports WHERE sid = ?",
                (sid,),
            ).fetchone()
        return UploadReport(row[0], row[1], json.loads(row[2]), row[3]) if row else None
