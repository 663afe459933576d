"""Snapping maths (ux-anchors A1, OBS): canvas edges, centre lines, other regions, grid."""

from __future__ import annotations

import pytest

from recstudio.layout.regions import Region
from recstudio.layout.snapping import (
    Guide,
    SnapTargets,
    snap_move,
    snap_resize,
    threshold_from_screen,
)

W, H = 1000, 500
T = 0.01  # threshold in fractions on both axes


def move(moving: Region, others: list[Region], **kw: object):
    return snap_move(moving, others, W, H, threshold_x=T, threshold_y=T, **kw)  # type: ignore[arg-type]


def test_threshold_from_screen_accounts_for_zoom() -> None:
    tx, ty = threshold_from_screen(8, 0.5, 1280, 720)  # 8 screen px at 50 % = 16 output px
    assert tx == pytest.approx(16 / 1280)
    assert ty == pytest.approx(16 / 720)


def test_snaps_left_edge_to_canvas_edge_with_guide() -> None:
    result = move(Region(0.006, 0.32, 0.2, 0.2), [])
    assert result.region.x == 0.0
    assert result.region.y == 0.32
    assert result.snapped_x
    assert not result.snapped_y
    assert result.guides == (Guide("vertical", 0.0, 0.0, 1.0, "canvas"),)


def test_snaps_right_and_bottom_edges_to_canvas() -> None:
    result = move(Region(0.795, 0.695, 0.2, 0.3), [])
    assert result.region.x + result.region.w == pytest.approx(1.0)
    assert result.region.y + result.region.h == pytest.approx(1.0)
    kinds = {(g.orientation, g.kind) for g in result.guides}
    assert kinds == {("vertical", "canvas"), ("horizontal", "canvas")}


def test_snaps_centre_to_canvas_centre_lines() -> None:
    result = move(Region(0.395, 0.255, 0.2, 0.5), [])
    assert result.region.cx == pytest.approx(0.5)
    assert result.region.cy == pytest.approx(0.5)
    assert {g.kind for g in result.guides} == {"centre"}
    centre_guides = sorted((g.orientation, g.position) for g in result.guides)
    assert centre_guides == [("horizontal", 0.5), ("vertical", 0.5)]


def test_snaps_to_other_region_edges_and_centres() -> None:
    other = Region(0.5, 0.1, 0.2, 0.2)
    # Left edge 0.705 near other's right edge 0.7 (abutting).
    abut = move(Region(0.705, 0.6, 0.1, 0.1), [other])
    assert abut.region.x == pytest.approx(0.7)
    [guide] = abut.guides
    assert (guide.orientation, guide.kind) == ("vertical", "region")
    assert guide.position == pytest.approx(0.7)
    # The guide spans both regions vertically.
    assert (guide.start, guide.end) == pytest.approx((0.1, 0.7))
    # Centre 0.596 near other's centre 0.6.
    centred = move(Region(0.546, 0.6, 0.1, 0.1), [other])
    assert centred.region.cx == pytest.approx(0.6)


def test_closest_target_wins() -> None:
    others = [Region(0.3, 0.0, 0.1, 0.1), Region(0.304, 0.5, 0.1, 0.1)]
    result = move(Region(0.306, 0.8, 0.05, 0.05), others)
    assert result.region.x == pytest.approx(0.304)


def test_threshold_not_met_means_no_snap() -> None:
    moving = Region(0.3, 0.3, 0.1, 0.1)
    result = move(moving, [Region(0.6, 0.6, 0.1, 0.1)])
    assert result.region is moving
    assert result.guides == ()
    assert not (result.snapped_x or result.snapped_y)
    # Just outside the threshold on x: 0.0 + 0.011 from the canvas edge.
    assert not move(Region(0.011, 0.3, 0.1, 0.1), []).snapped_x


def test_grid_snap_in_output_pixels() -> None:
    # Grid of 50 px on a 1000×500 canvas: lines every 0.05 in x and 0.1 in y.
    result = move(Region(0.153, 0.305, 0.0333, 0.0333), [], grid_px=50)
    assert result.region.x == pytest.approx(0.15)
    assert result.region.y == pytest.approx(0.3)
    assert {g.kind for g in result.guides} == {"grid"}
    assert not move(Region(0.172, 0.35, 0.01, 0.01), [], grid_px=50).snapped_x


def test_region_target_beats_equally_close_grid_line() -> None:
    other = Region(0.15, 0.0, 0.1, 0.1)
    result = move(Region(0.153, 0.6, 0.0333, 0.0333), [other], grid_px=50)
    assert result.region.x == pytest.approx(0.15)
    assert [g.kind for g in result.guides if g.orientation == "vertical"] == ["region"]


@pytest.mark.parametrize(
    ("mover_x", "other", "expected"),
    [
        # grid line 0.15 below, region edge 0.156 above, both 0.003 away
        (0.153, Region(0.156, 0.0, 0.1, 0.1), 0.156),
        # grid line 0.20 above, region edge 0.194 below, both 0.003 away
        (0.197, Region(0.094, 0.0, 0.1, 0.1), 0.194),
    ],
)
def test_an_exact_tie_prefers_the_region_over_the_grid(
    mover_x: float, other: Region, expected: float
) -> None:
    """Module doc: "ties prefer canvas and regions over the grid" — on either side, so
    neither the comparison nor the search direction may decide it."""
    result = move(Region(mover_x, 0.6, 0.0333, 0.0333), [other], grid_px=50)
    assert result.region.x == pytest.approx(expected)
    assert [g.kind for g in result.guides if g.orientation == "vertical"] == ["region"]


def test_an_exact_tie_prefers_the_canvas_centre_over_the_grid() -> None:
    # right edge at 0.505: canvas centre 0.5 and grid line 0.51 (30 px of 1000) both 0.005 off
    result = snap_resize(
        Region(0.3, 0.2, 0.205, 0.2), [], W, H, handle="e",
        threshold_x=T, threshold_y=T, grid_px=30,
    )  # fmt: skip
    assert result.region.x + result.region.w == pytest.approx(0.5)
    assert [g.kind for g in result.guides] == ["centre"]


def test_snapping_never_pushes_region_off_canvas() -> None:
    # The centre is close to the canvas edge 0, but snapping it would put half outside.
    result = move(Region(0.0, 0.3, 0.012, 0.2), [])
    assert result.region.x >= 0.0


def test_targets_can_be_built_once_per_drag_and_options() -> None:
    others = [Region(0.5, 0.1, 0.2, 0.2)]
    targets = SnapTargets(others, W, H, canvas=False, centre=False)
    r = snap_move(Region(0.004, 0.6, 0.1, 0.1), targets, W, H, threshold_x=T, threshold_y=T)
    assert not r.snapped_x  # canvas edges disabled
    r = snap_move(Region(0.705, 0.6, 0.1, 0.1), targets, W, H, threshold_x=T, threshold_y=T)
    assert r.region.x == pytest.approx(0.7)
    no_regions = SnapTargets(others, W, H, regions=False)
    r = snap_move(Region(0.705, 0.6, 0.1, 0.1), no_regions, W, H, threshold_x=T, threshold_y=T)
    assert not r.snapped_x


def test_resize_snaps_only_dragged_edges() -> None:
    other = Region(0.5, 0.1, 0.2, 0.2)
    start = Region(0.1, 0.55, 0.395, 0.3)
    result = snap_resize(start, [other], W, H, handle="e", threshold_x=T, threshold_y=T)
    assert result.region.x == 0.1  # left edge fixed
    assert result.region.x + result.region.w == pytest.approx(0.5)
    assert result.region.y == 0.55
    assert result.guides[0].orientation == "vertical"
    # The west handle moves the left edge to the canvas edge; right edge fixed.
    west = snap_resize(
        Region(0.005, 0.55, 0.3, 0.3), [], W, H, handle="w", threshold_x=T, threshold_y=T
    )
    assert west.region.x == 0.0
    assert west.region.x + west.region.w == pytest.approx(0.305)


def test_resize_corner_snaps_both_axes_and_respects_min_size() -> None:
    result = snap_resize(
        Region(0.2, 0.2, 0.795, 0.796), [], W, H, handle="se", threshold_x=T, threshold_y=T
    )
    assert result.region.x + result.region.w == pytest.approx(1.0)
    assert result.region.y + result.region.h == pytest.approx(1.0)
    assert len(result.guides) == 2
    # Snapping the left edge onto 0.5 would leave less than the min width: no snap.
    tiny = Region(0.498, 0.2, 0.005, 0.2)
    res = snap_resize(tiny, [], W, H, handle="nw", threshold_x=T, threshold_y=T)
    assert not res.snapped_x
