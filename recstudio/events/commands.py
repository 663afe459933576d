"""``recstudio events listen|import|show`` and ``recstudio doctor``.

Handlers import their modules lazily so ``recstudio --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recstudio.events.receiver import EventReceiver

DEFAULT_PORT = 8791
SECRET_ENV = "RECSTUDIO_NCS_SECRET"


def register(subparsers: Any) -> None:
    events = subparsers.add_parser(
        "events",
        help="receive, import and show Agora Notification Center (NCS) events",
        description="Agora's NCS webhooks for Cloud Recording, kept in the ledger database.",
    )
    sub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    listen = sub.add_parser("listen", help="run an HTTP receiver for NCS events")
    listen.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    listen.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (0 = any)")
    listen.add_argument(
        "--secret",
        default=None,
        help=f"the NCS secret from Agora Console (or set {SECRET_ENV}); without it "
        "signatures cannot be checked and events are marked 'unchecked'",
    )
    listen.add_argument("--db", type=Path, default=None, help="database (default: the ledger's)")
    listen.set_defaults(func=_cmd_listen)

    imp = sub.add_parser("import", help="import events from a file of JSON payloads")
    imp.add_argument("file", type=Path, help="a JSON array, one envelope, or JSON lines")
    imp.add_argument("--db", type=Path, default=None)
    imp.set_defaults(func=_cmd_import)

    show = sub.add_parser("show", help="one recording's timeline: requests, statuses, events")
    show.add_argument("sid")
    show.add_argument("--db", type=Path, default=None)
    show.add_argument("--json", action="store_true", help="print the timeline as JSON")
    show.set_defaults(func=_cmd_show)

    doctor = subparsers.add_parser(
        "doctor",
        help="explain why a recording stopped or recorded nothing",
        description="Names the likely cause from the ledger, request log, events and token.",
    )
    doctor.add_argument("sid", help="the sid (or, if start failed, the ledger id / resourceId)")
    doctor.add_argument("--db", type=Path, default=None)
    doctor.add_argument(
        "--project", type=Path, default=None,
        help="the project (keys from the keyring) or start body that started it: its "
        "storageConfig is checked with a probe upload when it names the recording's bucket",
    )  # fmt: skip
    doctor.add_argument("--mode", choices=["individual", "mix", "web", "raw"], default=None)
    doctor.add_argument(
        "--endpoint-url", default=None, metavar="URL",
        help="talk to this S3/Azure URL instead of the vendor's host (a local test server)",
    )  # fmt: skip
    doctor.add_argument("--no-storage-check", action="store_true",
                        help="do not write the pre-flight probe to the bucket")  # fmt: skip
    doctor.add_argument("--token", default=None, help="the RTC token used (else the project's)")
    doctor.add_argument("--bundle", type=Path, default=None, help="write a support bundle zip")
    doctor.add_argument("--json", action="store_true")
    doctor.set_defaults(func=_cmd_doctor)


def _store(db: Path | None) -> Any:
    from recstudio.events.store import EventStore

    return EventStore(db)


def _cmd_listen(
    args: argparse.Namespace,
    *,
    stop: threading.Event | None = None,
    on_ready: Callable[[EventReceiver], None] | None = None,
) -> int:
    from recstudio.emulator.commands import is_loopback
    from recstudio.events.receiver import EventReceiver

    secret = args.secret or os.environ.get(SECRET_ENV) or None
    store = _store(args.db)
    try:
        receiver = EventReceiver(
            store,
            host=args.host,
            port=args.port,
            secret=secret,
            on_event=lambda kept: print(_line(kept), flush=True),
        )
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc} (try --port 0)", file=sys.stderr)
        return 2
    receiver.start()
    print(f"receiving NCS events on {receiver.url} — stored in {store.path}")
    if not is_loopback(args.host):
        print("warning: listening beyond loopback; anyone who can reach it can post events")
    if secret is None:
        print("no --secret: signatures are not checked (events marked 'unchecked')")
    print("press Ctrl-C to stop", flush=True)
    if on_ready is not None:
        on_ready(receiver)
    waiter = stop or threading.Event()
    try:
        while not waiter.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        receiver.stop()
        store.close()
    print("receiver stopped", flush=True)
    return 0


def _line(kept: Any) -> str:
    if kept.event is None:
        return f"[{kept.verdict.value}] malformed: {kept.error}"
    event = kept.event
    dup = " (duplicate)" if kept.duplicate else ""
    return f"[{kept.verdict.value}] sid {event.sid or '?'} #{event.sequence}: {event.meaning}{dup}"


def _cmd_import(args: argparse.Namespace) -> int:
    from recstudio.events.receiver import import_payloads

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    with _store(args.db) as store:
        kept = import_payloads(store, text)
    for item in kept:
        print(_line(item))
    bad = sum(1 for item in kept if item.event is None)
    print(f"imported {len(kept) - bad} event(s), {bad} malformed, into {store.path}")
    return 1 if bad and bad == len(kept) else 0


def _cmd_show(args: argparse.Namespace) -> int:
    from recstudio.events.timeline import build_timeline, render_text

    with _store(args.db) as store:
        timeline = build_timeline(args.sid, store, _ledger_entry(args.sid))
    if args.json:
        import json

        print(json.dumps([item.to_json() for item in timeline], indent=2, ensure_ascii=False))
    elif not timeline:
        print(f"nothing is known about sid {args.sid} (no request, status or event)")
        return 1
    else:
        print(render_text(timeline))
    return 0


def _ledger_entry(key: str) -> Any:
    """The ledger's entry for a sid (or, for a start that failed before any sid existed, a
    ledger id or resourceId); None when there is none or the ledger cannot be read."""
    try:
        from recstudio.api.ledger import Ledger

        ledger = Ledger()
        found = ledger.find_sid(key) or ledger.get(key)
        if found is None:
            found = next((e for e in ledger.entries() if e.resource_id == key), None)
        return found
    except Exception as exc:  # a broken ledger must not hide the events
        print(f"note: the ledger could not be read ({exc})", file=sys.stderr)
        return None


def _cmd_doctor(args: argparse.Namespace) -> int:
    from recstudio.events.doctor import DoctorInput, diagnose, render_diagnosis, write_bundle

    project = storage_config = token = None
    if args.project is not None:
        from recstudio.storage.source import SourceError, load_source

        try:
            source = load_source(str(args.project), args.mode)
        except SourceError as exc:
            print(f"cannot read the project {args.project}: {exc}", file=sys.stderr)
            return 2
        project, storage_config = source.project, source.storage_config
        candidate = source.start.get("token")  # a start body given instead of a project
        token = candidate if isinstance(candidate, str) and candidate.startswith("007") else None
    with _store(args.db) as store:
        facts = DoctorInput.gather(
            args.sid, store, _ledger_entry(args.sid), project=project,
            token=args.token or token,
        )  # fmt: skip
    if not args.no_storage_check:
        facts.check_storage(storage_config, endpoint_url=args.endpoint_url)
    diagnosis = diagnose(facts)
    if args.json:
        import json

        print(json.dumps(diagnosis.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_diagnosis(diagnosis))
    if args.bundle is not None:
        write_bundle(args.bundle, facts, diagnosis)
        print(f"support bundle written to {args.bundle}")
    return 0
