"""One start, one row: which of a start's ledger entries the recordings panel keeps.

A start may take several rounds (the runner acquires again after a failed start, reference
§9.2); every round is a ledger entry, and the ledger keeps them all. The panel shows the
person one row per press of Start: rounds that certainly failed before the last one are
dropped from the panel (not from the ledger) and the kept row says how many tries it took.
Deciding that is plain data, so it lives here, tested without a window; the Qt controller
applies the result to its rows.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this at launch; the ledger loads on a worker
    from recstudio.api.ledger import LedgerEntry

#: The runner's event kinds that move a row to a state (``RunnerEvent.kind`` → state).
EVENT_STATES: dict[str, str] = {
    "acquiring": "acquiring",
    "start_sent": "starting",
    "started": "started",
    "running": "running",
    "stopping": "stopping",
    "stopped": "stopped",
}


@dataclass(frozen=True, slots=True)
class OneRow:
    """What the panel does after a start: keep ``key``'s row (None: no row to keep), drop
    the rows of ``dropped``, and set ``note`` on the kept row (None: leave its note)."""

    key: str | None
    dropped: tuple[str, ...] = ()
    note: str | None = None


def _failed_before(entries: Sequence[LedgerEntry], kept: str, shown: Container[str]) -> list[str]:
    """Rounds other than ``kept`` that certainly failed and have a row in the panel."""
    return [e.id for e in entries if e.id != kept and e.state == "failed" and e.id in shown]


def after_success(
    entries: Sequence[LedgerEntry], started_id: str, shown: Container[str], runner_note: str = ""
) -> OneRow:
    """The start that ran is ``started_id``; its note tells of the failed rounds before it,
    then the runner's own note (e.g. a changed uid)."""
    dropped = _failed_before(entries, started_id, shown)
    if not dropped:
        return OneRow(started_id, (), runner_note)
    tries = f"Started on attempt {len(dropped) + 1}: the earlier start"
    tries += "s" if len(dropped) > 1 else ""
    note = f"{tries} failed and a new acquire followed, as Agora recommends."
    note += f" {runner_note}" if runner_note else ""
    return OneRow(started_id, tuple(dropped), note)


def after_failure(entries: Sequence[LedgerEntry], shown: Container[str]) -> OneRow:
    """Every round failed: the last one keeps the row (it holds the error to show), and
    says how many tries there were when there was more than one."""
    if not entries:
        return OneRow(None)
    last = entries[-1].id
    dropped = _failed_before(entries[:-1], last, shown)
    if not dropped:
        return OneRow(last)
    note = (
        f"Start was tried {len(dropped) + 1} times (a new acquire after each failed "
        "start, as Agora recommends); every attempt failed the same way."
    )
    return OneRow(last, tuple(dropped), note)


def state_after_event(kind: str, state: str, final: Container[str]) -> str:
    """A row's state after a runner event: final states stay (a late "running" must not
    revive a stopped recording); a failed start is "failed" unless the state is unknown
    (Agora may have a recorder: the row keeps saying so)."""
    if kind in EVENT_STATES and state not in final:
        state = EVENT_STATES[kind]
    if kind == "start_failed" and state != "unknown":
        state = "failed"
    return state
