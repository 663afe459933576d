"""``recstudio gui [PROJECT]`` — and ``recstudio`` with no command opens the window too."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "gui",
        help="open the desktop app (the default)",
        description="Open the recstudio window, optionally with a project file.",
    )
    p.add_argument("project", nargs="?", default=None, help="a .recstudio.json project to open")
    p.add_argument(
        "--smoke",
        action="store_true",
        help="show the main window once and exit 0 (packaging smoke test)",
    )
    p.add_argument(
        "--lang",
        default=None,
        metavar="LANG",
        help="window language for this run: en or zh_CN (default: preference, then system)",
    )
    p.set_defaults(func=_cmd_gui)


def _cmd_gui(args: argparse.Namespace) -> int:
    from recstudio.ui.launch import run_gui

    return run_gui(args.project, smoke=args.smoke, language=args.lang)


def default_command(_args: argparse.Namespace) -> int:
    from recstudio.ui.launch import run_gui

    return run_gui(None)
