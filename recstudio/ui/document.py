"""The open project as the app sees it: one Project, one undo stack, one refresh loop.

Views never keep their own copy of project state (house rule 2): they read through
``get`` and change it only by pushing commands through ``set_value``; after every change the
document regenerates and re-checks the bodies once per event-loop turn and tells everyone.
"""

from __future__ import annotations

import copy
import pathlib
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from recstudio.model.enums import Endpoint
from recstudio.model.paths import MISSING, Path, get_path, with_path
from recstudio.model.project import Project
from recstudio.model.validation import LocatedProblem, ProjectChecker
from recstudio.ui.signals import TypedSignal, typed_signal


class ProjectDocument(QObject):
    """Owns the Project and its undo stack; emits what changed."""

    #: the Project path that changed (``("start", "recordingConfig", "channelType")``)
    value_changed: TypedSignal[Path] = typed_signal(tuple)
    project_replaced = Signal()  # a new/opened/imported project: rebuild everything
    checked = Signal()  # bodies and problems were regenerated
    #: where the project is saved now; None for a project never saved
    file_path_changed: TypedSignal[pathlib.Path | None] = typed_signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._file_path: pathlib.Path | None = None
        self.undo_stack = QUndoStack(self)
        self.bodies: dict[tuple[Endpoint, str | None], dict[str, Any]] = {}
        self.problems: list[LocatedProblem] = []
        self._checker = ProjectChecker()
        #: False until the first check ran (it is deferred until after the first paint)
        self.checked_once = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        # The first check imports pydantic, the schema and the rules (~0.2 s). Those imports
        # run on a worker, so the freshly shown window stays responsive; then it checks.
        # Started from the event loop, i.e. after the window is shown: a worker importing
        # during window construction would compete with it for the GIL.
        QTimer.singleShot(0, self._first_check_in_background)

    # -- reading -------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def file_path(self) -> pathlib.Path | None:
        return self._file_path

    def set_file_path(self, file_path: pathlib.Path | None) -> None:
        """Saved somewhere else (Save As): the title and the autosave follow the signal."""
        if file_path != self._file_path:
            self._file_path = file_path
            self.file_path_changed.emit(file_path)

    def get(self, path: Path, default: Any = MISSING) -> Any:
        if not path:
            return self._project
        value = getattr(self._project, str(path[0]), MISSING)
        if value is MISSING:
            return default
        if len(path) == 1:
            return value
        return get_path(value, path[1:], default)

    def body(self, endpoint: Endpoint, layout: str | None = None) -> dict[str, Any]:
        return self.bodies.get((endpoint, layout), {})

    def problems_at(self, prefix: Path) -> list[LocatedProblem]:
        """Problems whose value lives at ``prefix`` or below it."""
        n = len(prefix)
        return [
            lp
            for lp in self.problems
            if lp.project_path is not None and tuple(lp.project_path[:n]) == tuple(prefix)
        ]

    # -- writing (only commands call apply) ----------------------------------------------
    def set_value(
        self, path: Path, value: Any, text: str = "", *, merge_key: str | None = None
    ) -> None:
        """The one way views change the project: an undoable command."""
        from recstudio.ui.undo import SetValueCommand

        if self.get(path) == value:
            return
        self.undo_stack.push(SetValueCommand(self, path, value, text, merge_key=merge_key))

    def set_values(
        self,
        changes: list[tuple[Path, Any]],
        text: str,
        *,
        merge_key: str | None = None,
        owned: bool = False,
        checked: ProjectChecker | None = None,
    ) -> None:
        """``owned``: see ``MultiValueCommand``; ``checked``: checks already made (on a
        worker) for exactly these values, used instead of checking them again."""
        from recstudio.ui.undo import MultiValueCommand

        changes = [(p, v) for p, v in changes if self.get(p) != v]
        if checked is not None:
            self._checker.absorb(checked)
        if changes:
            self.undo_stack.push(
                MultiValueCommand(self, changes, text, merge_key=merge_key, owned=owned)
            )

    def apply(self, path: Path, value: Any) -> None:
        self._apply(path, value)
        self.value_changed.emit(path)
        self.schedule_refresh()

    def apply_many(self, changes: list[tuple[Path, Any]]) -> None:
        for path, value in changes:
            self._apply(path, value)
        for path, _ in changes:
            self.value_changed.emit(path)
        self.schedule_refresh()

    def _apply(self, path: Path, value: Any) -> None:
        name = str(path[0])
        if len(path) == 1:
            if value is MISSING:
                raise ValueError(f"cannot delete project field {name!r}")
            setattr(self._project, name, value)
            return
        # copy-on-write: snapshots share everything, cached checks see what changed
        setattr(self._project, name, with_path(getattr(self._project, name), path[1:], value))

    def replace_project(
        self,
        project: Project,
        file_path: pathlib.Path | None = None,
        *,
        clean: bool = True,
        checked: ProjectChecker | None = None,
    ) -> None:
        """Open/new/import: a different project, a fresh history. ``checked``: checks a
        worker made of ``project``, taken instead of checking it on the GUI thread."""
        if checked is not None:
            self._checker.absorb(checked)
        self._project = project
        self.undo_stack.clear()
        if clean:
            self.undo_stack.setClean()
        self._file_path = file_path
        self.file_path_changed.emit(file_path)
        self.refresh()
        self.project_replaced.emit()

    def snapshot(self) -> Project:
        """A copy that later edits cannot reach, for writing on a worker: edits replace
        the containers on their path (``with_path``), so a shallow copy shares the rest."""
        return copy.copy(self._project)

    # -- checking ------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        """Coalesce: many edits in one event-loop turn cost one regeneration."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _first_check_in_background(self) -> None:
        from recstudio.ui.background import start_preload, when_preloaded

        def done(error: BaseException | None) -> None:
            if error is not None:
                raise error  # a broken install: surfaces here, on the GUI thread
            if not self.checked_once:  # an edit may have checked already
                self.refresh()

        when_preloaded(done, self)
        start_preload()  # unless the main window holds it for its first frame

    def flush(self) -> None:
        """Run a pending re-check now, or the first one if it has not finished yet:
        before sending, the problems must be current."""
        if self._refresh_timer.isActive() or not self.checked_once:
            self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not self.checked_once:
            from recstudio.ui.background import wait_for_preload

            wait_for_preload()  # never import alongside the import worker (issue 10 item 7)
        self.bodies, self.problems = self._checker.validate(self._project)
        self.checked_once = True
        self.checked.emit()
