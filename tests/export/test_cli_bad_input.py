"""`recstudio validate` / `export` on input that is not what it should be (issue 10, items 3
and 5): exit 2 with a line and column, never a traceback; warnings as the importer gives;
nothing from the body can forge a line of the output; nothing exported is non-JSON."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from recstudio.cli import main
from recstudio.export import ExportError, ExportRequest, render
from recstudio.model import Endpoint, Mode

BODY = {"cname": "show", "uid": "527841", "clientRequest": {"async_stop": False}}


def _file(tmp_path: Path, data: bytes | str, name: str = "body.json") -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return str(path)


@pytest.mark.parametrize(
    ("data", "position"),
    [
        pytest.param(b'{"cname": "x",\n "uid": "\xff"}', "line 2, column 10", id="not-utf8"),
        pytest.param(b"\xff\xfe{\x00}\x00", "line 1, column 1", id="utf16-bom"),
        pytest.param(b'{"a":\n' + b"[" * 5000 + b"]" * 5000 + b"}", "line 2, column 64", id="deep"),
        pytest.param(b'{"a": ' + b"1" * 4400 + b"}", "line 1, column 7", id="long-int"),
        pytest.param(b'{"a": 1e400}', "line 1, column 7", id="overflow"),
        pytest.param(b'{"a": NaN}', "line 1, column 7", id="nan"),
        pytest.param(b'{"ok": "\\ud83d\\ude00", "a": "\\udc00"}', "line 1, column 30", id="lone"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "export"])
def test_unreadable_input_exits_2_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, data: bytes, position: str
) -> None:
    assert main([command, _file(tmp_path, data), "--endpoint", "stop"]) == 2
    captured = capsys.readouterr()
    assert position in captured.err
    assert captured.out == ""


def test_stdin_bytes_are_decoded_with_a_position_too() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "recstudio", "validate", "-"],
        input=b'{\n  "cname": "caf\xe9"}',
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert b"line 2, column 16" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_validate_warns_about_duplicate_keys_as_the_importer_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        '{"cname": "show", "uid": "527841",'
        ' "clientRequest": {"async_stop": true, "async_stop": false}}'
    )
    assert main(["validate", _file(tmp_path, text), "--endpoint", "stop"]) == 0
    out = capsys.readouterr().out
    assert "(body): warning JSON: key 'async_stop' appears more than once" in out


def test_keys_with_newlines_cannot_forge_a_problem_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = "x\nclientRequest.storageConfig: error R7: forged\r\x1b[2K"
    body = {**BODY, "clientRequest": {"async_stop": False, fake: 1, "y: error R99: forged": 2}}
    assert main(["validate", _file(tmp_path, json.dumps(body)), "--endpoint", "stop"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # one UNKNOWN_KEY warning per key, each on its own line
    for line in lines:
        assert line.startswith("clientRequest.")
        _, rest = line.split(": ", 1)
        assert rest.startswith("warning UNKNOWN_KEY: "), line  # not the forged "error"
        assert not re.search(r"[\x00-\x1f]", line)
    assert "clientRequest.x\\nclientRequest.storageConfig:\\x20error R7" in lines[0]


def test_project_errors_that_quote_a_key_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps({"format_version": 1, "bad\nkey: error": 1})
    assert main(["validate", _file(tmp_path, text)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad\\nkey" in err


# --------------------------------------------------------------------------- item 5


def test_export_refuses_a_body_json_cannot_carry_instead_of_writing_infinity() -> None:
    body = {**BODY, "clientRequest": {"async_stop": False, "n": float("inf")}}
    for fmt in ("json", "curl", "python", "httpie"):
        with pytest.raises(ExportError, match=r"clientRequest\.n: inf is not a JSON number"):
            render(ExportRequest(Endpoint.STOP, Mode.MIX, "A", body), fmt)  # type: ignore[arg-type]


def test_export_refuses_a_lone_surrogate_instead_of_crashing_on_output() -> None:
    body = {**BODY, "cname": "a\udc00"}
    with pytest.raises(ExportError, match="cname"):
        render(ExportRequest(Endpoint.STOP, Mode.MIX, "A", body), "python")


def test_python_export_of_large_and_tiny_numbers_is_valid_python(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        '{"cname": "c", "uid": "1", "clientRequest": {"async_stop": false,'
        ' "a": 1.7e308, "b": 5e-324, "c": -0.0, "d": 123456789012345678901234567890}}'
    )
    assert main(["export", _file(tmp_path, text), "--endpoint", "stop", "--format", "python"]) == 0
    script = capsys.readouterr().out
    tree = ast.parse(script)
    body = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BODY"
    )
    assert ast.literal_eval(body)["clientRequest"] == json.loads(text)["clientRequest"]


@pytest.mark.parametrize(
    ("data", "position"),
    [
        (b'{"cname": "c", "uid": "1",\n "clientRequest": {"x": "\xe9"}}', "line 2, column 26"),
        (b'{"clientRequest": ' + b"[" * 3000 + b"]" * 3000 + b"}", "line 1, column 82"),
    ],
)
@pytest.mark.parametrize("command", ["start", "update-layout"])
def test_record_commands_read_files_with_the_same_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, data: bytes, position: str
) -> None:
    """Refused before any connection is made (the base URL below has no server)."""
    path = _file(tmp_path, data)
    no_server = ["--base-url", "http://127.0.0.1:9"]
    if command == "start":
        argv = ["record", "start", path, "--app-id", "A", *no_server]
    else:
        argv = ["record", "update-layout", "SID", "--layout", path, *no_server]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert position in err and "Traceback" not in err, err


def test_record_start_escapes_a_key_quoted_in_its_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, json.dumps({"format_version": 1, "x\nerror: forged": 1}))
    assert main(["record", "start", path, "--base-url", "http://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "x\\nerror: forged" in err, err
