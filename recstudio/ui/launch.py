"""Build and show the main window (the Qt half of ``recstudio.app``).

Launch time is a budget (design.md: ≤ 0.6 s to a visible window), so only Qt and the model
are imported before the window shows; requests, keyring and the emulator load on first use.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from recstudio.ui.main_window import MainWindow

#: Qt-free modules the first window needs. Imported before PySide6 because the binding
#: inspects every module imported after it (its ``__feature__`` import hook); loading these
#: first takes ~25 ms off the launch budget.
_EARLY_MODULES = (
    "recstudio.model.project",
    "recstudio.model.validation",
    "recstudio.model.atomic",
    "recstudio.api.results",
    "recstudio.resources",
    "recstudio.settings.documents",
    "recstudio.settings.paths",
)


def run_gui(
    project_path: str | None = None,
    *,
    smoke: bool = False,
    argv: Sequence[str] | None = None,
    language: str | None = None,
) -> int:
    import importlib

    for name in _EARLY_MODULES:
        importlib.import_module(name)
    from PySide6.QtCore import QTimer

    app = _application(list(argv or sys.argv[:1]))
    app.setApplicationName("recstudio")
    app.setOrganizationName("recstudio")
    app.setApplicationDisplayName("recstudio")
    from recstudio.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("recstudio")
    from recstudio.ui.i18n import choose_language, install_translators, preferred_language

    # before any widget: Qt widgets take their texts when they are built (issue 17)
    install_translators(choose_language(language, preferred_language()), app)
    window = build_main_window()
    window.show()
    if smoke:
        # --smoke: prove the (frozen) app can build and show its window, then leave
        QTimer.singleShot(0, lambda: app.exit(0))
        return int(app.exec())
    requested = Path(project_path) if project_path else None

    def startup(error: BaseException | None) -> None:
        # Recovery and the last project read settings through pydantic: after the import
        # worker, never beside it (issue 10 item 7), and after the first painted frame.
        if error is not None:
            raise error
        window.files.startup(requested)

    from recstudio.ui.background import when_preloaded

    when_preloaded(startup, window)
    return int(app.exec())


def _application(argv: list[str]) -> QApplication:
    """The process's QApplication, made now unless a test (pytest-qt) made it already."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is None:
        return QApplication(argv)
    if not isinstance(existing, QApplication):  # a QCoreApplication cannot show windows
        raise RuntimeError(
            f"recstudio needs a QApplication; this process runs a {type(existing).__name__}"
        )
    return existing


def build_main_window() -> MainWindow:
    from recstudio.model.project import new_project
    from recstudio.ui.background import hold_preload
    from recstudio.ui.document import ProjectDocument
    from recstudio.ui.gil import favour_gui_thread
    from recstudio.ui.gui_gc import collect_on_gui_thread, settle_startup_objects
    from recstudio.ui.main_window import MainWindow
    from recstudio.ui.style import apply_style

    hold_preload()  # pydantic & co. would compete with the first frame for the GIL
    collect_on_gui_thread()  # a worker must never free a Qt object (ui/gui_gc.py)
    favour_gui_thread()  # a worker computing must not starve Qt's calls into Python
    apply_style()
    document = ProjectDocument(new_project())
    document.checked.connect(settle_startup_objects)  # once: after the first check
    window = MainWindow(document)
    from recstudio.ui.recordings import install_recordings

    window.recordings = install_recordings(window)
    from recstudio.ui.rehearsal import install_rehearsal

    window.rehearsal = install_rehearsal(window)
    _release_after_first_frame(window)
    return window


def _release_after_first_frame(window: MainWindow) -> None:
    """Start the background imports once the window's first frame is painted (issue 12:
    they used to start during ``show()``), or after 2 s if it is never painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from recstudio.ui.background import release_preload

    QTimer.singleShot(2000, release_preload)  # in case no frame is ever painted
    instance = QApplication.instance()
    if instance is None:  # a window exists, so an application does; typed for mypy
        return
    app = instance

    class FirstFrame(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window() is window
            ):
                app.removeEventFilter(self)
                QTimer.singleShot(0, release_preload)  # once this paint pass is done
            return False

    probe = FirstFrame(window)
    app.installEventFilter(probe)
