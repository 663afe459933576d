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
from typing import Any

from recstudio import __version__

#: Modules that add sub-commands, in the order they appear in ``--help``.
_COMMAND_MODULES = (
    "recstudio.model.commands",  # validate
    "recstudio.export.commands",  # export
    "recstudio.layout.commands",  # layout
    "recstudio.api.commands",  # record, token
    "recstudio.emulator.commands",  # emulator
    "recstudio.render.commands",  # render, cost
    "recstudio.events.commands",  # events, doctor
    "recstudio.storage.commands",  # storage, files, record verify
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
        _register(module, subparsers)
    return parser


def _profile_base_url(profile: str | None, strict: bool) -> str:
    """Exports name the profile's host (issue 11); settings are read only when exporting."""
    from recstudio.settings.hosts import export_base_url

    return export_base_url(profile, strict=strict)


#: The module that registers each command: running one imports only that module, so
#: ``recstudio validate`` does not pay for the emulator's and the layout's (issue 12).
#: tests/test_cli_startup.py checks this against the full parser.
_MODULE_OF_COMMAND = {
    "validate": "recstudio.model.commands",
    "export": "recstudio.export.commands",
    "layout": "recstudio.layout.commands",
    "record": "recstudio.api.commands",
    "token": "recstudio.api.commands",
    "emulator": "recstudio.emulator.commands",
    "render": "recstudio.render.commands",
    "cost": "recstudio.render.commands",
    "events": "recstudio.events.commands",
    "doctor": "recstudio.events.commands",
    "storage": "recstudio.storage.commands",
    "files": "recstudio.storage.commands",
    "gui": "recstudio.ui.commands",
}


def _register(module: Any, subparsers: Any) -> None:
    if module.__name__ == "recstudio.export.commands":
        module.register(subparsers, base_url_for=_profile_base_url)
    else:
        module.register(subparsers)


def _parser_for(module: str) -> argparse.ArgumentParser:
    """A parser with the commands of one module (the window, or the command being run)."""
    parser = argparse.ArgumentParser(prog="recstudio")
    parser.add_argument("--version", action="version", version=f"recstudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register(importlib.import_module(module), subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_gui = (
        (not args_list or args_list[0] == "gui")
        and "-h" not in args_list
        and ("--help" not in args_list)
    )
    first = args_list[0] if args_list else ""
    if wants_gui:
        parser = _parser_for("recstudio.ui.commands")
    elif first in _MODULE_OF_COMMAND:
        parser = _parser_for(_MODULE_OF_COMMAND[first])
    else:
        parser = build_parser()
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
