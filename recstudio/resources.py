"""Find the app's resource files (icons, application icon, example projects) wherever it runs.

House rule 6: resources are plain files behind one lookup that raises on unknown names, so a
misspelt or missing icon fails loudly in a test instead of showing a blank button. Qt-free on
purpose: the CLI, tests and the packaging scripts use it without importing PySide6.

The same ``resources/`` tree lives in three places:

* a PyInstaller app: ``<sys._MEIPASS>/resources`` (the spec copies it there);
* an installed wheel: ``recstudio/_resources`` inside the package (package-data);
* a source checkout (editable install included): ``recstudio/_resources`` is a symlink to
  the top-level ``resources/``; where symlinks did not survive the checkout (Windows), the
  top-level folder is used directly.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> Iterator[Path]:
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        yield Path(frozen_base) / "resources"
    yield _PACKAGE_DIR / "_resources"
    yield _PACKAGE_DIR.parent / "resources"


@cache
def resource_root() -> Path:
    """The folder that holds ``icons/``, ``examples/`` and ``recstudio.svg``."""
    for root in _candidate_roots():
        # a broken symlink or a Windows text-file "symlink" is not a directory
        if (root / "icons").is_dir():
            return root
    tried = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(f"recstudio resources are missing; looked in: {tried}")


def _normalise(name: str) -> PurePosixPath:
    rel = PurePosixPath(name.replace("\\", "/"))
    if not name or rel.is_absolute() or ".." in rel.parts:
        raise KeyError(f"invalid resource name {name!r}: use a relative path like 'icons/new.svg'")
    return rel


def resource_path(name: str) -> Path:
    """Absolute path of the resource ``name`` (a ``/``-separated path below ``resources/``).

    Raises ``KeyError`` naming the file and the folder it should be in, and listing what
    that folder does contain, so a typo is obvious from the message alone.
    """
    rel = _normalise(name)
    root = resource_root()
    path = root.joinpath(*rel.parts)
    if path.is_file():
        return path
    folder = path.parent
    known = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    hint = (
        f"; {folder.relative_to(root).as_posix() or '.'}/ holds: {', '.join(known)}"
        if known
        else ""
    )
    raise KeyError(f"unknown resource {name!r}: no file {path}{hint}")


def resource_names(folder: str, suffix: str = "") -> list[str]:
    """Names (``folder/file``) of the files in one resource folder, sorted, for listings
    such as the examples menu; an unknown folder raises ``KeyError`` like a file would."""
    rel = _normalise(folder)
    directory = resource_root().joinpath(*rel.parts)
    if not directory.is_dir():
        raise KeyError(f"unknown resource folder {folder!r}: no folder {directory}")
    return sorted(
        f"{rel.as_posix()}/{p.name}"
        for p in directory.iterdir()
        if p.is_file() and p.name.endswith(suffix)
    )


def example_paths() -> list[Path]:
    """The example projects shipped with the app (File ▸ Open example, README, tests)."""
    return [resource_path(n) for n in resource_names("examples", ".recstudio.json")]
