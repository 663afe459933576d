"""Crash-safe journal of every recording this machine may have started.

Agora has no "list running recordings" call and a recording whose sid is lost bills until it
idles out (design.md "Ledger", reliability §6.4). So the runner writes the recording's
identity *before and after* every acquire, start and stop. The file is JSON lines, one full
snapshot of an entry per line (the last line for an id wins): appending one line with
``O_APPEND`` + fsync is atomic enough that a SIGKILL can at worst leave a torn last line,
which :meth:`Ledger.entries` skips. :meth:`Ledger.compact` rewrites the file through a temp
file + fsync + ``os.replace`` (house rule 7). No secret is ever written: entries hold ids,
names and states only, and URLs lose any user-info part.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from recstudio.model.routes import strip_userinfo

LEDGER_VERSION = 1

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


class Ledger:
    """The journal file plus a per-process lock (several runner threads share one)."""

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, clock: Any = time.time
    ) -> None:
        if path is None:
            from recstudio.settings.paths import data_dir

            path = Path(data_dir()) / "ledger.jsonl"
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.Lock()

    # -- reading ------------------------------------------------------------------------
    def _read_lines(self) -> list[dict[str, Any]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        records = []
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError:
                continue  # torn write from a crash: ignore it, never fail loading
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                records.append(data)
        return records

    def entries(self) -> list[LedgerEntry]:
        """Latest snapshot of every entry, oldest first."""
        latest: dict[str, LedgerEntry] = {}
        for data in self._read_lines():
            try:
                entry = LedgerEntry.from_json(data)
            except TypeError:
                continue
            latest.pop(entry.id, None)
            latest[entry.id] = entry
        return sorted(latest.values(), key=lambda e: e.created_at)

    def get(self, entry_id: str) -> LedgerEntry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def find_sid(self, sid: str) -> LedgerEntry | None:
        """The newest entry with this sid (sids are how users name recordings)."""
        matches = [e for e in self.entries() if e.sid == sid]
        return max(matches, key=lambda e: e.updated_at) if matches else None

    def may_be_running(self) -> list[LedgerEntry]:
        """Everything not known to be over, including starts whose sid never arrived."""
        return [e for e in self.entries() if e.may_be_running]

    # -- writing ------------------------------------------------------------------------
    def _append(self, entry: LedgerEntry) -> None:
        line = (json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True) + "\n").encode()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            size = os.fstat(fd).st_size
            if size:
                # A crash may have left a torn line without its newline; start a fresh one
                # so this record does not get glued onto the garbage.
                with open(self.path, "rb") as reader:
                    reader.seek(size - 1)
                    if reader.read(1) != b"\n":
                        line = b"\n" + line
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

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
        with self._lock:
            self._append(entry)
        return entry

    def mark(self, entry: LedgerEntry | str, **changes: Any) -> LedgerEntry:
        """Write a new snapshot of ``entry`` with ``changes`` (e.g. ``state="started"``)."""
        if "state" in changes and changes["state"] not in STATES:
            raise ValueError(f"unknown ledger state {changes['state']!r}")
        with self._lock:
            if isinstance(entry, str):
                current = next((e for e in self.entries() if e.id == entry), None)
                if current is None:
                    raise KeyError(entry)
                entry = current
            updated = replace(entry, **changes, updated_at=self._clock())
            self._append(updated)
        return updated

    def compact(self, *, keep_final_for: float | None = 7 * 24 * 3600) -> int:
        """Rewrite the file with one line per entry; drop final entries older than
        ``keep_final_for`` seconds (None keeps all). Returns the number of entries kept."""
        with self._lock:
            now = self._clock()
            kept = [
                e
                for e in self.entries()
                if e.may_be_running
                or keep_final_for is None
                or now - e.updated_at <= keep_final_for
            ]
            from recstudio.model.atomic import atomic_write_text

            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = "".join(
                json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for e in kept
            )
            atomic_write_text(self.path, text, private=True)
            return len(kept)
