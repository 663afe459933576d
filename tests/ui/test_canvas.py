"""qtbot tests of the layout canvas: mouse and keyboard on the real viewport, checked in the
model (6 decimals, R20) and by sampling pixels of the rendered view (never golden images)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recstudio.layout import operations as ops
from recstudio.layout.presets import convert_to_custom, preset_slots
from recstudio.layout.regions import regions_to_json
from recstudio.layout.snapping import Guide
from recstudio.layout.templates import TEMPLATES, template
from recstudio.model.enums import Mode
from recstudio.model.paths import MISSING
from recstudio.model.project import Participant, new_project
from recstudio.ui.canvas import LayoutEditor
from recstudio.ui.canvas.controller import LayoutController
from recstudio.ui.canvas.inspector import RegionInspector
from recstudio.ui.canvas.items import GUIDE_COLOUR
from recstudio.ui.document import ProjectDocument

LC = ("layouts", "Main", "layoutConfig")
ZOOM = 0.5  # view pixels per output pixel: a 1280×720 canvas is 640×360 on screen

TWO = [
    {"x_axis": 0.1, "y_axis": 0.1, "width": 0.2, "height": 0.2},
    {"x_axis": 0.5, "y_axis": 0.5, "width": 0.3, "height": 0.3},
]


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[LayoutEditor]:
    document = ProjectDocument(new_project(Mode.MIX))
    widget = LayoutEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # canvas keys are shortcuts: they need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    widget.view.setFocus()
    widget.view.set_zoom(ZOOM)
    yield widget


def use_regions(editor: LayoutEditor, items: list[dict[str, Any]]) -> None:
    doc = editor.document
    doc.set_values([(("layouts", "Main", "mixedVideoLayout"), 3), (LC, items)], "setup")
    doc.undo_stack.clear()
    doc.refresh()


def region(editor: LayoutEditor, i: int) -> dict[str, Any]:
    return editor.document.project.layouts["Main"]["layoutConfig"][i]


def vpos(editor: LayoutEditor, fx: float, fy: float) -> QPoint:
    """Viewport point of a canvas point given in fractions."""
    return editor.view.mapFromScene(QPointF(fx * 1280, fy * 720))


def move_event(editor: LayoutEditor, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
    """A drag move carrying the pressed button and modifiers (qtbot.mouseMove carries none)."""
    vp = editor.view.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(vp.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        mods,
    )
    QApplication.sendEvent(vp, event)


def drag(
    qtbot: QtBot,
    editor: LayoutEditor,
    start: QPoint,
    delta: tuple[int, int],
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    release: bool = True,
) -> QPoint:
    vp = editor.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, mods, start)
    end = start + QPoint(*delta)
    for k in range(1, 5):
        p = start + QPoint(delta[0] * k // 4, delta[1] * k // 4)
        if mods == Qt.KeyboardModifier.NoModifier:
            qtbot.mouseMove(vp, p)
        else:
            move_event(editor, p, mods)
    if release:
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, end)
    return end


def test_drag_moves_region_as_one_undo_step(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (50, 25))  # 100 × 50 output pixels
    assert region(editor, 0)["x_axis"] == round(0.1 + 100 / 1280, 6) == 0.178125
    assert region(editor, 0)["y_axis"] == round(0.1 + 50 / 720, 6) == 0.169444
    assert region(editor, 0)["width"] == 0.2
    assert region(editor, 1) == TWO[1]
    stack = editor.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert region(editor, 0) == TWO[0]
    assert editor.scene.region_items[0].rect_px().x() == pytest.approx(128.0)
    stack.redo()
    assert region(editor, 0)["x_axis"] == 0.178125
    assert editor.scene.region_items[0].rect_px().x() == pytest.approx(0.178125 * 1280)


def test_drag_snaps_to_canvas_edge_and_draws_guides(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    # 114 output px to the left leaves x at 14 px, inside the 16 px (8 screen px) threshold
    end = drag(qtbot, editor, vpos(editor, 0.2, 0.2), (-57, 0), release=False)
    guides = editor.scene.guides.guides
    assert any(g.orientation == "vertical" and g.position == 0.0 for g in guides)
    qtbot.mouseRelease(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert region(editor, 0)["x_axis"] == 0.0
    assert region(editor, 0)["y_axis"] == 0.1
    assert editor.scene.guides.guides == ()


def test_alt_suspends_snapping(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (-57, 0), Qt.KeyboardModifier.AltModifier)
    assert region(editor, 0)["x_axis"] == round(0.1 - 114 / 1280, 6) == 0.010938


def test_drag_snaps_right_edge_to_other_region(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    # right edge 0.3 + 250/1280 = 0.4953 → snaps to region 2's left edge at 0.5
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (125, 0))
    assert region(editor, 0)["x_axis"] == 0.3
    assert region(editor, 0)["y_axis"] == 0.1


def test_drag_leaves_other_regions_untouched(qtbot: QtBot, editor: LayoutEditor) -> None:
    stray = {"x_axis": 0.85, "y_axis": 0.7, "width": 0.2, "height": 0.2, "alpha": 1}
    use_regions(editor, [TWO[0], stray])
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (50, 25))
    assert region(editor, 0)["x_axis"] == 0.178125
    assert region(editor, 1) == stray  # still sticking out (R20 error), not clipped


def test_resize_with_handle(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    vp = editor.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=vpos(editor, 0.2, 0.2))
    assert editor.controller.selection == [0]
    drag(qtbot, editor, vpos(editor, 0.3, 0.3), (30, 20))  # south-east handle
    item = region(editor, 0)
    assert (item["x_axis"], item["y_axis"]) == (0.1, 0.1)
    assert item["width"] == round(0.2 + 60 / 1280, 6) == 0.246875
    assert item["height"] == round(0.2 + 40 / 720, 6) == 0.255556
    assert editor.document.undo_stack.count() == 1


def test_resize_snaps_edge_to_centre_line(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    vp = editor.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=vpos(editor, 0.2, 0.2))
    drag(qtbot, editor, vpos(editor, 0.3, 0.2), (125, 0))  # east handle to 0.4953
    assert region(editor, 0)["width"] == 0.4
    assert region(editor, 0)["height"] == 0.2


def test_nudge_one_and_ten_pixels_merges_into_one_undo_step(
    qtbot: QtBot, editor: LayoutEditor
) -> None:
    use_regions(editor, TWO)
    editor.select([0])
    view = editor.view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert region(editor, 0)["x_axis"] == round(0.1 + 3 / 1280, 6)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert region(editor, 0)["x_axis"] == round(0.1 + 13 / 1280, 6)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert region(editor, 0)["y_axis"] == round(0.1 + 10 / 720, 6)
    stack = editor.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert region(editor, 0) == TWO[0]


def test_lock_blocks_drag_resize_nudge_delete_and_inspector(
    qtbot: QtBot, editor: LayoutEditor
) -> None:
    use_regions(editor, TWO)
    editor.select([0])
    editor.controller.set_flag("locked", True)
    assert editor.document.get(("editor", "layouts", "Main", "locked")) == [True, False]
    before = editor.document.undo_stack.count()
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (50, 25))
    drag(qtbot, editor, vpos(editor, 0.3, 0.3), (30, 20))  # where a handle would be
    qtbot.keyClick(editor.view, Qt.Key.Key_Left)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert region(editor, 0) == TWO[0]
    assert len(editor.document.project.layouts["Main"]["layoutConfig"]) == 2
    assert editor.document.undo_stack.count() == before
    assert not editor.inspector.pixel_boxes["x"].isEnabled()
    assert not editor.inspector.uid_combo.isEnabled()
    assert editor.scene.region_items[0].handle_at(QPointF(384, 216)) is None
    # unlocking gives every path back
    editor.controller.set_flag("locked", False)
    assert editor.inspector.pixel_boxes["x"].isEnabled()
    qtbot.keyClick(editor.view, Qt.Key.Key_Left)
    assert region(editor, 0)["x_axis"] == round(0.1 - 1 / 1280, 6)


@pytest.mark.parametrize("kind", [0, 1, 2])
@pytest.mark.parametrize("users", [1, 5, 17])
def test_preview_and_convert_to_custom_is_one_step(
    editor: LayoutEditor, kind: int, users: int
) -> None:
    doc = editor.document
    doc.project.roster = [Participant(uid=str(2000 + i)) for i in range(3)]
    doc.set_value(("layouts", "Main", "mixedVideoLayout"), kind)
    if kind == 2:
        doc.set_value(("layouts", "Main", "maxResolutionUid"), "2001")
    editor.users_spin.setValue(users)
    large = 1 if kind == 2 and users > 1 else None
    slots = preset_slots(kind, users, max_resolution_index=large)
    items = editor.scene.region_items
    assert len(items) == len(slots)
    for item, slot in zip(items, slots, strict=True):
        r = item.rect_px()
        assert (r.x(), r.y()) == pytest.approx((slot.region.x * 1280, slot.region.y * 720))
        assert (r.width(), r.height()) == pytest.approx((slot.region.w * 1280, slot.region.h * 720))
    before = doc.snapshot().layouts["Main"]
    doc.undo_stack.clear()
    editor.convert_button.click()
    layout = doc.project.layouts["Main"]
    uids = ["2000", "2001", "2002"] + [None] * 14
    expected = convert_to_custom(kind, users, uids[:users], max_resolution_index=large)
    assert layout["mixedVideoLayout"] == 3
    assert layout["layoutConfig"] == regions_to_json(expected)
    assert "maxResolutionUid" not in layout  # R19: only meaningful in vertical
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.project.layouts["Main"] == before


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_template_replaces_layout_config_in_one_step(editor: LayoutEditor, name: str) -> None:
    use_regions(editor, TWO)
    editor.controller.apply_template(name)
    assert editor.document.project.layouts["Main"]["layoutConfig"] == regions_to_json(
        template(name, 1280, 720)
    )
    editor.document.undo_stack.undo()
    assert editor.document.project.layouts["Main"]["layoutConfig"] == TWO


def test_z_order_moves_items_and_flags(editor: LayoutEditor) -> None:
    three = [*TWO, {"uid": "7", "x_axis": 0.0, "y_axis": 0.0, "width": 0.1, "height": 0.1}]
    use_regions(editor, three)
    editor.select([0])
    editor.controller.set_flag("hidden", True)
    editor.controller.to_front()
    assert editor.document.project.layouts["Main"]["layoutConfig"] == [three[1], three[2], three[0]]
    assert editor.document.get(("editor", "layouts", "Main", "hidden")) == [False, False, True]
    assert editor.controller.selection == [2]
    editor.controller.lower_selected()
    assert editor.document.project.layouts["Main"]["layoutConfig"] == [three[1], three[0], three[2]]
    assert editor.region_list.list.item(0).text().startswith("3.")  # front row first


def test_ctrl_click_multi_select_and_align(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    vp = editor.view.viewport()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=vpos(editor, 0.2, 0.2))
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, ctrl, vpos(editor, 0.6, 0.6))
    assert editor.controller.selection == [0, 1]
    editor.actions_by_name["align-left"].trigger()
    assert region(editor, 1)["x_axis"] == 0.1
    assert region(editor, 1)["y_axis"] == 0.5
    editor.actions_by_name["align-top"].trigger()
    assert region(editor, 1)["y_axis"] == 0.1


def test_rubber_band_selects_touched_regions(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    drag(qtbot, editor, vpos(editor, 0.02, 0.02), (330, 220))  # from empty canvas
    assert editor.controller.selection == [0, 1]


def test_delete_duplicate_copy_paste_keys(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, [{**TWO[0], "uid": "5"}, TWO[1]])
    editor.select([0])
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor.view, Qt.Key.Key_D, ctrl)
    items = editor.document.project.layouts["Main"]["layoutConfig"]
    assert len(items) == 3
    assert items[2] == {"x_axis": 0.12, "y_axis": 0.12, "width": 0.2, "height": 0.2}
    assert editor.controller.selection == [2]
    editor.select([0])
    qtbot.keyClick(editor.view, Qt.Key.Key_C, ctrl)
    qtbot.keyClick(editor.view, Qt.Key.Key_V, ctrl)
    items = editor.document.project.layouts["Main"]["layoutConfig"]
    assert len(items) == 4
    assert items[3] == TWO[0]  # uid 5 is already bound, so the copy is unbound
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert len(editor.document.project.layouts["Main"]["layoutConfig"]) == 3


def test_inspector_edits_pixels_fractions_uid_and_image(editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    editor.document.set_value(("roster",), [Participant(uid="42", name="Ann")])
    editor.select([0])
    ins = editor.inspector
    ins.pixel_boxes["x"].setValue(640)
    assert region(editor, 0)["x_axis"] == 0.5
    ins.fraction_boxes["h"].setValue(0.333333)
    assert region(editor, 0)["height"] == 0.333333
    assert ins.pixel_boxes["h"].value() == pytest.approx(240.0, abs=0.01)
    ins.alpha_box.setValue(0.5)
    assert region(editor, 0)["alpha"] == 0.5
    ins.mode_combo.setCurrentIndex(1)
    ins.mode_combo.activated.emit(1)
    assert region(editor, 0)["render_mode"] == 1
    ins.uid_combo.setCurrentIndex(ins.uid_combo.findData("42"))
    ins.uid_combo.activated.emit(ins.uid_combo.currentIndex())
    assert region(editor, 0)["uid"] == "42"
    ins.image_edit.setText("https://example.com/ann.jpg")
    ins.image_edit.editingFinished.emit()
    assert editor.document.project.layouts["Main"]["backgroundConfig"] == [
        {"uid": "42", "image_url": "https://example.com/ann.jpg"}
    ]
    # a typed uid that is not in the roster is allowed
    ins.uid_combo.setEditText("777")
    ins.uid_combo.lineEdit().editingFinished.emit()
    assert region(editor, 0)["uid"] == "777"


def test_roster_editor_adds_and_removes(qtbot: QtBot, editor: LayoutEditor) -> None:
    roster = editor.roster
    roster.add_participant()
    roster.add_participant()
    assert [p.uid for p in editor.document.project.roster] == ["1001", "1002"]
    qtbot.waitUntil(lambda: roster.table.rowCount() == 2)
    roster.table.selectRow(0)
    roster.remove_selected()
    assert [p.uid for p in editor.document.project.roster] == ["1002"]
    editor.document.undo_stack.undo()
    assert len(editor.document.project.roster) == 2


def test_named_layouts_add_rename_start_delete(editor: LayoutEditor) -> None:
    bar = editor.scenes_bar
    doc = editor.document
    name = bar.add_duplicate("Interview")
    assert editor.controller.layout_name == "Interview"
    editor.controller.convert_to_custom()
    assert doc.project.layouts["Interview"]["mixedVideoLayout"] == 3
    assert doc.project.layouts["Main"]["mixedVideoLayout"] == 1  # the start layout is untouched
    assert bar.rename("Talk")
    assert list(doc.project.layouts) == ["Main", "Talk"]
    assert name == "Interview"
    bar.use_for_start()
    assert doc.project.start_layout == "Talk"
    assert not bar.delete_current()  # the start layout cannot be deleted
    editor.set_layout("Main")
    assert bar.delete_current()
    assert list(doc.project.layouts) == ["Talk"]
    assert editor.controller.layout_name == "Talk"


def sample(editor: LayoutEditor, fx: float, fy: float, dx: int) -> QColor:
    image = editor.view.viewport().grab().toImage()
    p = vpos(editor, fx, fy)
    return image.pixelColor(p.x() + dx, p.y())


def test_problem_outline_colours(qtbot: QtBot, editor: LayoutEditor) -> None:
    items = [
        {"uid": "9", "x_axis": 0.05, "y_axis": 0.1, "width": 0.3, "height": 0.3},
        {"uid": "9", "x_axis": 0.45, "y_axis": 0.1, "width": 0.3, "height": 0.3},  # duplicate
        {"x_axis": 0.8, "y_axis": 0.5, "width": 0.3, "height": 0.3},  # sticks out: R20 error
    ]
    use_regions(editor, items)
    red = sample(editor, 0.8, 0.65, 2)
    yellow = sample(editor, 0.45, 0.25, 2)
    plain = sample(editor, 0.05, 0.25, 2)
    assert red.red() > 180 and red.green() < 90 and red.blue() < 90, red.name()
    assert yellow.red() > 200 and yellow.green() > 160 and yellow.blue() < 90, yellow.name()
    assert not (plain.red() > 180 and plain.green() < 90), plain.name()
    assert "sticks out on the right" in editor.scene.region_items[2].toolTip()
    assert "already has region 1" in editor.scene.region_items[1].toolTip()


def test_preset_with_layout_config_marks_regions_and_banner(editor: LayoutEditor) -> None:
    doc = editor.document
    doc.set_value(LC, TWO)  # mixedVideoLayout stays 1: an R18 error
    doc.refresh()
    assert editor.scene.region_items[0].look.severity is not None
    assert not editor.banner.isHidden()
    assert "R18" in editor.banner.text()
    lp = next(p for p in doc.problems if p.problem.rule_id == "R18")
    assert editor.owns(lp)
    editor.controller.set_layout_kind(1)  # choosing the preset drops layoutConfig
    assert doc.get(LC) is MISSING


def test_focus_problem_selects_the_region(editor: LayoutEditor) -> None:
    items = [TWO[0], {"x_axis": 0.9, "y_axis": 0.5, "width": 0.3, "height": 0.3}]
    use_regions(editor, items)
    lp = next(p for p in editor.document.problems if p.project_path[:4] == (*LC, 1))
    assert editor.owns(lp)
    assert editor.focus_problem(lp)
    assert editor.controller.selection == [1]


def test_hidden_region_is_still_sent(editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    editor.select([1])
    editor.actions_by_name["hide"].trigger()
    assert editor.document.get(("editor", "layouts", "Main", "hidden")) == [False, True]
    editor.document.refresh()
    from recstudio.model.enums import Endpoint

    body = editor.document.body(Endpoint.START)
    sent = body["clientRequest"]["recordingConfig"]["transcodingConfig"]["layoutConfig"]
    assert len(sent) == 2
    assert editor.scene.region_items[1].look.hidden


def test_editing_one_region_keeps_unreadable_ones_as_they_are(qtbot) -> None:
    """Review finding: an item the canvas cannot read (a text x_axis, a missing field) was
    overwritten with a zero-size region whenever another region was edited."""
    from recstudio.ui.canvas.editor import LayoutEditor

    doc = ProjectDocument(new_project(Mode.MIX))
    path = ("layouts", "Main")
    doc.set_value(
        path,
        {
            "mixedVideoLayout": 3,
            "layoutConfig": [
                {"uid": "1001", "x_axis": "left", "y_axis": 0, "width": 0.5, "height": 1},
                {"uid": "1002", "x_axis": 0.5, "y_axis": 0, "width": 0.5, "height": 1},
                {"uid": "1003", "x_axis": 0.1},
            ],
        },
    )
    editor = LayoutEditor(doc)
    qtbot.addWidget(editor)
    before = doc.get((*path, "layoutConfig"))
    editor.select([1])
    editor.controller.nudge(-1, 0)
    after = doc.get((*path, "layoutConfig"))
    assert after[0] == before[0] and after[2] == before[2]
    assert after[1]["x_axis"] != before[1]["x_axis"]


@pytest.mark.parametrize(
    "text",
    [
        '[{"x_axis": NaN, "y_axis": 0, "width": 0.2, "height": 0.2}]',
        '[{"x_axis": 1e400, "y_axis": 0, "width": 0.2, "height": 0.2}]',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_paste_of_non_json_regions_is_refused_with_a_message(
    editor: LayoutEditor, text: str
) -> None:
    """The clipboard goes through the one JSON reader (issue 10 item 3): NaN or inf never
    becomes a region (it could not be saved), a deep paste is no RecursionError."""
    use_regions(editor, TWO)
    messages: list[str] = []
    editor.controller.message.connect(messages.append)
    assert editor.controller.paste_text(text) is False
    assert messages and "no regions" in messages[-1]
    assert len(editor.document.project.layouts["Main"]["layoutConfig"]) == 2


def test_drag_lands_on_whole_output_pixels_unless_alt(qtbot: QtBot, editor: LayoutEditor) -> None:
    """Issue 13 point 3: at a zoom where one screen pixel is 2.7 output pixels a drag used
    to leave x at 830.90 px; now the region lands on whole pixels, Alt places freely."""
    use_regions(editor, TWO)
    editor.view.set_zoom(0.37)
    editor.view.snapping = False  # only the pixel rule is under test
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (41, 23))  # 110.8 × 62.2 output px
    x_px, y_px = region(editor, 0)["x_axis"] * 1280, region(editor, 0)["y_axis"] * 720
    assert x_px == pytest.approx(round(x_px), abs=1e-3) and x_px != pytest.approx(128)
    assert y_px == pytest.approx(round(y_px), abs=1e-3)
    assert region(editor, 0)["width"] == 0.2  # a move keeps the size
    editor.document.undo_stack.undo()
    drag(qtbot, editor, vpos(editor, 0.2, 0.2), (41, 23), Qt.KeyboardModifier.AltModifier)
    x_px = region(editor, 0)["x_axis"] * 1280
    assert abs(x_px - round(x_px)) > 0.01  # kept as dragged


def test_resize_lands_on_whole_output_pixels(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    editor.view.set_zoom(0.37)
    editor.view.snapping = False
    editor.controller.set_selection([0])
    # the bottom-right handle of region 1 (0.1..0.3 × 0.1..0.3)
    drag(qtbot, editor, vpos(editor, 0.3, 0.3), (23, 11))
    r = region(editor, 0)
    for value, size in ((r["x_axis"] + r["width"], 1280), (r["y_axis"] + r["height"], 720)):
        assert value * size == pytest.approx(round(value * size), abs=1e-3)
    assert r["width"] > 0.2


def test_inspector_reads_live_while_dragging(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    editor.controller.set_selection([0])
    end = drag(qtbot, editor, vpos(editor, 0.2, 0.2), (50, 25), release=False)
    assert editor.inspector.pixel_boxes["x"].value() == pytest.approx(228.0)  # 128 + 100
    assert editor.inspector.pixel_boxes["y"].value() == pytest.approx(122.0)  # 72 + 50
    assert region(editor, 0) == TWO[0]  # nothing committed yet
    assert editor.document.undo_stack.count() == 0
    qtbot.mouseRelease(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert region(editor, 0)["x_axis"] == 0.178125
    assert editor.document.undo_stack.count() == 1


def test_participant_columns_fit_their_contents(qtbot: QtBot, editor: LayoutEditor) -> None:
    editor.side_tabs.setCurrentWidget(editor.roster)
    editor.roster.add_participant()
    QApplication.processEvents()
    table = editor.roster.table
    for column in (0, 2):  # uid, source: as wide as what they show
        needed = max(
            table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column)
        )
        assert table.columnWidth(column) >= needed


def test_inspector_keeps_a_width_past_the_canvas_and_says_why(
    qtbot: QtBot, editor: LayoutEditor
) -> None:
    """Issue 13 point 5: width 5000 px used to become 1280 px with X moved to 0."""
    use_regions(editor, TWO)
    editor.controller.set_selection([0])
    box = editor.inspector.pixel_boxes["w"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "5000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 5000
    assert region(editor, 0) == TWO[0]  # not clamped into the model
    message = editor.inspector.message
    assert message.isVisible() and "R20" in message.text() and "1280 px" in message.text()
    box.selectAll()
    qtbot.keyClicks(box, "300")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert region(editor, 0)["width"] == round(300 / 1280, 6)
    assert not message.isVisible()


# -- issue 12: what a drag repaints -----------------------------------------------------------
class _PaintRecorder(QObject):
    """Records the region of every paint event a widget gets."""

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.regions.append(QRegion(event.region()))
        return False


def settle(widget: QWidget) -> _PaintRecorder:
    """Let pending checks, layouts and repaints run until an event-loop pass paints nothing
    in the window, then record the widget's paints from here on."""
    app = QApplication.instance()
    assert app is not None
    window = _PaintRecorder(app)  # every widget's paints
    for _ in range(50):
        window.regions.clear()
        QApplication.processEvents()
        if not window.regions:
            break
    app.removeEventFilter(window)
    assert not window.regions, "the window keeps repainting"
    return _PaintRecorder(widget)


def test_region_keeps_its_device_size_at_every_sub_pixel_position(editor: LayoutEditor) -> None:
    """The device-coordinate cache keeps a region's picture while its rounded device rect
    keeps its size; at a zoom with sub-pixel positions that size used to change on about
    every other move of a drag, and each change painted the region again."""
    use_regions(editor, TWO)
    editor.view.set_zoom(0.4321)
    item = editor.scene.region_items[0]
    to_device = editor.view.viewportTransform()
    for handles in (False, True):
        item.set_selected_state(True, handles)
        sizes = set()
        for k in range(40):
            item.set_rect_px(128 + k * 0.37, 72 + k * 0.61, 256, 144, live=True)
            sizes.add(to_device.mapRect(item.sceneBoundingRect()).toRect().size().toTuple())
        assert len(sizes) == 1, sizes


def test_region_dragged_at_sub_pixel_zoom_ends_as_a_fresh_paint(
    qtbot: QtBot, editor: LayoutEditor
) -> None:
    """A drag blits the cached picture at whole device pixels; the release paints the
    region afresh where it settled, so what stays on screen is exact."""
    use_regions(editor, TWO)
    editor.view.set_zoom(0.4321)
    vp = editor.view.viewport()
    start = vpos(editor, 0.2, 0.2)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 30):
        qtbot.mouseMove(vp, start + QPoint(k, k // 3))
        vp.repaint()
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(29, 9))
    assert region(editor, 0)["x_axis"] != TWO[0]["x_axis"]
    shown = vp.grab().toImage()
    for item in editor.scene.region_items:
        item.update()  # drop every cached picture
    assert vp.grab().toImage() == shown


def test_guides_are_drawn_while_snapping(qtbot: QtBot, editor: LayoutEditor) -> None:
    use_regions(editor, TWO)
    end = drag(qtbot, editor, vpos(editor, 0.2, 0.2), (-57, 0), release=False)
    edge = next(g for g in editor.scene.guides.guides if g.position == 0.0)
    on_guide = vpos(editor, 0.0, (edge.start + edge.end) / 2)
    assert editor.view.viewport().grab().toImage().pixelColor(on_guide) == GUIDE_COLOUR
    qtbot.mouseRelease(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert editor.view.viewport().grab().toImage().pixelColor(on_guide) != GUIDE_COLOUR


def test_guides_repaint_only_their_own_lines(qtbot: QtBot, editor: LayoutEditor) -> None:
    """Two guides far apart: the canvas between them is not repainted (one item drawing
    every guide repainted the bounding rect of its changed lines, up to the whole canvas)."""
    use_regions(editor, TWO)
    guides = (
        Guide("vertical", 0.1, 0.0, 1.0, "region"),
        Guide("vertical", 0.9, 0.0, 1.0, "grid"),
    )
    # The first scene change after a resize or scroll of the view repaints all of it
    # (QGraphicsView's pending full update): let that happen before recording.
    settle(editor.view.viewport())
    editor.scene.guides.set_guides(guides)
    settle(editor.view.viewport())
    editor.scene.guides.set_guides(())
    recorder = settle(editor.view.viewport())
    editor.scene.guides.set_guides(guides)
    qtbot.waitUntil(lambda: bool(recorder.regions))
    dirty = QRegion()
    for r in recorder.regions:
        dirty = dirty.united(r)
    assert dirty.contains(vpos(editor, 0.1, 0.5)) and dirty.contains(vpos(editor, 0.9, 0.5))
    assert not dirty.contains(vpos(editor, 0.5, 0.5))
    image = editor.view.viewport().grab().toImage()
    assert image.pixelColor(vpos(editor, 0.9, 0.5)) == GUIDE_COLOUR
    recorder.regions.clear()
    editor.scene.guides.set_guides(guides[1:])  # the remaining guide is not repainted
    qtbot.waitUntil(lambda: bool(recorder.regions))
    assert not any(r.contains(vpos(editor, 0.9, 0.5)) for r in recorder.regions)
    image = editor.view.viewport().grab().toImage()
    assert image.pixelColor(vpos(editor, 0.1, 0.5)) != GUIDE_COLOUR
    assert image.pixelColor(vpos(editor, 0.9, 0.5)) == GUIDE_COLOUR


def test_live_inspector_repaints_only_the_boxes_a_move_changes(qtbot: QtBot) -> None:
    """setValue repaints a spin box even for an equal value: each move of a drag used to
    repaint all 8 boxes (and the inspector behind them), though a move changes x and y."""
    document = ProjectDocument(new_project(Mode.MIX))
    document.set_values([(("layouts", "Main", "mixedVideoLayout"), 3), (LC, TWO)], "setup")
    controller = LayoutController(document)
    inspector = RegionInspector(controller)
    qtbot.addWidget(inspector)
    inspector.show()
    qtbot.waitExposed(inspector)
    controller.set_selection([0])
    x_box = settle(inspector.pixel_boxes["x"])
    w_box = _PaintRecorder(inspector.pixel_boxes["w"])
    h_box = _PaintRecorder(inspector.fraction_boxes["h"])
    start = controller.snapshot().regions
    for k in range(1, 5):
        inspector.show_live(ops.move(start, [0], 25 * k / 1280, 12 * k / 720))
        QApplication.processEvents()
    qtbot.waitUntil(lambda: bool(x_box.regions))
    assert inspector.pixel_boxes["x"].value() == pytest.approx(228.0)  # 128 + 4 × 25
    assert inspector.fraction_boxes["y"].value() == pytest.approx(round(0.1 + 48 / 720, 6))
    assert inspector.pixel_boxes["w"].value() == pytest.approx(256.0)
    assert w_box.regions == [] and h_box.regions == []


def test_drag_previews_only_moves_that_change_the_region(
    qtbot: QtBot, editor: LayoutEditor
) -> None:
    """Zoomed in, several screen pixels make one output pixel: the moves in between change
    nothing and no longer re-send the preview (the live inspector) each time."""
    use_regions(editor, TWO)
    editor.view.set_zoom(4.0)  # 1 screen px = 0.25 output px
    editor.view.centerOn(QPointF(256, 144))
    previews: list[float] = []
    editor.view.drag_previewed.connect(lambda regions: previews.append(regions[0].x * 1280))
    vp = editor.view.viewport()
    start = vpos(editor, 0.2, 0.2)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(2, 14):
        qtbot.mouseMove(vp, start + QPoint(k, 0))
    assert 0 < len(previews) < 12
    assert all(a != b for a, b in itertools.pairwise(previews))
    assert previews[-1] == pytest.approx(128 + 13 / 4, abs=0.5)
    assert editor.inspector.pixel_boxes["x"].value() == pytest.approx(previews[-1])
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(13, 0))
    assert region(editor, 0)["x_axis"] * 1280 == pytest.approx(previews[-1], abs=1e-3)
