"""``recstudio export``: exports from a shell (``recstudio validate``, which reads its input
the same way, is ``recstudio.model.commands``: it must not import this package)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from recstudio.model.commands import EXIT_INPUT, EXIT_OK, Loaded, add_common, fail, load
from recstudio.model.enums import Endpoint

#: (profile name or None, named by the user) → base URL; the CLI wires in the settings'
#: resolver, because export itself does not read settings (layering: export → model only).
#: An unknown name the user typed raises ValueError; a project's own falls back.
BaseUrlFor = Callable[[str | None, bool], str]


def register(subparsers: Any, *, base_url_for: BaseUrlFor | None = None) -> None:
    e = subparsers.add_parser(
        "export",
        help="print a body as JSON, curl, Python requests or HTTPie",
        description=(
            "Render the request for an endpoint. Secrets are placeholders unless "
            "--reveal-secrets is given; credentials come from $AGORA_CUSTOMER_ID and "
            "$AGORA_CUSTOMER_SECRET in the generated commands."
        ),
    )
    add_common(e, query=True)
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


def _cmd_export(args: argparse.Namespace) -> int:
    from recstudio.export import ExportError, ExportRequest, render
    from recstudio.model.routes import DEFAULT_BASE_URL

    loaded = load(args)
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
        return fail(f"recstudio: --profile: {exc}")
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
        return fail(f"{args.file}: {exc}")
    sys.stdout.write(text)
    return EXIT_OK


def _export_flow(args: argparse.Namespace, loaded: Loaded, base_url: str) -> int:
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
