"""Rehearsal: the session timeline with real pixels, frame/video export and the cost
badge (issue 14). Installed beside the other docks so the main window needs one call.

The dock's panel is built the first time it is shown and frames render on a worker the
first time "Real pixels" is switched on, so numpy/Pillow/PyAV never load at launch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer

from recstudio.ui.i18n import translate


def install_rehearsal(window: Any) -> dict[str, Any]:
    """Add the Rehearsal dock and the status-bar cost badge to ``window``."""
    from PySide6.QtWidgets import QDockWidget, QWidget

    from recstudio.ui.rehearsal.cost_badge import CostBadge

    built: dict[str, Any] = {}
    dock = QDockWidget(translate("rehearsal", "Rehearsal"), window)
    dock.setObjectName("rehearsalDock")
    dock.setWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.view_menu.addAction(dock.toggleViewAction())
    recordings_dock = window.findChild(QDockWidget, "recordingsDock")
    if recordings_dock is not None:
        window.tabifyDockWidget(recordings_dock, dock)
        recordings_dock.raise_()
    dock.hide()  # the workspaces show it when asked (View menu); never built at launch

    def panel() -> Any:
        if "panel" not in built:
            from recstudio.ui.rehearsal.panel import RehearsalPanel

            built["panel"] = RehearsalPanel(window.document, dock)
            dock.setWidget(built["panel"])
        return built["panel"]

    dock.visibilityChanged.connect(lambda visible: visible and panel())
    badge = CostBadge(window.document, window)
    window.statusBar().addPermanentWidget(badge)

    def layout_badge() -> None:
        """A second badge under the layout canvas, once the Layout section exists (sections
        are built when first shown, so this waits for the section list to move)."""
        from recstudio.ui.canvas.editor import LayoutEditor

        for editor in window.findChildren(LayoutEditor):
            if editor.findChild(CostBadge, "layoutCostBadge") is None:
                extra = CostBadge(window.document, editor)
                extra.setObjectName("layoutCostBadge")
                editor.layout().addWidget(extra)
                extra.refresh()

    window.section_list.currentRowChanged.connect(lambda _row: QTimer.singleShot(0, layout_badge))
    window.close_confirmed.connect(lambda: built.get("panel") and built["panel"].shutdown())
    return {"dock": dock, "badge": badge, "panel": panel}
