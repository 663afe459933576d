"""RecordingRunner against the Sandbox: the full life per mode, start failure handling
(reference §9.2), confirmation, serialised updates and the ledger at every step."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from api_kit import (
    APP_ID,
    PUBLISHER,
    SECRETS,
    Harness,
    acquire_request,
    ledger_bytes,
    start_request,
)

from recstudio.api.errors import ApiError
from recstudio.api.ledger import Ledger, LedgerEntry, LedgerError
from recstudio.api.runner import LedgerWriteAfterStart, Recording
from recstudio.emulator import Timing


class _WatchedLedger(Ledger):
    """Notes each state as its commit returns (the order the runner wrote them)."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.committed: list[str] = []
        #: (state, whether its commit waited for the disk), every create and state mark
        self.durability: list[tuple[str, bool]] = []

    def create(self, **kw: Any) -> LedgerEntry:
        entry = super().create(**kw)
        self.committed.append(entry.state)
        self.durability.append((entry.state, True))
        return entry

    def mark(self, entry: LedgerEntry | str, *, durable: bool = True, **kw: Any) -> LedgerEntry:
        updated = super().mark(entry, durable=durable, **kw)
        if "state" in kw:
            self.durability.append((updated.state, durable))
        if "state" in kw and (not self.committed or self.committed[-1] != updated.state):
            self.committed.append(updated.state)
        return updated


def _start(harness: Harness, ledger: Ledger, mode: str, cname: str = "room", uid: str = "500",
           **kw: object) -> Recording:  # fmt: skip
    runner = harness.runner(ledger, **kw)
    return runner.start_recording(mode, cname, uid, acquire_request(mode), start_request(mode))


@pytest.mark.parametrize("mode", ["raw", "individual", "mix", "web"])
def test_full_life_per_mode(harness: Harness, tmp_path: Path, mode: str) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    runner = harness.runner(ledger)
    rec = runner.start_recording(mode, "room", "500", acquire_request(mode), start_request(mode))
    assert rec.status == "running"
    assert rec.server_status in (4, 5)
    [entry] = ledger.may_be_running()
    assert (entry.state, entry.sid, entry.resource_id) == ("running", rec.sid, rec.resource_id)
    harness.clock.advance(90)
    runner.poll(rec)
    assert rec.status == "running"
    if mode == "web":
        runner.update(rec, {"webRecordingConfig": {"onhold": True}})
    else:
        runner.update(
            rec, {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": [PUBLISHER]}}}
        )
    if mode == "mix":
        layout = {
            "mixedVideoLayout": 3,
            "layoutConfig": [
                {"uid": PUBLISHER, "x_axis": 0.1, "y_axis": 0.1, "width": 0.5, "height": 0.5}
            ],
        }
        runner.update_layout(rec, layout)
    result = runner.stop(rec)
    assert result.outcome == "stopped"
    assert rec.status == "stopped"
    assert ledger.may_be_running() == []
    final = ledger.get(rec.ledger_id or "")
    assert final is not None and final.state == "stopped" and final.files
    kinds = [e.kind for e in harness.events]
    assert kinds[:5] == ["acquiring", "start_sent", "start_answered", "started", "confirming"]
    ledger.close()
    stored = ledger_bytes(ledger.path)
    for secret in SECRETS:
        assert secret.encode() not in stored


def test_ledger_written_before_and_after_each_step(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = _WatchedLedger(tmp_path / "ledger.sqlite3")
    rec = _start(harness, ledger, "mix")
    harness.runner(ledger).stop(rec, async_stop=True)
    assert ledger.committed == ["acquiring", "acquired", "starting", "started", "running",
                                "stopping", "stopped"]  # fmt: skip
    # each state is in the database when the next request goes out
    assert [e.state for e in Ledger(ledger.path).entries()] == ["stopped"]


def test_only_the_marks_a_send_depends_on_wait_for_the_disk(
    harness: Harness, tmp_path: Path
) -> None:
    """Design "Ledger": synchronous=FULL for the commits that precede a send (acquire,
    start, stop) and for the row that first holds the sid; running, polls and stopped skip
    the fsync (a power cut rolls them back only to a state that says "may be running")."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = _WatchedLedger(tmp_path / "ledger.sqlite3")
    rec = _start(harness, ledger, "mix")
    runner = harness.runner(ledger)
    harness.clock.advance(90)
    runner.poll(rec)
    runner.stop(rec, async_stop=True)
    assert ledger.durability == [
        ("acquiring", True), ("acquired", False), ("starting", True), ("started", True),
        ("running", False), ("running", False), ("stopping", True), ("stopped", False),
    ]  # fmt: skip
    # a row leaving a final state must not be rolled back to it
    rec.status = "exited"
    runner._mark_rec(rec, "exited")
    runner._mark_rec(rec, "running")
    assert ledger.durability[-2:] == [("exited", False), ("running", True)]


def test_start_5xx_retries_then_new_acquire_then_new_uid(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    # 3 rounds × (1 + 3 retries) failed starts, then the round with a new uid succeeds.
    harness.server.faults.set(endpoint="start", http_5xx=503, count=12)  # code 502
    rec = _start(harness, ledger, "mix", uid="500")
    assert rec.uid == "501"
    assert rec.requested_uid == "500"
    assert "501" in rec.note
    assert len(harness.endpoint_records("acquire")) == 4
    assert len(harness.endpoint_records("start")) == 13
    assert harness.sleeps[:3] == [3.0, 6.0, 9.0]
    assert any(e.kind == "uid_changed" for e in harness.events)
    states = sorted(e.state for e in ledger.entries())
    assert states == ["failed", "failed", "failed", "running"]


def test_start_backend_timeout_62_stays_listed(harness: Harness, tmp_path: Path) -> None:
    """Code 62/65 answers mean Agora's backend timed out: the start may have happened, so
    the entry stays in may_be_running even though a new acquire + start follows."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="start", http_5xx=500, count=4)
    rec = _start(harness, ledger, "mix")
    assert rec.status == "running"
    assert sorted(e.state for e in ledger.may_be_running()) == ["running", "unknown"]


def test_start_keeps_failing_raises_last_error(harness: Harness, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="start", http_5xx=503)
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix", same_uid_rounds=1, new_uid_rounds=1)
    assert info.value.code == 502
    assert len(harness.endpoint_records("acquire")) == 2
    assert [e.uid for e in ledger.entries()] == ["500", "501"]
    assert ledger.may_be_running() == []


def test_start_40x_is_not_retried(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    _start(harness, ledger, "mix", uid="600")
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix", uid="600")
    assert info.value.code == 53
    assert len(harness.endpoint_records("acquire")) == 2
    assert [e.state for e in ledger.entries()] == ["running", "failed"]


def test_lost_start_never_reacquires_and_is_listed(harness: Harness, tmp_path: Path) -> None:
    """Reliability §3.3: a start whose answer was lost may be recording; say so."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="start", drop_connection=10)
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix")
    assert info.value.is_network and info.value.request_sent
    assert len(harness.endpoint_records("acquire")) == 1
    assert len(harness.endpoint_records("start")) == 4  # same resourceId, 3, 6, 9 s
    [entry] = ledger.may_be_running()
    assert entry.state == "unknown" and entry.sid is None and entry.resource_id
    assert "a start was sent; if it reached Agora a recording may be running" in entry.caution()


def test_lost_start_answer_then_retry_says_already_started(
    harness: Harness, tmp_path: Path
) -> None:
    """The first start reached the server but its answer was lost (latency > timeout): the
    retry answers code 7 with no sid — reported, journaled as maybe running."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    client = harness.client(timeout=(2.0, 1.0))  # room for the retry's answer under load
    harness.server.faults.set(endpoint="start", latency_s=1.5, count=1)
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix", client=client)
    assert info.value.code == 7
    [entry] = ledger.may_be_running()
    assert entry.state == "unknown"
    assert len(harness.endpoint_records("acquire")) == 1


def test_confirm_404_means_recorder_exited(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="query", failover_404_s=1000)
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix")
    assert info.value.http_status == 404
    assert "maxIdleTime" in info.value.explanation
    assert harness.sleeps[-3:] == [5.0, 10.0, 15.0]
    assert [e.state for e in ledger.entries()] == ["exited"]


def test_a_recorder_that_exited_is_reported_as_such_when_the_ledger_refuses(
    harness: Harness, tmp_path: Path
) -> None:
    """Review finding: when the ledger refused the "exited" mark during confirmation, the
    runner raised LedgerWriteAfterStart — "recording … was started", its identity printed
    as if it ran — for a recorder Agora had just declared gone. Agora's answer wins; the row
    keeps saying "may be running" (the safe side) until a query says otherwise."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="query", failover_404_s=1000)
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix", on_event=_freeze_at(ledger, "confirming"))
    assert info.value.http_status == 404
    [row] = Ledger(ledger.path).may_be_running()
    assert row.state == "started" and row.sid is not None


def test_confirm_survives_short_failover(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    harness.server.faults.set(endpoint="query", failover_404_s=12)
    rec = _start(harness, ledger, "mix")
    assert rec.status == "running"


def test_confirm_gives_up_after_90_s_and_stops(harness: Harness, tmp_path: Path) -> None:
    harness.server.state.timing = Timing(status_schedule=((0.0, 1), (1.0, 2)))
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    with pytest.raises(ApiError) as info:
        _start(harness, ledger, "mix")
    assert "90 s" in info.value.explanation
    assert harness.endpoint_records("stop")
    assert [e.state for e in ledger.entries()] == ["failed"]


def test_poll_after_idle_exit_marks_exited(harness: Harness, tmp_path: Path) -> None:
    channel = harness.server.channel(APP_ID, "room")
    channel.join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    runner = harness.runner(ledger)
    rec = runner.start_recording("mix", "room", "500", acquire_request("mix"), start_request("mix"))
    channel.leave(PUBLISHER)
    harness.clock.advance(300)
    runner.poll(rec)
    assert rec.status == "exited"
    assert ledger.may_be_running() == []


def test_updates_are_serialised(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    runner = harness.runner(ledger)
    rec = runner.start_recording("mix", "room", "500", acquire_request("mix"), start_request("mix"))
    harness.server.faults.set(endpoint="updateLayout", latency_s=0.2, count=2)
    harness.server.faults.set(endpoint="update", latency_s=0.2, count=1)
    spans: list[tuple[float, float]] = []
    real_update_layout = runner.client.update_layout
    real_update = runner.client.update

    def timed(call):  # type: ignore[no-untyped-def]
        def wrapper(*args):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            try:
                return call(*args)
            finally:
                spans.append((began, time.perf_counter()))

        return wrapper

    runner.client.update_layout = timed(real_update_layout)  # type: ignore[method-assign]
    runner.client.update = timed(real_update)  # type: ignore[method-assign]
    jobs = [
        lambda: runner.update_layout(rec, {"mixedVideoLayout": 1}),
        lambda: runner.update_layout(rec, {"mixedVideoLayout": 2}),
        lambda: runner.update(rec, {"streamSubscribe": {"audioUidList": {
            "subscribeAudioUids": ["#allstream#"]}}}),
    ]  # fmt: skip
    threads = [threading.Thread(target=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(spans) == 3
    spans.sort()
    for (_, end), (begin, _) in itertools.pairwise(spans):
        assert begin >= end  # one in flight at a time
    assert all(r.http_status == 200 for r in harness.records)


def test_stop_404_after_failover_retries_is_exited(harness: Harness, tmp_path: Path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    runner = harness.runner(ledger)
    rec = runner.start_recording("mix", "room", "500", acquire_request("mix"), start_request("mix"))
    harness.server.faults.set(endpoint="stop", failover_404_s=1000)
    result = runner.stop(rec)
    assert result.outcome == "not_found"
    assert harness.sleeps[-3:] == [5.0, 10.0, 15.0]
    assert ledger.may_be_running() == []


def test_lost_start_answer_then_5xx_stays_unknown_and_never_reacquires(harness_factory=None):
    """Review finding: attempt 1 of start reaches Agora but its answer is lost; the retry
    gets a 5xx. The recorder from attempt 1 may be running: the ledger must keep listing it
    and the runner must not acquire again."""
    from waiting import wait_until

    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.errors import ApiError
    from recstudio.api.ledger import Ledger
    from recstudio.api.runner import RecordingRunner
    from recstudio.emulator import SandboxServer

    server = SandboxServer(customer_id="c", customer_secret="s", rate_limit=None).start()
    try:
        server.faults.set(endpoint="start", latency_s=2.5, count=1)  # carried out, answer late
        calls: list[str] = []

        def sleep(seconds: float) -> None:
            if calls and calls[-1] == "start-timeout":
                server.faults.set(endpoint="start", http_5xx=503, count=10)

        def log(record):  # type: ignore[no-untyped-def]
            calls.append(
                "start-timeout"
                if record.endpoint == "start" and record.http_status is None
                else record.endpoint
            )

        client = CloudRecordingClient(
            server.base_url, "c", "s", APP_ID, timeout=(5, 1.5), sleep=sleep, log=log
        )
        runner = RecordingRunner(client, Ledger(), "test", sleep=sleep, first_query_delay=0)
        with pytest.raises(ApiError):
            runner.start_recording(
                "mix", "room", "999", acquire_request("mix"), start_request("mix")
            )
        assert calls.count("acquire") == 1, calls  # never a second acquire
        running = Ledger().may_be_running()
        assert len(running) == 1 and running[0].state == "unknown"
        # the delayed first start completes on the server: a recorder with no sid for us
        wait_until(
            lambda: any(r.alive for r in list(server.state.recordings.values())),
            what="the late first start to create its recording",
        )
    finally:
        server.stop()


# -- the ledger refuses (issue 10 item 1) ---------------------------------------------------


def _freeze_at(ledger: Ledger, kind: str):
    """An on_event hook that makes the database read-only (a real SQLITE_READONLY) when the
    runner reports ``kind``: every later commit fails."""

    def hook(event: Any) -> None:
        if event.kind == kind:
            ledger._connection().execute("PRAGMA query_only = ON")

    return hook


def test_no_acquire_when_the_first_row_cannot_be_committed(harness: Harness, tmp_path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ledger._connection().execute("PRAGMA query_only = ON")
    with pytest.raises(LedgerError) as caught:
        _start(harness, ledger, "mix")
    message = str(caught.value)
    assert str(ledger.path) in message and "read-only" in message
    assert "no acquire was sent" in message
    assert harness.records == []


def test_no_start_when_starting_cannot_be_committed(harness: Harness, tmp_path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    with pytest.raises(LedgerError, match="no start was sent"):
        _start(harness, ledger, "mix", on_event=_freeze_at(ledger, "acquiring"))
    assert [r.endpoint for r in harness.records] == ["acquire"]
    assert not any(r.alive for r in harness.server.state.recordings.values())


def test_sid_reaches_the_caller_when_the_ledger_fails_after_the_start(
    harness: Harness, tmp_path
) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger(path)
    with pytest.raises(LedgerWriteAfterStart) as caught:
        _start(harness, ledger, "mix", on_event=_freeze_at(ledger, "start_answered"))
    error = caught.value
    sid = error.recording.sid
    assert harness.server.recording(sid).alive
    assert not error.journaled
    assert sid in str(error) and str(path) in str(error) and "keep it" in str(error)
    [row] = Ledger(path).may_be_running()
    assert (row.state, row.sid) == ("starting", None)  # still listed: "a start was sent"
    # once the disk takes writes again, the kept snapshot fills the row in
    Ledger(path).restore(error.entry)
    [row] = Ledger(path).may_be_running()
    assert (row.state, row.sid, row.resource_id) == ("started", sid, error.recording.resource_id)


def test_ledger_failure_while_confirming_still_names_the_sid(harness: Harness, tmp_path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    with pytest.raises(LedgerWriteAfterStart) as caught:
        _start(harness, ledger, "mix", on_event=_freeze_at(ledger, "confirming"))
    assert caught.value.journaled
    sid = caught.value.recording.sid
    assert Ledger(ledger.path).find_sid(sid) is not None


def test_stop_goes_out_even_when_the_ledger_refuses(harness: Harness, tmp_path) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    rec = _start(harness, ledger, "mix")
    ledger._connection().execute("PRAGMA query_only = ON")
    result = harness.runner(ledger).stop(rec, async_stop=True)
    assert result.outcome == "stopped"
    assert not harness.server.recording(rec.sid).alive
    assert "read-only" in result.note and "may still list it" in result.note


@pytest.mark.parametrize(
    ("fault", "async_stop", "status", "words"),
    [({"stranded": 1}, False, "stranded", "not a failure"), ({}, True, "unknown", "still running")],
)
def test_raw_stop_reports_stranded_and_async_upload_states(
    harness: Harness, tmp_path: Path, fault: dict, async_stop: bool, status: str, words: str
) -> None:
    """agora-2026.md §1: "stranded" is a delayed upload, not a failure; §3.6: an
    asynchronous stop answers before the upload state is known."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    rec = _start(harness, ledger, "raw")
    if fault:
        harness.server.faults.set(**fault)
    result = harness.runner(ledger).stop(rec, async_stop=async_stop)
    assert (result.outcome, result.uploading_status) == ("stopped", status)
    assert words in result.note
    assert rec.status == "stopped" and ledger.may_be_running() == []
    assert any(str(f.get("fileName", "")).endswith("_h264.m3u8") for f in rec.files)
