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

if TYPE_CHECKING:
    from recstudio.ui.host import WindowHost

#: mode values as plain words: importing the model package here would load pydantic on
#: the GUI thread while the launch's import worker loads it (issue 10 item 7)
_NEW = (
    ("mix", "New composite recording", "Everyone in one video, arranged on a canvas"),
    ("individual", "New individual recording", "One file per user's audio and video"),
    ("web", "New web page recording", "Record what a web page shows"),
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
            "<h2>Welcome to recstudio</h2><p>Build Agora Cloud Recording requests, check "
            "them, and run them — on the built-in Sandbox without an Agora account.</p>"
        )
        heading.setWordWrap(True)
        col.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.new_buttons: dict[str, QPushButton] = {}
        start = QGroupBox("Start")
        sc = QVBoxLayout(start)
        for mode, text, tip in _NEW:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, m=mode: self._new(m))
            self.new_buttons[mode] = button
            sc.addWidget(button)
        self.import_button = QPushButton("Import a body or curl command…")
        self.import_button.clicked.connect(self._import)
        sc.addWidget(self.import_button)
        sc.addStretch(1)
        grid.addWidget(start, 0, 0)
        examples = QGroupBox("Open an example")
        ec = QVBoxLayout(examples)
        self.example_buttons: list[QPushButton] = []
        from recstudio.resources import example_paths

        for path in example_paths():
            button = QPushButton(example_title(path))
            button.setToolTip(f"A copy of {path.name}; saving asks where")
            button.clicked.connect(lambda _c=False, p=path: self._example(p))
            self.example_buttons.append(button)
            ec.addWidget(button)
        ec.addStretch(1)
        grid.addWidget(examples, 0, 1)
        self.recent_box = QGroupBox("Recent files")
        self.recent_column = QVBoxLayout(self.recent_box)
        grid.addWidget(self.recent_box, 1, 0, 1, 2)
        col.addLayout(grid)
        tips = QLabel(
            "Workspaces: Layout (Ctrl+1) · Request (Ctrl+2) · Recordings (Ctrl+3). "
            "Help ▸ Keyboard shortcuts lists every key."
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
            none = QLabel("No recent files yet.")
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
