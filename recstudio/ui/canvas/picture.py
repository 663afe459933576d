"""Stand-in pictures for the source simulation: what crop (0) or fit (1) does to a source.

A region draws a simple test picture (silhouette or screen window) in a rectangle of the
participant's source aspect, scaled to cover the region (crop, the cut parts are simply not
drawn) or to fit inside it (bars), so a producer sees what Agora will cut before paying for
a recording. Pure drawing on a QPainter; the item caches the result.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from recstudio.ui.marks import QT_TRANSLATE_NOOP

#: source shape → (width, height) aspect; "screen" is a typical 16:10 laptop share.
SOURCE_ASPECTS: dict[str, tuple[int, int]] = {
    "camera_16_9": (16, 9),
    "phone_9_16": (9, 16),
    "camera_4_3": (4, 3),
    "screen": (16, 10),
}
SOURCE_LABELS: dict[str, str] = {
    "camera_16_9": QT_TRANSLATE_NOOP("canvas.picture", "Camera 16:9"),
    "phone_9_16": QT_TRANSLATE_NOOP("canvas.picture", "Phone 9:16"),
    "camera_4_3": QT_TRANSLATE_NOOP("canvas.picture", "Camera 4:3"),
    "screen": QT_TRANSLATE_NOOP("canvas.picture", "Screen share"),
}
_BAR = QColor(0, 0, 0)


def source_rect(region: QRectF, source: str, render_mode: int) -> QRectF:
    """Where the whole source picture lands: covering the region (crop) or inside it (fit)."""
    sw, sh = SOURCE_ASPECTS.get(source, SOURCE_ASPECTS["camera_16_9"])
    if region.width() <= 0 or region.height() <= 0:
        return QRectF(region)
    sx, sy = region.width() / sw, region.height() / sh
    scale = min(sx, sy) if render_mode == 1 else max(sx, sy)
    w, h = sw * scale, sh * scale
    c = region.center()
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h)


def cut_share(region: QRectF, source: str, render_mode: int) -> float:
    """Share of the source picture that crop cuts away (0 for fit)."""
    if render_mode == 1:
        return 0.0
    src = source_rect(region, source, render_mode)
    area = src.width() * src.height()
    if area <= 0:
        return 0.0
    return max(0.0, 1.0 - (region.width() * region.height()) / area)


def hue_for(key: str) -> int:
    """A stable hue per participant so the same uid looks the same everywhere."""
    return (sum(ord(c) * 31**k for k, c in enumerate(key)) * 47) % 360


def paint_source(
    painter: QPainter, region: QRectF, source: str, render_mode: int, key: str
) -> None:
    """Draw the stand-in picture clipped to ``region``."""
    painter.save()
    painter.setClipRect(region)
    src = source_rect(region, source, render_mode)
    if render_mode == 1:
        painter.fillRect(region, _BAR)
    hue = hue_for(key)
    painter.fillRect(src, QColor.fromHsv(hue, 90, 95))
    painter.setPen(Qt.PenStyle.NoPen)
    if source == "screen":
        _paint_screen(painter, src, hue)
    else:
        _paint_person(painter, src, hue)
    painter.restore()


def _paint_person(painter: QPainter, src: QRectF, hue: int) -> None:
    unit = min(src.width(), src.height())
    cx = src.center().x()
    head_r = unit * 0.17
    head_c = QPointF(cx, src.top() + src.height() * 0.42)
    body = QPainterPath()
    shoulders_w = unit * 0.72
    top = head_c.y() + head_r * 1.05
    body.addRoundedRect(
        QRectF(cx - shoulders_w / 2, top, shoulders_w, src.bottom() - top + unit * 0.2),
        unit * 0.2,
        unit * 0.2,
    )
    painter.setBrush(QColor.fromHsv(hue, 70, 215))
    painter.drawPath(body)
    painter.setBrush(QColor.fromHsv(hue, 40, 240))
    painter.drawEllipse(head_c, head_r, head_r * 1.15)


def _paint_screen(painter: QPainter, src: QRectF, hue: int) -> None:
    pad = min(src.width(), src.height()) * 0.06
    window = src.adjusted(pad, pad, -pad, -pad)
    painter.setBrush(QColor(235, 235, 235))
    painter.drawRect(window)
    bar = QRectF(window.left(), window.top(), window.width(), window.height() * 0.1)
    painter.setBrush(QColor.fromHsv(hue, 120, 160))
    painter.drawRect(bar)
    painter.setBrush(QColor(170, 170, 170))
    line_h = window.height() * 0.05
    y = bar.bottom() + line_h
    k = 0
    while y + line_h < window.bottom() - line_h:
        width = window.width() * (0.8 if k % 3 else 0.5)
        painter.drawRect(QRectF(window.left() + pad, y, width - 2 * pad, line_h * 0.6))
        y += line_h * 1.6
        k += 1
