"""A process SIGKILLed in the middle of a start leaves a ledger that names the recording
(reliability §6.4); ``record stop`` can then stop it from another process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_kit import CUSTOMER_ID, CUSTOMER_SECRET, KILL_DURING_IMPORT, room_sandbox

from recstudio.api.ledger import Ledger
from recstudio.cli import main
from recstudio.emulator import SandboxServer, Timing

KIT_DIR = Path(__file__).resolve().parent

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, sys.argv[3])
    from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET, acquire_request, start_request
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.ledger import Ledger
    from recstudio.api.runner import RecordingRunner

    base_url, kill_at = sys.argv[1], sys.argv[2]

    def on_event(event):
        if event.kind == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    client = CloudRecordingClient(base_url, CUSTOMER_ID, CUSTOMER_SECRET, APP_ID)
    runner = RecordingRunner(client, Ledger(), "", on_event=on_event, first_query_delay=0)
    runner.start_recording("mix", "room", "527841", acquire_request("mix"), start_request("mix"))
    print("not killed")
    """
)


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    monkeypatch.setenv("AGORA_CUSTOMER_ID", CUSTOMER_ID)
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", CUSTOMER_SECRET)
    with room_sandbox(Timing(status_schedule=((0.0, 4), (0.5, 5)))) as server:
        yield server


def _run_child(base_url: str, kill_at: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, base_url, kill_at, str(KIT_DIR)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


def test_killed_after_start_answer_then_stopped_by_cli(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    proc = _run_child(sandbox.base_url, "started")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "not killed" not in proc.stdout
    [entry] = Ledger().may_be_running()
    assert entry.state == "started" and entry.sid and entry.resource_id
    assert sandbox.recording(entry.sid).alive

    assert main(["record", "list"]) == 0
    assert entry.sid in capsys.readouterr().out
    code = main(["record", "stop", entry.sid, "--base-url", sandbox.base_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["outcome"] == "stopped"
    assert not sandbox.recording(entry.sid).alive
    assert Ledger().may_be_running() == []


def test_killed_before_the_sid_was_journaled(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    proc = _run_child(sandbox.base_url, "start_answered")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    [entry] = Ledger().may_be_running()
    assert entry.state == "starting" and entry.sid is None and entry.resource_id
    assert main(["record", "list"]) == 0
    out = capsys.readouterr().out
    assert "a start was sent; if it reached Agora a recording may be running until" in out


def test_killed_while_importing_the_old_journal_then_stopped_by_cli(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A recording journaled by a recstudio that still wrote ledger.jsonl; the first new
    process is SIGKILLed in the middle of the import. The next one lists and stops it."""
    proc = _run_child(sandbox.base_url, "started")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    ledger = Ledger()
    [entry] = ledger.may_be_running()
    ledger.close()
    for leftover in ledger.path.parent.glob("ledger.sqlite3*"):
        leftover.unlink()  # as if this recording had been started by the old version
    legacy = ledger.path.with_name("ledger.jsonl")
    legacy.write_text(json.dumps(entry.to_json()) + "\n" + '{"id": "torn", "sta')
    killed = subprocess.run(
        [sys.executable, "-c", KILL_DURING_IMPORT, str(ledger.path), "insert", "1"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert legacy.exists()

    assert main(["record", "list"]) == 0
    out, err = capsys.readouterr()
    assert entry.sid in out and "line 2" in err
    code = main(["record", "stop", entry.sid or "", "--base-url", sandbox.base_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["outcome"] == "stopped"
    assert not sandbox.recording(entry.sid or "").alive
    assert not legacy.exists() and legacy.with_name("ledger.jsonl.imported").exists()
