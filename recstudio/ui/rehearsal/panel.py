"""The Rehearsal panel: play and scrub the project's session timeline, see the compositor's
real pixels at any moment, export a frame or a video (on a worker, cancellable).

Every decision (who is present, which layout, markers, pixels) comes from the Qt-free
``recstudio.render`` package; this widget only schedules it off the GUI thread and shows
the results. Frames are requested "latest wins": while one renders, only the newest
scrub position waits, so dragging never builds a backlog.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.background import run_in_background
from recstudio.ui.i18n import translate
from recstudio.ui.rehearsal.timeline_bar import TimelineBar, _clock

if TYPE_CHECKING:
    from recstudio.model.project import Project
    from recstudio.ui.document import ProjectDocument


def _session_info(project: Project) -> tuple[Any, list[Any], list[Any]]:
    """(session, markers, lanes) — plain Python, run on a worker."""
    from recstudio.render.session import Session
    from recstudio.render.timeline import presence_spans

    session = Session.from_project(project)
    return session, session.markers(), presence_spans(session.rehearsal)


class _Signals(QObject):
    frame_ready = Signal(float, object, float)  # t, QImage, requested-at (perf_counter)
    failed = Signal(str)
    progress = Signal(int, int)
    exported = Signal(str, str)  # path, error ("" when fine)


class RehearsalPanel(QWidget):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalPanel")
        self.document = document
        self.session: Any = None
        self.position = 0.0
        self.latencies_ms: list[float] = []
        #: time of the frame on screen (None: none yet)
        self.shown_t: float | None = None
        self._signals = _Signals(self)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recstudio-render")
        self._export_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recstudio-export")
        self._renderer: Any = None
        self._renderer_session: Any = None
        self._busy = False
        self._pending: tuple[float, float] | None = None
        self._cancel: threading.Event | None = None

        from recstudio.render.timeline import TEMPLATES

        self.templates = QComboBox()
        for key, label in TEMPLATES.items():
            self.templates.addItem(label, key)
        self.use_template = QPushButton(translate("rehearsal.panel", "Use script"))
        self.use_template.setToolTip(
            translate(
                "rehearsal.panel", "Replace the project's rehearsal with this script (undoable)"
            )
        )
        self.play = QPushButton(translate("rehearsal.panel", "Play"))
        self.play.setCheckable(True)
        self.time_label = QLabel("0:00.0")
        self.time_label.setMinimumWidth(90)
        self.real_pixels = QCheckBox(translate("rehearsal.panel", "Real pixels"))
        self.real_pixels.setToolTip(
            translate(
                "rehearsal.panel",
                "Show the compositor's frame (what Agora would record) here and over the layout "
                "canvas; switch off to edit the schematic again",
            )
        )
        self.export_frame = QPushButton(translate("rehearsal.panel", "Export frame…"))
        self.export_video = QPushButton(translate("rehearsal.panel", "Export video…"))
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(160)
        self.progress.hide()
        self.cancel = QPushButton(translate("rehearsal.panel", "Cancel"))
        self.cancel.hide()

        # two short rows rather than one long one: the dock must fit a 1024-px window
        top = QHBoxLayout()
        for w in (self.templates, self.use_template, self.play, self.time_label):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.real_pixels)

        self.bar = TimelineBar()
        self.markers_label = QLabel("")
        self.markers_label.setObjectName("rehearsalMarkers")
        self.markers_label.setWordWrap(True)
        self.preview = QLabel(
            translate("rehearsal.panel", "Switch on Real pixels to see the recorded frame here.")
        )
        self.preview.setObjectName("rehearsalPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.status = QLabel("")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.markers_label)
        layout.addWidget(self.preview, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for widget in (self.progress, self.cancel, self.export_frame, self.export_video):
            bottom.addWidget(widget)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setInterval(66)
        self._timer.timeout.connect(self._on_timer_tick)
        self._last_tick = 0.0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)

        self.bar.scrubbed.connect(self.seek)
        self.play.toggled.connect(self._on_play_toggled)
        self.real_pixels.toggled.connect(self._on_real_pixels_toggled)
        self.use_template.clicked.connect(self._on_use_template_clicked)
        self.export_frame.clicked.connect(self._on_export_frame_clicked)
        self.export_video.clicked.connect(self._on_export_video_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self._signals.frame_ready.connect(self._on_frame_ready)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._signals.exported.connect(self._on_exported)
        document.checked.connect(self._refresh_timer.start)
        document.project_replaced.connect(self._refresh_timer.start)
        self.refresh()

    # -- session ------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self.document.snapshot()
        run_in_background(lambda: _session_info(project), self._on_session_built, self)

    def _on_session_built(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(
                translate("rehearsal.panel", "Rehearsal: {error}").format(error=error)
            )
            return
        self.session, markers, lanes = result
        self.bar.set_content(self.session.duration, markers, lanes)
        self.markers_label.setText(
            "   ".join(f"{_clock(m.at)} {m.label}" for m in markers)
            or translate("rehearsal.panel", "no markers")
        )
        self.status.setText("")
        self.seek(min(self.position, self.session.duration))

    # -- time ---------------------------------------------------------------------------

    def seek(self, t: float) -> None:
        self.position = t
        self.bar.set_position(t)
        self.time_label.setText(f"{_clock(t)}.{int(t * 10) % 10}")
        if self.real_pixels.isChecked():
            self._request_frame(t)

    def _on_play_toggled(self, playing: bool) -> None:
        self.play.setText(
            translate("rehearsal.panel", "Pause")
            if playing
            else translate("rehearsal.panel", "Play")
        )
        if playing:
            if self.session is not None and self.position >= self.session.duration:
                self.seek(0.0)
            self._last_tick = time.perf_counter()
            self._timer.start()
        else:
            self._timer.stop()

    def _on_timer_tick(self) -> None:
        now = time.perf_counter()
        t = self.position + (now - self._last_tick)
        self._last_tick = now
        if self.session is not None and t >= self.session.duration:
            t = self.session.duration
            self.play.setChecked(False)
        self.seek(t)

    # -- frames -------------------------------------------------------------------------

    def _on_real_pixels_toggled(self, on: bool) -> None:
        if on:
            self._request_frame(self.position)
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                translate(
                    "rehearsal.panel", "Switch on Real pixels to see the recorded frame here."
                )
            )
            self._show_on_canvas(None)

    def _request_frame(self, t: float) -> None:
        self._pending = (t, time.perf_counter())
        if not self._busy:
            self._next_frame()

    def _next_frame(self) -> None:
        if self._pending is None or self.session is None:
            return
        t, asked = self._pending
        self._pending = None
        self._busy = True
        session = self.session
        self._pool.submit(self._render, session, t, asked)

    def _render(self, session: Any, t: float, asked: float) -> None:
        """Worker thread: compose the frame and hand a QImage to the GUI thread."""
        try:
            if self._renderer is None or self._renderer_session is not session:
                from recstudio.render.frames import FrameRenderer

                if self._renderer is not None:
                    self._renderer.close()
                self._renderer = FrameRenderer(session)
                self._renderer_session = session
            frame = self._renderer.frame(t)
            h, w = frame.shape[:2]
            image = QImage(frame.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
            self._signals.frame_ready.emit(t, image, asked)
        except Exception as exc:  # shown in the panel, the worker lives on
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}")

    def _on_frame_ready(self, t: float, image: QImage, asked: float) -> None:
        self._busy = False
        if self.real_pixels.isChecked():
            size = self.preview.size()
            pixmap = QPixmap.fromImage(image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
            self.preview.setPixmap(pixmap)
            self.preview.repaint()
            self._show_on_canvas(image)
            self.shown_t = t
            self.latencies_ms.append((time.perf_counter() - asked) * 1000)
        self._next_frame()

    def _canvas_scenes(self) -> list[Any]:
        from recstudio.ui.canvas.view import LayoutView

        window = self.window()
        return [view.scene() for view in window.findChildren(LayoutView)] if window else []

    def _show_on_canvas(self, image: QImage | None) -> None:
        """Real pixels over the layout canvas (a top item that takes no clicks), or off."""
        from PySide6.QtWidgets import QGraphicsPixmapItem

        for scene in self._canvas_scenes():
            item = getattr(scene, "_real_pixels_item", None)
            if image is None:
                if item is not None:
                    scene.removeItem(item)
                    scene._real_pixels_item = None
                continue
            if item is None:
                item = QGraphicsPixmapItem()
                item.setZValue(1e9)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                scene.addItem(item)
                scene._real_pixels_item = item
            canvas = scene.canvas_rect()
            pixmap = QPixmap.fromImage(image)
            item.setPixmap(pixmap)
            item.setPos(canvas.topLeft())
            item.setScale(canvas.width() / max(pixmap.width(), 1))

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(message)
        self._next_frame()

    # -- script -------------------------------------------------------------------------

    def _on_use_template_clicked(self) -> None:
        from recstudio.render.timeline import template

        project = self.document.project
        others = [name for name in project.layouts if name != project.start_layout]
        screen = others[0] if others else project.start_layout
        script = template(self.templates.currentData(), screen_layout=screen).to_json()
        self.document.set_value(
            ("rehearsal",), script, translate("rehearsal.panel", "Use rehearsal script")
        )

    # -- export -------------------------------------------------------------------------

    def _on_export_frame_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("rehearsal.panel", "Export frame"),
            "frame.png",
            translate("rehearsal.panel", "PNG (*.png)"),
        )
        if path:
            self.export(path, video=False)

    def _on_export_video_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("rehearsal.panel", "Export video"),
            "rehearsal.mp4",
            translate("rehearsal.panel", "MP4 (*.mp4)"),
        )
        if path:
            self.export(path, video=True)

    def export(self, path: str, *, video: bool, duration: float | None = None) -> None:
        """Write a PNG of the current moment or an MP4 of the timeline, on a worker."""
        if self.session is None or self._cancel is not None:
            return
        self._cancel = threading.Event()
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.setVisible(video)
        self.export_frame.setEnabled(False)
        self.export_video.setEnabled(False)
        session, t, cancel = self.session, self.position, self._cancel
        self._export_pool.submit(self._export, session, path, video, t, duration, cancel)

    def _export(
        self, session: Any, path: str, video: bool, t: float, duration: float | None, cancel: Any
    ) -> None:
        try:
            from recstudio.render.frames import FrameRenderer

            renderer = FrameRenderer(session)
            try:
                if video:
                    from recstudio.render.video import write_mp4

                    write_mp4(
                        path, session.canvas, renderer.frame, duration or session.duration,
                        progress=self._signals.progress.emit, cancel=cancel,
                    )  # fmt: skip
                else:
                    from PIL import Image

                    Image.fromarray(renderer.frame(t)).save(path, format="PNG")
            finally:
                renderer.close()
        except Exception as exc:
            self._signals.exported.emit(path, f"{type(exc).__name__}: {exc}")
            return
        self._signals.exported.emit(path, "")

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(f"%p% ({done}/{total})")

    def _on_exported(self, path: str, error: str) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel.hide()
        self.export_frame.setEnabled(True)
        self.export_video.setEnabled(True)
        name = Path(path).name
        if "Cancelled" in error:
            self.status.setText(
                translate("rehearsal.panel", "Export of {name} cancelled").format(name=name)
            )
        elif error:
            self.status.setText(
                translate("rehearsal.panel", "Export of {name} failed: {error}").format(
                    name=name, error=error
                )
            )
        else:
            self.status.setText(translate("rehearsal.panel", "Exported {name}").format(name=name))

    def _on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def shutdown(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._export_pool.shutdown(wait=False, cancel_futures=True)
