"""``recstudio emulator``: serves, prints how to connect, refuses remote hosts, stops cleanly."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading

import pytest
import requests

from recstudio.emulator.commands import is_loopback, register, run_emulator
from recstudio.emulator.server import SandboxServer


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recstudio")
    register(parser.add_subparsers())
    return parser.parse_args(["emulator", *argv])


def test_register_wires_the_handler() -> None:
    args = _parse("--port", "0")
    assert args.func is run_emulator
    assert args.host == "127.0.0.1"
    assert args.customer_id == "sandbox"


def test_serves_until_stopped(capsys: pytest.CaptureFixture[str]) -> None:
    stop = threading.Event()
    ready: list[SandboxServer] = []
    answers: list[int] = []

    def on_ready(server: SandboxServer) -> None:
        ready.append(server)
        reply = requests.get(f"{server.base_url}/v1/ncs/ip", auth=("sandbox", "sandbox"), timeout=5)
        answers.append(reply.status_code)
        stop.set()

    assert run_emulator(_parse("--port", "0"), stop=stop, on_ready=on_ready) == 0
    assert answers == [200]
    out = capsys.readouterr().out
    assert f"Sandbox listening on {ready[0].base_url} — customer ID sandbox" in out
    assert "sandbox" in out
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{ready[0].base_url}/v1/ncs/ip", timeout=1)


def test_user_secret_is_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    stop = threading.Event()
    stop.set()
    args = _parse("--port", "0", "--customer-id", "me", "--customer-secret", "hunter2-private")
    assert run_emulator(args, stop=stop) == 0
    out = capsys.readouterr().out
    assert "customer ID me" in out
    assert "hunter2-private" not in out


def test_refuses_non_loopback_without_allow_remote(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_emulator(_parse("--host", "0.0.0.0", "--port", "0")) == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_port_in_use_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with SandboxServer() as busy:
        assert run_emulator(_parse("--port", str(busy.port))) == 2
    assert "--port 0" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("::1", True), ("localhost", True), ("0.0.0.0", False), ("a.b", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_ctrl_c_while_the_hints_print_still_stops_cleanly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C right after "listening" (here: inside on_ready, before the wait loop) is a
    clean stop with exit code 0, not a traceback with the server left serving."""
    ready: list[SandboxServer] = []

    def ctrl_c(server: SandboxServer) -> None:
        ready.append(server)
        raise KeyboardInterrupt

    assert run_emulator(_parse("--port", "0"), on_ready=ctrl_c) == 0
    assert "Sandbox stopped" in capsys.readouterr().out
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{ready[0].base_url}/v1/ncs/ip", timeout=1)


def test_cli_process_stops_on_ctrl_c() -> None:
    code = (
        "import sys\n"
        "from recstudio.emulator.commands import register, run_emulator\n"
        "import argparse\n"
        "p = argparse.ArgumentParser(); register(p.add_subparsers())\n"
        "sys.exit(run_emulator(p.parse_args(['emulator', '--port', '0'])))\n"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Sandbox listening on http://127.0.0.1:")
        base_url = first.split()[3]
        reply = requests.get(f"{base_url}/v1/ncs/ip", auth=("sandbox", "sandbox"), timeout=5)
        assert reply.status_code == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        assert "Sandbox stopped" in proc.stdout.read()
