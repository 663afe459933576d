"""Help ▸ Keyboard shortcuts and Help ▸ Documentation (issue 13 point 4).

The shortcuts list is generated from the window's real QActions, so it cannot drift from
what the keys do; the documentation is the README shipped with the app, rendered here
without a network.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

#: actions outside the menus, by the class of the object that owns them
_OWNER_GROUPS = {
    "LayoutEditor": QT_TRANSLATE_NOOP(
        "dialogs.help_dialogs", "Canvas (while the canvas has the focus)"
    ),
    "StudioPanel": QT_TRANSLATE_NOOP("dialogs.help_dialogs", "Studio mode"),
}


def _owner_group(action: QAction) -> str:
    owner = action.parent()
    while owner is not None:
        title = _OWNER_GROUPS.get(type(owner).__name__)
        if title is not None:
            return translate("dialogs.help_dialogs", title)
        owner = owner.parent()
    return translate("dialogs.help_dialogs", "Other")


def _keys(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return ", ".join(k for k in keys if k)


def _text(action: QAction) -> str:
    return action.text().replace("&", "").split("\t")[0].strip() or action.toolTip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(group, command, keys) for every action of ``window`` that has a shortcut: menu
    entries under their menu's title, the others under the panel that owns them."""
    rows: dict[tuple[str, str], str] = {}
    seen: set[int] = set()

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, group)
            elif _keys(action):
                rows.setdefault((group, _text(action)), _keys(action))
                seen.add(id(action))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    for action in window.findChildren(QAction):
        if id(action) not in seen and _keys(action):
            rows.setdefault((_owner_group(action), _text(action)), _keys(action))
    return sorted(((g, t, k) for (g, t), k in rows.items()), key=lambda r: (r[0], r[1].lower()))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("dialogs.help_dialogs", "Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels(
            [
                translate("dialogs.help_dialogs", "Command"),
                translate("dialogs.help_dialogs", "Keys"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, text, keys in shortcut_rows(window):
            parent = groups.get(group)
            if parent is None:
                parent = groups[group] = QTreeWidgetItem(self.tree, [group])
                parent.setFirstColumnSpanned(True)
                parent.setExpanded(True)
            QTreeWidgetItem(parent, [text, keys])
        _layout(self, self.tree)
        self.resize(560, 620)


class DocumentationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from recstudio.resources import resource_path

        self.setWindowTitle(translate("dialogs.help_dialogs", "recstudio documentation"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("documentation")
        self.browser.setOpenExternalLinks(False)  # no network: links are shown, not opened
        try:
            readme = resource_path("README.md")
            self.browser.setSearchPaths([str(readme.resolve().parent)])
            self.browser.setMarkdown(readme.read_text(encoding="utf-8"))
        except (KeyError, FileNotFoundError, OSError) as exc:
            self.browser.setPlainText(
                translate(
                    "dialogs.help_dialogs", "The README is not part of this installation: {exc}"
                ).format(exc=exc)
            )
        _layout(self, self.browser)
        self.resize(820, 700)


def _layout(dialog: QDialog, body: QWidget) -> None:
    box = QVBoxLayout(dialog)
    box.addWidget(body, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    box.addWidget(buttons)
