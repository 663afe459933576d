"""Make the README screenshots from the real app: the start page, the Layout workspace with
the example mix project, the canvas, the problems (Request workspace), the recordings
(Recordings workspace) and Studio mode with a Sandbox recording running.

    python packaging/screenshots.py                 # offscreen, writes docs/screenshots/*.png
    xvfb-run -a python packaging/screenshots.py     # same under a virtual X server
    python packaging/screenshots.py --out /tmp/shots
    python packaging/screenshots.py --lang zh_CN    # the window in Chinese (issue 17)

Everything runs in a throw-away RECSTUDIO_HOME, so the screenshots never show (or change)
the user's recent files, profiles or ledger. Problems in the problem screenshot are made by
ordinary undoable edits of the example, the way a user would make them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "screenshots"
EXAMPLE = "examples/mix-interview.recstudio.json"
WINDOW_SIZE = (1366, 768)  # the most common laptop screen


def _prepare_environment(home: Path) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RECSTUDIO_HOME"] = str(home)
    # never touch the desktop keyring from a screenshot run
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def _settle(app: Any, rounds: int = 5) -> None:
    """Let coalesced refreshes (once per event-loop turn) and layouts finish."""
    for _ in range(rounds):
        app.processEvents()


def _save(widget: Any, path: Path) -> Path:
    pixmap = widget.grab()
    if pixmap.isNull() or not pixmap.save(str(path)):
        raise OSError(f"cannot write screenshot {path}")
    print(f"{path}  {pixmap.width()}x{pixmap.height()}")
    return path


def _make_problems(window: Any) -> None:
    """A few realistic mistakes: a region pushed past the canvas edge (R20), a channel name
    with a "/" Agora rejects (R3) and an emptied bucket — plus the two storage-key
    placeholders the example already warns about."""
    document = window.document
    layout = document.project.start_layout
    document.set_value(("layouts", layout, "layoutConfig", 1, "width"), 0.62, "Resize region")
    document.set_value(("cname",), "interview/room", "Edit cname")
    document.set_value(("start", "storageConfig", "bucket"), "", "Edit bucket")


def _wait(app: Any, condition: Any, seconds: float) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out waiting for the recording")
        app.processEvents()
        time.sleep(0.02)


def _run_a_recording(app: Any, window: Any) -> None:
    """Undo the staged mistakes, give the storage keys dummy values (the Sandbox accepts
    any) and record on the Sandbox until files are listed, so the panel shows real data."""
    document = window.document
    for _ in range(3):
        document.undo_stack.undo()
    document.set_value(("start", "storageConfig", "accessKey"), "AKEXAMPLE")
    document.set_value(("start", "storageConfig", "secretKey"), "sandbox-only-secret")
    document.refresh()
    ui = window.recordings  # RecordingsUi: the controller and the views over it
    controller = ui.controller
    controller.options.first_query_delay_s = 0.2
    controller.options.poll_interval_s = 1.0
    _wait(app, lambda: controller.loaded, 10)
    if not controller.start():
        raise RuntimeError("Start was refused: the example project has errors")
    _wait(app, lambda: any(i.state == "running" for i in controller.items.values()), 15)
    item = next(iter(controller.items.values()))
    ui.sandbox_panel.join("1001")
    _wait(app, lambda: bool(item.files), 15)
    ui.panel.select(item.key)
    _settle(app, 10)


def take_screenshots(out: Path, language: str | None = None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from recstudio.resources import resource_path
    from recstudio.ui.i18n import choose_language, install_translators
    from recstudio.ui.launch import build_main_window

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("recstudio")
    install_translators(choose_language(language), app)  # --lang, else LANG
    work = Path(tempfile.mkdtemp(prefix="recstudio-shots-"))
    project_file = work / "mix-interview.recstudio.json"
    shutil.copyfile(resource_path(EXAMPLE), project_file)

    # a Sandbox that cuts its first file slice after 2 s instead of 15 s, so the recordings
    # screenshot shows a file list without a long wait
    from recstudio.emulator import Timing
    from recstudio.ui.recordings.connections import SandboxHost, set_shared_sandbox

    set_shared_sandbox(SandboxHost(Timing(mix_first_slice_s=2.0)))
    from recstudio.settings.workspaces import Workspace

    window = build_main_window()
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle(app)
    window.show_start_page([])
    _settle(app)
    written = [_save(window, out / "start-page.png")]
    if not window.files.open_path(project_file, confirmed=True):
        raise RuntimeError(f"the app could not open {project_file}")
    window.workspaces.switch(Workspace.LAYOUT)
    editor = window.layout_workspace.ensure_editor()
    _settle(app)
    editor.view.fit_canvas()
    editor.select([1])
    _settle(app, 10)
    written.append(_save(window.layout_workspace, out / "canvas.png"))
    written.append(_save(window, out / "main-window.png"))

    _make_problems(window)
    window.workspaces.switch(Workspace.REQUEST)
    _settle(app, 10)
    written.append(_save(window.body_dock, out / "problems.png"))

    window.workspaces.switch(Workspace.RECORDINGS)
    _run_a_recording(app, window)
    written.append(_save(window.recordings.docks.recordings, out / "recordings.png"))
    written.append(_save(window, out / "main-window-recording.png"))

    window.workspaces.switch(Workspace.LAYOUT)
    window.layout_workspace.set_studio(True)
    names = list(window.document.project.layouts)
    if len(names) > 1:
        window.layout_workspace.studio.pick_scene(2)
    _settle(app, 10)
    written.append(_save(window, out / "studio.png"))

    window.document.undo_stack.setClean()  # nothing to ask about on close
    window.close_hooks.clear()  # the Sandbox recording ends with this process
    window.recordings.controller.shutdown()
    window.close()
    _settle(app)
    shutil.rmtree(work, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument("--lang", default=None, help="en or zh_CN (default: the system locale)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="recstudio-shots-home-") as home:
        _prepare_environment(Path(home))
        take_screenshots(args.out, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
