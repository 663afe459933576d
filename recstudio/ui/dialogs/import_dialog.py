"""Import: paste or open a JSON body (any endpoint), a project, or a curl command line.

Malformed input shows its line and column and changes nothing. A body replaces only its
own endpoint's part of the open project, as one undoable step; a project replaces the
open one (after asking about unsaved changes).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.enums import Endpoint, Mode
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.model.paths import Path as ProjectPath
    from recstudio.model.project import Project
    from recstudio.model.validation import ProjectChecker

_FIELDS = (
    "mode",
    "app_id",
    "cname",
    "uid",
    "acquire",
    "start",
    "layouts",
    "start_layout",
    "update",
    "stop",
    "roster",
)


class ProjectReplacer(Protocol):
    """The file commands (``ui/file_ops.py``, which imports this module): a project that
    replaces the open one drops the old autosave and gets its secrets from the keyring."""

    def replace_with(
        self, project: Project, path: Path | None = None, *, checked: ProjectChecker | None = None
    ) -> None: ...


class ImportError_(ValueError):
    """An input that could not be imported; ``str()`` is shown to the user."""


@dataclass
class PreparedImport:
    """An import parsed and checked, ready to apply (made on a worker for big files)."""

    kind: str  # "project" or "body"
    project: Project
    changes: list[tuple[ProjectPath, Any]]
    summary: str
    checker: ProjectChecker | None = None
    label: str = "body"  # which body, for the undo step's name


def prepare_import(
    text: str, base: Project, endpoint: Endpoint | None = None, mode: Mode | None = None
) -> PreparedImport:
    """Parse ``text`` against the project ``base`` (a snapshot: this may run on a worker)
    and check the result; raises ImportError_ with the message for the user."""
    from recstudio.model.importing import ImportDocumentError, import_document
    from recstudio.model.jsontext import JsonSyntaxError
    from recstudio.model.project import ProjectFormatError
    from recstudio.model.validation import ProjectChecker

    stripped = text.strip()
    if not stripped:
        raise ImportError_(
            translate(
                "dialogs.import_dialog",
                "Nothing to import: paste a JSON body, a project or a curl command.",
            )
        )
    app_id = None
    if stripped.startswith("curl"):
        from recstudio.export import CurlImportError, parse_curl

        try:
            parsed = parse_curl(stripped)
        except CurlImportError as exc:
            raise ImportError_(
                translate("dialogs.import_dialog", "Cannot read the curl command: {exc}").format(
                    exc=exc
                )
            ) from exc  # names the place
        if parsed.body is None:
            raise ImportError_(
                translate(
                    "dialogs.import_dialog",
                    "The curl command has no JSON body to import (query has none).",
                )
            )
        import json

        text = json.dumps(parsed.body)
        endpoint = endpoint or parsed.endpoint
        mode = mode or parsed.mode
        app_id = parsed.app_id
    try:
        result = import_document(text, endpoint=endpoint, mode=mode, base=base)
    except JsonSyntaxError as exc:
        raise ImportError_(
            translate(
                "dialogs.import_dialog", "Not valid JSON — line {line}, column {column}: {msg}"
            ).format(line=exc.line, column=exc.column, msg=exc.msg)
        ) from exc
    except (ImportDocumentError, ProjectFormatError) as exc:
        raise ImportError_(str(exc)) from exc
    if result.kind == "project":
        checker = ProjectChecker()
        checker.validate(result.project)  # here, not on the GUI thread when it is applied
        return PreparedImport(
            "project",
            result.project,
            [],
            translate("dialogs.import_dialog", "Opened project “{name}”.").format(
                name=result.project.name
            ),
            checker,
        )
    project = result.project
    notes_first: list[str] = []
    if app_id and project.app_id != app_id:
        # The URL names the App ID the command records; importing the command brings it
        # along (it used to be dropped whenever the project already had one).
        if project.app_id:
            notes_first.append(
                translate(
                    "dialogs.import_dialog", "App ID {app_id} from the curl URL replaces {app_id2}"
                ).format(app_id=app_id, app_id2=project.app_id)
            )
        project.app_id = app_id
    changes: list[tuple[ProjectPath, Any]] = [
        ((name,), getattr(project, name))
        for name in _FIELDS
        if getattr(project, name) != getattr(base, name)
    ]
    after = copy.copy(base)
    for (name,), value in changes:
        setattr(after, str(name), value)
    checker = ProjectChecker()
    checker.validate(after)  # the checks the document would run next, done here
    label = result.endpoint.value if result.endpoint else "body"
    notes = "; ".join([*notes_first, *(w.message for w in result.warnings[:3])])
    summary = translate("dialogs.import_dialog", "Imported a {label} body ({value} mode).").format(
        label=label, value=result.mode.value
    ) + (f" Note: {notes}" if notes else "")
    return PreparedImport("body", project, changes, summary, checker, label)


def apply_import(
    document: ProjectDocument, prepared: PreparedImport, files: ProjectReplacer | None = None
) -> str:
    """Apply a prepared import: a project replaces the open one, a body is one undo step."""
    if prepared.kind == "project":
        if files is not None:  # drops the old autosave, restores secrets
            files.replace_with(prepared.project, checked=prepared.checker)
        else:
            document.replace_project(prepared.project, checked=prepared.checker)
        return prepared.summary
    document.set_values(
        list(prepared.changes),
        translate("dialogs.import_dialog", "Import {label} body").format(label=prepared.label),
        owned=True,  # parsed for this import alone: no deep copies of a 10 MB body
        checked=prepared.checker,
    )
    return prepared.summary


def import_text(
    document: ProjectDocument,
    text: str,
    endpoint: Endpoint | None = None,
    mode: Mode | None = None,
    files: ProjectReplacer | None = None,
) -> str:
    """Import ``text`` into the document; returns a summary or raises ImportError_.

    Qt-light so tests (and the paste shortcut) can use it without the dialog.
    """
    return apply_import(document, prepare_import(text, document.snapshot(), endpoint, mode), files)


class ImportDialog(QDialog):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs.import_dialog", "Import"))
        self.resize(720, 520)
        self._document = document
        self.text = QPlainTextEdit()
        self.text.setObjectName("importText")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(
            translate(
                "dialogs.import_dialog",
                "Paste a request body (acquire, start, update, updateLayout or stop), a "
                "recstudio project, or a curl command copied from docs or logs.",
            )
        )
        self.endpoint_box = QComboBox()
        self.endpoint_box.addItem(translate("dialogs.import_dialog", "Detect"), None)
        for ep in (
            Endpoint.ACQUIRE,
            Endpoint.START,
            Endpoint.UPDATE,
            Endpoint.UPDATE_LAYOUT,
            Endpoint.STOP,
        ):
            self.endpoint_box.addItem(ep.value, ep)
        self.mode_box = QComboBox()
        self.mode_box.addItem(translate("dialogs.import_dialog", "Detect"), None)
        for m in Mode:
            self.mode_box.addItem(m.value, m)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        open_button = QPushButton(translate("dialogs.import_dialog", "Open file…"))
        open_button.clicked.connect(self._on_open_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("dialogs.import_dialog", "Endpoint:")))
        row.addWidget(self.endpoint_box)
        row.addWidget(QLabel(translate("dialogs.import_dialog", "Mode:")))
        row.addWidget(self.mode_box)
        row.addStretch(1)
        row.addWidget(open_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            translate("dialogs.import_dialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.text, 1)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.summary = ""

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("dialogs.import_dialog", "Open JSON or curl file"),
            str(Path.home()),
            translate("dialogs.import_dialog", "JSON (*.json);;All files (*)"),
        )
        if not path:
            return
        files = getattr(self.parent(), "files", None)
        from recstudio.ui.background import is_big_file

        if files is not None and is_big_file(Path(path)):
            # a big body goes straight to a worker: no 10 MB text in this editor
            files.import_file(Path(path), *self._choices())
            self.accept()
            return
        from recstudio.model.jsontext import JsonSyntaxError, read_json_text

        try:  # bytes that are not UTF-8 are reported by line and column, not byte offset
            self.text.setPlainText(read_json_text(path))
        except (OSError, JsonSyntaxError) as exc:
            self.error.setText(
                translate("dialogs.import_dialog", "Cannot read {path}: {exc}").format(
                    path=path, exc=exc
                )
            )

    def _on_import_clicked(self) -> None:
        endpoint, mode = self._choices()
        if self._looks_like_project() and not self._confirm_replace():
            return
        try:
            self.summary = import_text(
                self._document,
                self.text.toPlainText(),
                endpoint,
                mode,
                getattr(self.parent(), "files", None),
            )
        except ImportError_ as exc:
            self.error.setText(str(exc))
            return
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.summary, 8000)
        self.accept()

    def _choices(self) -> tuple[Endpoint | None, Mode | None]:
        # "Detect" is None; Qt hands the enums back as plain strings
        raw_endpoint, raw_mode = self.endpoint_box.currentData(), self.mode_box.currentData()
        return (
            Endpoint(raw_endpoint) if raw_endpoint else None,
            Mode(raw_mode) if raw_mode else None,
        )

    def _looks_like_project(self) -> bool:
        return '"format_version"' in self.text.toPlainText()

    def _confirm_replace(self) -> bool:
        parent = self.parent()
        files = getattr(parent, "files", None)
        return (
            files.confirm_discard(translate("dialogs.import_dialog", "importing a project"))
            if files is not None
            else True
        )
