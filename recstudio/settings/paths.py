"""Where recstudio keeps its files, in one place so tests and portable installs can move it.

``RECSTUDIO_HOME`` puts every kind of directory below one root (tests set it per test; a
portable install can set it next to the executable). Otherwise the platform's conventions
apply via platformdirs, so Linux gets XDG paths and Windows/macOS their usual folders.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs

APP_NAME = "recstudio"
HOME_ENV = "RECSTUDIO_HOME"

Kind = Literal["config", "data", "state", "cache"]


def home() -> Path | None:
    """The override root, or None when platform directories apply."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _platform_dir(kind: Kind) -> Path:
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "state":
        return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_dir(kind: Kind) -> Path:
    """Directory of ``kind``, created on first use (owner-only where the OS honours modes)."""
    root = home()
    path = root / kind if root is not None else _platform_dir(kind)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Profiles and preferences."""
    return user_dir("config")


def data_dir() -> Path:
    """What the user must never lose: the recordings ledger, autosaves."""
    return user_dir("data")


def state_dir() -> Path:
    """State that must survive restarts but is not a document (autosave metadata)."""
    return user_dir("state")


def cache_dir() -> Path:
    """Anything that can be thrown away."""
    return user_dir("cache")
