"""Issue 14 in the app: the Rehearsal dock (script templates, scrub with real pixels,
export a video with progress, cancellable) and the cost badge with its hints."""

from __future__ import annotations

import av
import pytest
from PySide6.QtWidgets import QDockWidget

from recstudio.render.sources import card_colour


def _panel(win, qtbot):
    dock = win.findChild(QDockWidget, "rehearsalDock")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.widget().objectName() == "rehearsalPanel", timeout=5000)
    return dock.widget()


def _use_script(win, qtbot, panel, key: str) -> None:
    panel.templates.setCurrentIndex(panel.templates.findData(key))
    panel.use_template.click()
    qtbot.waitUntil(lambda: bool(panel.session is not None and panel.session.rehearsal.events))
    qtbot.waitUntil(
        lambda: panel.session.duration == 90.0 if key == "interview-late-guest" else True
    )


def test_script_scrub_shows_real_pixels_of_each_moment(window, qtbot) -> None:
    panel = _panel(window, qtbot)
    _use_script(window, qtbot, panel, "interview-late-guest")
    assert window.document.project.rehearsal["events"][0]["uid"] == "1001"
    assert "1:20" not in panel.markers_label.text()  # the guest leaving is no marker
    panel.real_pixels.setChecked(True)
    for t, expected in ((5.0, ["1001"]), (30.0, ["1001", "1002"])):
        panel.seek(t)
        qtbot.waitUntil(lambda t=t: panel.shown_t == t, timeout=10000)
        assert [u.uid for u in panel.session.users_at(t)] == expected
    image = panel.preview.pixmap().toImage()
    # best fit with two users: 1001 on the left, 1002 on the right (sampled near the top)
    left = image.pixelColor(int(image.width() * 0.25), int(image.height() * 0.05))
    right = image.pixelColor(int(image.width() * 0.75), int(image.height() * 0.05))
    for colour, uid in ((left, "1001"), (right, "1002")):
        r, g, b = card_colour(uid)
        got = (colour.red(), colour.green(), colour.blue())
        assert max(abs(x - y) for x, y in zip(got, (r, g, b), strict=True)) < 30, (uid, got)
    window.document.undo_stack.undo()
    assert window.document.project.rehearsal == {}


def test_real_pixels_also_cover_the_layout_canvas_until_switched_off(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    from recstudio.ui.canvas.view import LayoutView

    for row in range(window.section_list.count()):
        if window.section_list.item(row).data(Qt.ItemDataRole.UserRole) == "layout":
            window.section_list.setCurrentRow(row)
    qtbot.waitUntil(lambda: bool(window.findChildren(LayoutView)), timeout=5000)
    scene = window.findChildren(LayoutView)[0].scene()
    panel = _panel(window, qtbot)
    _use_script(window, qtbot, panel, "interview-late-guest")
    panel.real_pixels.setChecked(True)
    panel.seek(30.0)
    qtbot.waitUntil(lambda: panel.shown_t == 30.0, timeout=10000)
    item = scene._real_pixels_item
    assert item is not None and not item.pixmap().isNull()
    assert item.sceneBoundingRect().width() == pytest.approx(scene.canvas_rect().width())
    panel.real_pixels.setChecked(False)
    assert scene._real_pixels_item is None and item not in scene.items()


def test_export_video_reports_progress_and_can_be_cancelled(window, qtbot, tmp_path) -> None:
    panel = _panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.session is not None)
    out = tmp_path / "short.mp4"
    panel.export(str(out), video=True, duration=1.0)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Exported"), timeout=20000)
    assert panel.progress.isHidden()
    with av.open(str(out)) as container:
        assert container.streams.video[0].width == 1280
    long = tmp_path / "long.mp4"
    panel.export(str(long), video=True, duration=600.0)
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=20000)
    assert panel.cancel.isVisible()
    panel.cancel.click()
    qtbot.waitUntil(lambda: "cancelled" in panel.status.text(), timeout=20000)
    assert not long.exists()


def test_cost_badge_names_the_tier_and_a_tier_dropping_hint(window, qtbot) -> None:
    badge = window.rehearsal["badge"]
    qtbot.waitUntil(lambda: "/1,000 min" in badge.text(), timeout=10000)
    doc = window.document
    doc.set_value(
        ("rehearsal",),
        {"events": [
            {"at": 0, "kind": "join", "uid": "1001", "source": "card@1920x1080"},
            {"at": 0, "kind": "join", "uid": "1002", "source": "card@1280x720"},
        ]},
        "script",
    )  # fmt: skip
    # 2,073,600 + 921,600 = 2,995,200 px → 2K; 1001 at its 160×120 low stream → 940,800 px
    qtbot.waitUntil(lambda: badge.text().startswith("2K "), timeout=10000)
    assert "low stream of uid 1001 moves this from 2K to Full HD" in badge.toolTip()
    # the Layout workspace shows the same badge under its canvas
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    for row in range(window.section_list.count()):
        if window.section_list.item(row).data(Qt.ItemDataRole.UserRole) == "layout":
            window.section_list.setCurrentRow(row)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "layoutCostBadge") is not None)
    layout_badge = window.findChild(QLabel, "layoutCostBadge")
    qtbot.waitUntil(lambda: layout_badge.text() == badge.text(), timeout=10000)
