"""The canvas view: direct manipulation in the OBS manner (ux-anchors A1).

Press on a region to select and drag it, on a handle to resize, on empty canvas for a
rubber band; Ctrl/Shift-click toggles; Alt suspends snapping and places off whole pixels.
Keys are QActions of the editor (ui/canvas/editor.py). During a drag only the moving items
and the guides are touched; the
controller writes ONE undo command on release (house rule 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QRubberBand, QWidget

from recstudio.layout import operations as ops
from recstudio.layout.regions import Region
from recstudio.layout.snapping import (
    SnapTargets,
    snap_move,
    snap_resize,
    threshold_from_screen,
)
from recstudio.ui.canvas.controller import LayoutController
from recstudio.ui.canvas.items import HANDLE_CURSORS
from recstudio.ui.canvas.scene import LayoutScene
from recstudio.ui.i18n import translate

#: Snap sensitivity in screen pixels (OBS default is about 10).
SNAP_SCREEN_PX = 8.0
_MIN_ZOOM, _MAX_ZOOM = 0.05, 20.0
#: Screen pixels the mouse must travel before a press becomes a drag (no accidental moves).
_DRAG_START_PX = 2


@dataclass
class _Drag:
    kind: str  # "move" | "resize" | "band"
    press_scene: QPointF
    press_view: QPoint
    start: list[Region] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    handle: ops.Handle | None = None
    targets: SnapTargets | None = None
    current: list[Region] = field(default_factory=list)
    started: bool = False
    base_selection: list[int] = field(default_factory=list)


class LayoutView(QGraphicsView):
    """Shows a LayoutScene at the canvas aspect; fit-to-view unless the user zoomed."""

    zoom_changed = Signal(float)
    #: the regions as a drag shows them, before the release commits them (list[Region])
    drag_previewed = Signal(object)

    def __init__(self, scene: LayoutScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.layout_scene = scene  # keep a Python reference (ecosystem-reliability §4.2)
        self.controller: LayoutController = scene.controller
        self.snapping = True
        self._fit = True
        self._fitted = QRectF()
        self._drag: _Drag | None = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(240, 150))
        self.setToolTip("")

    # -- zoom --------------------------------------------------------------------------------
    def zoom(self) -> float:
        """View pixels per output pixel."""
        return self.transform().m11()

    def refit_if_fitting(self) -> None:
        """After a document change: keep the canvas (and stray regions) fitted."""
        if self._fit and self._fit_rect() != self._fitted:
            self.fit_canvas()

    def _fit_rect(self) -> QRectF:
        scene = self.layout_scene
        m = 0.02 * max(scene.canvas_w, scene.canvas_h)
        rect = scene.canvas_rect()
        for item in scene.region_items:  # regions off the canvas (an R20 error) stay in view
            rect = rect.united(item.rect_px())
        return rect.adjusted(-m, -m, m, m)

    def fit_canvas(self) -> None:
        """Zoom to fit the whole canvas (and keep fitting when the view is resized)."""
        self._fit = True
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resetTransform()
        rect = self._fit_rect()
        self._fitted = rect
        self.setSceneRect(rect.united(self.layout_scene.sceneRect()))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(rect.center())
        self._zoom_updated()

    def _set_scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, _MIN_ZOOM), _MAX_ZOOM)
        self._fit = False
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.resetTransform()
        self.scale(factor, factor)
        self._zoom_updated()

    def _zoom_updated(self) -> None:
        z = self.zoom()
        self.layout_scene.set_ui_scale(1.0 / z if z > 0 else 1.0)
        self.resetCachedContent()
        self.zoom_changed.emit(z)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit_canvas()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            factor = min(max(self.zoom() * (1.15**steps), _MIN_ZOOM), _MAX_ZOOM)
            self._fit = False
            self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.scale(factor / self.zoom(), factor / self.zoom())
            self._zoom_updated()
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        scene = self.layout_scene
        pos = event.position().toPoint()
        p = self.mapToScene(pos)
        if scene.preview:
            event.accept()
            return
        ctrl = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        snap = self.controller.snapshot()
        selection = self.controller.selection
        if len(selection) == 1 and not ctrl:
            selected = scene.region_items[selection[0]]
            handle = selected.handle_at(p)
            if handle is not None and not snap.locked[selected.index]:
                self._begin(_Drag("resize", p, pos, handle=handle, indices=[selected.index]))
                event.accept()
                return
        hit = scene.item_at(p)
        if hit is None:
            base = selection if ctrl else []
            if not ctrl:
                self.controller.set_selection([])
            self._drag = _Drag("band", p, pos, base_selection=base)
            self._band.setGeometry(QRect(pos, QSize()))
            self._band.show()
            event.accept()
            return
        if ctrl:
            sel = set(selection)
            sel.symmetric_difference_update({hit.index})
            self.controller.set_selection(sorted(sel))
            event.accept()
            return
        if hit.index not in selection:
            self.controller.set_selection([hit.index])
        movable = self.controller.editable()
        if movable:
            self._begin(_Drag("move", p, pos, indices=movable))
        event.accept()

    def _begin(self, drag: _Drag) -> None:
        snap = self.controller.snapshot()
        drag.start = list(snap.regions)
        drag.current = list(snap.regions)
        others = [
            r for i, r in enumerate(snap.regions) if i not in drag.indices and not snap.hidden[i]
        ]
        drag.targets = SnapTargets(
            others, snap.canvas_w, snap.canvas_h, grid_px=self.layout_scene.grid_px
        )
        self._drag = drag

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        pos = event.position().toPoint()
        if drag is None:
            self._update_cursor(self.mapToScene(pos))
            super().mouseMoveEvent(event)
            return
        if not drag.started:
            if (pos - drag.press_view).manhattanLength() < _DRAG_START_PX:
                return
            drag.started = True
        if drag.kind == "band":
            self._band.setGeometry(QRect(drag.press_view, pos).normalized())
            return
        p = self.mapToScene(pos)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        no_snap = alt or not self.snapping
        if drag.kind == "move":
            changed = self._drag_move(drag, p, no_snap, whole_px=not alt)
        else:
            changed = self._drag_resize(drag, p, no_snap, whole_px=not alt)
        if changed:  # moves inside one output pixel or held by a snap change nothing
            self.drag_previewed.emit(drag.current)
        event.accept()

    def _thresholds(self) -> tuple[float, float]:
        scene = self.layout_scene
        z = self.zoom() or 1.0
        return threshold_from_screen(SNAP_SCREEN_PX, z, scene.canvas_w, scene.canvas_h)

    def _drag_move(self, drag: _Drag, p: QPointF, no_snap: bool, *, whole_px: bool) -> bool:
        """Show the moved selection; True when a region moved."""
        scene = self.layout_scene
        w, h = scene.canvas_w, scene.canvas_h
        dx = (p.x() - drag.press_scene.x()) / w
        dy = (p.y() - drag.press_scene.y()) / h
        if whole_px:  # Alt places freely; otherwise the drag lands on whole output pixels
            dx, dy = ops.move_offset_to_pixels(drag.start, drag.indices, dx, dy, w, h)
        moved = ops.move(drag.start, drag.indices, dx, dy)
        guides: tuple = ()
        if not no_snap and drag.targets is not None:
            b = ops.selection_bounds(moved, drag.indices)
            box = Region(b.left, b.top, b.right - b.left, b.bottom - b.top)
            tx, ty = self._thresholds()
            result = snap_move(box, drag.targets, w, h, threshold_x=tx, threshold_y=ty)
            if result.snapped_x or result.snapped_y:
                moved = ops.move(
                    drag.start,
                    drag.indices,
                    dx + result.region.x - box.x,
                    dy + result.region.y - box.y,
                )
                guides = result.guides
        changed = False
        for i in drag.indices:
            if moved[i] != drag.current[i]:
                scene.place(i, moved[i], live=True)
                changed = True
        drag.current = moved
        scene.guides.set_guides(guides)
        return changed

    def _drag_resize(self, drag: _Drag, p: QPointF, no_snap: bool, *, whole_px: bool) -> bool:
        """Show the resized region; True when it changed."""
        scene = self.layout_scene
        w, h = scene.canvas_w, scene.canvas_h
        index = drag.indices[0]
        assert drag.handle is not None
        dx = (p.x() - drag.press_scene.x()) / w
        dy = (p.y() - drag.press_scene.y()) / h
        min_w, min_h = ops.min_size_for(w, h)
        region = ops.resize_region(drag.start[index], drag.handle, dx, dy, min_w=min_w, min_h=min_h)
        guides: tuple = ()
        if not no_snap and drag.targets is not None:
            tx, ty = self._thresholds()
            result = snap_resize(
                region,
                drag.targets,
                w,
                h,
                handle=drag.handle,
                threshold_x=tx,
                threshold_y=ty,
                min_w=min_w,
                min_h=min_h,
            )
            region, guides = result.region, result.guides
        if whole_px:
            region = ops.edges_to_pixels(region, w, h)
        scene.guides.set_guides(guides)
        if region == drag.current[index]:
            return False
        current = list(drag.current)
        current[index] = region
        drag.current = current
        scene.place(index, region, live=True)
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        self.layout_scene.guides.set_guides(())
        if drag.kind == "band":
            self._band.hide()
            if drag.started:
                band = self.mapToScene(self._band.geometry()).boundingRect()
                self._select_in(band, drag.base_selection)
        elif drag.started:
            text = (
                translate("canvas.view", "Move region")
                if drag.kind == "move"
                else translate("canvas.view", "Resize region")
            )
            if len(drag.indices) > 1:
                text = translate("canvas.view", "Move regions")
            self.controller.move_to(drag.current, text)
            # if nothing changed, put the items back where the model says
            self.layout_scene.show_layout(self.controller.document.problems)
        event.accept()

    def _select_in(self, band: QRectF, base: list[int]) -> None:
        hit = [
            item.index for item in self.layout_scene.region_items if band.intersects(item.rect_px())
        ]
        self.controller.set_selection(sorted(set(base) | set(hit)))

    def _update_cursor(self, p: QPointF) -> None:
        selection = self.controller.selection
        shape = Qt.CursorShape.ArrowCursor
        if len(selection) == 1 and not self.layout_scene.preview:
            items = self.layout_scene.region_items
            if selection[0] < len(items):
                handle = items[selection[0]].handle_at(p)
                if handle is not None:
                    shape = HANDLE_CURSORS[handle]
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)


def clipboard_text() -> str:
    clip = QApplication.clipboard()
    return clip.text() if clip is not None else ""
