"""``recstudio storage check``, ``recstudio record verify`` (registered under ``record``
by api/commands.py) and ``recstudio files fetch``: storage questions answered from a shell.

Exit codes follow ``validate``: 0 fine, 1 the check/verdict failed, 2 bad input.
Heavy imports (boto3, azure, av) happen inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
_MODES = ["individual", "mix", "web", "raw"]  # recstudio.model.enums.Mode


def register(subparsers: Any) -> None:
    storage = subparsers.add_parser(
        "storage",
        help="check that Agora can upload to the project's bucket",
        description="Talk to the storageConfig's bucket with its own keys.",
    )
    sub = storage.add_subparsers(dest="storage_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check",
        help="pre-flight: write, read back and delete a probe under fileNamePrefix",
        description=(
            "Write a small probe object under the fileNamePrefix path with the body's keys, "
            "read it back and delete it if the key allows (a write-only key passes). Exit 0: "
            "Agora can upload; 1: a check failed (the line names the field to fix); 2: FILE "
            "cannot be read."
        ),
    )
    check.add_argument("file", metavar="FILE", help="project (.recstudio.json) or start body")
    check.add_argument("--mode", choices=_MODES, default=None)
    _add_endpoint_url(check)
    check.set_defaults(func=_cmd_check)
    add_files_commands(subparsers)


def _add_endpoint_url(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--endpoint-url",
        default=None,
        metavar="URL",
        help="talk to this S3/Azure URL instead of the vendor's host (a local test server)",
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from recstudio.storage.preflight import run_preflight
    from recstudio.storage.source import SourceError, load_source

    try:
        source = load_source(args.file, args.mode)
    except SourceError as exc:
        print(f"recstudio: {exc}", file=sys.stderr)
        return EXIT_INPUT
    report = run_preflight(
        source.storage_config,
        acquire_region=source.acquire_region,
        endpoint_url=args.endpoint_url,
    )
    print(report.text())
    return EXIT_OK if report.ok else EXIT_FAILED


# -- record verify ---------------------------------------------------------------------


def add_record_verify(record_subparsers: Any) -> None:
    """``record verify SID`` (registered by ``recstudio.api.commands``, under ``record``)."""
    verify = record_subparsers.add_parser(
        "verify",
        help="delivery receipt: did the recording's files land in the bucket, playable?",
        description=(
            "List the objects with the sid under fileNamePrefix, compare them with the file "
            "list stop/query returned (from the ledger), parse every .m3u8 and give a "
            "verdict: complete, still arriving, incomplete (what is missing) or not found "
            "(likely causes). The receipt is kept in the ledger database. Exit 0 complete, "
            "1 otherwise, 2 bad input."
        ),
    )
    verify.add_argument("sid", metavar="SID")
    _add_storage_source(verify)
    verify.add_argument("--json", action="store_true", help="print the receipt as JSON")
    verify.set_defaults(func=_cmd_verify)


def _add_storage_source(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--project",
        required=True,
        metavar="FILE",
        help="project or start body with the recording's storageConfig (the ledger never "
        "holds storage keys)",
    )
    p.add_argument("--mode", choices=_MODES, default=None)
    _add_endpoint_url(p)


def _open_target(args: argparse.Namespace) -> Any:
    """(target, bucket) for ``--project``; raises _InputError / StorageError."""
    from recstudio.storage.opener import open_bucket
    from recstudio.storage.source import SourceError, load_source
    from recstudio.storage.target import StorageConfigError, target_from_config

    try:
        source = load_source(args.project, args.mode)
        target = target_from_config(source.storage_config)
    except (SourceError, StorageConfigError) as exc:
        raise _InputError(str(exc)) from None
    return target, open_bucket(target, endpoint_url=args.endpoint_url)


class _InputError(Exception):
    pass


def _with_bucket(args: argparse.Namespace, work: Callable[[Any, Any], int]) -> int:
    """Open ``--project``'s bucket, run ``work(target, bucket)``, map failures to exits."""
    from recstudio.storage.errors import StorageError

    try:
        target, bucket = _open_target(args)
    except _InputError as exc:
        print(f"recstudio: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except StorageError as exc:
        return _storage_failure(exc)
    try:
        return work(target, bucket)
    except StorageError as exc:
        return _storage_failure(exc)
    finally:
        bucket.close()


def _cmd_verify(args: argparse.Namespace) -> int:
    import json

    from recstudio.storage.errors import StorageError
    from recstudio.storage.source import SourceError, load_source
    from recstudio.storage.target import StorageConfigError
    from recstudio.storage.verify import verify_recording

    try:
        source = load_source(args.project, args.mode)
        receipt = verify_recording(source.storage_config, args.sid, endpoint_url=args.endpoint_url)
    except (SourceError, StorageConfigError) as exc:
        print(f"recstudio: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except StorageError as exc:
        return _storage_failure(exc)
    print(json.dumps(receipt.to_json(), ensure_ascii=False) if args.json else receipt.text())
    return EXIT_OK if receipt.ok else EXIT_FAILED


def _storage_failure(exc: Any) -> int:
    where = f" (fix {exc.field})" if exc.field else ""
    print(f"storage: {exc.message}{where}", file=sys.stderr)
    return EXIT_FAILED


def note_stop(sid: str | None, uploading_status: str | None, files: list[Any]) -> None:
    """Keep stop's uploadingStatus for the receipt (called by ``record stop``)."""
    if not sid:
        return
    from recstudio.storage.receipt_store import ReceiptStore

    ReceiptStore().note_stop(sid, uploading_status, files)


# -- files fetch -----------------------------------------------------------------------


def add_files_commands(subparsers: Any) -> None:
    files = subparsers.add_parser(
        "files",
        help="fetch a recording's files and make one playable MP4 (the file doctor)",
        description="Download and repair recordings without Agora's Python 2 merge script.",
    )
    sub = files.add_subparsers(dest="files_command", metavar="ACTION", required=True)
    fetch = sub.add_parser(
        "fetch",
        help="download every object with the sid; --mp4 remuxes HLS into MP4",
        description=(
            "Download the recording's objects from the bucket (progress on stderr, Ctrl-C "
            "cancels without leaving half files). --mp4 turns HLS into one MP4 by copying "
            "the streams (no re-encode): failover pieces are stitched in time order and an "
            "individual recording's audio and video are merged per uid. Exit 0 done, 1 "
            "storage or media problem, 2 bad input."
        ),
    )
    fetch.add_argument("sid", metavar="SID")
    _add_storage_source(fetch)
    fetch.add_argument("--to", default=None, metavar="DIR", help="default: ./<sid>")
    fetch.add_argument("--mp4", action="store_true", help="remux HLS into MP4")
    fetch.add_argument("--open", action="store_true", help="open the MP4 in the system player")
    fetch.set_defaults(func=_cmd_fetch)


def _cmd_fetch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recstudio.storage.doctor import FetchResult, fetch_recording

    dest = Path(args.to) if args.to else Path.cwd() / args.sid
    shown = {"last": -1}

    def progress(done: int, total: int) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != shown["last"] and (percent % 10 == 0 or done == total):
            shown["last"] = percent
            print(f"downloading: {percent}% ({done} of {total} bytes)", file=sys.stderr)

    fetched: list[FetchResult] = []

    def work(target: Any, bucket: Any) -> int:
        fetched.append(fetch_recording(bucket, target, args.sid, dest, progress=progress))
        if not fetched[0].downloaded:
            where = target.prefix_path or "(bucket root)"
            print(f"no object with {args.sid} under {where}")
            return EXIT_FAILED
        return EXIT_OK

    code = _with_bucket(args, work)
    if code != EXIT_OK:
        return code
    print(f"{len(fetched[0].downloaded)} file(s), {fetched[0].bytes} bytes in {dest}")
    return _make_mp4(args, dest) if args.mp4 else EXIT_OK


def _make_mp4(args: argparse.Namespace, dest: Any) -> int:
    from recstudio.storage.doctor import make_mp4, open_in_player
    from recstudio.storage.remux import RemuxError

    try:
        doctored = make_mp4(dest, args.sid)
    except RemuxError as exc:
        print(f"mp4: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for note in doctored.notes:
        print(f"note: {note}")
    for output in doctored.outputs:
        print(f"mp4: {output.path} ({output.duration_s:.1f} s, {'+'.join(output.streams)})")
        if args.open:
            open_in_player(output.path)
    return EXIT_OK
