"""One start, one row (reference §9.2: a new acquire after a failed start): which ledger
entries the panel keeps, what the kept row says, and a row's state after runner events."""

from __future__ import annotations

from recstudio.api.ledger import FINAL_STATES, LedgerEntry
from recstudio.api.start_rows import OneRow, after_failure, after_success, state_after_event


def _entry(key: str, state: str) -> LedgerEntry:
    return LedgerEntry(
        id=key, profile="Sandbox", base_url="http://x", app_id="a", cname="c", uid="1",
        mode="mix", state=state,
    )  # fmt: skip


def test_a_first_time_start_keeps_its_row_and_the_runners_note() -> None:
    row = after_success([_entry("k1", "running")], "k1", {"k1"}, "uid changed to 2")
    assert row == OneRow("k1", (), "uid changed to 2")


def test_failed_rounds_before_the_start_that_ran_leave_the_panel() -> None:
    entries = [_entry("k1", "failed"), _entry("k2", "running")]
    row = after_success(entries, "k2", {"k1", "k2"})
    assert row.key == "k2" and row.dropped == ("k1",)
    assert row.note == (
        "Started on attempt 2: the earlier start failed and a new acquire followed, "
        "as Agora recommends."
    )


def test_two_failed_rounds_say_starts_and_keep_the_runners_note() -> None:
    entries = [_entry("k1", "failed"), _entry("k2", "failed"), _entry("k3", "running")]
    row = after_success(entries, "k3", {"k1", "k2", "k3"}, "late start")
    assert row.dropped == ("k1", "k2")
    assert row.note is not None
    assert row.note.startswith("Started on attempt 3: the earlier starts failed")
    assert row.note.endswith(" late start")


def test_only_rounds_that_certainly_failed_and_are_shown_are_dropped() -> None:
    # "unknown" may still bill: it keeps its row; a round the panel never showed is left
    entries = [_entry("k0", "failed"), _entry("k1", "unknown"), _entry("k2", "running")]
    row = after_success(entries, "k2", {"k1", "k2"})
    assert row == OneRow("k2", (), "")


def test_every_round_failed_keeps_the_last_and_says_how_many_tries() -> None:
    entries = [_entry("k1", "failed"), _entry("k2", "failed"), _entry("k3", "failed")]
    row = after_failure(entries, {"k1", "k2", "k3"})
    assert row.key == "k3" and row.dropped == ("k1", "k2")
    assert row.note is not None and row.note.startswith("Start was tried 3 times")


def test_one_failed_round_keeps_its_row_without_a_note() -> None:
    assert after_failure([_entry("k1", "failed")], {"k1"}) == OneRow("k1")
    assert after_failure([], set()) == OneRow(None)


def test_a_last_round_that_may_run_still_collapses_the_failed_ones_before_it() -> None:
    entries = [_entry("k1", "failed"), _entry("k2", "unknown")]
    row = after_failure(entries, {"k1", "k2"})
    assert row.key == "k2" and row.dropped == ("k1",)


def test_runner_events_move_rows_but_never_out_of_a_final_state() -> None:
    assert state_after_event("start_sent", "acquiring", FINAL_STATES) == "starting"
    assert state_after_event("running", "started", FINAL_STATES) == "running"
    assert state_after_event("running", "stopped", FINAL_STATES) == "stopped"
    assert state_after_event("uid_changed", "starting", FINAL_STATES) == "starting"


def test_a_failed_start_is_failed_unless_agora_may_have_a_recorder() -> None:
    assert state_after_event("start_failed", "starting", FINAL_STATES) == "failed"
    assert state_after_event("start_failed", "unknown", FINAL_STATES) == "unknown"
