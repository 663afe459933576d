"""FILE as ``validate`` and ``record start`` read it: a project (secrets from the keyring)
or a start body (keys in the body). The storage commands need the start body's
storageConfig and, for the geography check, acquire's ``region``."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recstudio.model.enums import Endpoint, Mode


class SourceError(ValueError):
    """FILE cannot be read or is not a project/start body (exit 2)."""


@dataclass
class Source:
    start: dict[str, Any]
    acquire: dict[str, Any]
    mode: Mode
    project: Any  # Project | None

    @property
    def storage_config(self) -> Any:
        request = self.start.get("clientRequest")
        return request.get("storageConfig") if isinstance(request, dict) else None

    @property
    def acquire_region(self) -> str | None:
        request = self.acquire.get("clientRequest")
        region = request.get("region") if isinstance(request, dict) else None
        return region if isinstance(region, str) and region else None


def load_source(path: str, mode: str | None = None) -> Source:
    """Read FILE ('-' is stdin); a project's secrets come from the keyring."""
    from recstudio.model.generate import generate_body
    from recstudio.model.importing import body_from_text, import_document

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read {path}: {exc}") from None
    try:
        is_project = isinstance(data := json.loads(text), dict) and "format_version" in data
    except ValueError:
        is_project = False
    try:
        imported = import_document(text, endpoint=None if is_project else "start", mode=mode)
        project = imported.project
        if mode:
            project.mode = Mode(mode)
        if imported.kind == "project":
            from recstudio.settings.project_secrets import fetch_project_secrets

            project.apply_secrets(fetch_project_secrets(project))
            start = generate_body(project, Endpoint.START)
        else:
            start = body_from_text(text, Endpoint.START, project.mode)
        acquire = generate_body(project, Endpoint.ACQUIRE)
    except (ValueError, KeyError) as exc:  # JsonSyntaxError, ImportDocumentError, …
        raise SourceError(f"{path}: {exc}") from None
    return Source(start, acquire, project.mode, project if imported.kind == "project" else None)
