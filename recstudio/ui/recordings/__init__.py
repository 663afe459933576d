"""Recordings: start, watch, update and stop real recordings from the app (issue 6).

:func:`install_recordings` wires the feature into the main window: a toolbar section and
Recording-menu entries (:mod:`.toolbar`), a bottom dock with the recordings table
(:mod:`.panel`) and a tabbed request log (:mod:`.log_panel`), a Sandbox dock
(:mod:`.sandbox_panel`), status-bar widgets, and a close hook that asks about running
recordings. All network, keyring and ledger work goes through the controller's worker
pool (:mod:`.controller`, :mod:`.workers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recstudio.ui.marks import translate  # Qt-free: cells.py loads this package without Qt
from recstudio.ui.recordings.feature import RecordingsDocks, RecordingsUi

if TYPE_CHECKING:
    from recstudio.ui.recordings.controller import RecordingsController
    from recstudio.ui.recordings.log_panel import RequestLogPanel
    from recstudio.ui.recordings.sandbox_panel import SandboxPanel

__all__ = ["RecordingsDocks", "RecordingsUi", "ask_about_running", "install_recordings"]


def install_recordings(window: Any) -> RecordingsUi:
    """Add the recordings docks, toolbar and menu entries to ``window``; the caller keeps
    the result (``window.recordings``)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QDockWidget, QWidget

    from recstudio.ui.recordings.controller import RecordingsController
    from recstudio.ui.recordings.panel import RecordingsPanel
    from recstudio.ui.recordings.toolbar import RecordingsToolbar

    controller = RecordingsController(window.document, window)
    panel = RecordingsPanel(controller, window)
    built: dict[str, Any] = {}

    # The request log (a background tab) and the Sandbox panel (a hidden dock) are built
    # the first time they are shown or asked for: launch time is a budget.
    def log_panel() -> RequestLogPanel:
        if "log" not in built:
            from recstudio.ui.recordings.log_panel import RequestLogPanel

            built["log"] = RequestLogPanel(controller)
            log_dock.setWidget(built["log"])
        log: RequestLogPanel = built["log"]
        return log

    def sandbox_panel() -> SandboxPanel:
        if "sandbox" not in built:
            from PySide6.QtWidgets import QScrollArea

            from recstudio.ui.recordings.sandbox_panel import SandboxPanel

            built["sandbox"] = SandboxPanel(controller)
            # its controls are tall: scrolled, they fit a 700 px window under the table
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(built["sandbox"])
            sandbox_dock.setWidget(scroll)
        sandbox: SandboxPanel = built["sandbox"]
        return sandbox

    def dock(title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        d = QDockWidget(title, window)
        d.setObjectName(name)
        d.setWidget(widget)
        window.addDockWidget(area, d)
        window.view_menu.addAction(d.toggleViewAction())
        return d

    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    rec_dock = dock(translate("recordings", "Recordings"), "recordingsDock", panel, bottom)
    log_dock = dock(translate("recordings", "Request log"), "requestLogDock", QWidget(), bottom)
    log_dock.visibilityChanged.connect(lambda visible: visible and log_panel())
    window.tabifyDockWidget(rec_dock, log_dock)
    rec_dock.raise_()
    sandbox_dock = dock(
        translate("recordings", "Sandbox"),
        "sandboxDock",
        QWidget(),
        Qt.DockWidgetArea.RightDockWidgetArea,
    )
    sandbox_dock.hide()
    sandbox_dock.visibilityChanged.connect(lambda visible: visible and sandbox_panel())
    window.resizeDocks([rec_dock], [290], Qt.Orientation.Vertical)
    for d in (rec_dock, log_dock, sandbox_dock):
        d.hide()  # the Recordings workspace (Ctrl+3) shows them; Start opens none of them

    toolbar = RecordingsToolbar(window, controller, panel)

    def close_hook() -> bool:
        return ask_about_running(window, controller)

    window.close_hooks.append(close_hook)
    window.close_confirmed.connect(controller.shutdown)
    app = QCoreApplication.instance()
    if app is not None:  # the per-process Sandbox ends with the application
        app.aboutToQuit.connect(controller.sandbox.stop)
    ui = RecordingsUi(
        controller,
        panel,
        toolbar,
        RecordingsDocks(rec_dock, log_dock, sandbox_dock),
        close_hook,
        log_panel,
        sandbox_panel,
    )
    from recstudio.ui.storage_report import install_storage_actions

    install_storage_actions(window, ui)  # pre-flight + receipt (issue 15)
    from recstudio.ui.recordings.event_receiver import install_event_receiver

    install_event_receiver(window, ui)  # NCS events from the app (issue 16)
    window.shown.connect(controller.launch)
    if window.isVisible():
        controller.launch()
    return ui


def ask_about_running(window: Any, controller: RecordingsController) -> bool:
    """Quitting with recordings that may bill: stop them, keep them running, or cancel."""
    from PySide6.QtWidgets import QMessageBox

    from recstudio.ui.recordings.status_words import format_elapsed, state_words

    running = controller.running_items()
    if not running:
        return True
    lines = [
        f"• {item.cname} — uid {item.uid} — {state_words(item.state)}"
        + (
            translate("recordings", " — sid {value}…").format(value=item.sid[:12])
            if item.sid
            else translate("recordings", " — no sid known")
        )
        + f" — {format_elapsed(item.elapsed)}"
        for item in running[:10]
    ]
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("recordings", "Recordings are still running"))
    box.setText(
        translate(
            "recordings", "{n_running} recording(s) may still be running and billing:\n\n"
        ).format(n_running=len(running))
        + "\n".join(lines)
    )
    box.setInformativeText(
        translate(
            "recordings",
            "Stop them now, or keep them running? Kept recordings are listed again the next "
            "time recstudio starts, so you can stop them then.",
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("recordings", "Stop them"))
    box.button(QMessageBox.StandardButton.No).setText(translate("recordings", "Keep running"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if (
        answer == QMessageBox.StandardButton.Cancel
        or answer == QMessageBox.StandardButton.Cancel.value
    ):
        return False
    if answer == QMessageBox.StandardButton.Yes or answer == QMessageBox.StandardButton.Yes.value:
        window.statusBar().showMessage(
            translate("recordings", "Stopping {n_running} recording(s) before closing…").format(
                n_running=len(running)
            )
        )
        left = controller.stop_all_and_wait()
        if left:
            QMessageBox.warning(
                window,
                translate("recordings", "Some recordings could not be stopped"),
                translate(
                    "recordings",
                    "These may still be running; they will be listed at the next start:\n",
                )
                + "\n".join(f"• {i.cname} (sid {i.sid})" for i in left),
            )
    return True
