"""Issue 10 item 10: R37's slow_start is not only emitted but reaches the user — on the
recording the runner returns and on the CLI's stderr (the panel: tests/ui)."""

from __future__ import annotations

from pathlib import Path

from api_kit import APP_ID, PUBLISHER, Harness, acquire_request, start_request

from recstudio.api.commands import _start_notes
from recstudio.api.ledger import Ledger
from recstudio.api.runner import RunnerEvent, slow_start_warning


def _start_with_gap(harness: Harness, tmp_path: Path, gap: float):
    """Whatever runs between acquire's answer and start (here the event handler standing in
    for a slow disk) moves the shared manual clock by ``gap`` seconds."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    events: list[RunnerEvent] = []

    def on_event(event: RunnerEvent) -> None:
        events.append(event)
        if event.kind == "start_sent":
            harness.clock.advance(gap)

    runner = harness.runner(Ledger(tmp_path / "ledger.jsonl"), on_event=on_event)
    rec = runner.start_recording("mix", "room", "500", acquire_request("mix"), start_request("mix"))
    return rec, events


def test_a_late_start_is_reported_on_the_recording_and_as_an_event(
    harness: Harness, tmp_path: Path
) -> None:
    rec, events = _start_with_gap(harness, tmp_path, 2.5)
    assert rec.status == "running"  # late, but Agora still took it
    [slow] = [e for e in events if e.kind == "slow_start"]
    assert slow.message.startswith("start was sent 2.5 s after acquire")
    assert "R37" in slow.message and slow.entry_id == rec.ledger_id
    assert rec.slow_start == slow.message


def test_a_start_within_two_seconds_says_nothing(harness: Harness, tmp_path: Path) -> None:
    rec, events = _start_with_gap(harness, tmp_path, 2.0)
    assert "slow_start" not in [e.kind for e in events]
    assert rec.slow_start == ""


def test_the_cli_prints_the_late_start_warning(harness: Harness, tmp_path: Path) -> None:
    rec, _events = _start_with_gap(harness, tmp_path, 3.0)
    assert _start_notes(rec) == [f"warning: {slow_start_warning(3.0)}"]
    rec.slow_start = ""
    assert _start_notes(rec) == []
