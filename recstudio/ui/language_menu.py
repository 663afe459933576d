"""View ▸ Language (issue 17): the language preference, applied on the next launch.

Each language is named in itself (English, 简体中文) so a user who cannot read the current
one still finds theirs. The choice is written to preferences.json on the serial worker (no
disk on the GUI thread, no lost update beside the recent-files writes).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from recstudio.ui.i18n import LANGUAGES, SYSTEM, current_preference, remember_preference, translate


def add_language_menu(window: QMainWindow, parent_menu: QMenu) -> QMenu:
    menu = parent_menu.addMenu(translate("language_menu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    choices = [(SYSTEM, translate("language_menu", "System language")), *LANGUAGES]
    current = current_preference()
    for value, label in choices:
        act = QAction(label, menu)
        act.setCheckable(True)
        act.setChecked(value == current)
        act.setData(value)
        act.setObjectName(f"language_{value}")
        act.setToolTip(translate("language_menu", "Applies the next time recstudio starts"))
        group.addAction(act)
        menu.addAction(act)
    group.triggered.connect(lambda act: choose(window, str(act.data())))
    return menu


def choose(window: QMainWindow, value: str) -> None:
    """Store ``value`` as the language preference; say when it applies."""
    from recstudio.ui.background import run_in_background

    def work() -> None:
        from recstudio.settings.preferences import Language, load_preferences, save_preferences

        prefs = load_preferences()
        prefs.language = cast(Language, value)  # validated on assignment
        save_preferences(prefs)

    def done(_result: Any, error: BaseException | None) -> None:
        if error is not None:
            message = translate("language_menu", "Could not save the language: {error}")
            window.statusBar().showMessage(message.format(error=error), 8000)
            return
        remember_preference(value)
        window.statusBar().showMessage(
            translate("language_menu", "The language changes the next time recstudio starts."),
            8000,
        )

    run_in_background(work, done, window, serial=True)
