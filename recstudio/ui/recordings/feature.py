"""What :func:`~recstudio.ui.recordings.install_recordings` adds to the window, as one typed
object the window keeps (``window.recordings``) instead of attributes hung on the controller.
Its own module so that the parts the feature installs (storage actions) can name it without
importing the installer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from recstudio.ui.recordings.controller import RecordingsController
    from recstudio.ui.recordings.log_panel import RequestLogPanel
    from recstudio.ui.recordings.panel import RecordingsPanel
    from recstudio.ui.recordings.sandbox_panel import SandboxPanel
    from recstudio.ui.recordings.toolbar import RecordingsToolbar


@dataclass(frozen=True, slots=True)
class RecordingsDocks:
    recordings: QDockWidget
    log: QDockWidget
    sandbox: QDockWidget


@dataclass(slots=True)
class RecordingsUi:
    """What :func:`install_recordings` added to the window, for the window and its tests:
    the controller, the views over it, and the close hook it registered."""

    controller: RecordingsController
    panel: RecordingsPanel
    toolbar: RecordingsToolbar
    docks: RecordingsDocks
    close_hook: Callable[[], bool]
    #: builders of the panels made on first use (launch time is a budget)
    _log_panel: Callable[[], RequestLogPanel] = field(repr=False)
    _sandbox_panel: Callable[[], SandboxPanel] = field(repr=False)

    @property
    def log_panel(self) -> RequestLogPanel:
        """The request log panel, built now if it has not been shown yet."""
        return self._log_panel()

    @property
    def sandbox_panel(self) -> SandboxPanel:
        """The Sandbox panel, built now if it has not been shown yet."""
        return self._sandbox_panel()
