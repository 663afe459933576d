"""Recordings that were started but that the ledger could not take (issue 10).

Once a start has been sent its sid must not be lost: when the commit after the start
fails (a full disk, a read-only or locked database) the app keeps the snapshot here, shows
it, and writes it again every :data:`RETRY_INTERVAL_S` until the ledger takes it. Qt-free:
the window only owns the timer and the banner.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported on use: the window creates this at launch, sqlite3 is not needed
    from recstudio.api.ledger import Ledger, LedgerEntry, LedgerError

RETRY_INTERVAL_S = 5.0


class PendingWrites:
    """Snapshots waiting for the ledger, keyed by entry id (thread-safe: the retry runs on a
    worker while the window reads the banner)."""

    def __init__(self) -> None:
        self._entries: dict[str, LedgerEntry] = {}
        self._lock = threading.Lock()
        self.last_error = ""

    def add(self, entry: LedgerEntry, error: LedgerError | str) -> None:
        with self._lock:
            self._entries[entry.id] = entry
            self.last_error = _reason(error)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        with self._lock:
            return entry_id in self._entries

    def entries(self) -> list[LedgerEntry]:
        with self._lock:
            return list(self._entries.values())

    def retry(self, ledger: Ledger) -> list[str]:
        """Write what is pending (blocking: call from a worker); returns the ids written.
        The first refusal stops the round: the next ones would fail the same way."""
        from recstudio.api.ledger import LedgerError

        written: list[str] = []
        for entry in self.entries():
            try:
                ledger.restore(entry)
            except LedgerError as error:
                with self._lock:
                    self.last_error = _reason(error)
                break
            with self._lock:
                self._entries.pop(entry.id, None)
            written.append(entry.id)
        return written

    def banner(self) -> str:
        """The sentence the recordings panel shows while anything is pending ("" if not)."""
        entries = self.entries()
        if not entries:
            return ""
        sids = ", ".join(e.sid or "(no sid)" for e in entries)
        count = f"{len(entries)} recording" + ("s were" if len(entries) > 1 else " was")
        return (
            f"{count} started but could not be written to the ledger: {self.last_error}. "
            f"recstudio keeps {'them' if len(entries) > 1 else 'it'} in this window and "
            f"retries every {RETRY_INTERVAL_S:g} s; until then only this window knows "
            f"sid {sids}. Stop it here or note the sid before closing."
        )


def _reason(error: LedgerError | str) -> str:
    return str(getattr(error, "reason", "") or error)
