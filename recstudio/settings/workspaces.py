"""The three workspaces of the main window and what each shows by default (issue 13).

A workspace is an arrangement of the same window for one kind of work: *Layout* gives the
canvas the middle of the window (producers), *Request* puts the section forms beside the
live body (developers), *Recordings* gives the recordings table, request log and Sandbox
the whole window (support). Which docks a workspace opens, where, and which workspace a
launch starts in are decisions, so they live here as plain data with their own tests; the
Qt side only carries them out and remembers what the user rearranged.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Workspace(StrEnum):
    LAYOUT = "layout"
    REQUEST = "request"
    RECORDINGS = "recordings"


TITLES: dict[Workspace, str] = {
    Workspace.LAYOUT: "Layout",
    Workspace.REQUEST: "Request",
    Workspace.RECORDINGS: "Recordings",
}
SHORTCUTS: dict[Workspace, str] = {
    Workspace.LAYOUT: "Ctrl+1",
    Workspace.REQUEST: "Ctrl+2",
    Workspace.RECORDINGS: "Ctrl+3",
}
TIPS: dict[Workspace, str] = {
    Workspace.LAYOUT: "Design the composite layout on the canvas",
    Workspace.REQUEST: "Section forms beside the live request body",
    Workspace.RECORDINGS: "Recordings, request log and the Sandbox",
}

Area = Literal["left", "right", "top", "bottom"]


@dataclass(frozen=True)
class DockPlacement:
    """Where a dock goes when a workspace is shown for the first time (or reset).
    ``tab_with`` names an earlier dock of the same workspace to share a tab group with."""

    dock: str
    area: Area
    tab_with: str | None = None
    #: the dock's share of its area's extent (width for left/right, height otherwise)
    size: int = 0


#: Docks a workspace opens; every other dock is hidden there until the user shows it.
DEFAULT_DOCKS: dict[Workspace, tuple[DockPlacement, ...]] = {
    Workspace.LAYOUT: (
        DockPlacement("regionDock", "right", size=290),
        DockPlacement("participantsDock", "right", tab_with="regionDock"),
        DockPlacement("layoutOptionsDock", "right", tab_with="regionDock"),
    ),
    Workspace.REQUEST: (DockPlacement("bodyDock", "right", size=520),),
    Workspace.RECORDINGS: (
        DockPlacement("recordingsDock", "top", size=420),
        DockPlacement("requestLogDock", "bottom"),
        DockPlacement("sandboxDock", "bottom", tab_with="requestLogDock"),
        DockPlacement("liveLayoutDock", "right", size=280),
    ),
}

#: Where the "Body and problems" dock opens from the Layout workspace's strip.
BODY_STRIP_PLACEMENT = DockPlacement("bodyDock", "bottom", size=260)

#: The Recordings workspace has no central widget: its docks take the whole window.
CENTRAL_VISIBLE: dict[Workspace, bool] = {
    Workspace.LAYOUT: True,
    Workspace.REQUEST: True,
    Workspace.RECORDINGS: False,
}


def all_docks() -> list[str]:
    """Every dock a workspace places, in a stable order."""
    names: list[str] = []
    for placements in DEFAULT_DOCKS.values():
        names.extend(p.dock for p in placements if p.dock not in names)
    return names


def parse_workspace(value: object) -> Workspace | None:
    try:
        return Workspace(str(value))
    except ValueError:
        return None


def first_workspace(saved: object, mode: str) -> Workspace:
    """The workspace a launch opens: the one last used, else the canvas for a composite
    (mix) project and the forms for the others, which have no layout to draw."""
    chosen = parse_workspace(saved)
    if chosen is not None:
        return chosen
    return Workspace.LAYOUT if mode == "mix" else Workspace.REQUEST


def encode_state(state: bytes) -> str:
    """Dock arrangements are kept in preferences.json as text."""
    return base64.b64encode(state).decode("ascii")


def decode_state(text: object) -> bytes | None:
    """A stored arrangement, or None when it is missing or not base64 (never an error: a
    bad entry only means the workspace opens with its default docks)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
