"""Start the desktop app: ``recstudio``, ``recstudio gui [PROJECT]``, ``python -m recstudio``.

Qt lives only in ``recstudio.ui`` (house rule 1), so this module just hands over to it.
"""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(project_path: str | None = None, *, smoke: bool = False) -> int:
    from recstudio.ui.launch import run_gui as _run

    return _run(project_path, smoke=smoke)


def main(argv: Sequence[str] | None = None) -> int:
    from recstudio.cli import main as cli_main

    return cli_main(argv)
