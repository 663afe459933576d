"""Graphics items of the canvas: a region (with its 8 handles) and the snap guides.

Scene units are output pixels of the transcoding canvas, so ``pos`` is ``x_axis × W``.
Items only mirror the document; the view moves an item visually during a drag and the
controller writes the model on release. Each region renders into a device-coordinate cache,
so moving one region repaints as a pixmap blit (the drag budget is 2 ms per mouse move).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from recstudio.layout.operations import Handle
from recstudio.layout.snapping import Guide
from recstudio.model.problems import Severity
from recstudio.ui.canvas.picture import cut_share, paint_source
from recstudio.ui.i18n import translate

ERROR_COLOUR = QColor("#e0312b")
WARNING_COLOUR = QColor("#f1c40f")
SELECTION_COLOUR = QColor("#3daee9")
GUIDE_COLOUR = QColor("#ff3df2")
_LABEL_BG = QColor(0, 0, 0, 170)
_OUTLINE = QColor(255, 255, 255, 150)
_HIDDEN = QColor(200, 200, 200, 200)
HANDLE_SCREEN_PX = 9.0
_FONT_SCREEN_PX = 11.0

_HANDLE_SPOTS: dict[Handle, tuple[float, float]] = {
    "nw": (0.0, 0.0),
    "n": (0.5, 0.0),
    "ne": (1.0, 0.0),
    "e": (1.0, 0.5),
    "se": (1.0, 1.0),
    "s": (0.5, 1.0),
    "sw": (0.0, 1.0),
    "w": (0.0, 0.5),
}
HANDLE_CURSORS: dict[Handle, Qt.CursorShape] = {
    "nw": Qt.CursorShape.SizeFDiagCursor,
    "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor,
    "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor,
    "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor,
    "w": Qt.CursorShape.SizeHorCursor,
}


@dataclass(frozen=True, slots=True)
class RegionLook:
    """Everything that changes how a region looks, except where it is (compared cheaply)."""

    title: str
    source: str
    picture_key: str
    render_mode: int
    alpha: float
    locked: bool = False
    hidden: bool = False
    preview: bool = False
    empty: bool = False
    severity: Severity | None = None
    tooltip: str = ""
    has_image: bool = False


class RegionItem(QGraphicsItem):
    """One region (or one slot of a preset preview) on the canvas."""

    def __init__(self, index: int, look: RegionLook) -> None:
        super().__init__()
        self.index = index
        self.look = look
        self._w = 0.0
        self._h = 0.0
        self._ui = 1.0  # scene units per screen pixel (set by the view on zoom)
        self._selected = False
        self._handles = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setZValue(index)
        self.setToolTip(look.tooltip)

    # -- state from the scene ----------------------------------------------------------------
    def set_look(self, look: RegionLook) -> None:
        if look != self.look:
            self.look = look
            self.setToolTip(look.tooltip)
            self.update()

    def set_rect_px(self, x: float, y: float, w: float, h: float) -> None:
        """Place the item; a pure move keeps the cached picture (no repaint of the item)."""
        if w != self._w or h != self._h:
            self.prepareGeometryChange()
            self._w, self._h = w, h
            self.update()
        if self.pos().x() != x or self.pos().y() != y:
            self.setPos(x, y)

    def rect_px(self) -> QRectF:
        return QRectF(self.pos().x(), self.pos().y(), self._w, self._h)

    def set_ui_scale(self, scene_per_screen_px: float) -> None:
        if scene_per_screen_px != self._ui:
            self.prepareGeometryChange()
            self._ui = scene_per_screen_px
            self.update()

    def set_selected_state(self, selected: bool, handles: bool) -> None:
        if (selected, handles) != (self._selected, self._handles):
            self.prepareGeometryChange()
            self._selected, self._handles = selected, handles
            self.update()

    @property
    def selected_state(self) -> bool:
        return self._selected

    # -- geometry --------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        pad = (HANDLE_SCREEN_PX if self._handles else 3.0) * self._ui
        return QRectF(-pad, -pad, self._w + 2 * pad, self._h + 2 * pad)

    def contains_scene_point(self, p: QPointF) -> bool:
        return self.rect_px().contains(p)

    def handle_at(self, scene_pos: QPointF) -> Handle | None:
        """The resize handle under a scene point (handles keep their screen size)."""
        if not self._handles:
            return None
        local = scene_pos - self.pos()
        half = HANDLE_SCREEN_PX * self._ui * 0.75
        for name, (fx, fy) in _HANDLE_SPOTS.items():
            c = QPointF(fx * self._w, fy * self._h)
            if abs(local.x() - c.x()) <= half and abs(local.y() - c.y()) <= half:
                return name
        return None

    # -- painting --------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        look = self.look
        rect = QRectF(0.0, 0.0, self._w, self._h)
        ui = self._ui
        if look.hidden or look.empty:
            pen = QPen(_HIDDEN, 1.5)
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        else:
            painter.setOpacity(max(0.0, min(1.0, look.alpha)))
            paint_source(painter, rect, look.source, look.render_mode, look.picture_key)
            painter.setOpacity(1.0)
            pen = QPen(_OUTLINE, 1.0)
            pen.setCosmetic(True)
            if look.preview:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if look.severity is not None:
            colour = ERROR_COLOUR if look.severity is Severity.ERROR else WARNING_COLOUR
            pen = QPen(colour, 3.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            inset = 1.5 * ui
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        if self._selected:
            pen = QPen(SELECTION_COLOUR, 2.0)
            pen.setCosmetic(True)
            if look.severity is not None:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect)
        self._paint_label(painter, rect, ui)
        if self._handles:
            self._paint_handles(painter, ui)

    def _label_lines(self) -> tuple[str, str]:
        look = self.look
        parts: list[str] = []
        if look.empty:
            parts.append(translate("canvas.items", "background colour"))
        elif not look.hidden:
            if look.render_mode == 1:
                parts.append(translate("canvas.items", "fit"))
            else:
                cut = cut_share(QRectF(0, 0, self._w, self._h), look.source, 0)
                crop = translate("canvas.items", "crop")
                parts.append(f"{crop} −{cut * 100:.0f}%" if cut >= 0.005 else crop)
            if look.alpha < 1.0:
                parts.append(f"α {look.alpha:.2f}")
        if look.has_image:
            parts.append(translate("canvas.items", "bg image"))
        if look.locked:
            parts.append(translate("canvas.items", "locked"))
        if look.hidden:
            parts.append(translate("canvas.items", "hidden (still sent)"))
        return look.title, " · ".join(parts)

    def _paint_label(self, painter: QPainter, rect: QRectF, ui: float) -> None:
        title, detail = self._label_lines()
        font = QFont()
        font.setPixelSize(max(1, round(_FONT_SCREEN_PX)))
        metrics = QFontMetricsF(font)
        pad = 3.0
        max_w_screen = max(0.0, rect.width() / ui - 2 * pad - 2)
        if max_w_screen < 14 or rect.height() / ui < metrics.height() + 2 * pad:
            return
        lines = [metrics.elidedText(title, Qt.TextElideMode.ElideRight, max_w_screen)]
        if detail and rect.height() / ui >= 2 * metrics.height() + 3 * pad:
            lines.append(metrics.elidedText(detail, Qt.TextElideMode.ElideRight, max_w_screen))
        lines = [line for line in lines if line]
        if not lines:
            return
        text_w = max(metrics.horizontalAdvance(line) for line in lines)
        # Draw in screen pixels so the label stays readable at any zoom.
        painter.save()
        painter.translate(rect.left() + 2 * ui, rect.top() + 2 * ui)
        painter.scale(ui, ui)
        box = QRectF(0, 0, text_w + 2 * pad, len(lines) * metrics.height() + pad)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_LABEL_BG))
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        y = pad / 2 + metrics.ascent()
        for line in lines:
            painter.drawText(QPointF(pad, y), line)
            y += metrics.height()
        painter.restore()

    def _paint_handles(self, painter: QPainter, ui: float) -> None:
        size = HANDLE_SCREEN_PX * ui
        pen = QPen(SELECTION_COLOUR, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255))
        for fx, fy in _HANDLE_SPOTS.values():
            c = QPointF(fx * self._w, fy * self._h)
            painter.drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))


class GuideItem(QGraphicsItem):
    """Snap guides of the current drag, drawn above every region."""

    def __init__(self, canvas_w: int, canvas_h: int) -> None:
        super().__init__()
        self._w, self._h = canvas_w, canvas_h
        self._guides: tuple[Guide, ...] = ()
        self.setZValue(10_000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_canvas(self, canvas_w: int, canvas_h: int) -> None:
        if (canvas_w, canvas_h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = canvas_w, canvas_h

    def set_guides(self, guides: tuple[Guide, ...]) -> None:
        if guides != self._guides:
            self._guides = guides
            self.update()

    @property
    def guides(self) -> tuple[Guide, ...]:
        return self._guides

    def boundingRect(self) -> QRectF:
        return QRectF(-2.0, -2.0, self._w + 4.0, self._h + 4.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self._guides:
            return
        pen = QPen(GUIDE_COLOUR, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        w, h = self._w, self._h
        for g in self._guides:
            if g.orientation == "vertical":
                x = g.position * w
                painter.drawLine(QPointF(x, g.start * h), QPointF(x, g.end * h))
            else:
                y = g.position * h
                painter.drawLine(QPointF(g.start * w, y), QPointF(g.end * w, y))
