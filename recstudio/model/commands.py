"""``recstudio validate``: the model's checks from a shell, so a developer can check bodies in
another project's CI without opening the app.

It lives in the model package, which imports neither pydantic (``fastschema`` proves most
bodies valid without it) nor the export renderers: starting it is a budget (issue 12,
≤ 6× ``python -c pass``). ``recstudio export`` reads its input the same way (:func:`load`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.problems import Problem, one_line

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT = 0, 1, 2
_ENDPOINT_CHOICES = ["acquire", "start", "update", "update-layout", "stop"]
_MODE_CHOICES = [m.value for m in Mode]


def register(subparsers: Any) -> None:
    v = subparsers.add_parser(
        "validate",
        help="check a body or project against every documented rule",
        description=(
            "Check a request body (or a .recstudio.json project) against Agora's documented "
            "rules. Exit 0: no errors (warnings are printed); 1: errors, one line per problem "
            "starting with its JSON path; 2: the file cannot be read or is not JSON."
        ),
    )
    add_common(v)
    v.set_defaults(func=_cmd_validate)


def add_common(p: argparse.ArgumentParser, *, query: bool = False) -> None:
    p.add_argument("file", metavar="FILE", help="JSON body or project file; '-' reads stdin")
    choices = [*_ENDPOINT_CHOICES, "query"] if query else _ENDPOINT_CHOICES
    p.add_argument("--endpoint", choices=choices, default=None, help="default: start")
    p.add_argument(
        "--mode", choices=_MODE_CHOICES, default=None, help="default: mix (a project has its own)"
    )


@dataclass
class Loaded:
    body: dict[str, Any]
    endpoint: Endpoint
    mode: Mode
    app_id: str
    project: Any  # Project | None
    #: Findings about the text itself (duplicate keys), reported like any other problem.
    warnings: list[Problem]


def _read(path: str) -> str:
    """The file's text; bytes that are not UTF-8 are a JsonSyntaxError at line/column."""
    from recstudio.model.jsontext import decode_json_bytes, read_json_text

    if path != "-":
        return read_json_text(path)
    buffer = getattr(sys.stdin, "buffer", None)  # a test may swap in a text-only stdin
    return sys.stdin.read() if buffer is None else decode_json_bytes(buffer.read())


def fail(message: str) -> int:
    """Print why the input is unusable (escaped: it may quote the body) and exit 2."""
    print(one_line(message), file=sys.stderr)
    return EXIT_INPUT


def load(args: argparse.Namespace) -> Loaded | int:
    """The body to judge: a project generates it (in its own mode); a raw body is taken
    exactly as written, with the documented defaults start / mix."""
    from recstudio.model.generate import generate_body
    from recstudio.model.importing import (
        ImportDocumentError,
        body_from_data,
        duplicate_key_warnings,
    )
    from recstudio.model.jsontext import JsonSyntaxError, parse_json
    from recstudio.model.project import ProjectFormatError, project_from_data

    name = "<stdin>" if args.file == "-" else args.file
    endpoint = Endpoint.parse(args.endpoint) if args.endpoint else Endpoint.START
    duplicates: list[str] = []
    try:
        text = _read(args.file)
        data = parse_json(text, duplicate_keys=duplicates)
        warnings = duplicate_key_warnings(duplicates)
        if isinstance(data, dict) and "format_version" in data:
            project = project_from_data(data)
            if args.mode:
                project.mode = Mode(args.mode)
            body = generate_body(project, endpoint)
            return Loaded(body, endpoint, project.mode, project.app_id, project, warnings)
        mode = Mode(args.mode) if args.mode else Mode.MIX
        if endpoint is Endpoint.QUERY:  # a GET without a body (reference §1.4)
            return Loaded({}, endpoint, mode, "", None, warnings)
        body = body_from_data(data, endpoint, mode)
    except OSError as exc:
        return fail(f"recstudio: cannot read {name}: {exc.strerror or exc}")
    except JsonSyntaxError as exc:
        return fail(f"{name}: not valid JSON: {exc}")
    except (ProjectFormatError, ImportDocumentError) as exc:
        return fail(f"{name}: {exc}")
    return Loaded(body, endpoint, mode, "", None, warnings)


def _cmd_validate(args: argparse.Namespace) -> int:
    from recstudio.model.rules import check_body

    loaded = load(args)
    if isinstance(loaded, int):
        return loaded
    problems = loaded.warnings + check_body(loaded.body, loaded.endpoint, loaded.mode)
    if loaded.project is not None:
        from recstudio.model.validation import check_project_document

        problems += check_project_document(loaded.project, loaded.endpoint)
    for problem in problems:
        print(problem.format_line())
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    summary = (
        f"{args.file}: {loaded.endpoint.cli_name} body, {loaded.mode.value} mode: "
        f"{errors} error(s), {warnings} warning(s)"
    )
    print(one_line(summary), file=sys.stderr)
    return EXIT_PROBLEMS if errors else EXIT_OK
