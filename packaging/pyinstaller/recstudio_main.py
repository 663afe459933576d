"""Entry script of the frozen app (PyInstaller needs a file, not a console-script spec).

``recstudio --smoke`` (what packaging/build.sh runs) means ``recstudio gui --smoke``: show
the main window once and exit 0. Every other argument goes to the normal CLI, so the frozen
binary also offers ``validate``, ``export``, ``emulator`` … like the installed one.
"""

from __future__ import annotations

import sys

from recstudio.cli import main


def _argv(args: list[str]) -> list[str]:
    if args and args[0] == "--smoke":
        return ["gui", "--smoke", *args[1:]]
    return args


if __name__ == "__main__":
    sys.exit(main(_argv(sys.argv[1:])))
