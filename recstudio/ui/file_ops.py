"""New / Open / Save / Save As / recent files / import / export, and the questions they ask.

Everything that touches project files for the window lives here so the window only wires
actions. Saving never writes a secret (project files are redacted by ``save_project``);
the secrets of the open project stay in memory, and in the keyring when one is available.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from recstudio.ui.autosave import Autosaver, Recoverable, discard, find_recoverable
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from recstudio.model.enums import Endpoint, Mode
    from recstudio.model.project import Project
    from recstudio.model.validation import ProjectChecker
    from recstudio.ui.panels.json_panel import JsonPanel

PROJECT_FILTER = QT_TRANSLATE_NOOP(
    "file_ops", "recstudio projects (*.recstudio.json);;JSON files (*.json);;All files (*)"
)
SUFFIX = ".recstudio.json"


class FilesHost(Protocol):
    """What the file commands need of the window: the status bar, the shown body, two
    reactions (a Protocol: this module does not import the window that imports it)."""

    json_panel: JsonPanel

    def statusBar(self) -> QStatusBar: ...
    def show_start_page(self, recent: list[str] | None = None) -> None: ...
    def _update_title(self) -> None: ...


class ProjectFiles(QObject):
    def __init__(self, document: ProjectDocument, window: FilesHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._window = window
        #: the widget the questions and file dialogs belong to (the window itself)
        self._parent = parent
        self.autosaver = Autosaver(document, self)
        self.autosaver.failed.connect(self._on_autosave_failed)

    # -- questions -----------------------------------------------------------------------
    def confirm_discard(self, doing: str = "continuing") -> bool:
        """Ask before unsaved changes are lost; True means go ahead."""
        if self._document.undo_stack.isClean():
            return True
        name = self._document.project.name or "Untitled"
        answer = QMessageBox.question(
            self._parent,
            translate("file_ops", "Unsaved changes"),
            translate("file_ops", "Save the changes to “{name}” before {doing}?").format(
                name=name, doing=doing
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _on_autosave_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(
            translate(
                "file_ops",
                "Autosave failed: {message} Your changes are still open; save them elsewhere.",
            ).format(message=message),
            30000,
        )

    def _error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    # -- commands ------------------------------------------------------------------------
    def new_project(self, mode: Mode | None = None) -> bool:
        """A new project in ``mode`` (the current project's mode when None)."""
        if not self.confirm_discard(translate("file_ops", "starting a new project")):
            return False
        from recstudio.model.project import new_project

        self.replace_with(new_project(mode if mode is not None else self._document.project.mode))
        return True

    def open_example(self, path: Path) -> bool:
        """A bundled example as a new, unsaved project: Save asks where, so the example
        itself is never overwritten."""
        if not self.confirm_discard(translate("file_ops", "opening an example")):
            return False
        from recstudio.model.project import ProjectFormatError, load_project

        try:
            project = load_project(path)
        except (ProjectFormatError, OSError, ValueError) as exc:
            self._error(translate("file_ops", "Cannot open example"), f"{path.name}: {exc}")
            return False
        self.replace_with(project)
        return True

    def open_dialog(self) -> None:
        if not self.confirm_discard(translate("file_ops", "opening another project")):
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            translate("file_ops", "Open project"),
            str(self._last_dir()),
            translate("file_ops", PROJECT_FILTER),
        )
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open a project file; False if it could not be opened. A big file (a 10 MB
        import autosaved, say) is read and checked on a worker with a busy bar, True
        meaning it is on its way: on the GUI thread its check froze the window 0.6 s."""
        if not confirmed and not self.confirm_discard(
            translate("file_ops", "opening another project")
        ):
            return False
        from recstudio.model.project import load_project
        from recstudio.ui.background import is_big_file

        if is_big_file(path):
            self._open_in_background(path)
            return True
        try:
            project = load_project(path)
        except Exception as exc:
            if not self._report_open_error(path, exc):
                raise
            return False
        self.replace_with(project, path)
        self._remember(path)
        return True

    def _open_in_background(self, path: Path) -> None:
        def opened(project: Project, checker: ProjectChecker) -> None:
            self.replace_with(project, path, checked=checker)
            self._remember(path)

        def failed(error: BaseException) -> None:
            if not self._report_open_error(path, error):
                raise error

        message = translate("file_ops", "Opening {name}…").format(name=path.name)
        self._load_in_background(path, message, opened, failed)

    def _load_in_background(
        self,
        path: Path,
        message: str,
        loaded: Callable[[Project, ProjectChecker], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Read and check a (big) project file on a worker with a busy bar; the GUI thread
        gets the project with the checks the document would run next."""
        from recstudio.model.project import load_project
        from recstudio.model.validation import ProjectChecker
        from recstudio.ui.background import run_in_background, wait_for_preload

        finish = self._busy(message)

        def work() -> tuple[Project, ProjectChecker]:
            wait_for_preload()
            project = load_project(path)
            checker = ProjectChecker()
            checker.validate(project)
            return project, checker

        def done(result: Any, error: BaseException | None) -> None:
            finish()
            if error is not None:
                failed(error)
            else:
                loaded(*result)

        run_in_background(work, done, self._parent)

    def _report_open_error(self, path: Path, exc: BaseException) -> bool:
        """Say why ``path`` did not open; False for an error that is a bug, not the file's."""
        from recstudio.model.jsontext import JsonSyntaxError
        from recstudio.model.project import ProjectFormatError

        title = translate("file_ops", "Cannot open project")
        if isinstance(exc, FileNotFoundError):
            self._error(title, translate("file_ops", "{path} does not exist.").format(path=path))
            self._forget_recent(path)
        elif isinstance(exc, JsonSyntaxError):
            self._error(
                title,
                translate("file_ops", "{name} is not valid JSON: {exc}").format(
                    name=path.name, exc=exc
                ),
            )
        elif isinstance(exc, ProjectFormatError | OSError | UnicodeDecodeError):
            self._error(title, f"{path.name}: {exc}")
        else:
            return False
        return True

    def _busy(self, message: str) -> Callable[[], None]:
        """A busy bar and ``message`` in the status bar; returns what takes them away."""
        from PySide6.QtWidgets import QProgressBar

        bar = QProgressBar()
        bar.setObjectName("importProgress")
        bar.setRange(0, 0)  # busy: parsing has no useful percentage
        bar.setMaximumWidth(160)
        status = self._window.statusBar()
        status.addPermanentWidget(bar)
        status.showMessage(message)

        def finish() -> None:
            status.removeWidget(bar)
            bar.setParent(None)  # gone with this closure
            status.clearMessage()

        return finish

    def _restore_secrets(self, project: Project) -> None:
        """Fill the placeholders of an opened project from the keyring, off the GUI thread;
        not an undo step and not a change: the values were the project's all along."""
        from recstudio.settings.project_secrets import fetch_project_secrets, missing_secrets
        from recstudio.ui.background import run_in_background

        if not missing_secrets(project):
            return

        def done(found: Any, error: BaseException | None) -> None:
            if self._document.project is not project:
                return  # another project was opened meanwhile
            if error is not None or not found:
                left = missing_secrets(project)
                self._window.statusBar().showMessage(
                    translate(
                        "file_ops",
                        "{n_left} secret(s) of this project are not in the keyring: type them "
                        "again (Storage, Session)",
                    ).format(n_left=len(left)),
                    10000,
                )
                return
            from recstudio.model.paths import parse_path

            self._document.apply_many([(parse_path(k), v) for k, v in found.items()])

        run_in_background(lambda: fetch_project_secrets(project), done, self._parent)

    def _store_secrets(self) -> None:
        from recstudio.settings.project_secrets import store_project_secrets
        from recstudio.ui.background import run_in_background

        snapshot = self._document.snapshot()
        if not snapshot.secret_values():
            return

        def done(_count: Any, error: BaseException | None) -> None:
            if error is not None:
                self._window.statusBar().showMessage(
                    translate(
                        "file_ops", "Secrets could not be kept in the keyring: {error}"
                    ).format(error=error),
                    10000,
                )

        run_in_background(lambda: store_project_secrets(snapshot), done, self._parent)

    def save(self, *, wait: bool = True) -> bool:
        """``wait=False`` (the Save action) writes on a worker; asking before quitting
        waits, because the window is about to go."""
        if self._document.file_path is None:
            return self.save_as(wait=wait)
        return self._write(self._document.file_path, wait=wait)

    def save_in_background(self) -> None:
        self.save(wait=False)

    def save_as(self, *, wait: bool = True) -> bool:
        suggested = self._last_dir() / f"{self._document.project.name or 'Untitled'}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("file_ops", "Save project"),
            str(suggested),
            translate("file_ops", PROJECT_FILTER),
        )
        if not path:
            return False
        target = Path(path)
        if not target.name.endswith(".json"):
            target = target.with_name(target.name + SUFFIX)
        return self._write(target, wait=wait)

    def _write(self, path: Path, *, wait: bool = True) -> bool:
        """Save a snapshot of the project to ``path``; with ``wait=False`` the disk work runs
        on a worker and the result arrives later (True then means "started")."""
        from recstudio.model.project import save_project
        from recstudio.ui.background import run_in_background

        snapshot = self._document.snapshot()
        index = self._document.undo_stack.index()
        if wait:
            try:
                save_project(snapshot, path)
            except (OSError, ValueError) as exc:
                self._save_failed(exc)
                return False
            self._saved(path, index)
            return True
        self._window.statusBar().showMessage(
            translate("file_ops", "Saving {path}…").format(path=path)
        )

        def done(_result: Any, error: BaseException | None) -> None:
            if isinstance(error, (OSError, ValueError)):
                self._save_failed(error)
            elif error is not None:
                raise error
            else:
                self._saved(path, index)

        run_in_background(lambda: save_project(snapshot, path), done, self._parent)
        return True

    def _save_failed(self, exc: BaseException) -> None:
        self._window.statusBar().clearMessage()
        self._error(
            translate("file_ops", "Could not save"),
            translate("file_ops", "{exc}\n\nYour changes are still open in recstudio.").format(
                exc=exc
            ),
        )

    def _saved(self, path: Path, index: int) -> None:
        self._document.set_file_path(path)
        if self._document.undo_stack.index() == index:
            self._document.undo_stack.setClean()  # else: edits made while saving stay unsaved
        self._remember(path)
        self._store_secrets()
        self._window.statusBar().showMessage(
            translate("file_ops", "Saved {path}").format(path=path), 4000
        )

    # -- import / export -----------------------------------------------------------------
    def replace_with(
        self, project: Project, path: Path | None = None, *, checked: ProjectChecker | None = None
    ) -> None:
        """Every way a different project comes in (new, open, import) goes through here:
        the old autosave goes, the keyring fills the new one's secrets. ``checked``: the
        checks a worker already made of ``project``."""
        self.autosaver.remove()
        self._document.replace_project(project, path, checked=checked)
        self._restore_secrets(project)

    def import_dialog(self) -> None:
        from recstudio.ui.dialogs.import_dialog import ImportDialog

        ImportDialog(self._document, self._parent).exec()

    def import_file(
        self, path: Path, endpoint: Endpoint | None = None, mode: Mode | None = None
    ) -> None:
        """Read, parse and check a (big) file on a worker with a busy bar in the status
        bar; the GUI thread only applies the result (issue 12: a 10 MB body froze the
        window 9.8 s)."""
        from recstudio.ui.background import run_in_background, wait_for_preload
        from recstudio.ui.dialogs.import_dialog import ImportError_, apply_import, prepare_import

        snapshot = self._document.snapshot()
        finish = self._busy(translate("file_ops", "Importing {name}…").format(name=path.name))
        status = self._window.statusBar()

        def work() -> Any:
            from recstudio.model.jsontext import JsonSyntaxError, read_json_text

            wait_for_preload()
            try:  # bytes that are not UTF-8: line and column, as everywhere
                text = read_json_text(path)
            except JsonSyntaxError as exc:
                raise ImportError_(
                    translate(
                        "file_ops", "Not valid JSON — line {line}, column {column}: {msg}"
                    ).format(line=exc.line, column=exc.column, msg=exc.msg)
                ) from exc
            return prepare_import(text, snapshot, endpoint, mode)

        def done(prepared: Any, error: BaseException | None) -> None:
            finish()
            if isinstance(error, ImportError_ | OSError):
                self._error(translate("file_ops", "Cannot import"), f"{path.name}: {error}")
                return
            if error is not None:
                raise error
            if prepared.kind == "project" and not self.confirm_discard(
                translate("file_ops", "importing a project")
            ):
                return
            status.showMessage(apply_import(self._document, prepared, self), 8000)

        run_in_background(work, done, self._parent)

    def export_dialog(self) -> None:
        from recstudio.ui.dialogs.export_dialog import ExportDialog

        endpoint = self._window.json_panel.endpoint()
        ExportDialog(self._document, endpoint, self._parent).exec()

    # -- recent files and startup --------------------------------------------------------
    def _prefs(self) -> Any:
        from recstudio.settings.preferences import load_preferences

        return load_preferences()

    def _update_preferences(self, change: Any, failure: str) -> None:
        """Read-modify-write of preferences.json on the serial worker (no disk on the GUI
        thread, and two quick updates cannot undo each other)."""
        from recstudio.settings.preferences import load_preferences, save_preferences
        from recstudio.ui.background import run_in_background

        def work() -> None:
            prefs = load_preferences()
            change(prefs)
            save_preferences(prefs)

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None and failure:
                self._window.statusBar().showMessage(f"{failure}: {error}", 6000)

        run_in_background(work, done, self._parent, serial=True)

    def _remember(self, path: Path) -> None:
        def change(prefs: Any) -> None:
            recent = [str(path)] + [p for p in prefs.recent_files if p != str(path)]
            prefs.recent_files = recent[:10]
            prefs.last_project_path = str(path)

        self._update_preferences(change, translate("file_ops", "Could not update recent files"))

    def _forget_recent(self, path: Path) -> None:
        def change(prefs: Any) -> None:
            prefs.recent_files = [p for p in prefs.recent_files if p != str(path)]
            if prefs.last_project_path == str(path):
                prefs.last_project_path = None

        self._update_preferences(change, "")  # a stale recent entry is harmless

    def _last_dir(self) -> Path:
        if self._document.file_path is not None:
            return Path(self._document.file_path).parent
        return Path.home()

    def recent_files(self) -> list[str]:
        return list(self._prefs().recent_files)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self._prefs().recent_files
        if not recent:
            menu.addAction(translate("file_ops", "(none)")).setEnabled(False)
            return
        for entry in recent:
            act = menu.addAction(entry)
            act.triggered.connect(lambda _=False, p=entry: self.open_path(Path(p)))

    def startup(self, requested: Path | None) -> None:
        """Launch behaviour: offer crash recovery, else open the requested or last project
        (a first launch keeps the new mix project the document started with)."""
        if self.offer_recovery():
            return
        if requested is not None:
            self.open_path(requested, confirmed=True)
            return
        prefs = self._prefs()
        last = prefs.last_project_path
        if last and Path(last).exists():
            self.open_path(Path(last), confirmed=True)
            return
        # nothing to reopen: the start page, once the launch's import worker is done (its
        # buttons reach the model, which must not load beside that worker)
        from recstudio.ui.background import when_preloaded

        recent = list(prefs.recent_files)
        when_preloaded(lambda _error: self._window.show_start_page(recent), self._parent)

    def offer_recovery(self) -> bool:
        from recstudio.model.project import load_project

        for rec in find_recoverable():
            when = _format_time(rec.saved_at)
            where = f" ({rec.file_path})" if rec.file_path else ""
            answer = QMessageBox.question(
                self._parent,
                translate("file_ops", "Recover unsaved work?"),
                translate(
                    "file_ops",
                    "recstudio was not closed normally. Unsaved changes to “{value}”{where} were "
                    "saved automatically at {when}.\n\nRecover them?",
                ).format(value=rec.name or "Untitled", where=where, when=when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                discard(rec)
                continue
            from recstudio.ui.background import is_big_file

            if is_big_file(rec.autosave):  # a big import's autosave: read it on a worker
                self._recover_in_background(rec)
                return True
            try:
                project = load_project(rec.autosave)
            except Exception as exc:
                self._recovery_failed(exc)
                continue
            self._recovered(project, rec, None)
            return True
        return False

    def _recover_in_background(self, rec: Recoverable) -> None:
        message = translate("file_ops", "Recovering {name}…").format(name=rec.name)
        self._load_in_background(
            rec.autosave,
            message,
            lambda project, checker: self._recovered(project, rec, checker),
            self._recovery_failed,
        )

    def _recovery_failed(self, exc: BaseException) -> None:
        self._error(
            translate("file_ops", "Cannot recover"),
            translate("file_ops", "The autosave could not be read: {exc}").format(exc=exc),
        )

    def _recovered(
        self, project: Project, rec: Recoverable, checked: ProjectChecker | None
    ) -> None:
        self._document.replace_project(project, rec.file_path, clean=False, checked=checked)
        # the recovered state is unsaved work: mark it so until the user saves
        self._document.undo_stack.resetClean()
        self._window._update_title()

    def shutdown(self) -> None:
        """The window closes with the user's consent: unsaved changes were saved or
        discarded on purpose, so the autosave goes too — left behind, it would make the
        next launch claim a crash and offer the discarded work back (issue 13)."""
        from recstudio.ui.background import wait_for_serial_work

        wait_for_serial_work()  # recent files / last project reach the disk before exit
        self.autosaver.shutdown()
        self.autosaver.remove()


def _format_time(ts: float) -> str:
    import time

    return time.strftime("%H:%M:%S on %d %b", time.localtime(ts))
