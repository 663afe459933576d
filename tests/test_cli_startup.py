"""``recstudio validate`` starts by importing only what it needs (issue 12: it imported
the emulator and the export renderers, 13.6x ``python -c pass``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from recstudio import cli


def test_every_command_maps_to_the_module_that_registers_it() -> None:
    full = cli.build_parser()
    action = next(a for a in full._actions if a.dest == "command")
    assert set(action.choices) == set(cli._MODULE_OF_COMMAND)  # type: ignore[arg-type]
    for command, module in cli._MODULE_OF_COMMAND.items():
        one = cli._parser_for(module)
        sub = next(a for a in one._actions if a.dest == "command")
        assert command in sub.choices  # type: ignore[operator]


_VALID = {"cname": "c", "uid": "1", "clientRequest": {}}


def _after_validate(tmp_path: Path, expression: str, body_data: object = _VALID) -> str:
    """The last line a fresh interpreter prints for ``expression`` after validating a
    start body: what that one command left loaded or built."""
    body = tmp_path / "start.json"
    body.write_text(json.dumps(body_data), "utf-8")
    code = (
        "import sys; from recstudio.cli import main; main(['validate', sys.argv[1]]);"
        f"print({expression})"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(body)], capture_output=True, text=True, timeout=60
    )
    return (proc.stdout.strip().splitlines() or [proc.stderr])[-1]


def test_validate_imports_neither_the_emulator_nor_qt(tmp_path: Path) -> None:
    loaded = _after_validate(
        tmp_path,
        "sorted(m for m in sys.modules if m.startswith(('recstudio.emulator', "
        "'recstudio.layout', 'recstudio.api', 'PySide6', 'requests')))",
    )
    assert loaded == "[]"


def test_validate_of_a_valid_body_imports_neither_pydantic_nor_the_exports(
    tmp_path: Path,
) -> None:
    """The schema table proves it valid (``recstudio.model.fastschema``); pydantic's import
    alone is several times ``python -c pass``."""
    loaded = _after_validate(
        tmp_path,
        "sorted(m for m in sys.modules if m.startswith(('pydantic', 'recstudio.export', "
        "'recstudio.model.schema.')))",
    )
    assert loaded == "[]"


def test_validate_builds_only_the_validator_of_the_body_it_checks(tmp_path: Path) -> None:
    """An invalid body is worded by pydantic; models are ``defer_build``: checking a start
    body must not build the stop body's (or acquire's, which embeds a whole start body)."""
    built = _after_validate(
        tmp_path,
        "sorted(e.value for e, m in __import__('recstudio.model.schema.bodies', "
        "fromlist=['_BODIES'])._BODIES.items()"
        " if type(m.__pydantic_validator__).__name__ == 'SchemaValidator')",
        {"cname": "c", "uid": "01", "clientRequest": {}},
    )
    assert built == "['start']"
