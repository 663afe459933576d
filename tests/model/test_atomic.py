from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from recstudio.model import atomic
from recstudio.model.atomic import StorageWriteError, atomic_write_bytes, atomic_write_text


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces_without_leaving_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "prefs.json"
    atomic_write_text(target, "first")
    atomic_write_text(target, "second ✓")
    assert target.read_text(encoding="utf-8") == "second ✓"
    atomic_write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert _leftovers(tmp_path) == []


def test_missing_parent_directories_are_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.txt"
    atomic_write_text(target, "x")
    assert target.read_text() == "x"


def test_private_files_are_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "ledger.json"
    atomic_write_text(target, "{}", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "project.recstudio.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_files_follow_the_umask_not_mkstemp(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "shared.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "shared.json").stat().st_mode) == 0o644


def test_full_disk_at_replace_keeps_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "profiles.json"
    target.write_text("old content")

    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", no_space)
    with pytest.raises(StorageWriteError) as caught:
        atomic_write_text(target, "new content")
    assert target.read_text() == "old content"
    assert _leftovers(tmp_path) == []
    message = str(caught.value)
    assert str(target) in message
    assert "disk is full" in message
    assert "previous version was left unchanged" in message
    assert caught.value.path == target
    assert caught.value.cause.errno == errno.ENOSPC


def test_full_disk_while_syncing_keeps_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "preferences.json"
    target.write_text("old")

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(StorageWriteError, match="disk is full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_unwritable_location_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory should be")
    with pytest.raises(StorageWriteError) as caught:
        atomic_write_text(blocker / "prefs.json", "x")
    assert str(blocker / "prefs.json") in str(caught.value)
    assert blocker.read_text() == "a file where a directory should be"


def test_storage_error_is_an_oserror() -> None:
    # Callers that already handle OSError keep working.
    assert issubclass(StorageWriteError, OSError)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_causes_are_described_plainly(code: int, words: str, tmp_path: Path) -> None:
    error = StorageWriteError(tmp_path / "f", OSError(code, os.strerror(code)))
    assert words in str(error)


_SAVE_UNDER_LIMIT = """
import resource, sys
from recstudio.model.atomic import StorageWriteError
from recstudio.model.project import new_project, save_project
project = new_project()
project.name = "x" * 50_000  # far larger than the limit below
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
try:
    save_project(project, sys.argv[1])
except StorageWriteError as exc:
    print("REFUSED", exc)
else:
    print("SAVED")
"""


def test_file_size_limit_keeps_the_old_project(tmp_path: Path) -> None:
    """A real short write (RLIMIT_FSIZE, what ``ulimit -f`` sets) in a child process: the
    save is refused with a clear sentence, the previous file is intact, no temp is left."""
    import subprocess
    import sys

    pytest.importorskip("resource")
    target = tmp_path / "show.recstudio.json"
    target.write_text('{"old": "content"}\n')
    child = subprocess.run(
        [sys.executable, "-c", _SAVE_UNDER_LIMIT, str(target)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("REFUSED Could not save"), child.stdout
    assert "size limit" in child.stdout and "left unchanged" in child.stdout
    assert target.read_text() == '{"old": "content"}\n'
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
