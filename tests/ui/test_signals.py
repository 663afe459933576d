"""ui/signals.py: a TypedSignal is a plain Qt signal at run time, and mypy checks both ends
of it (PySide6's stubs accept any slot and any emit arguments)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Signal

from recstudio.model.project import new_project
from recstudio.ui.document import ProjectDocument

ROOT = Path(__file__).resolve().parents[2]


def test_the_document_signals_are_real_qt_signals(qtbot, tmp_path: Path) -> None:
    assert isinstance(ProjectDocument.__dict__["value_changed"], Signal)
    doc = ProjectDocument(new_project())
    paths: list[tuple[str | int, ...]] = []
    files: list[Path | None] = []
    doc.value_changed.connect(paths.append)
    doc.file_path_changed.connect(files.append)
    doc.set_value(("cname",), "typed")
    doc.set_file_path(tmp_path / "a.recstudio.json")
    doc.set_file_path(tmp_path / "a.recstudio.json")  # unchanged: no second signal
    doc.replace_project(new_project())
    assert paths == [("cname",)]
    assert files == [tmp_path / "a.recstudio.json", None]
    assert doc.file_path is None


def test_mypy_rejects_a_slot_of_the_wrong_payload(tmp_path: Path) -> None:
    snippet = tmp_path / "uses_signals.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from recstudio.model.paths import Path
            from recstudio.ui.document import ProjectDocument

            def on_path(path: Path) -> None: ...
            def on_text(text: str) -> None: ...

            def wire(doc: ProjectDocument) -> None:
                doc.value_changed.connect(on_path)
                doc.value_changed.connect(on_text)  # line 10: a str is not a path
                doc.value_changed.emit(("start", 0))
                doc.value_changed.emit("start.recordingConfig")  # line 12
                doc.file_path_changed.emit(None)
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if ": error: " in line]
    lines = sorted(int(e.split(":")[1]) for e in errors)
    assert lines == [10, 12], proc.stdout[-3000:] + proc.stderr[-1000:]
