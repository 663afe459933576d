"""The Session section: who and what is recorded (mode, App ID, channel, recorder UID,
token, connection profile). These live at the top of the Project, not in one body, so the
form is built by hand from the same editors the generated forms use."""

from __future__ import annotations

import secrets as _random
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.enums import Mode
from recstudio.model.paths import MISSING, Path, format_path
from recstudio.model.validation import LocatedProblem
from recstudio.ui import presenter
from recstudio.ui.document import ProjectDocument
from recstudio.ui.forms.editors import FieldEditor, TextEditor, editor_for
from recstudio.ui.i18n import tr_hint, tr_message, translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP


@dataclass
class _Meta:
    """Just enough of FieldMeta for the editors."""

    key: str
    description: str
    type: str = "str"
    choices: list[Any] | None = None
    labels: dict[Any, str] = field(default_factory=dict)
    default: Any = None
    minimum: Any = None
    maximum: Any = None
    secret: bool = False
    widget: str | None = None
    modes: Any = None
    legacy: bool = False
    rule: str | None = None
    max_length: int | None = None
    path: str = ""


#: Short enough that the picker's width (it sizes to its longest label) keeps the window
#: inside 1024 px, the smallest screen the app is laid out for.
_MODE_LABELS = {
    Mode.RAW.value: QT_TRANSLATE_NOOP("session_form", "raw — individual: audio+video per user"),
    Mode.MIX.value: QT_TRANSLATE_NOOP("session_form", "mix — composite: everyone in one video"),
    Mode.WEB.value: QT_TRANSLATE_NOOP("session_form", "web — record a web page"),
    Mode.INDIVIDUAL.value: QT_TRANSLATE_NOOP(
        "session_form", "individual (legacy v1) — audio, video apart"
    ),
}
#: Picker order: the current modes first, legacy individual (v1) last (agora-2026.md §1).
_MODE_ORDER = [Mode.RAW, Mode.MIX, Mode.WEB, Mode.INDIVIDUAL]


class SessionForm(QWidget):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.editors: dict[Path, FieldEditor] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        box = QGroupBox(translate("session_form", "Session"))
        form = QFormLayout(box)
        outer.addWidget(box)
        outer.addStretch(1)

        def row(path: Path, meta: _Meta, label: str, extra: QWidget | None = None) -> FieldEditor:
            editor = editor_for(meta)
            editor.setToolTip(meta.description)
            editor.edited.connect(lambda value, p=path, m=meta: self._on_edited(p, m, value))
            self.editors[path] = editor
            if extra is None:
                form.addRow(label, editor)
            else:
                holder = QWidget()
                h = QHBoxLayout(holder)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(editor, 1)
                h.addWidget(extra)
                form.addRow(label, holder)
            return editor

        row(
            ("name",),
            _Meta(
                "name",
                translate("session_form", "A name for this project (shown in the title bar)"),
            ),
            translate("session_form", "Project name"),
        )
        row(
            ("mode",),
            _Meta(
                "mode",
                translate(
                    "session_form",
                    "Recording mode: raw (individual recording v2), composite (mix), web page, "
                    "or legacy individual v1 (R1)",
                ),
                choices=[m.value for m in _MODE_ORDER],
                labels={k: translate("session_form", v) for k, v in _MODE_LABELS.items()},
            ),
            translate("session_form", "Mode"),
        )
        row(
            ("app_id",),
            _Meta(
                "app_id",
                translate("session_form", "App ID of the channel (Cloud Recording enabled for it)"),
            ),
            translate("session_form", "App ID"),
        )
        row(
            ("cname",),
            _Meta(
                "cname",
                translate(
                    "session_form",
                    "Channel name to record: < 64 bytes of letters, digits and "
                    "! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ , (R3)",
                ),
            ),
            translate("session_form", "Channel (cname)"),
        )
        self.random_uid = QPushButton(translate("session_form", "Random"))
        self.random_uid.setToolTip(translate("session_form", "Pick a random UID for the recorder"))
        self.random_uid.clicked.connect(self._on_random_uid_clicked)
        row(
            ("uid",),
            _Meta(
                "uid",
                translate(
                    "session_form",
                    "The recorder's own UID: an integer 1 … 4294967295 not used by anyone "
                    "else in the channel (R2)",
                ),
            ),
            translate("session_form", "Recorder UID"),
            self.random_uid,
        )
        self.generate_token = QPushButton(translate("session_form", "Generate"))
        self.generate_token.setToolTip(
            translate(
                "session_form",
                "Generate an RTC token for the recorder UID from the profile's App Certificate",
            )
        )
        self.generate_token.clicked.connect(self._on_generate_token_clicked)
        row(
            ("start", "token"),
            _Meta(
                "token",
                translate(
                    "session_form",
                    "RTC token for the recorder UID; needed when the App Certificate "
                    "is enabled (individual and mix only, R35)",
                ),
                secret=True,
            ),
            translate("session_form", "Token"),
            self.generate_token,
        )
        profile = row(
            ("profile",),
            _Meta(
                "profile",
                translate(
                    "session_form",
                    "Connection profile used to send requests: choose it with the "
                    "Profile selector in the toolbar (Profiles… adds or edits one)",
                ),
            ),
            translate("session_form", "Connection profile"),
        )
        # one place chooses the profile (the toolbar, which knows the existing ones)
        if isinstance(profile, TextEditor):
            profile.line.setReadOnly(True)
            profile.line.setClearButtonEnabled(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("groupNote")
        form.addRow(self.hint)

        document.value_changed.connect(self._on_value_changed)
        document.project_replaced.connect(self.refresh)
        document.checked.connect(self._on_checked)
        # a bound method, so Qt disconnects it when this form is destroyed
        presenter.presenter().changed.connect(self._on_presenter_changed)
        self.refresh()

    # -- binding -------------------------------------------------------------------------
    def _on_edited(self, path: Path, meta: _Meta, value: Any) -> None:
        if path == ("mode",):
            if value is MISSING:
                self.refresh()
                return
            from recstudio.ui.mode_switch import switch_mode

            switch_mode(self.document, Mode(value), self)
            self.refresh()
            return
        if len(path) == 1 and value is MISSING:
            value = ""  # top-level project fields are strings, never absent
        self.document.set_value(
            path,
            value,
            translate("session_form", "Set {key}").format(key=meta.key),
            merge_key=f"field:{format_path(path)}",
        )

    def refresh(self) -> None:
        masked = presenter.is_enabled()
        for path, editor in self.editors.items():
            value = self.document.get(path)
            if path == ("mode",):
                value = value.value if isinstance(value, Mode) else value
            editor.set_value(value)
            if isinstance(editor, TextEditor) and path in (("app_id",),):
                from PySide6.QtWidgets import QLineEdit

                editor.line.setEchoMode(
                    QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
                )
        web = self.document.project.mode == Mode.WEB
        self.editors[("start", "token")].setEnabled(
            not web or self.document.get(("start", "token")) is not MISSING
        )
        self.generate_token.setEnabled(not web)
        self.hint.setText(
            translate(
                "session_form",
                "Web mode records a web page: no channel is joined, cname is only a label.",
            )
            if web
            else translate(
                "session_form", "The recorder joins the channel as one more user with this UID."
            )
        )
        self._on_checked()

    def _on_presenter_changed(self, _enabled: bool) -> None:
        self.refresh()

    def _on_value_changed(self, path: Path) -> None:
        if not path:
            return
        if path[0] in ("name", "mode", "app_id", "cname", "uid", "profile") or path[:2] == (
            "start",
            "token",
        ):
            self.refresh()

    def _on_checked(self) -> None:
        for path, editor in self.editors.items():
            problems = [lp for lp in self.document.problems if lp.project_path == path]
            if not problems:
                editor.set_problem(
                    None, editor.toolTip() if editor.property("problem") == "" else ""
                )
                continue
            severity = "error" if any(lp.problem.is_error for lp in problems) else "warning"
            text = "\n".join(
                tr_message(lp.problem) + (f" — {tr_hint(lp.problem)}" if lp.problem.hint else "")
                for lp in problems
            )
            editor.set_problem(severity, text, text)

    # -- problems navigation -------------------------------------------------------------
    def owns(self, lp: LocatedProblem) -> bool:
        return lp.project_path is not None and tuple(lp.project_path) in self.editors

    def focus_problem(self, lp: LocatedProblem) -> bool:
        editor = self.editors.get(tuple(lp.project_path or ()))
        if editor is None:
            return False
        editor.focus_widget.setFocus()
        return True

    # -- actions -------------------------------------------------------------------------
    def _on_random_uid_clicked(self) -> None:
        uid = str(_random.randbelow(4_000_000_000 - 100_000) + 100_000)
        self.document.set_value(("uid",), uid, translate("session_form", "Random recorder UID"))

    def _on_generate_token_clicked(self) -> None:
        """Profiles file and keyring are read on a worker (house rule 5); the app's own
        store is used so a certificate kept for this session only is found too."""
        import copy

        from recstudio.ui.background import run_in_background
        from recstudio.ui.token_action import generate_token_for

        recordings = getattr(self.window(), "recordings", None)
        project = copy.deepcopy(self.document.project)
        self.generate_token.setEnabled(False)
        self.generate_token.setText(translate("session_form", "Generating…"))

        def work() -> tuple[str | None, str]:
            store = recordings.controller.connections().store if recordings is not None else None
            return generate_token_for(project, store=store)

        def done(result: Any, error: BaseException | None) -> None:
            self.generate_token.setEnabled(True)
            self.generate_token.setText(translate("session_form", "Generate"))
            token, message = (
                result
                if error is None
                else (
                    None,
                    translate("session_form", "Cannot generate: {error}").format(error=error),
                )
            )
            if token is None:
                QMessageBox.information(self, translate("session_form", "Generate token"), message)
                return
            self.document.set_value(
                ("start", "token"), token, translate("session_form", "Generate token")
            )
            status = getattr(self.window(), "statusBar", None)
            if status is not None:
                status().showMessage(message, 8000)

        run_in_background(work, done, self)
