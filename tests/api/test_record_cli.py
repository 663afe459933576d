"""``recstudio record …`` and ``recstudio token`` in-process against a real Sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_kit import (
    APP_ID,
    CUSTOMER_ID,
    CUSTOMER_SECRET,
    PUBLISHER,
    SECRETS,
    ledger_bytes,
    room_sandbox,
    start_request,
)

from recstudio.api.ledger import Ledger
from recstudio.cli import main
from recstudio.emulator import SandboxServer, Timing

FAST = Timing(status_schedule=((0.0, 4), (0.5, 5)))


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    monkeypatch.setenv("AGORA_CUSTOMER_ID", CUSTOMER_ID)
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", CUSTOMER_SECRET)
    with room_sandbox(FAST) as server:
        yield server


def _body_file(tmp_path: Path, mode: str = "mix", **over: object) -> Path:
    body = {"cname": "room", "uid": "527841", "clientRequest": start_request(mode), **over}
    path = tmp_path / f"start-{mode}.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _start(sandbox: SandboxServer, tmp_path: Path, capsys, mode: str = "mix") -> dict:
    code, out, err = _run(
        capsys, "record", "start", str(_body_file(tmp_path, mode)), "--mode", mode,
        "--app-id", APP_ID, "--base-url", sandbox.base_url, "--first-query-delay", "0",
    )  # fmt: skip
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_start_query_layout_stop_list(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    started = _start(sandbox, tmp_path, capsys)
    assert set(started) == {"resourceId", "sid", "mode", "status", "cname", "uid"}
    assert (started["mode"], started["status"], started["cname"]) == ("mix", "running", "room")
    sid = started["sid"]

    code, out, _ = _run(capsys, "record", "list", "--json")
    assert code == 0
    [listed] = [json.loads(line) for line in out.splitlines()]
    assert listed["sid"] == sid and listed["state"] == "running"

    code, out, _ = _run(capsys, "record", "query", sid, "--base-url", sandbox.base_url)
    assert code == 0
    assert json.loads(out)["serverStatus"] in (4, 5)

    layout = tmp_path / "layout.json"
    layout.write_text(json.dumps({"mixedVideoLayout": 2, "maxResolutionUid": PUBLISHER}))
    code, out, err = _run(
        capsys, "record", "update-layout", sid, "--layout", str(layout),
        "--base-url", sandbox.base_url,
    )  # fmt: skip
    assert code == 0, err
    assert sandbox.recording(sid).layout["mixedVideoLayout"] == 2

    code, out, err = _run(capsys, "record", "stop", sid, "--base-url", sandbox.base_url)
    assert code == 0, err
    assert json.loads(out)["outcome"] == "stopped"
    code, out, _ = _run(capsys, "record", "list")
    assert "no recordings that may still be running" in out
    stored = ledger_bytes(Ledger().path)
    for secret in SECRETS:
        assert secret.encode() not in stored


@pytest.mark.parametrize("mode", ["individual", "web"])
def test_start_other_modes(sandbox: SandboxServer, tmp_path: Path, capsys, mode: str) -> None:
    started = _start(sandbox, tmp_path, capsys, mode)
    assert started["mode"] == mode
    code, out, _ = _run(capsys, "record", "stop", started["sid"], "--async",
                        "--base-url", sandbox.base_url)  # fmt: skip
    assert code == 0
    assert json.loads(out)["outcome"] in ("stopped", "no_files")


def test_invalid_body_refused_before_sending(sandbox: SandboxServer, tmp_path, capsys) -> None:
    bad = start_request("mix")
    bad["recordingConfig"]["maxIdleTime"] = 1
    path = _body_file(tmp_path, clientRequest=bad)
    code, out, err = _run(
        capsys, "record", "start", str(path), "--app-id", APP_ID, "--base-url", sandbox.base_url
    )
    assert code == 2
    assert "maxIdleTime" in err
    assert "nothing was sent" in err
    assert out == ""
    assert Ledger().entries() == []


def test_api_error_exit_1_explained(sandbox: SandboxServer, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", "wrong-secret")
    code, out, err = _run(
        capsys, "record", "start", str(_body_file(tmp_path)), "--app-id", APP_ID,
        "--base-url", sandbox.base_url, "--first-query-delay", "0",
    )  # fmt: skip
    assert code == 1
    assert "HTTP 401" in err and "What to do:" in err
    assert "wrong-secret" not in err + out


def test_unknown_sid_is_a_usage_error(capsys) -> None:
    code, _, err = _run(capsys, "record", "stop", "nope", "--base-url", "http://127.0.0.1:9")
    assert code == 2
    assert "not in the ledger" in err


def test_base_url_needs_env_credentials(tmp_path: Path, capsys) -> None:
    code, _, err = _run(
        capsys, "record", "start", str(_body_file(tmp_path)), "--app-id", APP_ID,
        "--base-url", "http://127.0.0.1:9",
    )  # fmt: skip
    assert code == 2
    assert "AGORA_CUSTOMER_ID" in err


def test_no_secret_in_cli_output(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    started = _start(sandbox, tmp_path, capsys)
    outputs = [json.dumps(started)]
    for argv in (("record", "list"), ("record", "list", "--json", "--all"),
                 ("record", "query", started["sid"], "--base-url", sandbox.base_url)):  # fmt: skip
        _, out, err = _run(capsys, *argv)
        outputs.append(out + err)
    for secret in SECRETS:
        assert all(secret not in text for text in outputs)


def test_token_command(capsys, monkeypatch) -> None:
    cert = "5CFd2fd1755d40ecb72977518be15d3b"
    code, out, err = _run(
        capsys, "token", "--app-id", "970CA35de60c44645bbae8a215061b33", "--app-certificate",
        cert, "--channel", "room", "--uid", "527841", "--expire", "600",
    )  # fmt: skip
    assert code == 0, err
    token = out.strip()
    assert token.startswith("007")
    assert cert not in out
    from recstudio.api.token import parse_token

    parsed = parse_token(token)
    assert "970CA35de60c44645bbae8a215061b33" in json.dumps(parsed)
    monkeypatch.delenv("AGORA_APP_CERTIFICATE", raising=False)
    code, _, err = _run(capsys, "token", "--app-id", "a" * 32, "--channel", "c", "--uid", "1")
    assert code == 2


def test_start_from_project_takes_secrets_from_keyring(
    sandbox: SandboxServer, tmp_path: Path, capsys
) -> None:
    """A project file holds placeholders only; `record start PROJECT` fills them from the
    keyring, where the app put them when it saved the project."""
    import keyring
    from keyring_doubles import MemoryKeyring

    from recstudio.model import Mode
    from recstudio.model.project import new_project, save_project
    from recstudio.settings.project_secrets import store_project_secrets

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        project = new_project(Mode.MIX)
        project.cname, project.uid, project.app_id = "room", "527841", APP_ID
        storage = project.start["storageConfig"]
        storage.update(bucket="b", accessKey="AK-FROM-KEYRING", secretKey="SK-FROM-KEYRING")
        path = tmp_path / "p.recstudio.json"
        save_project(project, path)
        assert "SK-FROM-KEYRING" not in path.read_text()
        store_project_secrets(project)
        code, out, err = _run(
            capsys, "record", "start", str(path), "--base-url", sandbox.base_url,
            "--first-query-delay", "0",
        )  # fmt: skip
        assert code == 0, err
        sid = json.loads(out)["sid"]
        sent = sandbox.recording(sid).client_request["storageConfig"]
        assert sent["secretKey"] == "SK-FROM-KEYRING"
        assert "SK-FROM-KEYRING" not in out + err
    finally:
        keyring.set_keyring(previous)


def test_base_url_with_credentials_is_refused(tmp_path: Path, capsys) -> None:
    code, _out, err = _run(capsys, "record", "start", str(_body_file(tmp_path)), "--app-id",
                           APP_ID, "--base-url", "https://id:pw@api.sd-rtn.com")  # fmt: skip
    assert code == 2
    assert "must not contain a user name or password" in err and "pw@" not in err


def test_unreadable_ledger_is_a_clean_error(capsys) -> None:
    path = Ledger().path
    path.write_bytes(b"this is not a database" * 100)
    code, out, err = _run(capsys, "record", "list")
    assert code == 1 and out == ""
    assert str(path) in err and "damaged or not a recstudio ledger" in err
    assert "Traceback" not in err
