"""What an updateLayout will change, before it is sent (Qt-free).

Every updateLayout call *replaces* the whole layout: a field the new layout leaves out
reverts to its default (reference §3.5, e.g. backgroundColor → #000000), which producers
discover only in the recording. So the app compares the layout the recording has now (the
last one sent, or the start body's) with the one about to be sent and lists each change,
reverted fields first (ux-anchors §7 item 4).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.model.project import LAYOUT_FIELDS
from recstudio.ui.i18n import translate

#: Defaults of the layout fields (reference §3.5 / §4.3); None = "not set" (Agora's preset).
LAYOUT_DEFAULTS: dict[str, Any] = {
    "mixedVideoLayout": 0,
    "maxResolutionUid": None,
    "backgroundColor": "#000000",
    "backgroundImage": None,
    "defaultUserBackgroundImage": None,
    "layoutConfig": None,
    "backgroundConfig": None,
}


@dataclass(frozen=True, slots=True)
class LayoutChange:
    field: str
    old: Any
    new: Any
    #: True when the new layout omits the field and it falls back to its default.
    reverts: bool

    def describe(self) -> str:
        if self.reverts:
            default = LAYOUT_DEFAULTS.get(self.field)
            shown = "unset" if default is None else _short(default)
            return f"{self.field} → {shown} (default; was {_short(self.old)})"
        if self.old is None:
            return translate("recordings.layout_diff", "{field}: set to {short}").format(
                field=self.field, short=_short(self.new)
            )
        return f"{self.field}: {_short(self.old)} → {_short(self.new)}"


def layout_of_start(client_request: Mapping[str, Any]) -> dict[str, Any]:
    """The layout subset of a start clientRequest's transcodingConfig (mix only)."""
    recording = client_request.get("recordingConfig") or {}
    transcoding = recording.get("transcodingConfig") or {} if isinstance(recording, Mapping) else {}
    if not isinstance(transcoding, Mapping):
        return {}
    return {key: transcoding[key] for key in LAYOUT_FIELDS if key in transcoding}


def layout_changes(current: Mapping[str, Any], new: Mapping[str, Any]) -> list[LayoutChange]:
    """Changes from ``current`` to ``new`` (both updateLayout clientRequests); reverted
    fields first. A field omitted in both, or omitted in ``current`` and absent in ``new``,
    is not a change. A field set in ``current`` to its own default and then omitted is not
    listed either: nothing visible changes."""
    reverted: list[LayoutChange] = []
    changed: list[LayoutChange] = []
    for key in LAYOUT_FIELDS:
        old = current.get(key)
        if key in new:
            if new[key] != old:
                changed.append(LayoutChange(key, old, new[key], reverts=False))
        elif key in current and old != LAYOUT_DEFAULTS.get(key):
            reverted.append(LayoutChange(key, old, LAYOUT_DEFAULTS.get(key), reverts=True))
    return reverted + changed


def _short(value: Any) -> str:
    if isinstance(value, list):
        noun = "region" if value and isinstance(value[0], dict) and "x_axis" in value[0] else "item"
        return f"{len(value)} {noun}{'' if len(value) == 1 else 's'}"
    if isinstance(value, str):
        return value
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"
