"""Region <-> layoutConfig item (§4.3 keys, R20 rounding)."""

from __future__ import annotations

import pytest

from recstudio.layout.regions import Region, regions_from_json, regions_to_json, round6


def test_to_json_uses_api_keys_and_omits_defaults() -> None:
    assert Region(0.1, 0.2, 0.3, 0.4).to_json() == {
        "x_axis": 0.1,
        "y_axis": 0.2,
        "width": 0.3,
        "height": 0.4,
    }
    item = Region(0, 0, 1, 1, uid="123", alpha=0.5, render_mode=1).to_json()
    assert item == {
        "uid": "123",
        "x_axis": 0.0,
        "y_axis": 0.0,
        "width": 1.0,
        "height": 1.0,
        "alpha": 0.5,
        "render_mode": 1,
    }
    assert all(isinstance(item[k], float) for k in ("x_axis", "y_axis", "width", "height"))


def test_to_json_rounds_to_six_decimals_without_overflowing_the_canvas() -> None:
    item = Region(2 / 3, 1 / 3, 1 / 3, 2 / 3).to_json()
    assert item["x_axis"] == 0.666667
    assert item["width"] == 0.333333
    assert item["y_axis"] == 0.333333
    assert item["height"] == 0.666667
    # Both halves round up: the width gives way so x_axis + width stays <= 1 (R20).
    tight = Region(0.6666666, 0.0, 0.3333336, 1.0).to_json()
    assert round(tight["x_axis"] + tight["width"], 9) <= 1.0


def test_round6_normalises_negative_zero() -> None:
    assert str(round6(-1e-9)) == "0.0"
    assert round6(0.1234565) in (0.123456, 0.123457)


def test_from_json_round_trip_and_missing_key() -> None:
    items = [
        {"uid": "7", "x_axis": 0.25, "y_axis": 0, "width": 0.5, "height": 1, "render_mode": 1},
        {"x_axis": 0.0, "y_axis": 0.0, "width": 0.1, "height": 0.1, "alpha": 0.3},
    ]
    regions = regions_from_json(items)
    assert regions[0] == Region(0.25, 0.0, 0.5, 1.0, uid="7", render_mode=1)
    out = regions_to_json(regions)
    assert out[0] == {**items[0], "y_axis": 0.0, "height": 1.0}
    assert out[1] == items[1]
    with pytest.raises(ValueError, match="x_axis"):
        Region.from_json({"y_axis": 0, "width": 1, "height": 1})


def test_numeric_uid_becomes_string() -> None:
    assert (
        Region.from_json({"uid": 5, "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}).uid == "5"
    )


def test_empty_uid_of_the_go_client_is_a_join_order_region() -> None:
    """The Go client sends ``uid: ""`` for an unbound region; the rules read it as "join
    order" (R20, issue 11), so the canvas must not show a region bound to a uid ""."""
    region = Region.from_json({"uid": "", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1})
    assert region.uid is None
    assert "uid" not in region.to_json()
