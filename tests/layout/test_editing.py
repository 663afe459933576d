"""The canvas's edit decisions without a window (issue 13 point 8): merge, paste, z-order,
flags, snapshot reading (R18, R20, R21, R22, §6.4)."""

from __future__ import annotations

import json

import pytest

from recstudio.layout import editing
from recstudio.layout import operations as ops
from recstudio.layout.editing import EditRefused
from recstudio.layout.regions import MAX_REGIONS, Region
from recstudio.model.paths import MISSING


def _snap(items: list[object], **layout: object) -> editing.LayoutSnapshot:
    return editing.read_snapshot(
        "main", {"mixedVideoLayout": 3, "layoutConfig": items, **layout}, {"width": 640}
    )


# -- merge ----
def test_merge_keeps_unknown_keys_and_explicit_defaults() -> None:
    original = {"x_axis": 0, "y_axis": 0, "width": 1, "height": 1, "alpha": 1, "vendor": "x"}
    out = editing.merge_item(original, Region(0.1, 0.2, 0.3, 0.4))
    assert out == {"x_axis": 0.1, "y_axis": 0.2, "width": 0.3, "height": 0.4, "alpha": 1.0,
                   "vendor": "x"}  # fmt: skip


def test_merge_new_item_carries_only_what_differs_from_defaults() -> None:
    assert editing.merge_item(None, Region(0, 0, 0.5, 0.5)) == {
        "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 0.5,
    }  # fmt: skip
    out = editing.merge_item(None, Region(0, 0, 0.5, 0.5, uid="7", alpha=0.5, render_mode=1))
    assert (out["uid"], out["alpha"], out["render_mode"]) == ("7", 0.5, 1)


def test_merge_unbinding_drops_the_uid_and_sets_changed_alpha() -> None:
    original = {"x_axis": 0, "y_axis": 0, "width": 1, "height": 1, "uid": "5"}
    out = editing.merge_item(original, Region(0, 0, 1, 1, alpha=0.25))
    assert "uid" not in out and out["alpha"] == 0.25 and "render_mode" not in out


def test_merge_items_keeps_untouched_items_exactly_even_when_broken() -> None:
    bad = {"x_axis": 0.9, "y_axis": 0, "width": 0.5, "height": 0.5}  # sticks out: R20
    unreadable = {"x_axis": "left"}
    snap = _snap([bad, unreadable, {"x_axis": 0, "y_axis": 0, "width": 0.2, "height": 0.2}])
    regions = list(snap.regions)
    regions[2] = Region(0.5, 0.5, 0.2, 0.2)
    items = editing.merge_items(snap, regions, editing.default_order(snap, 3))
    assert items[0] == bad and items[1] == unreadable
    assert items[2]["x_axis"] == 0.5
    assert items[0] is not bad  # a copy: the undo stack's old value is never shared


def test_merge_items_follows_the_order_and_makes_new_items() -> None:
    a = {"x_axis": 0, "y_axis": 0, "width": 0.1, "height": 0.1, "uid": "a", "k": 1}
    b = {"x_axis": 0.5, "y_axis": 0, "width": 0.1, "height": 0.1, "uid": "b"}
    snap = _snap([a, b])
    new = Region(0.2, 0.2, 0.1, 0.1)
    items = editing.merge_items(snap, [snap.regions[1], snap.regions[0], new], [1, 0, None])
    assert items == [b, a, editing.merge_item(None, new)]


def test_flags_follow_their_regions_and_new_ones_are_clear() -> None:
    snap = editing.read_snapshot(
        "main",
        {"mixedVideoLayout": 3, "layoutConfig": [{}, {}, {}]},
        {},
        locked=[True, False],
        hidden=[False, False, True, True],  # longer than the items: cut
    )
    assert snap.locked == (True, False, False) and snap.hidden == (False, False, True)
    assert editing.carried_flags(snap, [2, None, 0]) == ([False, False, True], [True, False, False])


# -- snapshot ----
def test_snapshot_falls_back_to_the_default_canvas_and_colour() -> None:
    snap = editing.read_snapshot("x", {"backgroundColor": 5, "maxResolutionUid": 9}, {"width": 0})
    assert (snap.canvas_w, snap.canvas_h) == editing.DEFAULT_CANVAS
    assert snap.background == "#000000" and snap.max_resolution_uid is None
    assert snap.mixed_layout == 0 and not snap.custom
    assert editing.read_snapshot("x", {}, "not a dict").canvas_w == 1280
    assert editing.read_snapshot("x", {}, {"width": True, "height": 360}).canvas_h == 360


def test_preset_with_items_is_custom_for_the_canvas_r18() -> None:
    snap = editing.read_snapshot("x", {"mixedVideoLayout": 1, "layoutConfig": [{}]}, {})
    assert snap.custom and snap.valid == (False,)


def test_canvas_reads_only_paths_that_change_the_drawing() -> None:
    assert editing.canvas_reads(("layouts", "main", "layoutConfig"))
    assert editing.canvas_reads(("editor", "layouts", "main", "locked"))
    assert editing.canvas_reads(("roster",)) and editing.canvas_reads(("start_layout",))
    assert editing.canvas_reads(("start",))
    assert editing.canvas_reads(("start", "recordingConfig"))
    assert editing.canvas_reads(("start", "recordingConfig", "transcodingConfig", "width"))
    assert not editing.canvas_reads(("start", "recordingConfig", "maxIdleTime"))
    assert not editing.canvas_reads(("start", "storageConfig"))
    assert not editing.canvas_reads(("acquire", "scene")) and not editing.canvas_reads(())


# -- nudge ----
def test_nudge_moves_from_the_whole_pixel_a_region_sits_on() -> None:
    # 0.333333 of 1280 px is 426.66 px: not on a pixel, so it moves by exactly 1 px from there
    off = Region(0.333333, 0.0, 0.1, 0.1)
    on = Region(round(427 / 1280, 6), 0.0, 0.1, 0.1)  # 427 px up to the 6-decimal rounding
    moved = editing.nudged([off, on], [0, 1], 3, 0, 1280, 720)
    assert moved[0].x == pytest.approx(0.333333 + 3 / 1280)
    assert moved[1].x * 1280 == pytest.approx(430)
    assert editing.on_pixel(0.5, 1280) == 0.5 and editing.on_pixel(0.1234, 100) == 0.1234


# -- copy / paste ----
def test_copy_then_paste_round_trips() -> None:
    regions = [Region(0.1, 0.1, 0.2, 0.2, uid="3", alpha=0.5)]
    assert editing.parse_pasted(editing.clipboard_text(regions)) == regions
    assert json.loads(editing.clipboard_text([])) == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("not json", "JSON list of layoutConfig items"),
        ("[]", "holds no regions"),
        ("42", "holds no regions"),
        ('[{"x_axis": 0}]', "each needs x_axis"),
        ("[1]", "each needs x_axis"),
        ('[{"x_axis": NaN, "y_axis": 0, "width": 1, "height": 1}]', "JSON list"),
    ],
)
def test_paste_refuses_what_is_not_regions(text: str, why: str) -> None:
    with pytest.raises(EditRefused, match=why):
        editing.parse_pasted(text)


def test_paste_accepts_one_item_and_clamps_it_into_the_canvas() -> None:
    (region,) = editing.parse_pasted('{"x_axis": 0.9, "y_axis": 0, "width": 0.5, "height": 1}')
    assert region.x + region.w <= 1.0


def test_pasted_uids_already_bound_are_dropped_r21() -> None:
    existing = [Region(0, 0, 0.1, 0.1, uid="1")]
    pasted = [Region(0.2, 0, 0.1, 0.1, uid="1"), Region(0.4, 0, 0.1, 0.1, uid="2"),
              Region(0.6, 0, 0.1, 0.1, uid="2")]  # fmt: skip
    out = editing.pasted_onto(existing, pasted)
    assert [r.uid for r in out] == ["1", None, "2", None]


def test_paste_never_exceeds_17_regions_r20() -> None:
    existing = [Region(0, 0, 0.1, 0.1)] * (MAX_REGIONS - 1)
    assert len(editing.pasted_onto(existing, [Region(0, 0, 0.1, 0.1)])) == MAX_REGIONS
    with pytest.raises(EditRefused, match="at most 17"):
        editing.pasted_onto(existing, [Region(0, 0, 0.1, 0.1)] * 2)


# -- z-order ----
def test_reorder_gives_the_permutation_and_new_selection() -> None:
    assert editing.reorder(ops.to_front, 4, [1]) == ([0, 2, 3, 1], [3])
    assert editing.reorder(ops.to_back, 4, [2, 3]) == ([2, 3, 0, 1], [0, 1])
    assert editing.reorder(ops.raise_, 3, [0]) == ([1, 0, 2], [1])
    assert editing.reorder(ops.lower, 3, [2]) == ([0, 2, 1], [1])


def test_reorder_that_moves_nothing_is_none() -> None:
    assert editing.reorder(ops.to_front, 3, [2]) is None
    assert editing.reorder(ops.lower, 3, [0]) is None
    assert editing.reorder(ops.raise_, 3, []) is None


# -- flags and background images ----
def test_flags_and_their_undo_text() -> None:
    assert editing.with_flag([False, True, False], [0, 1], False) == [False, False, False]
    assert editing.with_flag((False, False), [1], True) == [False, True]
    assert editing.flag_undo_text("locked", True) == "Lock region"
    assert editing.flag_undo_text("locked", False) == "Unlock region"
    assert editing.flag_undo_text("hidden", True) == "Hide region"
    assert editing.flag_undo_text("hidden", False) == "Show region"


def test_background_image_set_replace_and_remove_r22() -> None:
    config: list[object] = ["junk", {"uid": "1", "image_url": "https://a/1.png", "render_mode": 1}]
    assert editing.background_image(config, "1") == "https://a/1.png"
    assert editing.background_image(config, None) == ""
    assert editing.background_image([{"uid": "1", "image_url": 5}], "1") == ""
    replaced = editing.with_background_image(config, "1", "https://b/1.png")
    assert replaced[1] == {"uid": "1", "image_url": "https://b/1.png", "render_mode": 1}
    assert config[1] == {"uid": "1", "image_url": "https://a/1.png", "render_mode": 1}
    added = editing.with_background_image(config, "2", "https://a/2.png")
    assert added[-1] == {"uid": "2", "image_url": "https://a/2.png"}
    assert editing.with_background_image(config, "1", "") == ["junk"]
    assert editing.with_background_image([], "9", "") == []


# -- which layout, and becoming custom ---------------------------------------------------------
def test_pick_layout_keeps_the_current_then_the_start_layout_then_the_first() -> None:
    assert editing.pick_layout("b", ["a", "b"], "a") == "b"
    assert editing.pick_layout("gone", ["a", "b"], "b") == "b"
    assert editing.pick_layout("gone", {"a": {}, "b": {}}, "missing") == "a"
    assert editing.pick_layout("gone", [], "a") == ""


def test_becoming_custom_sets_mode_3_and_drops_the_large_user_r19() -> None:
    vertical = editing.read_snapshot("v", {"mixedVideoLayout": 2, "maxResolutionUid": "7"}, {})
    assert editing.to_custom_changes(vertical, drop_large=True) == [
        ("mixedVideoLayout", editing.CUSTOM_LAYOUT),
        ("maxResolutionUid", MISSING),
    ]
    assert editing.to_custom_changes(vertical, drop_large=False) == [
        ("mixedVideoLayout", editing.CUSTOM_LAYOUT)
    ]
    custom = editing.read_snapshot("c", {"mixedVideoLayout": 3}, {})
    assert editing.to_custom_changes(custom, drop_large=True) == []
