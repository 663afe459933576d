"""Pixel tests of the compositor, with every expected number worked out here from the
reference (agora-api.md §4.3, §6) — never from the compositor's own output.

Conventions the expectations use (recstudio/render/plan.py, compositor.py docstrings):
region edges at floor(v·N + 0.5); fit draws floor(s·side + 0.5) pixels centred with
(free // 2) on the top/left; alpha mixes floor(α·top + (1 − α)·below + 0.5).
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
from PIL import Image

from recstudio.render.compositor import Compositor
from recstudio.render.images import ImageCache
from recstudio.render.plan import Canvas, UserState, plan_frame
from recstudio.render.sources import ColourSource, ImageSource, Source

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)
BLACK, WHITE = (0, 0, 0), (255, 255, 255)


def hexc(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def user_colour(i: int) -> tuple[int, int, int]:
    """Distinct, far-apart colours for up to 18 users."""
    return (20 + 13 * i, 250 - 11 * i, (70 * i) % 256)


def render(
    layout: dict,
    users: list[UserState],
    sources: dict[str, Source],
    *,
    size: tuple[int, int] = (640, 360),
    t: float = 0.0,
    images: ImageCache | None = None,
    warnings: list[str] | None = None,
) -> np.ndarray:
    canvas = Canvas(width=size[0], height=size[1])
    plan = plan_frame(layout, canvas, users, t)
    warn = warnings.append if warnings is not None else None
    return Compositor(sources.__getitem__, images or ImageCache(), warn).render(plan)


def px(frame: np.ndarray, x: float, y: float) -> tuple[int, int, int]:
    """The pixel at fractional canvas position (x, y)."""
    h, w = frame.shape[:2]
    r, g, b = frame[min(int(y * h), h - 1), min(int(x * w), w - 1)]
    return int(r), int(g), int(b)


def centre(frame: np.ndarray, x: float, y: float, w: float, h: float) -> tuple[int, int, int]:
    return px(frame, x + w / 2, y + h / 2)


def boxed_picture(tmp_path: Path, sw: int, sh: int, box: tuple[int, int, int, int]) -> str:
    """A PNG: green inside ``box`` (x0, y0, x1, y1), red outside."""
    array = np.zeros((sh, sw, 3), dtype=np.uint8)
    array[:] = RED
    x0, y0, x1, y1 = box
    array[y0:y1, x0:x1] = GREEN
    path = tmp_path / f"pic-{sw}x{sh}-{x0}-{y0}.png"
    Image.fromarray(array).save(path)
    return str(path)


def full_region(uid: str, render_mode: int) -> dict:
    item = {"uid": uid, "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}
    return {"mixedVideoLayout": 3, "layoutConfig": [item | {"render_mode": render_mode}]}


# --------------------------------------------------------------------------- crop vs fit

# (source w, h, region w, h): crop keeps the centre cw×ch = region/scale, scale =
# max(rw/sw, rh/sh) — computed by hand per case:
#   16:9 1600×900 in 300×300: scale 1/3, keeps 900×900 → source columns 350..1250
#   9:16 900×1600 in 300×300: keeps rows 350..1250
#   4:3 1200×900 in 300×300: keeps columns 150..1050
#   16:9 1600×900 in 400×200: scale 1/4, keeps 1600×800 → rows 50..850
#   9:16 900×1600 in 400×200: scale 4/9, keeps 900×450 → rows 575..1025
#   4:3 1200×900 in 400×200: scale 1/3, keeps 1200×600 → rows 150..750
CROP_CASES = [
    (1600, 900, 300, 300, (350, 0, 1250, 900)),
    (900, 1600, 300, 300, (0, 350, 900, 1250)),
    (1200, 900, 300, 300, (150, 0, 1050, 900)),
    (1600, 900, 400, 200, (0, 50, 1600, 850)),
    (900, 1600, 400, 200, (0, 575, 900, 1025)),
    (1200, 900, 400, 200, (0, 150, 1200, 750)),
]


@pytest.mark.parametrize(("sw", "sh", "rw", "rh", "kept"), CROP_CASES)
def test_crop_fills_the_region_with_the_centre_of_the_source(
    tmp_path: Path, sw: int, sh: int, rw: int, rh: int, kept: tuple[int, int, int, int]
) -> None:
    images = ImageCache()
    source = ImageSource(boxed_picture(tmp_path, sw, sh, kept), images)
    frame = render(full_region("1", 0), [UserState("1")], {"1": source}, size=(rw, rh))
    # Everything but a 2-pixel seam (bilinear filter reach) is the kept, green part.
    inner = frame[2:-2, 2:-2].reshape(-1, 3)
    assert (inner == GREEN).all(), "crop showed part of the source outside the centre box"
    # and the red outside really is right next to the box: a fit of the same picture
    # shows it, so the test would fail if the box were too small
    fitted = render(full_region("1", 1), [UserState("1")], {"1": source}, size=(rw, rh))
    assert (fitted.reshape(-1, 3) == RED).all(axis=1).any()


# Fit: scale = min(rw/sw, rh/sh), drawn size floor(s·sw + .5) × floor(s·sh + .5), offset
# (free // 2). By hand:
#   16:9 1600×900 in 300×300: s 3/16 → 300×169 at y 65 → bars rows [0,65) and [234,300)
#   9:16 900×1600 in 300×300: 169×300 at x 65 → bars cols [0,65) and [234,300)
#   4:3 1200×900 in 300×300: s 1/4 → 300×225 at y 37 → rows [0,37), [262,300)
#   16:9 1600×900 in 400×200: s 2/9 → 356×200 at x 22 → cols [0,22), [378,400)
#   9:16 900×1600 in 400×200: s 1/8 → 113×200 at x 143 → cols [0,143), [256,400)
#   4:3 1200×900 in 400×200: s 2/9 → 267×200 at x 66 → cols [0,66), [333,400)
FIT_CASES = [
    (1600, 900, 300, 300, "rows", 65, 234),
    (900, 1600, 300, 300, "cols", 65, 234),
    (1200, 900, 300, 300, "rows", 37, 262),
    (1600, 900, 400, 200, "cols", 22, 378),
    (900, 1600, 400, 200, "cols", 143, 256),
    (1200, 900, 400, 200, "cols", 66, 333),
]


@pytest.mark.parametrize(("sw", "sh", "rw", "rh", "axis", "start", "end"), FIT_CASES)
def test_fit_shows_the_whole_source_between_black_bars_where_the_arithmetic_puts_them(
    sw: int, sh: int, rw: int, rh: int, axis: str, start: int, end: int
) -> None:
    source = ColourSource(hexc(GREEN), (sw, sh))
    frame = render(
        full_region("1", 1) | {"backgroundColor": "#ffffff"},
        [UserState("1")],
        {"1": source},
        size=(rw, rh),
    )
    lines = frame if axis == "rows" else frame.transpose(1, 0, 2)
    assert (lines[:start] == BLACK).all()
    assert (lines[end:] == BLACK).all()
    assert (lines[start:end] == GREEN).all()


# --------------------------------------------------------------------------- alpha, stacking


@pytest.mark.parametrize(("alpha", "expected"), [(0.5, (128, 0, 128)), (0.25, (64, 0, 191))])
def test_alpha_blends_the_region_over_the_background(alpha: float, expected: tuple) -> None:
    # red at α over blue: r = floor(255α + .5), b = floor(255(1 − α) + .5)
    layout = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#0000ff",
        "layoutConfig": [
            {
                "uid": "1",
                "x_axis": 0.25,
                "y_axis": 0.25,
                "width": 0.5,
                "height": 0.5,
                "alpha": alpha,
            }
        ],
    }
    frame = render(layout, [UserState("1")], {"1": ColourSource("#ff0000", (640, 360))})
    assert px(frame, 0.5, 0.5) == expected
    assert px(frame, 0.1, 0.1) == BLUE


def test_later_items_are_drawn_on_top_and_alpha_mixes_with_the_region_below() -> None:
    layout = {
        "mixedVideoLayout": 3,
        "layoutConfig": [
            {"uid": "1", "x_axis": 0.0, "y_axis": 0.0, "width": 0.6, "height": 0.6},
            {"uid": "2", "x_axis": 0.4, "y_axis": 0.4, "width": 0.6, "height": 0.6},
            {"uid": "3", "x_axis": 0.5, "y_axis": 0.0, "width": 0.5, "height": 0.3, "alpha": 0.5},
        ],
    }
    sources = {
        "1": ColourSource("#ff0000", (640, 360)),
        "2": ColourSource("#00ff00", (640, 360)),
        "3": ColourSource("#0000ff", (640, 360)),
    }
    users = [UserState("1"), UserState("2"), UserState("3")]
    frame = render(layout, users, sources)
    assert px(frame, 0.2, 0.2) == RED
    assert px(frame, 0.5, 0.5) == GREEN  # overlap of 1 and 2: the later item wins
    assert px(frame, 0.8, 0.8) == GREEN
    assert px(frame, 0.55, 0.1) == (128, 0, 128)  # blue at .5 over red (item 1)
    assert px(frame, 0.8, 0.1) == (0, 0, 128)  # blue at .5 over the black background


def test_region_edges_follow_the_rounding_rule() -> None:
    # x 0.1 of 641 px: floor(64.1 + .5) = 64 → column 63 background, 64 region
    layout = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "1", "x_axis": 0.1, "y_axis": 0.0, "width": 0.5, "height": 1}],
    }
    frame = render(
        layout, [UserState("1")], {"1": ColourSource("#ff0000", (10, 10))}, size=(641, 10)
    )
    # right edge floor(0.6·641 + .5) = floor(385.1) = 385
    assert tuple(frame[5, 63]) == BLACK and tuple(frame[5, 64]) == RED
    assert tuple(frame[5, 384]) == RED and tuple(frame[5, 385]) == BLACK


# --------------------------------------------------------------------------- presets


def colour_users(n: int) -> tuple[list[UserState], dict[str, Source]]:
    users = [UserState(str(1000 + i)) for i in range(n)]
    sources: dict[str, Source] = {
        u.uid: ColourSource(hexc(user_colour(i)), (1280, 720)) for i, u in enumerate(users)
    }
    return users, sources


def floating_expected(n: int) -> list[tuple[float, float, float, float]]:
    """§6.1 by hand: U1 full; U2… 0.235 squares, x = 0.012 + 0.247·col, y = 0.753 − 0.247·row."""
    out = [(0.0, 0.0, 1.0, 1.0)]
    for i in range(n - 1):
        col, row = i % 4, i // 4
        out.append((0.012 + 0.247 * col, 0.753 - 0.247 * row, 0.235, 0.235))
    return out


def best_fit_expected(n: int) -> list[tuple[float, float, float, float]]:
    """§6.2 table."""
    if n == 1:
        return [(0, 0, 1, 1)]
    if n == 17:
        cells = [(0.1 + 0.2 * (i % 4), 0.2 * (i // 4), 0.2, 0.2) for i in range(16)]
        return [*cells, (0.4, 0.8, 0.2, 0.2)]
    cols = 3  # 5–9 users
    return [((i % cols) / cols, (i // cols) / cols, 1 / cols, 1 / cols) for i in range(n)]


@pytest.mark.parametrize("n", [1, 5, 17])
def test_floating_puts_u1_full_and_the_others_in_small_rows_from_the_bottom(n: int) -> None:
    users, sources = colour_users(n)
    frame = render({"mixedVideoLayout": 0}, users, sources, size=(1280, 720))
    expected = floating_expected(n)
    for i, (x, y, w, h) in enumerate(expected):
        assert centre(frame, x, y, w, h) == user_colour(i), f"user {i + 1}"
    # U1 shows in the gap between small regions
    assert px(frame, 0.006, 0.99) == user_colour(0)


@pytest.mark.parametrize("n", [1, 5, 17])
def test_best_fit_grids_users_in_join_order(n: int) -> None:
    users, sources = colour_users(n)
    frame = render({"mixedVideoLayout": 1, "backgroundColor": "#ffffff"}, users, sources)
    for i, (x, y, w, h) in enumerate(best_fit_expected(n)):
        assert centre(frame, x, y, w, h) == user_colour(i), f"user {i + 1}"
    if n == 5:  # cells 6–9 of the 3×3 grid are empty: background
        assert px(frame, 0.5, 0.9) == WHITE
    if n == 17:  # the 0.1-wide side bands and the rest of row five are background
        assert px(frame, 0.05, 0.5) == WHITE
        assert px(frame, 0.2, 0.9) == WHITE


@pytest.mark.parametrize("n", [1, 5, 17])
def test_vertical_shows_the_max_resolution_user_large_and_the_rest_in_columns(n: int) -> None:
    users, sources = colour_users(n)
    large = n // 2  # a user from the middle of the join order
    layout = {
        "mixedVideoLayout": 2,
        "maxResolutionUid": users[large].uid,
        "backgroundColor": "#ffffff",
    }
    frame = render(layout, users, sources, size=(1280, 720))
    smalls = [i for i in range(n) if i != large]
    # §6.3 table by total N: 1–5 → Large 4/5, smalls 1/5 × 1/4; 10–17 → Large 4/5,
    # smalls 1/10 × 1/8 in two columns (x 0.8 then 0.9)
    large_w = 4 / 5
    assert centre(frame, 0, 0, large_w, 1) == user_colour(large)
    # Large is fitted: 1280×720 source in 1024×720 → 1024×576, bars of 72 rows (black)
    assert px(frame, 0.4, 0.05) == BLACK and px(frame, 0.4, 0.95) == BLACK
    for j, i in enumerate(smalls):
        if n <= 5:
            x, y, w, h = 0.8, j / 4, 1 / 5, 1 / 4
        else:
            x, y, w, h = 0.8 + 0.1 * (j // 8), (j % 8) / 8, 1 / 10, 1 / 8
        assert centre(frame, x, y, w, h) == user_colour(i), f"small {j}"


def test_vertical_without_its_large_user_shows_background_colour_in_the_large_area() -> None:
    users, sources = colour_users(3)
    layout = {"mixedVideoLayout": 2, "maxResolutionUid": "999", "backgroundColor": "#ffffff"}
    frame = render(layout, users, sources)
    assert px(frame, 0.4, 0.5) == WHITE
    for j in range(3):
        assert centre(frame, 0.8, j / 4, 0.2, 0.25) == user_colour(j)


def test_the_eighteenth_user_is_not_shown() -> None:
    users, sources = colour_users(18)
    frame = render({"mixedVideoLayout": 1}, users, sources, size=(1280, 720))
    colours = {tuple(c) for c in frame.reshape(-1, 3)[::7]}
    assert user_colour(16) in colours
    assert user_colour(17) not in colours
    plan = plan_frame({"mixedVideoLayout": 1}, Canvas(1280, 720), users, 0)
    assert plan.unshown_uids == ("1017",)


def test_custom_items_without_uid_take_unnamed_users_in_join_order() -> None:
    users, sources = colour_users(3)
    layout = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#ffffff",
        "layoutConfig": [
            {"x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1},
            {"uid": "1000", "x_axis": 0.5, "y_axis": 0, "width": 0.5, "height": 0.5},
            {"x_axis": 0.5, "y_axis": 0.5, "width": 0.5, "height": 0.5},
            {"uid": "555", "x_axis": 0.4, "y_axis": 0.4, "width": 0.2, "height": 0.2},
        ],
    }
    frame = render(layout, users, sources)
    assert px(frame, 0.25, 0.9) == user_colour(1)  # first unnamed user: 1001
    assert px(frame, 0.75, 0.25) == user_colour(0)
    assert px(frame, 0.75, 0.75) == user_colour(2)
    assert px(frame, 0.5, 0.5) == WHITE  # uid 555 is not in the channel: backgroundColor


# --------------------------------------------------------------------------- 3.5 s rule


class _Counter(http.server.SimpleHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        _Counter.hits[self.path] = _Counter.hits.get(self.path, 0) + 1
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def image_server(tmp_path: Path):
    """A real HTTP server on loopback serving tmp_path (backgroundConfig URLs are https in
    production; the fetch path is the same)."""
    handler = lambda *a, **k: _Counter(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Counter.hits = {}
    yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    server.shutdown()
    server.server_close()


def solid_png(directory: Path, name: str, rgb: tuple[int, int, int]) -> None:
    Image.new("RGB", (64, 36), rgb).save(directory / name)


def stopped_frame(layout: dict, t: float, **kw: object) -> np.ndarray:
    """uid 1 (red source) stopped video at 10 s; its region is the left half."""
    item = {"uid": "1", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1}
    full = {"mixedVideoLayout": 3, "layoutConfig": [item], "backgroundColor": "#ffffff"} | layout
    users = [UserState("1", video=False, video_off_at=10.0)]
    return render(full, users, {"1": ColourSource("#ff0000", (640, 360))}, t=t, **kw)  # type: ignore[arg-type]


def test_last_frame_stays_for_3_5_seconds_then_the_per_uid_image(image_server) -> None:
    base, root = image_server
    solid_png(root, "uid1.png", (10, 20, 30))
    solid_png(root, "default.png", (40, 50, 60))
    layout = {
        "backgroundConfig": [{"uid": "1", "image_url": f"{base}/uid1.png"}],
        "defaultUserBackgroundImage": f"{base}/default.png",
    }
    images = ImageCache()
    assert px(stopped_frame(layout, 13.49, images=images), 0.25, 0.5) == RED
    assert px(stopped_frame(layout, 13.5, images=images), 0.25, 0.5) == (10, 20, 30)
    stopped_frame(layout, 20, images=images)
    assert _Counter.hits == {"/uid1.png": 1}  # fetched once, then cached


def test_without_a_per_uid_image_the_default_user_image_shows(image_server) -> None:
    base, root = image_server
    solid_png(root, "default.png", (40, 50, 60))
    layout = {"defaultUserBackgroundImage": f"{base}/default.png"}
    assert px(stopped_frame(layout, 14), 0.25, 0.5) == (40, 50, 60)


def test_a_per_uid_image_that_fails_falls_back_to_the_default_image_with_a_warning(
    image_server,
) -> None:
    base, root = image_server
    solid_png(root, "default.png", (40, 50, 60))
    layout = {
        "backgroundConfig": [{"uid": "1", "image_url": f"{base}/missing.png"}],
        "defaultUserBackgroundImage": f"{base}/default.png",
    }
    warnings: list[str] = []
    assert px(stopped_frame(layout, 14, warnings=warnings), 0.25, 0.5) == (40, 50, 60)
    assert len(warnings) == 1 and "missing.png: HTTP 404" in warnings[0]


def test_then_the_canvas_background_image_then_the_colour(tmp_path: Path) -> None:
    solid_png(tmp_path, "canvas.png", (70, 80, 90))
    with_image = {"backgroundImage": str(tmp_path / "canvas.png")}
    assert px(stopped_frame(with_image, 14), 0.25, 0.5) == (70, 80, 90)
    assert px(stopped_frame({}, 14), 0.25, 0.5) == WHITE


def test_an_image_over_the_size_limit_is_refused_with_a_clear_message(image_server) -> None:
    base, root = image_server
    Image.effect_noise((600, 600), 100).convert("RGB").save(root / "big.png")
    images = ImageCache(max_bytes=10_000)
    with pytest.raises(Exception, match=r"big.png: .*over the 10000 limit|more than 10000"):
        images.get(f"{base}/big.png")


def test_a_user_who_never_sent_video_in_a_floating_small_region_is_transparent() -> None:
    users, sources = colour_users(2)
    users[1] = UserState(users[1].uid, video=False)
    frame = render({"mixedVideoLayout": 0}, users, sources, size=(1280, 720))
    x, y, w, h = floating_expected(2)[1]
    assert centre(frame, x, y, w, h) == user_colour(0)  # U1 shows through
