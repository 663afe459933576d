"""Plain words for what a recording is doing, in the window's language.

Support staff read the recordings table, not Agora's numbers: query ``status`` 5 means
"in progress" and 20 means it died (reference §3.3), and the ledger's states say what this
machine last knew. One module so the table, the status bar and the tests agree.
"""

from __future__ import annotations

from recstudio.api.results import EXITED_STATUSES, RUNNING_STATUSES, STATUS_TEXT
from recstudio.ui.marks import QT_TRANSLATE_NOOP, tr_word, translate

#: The ledger's states (recstudio.api.ledger.STATES) as a person would say them.
STATE_WORDS: dict[str, str] = {
    "acquiring": QT_TRANSLATE_NOOP("recordings.status_words", "acquiring a resource"),
    "acquired": QT_TRANSLATE_NOOP("recordings.status_words", "resource acquired"),
    "starting": QT_TRANSLATE_NOOP("recordings.status_words", "starting"),
    "started": QT_TRANSLATE_NOOP("recordings.status_words", "started, confirming"),
    "running": QT_TRANSLATE_NOOP("recordings.status_words", "running"),
    "stopping": QT_TRANSLATE_NOOP("recordings.status_words", "stopping"),
    "stopped": QT_TRANSLATE_NOOP("recordings.status_words", "stopped"),
    "failed": QT_TRANSLATE_NOOP("recordings.status_words", "failed"),
    "exited": QT_TRANSLATE_NOOP("recordings.status_words", "exited"),
    "unknown": QT_TRANSLATE_NOOP("recordings.status_words", "unknown — may be running"),
}

#: States in which the recording may bill: it is listed first and counted as running.
ACTIVE_STATES = frozenset(
    {"acquiring", "acquired", "starting", "started", "running", "stopping", "unknown"}
)


def status_words(status: int | None) -> str:
    """``5`` → ``"5 in progress"``; None → ``"—"`` (never queried)."""
    if status is None:
        return "—"
    words = STATUS_TEXT.get(status)
    if not words:
        return f"{status} {translate('recordings.status_words', 'undocumented status')}"
    return f"{status} {tr_word(words)}"


def status_meaning(status: int | None) -> str:
    """One sentence for the tooltip: what the number means for the person watching."""
    if status is None:
        return translate("recordings.status_words", "Not queried yet.")
    if status in RUNNING_STATUSES:
        return translate("recordings.status_words", "The recorder is up and recording.")
    if status == 20:
        return translate(
            "recordings.status_words",
            "The recorder exited abnormally; check the token, uid and storage settings.",
        )
    if status in EXITED_STATUSES:
        return translate("recordings.status_words", "The recorder is stopping or has exited.")
    return translate(
        "recordings.status_words",
        "The recorder is still coming up; a start is confirmed once the status is 4 or 5.",
    )


def state_words(state: str) -> str:
    words = STATE_WORDS.get(state)
    return translate("recordings.status_words", words) if words else state


def is_active(state: str) -> bool:
    return state in ACTIVE_STATES


def format_elapsed(seconds: float) -> str:
    """``3725`` → ``"1:02:05"``; under an hour ``"2:05"``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def describe_file(entry: object) -> str:
    """One line per file of a query/stop file list (string, mix/individual or web entry)."""
    if isinstance(entry, str):
        return entry
    if not isinstance(entry, dict):
        return str(entry)
    name = entry.get("fileName") or entry.get("filename") or "?"
    extras = []
    if entry.get("trackType"):
        extras.append(str(entry["trackType"]))
    if entry.get("uid") not in (None, "", "0"):
        extras.append(f"uid {entry['uid']}")
    if entry.get("isPlayable") is False:
        extras.append(translate("recordings.status_words", "not playable"))
    return f"{name} ({', '.join(extras)})" if extras else str(name)
