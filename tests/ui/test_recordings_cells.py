"""The recordings table's words, tooltips and colours without a window (issue 13 point 8):
the model only maps :mod:`recstudio.ui.recordings.cells` to Qt roles (reference §3.3, R37)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from recstudio.ui.recordings.cells import COLUMNS, cell_text, cell_tone, cell_tooltip
from recstudio.ui.recordings.items import RecordingItem

ERROR = {"title": "start: HTTP 400 code 2 — invalid parameter", "short": "invalid parameter"}


def _item(state: str = "running", **fields: object) -> RecordingItem:
    item = RecordingItem(
        key="k", profile="Sandbox", app_id="a", cname="room", uid="527841", mode="mix",
        state=state, started_at=time.time() - 65,
    )  # fmt: skip
    for name, value in fields.items():
        setattr(item, name, value)
    return item


def test_the_cells_module_loads_without_qt() -> None:
    code = (
        "import sys, recstudio.ui.recordings.cells; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_state_text_says_what_happens_now_before_the_error() -> None:
    assert cell_text(_item(), "State") == "running"
    assert cell_text(_item(busy="querying…", error=ERROR), "State") == "running — querying…"
    assert cell_text(_item(error=ERROR), "State") == "running ⚠ invalid parameter"
    assert cell_text(_item("failed", error=ERROR), "State") == "failed: invalid parameter"
    title_only = {"title": "no short form"}
    assert cell_text(_item("failed", error=title_only), "State") == "failed: no short form"
    late = _item(slow_start="start left 2.7 s after acquire")
    assert cell_text(late, "State") == "running ⚠ late start (R37)"
    assert cell_text(_item("unknown"), "State") == "unknown — may be running"


def test_plain_columns() -> None:
    item = _item(sid="s" * 32, server_status=5)
    texts = {column: cell_text(item, column) for column in COLUMNS}
    assert texts["Profile"] == "Sandbox" and texts["Channel"] == "room"
    assert texts["Recorder UID"] == "527841" and texts["Mode"] == "mix"
    assert texts["SID"] == "s" * 32 and cell_text(_item(), "SID") == "—"
    assert texts["Elapsed"] in ("1:05", "1:06")
    assert texts["Started"] == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(item.started_at))
    assert texts["Status"] == "5 in progress"
    assert cell_text(item, "No such column") == ""


def test_status_of_an_ended_recording_is_the_last_one_seen() -> None:
    assert cell_text(_item("stopped", server_status=5), "Status") == "last: 5 in progress"
    assert cell_text(_item("stopped"), "Status") == "—"


def test_tooltips_explain_status_ids_and_the_error() -> None:
    assert "recording" in (cell_tooltip(_item(server_status=5), "Status") or "")
    ids = _item(resource_id="r1", sid="s1")
    assert cell_tooltip(ids, "SID") == "resourceId: r1\nsid: s1"
    assert cell_tooltip(_item(), "SID") == "resourceId: —\nsid: —"
    both = _item(error=ERROR, slow_start="late by 0.7 s")
    assert cell_tooltip(both, "State") == ERROR["title"] + "\nlate by 0.7 s"
    assert cell_tooltip(_item(note="From an earlier session"), "State") == (
        "From an earlier session"
    )
    assert cell_tooltip(_item(), "State") is None
    assert cell_tooltip(_item(), "Channel") is None


@pytest.mark.parametrize(
    ("state", "error", "tone"),
    [
        ("running", None, "active"),
        ("starting", ERROR, "active"),
        ("unknown", None, "unknown"),
        ("unknown", ERROR, "unknown"),
        ("failed", None, "failed"),
        ("failed", ERROR, "failed"),
        ("stopped", None, None),
        ("exited", ERROR, None),
    ],
)
def test_state_tone(state: str, error: dict[str, str] | None, tone: str | None) -> None:
    assert cell_tone(_item(state, error=error), "State") == tone
    assert cell_tone(_item(state, error=error), "Channel") is None
