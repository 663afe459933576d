"""Where a body path lives in the Project, and back.

A Problem names a path in a generated body (``clientRequest.recordingConfig...``); the app
must find the form field or canvas region that holds that value in the Project, whose
bodies are split differently (the mix layout fields live in named layouts, cname and uid
are shared by every body). Keeping both directions here, next to ``generate``, means the
mapping is tested without Qt and cannot drift from how bodies are built.
"""

from __future__ import annotations

from typing import Any

from recstudio.model.enums import LAYOUT_FIELDS, Endpoint, Mode
from recstudio.model.paths import Path, PathPart

_TRANSCODING = ("clientRequest", "recordingConfig", "transcodingConfig")
_SECTION_OF: dict[Endpoint, str] = {
    Endpoint.ACQUIRE: "acquire",
    Endpoint.START: "start",
    Endpoint.UPDATE: "update",
    Endpoint.STOP: "stop",
}


def project_path_for(
    project: Any, endpoint: Endpoint, body_path: Path, *, layout: str | None = None
) -> Path | None:
    """The Project path holding the value at ``body_path`` of ``endpoint``'s body."""
    if not body_path:
        return None
    head = body_path[0]
    if head in ("cname", "uid"):
        return (str(head),)
    if head != "clientRequest":
        return None
    rest = body_path[1:]
    layout_name: str = layout or str(getattr(project, "start_layout", "Main"))
    if endpoint is Endpoint.UPDATE_LAYOUT:
        return ("layouts", layout_name, *rest)
    if (
        endpoint is Endpoint.START
        and getattr(project, "mode", None) == Mode.MIX
        and body_path[:3] == _TRANSCODING
        and len(body_path) > 3
        and body_path[3] in LAYOUT_FIELDS
    ):
        return ("layouts", layout_name, *body_path[3:])
    section = _SECTION_OF.get(endpoint)
    if section is None:
        return None
    return (section, *rest)


def body_path_for(project: Any, project_path: Path) -> tuple[Endpoint, Path] | None:
    """The endpoint and body path generated from ``project_path`` (for jump-to-problem)."""
    if not project_path:
        return None
    head: PathPart = project_path[0]
    if head in ("cname", "uid"):
        return Endpoint.START, (str(head),)
    if head == "layouts" and len(project_path) >= 2:
        if project_path[1] == getattr(project, "start_layout", None):
            return Endpoint.START, (*_TRANSCODING, *project_path[2:])
        return Endpoint.UPDATE_LAYOUT, ("clientRequest", *project_path[2:])
    for endpoint, section in _SECTION_OF.items():
        if head == section:
            return endpoint, ("clientRequest", *project_path[1:])
    return None
