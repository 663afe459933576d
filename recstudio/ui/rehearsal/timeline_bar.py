"""The timeline strip: participants' presence, markers (layout change, idle exit, MP4
rollover) and the playhead; click or drag to scrub."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_MARKER_COLOURS = {"layout": "#3b82f6", "idle_exit": "#dc2626", "mp4_rollover": "#a855f7"}
_LANE_H = 10
_TOP = 18


class TimelineBar(QWidget):
    scrubbed = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineBar")
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.duration = 10.0
        self.position = 0.0
        self.markers: list[Any] = []
        self.lanes: list[tuple[str, list[tuple[float, float, bool]]]] = []

    def set_content(self, duration: float, markers: list[Any], lanes: list[Any]) -> None:
        self.duration = max(duration, 0.001)
        self.markers = markers
        self.lanes = lanes
        self.setMinimumHeight(_TOP + 8 + _LANE_H * max(1, min(len(lanes), 18)))
        self.update()

    def set_position(self, t: float) -> None:
        self.position = t
        self.update()

    def _x(self, t: float) -> float:
        return 8 + (self.width() - 16) * min(max(t / self.duration, 0.0), 1.0)

    def _t(self, x: float) -> float:
        return min(max((x - 8) / max(self.width() - 16, 1), 0.0), 1.0) * self.duration

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        p.setPen(self.palette().text().color())
        step = _tick_step(self.duration)
        t = 0.0
        while t <= self.duration + 1e-9:
            x = self._x(t)
            p.drawLine(QPointF(x, 12), QPointF(x, 16))
            p.drawText(QPointF(x + 2, 11), _clock(t))
            t += step
        for i, (_uid, spans) in enumerate(self.lanes[:18]):
            y = _TOP + i * _LANE_H
            for start, end, video in spans:
                colour = QColor("#22c55e" if video else "#94a3b8")
                p.fillRect(QRectF(self._x(start), y, self._x(end) - self._x(start), 7), colour)
        for marker in self.markers:
            x = self._x(marker.at)
            p.setPen(QPen(QColor(_MARKER_COLOURS.get(marker.kind, "#000")), 2))
            p.drawLine(QPointF(x, 12), QPointF(x, self.height()))
        p.setPen(QPen(QColor("#f97316"), 2))
        x = self._x(self.position)
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scrubbed.emit(self._t(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.scrubbed.emit(self._t(event.position().x()))


def _tick_step(duration: float) -> float:
    for step in (1, 5, 10, 15, 30, 60, 300, 600, 1800, 3600):
        if duration / step <= 12:
            return float(step)
    return 7200.0


def _clock(t: float) -> str:
    minutes, seconds = divmod(int(t), 60)
    return f"{minutes}:{seconds:02d}"
