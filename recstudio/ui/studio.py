"""Studio mode (issue 13 point 2): *Program* — what the live composite recording renders,
the layout last sent — beside *Preview*, the canvas being edited. **Take** sends the
Preview scene with updateLayout; number keys pick a scene into Preview.

Which recording, what Program draws and which scene a key picks are decided in
``layout/studio.py``; this module paints and wires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recstudio.layout.studio import ProgramPicture, program_picture, scene_for_number, studio_target
from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.ui.canvas.editor import LayoutEditor
    from recstudio.ui.host import WindowHost
    from recstudio.ui.recordings.feature import RecordingsUi

_TILE_COLOURS = ("#55606e", "#6e5560", "#556e60", "#6e6955", "#5a556e", "#556b6e")
PROGRAM_RED = QColor("#c0392b")


class ProgramView(QWidget):
    """Paints a :class:`ProgramPicture` at the canvas's aspect, framed in red like OBS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programView")
        self.picture = ProgramPicture((), 0, "#000000", translate("studio", "no live recording"))
        self.canvas = (1280, 720)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_picture(self, picture: ProgramPicture, canvas: tuple[int, int]) -> None:
        self.picture, self.canvas = picture, canvas
        self.update()

    def canvas_rect(self) -> QRectF:
        w, h = max(1, self.canvas[0]), max(1, self.canvas[1])
        scale = min((self.width() - 8) / w, (self.height() - 8) / h)
        cw, ch = w * scale, h * scale
        return QRectF((self.width() - cw) / 2, (self.height() - ch) / 2, cw, ch)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        frame = self.canvas_rect()
        painter.fillRect(frame, QColor(self.picture.background))
        font = QFont()
        font.setPixelSize(11)
        painter.setFont(font)
        for i, r in enumerate(self.picture.regions):
            rect = QRectF(
                frame.left() + r.x * frame.width(),
                frame.top() + r.y * frame.height(),
                r.w * frame.width(),
                r.h * frame.height(),
            )
            painter.fillRect(rect, QColor(_TILE_COLOURS[i % len(_TILE_COLOURS)]))
            painter.setPen(QPen(QColor("#dddddd"), 1))
            painter.drawRect(rect)
            label = r.uid or f"user {i + 1}"
            painter.drawText(
                rect.adjusted(3, 2, -3, -2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, max(0, int(rect.width()) - 6)
                ),
            )
        if self.picture.note:
            painter.setPen(QColor("#eeeeee"))
            painter.drawText(frame, int(Qt.AlignmentFlag.AlignCenter), self.picture.note)
        painter.setPen(QPen(PROGRAM_RED, 3))
        painter.drawRect(frame.adjusted(-1, -1, 1, 1))
        painter.end()


class StudioPanel(QWidget):
    """The Program column of Studio mode, with the recording picker and Take."""

    def __init__(self, window: WindowHost, editor: LayoutEditor) -> None:
        super().__init__()
        self.setObjectName("studioPanel")
        self._window = window
        self.editor = editor
        self.recording_combo = QComboBox()
        self.recording_combo.setObjectName("studioRecording")
        self.recording_combo.setToolTip(
            translate("studio", "The live composite recording Take sends to")
        )
        self.recording_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.recording_combo.setMinimumContentsLength(14)
        self.title = QLabel(translate("studio", "<b>Program</b> — what the recording renders now"))
        self.title.setWordWrap(True)
        self.program = ProgramView()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("groupNote")
        self.take_button = QPushButton(translate("studio", "Take"))
        self.take_button.setObjectName("takeButton")
        self.act_take = QAction(translate("studio", "Take"), self)
        self.act_take.setShortcut(QKeySequence("Ctrl+T"))
        self.act_take.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_take.setToolTip(
            translate("studio", "Send the Preview scene to the live recording (Ctrl+T)")
        )
        self.act_take.triggered.connect(self.take)
        self.take_button.setToolTip(self.act_take.toolTip())
        self.take_button.clicked.connect(self.act_take.trigger)
        self.addAction(self.act_take)
        self.scene_actions: list[QAction] = []
        for n in range(1, 10):
            act = QAction(translate("studio", "Scene {n} into Preview").format(n=n), self)
            act.setShortcut(QKeySequence(str(n)))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _c=False, k=n: self.pick_scene(k))
            self.scene_actions.append(act)
            self.addAction(act)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("studio", "Live:")))
        top.addWidget(self.recording_combo, 1)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addLayout(top)
        col.addWidget(self.title)
        col.addWidget(self.program, 1)
        col.addWidget(self.status)
        col.addWidget(self.take_button)

        recordings = self._recordings()
        if recordings is not None:
            recordings.controller.items_changed.connect(self.refresh)
        self.recording_combo.activated.connect(lambda _i: self.refresh())
        editor.controller.layout_switched.connect(self._on_preview_switched)
        editor.controller.data_changed.connect(self.refresh)
        self.refresh()

    def _recordings(self) -> RecordingsUi | None:
        return self._window.recordings

    # -- state ---------------------------------------------------------------------------
    def target_key(self) -> str:
        data = self.recording_combo.currentData()
        return str(data) if data else ""

    def refresh(self) -> None:
        recordings = self._recordings()
        controller = recordings.controller if recordings is not None else None
        items = list(controller.items.values()) if controller is not None else []
        chosen = self.target_key()
        if not chosen and recordings is not None:
            chosen = recordings.panel.selected_key()
        key = studio_target(items, chosen)
        live = [i for i in items if i.mode == "mix" and i.state == "running"]
        self.recording_combo.blockSignals(True)
        self.recording_combo.clear()
        for running in sorted(live, key=lambda i: -i.started_at):
            self.recording_combo.addItem(
                translate("studio", "{cname} — sid {value}").format(
                    cname=running.cname, value=(running.sid or "")[:8]
                ),
                running.key,
            )
        if not live:
            self.recording_combo.addItem(
                translate("studio", "(no composite recording running)"), ""
            )
        k = self.recording_combo.findData(key)
        self.recording_combo.setCurrentIndex(max(0, k))
        self.recording_combo.blockSignals(False)
        item = controller.items.get(key) if controller is not None and key else None
        snap = self.editor.controller.snapshot()
        canvas = (snap.canvas_w, snap.canvas_h)
        if item is None:
            picture = ProgramPicture((), 0, "#000000", translate("studio", "no live recording"))
        else:
            picture = program_picture(item.layout, self.editor.controller.simulated_users)
        self.program.show_picture(picture, canvas)
        preview = self.editor.controller.layout_name or "?"
        sent = (
            f"“{item.layout_name}”"
            if item is not None and item.layout_name
            else translate("studio", "the start's")
        )
        self.status.setText(
            translate(
                "studio", "Program: {sent} layout. Preview: “{preview}”. Number keys pick a scene."
            ).format(sent=sent, preview=preview)
            if item is not None
            else translate("studio", "Start a composite recording (Ctrl+R) to take scenes live.")
        )
        self.take_button.setEnabled(item is not None)
        self.act_take.setEnabled(item is not None)

    def _on_preview_switched(self) -> None:
        self.refresh()

    # -- actions -------------------------------------------------------------------------
    def pick_scene(self, number: int) -> bool:
        names = list(self.editor.document.project.layouts)
        name = scene_for_number(names, number)
        if name is None:
            self._window.statusBar().showMessage(
                translate("studio", "There is no scene {number}.").format(number=number), 3000
            )
            return False
        self.editor.set_layout(name)
        return True

    def take(self) -> bool:
        """updateLayout with the Preview scene; asks first only when fields would revert
        to their defaults (the warning the recordings panel shows)."""
        recordings = self._recordings()
        controller = recordings.controller if recordings is not None else None
        key = self.target_key()
        name = self.editor.controller.layout_name
        if controller is None or not key or not name:
            return False
        request, changes, errors = controller.actions.layout_preview(key, name)
        if errors:
            self.status.setText(
                translate("studio", "“{name}” cannot be taken: ").format(name=name)
                + "; ".join(p.message for p in errors[:3])
            )
            return False
        if any(c.reverts for c in changes):
            from recstudio.ui.recordings.panel import LayoutConfirmDialog

            dialog = LayoutConfirmDialog(name, changes, self)
            dialog.setObjectName("takeConfirm")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        sent = bool(controller.actions.send_layout(key, name, request))
        if sent:
            self.status.setText(translate("studio", "Taking “{name}”…").format(name=name))
        return sent


class LiveLayoutPanel(QWidget):
    """The Recordings workspace's small view of the selected recording's live layout
    (issue 13 point 1): what a composite recording renders now, as Program shows it."""

    def __init__(self, recordings: RecordingsUi) -> None:
        super().__init__()
        self.setObjectName("liveLayoutPanel")
        self._recordings = recordings
        self.view = ProgramView()
        self.caption = QLabel()
        self.caption.setObjectName("groupNote")
        self.caption.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addWidget(self.view, 1)
        col.addWidget(self.caption)
        recordings.controller.items_changed.connect(self.refresh)
        recordings.panel.selection_changed.connect(lambda _key: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        recordings = self._recordings
        controller = recordings.controller
        key = recordings.panel.selected_key()
        item = controller.items.get(key) if key else None
        transcoding = controller.document.get(("start", "recordingConfig", "transcodingConfig"), {})
        size = (1280, 720)
        if isinstance(transcoding, dict):
            w, h = transcoding.get("width"), transcoding.get("height")
            if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
                size = (w, h)
        if item is None or item.mode != "mix":
            note = (
                translate("studio", "select a composite recording")
                if item is None
                else translate("studio", "not a composite recording")
            )
            self.view.show_picture(ProgramPicture((), 0, "#000000", note), size)
            self.caption.setText("")
            return
        self.view.show_picture(program_picture(item.layout, 4), size)
        name = f"“{item.layout_name}”" if item.layout_name else translate("studio", "the start's")
        self.caption.setText(
            translate("studio", "{cname}: {name} layout (presets drawn for 4 users)").format(
                cname=item.cname, name=name
            )
        )
