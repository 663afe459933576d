"""Whole-flow exports (issue 11, Build 3): the curl script, run as pasted by bash against a
real ``recstudio emulator`` subprocess, does acquire → start → query → stop carrying
resourceId and sid and prints four 200s; so does the Python script. Exports name the
active profile's host, and query exports as a GET."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recstudio.resources import example_paths

RAW_EXAMPLE = next(p for p in example_paths() if p.name.startswith("raw-two-publishers"))
MIX_EXAMPLE = next(p for p in example_paths() if p.name.startswith("mix-interview"))


def _recstudio(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "recstudio", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@pytest.fixture
def emulator() -> Iterator[str]:
    """``recstudio emulator --port 0`` as a subprocess; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "recstudio", "emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # blocks until the server listens (or exits)
        match = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert match, first
        yield match.group(0)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.mark.parametrize("example", [RAW_EXAMPLE, MIX_EXAMPLE], ids=["raw", "mix"])
def test_curl_flow_script_as_pasted_prints_four_200s(
    emulator: str, example: Path, tmp_path: Path
) -> None:
    exported = _recstudio(
        "export", str(example), "--flow", "--format", "curl", "--base-url", emulator
    )
    assert exported.returncode == 0, exported.stderr
    # no call may hang the script: every curl (the Sandbox join too) has a time limit
    assert '--max-time "$max"' in exported.stdout
    join = [line for line in exported.stdout.splitlines() if line.startswith("curl ")]
    assert len(join) == 1 and "/join" in join[0] and "--max-time" in join[0], join
    script = tmp_path / "flow.sh"
    script.write_text(exported.stdout)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGORA_")}
    ran = subprocess.run(
        ["bash", str(script)], capture_output=True, text=True, timeout=120, env=env
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[:4] == ["acquire: 200", "start: 200", "query: 200", "stop: 200"], ran.stdout
    # the sid the script carried is the one the Sandbox stopped
    sid = re.search(r"sid ([0-9a-f]{32})", lines[4])
    assert sid, lines[4]
    state = subprocess.run(
        ["curl", "-sS", "-u", "sandbox:sandbox", f"{emulator}/_sandbox/state"],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout  # fmt: skip
    recordings = {r["sid"]: r for r in json.loads(state)["recordings"]}
    assert recordings[sid.group(1)]["endReason"] == "stopped"


def test_python_flow_script_prints_four_200s(emulator: str, tmp_path: Path) -> None:
    exported = _recstudio(
        "export", str(RAW_EXAMPLE), "--flow", "--format", "python", "--base-url", emulator
    )
    assert exported.returncode == 0, exported.stderr
    script = tmp_path / "flow.py"
    script.write_text(exported.stdout)
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert ran.stdout.splitlines()[:4] == [
        "acquire: 200",
        "start: 200",
        "query: 200",
        "stop: 200",
    ]


def test_flow_script_stops_at_the_first_failure_and_shows_the_answer(
    emulator: str, tmp_path: Path
) -> None:
    exported = _recstudio(
        "export", str(RAW_EXAMPLE), "--flow", "--format", "curl", "--base-url", emulator
    )
    script = tmp_path / "flow.sh"
    script.write_text(exported.stdout)
    env = {**os.environ, "AGORA_CUSTOMER_SECRET": "wrong"}
    ran = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=60, env=env)
    assert ran.returncode == 1
    assert ran.stdout.splitlines()[0] == "acquire: 401"
    assert "Invalid authentication credentials" in ran.stdout


@pytest.mark.parametrize(("secret", "status"), [("sandbox", 0), ("wrong", 1)])
def test_curl_flow_pasted_into_a_shell_leaves_that_shell_running(
    emulator: str, secret: str, status: int
) -> None:
    """Pasted into a terminal, the script runs in the user's own shell: a failed call must
    end the script, not close the terminal, and ``set -u`` must not stay behind."""
    exported = _recstudio(
        "export", str(RAW_EXAMPLE), "--flow", "--format", "curl", "--base-url", emulator
    )
    assert exported.returncode == 0, exported.stderr
    pasted = exported.stdout + 'echo "shell still here: $?"; echo "unset: ${NOT_SET_ANYWHERE}."\n'
    env = {**os.environ, "AGORA_CUSTOMER_SECRET": secret}
    ran = subprocess.run(
        ["bash", "-s"], input=pasted, capture_output=True, text=True, timeout=120, env=env
    )
    lines = ran.stdout.splitlines()
    assert lines[0] == ("acquire: 200" if status == 0 else "acquire: 401"), ran.stdout
    assert f"shell still here: {status}" in lines, ran.stdout + ran.stderr
    assert "unset: ." in lines, ran.stderr  # no "unbound variable": set -u stayed inside


def test_exports_name_the_profile_host_not_always_agora(tmp_path: Path) -> None:
    env = {**os.environ, "RECSTUDIO_HOME": str(tmp_path / "home")}
    # the examples use the Sandbox profile: the export names recstudio emulator's address
    sandboxed = _recstudio("export", str(RAW_EXAMPLE), "--format", "curl", env=env)
    assert "http://127.0.0.1:8790/v1/apps/" in sandboxed.stdout
    assert "api.sd-rtn.com" not in sandboxed.stdout
    profiles = tmp_path / "home" / "config" / "profiles.json"
    profiles.parent.mkdir(parents=True, exist_ok=True)
    profiles.write_text(
        json.dumps(
            {
                "format_version": 1,
                "active": "Staging",
                "profiles": [
                    {"name": "Staging", "base_url": "https://api.agora.io", "customer_id": "c"}
                ],
            }
        )
    )
    named = _recstudio(
        "export", str(RAW_EXAMPLE), "--format", "python", "--profile", "Staging", env=env
    )
    assert named.returncode == 0, named.stderr
    assert 'URL = "https://api.agora.io/v1/apps/' in named.stdout
    # a --profile typo is bad input, not a silent export to Agora's default host
    typo = _recstudio("export", str(RAW_EXAMPLE), "--format", "curl", "--profile", "Stagin",
                      env=env)  # fmt: skip
    assert typo.returncode == 2 and typo.stdout == "", typo.stdout
    assert "--profile" in typo.stderr and "'Stagin'" in typo.stderr and "Staging" in typo.stderr


def test_query_exports_as_a_get_without_body() -> None:
    curl = _recstudio("export", str(RAW_EXAMPLE), "--endpoint", "query", "--format", "curl",
                      "--resource-id", "RID", "--sid", "SID")  # fmt: skip
    assert curl.returncode == 0, curl.stderr
    assert "curl -X GET" in curl.stdout and "/resourceid/RID/sid/SID/mode/raw/query" in curl.stdout
    assert "--data-raw" not in curl.stdout
    as_json = _recstudio("export", str(RAW_EXAMPLE), "--endpoint", "query", "--format", "json")
    assert as_json.returncode == 2 and "GET" in as_json.stderr
