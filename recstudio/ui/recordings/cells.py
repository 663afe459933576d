"""What each cell of the recordings table says (Qt-free, issue 13 point 8).

The table model only maps these to Qt roles: the text a person reads, the tooltip that
explains it, and a tone word the model turns into a colour. Kept apart so the words are
tested without a window and the model stays a thin adapter.
"""

from __future__ import annotations

import time
from typing import Literal

from recstudio.ui.marks import QT_TRANSLATE_NOOP, translate
from recstudio.ui.recordings.items import RecordingItem
from recstudio.ui.recordings.status_words import (
    format_elapsed,
    state_words,
    status_meaning,
    status_words,
)

#: column names; the panel shows them through translate("recordings.panel", …)
COLUMNS = (
    QT_TRANSLATE_NOOP("recordings.panel", "State"),
    QT_TRANSLATE_NOOP("recordings.panel", "Profile"),
    QT_TRANSLATE_NOOP("recordings.panel", "Channel"),
    QT_TRANSLATE_NOOP("recordings.panel", "Recorder UID"),
    QT_TRANSLATE_NOOP("recordings.panel", "Mode"),
    QT_TRANSLATE_NOOP("recordings.panel", "SID"),
    QT_TRANSLATE_NOOP("recordings.panel", "Started"),
    QT_TRANSLATE_NOOP("recordings.panel", "Elapsed"),
    QT_TRANSLATE_NOOP("recordings.panel", "Status"),
)
ELAPSED_COLUMN = COLUMNS.index("Elapsed")

#: How the State cell is coloured: ``active`` green, ``failed`` red, ``unknown`` orange.
Tone = Literal["active", "failed", "unknown"]


def state_text(item: RecordingItem) -> str:
    """The state, then what is happening now, else the last error, else the R37 warning."""
    words = state_words(item.state)
    if item.busy:
        return f"{words} — {item.busy}"
    if item.error:
        short = item.error.get("short") or item.error.get("title", "")
        return f"{words} ⚠ {short}" if item.active else f"{words}: {short}"
    if item.slow_start:
        return translate("recordings.cells", "{words} ⚠ late start (R37)").format(words=words)
    return words


def status_text(item: RecordingItem) -> str:
    """Agora's query status; once the recording ended it is the last one seen."""
    words = status_words(item.server_status)
    return words if item.active or item.server_status is None else f"last: {words}"


def cell_text(item: RecordingItem, column: str) -> str:
    """The text of ``column`` for ``item`` ("" for a column the table does not have)."""
    if column == "State":
        return state_text(item)
    if column == "Started":
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(item.started_at))
    if column == "Elapsed":
        return format_elapsed(item.elapsed)
    if column == "Status":
        return status_text(item)
    if column == "SID":
        return item.sid or "—"
    plain = {"Profile": item.profile, "Channel": item.cname, "Recorder UID": item.uid}
    plain["Mode"] = item.mode
    return plain.get(column, "")


def cell_tooltip(item: RecordingItem, column: str) -> str | None:
    """What the cell means: the status number in words, both ids, the error and warning."""
    if column == "Status":
        return status_meaning(item.server_status)
    if column == "SID":
        return f"resourceId: {item.resource_id or '—'}\nsid: {item.sid or '—'}"
    if column == "State" and (item.error or item.note or item.slow_start):
        lines = [(item.error or {}).get("title") or item.note, item.slow_start]
        return "\n".join(line for line in lines if line)
    return None


def cell_tone(item: RecordingItem, column: str) -> Tone | None:
    """The State cell's colour as a word: a failure red, "may be running" orange (though
    "unknown" counts as active), any other active state green."""
    if column != "State":
        return None
    if item.state == "unknown":
        return "unknown"
    if item.state == "failed":
        return "failed"
    return "active" if item.active else None
