"""``recstudio record …`` and ``recstudio token``: drive recordings from a shell.

Support staff script starts and stops; the ledger is what lets ``record stop SID`` find the
resourceId, mode, cname and uid of a recording another process started (even one that
crashed). Exit codes: 0 ok, 1 Agora/API error (explained on stderr), 2 usage or input error.
Secrets are never printed; heavy imports (requests, pydantic models) happen in handlers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.ledger import Ledger, LedgerEntry

EXIT_OK, EXIT_API, EXIT_INPUT = 0, 1, 2
_MODES = ["raw", "individual", "mix", "web"]  # Mode values; enums not imported at launch
ENV_APP_CERTIFICATE = "AGORA_APP_CERTIFICATE"


class UsageError(Exception):
    """Bad input from the user (exit 2)."""


def register(subparsers: Any) -> None:
    record = subparsers.add_parser(
        "record",
        help="acquire/start/query/update-layout/stop real or Sandbox recordings",
        description=(
            "Run Cloud Recording calls. Every recording is journaled in the ledger so "
            "'record list' shows what may still be running and 'record stop SID' can stop "
            "it. Credentials come from the profile (keyring) or from $AGORA_CUSTOMER_ID and "
            "$AGORA_CUSTOMER_SECRET. Exit 1 on an API error, 2 on bad input."
        ),
    )
    sub = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)

    start = sub.add_parser("start", help="acquire, start and confirm a recording")
    start.add_argument("file", metavar="FILE", help="project (.recstudio.json) or start body")
    start.add_argument("--mode", choices=_MODES, default=None)
    start.add_argument("--app-id", default=None, help="App ID (a project brings its own)")
    start.add_argument("--cname", default=None, help="override the channel name")
    start.add_argument("--uid", default=None, help="override the recorder uid")
    _add_connection(start)
    start.add_argument(
        "--first-query-delay",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="wait before the first confirming query (default 5, Agora's advice)",
    )
    start.set_defaults(func=_cmd_start)

    query = sub.add_parser("query", help="query a recording by sid")
    query.add_argument("sid", metavar="SID")
    _add_connection(query)
    query.set_defaults(func=_cmd_query)

    layout = sub.add_parser("update-layout", help="send updateLayout (mix mode)")
    layout.add_argument("sid", metavar="SID")
    layout.add_argument(
        "--layout",
        required=True,
        metavar="NAME|FILE",
        help="a JSON file (clientRequest or full body) or a layout name from --project",
    )
    layout.add_argument("--project", default=None, help="project file holding named layouts")
    _add_connection(layout)
    layout.set_defaults(func=_cmd_update_layout)

    stop = sub.add_parser("stop", help="stop a recording by sid")
    stop.add_argument("sid", metavar="SID")
    stop.add_argument("--async", dest="async_stop", action="store_true", help="async_stop")
    _add_connection(stop)
    stop.set_defaults(func=_cmd_stop)

    from recstudio.storage.commands import add_record_verify

    add_record_verify(sub)  # record verify SID: the delivery receipt (storage/)

    listing = sub.add_parser("list", help="recordings that may still be running")
    listing.add_argument("--all", action="store_true", help="include stopped/failed ones")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=_cmd_list)

    token = subparsers.add_parser(
        "token",
        help="build an RTC token (AccessToken2) for the recorder uid",
        description=(
            "Print an AccessToken2 RTC token. The App Certificate may also come from "
            f"${ENV_APP_CERTIFICATE} so it does not land in the shell history."
        ),
    )
    token.add_argument("--app-id", required=True)
    token.add_argument("--app-certificate", default=None)
    token.add_argument("--channel", required=True)
    token.add_argument("--uid", required=True)
    token.add_argument("--expire", type=int, default=3600, metavar="SECONDS")
    token.set_defaults(func=_cmd_token)


def _add_connection(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--profile", default=None, help="connection profile name")
    group.add_argument(
        "--base-url", default=None, help="API base URL; credentials from the environment"
    )
    p.add_argument(
        "--allow-insecure",
        action="store_true",
        help="send to an http:// base URL beyond this machine anyway (the credentials cross "
        "the network in clear text; warned on every call)",
    )


# -- shared plumbing --------------------------------------------------------------------


def _fail_api(error: Exception) -> int:
    describe = getattr(error, "describe", None)
    print(describe() if callable(describe) else str(error), file=sys.stderr)
    return EXIT_API


def _handle(body: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Map exceptions to exit codes with the plain explanation on stderr."""

    def handler(args: argparse.Namespace) -> int:
        from recstudio.api.errors import ApiError
        from recstudio.api.ledger import LedgerError
        from recstudio.api.runner import LedgerWriteAfterStart

        try:
            return body(args)
        except UsageError as exc:
            from recstudio.model.problems import one_line  # it may quote a key of the file

            print(f"error: {one_line(str(exc))}", file=sys.stderr)
            return EXIT_INPUT
        except ApiError as exc:
            return _fail_api(exc)
        except LedgerWriteAfterStart as exc:
            # The recording runs: its identity goes to stdout like a success would, so a
            # script that keeps the sid keeps it now too (issue 10).
            _print_json({**exc.recording.identity(), "ledger": "journaled" if exc.journaled
                         else "not written"})  # fmt: skip
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_API
        except LedgerError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_API

    handler.__name__ = body.__name__
    handler.__doc__ = body.__doc__
    return handler


@dataclass
class _Connection:
    profile: str
    base_url: str
    customer_id: str
    customer_secret: str
    app_id: str
    sandbox: bool
    #: the region's other domains, tried when a call never reaches base_url (§1.1)
    fallbacks: tuple[str, ...] = ()


def _env_credentials() -> tuple[str, str]:
    from recstudio.settings.profiles import ENV_CUSTOMER_ID, ENV_CUSTOMER_SECRET

    cid = os.environ.get(ENV_CUSTOMER_ID, "").strip()
    secret = os.environ.get(ENV_CUSTOMER_SECRET, "")
    if not cid or not secret:
        raise UsageError(
            f"--base-url needs ${ENV_CUSTOMER_ID} and ${ENV_CUSTOMER_SECRET} in the environment"
        )
    return cid, secret


def _connection(profile_name: str | None, base_url: str | None, app_id: str) -> _Connection:
    if base_url:
        from recstudio.model.routes import has_userinfo

        if has_userinfo(base_url):
            raise UsageError(
                "--base-url must not contain a user name or password; use "
                "$AGORA_CUSTOMER_ID and $AGORA_CUSTOMER_SECRET"
            )
        cid, secret = _env_credentials()
        return _Connection("", base_url.rstrip("/"), cid, secret, app_id, False)
    from recstudio.settings.profiles import SANDBOX_PROFILE_NAME, ProfileError, ProfileStore

    store = ProfileStore()
    name = profile_name or SANDBOX_PROFILE_NAME
    try:
        profile = store.get(name)
    except ProfileError as exc:
        raise UsageError(str(exc)) from None
    creds = store.credentials(profile)
    if not creds.complete or creds.customer_secret is None:
        raise UsageError(
            f"profile {name!r} has no customer ID/secret; store one in the app or set "
            "$AGORA_CUSTOMER_ID and $AGORA_CUSTOMER_SECRET"
        )
    from recstudio.settings.hosts import profile_hosts

    hosts = (profile.base_url,) if profile.is_sandbox else profile_hosts(profile)
    return _Connection(
        profile.name,
        hosts[0],
        creds.customer_id,
        creds.customer_secret.get_secret_value(),
        app_id or profile.app_id,
        profile.is_sandbox,
        hosts[1:],
    )


@contextmanager
def _client(conn: _Connection, allow_insecure: bool) -> Iterator[CloudRecordingClient]:
    """A client for ``conn``; a Sandbox profile gets an in-process emulator (it lives only as
    long as this command, so it is useful for one-shot trials, not for later commands).
    Plain http beyond loopback is refused before anything is sent, unless
    ``--allow-insecure``, and then every call warns on stderr."""
    from recstudio.api.client import CloudRecordingClient
    from recstudio.model.transport import cleartext_problem

    problem = cleartext_problem(conn.base_url)
    if problem and not allow_insecure:
        raise UsageError(f"{problem}. Nothing was sent; --allow-insecure sends anyway")

    server = None
    base_url = conn.base_url
    if conn.sandbox:
        from recstudio.emulator import SandboxServer

        server = SandboxServer(
            customer_id=conn.customer_id, customer_secret=conn.customer_secret
        ).start()
        base_url = server.base_url
    client = CloudRecordingClient(
        base_url,
        conn.customer_id,
        conn.customer_secret,
        conn.app_id,
        insecure_warning=_warn if allow_insecure else None,
        fallback_urls=conn.fallbacks,
        log=_request_log(),
    )
    try:
        yield client
    finally:
        client.close()
        if server is not None:
            server.stop()


def _request_log() -> Callable[[Any], None] | None:
    from recstudio.events.store import request_keeper

    return request_keeper(_warn)


def _warn(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _ledger() -> Ledger:
    """The shared ledger, opened now so an old journal's skipped lines are reported here
    (once: the journal is renamed after its import)."""
    from recstudio.api.ledger import Ledger

    ledger = Ledger()
    for problem in ledger.open():
        print(f"warning: {problem}", file=sys.stderr)
    return ledger


def _entry_for_sid(ledger: Ledger, sid: str) -> LedgerEntry:
    entry = ledger.find_sid(sid)
    if entry is None:
        raise UsageError(
            f"sid {sid!r} is not in the ledger ({ledger.path}); 'record list --all' shows "
            "the known ones"
        )
    if not entry.resource_id:
        raise UsageError(f"the ledger has no resourceId for sid {sid!r}")
    return entry


def _connection_for_entry(args: argparse.Namespace, entry: LedgerEntry) -> _Connection:
    """Where and as whom to reach the recording: --base-url / --profile win over the
    ledger's record of where it was started."""
    if args.base_url:
        return _connection(None, args.base_url, entry.app_id)
    if args.profile or entry.profile:
        conn = _connection(args.profile or entry.profile, None, entry.app_id)
        if conn.sandbox:
            raise UsageError(
                "this recording ran on an in-process Sandbox that no longer exists; pass "
                "--base-url of a running 'recstudio emulator'"
            )
        conn.app_id = entry.app_id
        return conn
    return _connection(None, entry.base_url, entry.app_id)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False))


# -- record start ---------------------------------------------------------------------------


@dataclass
class _StartPlan:
    mode: str
    app_id: str
    cname: str
    uid: str
    acquire: dict[str, Any]
    start: dict[str, Any]
    profile: str | None


def _plan_start(args: argparse.Namespace) -> _StartPlan:
    from recstudio.model import Endpoint, Mode
    from recstudio.model.generate import generate_body
    from recstudio.model.importing import body_from_text, import_document
    from recstudio.model.jsontext import JsonSyntaxError, read_json_text

    try:
        text = read_json_text(args.file) if args.file != "-" else sys.stdin.read()
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    except JsonSyntaxError as exc:  # bytes that are not UTF-8, located
        raise UsageError(f"{args.file}: {exc}") from None
    try:
        imported = import_document(
            text, endpoint=None if _is_project(text) else "start", mode=args.mode
        )
        project = imported.project
        if args.mode:
            project.mode = Mode(args.mode)
        mode = project.mode
        if imported.kind == "project":
            # a project file holds placeholders; its secrets are in the keyring
            from recstudio.settings.project_secrets import fetch_project_secrets

            project.apply_secrets(fetch_project_secrets(project))
            start = generate_body(project, Endpoint.START)
        else:
            start = body_from_text(text, Endpoint.START, mode)
        acquire = generate_body(project, Endpoint.ACQUIRE)
    except (ValueError, KeyError) as exc:  # JsonSyntaxError, ImportDocumentError, …
        raise UsageError(f"{args.file}: {exc}") from None
    cname = args.cname or start.get("cname") or project.cname
    uid = args.uid or start.get("uid") or project.uid
    start = {**start, "cname": cname, "uid": str(uid)}
    acquire = {**acquire, "cname": cname, "uid": str(uid)}
    app_id = args.app_id or project.app_id or ""
    return _StartPlan(
        mode.value,
        app_id,
        str(cname),
        str(uid),
        acquire,
        start,
        project.profile if imported.kind == "project" else None,
    )


def _is_project(text: str) -> bool:
    from recstudio.model.jsontext import parse_json

    try:
        data = parse_json(text)  # never RecursionError, unlike json.loads
    except ValueError:
        return False
    return isinstance(data, dict) and "format_version" in data


def _check(plan: _StartPlan) -> None:
    from recstudio.model import Endpoint, Mode, has_errors
    from recstudio.model.rules import check_body

    mode = Mode(plan.mode)
    problems = check_body(plan.acquire, Endpoint.ACQUIRE, mode) + check_body(
        plan.start, Endpoint.START, mode
    )
    for problem in problems:
        print(problem.format_line(), file=sys.stderr)
    if has_errors(problems):
        raise UsageError("the request has errors (listed above); nothing was sent")


@_handle
def _cmd_start(args: argparse.Namespace) -> int:
    """Acquire + start + confirm; print one JSON object with the recording's identity."""
    from recstudio.api.runner import RecordingRunner

    plan = _plan_start(args)
    if not plan.cname or not plan.uid:
        raise UsageError("the body needs cname and uid (or pass --cname/--uid)")
    _check(plan)
    conn = _connection(
        args.profile or (None if args.base_url else plan.profile), args.base_url, plan.app_id
    )
    if not conn.app_id:
        raise UsageError("no App ID: pass --app-id or use a project/profile that has one")
    with _client(conn, args.allow_insecure) as client:
        runner = RecordingRunner(
            client, _ledger(), conn.profile, first_query_delay=args.first_query_delay
        )
        rec = runner.start_recording(
            plan.mode,
            plan.cname,
            plan.uid,
            plan.acquire["clientRequest"],
            plan.start["clientRequest"],
        )
    for line in _start_notes(rec):
        print(line, file=sys.stderr)
    _print_json(rec.identity())
    return EXIT_OK


def _start_notes(rec: Any) -> list[str]:
    """stderr lines after a start: a changed recorder uid, a start later than R37 allows."""
    lines = [f"note: {rec.note}"] if rec.requested_uid else []
    if rec.slow_start:
        lines.append(f"warning: {rec.slow_start}")
    return lines


# -- record query / update-layout / stop -----------------------------------------------------


def _open(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    """(ledger, recording, connection) for ``args.sid``."""
    from recstudio.api.runner import Recording

    ledger = _ledger()
    entry = _entry_for_sid(ledger, args.sid)
    conn = _connection_for_entry(args, entry)
    return ledger, Recording.from_entry(entry), conn


@_handle
def _cmd_query(args: argparse.Namespace) -> int:
    from recstudio.api.runner import RecordingRunner

    ledger, rec, conn = _open(args)
    with _client(conn, args.allow_insecure) as client:
        RecordingRunner(client, ledger, rec.profile).poll(rec, retry_not_found=False)
    from recstudio.api.results import STATUS_TEXT

    status_text = STATUS_TEXT.get(rec.server_status, "unknown") if rec.server_status else "unknown"
    _print_json(
        {
            **rec.identity(),
            "serverStatus": rec.server_status,
            "statusText": status_text,
            "files": rec.files,
            **({"note": rec.note} if rec.note else {}),
        }
    )
    return EXIT_OK


def _layout_request(args: argparse.Namespace) -> dict[str, Any]:
    path = Path(args.layout)
    if path.is_file():
        from recstudio.model.jsontext import parse_json, read_json_text

        try:
            data = parse_json(read_json_text(path))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{path}: {exc}") from None
        if not isinstance(data, dict):
            raise UsageError(f"{path}: expected a JSON object")
        request = data.get("clientRequest", data)
        if not isinstance(request, dict):
            raise UsageError(f"{path}: clientRequest must be an object")
        return request
    if not args.project:
        raise UsageError(f"{args.layout!r} is not a file; to use a named layout pass --project")
    from recstudio.model import Endpoint
    from recstudio.model.generate import generate_body
    from recstudio.model.project import load_project

    try:
        project = load_project(args.project)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{args.project}: {exc}") from None
    if args.layout not in project.layouts:
        names = ", ".join(sorted(project.layouts)) or "none"
        raise UsageError(f"no layout named {args.layout!r} in {args.project} (has: {names})")
    body = generate_body(project, Endpoint.UPDATE_LAYOUT, layout=args.layout)
    return dict(body.get("clientRequest", {}))


@_handle
def _cmd_update_layout(args: argparse.Namespace) -> int:
    from recstudio.api.runner import RecordingRunner
    from recstudio.model import Endpoint, Mode, has_errors
    from recstudio.model.rules import check_body

    request = _layout_request(args)
    ledger, rec, conn = _open(args)
    if rec.mode is not Mode.MIX:
        raise UsageError(f"updateLayout needs a mix-mode recording; {args.sid} is {rec.mode.value}")
    body = {"cname": rec.cname, "uid": rec.uid, "clientRequest": request}
    problems = check_body(body, Endpoint.UPDATE_LAYOUT, rec.mode)
    for problem in problems:
        print(problem.format_line(), file=sys.stderr)
    if has_errors(problems):
        raise UsageError("the layout has errors (listed above); nothing was sent")
    with _client(conn, args.allow_insecure) as client:
        RecordingRunner(client, ledger, rec.profile).update_layout(rec, request)
    _print_json({**rec.identity(), "updated": "layout"})
    return EXIT_OK


@_handle
def _cmd_stop(args: argparse.Namespace) -> int:
    from recstudio.api.runner import RecordingRunner

    ledger, rec, conn = _open(args)
    with _client(conn, args.allow_insecure) as client:
        result = RecordingRunner(client, ledger, rec.profile).stop(rec, async_stop=args.async_stop)
    if result.note:
        print(f"note: {result.note}", file=sys.stderr)
    from recstudio.storage.commands import note_stop

    note_stop(rec.sid, result.uploading_status, list(result.files))  # for record verify
    _print_json(
        {
            **rec.identity(),
            "outcome": result.outcome,
            "uploadingStatus": result.uploading_status,
            "files": result.files,
        }
    )
    return EXIT_OK


@_handle
def _cmd_list(args: argparse.Namespace) -> int:
    ledger = _ledger()
    entries = ledger.entries() if args.all else ledger.may_be_running()
    if args.json:
        for e in entries:
            _print_json(
                {
                    "sid": e.sid,
                    "resourceId": e.resource_id,
                    "state": e.state,
                    "mode": e.mode,
                    "cname": e.cname,
                    "uid": e.uid,
                    "appId": e.app_id,
                    "profile": e.profile,
                    "baseUrl": e.base_url,
                    "updatedAt": e.updated_at,
                    "note": e.caution(),
                }
            )
        return EXIT_OK
    if not entries:
        print("no recordings that may still be running" if not args.all else "ledger is empty")
        return EXIT_OK
    print(f"{'STATE':<9} {'MODE':<10} {'SID':<34} {'CNAME':<20} {'UID':<11} NOTE")
    for e in entries:
        print(
            f"{e.state:<9} {e.mode:<10} {(e.sid or '-'):<34} {e.cname[:20]:<20} "
            f"{e.uid:<11} {e.caution()}"
        )
    return EXIT_OK


# -- token ----------------------------------------------------------------------------------


def _cmd_token(args: argparse.Namespace) -> int:
    from recstudio.api.token import TokenError, build_rtc_token

    certificate = args.app_certificate or os.environ.get(ENV_APP_CERTIFICATE, "")
    if not certificate:
        print(f"error: pass --app-certificate or set ${ENV_APP_CERTIFICATE}", file=sys.stderr)
        return EXIT_INPUT
    try:
        token = build_rtc_token(
            args.app_id, certificate, args.channel, args.uid,
            token_expire=args.expire, privilege_expire=args.expire,
        )  # fmt: skip
    except (TokenError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(token)
    return EXIT_OK
