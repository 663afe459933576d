"""Crash-safe file replacement: a reader sees the old file or the new one, never a torn one.

It lives in ``model`` (not ``settings``, where design.md first put it) because saving a
Project needs it and the dependency direction is ``settings → model``, never back.

Settings, the ledger and autosaves all go through here (house style 7). Recipe from
ecosystem-reliability §6.1: temp file in the same directory → write → flush → fsync →
``os.replace`` → fsync the directory (POSIX), so the rename itself is durable. Any failure
(typically a full disk) removes the temp file, leaves the old file untouched and raises
:class:`StorageWriteError` with a sentence a user can act on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

#: Owner read/write only: for files that hold anything a user would not want shared.
PRIVATE_MODE = 0o600

#: On Windows ``os.replace`` fails while another process (antivirus, indexer) holds the
#: target open; a few short retries ride that out (ecosystem-reliability §6.1).
_WINDOWS_REPLACE_ATTEMPTS = 5
_WINDOWS_REPLACE_DELAY = 0.05

_umask_lock = threading.Lock()


class StorageWriteError(OSError):
    """A file could not be saved; the previous content is still in place."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        super().__init__(
            f"Could not save {path}: {describe_os_error(cause)}. The previous version was left "
            "unchanged."
        )


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    private: bool = False,
    encoding: str = "utf-8",
) -> None:
    """Replace ``path`` with ``text``; ``private=True`` makes the file owner-only (0600)."""
    atomic_write_bytes(path, text.encode(encoding), private=private)


def atomic_write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    private: bool = False,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Replace ``path`` with ``data`` atomically and durably, or raise StorageWriteError."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = PRIVATE_MODE if private else _mode_for(target)
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise StorageWriteError(target, exc) from exc

    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            # Belt and braces: a short write must never be renamed over the good file.
            if os.fstat(handle.fileno()).st_size != len(data):
                raise OSError(errno.ENOSPC, "short write", str(temp))
        if os.name != "nt":
            os.chmod(temp, mode)
        _replace(temp, target, sleep)
    except OSError as exc:
        _discard(temp)
        raise StorageWriteError(target, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    _fsync_directory(target.parent)


def _replace(temp: Path, target: Path, sleep: Callable[[float], None]) -> None:
    attempts = _WINDOWS_REPLACE_ATTEMPTS if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            sleep(_WINDOWS_REPLACE_DELAY * (attempt + 1))


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual umask-derived mode.

    ``mkstemp`` always creates 0600, which would silently make every saved project
    unreadable to the user's group; only files asked to be private should be.
    """
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_current_umask()


def _current_umask() -> int:
    # os.umask can only be read by setting it; the lock keeps our own threads consistent.
    with _umask_lock:
        current = os.umask(0o077)
        os.umask(current)
    return current


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories; the data itself is synced
    finally:
        os.close(dir_fd)


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def describe_os_error(cause: OSError) -> str:
    """The cause of a failed write in words a user can act on (the ledger uses it too)."""
    code = cause.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if code == errno.EFBIG:
        return "the file would exceed the size limit for files (ulimit -f)"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if code == errno.EROFS:
        return "the disk is read-only"
    return cause.strerror or str(cause) or type(cause).__name__
