"""Studio mode decisions (issue 13 point 2, after OBS's Preview / Program).

*Program* is what the running composite recording renders now: the layout it was started
with, then the last one sent by updateLayout. *Preview* is the scene being edited. These
functions decide what Program draws, which recording Studio mode drives, and which scene
a number key picks; the Qt side only paints and sends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from recstudio.layout.presets import preset_regions
from recstudio.layout.regions import Region

#: mixedVideoLayout when a body leaves it out (§4.3: floating)
DEFAULT_MIXED_LAYOUT = 0
CUSTOM = 3


class StudioItem(Protocol):
    """What Studio mode needs to know of a recording (the recordings table's item)."""

    key: str
    mode: str
    state: str
    started_at: float


@dataclass(frozen=True)
class ProgramPicture:
    """What the recorder draws now, in canvas fractions."""

    regions: tuple[Region, ...]
    mixed_layout: int
    background: str
    #: "" when known; otherwise why Program cannot be drawn exactly
    note: str = ""


def program_picture(layout: Mapping[str, Any] | None, users: int) -> ProgramPicture:
    """Program from the layout the recorder has (a transcodingConfig or an updateLayout
    clientRequest: both carry mixedVideoLayout / layoutConfig / backgroundColor). Preset
    layouts are drawn for ``users`` simulated users, like the Preview."""
    if not layout:
        return ProgramPicture((), DEFAULT_MIXED_LAYOUT, "#000000", "no layout known yet")
    kind = layout.get("mixedVideoLayout", DEFAULT_MIXED_LAYOUT)
    kind = kind if isinstance(kind, int) and kind in (0, 1, 2, 3) else DEFAULT_MIXED_LAYOUT
    background = str(layout.get("backgroundColor") or "#000000")
    if kind == CUSTOM:
        regions: list[Region] = []
        for item in layout.get("layoutConfig") or []:
            if isinstance(item, Mapping):
                try:
                    regions.append(Region.from_json(dict(item)))
                except (TypeError, ValueError):
                    continue
        return ProgramPicture(tuple(regions), kind, background)
    return ProgramPicture(tuple(preset_regions(kind, users)), kind, background)


def studio_target(items: Sequence[StudioItem], selected: str = "") -> str:
    """The recording Studio mode takes to: the selected one if it is a running composite
    recording, else the newest running composite recording ("" when there is none)."""
    live = [i for i in items if i.mode == "mix" and i.state == "running"]
    if any(i.key == selected for i in live):
        return selected
    return max(live, key=lambda i: i.started_at).key if live else ""


def scene_for_number(names: Sequence[str], number: int) -> str | None:
    """Number key n (1-based, as printed on the scenes bar) → that scene, if it exists."""
    return names[number - 1] if 1 <= number <= len(names) else None
