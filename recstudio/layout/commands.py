"""``recstudio layout``: preset geometry and templates from a shell.

A developer who wants a preset "but with one region moved" gets the custom layoutConfig
that reproduces it without opening the app. Errors in the arguments exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_USAGE = 0, 2
#: transcodingConfig defaults (agora-api.md §4.3): the canvas is portrait 360×640.
DEFAULT_CANVAS_W, DEFAULT_CANVAS_H = 360, 640


def register(subparsers: Any) -> None:
    layout = subparsers.add_parser(
        "layout",
        help="preset layout geometry and custom layout templates",
        description="Print Agora preset layouts as custom layoutConfig JSON, or templates.",
    )
    layout.set_defaults(func=lambda _args: _usage(layout))
    sub = layout.add_subparsers(dest="layout_command", metavar="SUBCOMMAND")

    preset = sub.add_parser(
        "preset",
        help="print the layoutConfig that reproduces a preset layout",
        description=(
            "Print the JSON array of regions (x_axis, y_axis, width, height; 6 decimals) that "
            "mixedVideoLayout 0 (floating), 1 (best fit) or 2 (vertical) gives N users, in "
            "join order; for vertical the Large region comes first (with render_mode 1, since "
            "Agora fits the Large video). The vertical Large user is the first to join unless "
            "--max-resolution-user says otherwise, so N users always give N regions; "
            "--no-large prints the layout when maxResolutionUid is absent (Large area empty)."
        ),
    )
    preset.add_argument(
        "--layout", type=int, required=True, help="0 floating, 1 best fit, 2 vertical"
    )
    preset.add_argument("--users", type=int, required=True, help="number of users, 1..17")
    preset.add_argument(
        "--max-resolution-user",
        type=int,
        default=None,
        metavar="K",
        help="vertical only: the maxResolutionUid user by join position (default 1 = first)",
    )
    preset.add_argument(
        "--no-large",
        action="store_true",
        help="vertical only: no maxResolutionUid user (the Large area shows the background)",
    )
    preset.set_defaults(func=_cmd_preset)

    listing = sub.add_parser(
        "templates",
        help="list the custom layout templates",
        description="List template names and labels for 'recstudio layout template NAME'.",
    )
    listing.set_defaults(func=_cmd_templates)

    one = sub.add_parser(
        "template",
        help="print the layoutConfig of a template",
        description="Print a template's regions as layoutConfig JSON for a W×H canvas.",
    )
    one.add_argument(
        "name", metavar="NAME", help="template name (see 'recstudio layout templates')"
    )
    one.add_argument(
        "--width", type=int, default=DEFAULT_CANVAS_W, help="canvas width in px (default 360)"
    )
    one.add_argument(
        "--height", type=int, default=DEFAULT_CANVAS_H, help="canvas height in px (default 640)"
    )
    one.add_argument(
        "--n", type=int, default=None, help="number of tiles where the template varies"
    )
    one.set_defaults(func=_cmd_template)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _fail(message: str) -> int:
    print(f"recstudio layout: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _cmd_preset(args: argparse.Namespace) -> int:
    from recstudio.layout.presets import PRESET_LAYOUTS, VERTICAL, convert_to_custom
    from recstudio.layout.regions import MAX_REGIONS, regions_to_json

    if args.layout not in PRESET_LAYOUTS:
        return _fail(
            f"--layout must be 0 (floating), 1 (best fit) or 2 (vertical), got {args.layout}"
            " (custom layout 3 has no fixed geometry)"
        )
    if not 1 <= args.users <= MAX_REGIONS:
        return _fail(f"--users must be between 1 and {MAX_REGIONS}, got {args.users}")
    index: int | None = 0 if args.layout == VERTICAL and not args.no_large else None
    if args.no_large and (args.layout != VERTICAL or args.max_resolution_user is not None):
        return _fail("--no-large only applies to --layout 2 without --max-resolution-user")
    if args.max_resolution_user is not None:
        if args.layout != VERTICAL:
            return _fail("--max-resolution-user only applies to --layout 2 (R19)")
        if not 1 <= args.max_resolution_user <= args.users:
            return _fail(
                f"--max-resolution-user must be between 1 and --users ({args.users}), "
                f"got {args.max_resolution_user}"
            )
        index = args.max_resolution_user - 1
    regions = convert_to_custom(args.layout, args.users, [], max_resolution_index=index)
    print(json.dumps(regions_to_json(regions), indent=2))
    return EXIT_OK


def _cmd_templates(_args: argparse.Namespace) -> int:
    from recstudio.layout.templates import TEMPLATES

    width = max(len(name) for name in TEMPLATES)
    for name, label in TEMPLATES.items():
        print(f"{name:<{width}}  {label}")
    return EXIT_OK


def _cmd_template(args: argparse.Namespace) -> int:
    from recstudio.layout.regions import regions_to_json
    from recstudio.layout.templates import template

    try:
        regions = template(args.name, args.width, args.height, args.n)
    except ValueError as exc:
        return _fail(str(exc))
    print(json.dumps(regions_to_json(regions), indent=2))
    return EXIT_OK
