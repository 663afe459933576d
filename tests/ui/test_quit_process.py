"""Issue 13 point 6 with real processes: edit, start a recording on the built-in Sandbox,
quit, answer Discard then "Stop them". The process must exit without a traceback and leave
no crash marker; the next launch opens the last saved project without offering recovery."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from window_kit import recording_child

from recstudio.ui.autosave import find_recoverable

#: Drives the real app (``run_gui``) and answers each message box by its button text.
_QUITTER = recording_child(
    run_gui=True,
    setup="""
    from pathlib import Path
    answers = ["Discard", "Stop them"]

    def answer_boxes():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and answers:
            want = answers.pop(0)
            texts = [b.text().replace("&", "") for b in box.buttons()]
            print("ANSWER", want, "of", texts, "to", box.text()[:80], flush=True)
            box.buttons()[texts.index(want)].click()
        QTimer.singleShot(50, answer_boxes)

    d.set_value(("cname",), "saved-room")
    w.files._write(Path(sys.argv[1]))  # what Save As does once the file dialog returns
    d.set_value(("cname",), "unsaved-room")  # the edit that Discard throws away
    """,
    then="""
    print("RUNNING", flush=True)
    answer_boxes()
    w.act_quit.trigger()
    """,
)

#: A second launch: reports what it opened and whether any question box came up.
_RELAUNCH = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv[:1])
    from recstudio.ui.launch import run_gui
    boxes = []

    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.reject()
        w = next(x for x in QApplication.topLevelWidgets() if x.objectName() == "MainWindow")
        if w.document.file_path is not None or boxes:
            print("OPENED", json.dumps({"path": str(w.document.file_path),
                  "cname": w.document.project.cname, "boxes": boxes}), flush=True)
            w.document.undo_stack.setClean()
            w.close()
            return
        QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)
    QTimer.singleShot(20000, lambda: app.exit(3))
    sys.exit(run_gui(None))
    """
)


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True, text=True, timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_quit_discard_stop_leaves_no_traceback_and_no_crash_marker(tmp_path: Path) -> None:
    saved = tmp_path / "show.recstudio.json"
    quit_run = _run(_QUITTER, str(saved))
    assert quit_run.returncode == 0, quit_run.stdout + quit_run.stderr[-3000:]
    assert "ANSWER Discard" in quit_run.stdout and "ANSWER Stop them" in quit_run.stdout
    assert "Traceback" not in quit_run.stderr and "RuntimeError" not in quit_run.stderr, (
        quit_run.stderr[-3000:]
    )
    assert find_recoverable() == []  # no autosave: the discarded edit is not a crash

    relaunch = _run(_RELAUNCH)
    assert relaunch.returncode == 0, relaunch.stderr[-3000:]
    opened = json.loads(relaunch.stdout.split("OPENED ", 1)[1])
    assert opened == {"path": str(saved), "cname": "saved-room", "boxes": []}
