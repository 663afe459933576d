"""What the pre-flight check, the receipt and the file doctor need from a bucket.

Two implementations: :mod:`recstudio.storage.s3` (boto3, every S3-compatible vendor) and
:mod:`recstudio.storage.azure` (azure-storage-blob).
:func:`~recstudio.storage.opener.open_bucket` picks one by vendor and imports its SDK only
then, so the GUI never pays for boto3 at launch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Protocol

from recstudio.storage.target import StorageTarget

#: ``progress(done_bytes, total_bytes)``; total may be 0 when the vendor gave no size.
Progress = Callable[[int, int], None]

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
#: Attempts per call including the first: a flaky network gets a second chance, a wrong
#: key does not make the user wait through ten.
MAX_ATTEMPTS = 3
CHUNK = 256 * 1024


@dataclass(frozen=True, slots=True)
class ObjectInfo:
    key: str
    size: int
    modified: float | None = None


class Bucket(Protocol):
    target: StorageTarget
    #: the server's clock (Unix s) from the last response's Date header, None if unseen
    last_server_time: float | None
    last_local_time: float | None

    def put(self, key: str, data: bytes) -> None: ...
    def upload_file(self, key: str, path: Path) -> None: ...
    def get(self, key: str) -> bytes: ...
    def delete(self, key: str) -> None: ...
    def list(self, prefix: str) -> list[ObjectInfo]: ...
    def bucket_region(self) -> str | None: ...
    def download(
        self,
        key: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int: ...
    def close(self) -> None: ...


class ServerClock:
    """The server's clock from the last reply's ``Date`` header, and ours at that moment:
    the pre-flight compares them (signed requests fail beyond 15 min of skew)."""

    last_server_time: float | None = None
    last_local_time: float | None = None

    def note_date(self, date: str | None) -> None:
        if not date:
            return
        try:
            self.last_server_time = parsedate_to_datetime(date).timestamp()
            self.last_local_time = time.time()
        except (TypeError, ValueError):
            pass


def write_chunks(
    chunks: Iterable[bytes],
    dest: Path,
    *,
    label: str,
    total: int,
    progress: Progress | None,
    cancel: threading.Event | None,
    classify: Callable[[BaseException], Exception],
) -> int:
    """Stream ``chunks`` into ``dest`` through a ``.part`` file so a cancelled or broken
    download never leaves a file that looks complete; returns the bytes written."""
    from recstudio.storage.errors import StorageError

    part = dest.with_name(dest.name + ".part")
    done = 0
    try:
        with open(part, "wb") as out:
            for chunk in chunks:
                if cancel is not None and cancel.is_set():
                    raise StorageError("cancelled", f"download of {label} cancelled")
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        part.replace(dest)
    except StorageError:
        part.unlink(missing_ok=True)
        raise
    except Exception as exc:
        part.unlink(missing_ok=True)
        raise classify(exc) from None
    except BaseException:  # Ctrl-C: leave no half file behind either
        part.unlink(missing_ok=True)
        raise
    return done
