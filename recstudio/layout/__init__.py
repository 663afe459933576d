"""Qt-free layout maths: preset geometry (agora-api.md §6), region edits, snapping, templates.

Everything works on :class:`Region` values in canvas fractions; the ui package draws them.
"""

from recstudio.layout.presets import (
    BEST_FIT,
    FLOATING,
    PRESET_LAYOUTS,
    VERTICAL,
    PresetSlot,
    convert_to_custom,
    preset_regions,
    preset_slots,
)
from recstudio.layout.regions import MAX_REGIONS, Region, regions_from_json, regions_to_json
from recstudio.layout.snapping import Guide, SnapResult, SnapTargets, snap_move, snap_resize
from recstudio.layout.templates import TEMPLATES, template

__all__ = [
    "BEST_FIT",
    "FLOATING",
    "MAX_REGIONS",
    "PRESET_LAYOUTS",
    "TEMPLATES",
    "VERTICAL",
    "Guide",
    "PresetSlot",
    "Region",
    "SnapResult",
    "SnapTargets",
    "convert_to_custom",
    "preset_regions",
    "preset_slots",
    "regions_from_json",
    "regions_to_json",
    "snap_move",
    "snap_resize",
    "template",
]
