"""A full disk never loses a recording (issue 10 acceptance): ``recstudio record start``
runs in child processes whose file size limit (RLIMIT_FSIZE, what ``ulimit -f`` sets) cuts
the ledger's writes at a different point each time, against the Sandbox over real HTTP.
After every run, every recording the Sandbox has running is in the ledger or was printed
to the user with its sid; no run ends in a traceback."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET, room_sandbox, start_request

from recstudio.api.ledger import Ledger, default_ledger_path
from recstudio.emulator import SandboxServer, Timing

resource = pytest.importorskip("resource", reason="RLIMIT_FSIZE is POSIX")

SID = re.compile(r"\b[0-9a-f]{32}\b")


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with room_sandbox(Timing(status_schedule=((0.0, 4), (0.2, 5)))) as server:
        yield server


def _start_in_child(
    sandbox: SandboxServer, body: Path, limit: int | None, uid: int
) -> subprocess.CompletedProcess[str]:
    def preexec() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "recstudio", "record", "start", str(body), "--mode", "mix",
         "--app-id", APP_ID, "--base-url", sandbox.base_url, "--first-query-delay", "0",
         "--uid", str(uid)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "AGORA_CUSTOMER_ID": CUSTOMER_ID,
             "AGORA_CUSTOMER_SECRET": CUSTOMER_SECRET, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=preexec,
    )  # fmt: skip


def _running_sids(sandbox: SandboxServer) -> set[str]:
    return {sid for sid, rec in list(sandbox.state.recordings.items()) if rec.alive}


def test_every_running_recording_is_journaled_or_printed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    body = tmp_path / "start.json"
    body.write_text(
        json.dumps({"cname": "room", "uid": "527841", "clientRequest": start_request("mix")})
    )
    first = _start_in_child(sandbox, body, None, 1000)  # a ledger with something in it
    assert first.returncode == 0, first.stderr
    db = default_ledger_path()
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    told: set[str] = set()
    outcomes: list[str] = []
    # The child's commits go to the WAL, which starts empty (truncated after each run).
    # Each commit appends a few 4 KiB frames, so limits 8 KiB apart
    # cut a different commit of acquiring … running each run (bounded sweep).
    for n in range(25):
        proc = _start_in_child(sandbox, body, 8192 * (n + 1), 2000 + n)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode in (0, 1), proc.stderr
        told |= set(SID.findall(proc.stdout)) | set(SID.findall(proc.stderr))
        ledger = Ledger(db)
        journaled = {e.sid for e in ledger.may_be_running() if e.sid}
        ledger._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")  # WAL: 0 bytes
        ledger.close()
        lost = _running_sids(sandbox) - journaled - told
        assert not lost, (n, proc.stdout, proc.stderr)
        if proc.returncode == 1:
            assert str(db) in proc.stderr, proc.stderr  # the refusal names the database
            outcomes.append("refused" if "was sent" in proc.stderr else "printed")
        else:
            outcomes.append("ok")
        if outcomes[-1] == "ok" and "printed" in outcomes:
            break
    # the limits cut writes before a send (refused), after a start (printed) and not at all
    assert {"refused", "printed", "ok"} <= set(outcomes), outcomes
