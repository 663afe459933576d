"""Reading versioned settings files without ever crashing on a bad one.

A settings file is a JSON object with a ``format_version``. A file that cannot be read or
does not validate is renamed to ``<name>.bak`` (so nothing the user had is lost and the next
save does not overwrite it) and the caller falls back to defaults.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recstudio.model.atomic import atomic_write_text

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    #: The JSON object, or None when the file is missing or unreadable.
    data: dict[str, Any] | None
    #: Why the file could not be used as is ("" when it could).
    problem: str = ""


def read_document(path: Path) -> LoadedDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedDocument(None)
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedDocument(None, f"cannot read {path.name}: {exc}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return LoadedDocument(None, f"{path.name} is not valid JSON ({exc})")
    if not isinstance(data, dict):
        return LoadedDocument(None, f"{path.name} does not hold a JSON object")
    return LoadedDocument(data)


def keep_as_backup(path: Path, problem: str) -> Path | None:
    """Move a broken settings file aside as ``<name>.bak``; None if that was impossible."""
    backup = path.with_name(path.name + ".bak")
    try:
        os.replace(path, backup)
    except OSError as exc:
        log.warning(
            "Settings file %s is unusable (%s) and could not be backed up: %s", path, problem, exc
        )
        return None
    log.warning(
        "Settings file %s is unusable (%s); kept it as %s and used defaults", path, problem, backup
    )
    return backup


def write_document(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
