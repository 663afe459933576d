"""Named custom-layout templates: inside the canvas, at most 17 regions (R20)."""

from __future__ import annotations

import pytest

from recstudio.layout.presets import VERTICAL, preset_regions
from recstudio.layout.regions import MAX_REGIONS
from recstudio.layout.templates import TEMPLATES, template

CANVASES = [(360, 640), (1280, 720), (1920, 1080), (640, 640)]


@pytest.mark.parametrize("name", list(TEMPLATES))
@pytest.mark.parametrize(("w", "h"), CANVASES)
def test_every_template_is_valid(name: str, w: int, h: int) -> None:
    regions = template(name, w, h)
    assert 1 <= len(regions) <= MAX_REGIONS
    for r in regions:
        item = r.to_json()
        assert item["x_axis"] >= 0 and item["x_axis"] + item["width"] <= 1 + 1e-12
        assert item["y_axis"] >= 0 and item["y_axis"] + item["height"] <= 1 + 1e-12
        assert r.w > 0 and r.h > 0
        assert r.uid is None


def test_grids() -> None:
    assert len(template("2x2", 640, 360)) == 4
    assert len(template("3x3", 640, 360)) == 9
    cells = template("4x4", 640, 360)
    assert len(cells) == 16
    assert (cells[5].x, cells[5].y, cells[5].w) == (0.25, 0.25, 0.25)
    assert len(template("3x3", 640, 360, n=5)) == 5


@pytest.mark.parametrize(("w", "h"), CANVASES)
def test_pip_inset_is_16_9_in_pixels_with_margin(w: int, h: int) -> None:
    main, inset = template("pip", w, h)
    assert (main.x, main.y, main.w, main.h) == (0.0, 0.0, 1.0, 1.0)
    px_w, px_h = inset.w * w, inset.h * h
    assert px_w / px_h == pytest.approx(16 / 9, rel=1e-3)
    right_margin = w - (inset.x + inset.w) * w
    bottom_margin = h - (inset.y + inset.h) * h
    assert right_margin > 0
    assert right_margin == pytest.approx(bottom_margin, abs=0.01)


def test_pip_several_insets_stack_without_overlap() -> None:
    _, a, b = template("pip", 1280, 720, n=2)
    assert b.y + b.h < a.y
    with pytest.raises(ValueError, match="do not fit"):
        template("pip", 1280, 720, n=10)


def test_side_by_side_speaker_strip_and_one_plus_n() -> None:
    left, right = template("side-by-side", 1280, 720)
    assert (left.w, right.x) == (0.5, 0.5)
    speaker, *strip = template("speaker-strip", 1280, 720, n=3)
    assert speaker.h == 0.75
    assert [r.x for r in strip] == [0.0, 0.333333, 0.666667]
    assert template("one-plus-n", 360, 640, n=6) == preset_regions(
        VERTICAL, 7, max_resolution_index=0
    )


def test_errors() -> None:
    with pytest.raises(ValueError, match="unknown template"):
        template("nope", 640, 360)
    with pytest.raises(ValueError):
        template("side-by-side", 640, 360, n=18)
    with pytest.raises(ValueError):
        template("one-plus-n", 640, 360, n=17)
    with pytest.raises(ValueError):
        template("2x2", 0, 360)
    with pytest.raises(ValueError):
        template("2x2", 640, 360, n=0)
