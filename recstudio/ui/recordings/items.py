"""The recording view-model: what the window knows about one recording attempt, keyed by
its ledger id (design.md "Talking to Agora", issue 6). Plain data, filled from ledger entries
and runner records; the controller owns the instances on the GUI thread."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from recstudio.model import Mode
from recstudio.ui.recordings.status_words import is_active

if TYPE_CHECKING:
    from recstudio.api.ledger import LedgerEntry
    from recstudio.api.runner import Recording

#: States in which Agora certainly has no recorder (recstudio.api.ledger.FINAL_STATES).
FINAL = frozenset({"stopped", "failed", "exited"})


@dataclass(slots=True)
class RecordingItem:
    """What the window knows about one recording attempt (keyed by its ledger id)."""

    key: str
    profile: str
    app_id: str
    cname: str
    uid: str
    mode: str
    state: str
    started_at: float
    resource_id: str | None = None
    sid: str | None = None
    ended_at: float | None = None
    server_status: int | None = None
    files: list[Any] = field(default_factory=list)
    busy: str = ""
    error: dict[str, str] | None = None
    note: str = ""
    #: The layout the recorder has now: the start's, then the last one sent (§3.5).
    layout: dict[str, Any] | None = None
    layout_name: str = ""
    generation: int = 0
    next_poll: float | None = None
    auto_stopped: bool = False
    recovered: bool = False
    #: R37: start left more than 2 s after acquire (the runner's warning, shown as such)
    slow_start: str = ""

    @classmethod
    def from_entry(cls, entry: LedgerEntry) -> RecordingItem:
        item = cls(
            key=entry.id,
            profile=entry.profile,
            app_id=entry.app_id,
            cname=entry.cname,
            uid=entry.uid,
            mode=entry.mode,
            state=entry.state,
            started_at=entry.created_at,
        )
        item.apply_entry(entry)
        return item

    def apply_entry(self, entry: LedgerEntry) -> None:
        self.state = entry.state
        self.resource_id = entry.resource_id or self.resource_id
        self.sid = entry.sid or self.sid
        self.uid = entry.uid or self.uid
        if entry.last_status is not None:
            self.server_status = entry.last_status
        if entry.files:
            self.files = list(entry.files)
        if entry.state in FINAL:
            self.ended_at = entry.updated_at
        if entry.last_error and entry.state in ("failed", "unknown") and self.error is None:
            self.error = {"title": entry.last_error, "explanation": "", "field": "", "action": ""}

    def apply_rec(self, rec: Recording) -> None:
        self.state = rec.status if rec.status != "started" else "started"
        self.server_status = (
            rec.server_status if rec.server_status is not None else self.server_status
        )
        self.uid = rec.uid
        self.slow_start = rec.slow_start or self.slow_start
        if rec.files:
            self.files = list(rec.files)
        if self.state in FINAL and self.ended_at is None:
            self.ended_at = time.time()

    @property
    def active(self) -> bool:
        return is_active(self.state)

    @property
    def addressable(self) -> bool:
        return bool(self.resource_id and self.sid)

    @property
    def may_bill(self) -> bool:
        """Counted as running: Agora may have a recorder for it (with or without a sid)."""
        return self.active and (
            self.addressable or self.state in ("starting", "started", "unknown")
        )

    @property
    def elapsed(self) -> float:
        end = self.ended_at if self.ended_at is not None else time.time()
        return max(0.0, end - self.started_at)

    def recording(self) -> Recording:
        """A fresh runner record (the worker mutates it; the GUI's item is not touched)."""
        from recstudio.api.runner import Recording

        assert self.resource_id and self.sid
        return Recording(
            profile=self.profile,
            app_id=self.app_id,
            cname=self.cname,
            uid=self.uid,
            mode=Mode(self.mode),
            resource_id=self.resource_id,
            sid=self.sid,
            started_at=self.started_at,
            status=self.state,
            files=list(self.files),
            ledger_id=self.key,
            server_status=self.server_status,
        )

    def ids_text(self) -> str:
        return json.dumps(
            {
                "cname": self.cname,
                "uid": self.uid,
                "mode": self.mode,
                "resourceId": self.resource_id,
                "sid": self.sid,
                "appid": self.app_id,
                "profile": self.profile,
            },
            indent=2,
        )
