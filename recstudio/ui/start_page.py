"""The start page a first launch shows (issue 13 point 4): a new recording of each kind,
the bundled examples one click away, import, and the recent files. It covers the central
area until the user picks something; the workspaces stay one key away.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from recstudio.ui.host import WindowHost

#: mode values as plain words: importing the model package here would load pydantic on
#: the GUI thread while the launch's import worker loads it (issue 10 item 7)
_NEW = (
    (
        "mix",
        QT_TRANSLATE_NOOP("start_page", "New composite recording"),
        QT_TRANSLATE_NOOP("start_page", "Everyone in one video, arranged on a canvas"),
    ),
    (
        "individual",
        QT_TRANSLATE_NOOP("start_page", "New individual recording"),
        QT_TRANSLATE_NOOP("start_page", "One file per user's audio and video"),
    ),
    (
        "web",
        QT_TRANSLATE_NOOP("start_page", "New web page recording"),
        QT_TRANSLATE_NOOP("start_page", "Record what a web page shows"),
    ),
)


#: the bundled examples' names (resources/examples/*.json "name"), marked for pyside6-lupdate;
#: the window shows them through translate("examples", …)
EXAMPLE_TITLES = (
    QT_TRANSLATE_NOOP("examples", "Podcast tracks (individual, audio only)"),
    QT_TRANSLATE_NOOP("examples", "Interview (mix, custom layout)"),
    QT_TRANSLATE_NOOP("examples", "Two speakers (raw individual recording)"),
    QT_TRANSLATE_NOOP("examples", "Scoreboard page (web recording + CDN push)"),
)


def example_title(path: Path) -> str:
    """The example's own name (its file name if it cannot be read)."""
    import json

    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("name") or path.name)
    except (OSError, ValueError, AttributeError):
        return path.name


class StartPage(QScrollArea):
    """Choices for a first launch; ``chosen`` fires once the user picked one."""

    chosen = Signal()

    def __init__(self, window: WindowHost) -> None:
        super().__init__()
        self.setObjectName("startPage")
        self.setWidgetResizable(True)
        self._window = window
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(24, 16, 24, 16)
        heading = QLabel(
            translate(
                "start_page",
                "<h2>Welcome to recstudio</h2><p>Build Agora Cloud Recording requests, check "
                "them, and run them — on the built-in Sandbox without an Agora account.</p>",
            )
        )
        heading.setWordWrap(True)
        col.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.new_buttons: dict[str, QPushButton] = {}
        start = QGroupBox(translate("start_page", "Start"))
        sc = QVBoxLayout(start)
        for mode, text, tip in _NEW:
            button = QPushButton(translate("start_page", text))
            button.setToolTip(translate("start_page", tip))
            button.clicked.connect(lambda _c=False, m=mode: self._new(m))
            self.new_buttons[mode] = button
            sc.addWidget(button)
        self.import_button = QPushButton(translate("start_page", "Import a body or curl command…"))
        self.import_button.clicked.connect(self._import)
        sc.addWidget(self.import_button)
        sc.addStretch(1)
        grid.addWidget(start, 0, 0)
        examples = QGroupBox(translate("start_page", "Open an example"))
        ec = QVBoxLayout(examples)
        self.example_buttons: list[QPushButton] = []
        from recstudio.resources import example_paths

        for path in example_paths():
            button = QPushButton(translate("examples", example_title(path)))
            button.setToolTip(
                translate("start_page", "A copy of {name}; saving asks where").format(
                    name=path.name
                )
            )
            button.clicked.connect(lambda _c=False, p=path: self._example(p))
            self.example_buttons.append(button)
            ec.addWidget(button)
        ec.addStretch(1)
        grid.addWidget(examples, 0, 1)
        self.recent_box = QGroupBox(translate("start_page", "Recent files"))
        self.recent_column = QVBoxLayout(self.recent_box)
        grid.addWidget(self.recent_box, 1, 0, 1, 2)
        col.addLayout(grid)
        tips = QLabel(
            translate(
                "start_page",
                "Workspaces: Layout (Ctrl+1) · Request (Ctrl+2) · Recordings (Ctrl+3). "
                "Help ▸ Keyboard shortcuts lists every key.",
            )
        )
        tips.setObjectName("groupNote")
        tips.setWordWrap(True)
        col.addWidget(tips)
        col.addStretch(1)
        self.setWidget(inner)

    def show_recent(self, paths: list[str]) -> None:
        while self.recent_column.count():
            old = self.recent_column.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        existing = [p for p in paths if Path(p).exists()]
        if not existing:
            none = QLabel(translate("start_page", "No recent files yet."))
            none.setObjectName("groupNote")
            self.recent_column.addWidget(none)
        for entry in existing[:6]:
            button = QPushButton(Path(entry).name.removesuffix(".recstudio.json"))
            button.setToolTip(entry)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _c=False, p=entry: self._recent(p))
            self.recent_column.addWidget(button)

    # -- choices -------------------------------------------------------------------------
    def _new(self, mode: str) -> None:
        from recstudio.model.enums import Mode

        if self._window.files.new_project(Mode(mode)):
            self.chosen.emit()

    def _example(self, path: Path) -> None:
        if self._window.files.open_example(path):
            self.chosen.emit()

    def _recent(self, entry: str) -> None:
        if self._window.files.open_path(Path(entry)):
            self.chosen.emit()

    def _import(self) -> None:
        self._window.files.import_dialog()
        self.chosen.emit()
