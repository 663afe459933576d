"""User preferences: small, versioned, written atomically, and never a reason to crash.

A preferences file that is unreadable or partly invalid must not stop the app from
starting: valid fields are kept, the rest fall back to defaults, and the original file is
kept as ``preferences.json.bak`` for the user (or a bug report).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from recstudio.settings.documents import keep_as_backup, read_document, write_document

log = logging.getLogger(__name__)

PREFERENCES_FORMAT_VERSION = 1
PREFERENCES_FILE = "preferences.json"
MAX_RECENT_FILES = 10

#: reference §10 #1: the emitted blacklist key spelling is a setting; ``unSubscribe…`` is the
#: historically working default.
UnsubscribeSpelling = Literal["unSubscribe", "unsubscribe"]
Theme = Literal["auto", "light", "dark"]
#: the window's language (issue 17): "system" follows the locale; read at launch only
Language = Literal["system", "en", "zh_CN"]


class Preferences(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    format_version: int = PREFERENCES_FORMAT_VERSION
    recent_files: list[str] = Field(default_factory=list)
    last_project_path: str | None = None
    unsubscribe_spelling: UnsubscribeSpelling = "unSubscribe"
    presenter_mode: bool = False
    #: Canvas snap grid in output pixels.
    snap_grid_size: int = Field(default=16, ge=1, le=1000)
    theme: Theme = "auto"
    language: Language = "system"
    #: Replacements for the cost meter's price list (recstudio.render.cost.with_prices):
    #: ``{"recording": {"hd": 6.5}, "web": {...}, "free_minutes": 10000, "date": "…",
    #: "source": "…"}``; empty = the prices shipped with recstudio.
    cost_prices: dict[str, Any] = Field(default_factory=dict)
    #: the workspace the window showed last, and each workspace's dock arrangement
    #: (``QMainWindow.saveState`` as base64; see settings/workspaces.py)
    workspace: str | None = None
    workspace_states: dict[str, str] = Field(default_factory=dict)

    @field_validator("recent_files")
    @classmethod
    def _dedupe_and_trim(cls, value: list[str]) -> list[str]:
        unique = list(dict.fromkeys(item for item in value if item))
        return unique[:MAX_RECENT_FILES]

    def with_recent_file(self, path: str | Path) -> Preferences:
        """Copy with ``path`` moved to the front of the recent list (and as last project)."""
        entry = str(path)
        recent = [entry, *(item for item in self.recent_files if item != entry)]
        return self.model_copy(
            update={
                "recent_files": recent[:MAX_RECENT_FILES],
                "last_project_path": entry,
            }
        )


def preferences_path() -> Path:
    from recstudio.settings.paths import config_dir

    return config_dir() / PREFERENCES_FILE


def load_preferences(path: Path | None = None) -> Preferences:
    """Preferences from disk; defaults (plus a ``.bak`` of the bad file) when it is broken."""
    path = path if path is not None else preferences_path()
    loaded = read_document(path)
    if loaded.data is None:
        if loaded.problem:
            keep_as_backup(path, loaded.problem)
        return Preferences()
    preferences, problem = _salvage(loaded.data)
    if problem:
        keep_as_backup(path, problem)
    return preferences


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    path = path if path is not None else preferences_path()
    data = preferences.model_dump(mode="json")
    data["format_version"] = PREFERENCES_FORMAT_VERSION
    write_document(path, data)


def _salvage(data: dict[str, Any]) -> tuple[Preferences, str]:
    """Validate; on errors drop the offending top-level fields and keep the rest."""
    version = data.get("format_version")
    if version != PREFERENCES_FORMAT_VERSION:
        problem = f"unknown format_version {version!r}"
    else:
        try:
            return Preferences.model_validate(data), ""
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            problem = "invalid " + ", ".join(sorted(bad))
    known = {key: value for key, value in data.items() if key in Preferences.model_fields}
    known["format_version"] = PREFERENCES_FORMAT_VERSION
    while True:
        try:
            return Preferences.model_validate(known), problem
        except ValidationError as exc:
            bad_fields = {error["loc"][0] for error in exc.errors() if error["loc"]}
            if not bad_fields or not bad_fields & known.keys():
                return Preferences(), problem
            for name in bad_fields:
                known.pop(str(name), None)
