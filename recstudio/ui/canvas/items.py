"""Graphics items of the canvas: a region (with its 8 handles) and the snap guides.

Scene units are output pixels of the transcoding canvas, so ``pos`` is ``x_axis × W``.
Items only mirror the document; the view moves an item visually during a drag and the
controller writes the model on release. Each region renders into a device-coordinate cache,
so moving one region repaints as a pixmap blit: its bounding rect is a whole number of screen
pixels so that the cache survives sub-pixel moves, and the guides are separate line items so
that a snap repaints only its lines (design.md: one drag move, repaint included, median
≤ 1 ms with 17 regions).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

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
_LABEL_PAD = 3.0  # screen pixels around the label text

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


@dataclass(frozen=True, slots=True)
class _Style:
    """Pens, brushes and the label font of every region, built once.

    A region paints into its cache only when it looks different (a resize, a selection, a
    problem mark); building a dozen QPens and a QFont with its metrics on each of those paints
    was Python work that never depends on the region, so it is done here on first use (the
    font needs the QGuiApplication, hence not at import)."""

    hidden: QPen
    outline: QPen
    outline_preview: QPen
    error: QPen
    warning: QPen
    selection: QPen
    selection_marked: QPen
    handle: QPen
    handle_fill: QBrush
    label_bg: QBrush
    label_text: QPen
    guide: QPen
    font: QFont
    metrics: QFontMetricsF


def _cosmetic(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    return pen


@cache
def _style() -> _Style:
    font = QFont()
    font.setPixelSize(max(1, round(_FONT_SCREEN_PX)))
    dash = Qt.PenStyle.DashLine
    return _Style(
        hidden=_cosmetic(_HIDDEN, 1.5, dash),
        outline=_cosmetic(_OUTLINE, 1.0),
        outline_preview=_cosmetic(_OUTLINE, 1.0, dash),
        error=_cosmetic(ERROR_COLOUR, 3.0),
        warning=_cosmetic(WARNING_COLOUR, 3.0),
        selection=_cosmetic(SELECTION_COLOUR, 2.0),
        selection_marked=_cosmetic(SELECTION_COLOUR, 2.0, dash),
        handle=_cosmetic(SELECTION_COLOUR, 1.0),
        handle_fill=QBrush(QColor(255, 255, 255)),
        label_bg=QBrush(_LABEL_BG),
        label_text=QPen(QColor(255, 255, 255)),
        guide=_cosmetic(GUIDE_COLOUR, 1.0),
        font=font,
        metrics=QFontMetricsF(font),
    )


@dataclass(frozen=True, slots=True)
class _Label:
    """A region's label laid out in screen pixels: the elided lines and their box."""

    lines: tuple[str, ...]
    box: QRectF


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
        self._bounds = QRectF()
        self._label: _Label | None = None
        self._label_key: tuple[RegionLook, float, float, float] | None = None
        # moved since the cached picture was painted (a drag blits it at sub-pixel offsets)
        self._moved_since_paint = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setZValue(index)
        self.setToolTip(look.tooltip)
        self._update_bounds()

    # -- state from the scene ----------------------------------------------------------------
    def set_look(self, look: RegionLook) -> None:
        if look != self.look:
            self.look = look
            self.setToolTip(look.tooltip)
            self.update()

    def set_rect_px(self, x: float, y: float, w: float, h: float, *, live: bool = False) -> None:
        """Place the item; a pure move keeps the cached picture (no repaint of the item).

        ``live`` placements are the mouse moves of a drag: the cached picture is blitted at
        the nearest device pixel, up to a pixel off the exact sub-pixel place. The placement
        that settles the item (the document read back on release, a nudge, an undo) paints
        it afresh once, so what stays on screen is exact.
        """
        if w != self._w or h != self._h:
            self.prepareGeometryChange()
            self._w, self._h = w, h
            self._update_bounds()
            self.update()
        pos = self.pos()
        if pos.x() != x or pos.y() != y:
            self.setPos(x, y)
            self._moved_since_paint = True
        if self._moved_since_paint and not live:
            self.update()

    def rect_px(self) -> QRectF:
        pos = self.pos()
        return QRectF(pos.x(), pos.y(), self._w, self._h)

    def set_ui_scale(self, scene_per_screen_px: float) -> None:
        if scene_per_screen_px != self._ui:
            self.prepareGeometryChange()
            self._ui = scene_per_screen_px
            self._update_bounds()
            self.update()

    def set_selected_state(self, selected: bool, handles: bool) -> None:
        if (selected, handles) != (self._selected, self._handles):
            self.prepareGeometryChange()
            self._selected, self._handles = selected, handles
            self._update_bounds()
            self.update()

    @property
    def selected_state(self) -> bool:
        return self._selected

    # -- geometry --------------------------------------------------------------------------
    def _update_bounds(self) -> None:
        """The region plus room for the outlines and handles, grown on the right and bottom
        to a whole number of screen pixels.

        The device-coordinate cache keeps its picture only while the item's rounded device
        rect keeps its size; ``QRectF.toRect`` rounds a fractional width up or down with the
        item's sub-pixel position, so at a fit-to-view zoom about every other mouse move of
        a drag painted the dragged region again. A whole-pixel width rounds the same at every
        position, so a move is a pixmap blit (issue 12). Computed when the size, zoom or
        handles change: Qt asks for the bounding rect of every item several times a repaint.
        """
        ui = self._ui
        pad = (HANDLE_SCREEN_PX if self._handles else 3.0) * ui
        w_screen = math.ceil((self._w + 2 * pad) / ui - 1e-6)
        h_screen = math.ceil((self._h + 2 * pad) / ui - 1e-6)
        self._bounds = QRectF(-pad, -pad, w_screen * ui, h_screen * ui)

    def boundingRect(self) -> QRectF:
        return self._bounds

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
        self._moved_since_paint = False
        style = _style()
        look = self.look
        rect = QRectF(0.0, 0.0, self._w, self._h)
        ui = self._ui
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if look.hidden or look.empty:
            painter.setPen(style.hidden)
            painter.drawRect(rect)
        else:
            painter.setOpacity(max(0.0, min(1.0, look.alpha)))
            paint_source(painter, rect, look.source, look.render_mode, look.picture_key)
            painter.setOpacity(1.0)
            painter.setPen(style.outline_preview if look.preview else style.outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if look.severity is not None:
            painter.setPen(style.error if look.severity is Severity.ERROR else style.warning)
            inset = 1.5 * ui
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        if self._selected:
            painter.setPen(style.selection if look.severity is None else style.selection_marked)
            painter.drawRect(rect)
        self._paint_label(painter, rect, ui, style)
        if self._handles:
            self._paint_handles(painter, ui, style)

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

    def _layout_label(self, rect: QRectF, ui: float, style: _Style) -> _Label | None:
        """The label's elided lines and box, kept until the look, size or zoom change (the
        language is fixed for a run, issue 17)."""
        key = (self.look, self._w, self._h, ui)
        if key == self._label_key:
            return self._label
        self._label_key = key
        self._label = None
        title, detail = self._label_lines()
        metrics = style.metrics
        pad = _LABEL_PAD
        max_w_screen = max(0.0, rect.width() / ui - 2 * pad - 2)
        if max_w_screen < 14 or rect.height() / ui < metrics.height() + 2 * pad:
            return None
        lines = [metrics.elidedText(title, Qt.TextElideMode.ElideRight, max_w_screen)]
        if detail and rect.height() / ui >= 2 * metrics.height() + 3 * pad:
            lines.append(metrics.elidedText(detail, Qt.TextElideMode.ElideRight, max_w_screen))
        lines = [line for line in lines if line]
        if not lines:
            return None
        text_w = max(metrics.horizontalAdvance(line) for line in lines)
        box = QRectF(0, 0, text_w + 2 * pad, len(lines) * metrics.height() + pad)
        self._label = _Label(tuple(lines), box)
        return self._label

    def _paint_label(self, painter: QPainter, rect: QRectF, ui: float, style: _Style) -> None:
        label = self._layout_label(rect, ui, style)
        if label is None:
            return
        metrics = style.metrics
        pad = _LABEL_PAD
        # Draw in screen pixels so the label stays readable at any zoom.
        painter.save()
        painter.translate(rect.left() + 2 * ui, rect.top() + 2 * ui)
        painter.scale(ui, ui)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.label_bg)
        painter.drawRoundedRect(label.box, 3, 3)
        painter.setFont(style.font)
        painter.setPen(style.label_text)
        y = pad / 2 + metrics.ascent()
        for line in label.lines:
            painter.drawText(QPointF(pad, y), line)
            y += metrics.height()
        painter.restore()

    def _paint_handles(self, painter: QPainter, ui: float, style: _Style) -> None:
        size = HANDLE_SCREEN_PX * ui
        painter.setPen(style.handle)
        painter.setBrush(style.handle_fill)
        for fx, fy in _HANDLE_SPOTS.values():
            c = QPointF(fx * self._w, fy * self._h)
            painter.drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))


class GuideItem(QGraphicsItem):
    """Snap guides of the current drag, drawn above every region.

    Each guide is a child line item, so a guide that comes or goes repaints only its own
    thin strip. One item drawing every guide repainted the bounding rect of all the lines
    that changed (Qt merges an item's dirty rects), up to the whole canvas on about a third
    of the moves of a drag across other regions (issue 12). A guide that stays keeps its
    line, and lines are reused, so a drag creates only as many as it ever shows at once.
    """

    def __init__(self, canvas_w: int, canvas_h: int) -> None:
        super().__init__()
        self._w, self._h = canvas_w, canvas_h
        self._guides: tuple[Guide, ...] = ()
        self._shown: dict[tuple[float, float, float, float], QGraphicsLineItem] = {}
        self._spare: list[QGraphicsLineItem] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(10_000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_canvas(self, canvas_w: int, canvas_h: int) -> None:
        if (canvas_w, canvas_h) != (self._w, self._h):
            self._w, self._h = canvas_w, canvas_h
            self._show_lines()

    def set_guides(self, guides: tuple[Guide, ...]) -> None:
        if guides != self._guides:
            self._guides = guides
            self._show_lines()

    @property
    def guides(self) -> tuple[Guide, ...]:
        return self._guides

    def _line(self, g: Guide) -> tuple[float, float, float, float]:
        """The guide's end points in scene units (x1, y1, x2, y2)."""
        w, h = self._w, self._h
        if g.orientation == "vertical":
            x = g.position * w
            return (x, g.start * h, x, g.end * h)
        y = g.position * h
        return (g.start * w, y, g.end * w, y)

    def _show_lines(self) -> None:
        wanted = {self._line(g): None for g in self._guides}  # ordered, without repeats
        for line in [line for line in self._shown if line not in wanted]:
            item = self._shown.pop(line)
            item.hide()
            self._spare.append(item)
        for line in wanted:
            if line in self._shown:
                continue
            item = self._spare.pop() if self._spare else self._new_line_item()
            item.setLine(QLineF(*line))
            item.show()
            self._shown[line] = item

    def _new_line_item(self) -> QGraphicsLineItem:
        item = QGraphicsLineItem(self)
        item.setPen(_style().guide)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        return item

    def boundingRect(self) -> QRectF:
        return QRectF()  # the lines are children; this item draws nothing itself

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        return
