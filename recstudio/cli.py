"""Command line entry point (console script ``recstudio`` and ``python -m recstudio``).

Each package that offers commands has a light ``commands.py`` with
``register(subparsers)``; heavy imports happen inside the handlers so ``--help`` and the
GUI launch stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from recstudio import __version__

#: Modules that add sub-commands, in the order they appear in ``--help``.
_COMMAND_MODULES = (
    "recstudio.export.commands",  # validate, export
    "recstudio.layout.commands",  # layout
    "recstudio.api.commands",  # record, token
    "recstudio.emulator.commands",  # emulator
    "recstudio.render.commands",  # render, cost
    "recstudio.ui.commands",  # gui
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recstudio",
        description="Build, check, export and run Agora Cloud Recording requests.",
    )
    parser.add_argument("--version", action="version", version=f"recstudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if name == "recstudio.export.commands":
            module.register(subparsers, base_url_for=_profile_base_url)
        else:
            module.register(subparsers)
    return parser


def _profile_base_url(profile: str | None) -> str:
    """Exports name the profile's host (issue 11); settings are read only when exporting."""
    from recstudio.settings.hosts import export_base_url

    return export_base_url(profile)


def _gui_only_parser() -> argparse.ArgumentParser:
    """Opening the window must not pay for importing every other command's module."""
    parser = argparse.ArgumentParser(prog="recstudio")
    parser.add_argument("--version", action="version", version=f"recstudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    importlib.import_module("recstudio.ui.commands").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_gui = (
        (not args_list or args_list[0] == "gui")
        and "-h" not in args_list
        and ("--help" not in args_list)
    )
    parser = _gui_only_parser() if wants_gui else build_parser()
    argv = args_list
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None)
    if handler is None:
        # no command: open the window when the GUI is installed, else show help
        try:
            from recstudio.ui.commands import default_command
        except ImportError:
            parser.print_help()
            return 0
        return int(default_command(args))
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
