"""The recordings the window lists, and what every part of the controller shares.

:class:`Rows` owns the :class:`RecordingItem` of each ledger entry on the GUI thread, the
order the panel shows them in and how a failure lands on a row. :class:`Context` is the
handful of collaborators the controller's parts (starter, poller, actions, request log,
ledger backlog) are given instead of a host class: each part keeps its own state and
reaches the others only through what it was handed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recstudio.ui.recordings.connections import ConnectionProblem, describe_error
from recstudio.ui.recordings.items import RecordingItem
from recstudio.ui.recordings.workers import TaskCancelled

if TYPE_CHECKING:
    from recstudio.api.ledger import Ledger
    from recstudio.ui.document import ProjectDocument
    from recstudio.ui.recordings.connections import Connections
    from recstudio.ui.recordings.options import RecordingOptions
    from recstudio.ui.recordings.workers import TaskPool


class Rows:
    """Recordings keyed by ledger id; ``changed`` and ``count_changed`` tell the views."""

    def __init__(
        self,
        *,
        changed: Callable[[], None],
        count_changed: Callable[[int], None],
        say: Callable[[str], None],
    ) -> None:
        self.items: dict[str, RecordingItem] = {}
        #: the catalogue's words for the last failure (the status bar shows its title)
        self.last_error: dict[str, str] | None = None
        self._notify = changed
        self._count_changed = count_changed
        self._say = say
        self._last_running = -1

    def ordered(self) -> list[RecordingItem]:
        """May-bill first (newest first), then finished ones (newest first)."""
        items = sorted(self.items.values(), key=lambda i: i.started_at, reverse=True)
        return [i for i in items if i.active] + [i for i in items if not i.active]

    def running_count(self) -> int:
        return sum(1 for item in self.items.values() if item.may_bill)

    def running_items(self) -> list[RecordingItem]:
        return [item for item in self.ordered() if item.may_bill]

    def target(self, key: str | None = None) -> RecordingItem | None:
        """The recording a toolbar action means: the given one, else the newest that may run."""
        if key is not None:
            return self.items.get(key)
        for item in self.ordered():
            if item.active and item.addressable:
                return item
        return None

    def notify(self) -> None:
        """Rows were added or changed: views repaint (the running count is not looked at)."""
        self._notify()

    def changed(self) -> None:
        """A row changed: views repaint; the running count is announced when it moved."""
        self._notify()
        count = self.running_count()
        if count != self._last_running:
            self._last_running = count
            self._count_changed(count)

    def report(self, key: str | None, error: BaseException, *, quiet: bool = False) -> None:
        """A failure a person can act on lands on its row (or the status bar); a bug is
        raised so that it surfaces (pytest-qt fails the test)."""
        if isinstance(error, TaskCancelled):
            return
        if not _is_reportable(error):
            raise error
        info = describe_error(error)
        self.last_error = info
        item = self.items.get(key) if key is not None else None
        if item is not None:
            item.error = info
            item.busy = ""
            self.changed()
        if not quiet or item is None:
            self._say("Failed: " + info["title"])
        else:
            self._say(f"{item.cname}: {info['title']}")
        if item is None:
            self.notify()


@dataclass(frozen=True, slots=True)
class Context:
    """What the controller's parts share: none of it is any part's own state."""

    document: ProjectDocument
    options: RecordingOptions
    pool: TaskPool
    rows: Rows
    #: blocking (reads profiles.json on first use): call from workers
    connections: Callable[[], Connections]
    ledger: Callable[[], Ledger]
    #: a sentence for the status bar
    say: Callable[[str], None]

    def report(self, key: str | None, error: BaseException, *, quiet: bool = False) -> None:
        self.rows.report(key, error, quiet=quiet)


def _is_reportable(error: BaseException) -> bool:
    """Failures a user can act on (vs. bugs, which are raised)."""
    from recstudio.api.errors import ApiError
    from recstudio.settings.profiles import ProfileError

    return isinstance(error, ApiError | ConnectionProblem | ProfileError | OSError)
