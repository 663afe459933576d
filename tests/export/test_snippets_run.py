"""Generated snippets are not just well-formed: they run, against the Sandbox over real HTTP.

Credentials come from the environment exactly as a developer would provide them; curl is
the system's, and missing curl fails the test (the export promises a runnable command).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from recstudio.emulator import SandboxServer
from recstudio.export import ExportRequest, render, render_ncs_ip
from recstudio.model import Endpoint, Mode

CUSTOMER_ID = "cid"
CUSTOMER_SECRET = "sec"
ACQUIRE_BODY = {"cname": "room-1", "uid": "527841", "clientRequest": {"resourceExpiredHour": 24}}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(
        port=0, customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET, rate_limit=None
    ).start()
    try:
        yield server
    finally:
        server.stop()


def _env(customer_id: str = CUSTOMER_ID, secret: str = CUSTOMER_SECRET) -> dict[str, str]:
    return {**os.environ, "AGORA_CUSTOMER_ID": customer_id, "AGORA_CUSTOMER_SECRET": secret}


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _curl() -> str:
    curl = shutil.which("curl")
    assert curl, "curl is not installed: the curl export cannot be proven runnable"
    return curl


def _bash() -> str:
    bash = shutil.which("bash")
    assert bash, "bash is not installed: cannot run the exported shell command"
    return bash


def _acquire(sandbox: SandboxServer, **kwargs: object) -> ExportRequest:
    return ExportRequest(
        endpoint=Endpoint.ACQUIRE,
        mode=Mode.MIX,
        app_id="appid0123",
        body=ACQUIRE_BODY,
        base_url=sandbox.base_url,
        **kwargs,  # type: ignore[arg-type]
    )


def test_python_acquire_snippet_gets_a_resource_id(sandbox: SandboxServer) -> None:
    code = render(_acquire(sandbox), "python")
    out = _run([sys.executable, "-c", code], _env())
    status, _, body = out.partition("\n")
    assert status == "200 OK"
    assert json.loads(body)["resourceId"]


def test_curl_acquire_command_gets_a_resource_id(sandbox: SandboxServer) -> None:
    _curl()
    out = _run([_bash(), "-c", "set -e\n" + render(_acquire(sandbox), "curl")], _env())
    reply = json.loads(out)
    assert reply["resourceId"]
    assert (reply["cname"], reply["uid"]) == ("room-1", "527841")


def test_wrong_environment_credentials_are_rejected(sandbox: SandboxServer) -> None:
    """Proves the snippet really authenticates from the environment (not a no-op)."""
    code = render(_acquire(sandbox), "python")
    out = _run([sys.executable, "-c", code], _env(secret="wrong"))
    assert out.startswith("401 ")


def test_revealed_credentials_with_shell_characters_run() -> None:
    _curl()
    tricky = "it's $ecret `x`"
    server = SandboxServer(port=0, customer_id="c d", customer_secret=tricky, rate_limit=None)
    server.start()
    try:
        req = _acquire(server, customer_id="c d", customer_secret=tricky, reveal_secrets=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AGORA_")}
        assert json.loads(_run([_bash(), "-c", render(req, "curl")], env))["resourceId"]
        out = _run([sys.executable, "-c", render(req, "python")], env)
        assert out.startswith("200 OK")
    finally:
        server.stop()


def test_ncs_ip_snippets_run(sandbox: SandboxServer) -> None:
    _curl()
    curl_out = _run([_bash(), "-c", render_ncs_ip("curl", sandbox.base_url)], _env())
    assert json.loads(curl_out)["data"]["service"]["hosts"]
    py_out = _run([sys.executable, "-c", render_ncs_ip("python", sandbox.base_url)], _env())
    assert py_out.startswith("200 OK")
