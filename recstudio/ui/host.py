"""What the window's parts may ask of the main window, as Protocols.

The workspace page, the studio panel, the start page and the file commands are built by
``MainWindow`` and talk back to it; typing them against these small Protocols instead of
``MainWindow`` keeps the import graph free of circles (issue 13 point 8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QStatusBar

    from recstudio.ui.file_ops import ProjectFiles
    from recstudio.ui.panels.problems_panel import ProblemsPanel
    from recstudio.ui.recordings.feature import RecordingsUi
    from recstudio.ui.sections import LayoutBinding
    from recstudio.ui.workspaces import WorkspaceSwitcher


class StatusHost(Protocol):
    def statusBar(self) -> QStatusBar: ...


class WindowHost(StatusHost, Protocol):
    """What the Layout workspace, Studio mode and the start page need."""

    workspaces: WorkspaceSwitcher
    layout_docks: dict[str, QDockWidget]
    layout_binding: LayoutBinding
    problems_panel: ProblemsPanel
    body_dock: QDockWidget
    files: ProjectFiles
    recordings: RecordingsUi | None
