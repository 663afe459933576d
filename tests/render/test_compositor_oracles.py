"""More pixel oracles worked out by hand from reference §4.3/§6 (issue 14 review): the exact
edges a crop keeps, downscaling as an area average, and the frozen last frame of §6.5."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from recstudio.render.compositor import Compositor
from recstudio.render.images import ImageCache
from recstudio.render.plan import Canvas, UserState, plan_frame
from recstudio.render.sources import CardSource, ImageSource, Source

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)


def _render(layout: dict, users: list[UserState], sources: dict[str, Source], size, t=0.0):
    plan = plan_frame(layout, Canvas(*size), users, t)
    return Compositor(sources.__getitem__, ImageCache()).render(plan)


def _full(uid: str, render_mode: int = 0) -> dict:
    item = {
        "uid": uid,
        "x_axis": 0,
        "y_axis": 0,
        "width": 1,
        "height": 1,
        "render_mode": render_mode,
    }
    return {"mixedVideoLayout": 3, "layoutConfig": [item]}


def _is(pixels: np.ndarray, rgb: tuple[int, int, int], tol: int = 40) -> bool:
    return bool((np.abs(pixels.astype(int) - np.array(rgb)) <= tol).all())


@pytest.mark.parametrize("portrait", [False, True])
def test_crop_keeps_exactly_the_centre_box_no_more_no_less(tmp_path: Path, portrait: bool) -> None:
    # 1600×900 in a 300×300 region: scale 1/3, the kept columns are 350..1250 (900 px).
    # Blue 6-px bands just inside that box are 2 output pixels each: columns 0–1 and
    # 298–299 must be blue. A crop zoomed in or out by one output pixel loses a band or
    # shows the red outside. (1600 is not a multiple of the reduce factor 3: the mapping
    # must not drift across the picture.)
    array = np.zeros((900, 1600, 3), dtype=np.uint8)
    array[:] = RED
    array[:, 350:1250] = GREEN
    array[:, 350:356] = BLUE
    array[:, 1244:1250] = BLUE
    if portrait:  # the same picture turned: 900×1600, kept rows 350..1250
        array = array.transpose(1, 0, 2).copy()
    path = tmp_path / "bands.png"
    Image.fromarray(array).save(path)
    frame = _render(
        _full("1"), [UserState("1")], {"1": ImageSource(str(path), ImageCache())}, (300, 300)
    )
    lines = (frame.transpose(1, 0, 2) if portrait else frame).astype(int)
    for edge in (lines[:, 0:2], lines[:, 298:300]):  # blue, at most a third of a neighbour
        assert (edge[..., 2] >= 165).all() and (edge[..., :2] <= 90).all(), edge[150]
    assert _is(lines[:, 3:297], GREEN, tol=0)


def test_a_downscale_averages_the_source_pixels_each_output_pixel_covers(tmp_path: Path) -> None:
    # Columns white, black, black repeated, 900 wide, into 300 columns: each output pixel
    # covers exactly one white and two black source columns → 255 / 3 = 85 everywhere
    # (an area average shows fine detail as flat grey, with no moiré bands).
    array = np.zeros((300, 900, 3), dtype=np.uint8)
    array[:, 0::3] = 255
    path = tmp_path / "stripes.png"
    Image.fromarray(array).save(path)
    frame = _render(
        _full("1"), [UserState("1")], {"1": ImageSource(str(path), ImageCache())}, (300, 100)
    )
    # crop of 900×300 into 300×100: scale 1/3 on both axes, nothing cut
    inner = frame[:, 1:-1].astype(int)
    assert np.abs(inner - 85).max() <= 1, sorted(set(inner[50, :, 0].tolist()))


def test_a_stopped_card_keeps_its_last_frame_then_the_background() -> None:
    # §6.5: video stops at 10 s; until 13.5 s the region shows the frame of 10 s (the
    # card's marker frozen where it was), from 13.5 s the background colour.
    card = CardSource("1001", (640, 360))
    layout = _full("1001") | {"backgroundColor": "#204060"}
    live = [UserState("1001")]
    stopped = [UserState("1001", video=False, video_off_at=10.0)]
    size = (640, 360)
    at_10 = _render(layout, live, {"1001": card}, size, t=10.0)
    at_12_live = _render(layout, live, {"1001": card}, size, t=12.0)
    assert not np.array_equal(at_10, at_12_live)  # the marker moves while live
    assert np.array_equal(_render(layout, stopped, {"1001": card}, size, t=12.0), at_10)
    assert np.array_equal(_render(layout, stopped, {"1001": card}, size, t=13.49), at_10)
    after = _render(layout, stopped, {"1001": card}, size, t=13.5)
    assert (after.reshape(-1, 3) == (0x20, 0x40, 0x60)).all()
