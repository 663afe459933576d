"""The app's few style rules: problem marks on fields, muted notes. Palette colours come
from the platform so light and dark themes both work."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

_QSS = """
*[problem="error"] { border: 2px solid #c0392b; border-radius: 3px; }
*[problem="warning"] { border: 2px solid #d4ac0d; border-radius: 3px; }
QLabel#fieldMessage { font-size: 11px; }
QLabel#fieldMessage[severity="error"] { color: #c0392b; }
QLabel#fieldMessage[severity="warning"] { color: #9a7d0a; }
QLabel#groupNote { color: palette(mid); font-size: 11px; }
QGroupBox { font-weight: bold; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox > QLabel, QGroupBox QWidget { font-weight: normal; }
QListWidget#sectionList::item { padding: 6px 8px; }
"""


def apply_style() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and _QSS not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + _QSS)
