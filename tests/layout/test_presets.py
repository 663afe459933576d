"""Preset geometry (agora-api.md §6) for every layout and every user count 1..17.

The expected numbers are written out here from the §6 tables, independently of
recstudio.layout.presets, and compared after the R20 rounding to 6 decimals.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from recstudio.layout.presets import (
    BEST_FIT,
    FLOATING,
    VERTICAL,
    convert_to_custom,
    preset_regions,
    preset_slots,
)
from recstudio.layout.regions import Region

Rect = tuple[float, float, float, float]

# §6.1: the four small-region columns and rows (row 0 is the bottom row).
FLOAT_X = [0.012, 0.259, 0.506, 0.753]
FLOAT_Y = [0.753, 0.506, 0.259, 0.012]


def expected_floating(n: int) -> list[Rect]:
    rects: list[Rect] = [(0, 0, 1, 1)]
    for k in range(2, n + 1):
        i = k - 2
        rects.append((FLOAT_X[i % 4], FLOAT_Y[i // 4], 0.235, 0.235))
    return rects


# §6.2: users → number of columns of the square grid (N=2 and N=17 are special).
BEST_FIT_COLUMNS = {1: 1, 3: 2, 4: 2, **dict.fromkeys(range(5, 10), 3)}
BEST_FIT_COLUMNS.update(dict.fromkeys(range(10, 17), 4))


def expected_best_fit(n: int) -> list[Rect]:
    if n == 2:
        return [(0, 0, 0.5, 1), (0.5, 0, 0.5, 1)]
    if n == 17:
        rects: list[Rect] = [(0.1 + 0.2 * (i % 4), 0.2 * (i // 4), 0.2, 0.2) for i in range(16)]
        return [*rects, (0.4, 0.8, 0.2, 0.2)]
    c = BEST_FIT_COLUMNS[n]
    return [((i % c) / c, (i // c) / c, 1 / c, 1 / c) for i in range(n)]


# §6.3 by number of smalls S: (large width, small w, small h, smalls per column).
def vertical_row(s: int) -> tuple[float, float, float, int]:
    if s <= 4:
        return 4 / 5, 1 / 5, 1 / 4, 4
    if s <= 6:
        return 6 / 7, 1 / 7, 1 / 6, 6
    if s <= 8:
        return 8 / 9, 1 / 9, 1 / 8, 8
    return 4 / 5, 1 / 10, 1 / 8, 8


def expected_vertical(n: int, with_large: bool) -> list[Rect]:
    s = min(n - 1 if with_large else n, 16)
    large_w, sw, sh, per_col = vertical_row(s)
    rects: list[Rect] = [(0, 0, large_w, 1)] if with_large else []
    for j in range(s):
        rects.append((large_w + (j // per_col) * sw, (j % per_col) * sh, sw, sh))
    return rects


def as_rects(regions: list[Region]) -> list[Rect]:
    return [(r.x, r.y, r.w, r.h) for r in regions]


def assert_close(actual: list[Rect], expected: list[Rect]) -> None:
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected, strict=True):
        assert a == pytest.approx(e, abs=1e-6), (a, e)


def assert_valid_r20(regions: list[Region]) -> None:
    """R20: each value in [0,1] with ≤ 6 decimals; far edges ≤ 1 (checked exactly)."""
    for r in regions:
        item = r.to_json()
        values = [item["x_axis"], item["y_axis"], item["width"], item["height"]]
        for v in values:
            assert isinstance(v, float)
            assert 0 <= v <= 1
            assert -Decimal(repr(v)).as_tuple().exponent <= 6 or v in (0.0, 1.0)
        x, y, w, h = (Decimal(repr(v)) for v in values)
        assert x + w <= 1
        assert y + h <= 1
        assert r.x + r.w <= 1 + 1e-12
        assert r.y + r.h <= 1 + 1e-12


USERS = range(1, 18)


@pytest.mark.parametrize("n", USERS)
def test_floating_matches_section_6_1(n: int) -> None:
    regions = preset_regions(FLOATING, n)
    assert_close(as_rects(regions), expected_floating(n))
    assert_valid_r20(regions)


@pytest.mark.parametrize("n", USERS)
def test_best_fit_matches_section_6_2(n: int) -> None:
    regions = preset_regions(BEST_FIT, n)
    assert_close(as_rects(regions), expected_best_fit(n))
    assert_valid_r20(regions)


@pytest.mark.parametrize("n", USERS)
def test_vertical_with_large_user_matches_section_6_3(n: int) -> None:
    regions = preset_regions(VERTICAL, n, max_resolution_index=0)
    assert_close(as_rects(regions), expected_vertical(n, with_large=True))
    assert_valid_r20(regions)


@pytest.mark.parametrize("n", USERS)
def test_vertical_without_large_user_uses_smalls_count(n: int) -> None:
    regions = preset_regions(VERTICAL, n)
    assert_close(as_rects(regions), expected_vertical(n, with_large=False))
    slots = preset_slots(VERTICAL, n)
    assert slots[0].role == "large"
    assert slots[0].user_index is None
    large_w = vertical_row(min(n, 16))[0]
    assert slots[0].region.w == pytest.approx(large_w, abs=1e-6)


@pytest.mark.parametrize("n", USERS)
@pytest.mark.parametrize("large", [None, 0])
def test_vertical_smalls_never_overlap_large(n: int, large: int | None) -> None:
    slots = preset_slots(VERTICAL, n, max_resolution_index=large)
    big = slots[0].region
    for slot in slots[1:]:
        assert slot.role == "small"
        assert slot.region.x >= big.x + big.w - 1e-12
        assert slot.region.y + slot.region.h <= 1 + 1e-12


@pytest.mark.parametrize("n", USERS)
def test_best_fit_cells_do_not_overlap(n: int) -> None:
    regions = preset_regions(BEST_FIT, n)
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            overlap_w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
            overlap_h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
            assert overlap_w <= 1e-9 or overlap_h <= 1e-9


def test_best_fit_17_positions() -> None:
    regions = preset_regions(BEST_FIT, 17)
    assert (regions[0].x, regions[0].y) == (0.1, 0.0)
    assert (regions[3].x, regions[3].y) == (0.7, 0.0)
    assert (regions[15].x, regions[15].y) == (0.7, 0.6)
    assert (regions[16].x, regions[16].y, regions[16].w, regions[16].h) == (0.4, 0.8, 0.2, 0.2)


def test_floating_four_rows_fill_height_with_top_margin() -> None:
    regions = preset_regions(FLOATING, 17)
    assert min(r.y for r in regions[1:]) == 0.012
    assert max(r.y + r.h for r in regions[1:]) == pytest.approx(0.988)


def test_users_beyond_17_are_not_shown() -> None:
    for layout in (FLOATING, BEST_FIT, VERTICAL):
        assert preset_regions(layout, 25, max_resolution_index=0) == preset_regions(
            layout, 17, max_resolution_index=0
        )


def test_vertical_large_user_in_the_middle_keeps_join_order_of_smalls() -> None:
    slots = preset_slots(VERTICAL, 5, max_resolution_index=2)
    assert [s.user_index for s in slots] == [2, 0, 1, 3, 4]
    assert slots[0].region.render_mode == 1  # §6.3: Large is scaled to fit
    assert [s.region.y for s in slots[1:]] == [0.0, 0.25, 0.5, 0.75]


def test_vertical_absent_large_user_means_empty_large_slot() -> None:
    slots = preset_slots(VERTICAL, 3, max_resolution_index=7)
    assert slots[0].user_index is None
    assert [s.user_index for s in slots[1:]] == [0, 1, 2]


def test_vertical_17_users_without_large_shows_16() -> None:
    slots = preset_slots(VERTICAL, 17)
    assert len(slots) == 17
    assert [s.user_index for s in slots[1:]] == list(range(16))


def test_slots_roles_and_order() -> None:
    assert [s.role for s in preset_slots(FLOATING, 3)] == ["full", "small", "small"]
    assert [s.user_index for s in preset_slots(BEST_FIT, 5)] == [0, 1, 2, 3, 4]
    assert preset_slots(BEST_FIT, 0) == []


def test_invalid_arguments_raise() -> None:
    with pytest.raises(ValueError, match="0, 1 or 2"):
        preset_regions(3, 2)
    with pytest.raises(ValueError):
        preset_regions(FLOATING, -1)
    with pytest.raises(ValueError):
        preset_regions(VERTICAL, 3, max_resolution_index=-1)


def test_convert_to_custom_binds_uids_in_join_order() -> None:
    uids = ["11", "22", "33", "44"]
    regions = convert_to_custom(VERTICAL, 4, uids, max_resolution_index=1)
    assert [r.uid for r in regions] == ["22", "11", "33", "44"]
    assert regions[0].to_json() == {
        "uid": "22",
        "x_axis": 0.0,
        "y_axis": 0.0,
        "width": 0.8,
        "height": 1.0,
        "render_mode": 1,
    }
    floating = convert_to_custom(FLOATING, 3, ["1", None])
    assert [r.uid for r in floating] == ["1", None, None]
    assert floating[1].to_json() == {
        "x_axis": 0.012,
        "y_axis": 0.753,
        "width": 0.235,
        "height": 0.235,
    }
