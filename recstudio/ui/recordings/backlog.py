"""Started recordings the ledger refused (issue 10): held in memory, shown in a banner and
written again every ``RETRY_INTERVAL_S`` until the database takes them. One part of
:class:`RecordingsController`, with its own timer and pending list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.api.ledger import LedgerEntry
    from recstudio.ui.recordings.rows import Context


class LedgerBacklog:
    """Keeps what the ledger could not take and retries it off the GUI thread."""

    def __init__(self, context: Context, *, banner: Callable[[str], None], parent: QObject) -> None:
        from recstudio.api.ledger_pending import RETRY_INTERVAL_S, PendingWrites

        self._c = context
        self._banner = banner  # "" when nothing is pending
        self.pending = PendingWrites()
        self._retrying = False
        self._closed = False
        self.timer = QTimer(parent)
        self.timer.setInterval(int(RETRY_INTERVAL_S * 1000))
        self.timer.timeout.connect(self.retry)

    def keep(self, entry: LedgerEntry, error: Any) -> None:
        """Hold a started recording's snapshot in memory, show the banner, retry."""
        self.pending.add(entry, error)
        self._banner(self.pending.banner())
        if not self.timer.isActive():
            self.timer.start()

    def retry(self) -> None:
        if self._retrying or self._closed:
            return
        if not len(self.pending):
            self.timer.stop()
            return
        self._retrying = True

        def done(written: list[str]) -> None:
            self._retrying = False
            if written:
                self._c.say(
                    translate(
                        "recordings.backlog", "{n_written} recording(s) are now in the ledger."
                    ).format(n_written=len(written))
                )
            if not len(self.pending):
                self.timer.stop()
            self._banner(self.pending.banner())

        def failed(error: BaseException) -> None:
            self._retrying = False
            self._c.report(None, error)

        self._c.pool.submit(
            lambda: self.pending.retry(self._c.ledger()), on_done=done, on_error=failed
        )

    def close(self) -> None:
        self._closed = True
        self.timer.stop()
