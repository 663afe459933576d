"""Studio mode decisions, Qt-free (issue 13 point 2)."""

from __future__ import annotations

from dataclasses import dataclass

from recstudio.layout.presets import preset_regions
from recstudio.layout.regions import Region
from recstudio.layout.studio import program_picture, scene_for_number, studio_target


@dataclass
class Item:
    key: str
    mode: str = "mix"
    state: str = "running"
    started_at: float = 0.0


def test_program_draws_custom_regions_and_presets() -> None:
    custom = program_picture(
        {
            "mixedVideoLayout": 3,
            "backgroundColor": "#101820",
            "layoutConfig": [
                {"uid": "7", "x_axis": 0.0, "y_axis": 0.0, "width": 0.5, "height": 0.5},
                {"x_axis": "bad"},
            ],
        },
        users=4,
    )
    assert custom.regions == (Region(0.0, 0.0, 0.5, 0.5, uid="7"),) and custom.note == ""
    assert custom.background == "#101820"
    best_fit = program_picture({"mixedVideoLayout": 1}, users=4)
    assert best_fit.regions == tuple(preset_regions(1, 4))
    assert program_picture({}, users=4).note  # nothing known: say so, draw nothing
    assert program_picture({"mixedVideoLayout": 9}, users=2).mixed_layout == 0


def test_studio_takes_to_the_selected_or_newest_live_composite() -> None:
    items = [
        Item("a", started_at=1),
        Item("b", started_at=5),
        Item("c", mode="individual", started_at=9),
        Item("d", state="stopped", started_at=10),
    ]
    assert studio_target(items) == "b"
    assert studio_target(items, selected="a") == "a"
    assert studio_target(items, selected="c") == "b"  # not a composite
    assert studio_target([Item("x", state="starting")]) == ""


def test_number_keys_pick_scenes_in_bar_order() -> None:
    names = ["Main", "Interview", "Screen"]
    assert [scene_for_number(names, n) for n in (1, 2, 3, 4, 0)] == [
        "Main",
        "Interview",
        "Screen",
        None,
        None,
    ]
