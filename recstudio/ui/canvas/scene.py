"""The canvas scene: the output canvas (background colour, optional grid) and its regions.

``LayoutScene.show_layout`` reconciles the items with a snapshot of the document: items are
reused by index, so a document change never rebuilds the scene (and a drag never touches it).
In a preset layout (0/1/2) the items are the exact preview slots of agora-api.md §6.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from recstudio.layout.presets import VERTICAL, preset_slots
from recstudio.layout.regions import MAX_REGIONS, Region
from recstudio.model.problems import Severity
from recstudio.model.validation import LocatedProblem
from recstudio.ui.canvas.controller import LayoutController, LayoutSnapshot
from recstudio.ui.canvas.items import GuideItem, RegionItem, RegionLook
from recstudio.ui.i18n import translate

#: Room around the canvas so handles and out-of-range regions (an R20 error) stay visible.
SCENE_MARGIN_SHARE = 0.06
_OUTSIDE = QColor(58, 58, 62)
_GRID = QColor(255, 255, 255, 40)
_CENTRE = QColor(255, 255, 255, 55)


@dataclass(frozen=True, slots=True)
class RegionMarks:
    severity: Severity | None
    tooltip: str


def problem_marks(problems: Sequence[LocatedProblem], layout: str, count: int) -> list[RegionMarks]:
    """Per region: the worst severity and the messages of problems located on it.

    Problems on a region's own values (``layoutConfig[i].…``) mark that region; problems on
    layoutConfig itself mark every region, except the R20 count limit, which marks only the
    regions beyond the 17th (those Agora ignores).
    """
    prefix = ("layouts", layout, "layoutConfig")
    found: list[list[LocatedProblem]] = [[] for _ in range(count)]
    for lp in problems:
        path = lp.project_path
        if path is None or tuple(path[:3]) != prefix:
            continue
        if len(path) > 3 and isinstance(path[3], int):
            if 0 <= path[3] < count:
                found[path[3]].append(lp)
            continue
        start = MAX_REGIONS if lp.problem.rule_id == "R20" else 0
        for i in range(start, count):
            found[i].append(lp)
    out = []
    for lps in found:
        if not lps:
            out.append(RegionMarks(None, ""))
            continue
        error = any(lp.problem.severity is Severity.ERROR for lp in lps)
        lines = [f"{lp.problem.severity.value}: {lp.problem.message}" for lp in lps]
        out.append(
            RegionMarks(
                Severity.ERROR if error else Severity.WARNING, "\n".join(dict.fromkeys(lines))
            )
        )
    return out


def layout_level_problems(problems: Sequence[LocatedProblem], layout: str) -> list[LocatedProblem]:
    """Problems of layoutConfig as a whole (R18 preset + layoutConfig, the R20 count)."""
    prefix = ("layouts", layout, "layoutConfig")
    return [
        lp for lp in problems if lp.project_path is not None and tuple(lp.project_path) == prefix
    ]


def participant_label(controller: LayoutController, uid: str | None) -> str:
    for p in controller.roster():
        if p.uid == uid:
            return f"uid {uid} · {p.name}" if p.name else f"uid {uid}"
    return f"uid {uid}"


class LayoutScene(QGraphicsScene):
    """Owns the region items and the guides; draws the canvas as its background."""

    def __init__(self, controller: LayoutController) -> None:
        super().__init__()
        self.controller = controller
        self.canvas_w, self.canvas_h = 1280, 720
        self.background = QColor(0, 0, 0)
        self.grid_px: int | None = None
        self.region_items: list[RegionItem] = []
        self.preview = False
        self.guides = GuideItem(self.canvas_w, self.canvas_h)
        self.addItem(self.guides)
        self._apply_scene_rect()

    # -- canvas ------------------------------------------------------------------------------
    def _apply_scene_rect(self) -> None:
        m = SCENE_MARGIN_SHARE * max(self.canvas_w, self.canvas_h)
        self.setSceneRect(QRectF(-m, -m, self.canvas_w + 2 * m, self.canvas_h + 2 * m))
        self.guides.set_canvas(self.canvas_w, self.canvas_h)

    def canvas_rect(self) -> QRectF:
        return QRectF(0, 0, self.canvas_w, self.canvas_h)

    def set_grid(self, grid_px: int | None) -> None:
        if grid_px != self.grid_px:
            self.grid_px = grid_px
            self.update()

    def _background_changed(self) -> None:
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, _OUTSIDE)
        canvas = self.canvas_rect()
        painter.fillRect(canvas, self.background)
        w, h = self.canvas_w, self.canvas_h
        pen = QPen(_CENTRE, 1.0)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QLineF(w / 2, 0, w / 2, h))
        painter.drawLine(QLineF(0, h / 2, w, h / 2))
        pen = QPen(QColor(255, 255, 255, 120), 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawRect(canvas)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The grid is drawn over the regions (as in OBS) so it stays visible on a
        full-canvas region."""
        w, h = self.canvas_w, self.canvas_h
        if self.grid_px:
            pen = QPen(_GRID, 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            step = self.grid_px
            x = step
            while x < w:
                painter.drawLine(x, 0, x, h)
                x += step
            y = step
            while y < h:
                painter.drawLine(0, y, w, y)
                y += step

    # -- regions -----------------------------------------------------------------------------
    def show_layout(self, problems: Sequence[LocatedProblem]) -> None:
        """Mirror the document: canvas size and colour, then the regions or preset slots."""
        snap = self.controller.snapshot()
        if (snap.canvas_w, snap.canvas_h) != (self.canvas_w, self.canvas_h):
            self.canvas_w, self.canvas_h = snap.canvas_w, snap.canvas_h
            self._apply_scene_rect()
            self._background_changed()
        colour = QColor(snap.background)
        if not colour.isValid() or not snap.background.startswith("#"):
            colour = QColor(0, 0, 0)
        if colour != self.background:
            self.background = colour
            self._background_changed()
        self.preview = not snap.custom
        if snap.custom:
            entries = self._custom_entries(snap, problems)
        else:
            entries = self._preset_entries(snap)
        self._reconcile(entries)
        self.show_selection()

    def _custom_entries(
        self, snap: LayoutSnapshot, problems: Sequence[LocatedProblem]
    ) -> list[tuple[Region, RegionLook]]:
        marks = problem_marks(problems, snap.name, len(snap.regions))
        roster = {p.uid: p for p in self.controller.roster()}
        bound = {r.uid for r in snap.regions if r.uid is not None}
        unbound_participants = [p for p in self.controller.roster() if p.uid not in bound]
        entries = []
        join = 0
        for i, region in enumerate(snap.regions):
            if region.uid is not None:
                who = participant_label(self.controller, region.uid)
                participant = roster.get(region.uid)
                key = region.uid
            else:
                participant = (
                    unbound_participants[join] if join < len(unbound_participants) else None
                )
                join += 1
                who = f"join #{join}"
                key = participant.uid if participant else f"join{join}"
            source = participant.source if participant else "camera_16_9"
            look = RegionLook(
                title=f"{i + 1} · {who}",
                source=source,
                picture_key=key,
                render_mode=region.render_mode,
                alpha=region.alpha,
                locked=snap.locked[i],
                hidden=snap.hidden[i],
                severity=marks[i].severity,
                tooltip=marks[i].tooltip,
                has_image=bool(self.controller.background_image(region.uid)),
            )
            entries.append((region, look))
        return entries

    def _preset_entries(self, snap: LayoutSnapshot) -> list[tuple[Region, RegionLook]]:
        users = self.controller.simulated_users
        uids = self.controller.simulated_uids(users)
        roster = {p.uid: p for p in self.controller.roster()}
        slots = preset_slots(
            snap.mixed_layout,
            users,
            max_resolution_index=self.controller.max_resolution_index(),
        )
        entries = []
        for slot in slots:
            role = " (Large)" if slot.role == "large" else ""
            if slot.user_index is None:
                title = ""
                if snap.mixed_layout == VERTICAL:
                    uid = snap.max_resolution_uid
                    title = (
                        translate(
                            "canvas.scene", "Large: uid {uid} is not among the simulated users"
                        ).format(uid=uid)
                        if uid
                        else translate("canvas.scene", "Large: no maxResolutionUid set")
                    )
                look = RegionLook(title, "camera_16_9", "", 0, 1.0, preview=True, empty=True)
                entries.append((slot.region, look))
                continue
            uid = uids[slot.user_index]
            who = participant_label(self.controller, uid) if uid else "simulated"
            participant = roster.get(uid) if uid else None
            look = RegionLook(
                title=f"U{slot.user_index + 1}{role} · {who}",
                source=participant.source if participant else "camera_16_9",
                picture_key=uid or f"user{slot.user_index}",
                render_mode=slot.region.render_mode,
                alpha=1.0,
                preview=True,
                tooltip=translate(
                    "canvas.scene", "Preset preview: user {value} in join order"
                ).format(value=slot.user_index + 1),
            )
            entries.append((slot.region, look))
        return entries

    def _reconcile(self, entries: list[tuple[Region, RegionLook]]) -> None:
        items = self.region_items
        while len(items) > len(entries):
            self.removeItem(items.pop())
        for i, (region, look) in enumerate(entries):
            if i < len(items):
                items[i].set_look(look)
            else:
                item = RegionItem(i, look)
                item.set_ui_scale(self._ui_scale())
                self.addItem(item)
                items.append(item)
            self.place(i, region)

    def place(self, index: int, region: Region, *, live: bool = False) -> None:
        """Move an item to a region's place; ``live`` for the moves of a drag, which only
        show the gesture (see :meth:`RegionItem.set_rect_px`)."""
        w, h = self.canvas_w, self.canvas_h
        self.region_items[index].set_rect_px(
            region.x * w, region.y * h, region.w * w, region.h * h, live=live
        )

    def show_selection(self) -> None:
        selection = set(self.controller.selection) if not self.preview else set()
        snap = self.controller.snapshot()
        single = len(selection) == 1
        for item in self.region_items:
            selected = item.index in selection
            locked = item.index < len(snap.locked) and snap.locked[item.index]
            item.set_selected_state(selected, selected and single and not locked)

    def _ui_scale(self) -> float:
        views = self.views()
        if not views:
            return 1.0
        scale = views[0].transform().m11()
        return 1.0 / scale if scale > 0 else 1.0

    def set_ui_scale(self, scene_per_screen_px: float) -> None:
        for item in self.region_items:
            item.set_ui_scale(scene_per_screen_px)

    def item_at(self, scene_pos: QPointF) -> RegionItem | None:
        """The topmost region under a point (later regions are on top, §6.4)."""
        for item in reversed(self.region_items):
            if item.contains_scene_point(scene_pos):
                return item
        return None
