"""``recstudio emulator``: run the Sandbox until Ctrl-C.

Loopback only by default: the Sandbox speaks plain HTTP with Basic auth and a publicly
known default secret, so on a network interface anyone could drive it and any real
credentials typed into a client would cross the network in clear text. ``--allow-remote``
exists for containers/VMs where the client really is elsewhere.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recstudio.emulator.server import SandboxServer

DEFAULT_PORT = 8790
DEFAULT_CUSTOMER_ID = "sandbox"
DEFAULT_CUSTOMER_SECRET = "sandbox"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "emulator",
        help="run the Sandbox, a local Cloud Recording server (no Agora account needed)",
        description=(
            "Serve Agora's Cloud Recording routes on loopback with the same auth, state "
            "machine, error codes and switchable faults. Admin routes under /_sandbox/."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any)"
    )
    parser.add_argument("--customer-id", default=DEFAULT_CUSTOMER_ID)
    parser.add_argument("--customer-secret", default=None, help="default: sandbox")
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=10.0,
        help="requests per second before 429 (0 disables; Agora: 10)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (plain HTTP, public default secret: trusted nets only)",
    )
    parser.add_argument(
        "--media",
        choices=["on", "off"],
        default="on",
        help="on: finished mix/individual tasks write real HLS/MP4 (default); off: metadata only",
    )
    parser.add_argument(
        "--media-dir",
        default=None,
        help="Sandbox storage folder (default: sandbox-storage under the data directory)",
    )
    parser.add_argument(
        "--notify",
        metavar="URL",
        default=None,
        help="send signed NCS events of every recording to this URL (test your webhook)",
    )
    parser.add_argument(
        "--notify-secret",
        metavar="S",
        default=None,
        help="secret for the Agora-Signature headers (default: the NCS secret env "
        "RECSTUDIO_NCS_SECRET, else unsigned)",
    )
    parser.set_defaults(func=run_emulator)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_emulator(
    args: argparse.Namespace,
    *,
    stop: threading.Event | None = None,
    on_ready: Callable[[SandboxServer], None] | None = None,
) -> int:
    """Serve until Ctrl-C (or ``stop`` is set, for tests); the exit code."""
    from recstudio.emulator.server import SandboxServer

    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"refusing to listen on {args.host}: the Sandbox is plain HTTP with a known "
            "default secret; pass --allow-remote on a trusted network",
            file=sys.stderr,
        )
        return 2
    secret = args.customer_secret or DEFAULT_CUSTOMER_SECRET
    media_dir = None
    if getattr(args, "media", "off") == "on":
        from pathlib import Path

        from recstudio.settings.paths import data_dir

        media_dir = Path(args.media_dir) if args.media_dir else data_dir() / "sandbox-storage"
    try:
        server = SandboxServer(
            host=args.host,
            port=args.port,
            customer_id=args.customer_id,
            customer_secret=secret,
            rate_limit=args.rate_limit or None,
            media_dir=media_dir,
        )
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc} (try --port 0)", file=sys.stderr)
        return 2
    # The default secret is public, so show it for curl; a user-chosen one stays private.
    shown = secret if args.customer_secret is None else "<as given with --customer-secret>"
    notify = getattr(args, "notify", None)
    if notify:
        import os

        notify_secret = args.notify_secret or os.environ.get("RECSTUDIO_NCS_SECRET") or None
        try:
            server.notify(notify, notify_secret)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            server.stop()
            return 2
    server.start()
    waiter = stop or threading.Event()
    # Ctrl-C counts from the moment the server listens: a user (or a script) who presses
    # it right after the first line must get a clean stop, not a traceback and a server
    # thread left behind (a loaded machine can still be printing the hints then).
    try:
        print(f"Sandbox listening on {server.base_url} — customer ID {args.customer_id}")
        if notify:
            signed = "signed" if server.notifier and server.notifier._secret else "UNSIGNED"
            print(f"sending {signed} NCS events to {notify}")
        print(f"customer secret: {shown}")
        if media_dir is not None:
            print(f"recordings write real media to {media_dir} (--media off: metadata only)")
        print(f"try: curl -u {args.customer_id}:{shown} {server.base_url}/_sandbox/state")
        print("press Ctrl-C to stop", flush=True)
        if on_ready is not None:
            on_ready(server)
        while not waiter.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped", flush=True)
    return 0
