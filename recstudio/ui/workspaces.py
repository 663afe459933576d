"""Switching the main window between its workspaces (issue 13 point 1).

Each workspace remembers how the user arranged its docks (``saveState``/``restoreState``,
kept in preferences between sessions); one never visited, or reset from the View menu,
gets the arrangement of ``settings/workspaces.py``. The mode bar and the View menu share
one exclusive group of checkable actions, so both always show the current workspace.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from recstudio.settings.workspaces import (
    CENTRAL_VISIBLE,
    DEFAULT_DOCKS,
    SHORTCUTS,
    TIPS,
    TITLES,
    DockPlacement,
    Workspace,
    decode_state,
    encode_state,
)
from recstudio.ui.i18n import translate

#: settings/workspaces.py is Qt-free: its titles and tips, marked here for pyside6-lupdate
_TEXTS = (
    QT_TRANSLATE_NOOP("workspaces", "Layout"),
    QT_TRANSLATE_NOOP("workspaces", "Request"),
    QT_TRANSLATE_NOOP("workspaces", "Recordings"),
    QT_TRANSLATE_NOOP("workspaces", "Design the composite layout on the canvas"),
    QT_TRANSLATE_NOOP("workspaces", "Section forms beside the live request body"),
    QT_TRANSLATE_NOOP("workspaces", "Recordings, request log and the Sandbox"),
)

#: bumped when the set of docks changes, so arrangements saved by another version are
#: ignored instead of restoring docks into the wrong places
STATE_VERSION = 1

_AREAS = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "top": Qt.DockWidgetArea.TopDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}


class WorkspaceSwitcher(QObject):
    """Shows one workspace's central page and docks at a time."""

    switched = Signal(object)  # the Workspace now shown

    def __init__(
        self, window: QMainWindow, stack: QStackedWidget, pages: dict[Workspace, QWidget]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._pages = pages
        self._states: dict[Workspace, bytes] = {}
        self._current: Workspace | None = None
        #: run when a workspace is entered (e.g. build the canvas the first time)
        self.on_enter: dict[Workspace, Callable[[], None]] = {}
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Workspace, QAction] = {}
        for ws in Workspace:
            act = QAction(translate("workspaces", TITLES[ws]), self)
            act.setCheckable(True)
            act.setShortcut(QKeySequence(SHORTCUTS[ws]))
            tip = translate("workspaces", TIPS[ws])
            act.setToolTip(f"{tip} ({SHORTCUTS[ws]})")
            act.setStatusTip(tip)
            act.setObjectName(f"workspace-{ws.value}")
            act.triggered.connect(lambda _checked=False, w=ws: self.switch(w))
            self.group.addAction(act)
            self.actions[ws] = act
        self.act_reset = QAction(translate("workspaces", "Reset workspace layout"), self)
        self.act_reset.setToolTip(
            translate("workspaces", "Put this workspace's panels back where they started")
        )
        self.act_reset.triggered.connect(self.reset)

    # -- building ------------------------------------------------------------------------
    def mode_bar(self) -> QToolBar:
        """The vertical mode bar on the window's left edge (width is cheaper than height
        on a laptop screen, and the canvas wants the height)."""
        bar = QToolBar(translate("workspaces", "Workspaces"))
        bar.setObjectName("workspaceBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setOrientation(Qt.Orientation.Vertical)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in self.actions.values():
            bar.addAction(act)
        bar.toggleViewAction().setEnabled(False)  # it is how you get back: always shown
        return bar

    def fill_menu(self, menu: QMenu) -> None:
        for act in self.actions.values():
            menu.addAction(act)
        menu.addAction(self.act_reset)
        menu.addSeparator()

    # -- state ---------------------------------------------------------------------------
    @property
    def current(self) -> Workspace | None:
        return self._current

    def docks(self) -> dict[str, QDockWidget]:
        return {
            d.objectName(): d
            for d in self._window.findChildren(QDockWidget)
            if d.parent() is self._window
        }

    def saved_states(self) -> dict[str, str]:
        """Every workspace's arrangement as preferences text (the current one fresh)."""
        if self._current is not None:
            self._states[self._current] = self._save()
        return {ws.value: encode_state(state) for ws, state in self._states.items()}

    def load_states(self, stored: dict[str, str]) -> None:
        """Arrangements from preferences; the current workspace is re-shown with its own."""
        for key, text in stored.items():
            state = decode_state(text)
            try:
                ws = Workspace(key)
            except ValueError:
                continue
            if state is not None:
                self._states[ws] = state
        current = self._current
        if (
            current is not None
            and current in self._states
            and not self._restore(self._states[current])
        ):
            self.apply_default(current)

    def _save(self) -> bytes:
        return bytes(self._window.saveState(STATE_VERSION).data())

    def _restore(self, state: bytes) -> bool:
        return bool(self._window.restoreState(QByteArray(state), STATE_VERSION))

    # -- switching -----------------------------------------------------------------------
    def switch(self, ws: Workspace) -> None:
        ws = Workspace(ws)
        if ws is self._current:
            self.actions[ws].setChecked(True)
            self.show_current()  # e.g. away from the start page
            return
        if self._current is not None:
            self._states[self._current] = self._save()
        self._keep_window_size()
        self._current = ws
        self.actions[ws].setChecked(True)
        page = self._pages.get(ws)
        if page is not None:
            self._show_page(page)
        self._stack.setVisible(CENTRAL_VISIBLE[ws])
        enter = self.on_enter.get(ws)
        if enter is not None:
            enter()
        state = self._states.get(ws)
        if state is None or not self._restore(state):
            self.apply_default(ws)
        self._hide_stale_tab_bars()
        self.switched.emit(ws)

    def _keep_window_size(self) -> None:
        """Switching workspaces must not resize the window: while the new docks are laid out
        the window's minimum briefly sums both arrangements, and Qt grows a top-level window
        to a minimum but never shrinks it back (1366x768 became 778 px high in zh_CN, with
        taller CJK text). Once the switch's layout requests are done, the size is restored,
        or the smallest size the window now needs if that is larger."""
        from PySide6.QtCore import QTimer

        window = self._window
        if window.isMaximized() or window.isFullScreen() or not window.isVisible():
            return
        size = window.size()

        def restore() -> None:
            wanted = size.expandedTo(window.minimumSizeHint())
            if window.size() != wanted and not window.isMaximized():
                window.resize(wanted)

        QTimer.singleShot(0, restore)

    def show_page(self, page: QWidget) -> None:
        """Cover the central area with ``page`` (the start page) until a workspace is
        shown again; the docks stay as the workspace has them."""
        if self._stack.indexOf(page) < 0:
            self._stack.addWidget(page)
        self._show_page(page)
        self._stack.setVisible(True)

    def show_current(self) -> None:
        """Show the current workspace's own central page again."""
        if self._current is not None:
            page = self._pages.get(self._current)
            if page is not None:
                self._show_page(page)
            self._stack.setVisible(CENTRAL_VISIBLE[self._current])

    def _show_page(self, page: QWidget) -> None:
        """A stacked widget asks for the largest minimum of all its pages; the hidden pages
        are made to ask for nothing, so the 1024 px window fits the page that is shown."""
        from PySide6.QtWidgets import QSizePolicy

        ignored = QSizePolicy.Policy.Ignored
        preferred = QSizePolicy.Policy.Preferred
        for i in range(self._stack.count()):
            other = self._stack.widget(i)
            if other is None:
                continue
            policy = preferred if other is page else ignored
            other.setSizePolicy(policy, policy)
        self._stack.setCurrentWidget(page)

    def _hide_stale_tab_bars(self) -> None:
        """QMainWindow keeps the tab bar of a tab group whose docks were all hidden by
        restoreState on screen (over the next workspace's central area), and may later
        reuse a bar hidden here for another group: after the layout has settled, show
        exactly the bars whose tabs are docks on screen."""
        self._fix_tab_bars()
        QTimer.singleShot(0, self._fix_tab_bars)

    def _fix_tab_bars(self) -> None:
        from PySide6.QtWidgets import QTabBar

        if not shiboken6.isValid(self._window):
            return
        visible = {d.windowTitle() for d in self.docks().values() if d.isVisible()}
        for bar in self._window.findChildren(QTabBar):
            if bar.parent() is not self._window or bar.count() < 2:
                continue
            tabs = {bar.tabText(i) for i in range(bar.count())}
            wanted = bool(tabs & visible)
            if bar.isVisible() != wanted:
                bar.setVisible(wanted)

    def reset(self) -> None:
        if self._current is not None:
            self._states.pop(self._current, None)
            self.apply_default(self._current)

    def apply_default(self, ws: Workspace) -> None:
        docks = self.docks()
        wanted = {p.dock for p in DEFAULT_DOCKS[ws]}
        unwanted = [dock for name, dock in docks.items() if name not in wanted]
        # background tabs first: hiding a group's current tab brings the next one up
        # (and builds a lazily built panel the workspace does not show)
        for dock in sorted(unwanted, key=lambda d: d.isVisible()):
            dock.hide()
        for placement in DEFAULT_DOCKS[ws]:
            self.place(placement, docks)
        self._hide_stale_tab_bars()

    def place(self, placement: DockPlacement, docks: dict[str, QDockWidget] | None = None) -> None:
        """Put one dock where ``placement`` says and show it."""
        docks = docks if docks is not None else self.docks()
        dock = docks.get(placement.dock)
        if dock is None:
            return
        dock.setFloating(False)
        partner = docks.get(placement.tab_with or "")
        if partner is not None:
            self._window.tabifyDockWidget(partner, dock)
        else:
            self._window.addDockWidget(_AREAS[placement.area], dock)
        dock.show()
        if partner is not None:
            partner.raise_()
        if placement.size:
            vertical = placement.area in ("top", "bottom")
            orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
            self._window.resizeDocks([dock], [placement.size], orientation)

    # -- between sessions ----------------------------------------------------------------
    def restore_from_preferences(self) -> None:
        """Read the last session's workspace and arrangements off the GUI thread, then
        show them (the window has already opened with the default for its mode)."""
        from recstudio.settings.workspaces import parse_workspace
        from recstudio.ui.background import run_in_background

        def load() -> object:
            # the two keys as plain JSON: no pydantic on this thread at launch (a second
            # thread loading pydantic beside the import worker is issue 10 item 7's race)
            from types import SimpleNamespace

            from recstudio.settings.documents import read_document
            from recstudio.settings.paths import config_dir

            data = read_document(config_dir() / "preferences.json").data or {}
            return SimpleNamespace(
                workspace=data.get("workspace"), workspace_states=data.get("workspace_states")
            )

        def done(prefs: object, error: BaseException | None) -> None:
            if error is not None or prefs is None:
                return  # unreadable preferences: the defaults stay
            states = getattr(prefs, "workspace_states", {})
            self.load_states(states if isinstance(states, dict) else {})
            last = parse_workspace(getattr(prefs, "workspace", None))
            if last is not None:
                self.switch(last)

        run_in_background(load, done, self._window, serial=True)

    def persist(self) -> None:
        """Queue the current workspace and every arrangement for preferences.json (the
        serial worker writes it; quitting waits for that worker)."""
        from recstudio.ui.background import run_in_background

        if self._current is None:
            return
        current = self._current.value
        states = self.saved_states()

        def work() -> None:
            from recstudio.ui.background import wait_for_preload

            wait_for_preload(start=False)
            from recstudio.settings.preferences import load_preferences, save_preferences

            prefs = load_preferences()
            prefs.workspace = current
            prefs.workspace_states = states
            save_preferences(prefs)

        run_in_background(work, lambda _r, _e: None, None, serial=True)
