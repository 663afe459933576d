"""The compositor's heavy libraries (numpy, Pillow, PyAV) never load at launch: not by
importing recstudio.render's light modules, not by building the CLI, not by the window."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "PIL", "av")


def _loaded_after(code: str) -> list[str]:
    probe = (
        code
        + "\nimport sys\nprint(','.join(sorted({m.split('.')[0] for m in sys.modules} & "
        + f"set({HEAVY!r}))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    return [m for m in out.splitlines()[-1].split(",") if m] if out else []


def test_light_render_modules_and_the_cli_parser_import_no_heavy_library() -> None:
    code = (
        "import recstudio.render, recstudio.render.plan, recstudio.render.timeline\n"
        "import recstudio.render.session, recstudio.render.cost, recstudio.render.commands\n"
        "from recstudio.cli import build_parser; build_parser()\n"
    )
    assert _loaded_after(code) == []


def test_the_gui_launch_imports_no_heavy_library() -> None:
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from recstudio.ui.launch import build_main_window\n"
        "win = build_main_window(); win.show()\n"
        "for _ in range(20): app.processEvents()\n"
    )
    assert _loaded_after(code) == []
