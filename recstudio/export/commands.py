"""``recstudio validate`` and ``recstudio export``: the model and exports from a shell, so a
developer can check bodies in another project's CI without opening the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.problems import Problem, one_line

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT = 0, 1, 2
_ENDPOINT_CHOICES = ["acquire", "start", "update", "update-layout", "stop"]
_MODE_CHOICES = [m.value for m in Mode]


#: (profile name or None, named by the user) → base URL; the CLI wires in the settings'
#: resolver, because export itself does not read settings (layering: export → model only).
#: An unknown name the user typed raises ValueError; a project's own falls back.
BaseUrlFor = Callable[[str | None, bool], str]


def register(subparsers: Any, *, base_url_for: BaseUrlFor | None = None) -> None:
    v = subparsers.add_parser(
        "validate",
        help="check a body or project against every documented rule",
        description=(
            "Check a request body (or a .recstudio.json project) against Agora's documented "
            "rules. Exit 0: no errors (warnings are printed); 1: errors, one line per problem "
            "starting with its JSON path; 2: the file cannot be read or is not JSON."
        ),
    )
    _add_common(v)
    v.set_defaults(func=_cmd_validate)

    e = subparsers.add_parser(
        "export",
        help="print a body as JSON, curl, Python requests or HTTPie",
        description=(
            "Render the request for an endpoint. Secrets are placeholders unless "
            "--reveal-secrets is given; credentials come from $AGORA_CUSTOMER_ID and "
            "$AGORA_CUSTOMER_SECRET in the generated commands."
        ),
    )
    _add_common(e, query=True)
    e.add_argument("--format", choices=["json", "curl", "python", "httpie"], default="json")
    e.add_argument(
        "--flow",
        action="store_true",
        help="a whole recording (acquire, start, query, stop) as one curl or Python script "
        "that carries resourceId and sid along and prints each HTTP status (needs a project)",
    )
    e.add_argument(
        "--profile",
        default=None,
        help="connection profile whose host the export names (default: the project's)",
    )
    e.add_argument(
        "--reveal-secrets",
        action="store_true",
        help="write storage keys, tokens and decryption secrets literally (careful)",
    )
    e.add_argument("--app-id", default=None, help="App ID for the URL (a project brings its own)")
    e.add_argument(
        "--base-url",
        default=None,
        help="API host (default: the profile's; https://api.sd-rtn.com without one)",
    )
    e.add_argument("--resource-id", default=None, help="resourceId for the URL")
    e.add_argument("--sid", default=None, help="sid for the URL")
    e.set_defaults(func=_cmd_export, base_url_for=base_url_for)


def _add_common(p: argparse.ArgumentParser, *, query: bool = False) -> None:
    p.add_argument("file", metavar="FILE", help="JSON body or project file; '-' reads stdin")
    choices = [*_ENDPOINT_CHOICES, "query"] if query else _ENDPOINT_CHOICES
    p.add_argument("--endpoint", choices=choices, default=None, help="default: start")
    p.add_argument(
        "--mode", choices=_MODE_CHOICES, default=None, help="default: mix (a project has its own)"
    )


@dataclass
class _Loaded:
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


def _fail(message: str) -> int:
    """Print why the input is unusable (escaped: it may quote the body) and exit 2."""
    print(one_line(message), file=sys.stderr)
    return EXIT_INPUT


def _load(args: argparse.Namespace) -> _Loaded | int:
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
            return _Loaded(body, endpoint, project.mode, project.app_id, project, warnings)
        mode = Mode(args.mode) if args.mode else Mode.MIX
        if endpoint is Endpoint.QUERY:  # a GET without a body (reference §1.4)
            return _Loaded({}, endpoint, mode, "", None, warnings)
        body = body_from_data(data, endpoint, mode)
    except OSError as exc:
        return _fail(f"recstudio: cannot read {name}: {exc.strerror or exc}")
    except JsonSyntaxError as exc:
        return _fail(f"{name}: not valid JSON: {exc}")
    except (ProjectFormatError, ImportDocumentError) as exc:
        return _fail(f"{name}: {exc}")
    return _Loaded(body, endpoint, mode, "", None, warnings)


def _cmd_validate(args: argparse.Namespace) -> int:
    from recstudio.model.rules import check_body

    loaded = _load(args)
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


def _cmd_export(args: argparse.Namespace) -> int:
    from recstudio.export import ExportError, ExportRequest, render
    from recstudio.model.routes import DEFAULT_BASE_URL

    loaded = _load(args)
    if isinstance(loaded, int):
        return loaded
    for problem in loaded.warnings:  # stdout is the export itself
        print(f"recstudio: {problem.format_line()}", file=sys.stderr)
    profile = args.profile or (loaded.project.profile if loaded.project is not None else None)
    resolve = getattr(args, "base_url_for", None)
    try:
        base_url = args.base_url or (
            resolve(profile, args.profile is not None) if resolve else DEFAULT_BASE_URL
        )
    except ValueError as exc:  # --profile names no saved profile
        return _fail(f"recstudio: --profile: {exc}")
    if args.flow:
        return _export_flow(args, loaded, base_url)
    body: dict[str, Any] | None = loaded.body
    if loaded.project is None:
        # R13 / reference §10 #1: what validate promises ("written as unSubscribe…")
        # must be what export writes; a project body already follows its own setting.
        from recstudio.model.generate import DEFAULT_BLACKLIST_SPELLING, respell_blacklists

        body = respell_blacklists(body, DEFAULT_BLACKLIST_SPELLING)
    if loaded.endpoint is Endpoint.QUERY:
        if args.format == "json":
            print("recstudio: query is a GET without a body; use --format curl, python or httpie",
                  file=sys.stderr)  # fmt: skip
            return EXIT_INPUT
        body = None
    req = ExportRequest(
        endpoint=loaded.endpoint,
        mode=loaded.mode,
        app_id=args.app_id or loaded.app_id or "<appid>",
        body=body,
        base_url=base_url,
        resource_id=args.resource_id,
        sid=args.sid,
        reveal_secrets=args.reveal_secrets,
    )
    try:
        text = render(req, args.format)
    except ExportError as exc:
        return _fail(f"{args.file}: {exc}")
    sys.stdout.write(text)
    return EXIT_OK


def _export_flow(args: argparse.Namespace, loaded: _Loaded, base_url: str) -> int:
    from recstudio.export.flow import flow_for_project, render_flow

    if loaded.project is None:
        print("recstudio: --flow needs a .recstudio.json project (it sends three bodies)",
              file=sys.stderr)  # fmt: skip
        return EXIT_INPUT
    if args.format not in ("curl", "python"):
        print("recstudio: --flow exports as --format curl or python", file=sys.stderr)
        return EXIT_INPUT
    project = loaded.project
    if args.app_id:
        project.app_id = args.app_id
    flow = flow_for_project(project, base_url, reveal_secrets=args.reveal_secrets)
    sys.stdout.write(render_flow(flow, args.format))
    return EXIT_OK
