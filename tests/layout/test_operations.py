"""Pure edits of a custom layout (move/resize/z-order/align/distribute/pixels), R20 bounds."""

from __future__ import annotations

import itertools

import pytest

from recstudio.layout import operations as ops
from recstudio.layout.regions import MAX_REGIONS, Region


def inside(r: Region) -> bool:
    return r.x >= 0 and r.y >= 0 and r.x + r.w <= 1 + 1e-12 and r.y + r.h <= 1 + 1e-12


A = Region(0.1, 0.1, 0.2, 0.2, uid="1")
B = Region(0.5, 0.4, 0.3, 0.1, uid="2")
C = Region(0.7, 0.7, 0.1, 0.2, uid="3")


def test_clamp_pulls_inside_and_enforces_min_size() -> None:
    assert ops.clamp(Region(-0.2, 0.9, 0.5, 0.5)) == Region(0.0, 0.5, 0.5, 0.5)
    assert ops.clamp(Region(0.2, 0.2, 0.0, 2.0)) == Region(0.2, 0.0, ops.MIN_SIZE, 1.0)
    same = Region(0.1, 0.1, 0.1, 0.1)
    assert ops.clamp(same) is same


@pytest.mark.parametrize(
    ("handle", "expected"),
    [
        ("n", (0.4, 0.3, 0.2, 0.3)),
        ("s", (0.4, 0.4, 0.2, 0.3)),
        ("e", (0.4, 0.4, 0.3, 0.2)),
        ("w", (0.3, 0.4, 0.3, 0.2)),
        ("ne", (0.4, 0.3, 0.3, 0.3)),
        ("nw", (0.3, 0.3, 0.3, 0.3)),
        ("se", (0.4, 0.4, 0.3, 0.3)),
        ("sw", (0.3, 0.4, 0.3, 0.3)),
    ],
)
def test_resize_grows_by_each_handle(handle: ops.Handle, expected: tuple[float, ...]) -> None:
    start = Region(0.4, 0.4, 0.2, 0.2)
    grow_x = -0.1 if "w" in handle else 0.1
    grow_y = -0.1 if "n" in handle else 0.1
    [r] = ops.resize([start], 0, handle, grow_x, grow_y)
    assert (r.x, r.y, r.w, r.h) == pytest.approx(expected)


@pytest.mark.parametrize("handle", ops.HANDLES)
def test_resize_is_clamped_to_canvas_and_min_size(handle: ops.Handle) -> None:
    start = Region(0.4, 0.4, 0.2, 0.2)
    big = ops.resize_region(
        start, handle, 5.0 if "e" in handle else -5.0, 5.0 if "s" in handle else -5.0
    )
    assert inside(big)
    tiny = ops.resize_region(
        start, handle, -5.0 if "e" in handle else 5.0, -5.0 if "s" in handle else 5.0
    )
    assert inside(tiny)
    if "e" in handle or "w" in handle:
        assert tiny.w == pytest.approx(ops.MIN_SIZE)
        # The opposite edge stayed put.
        assert (tiny.x if "e" in handle else tiny.x + tiny.w) == pytest.approx(
            0.4 if "e" in handle else 0.6
        )
    if "n" in handle or "s" in handle:
        assert tiny.h == pytest.approx(ops.MIN_SIZE)
    with pytest.raises(ValueError):
        ops.resize([start], 0, "x", 0, 0)  # type: ignore[arg-type]


def test_resize_with_pixel_min_size() -> None:
    min_w, min_h = ops.min_size_for(1920, 1080)
    r = ops.resize_region(Region(0.5, 0.5, 0.2, 0.2), "e", -1.0, 0.0, min_w=min_w, min_h=min_h)
    assert r.w == pytest.approx(1 / 1920)


def test_move_clamps_the_selection_as_a_block_and_does_not_mutate() -> None:
    regions = [A, B, C]
    out = ops.move(regions, [1, 2], 0.5, -0.1)
    assert regions == [A, B, C]
    assert out[0] is A
    # C's right edge (0.8) limits dx to 0.2 for both.
    assert out[1].x == pytest.approx(0.7)
    assert out[2].x == pytest.approx(0.9)
    assert out[1].y == pytest.approx(0.3)
    assert all(inside(r) for r in out)


def test_add_cascades_without_fully_covering_and_respects_r20_limit() -> None:
    regions: list[Region] = []
    for _ in range(MAX_REGIONS):
        regions = ops.add(regions)
    assert len(regions) == MAX_REGIONS
    assert all(inside(r) for r in regions)
    for i, new in enumerate(regions):
        for old in regions[:i]:
            assert not ops._covers(new, old)
    with pytest.raises(ops.LayoutFullError):
        ops.add(regions)
    placed = ops.add([A], Region(0.9, 0.9, 0.3, 0.3, uid="9"))
    assert placed[1] == Region(0.7, 0.7, 0.3, 0.3, uid="9")


def test_add_avoids_covering_a_small_region() -> None:
    small = Region(0.06, 0.06, 0.05, 0.05)
    [_, new] = ops.add([small])
    assert not ops._covers(new, small)


def test_remove_and_set_geometry() -> None:
    assert ops.remove([A, B, C], [0, 2]) == [B]
    out = ops.set_geometry([A, B], 1, 0.9, 0.1, 0.5, 0.5)
    assert out[1] == Region(0.5, 0.1, 0.5, 0.5, uid="2")
    assert ops.clamp_all([Region(-1, -1, 2, 2)]) == [Region(0, 0, 1, 1)]


def test_round6_list() -> None:
    [r] = ops.round6([Region(1 / 3, 0, 1 / 3, 1)])
    assert (r.x, r.w) == (0.333333, 0.333333)


def test_z_order_later_items_on_top() -> None:
    D = Region(0, 0, 0.1, 0.1, uid="4")
    regions = [A, B, C, D]
    assert ops.raise_(regions, [1]) == ([A, C, B, D], [2])
    assert ops.raise_(regions, [3]) == ([A, B, C, D], [3])
    assert ops.raise_(regions, [0, 1]) == ([C, A, B, D], [1, 2])
    assert ops.lower(regions, [2]) == ([A, C, B, D], [1])
    assert ops.lower(regions, [0, 2]) == ([A, C, B, D], [0, 1])
    assert ops.to_front(regions, [0, 2]) == ([B, D, A, C], [2, 3])
    assert ops.to_back(regions, [3, 1]) == ([B, D, A, C], [0, 1])
    with pytest.raises(IndexError):
        ops.raise_(regions, [4])


def test_duplicate_offsets_copy_on_top_without_uid() -> None:
    out, new = ops.duplicate([A, B], [0])
    assert new == [2]
    assert (out[2].x, out[2].y, out[2].w, out[2].h) == pytest.approx((0.12, 0.12, 0.2, 0.2))
    assert out[2].uid is None
    edge, _ = ops.duplicate([Region(0.8, 0.8, 0.2, 0.2)], [0])
    assert inside(edge[1])
    with pytest.raises(ops.LayoutFullError):
        ops.duplicate([A] * MAX_REGIONS, [0])


@pytest.mark.parametrize(
    ("edge", "coords"),
    [
        ("left", [(0.1, 0.1), (0.1, 0.4), (0.1, 0.7)]),
        ("right", [(0.6, 0.1), (0.5, 0.4), (0.7, 0.7)]),
        ("hcentre", [(0.35, 0.1), (0.3, 0.4), (0.4, 0.7)]),
        ("top", [(0.1, 0.1), (0.5, 0.1), (0.7, 0.1)]),
        ("bottom", [(0.1, 0.7), (0.5, 0.8), (0.7, 0.7)]),
        ("vcentre", [(0.1, 0.4), (0.5, 0.45), (0.7, 0.4)]),
    ],
)
def test_align_to_selection_bounds(edge: ops.AlignEdge, coords: list[tuple[float, float]]) -> None:
    out = ops.align([A, B, C], [0, 1, 2], edge)
    assert [(r.x, r.y) for r in out] == [pytest.approx(c) for c in coords]
    assert [(r.w, r.h) for r in out] == [(r.w, r.h) for r in (A, B, C)]


@pytest.mark.parametrize(
    ("edge", "xy"),
    [
        ("left", (0.0, 0.4)),
        ("right", (0.7, 0.4)),
        ("hcentre", (0.35, 0.4)),
        ("top", (0.5, 0.0)),
        ("bottom", (0.5, 0.9)),
        ("vcentre", (0.5, 0.45)),
    ],
)
def test_align_single_region_to_canvas(edge: ops.AlignEdge, xy: tuple[float, float]) -> None:
    out = ops.align([A, B], [1], edge)
    assert (out[1].x, out[1].y) == pytest.approx(xy)
    assert out[0] is A


def test_distribute_equal_gaps() -> None:
    regions = [
        Region(0.0, 0.0, 0.1, 0.1),
        Region(0.8, 0.5, 0.2, 0.1),
        Region(0.15, 0.2, 0.1, 0.3),
        Region(0.3, 0.0, 0.2, 0.1),
    ]
    out = ops.distribute(regions, [0, 1, 2, 3], "horizontal")
    ordered = sorted(out, key=lambda r: r.x)
    gaps = [b.x - (a.x + a.w) for a, b in itertools.pairwise(ordered)]
    assert gaps == pytest.approx([(1.0 - 0.6) / 3] * 3)
    assert out[0].x == 0.0
    assert out[1].x == 0.8
    assert [r.y for r in out] == [r.y for r in regions]

    out_v = ops.distribute(regions, [0, 1, 2], "vertical")
    ys = sorted((r.y, r.h) for r in out_v[:3])
    assert ys[0][0] == 0.0
    assert ys[-1][0] == 0.5
    gaps_v = [ys[i + 1][0] - (ys[i][0] + ys[i][1]) for i in range(2)]
    assert gaps_v[0] == pytest.approx(gaps_v[1])
    assert ops.distribute(regions, [0, 1], "horizontal") == regions


def test_pixels_round_trip_and_nudge() -> None:
    r = Region(0.25, 0.5, 0.5, 0.25, uid="9", render_mode=1)
    px = ops.to_pixels(r, 1280, 720)
    assert px == ops.PixelRect(320, 360, 640, 180)
    assert ops.from_pixels(px, 1280, 720, like=r) == r
    assert ops.from_pixels(ops.PixelRect(-10, 0, 2000, 10), 1280, 720) == Region(
        0.0, 0.0, 1.0, 10 / 720
    )
    out = ops.nudge([r], [0], 10, -1, 1280, 720)
    assert ops.to_pixels(out[0], 1280, 720).x == pytest.approx(330)
    assert ops.to_pixels(out[0], 1280, 720).y == pytest.approx(359)
    edge = ops.nudge([Region(0.9, 0.0, 0.1, 0.1)], [0], 10, -10, 1280, 720)
    assert (edge[0].x, edge[0].y) == (0.9, 0.0)


def test_a_move_lands_the_selection_on_whole_pixels_and_keeps_sizes() -> None:
    """Issue 13: a drag's offset is adjusted so the selection's corner is on a pixel."""
    from recstudio.layout.operations import move_offset_to_pixels

    regions = [Region(0.1, 0.1, 0.2, 0.2), Region(0.5, 0.5, 0.3, 0.3)]
    dx, dy = move_offset_to_pixels(regions, [0, 1], 110.8 / 1280, 62.16 / 720, 1280, 720)
    moved = ops.move(regions, [0, 1], dx, dy)
    assert moved[0].x * 1280 == pytest.approx(239.0) and moved[0].y * 720 == pytest.approx(134.0)
    assert moved[1].x - moved[0].x == pytest.approx(0.4)  # they move as one
    assert (moved[0].w, moved[1].h) == (0.2, 0.3)
    assert move_offset_to_pixels(regions, [], 0.01, 0.02, 1280, 720) == (0.01, 0.02)


def test_resized_edges_land_on_whole_pixels_and_never_vanish() -> None:
    from recstudio.layout.operations import edges_to_pixels

    r = edges_to_pixels(Region(0.10003, 0.2, 0.30021, 0.00001, uid="7"), 1280, 720)
    for edge, size in ((r.x, 1280), (r.right, 1280), (r.y, 720), (r.bottom, 720)):
        assert edge * size == pytest.approx(round(edge * size))
    assert r.h * 720 == pytest.approx(1.0) and r.uid == "7"
    edge = edges_to_pixels(Region(0.9, 0.9, 0.1, 0.1), 1280, 720)
    assert edge.right <= 1.0 and edge.bottom <= 1.0


def test_pixel_geometry_past_the_canvas_is_named_not_clamped() -> None:
    from recstudio.layout.operations import PixelRect, pixel_rect_problem

    assert pixel_rect_problem(PixelRect(0, 0, 1280, 720), 1280, 720) == ""
    assert "past the 1280 px wide canvas" in pixel_rect_problem(
        PixelRect(10, 0, 5000, 9), 1280, 720
    )
    assert "720 px high" in pixel_rect_problem(PixelRect(0, 700, 10, 30), 1280, 720)
    assert "more than 0" in pixel_rect_problem(PixelRect(0, 0, 0, 30), 1280, 720)
    assert "top-left" in pixel_rect_problem(PixelRect(-1, 0, 10, 30), 1280, 720)
