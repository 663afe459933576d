"""Export: JSON, curl, Python requests or HTTPie for any endpoint; secrets stay
placeholders unless "Include secrets" is ticked (with a warning); copy or save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.enums import Endpoint, Mode
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from recstudio.export import Format

_FORMATS = [
    ("json", QT_TRANSLATE_NOOP("dialogs.export_dialog", "JSON body")),
    ("curl", "curl"),
    ("python", QT_TRANSLATE_NOOP("dialogs.export_dialog", "Python (requests)")),
    ("httpie", "HTTPie"),
]
_SUFFIX = {"json": ".json", "curl": ".sh", "python": ".py", "httpie": ".sh"}


#: The endpoint box's entry for the whole acquire → start → query → stop script.
FLOW = "flow"


def _base_url(project_profile: str) -> str:
    """The active profile's host; the app's own Sandbox when that profile is the Sandbox."""
    from recstudio.settings.hosts import export_base_url
    from recstudio.ui.recordings.connections import shared_sandbox

    server = shared_sandbox().server
    return export_base_url(project_profile, running_sandbox=server.base_url if server else None)


def render_export(
    document: ProjectDocument,
    endpoint: Endpoint | str,
    fmt: Format,
    *,
    reveal: bool = False,
    layout: str | None = None,
    mask_app_id: bool = False,
) -> str:
    """The text the dialog shows; used by tests directly."""
    from recstudio.export import ExportRequest, render
    from recstudio.model.generate import generate_body

    project = document.project
    base_url = _base_url(project.profile)
    if endpoint == FLOW:
        if fmt not in ("curl", "python"):
            return translate(
                "dialogs.export_dialog",
                "The whole flow exports as curl or Python; choose one of those.\n",
            )
        from recstudio.export.flow import flow_for_project, render_flow

        flow = flow_for_project(project, base_url, reveal_secrets=reveal)
        if mask_app_id:
            from dataclasses import replace

            flow = replace(flow, app_id="<APP_ID>")
        return render_flow(flow, fmt)
    endpoint = Endpoint(endpoint)
    body = None if endpoint is Endpoint.QUERY else generate_body(project, endpoint, layout=layout)
    if fmt == "json" and body is None:
        return translate(
            "dialogs.export_dialog",
            "query is a GET request without a body; choose curl, Python or HTTPie.\n",
        )
    req = ExportRequest(
        endpoint=endpoint,
        mode=Mode(project.mode),
        app_id="<APP_ID>" if mask_app_id else (project.app_id or "<appid>"),
        body=body,
        base_url=base_url,
        reveal_secrets=reveal,
    )
    return render(req, fmt)


class ExportDialog(QDialog):
    def __init__(
        self,
        document: ProjectDocument,
        endpoint: Endpoint = Endpoint.START,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs.export_dialog", "Export"))
        self.resize(760, 560)
        self._document = document
        self.endpoint_box = QComboBox()
        for ep in Endpoint:
            if ep is Endpoint.UPDATE_LAYOUT and document.project.mode != Mode.MIX:
                continue
            self.endpoint_box.addItem(ep.value, ep)
        self.endpoint_box.addItem(
            translate("dialogs.export_dialog", "whole flow: acquire → start → query → stop"), FLOW
        )
        self.endpoint_box.setCurrentIndex(max(0, self.endpoint_box.findData(endpoint)))
        self.format_box = QComboBox()
        for key, label in _FORMATS:
            self.format_box.addItem(translate("dialogs.export_dialog", label), key)
        self.reveal_box = QCheckBox(translate("dialogs.export_dialog", "Include secrets"))
        self.reveal_box.setToolTip(
            translate(
                "dialogs.export_dialog",
                "Write storage keys, tokens and decryption secrets literally",
            )
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b9770e;")
        self.text = QPlainTextEdit()
        self.text.setObjectName("exportText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("dialogs.export_dialog", "Endpoint:")))
        row.addWidget(self.endpoint_box)
        row.addWidget(QLabel(translate("dialogs.export_dialog", "Format:")))
        row.addWidget(self.format_box)
        row.addStretch(1)
        row.addWidget(self.reveal_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("dialogs.export_dialog", "Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            translate("dialogs.export_dialog", "Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.warning)
        box.addWidget(self.text, 1)
        box.addWidget(buttons)
        for signal in (self.endpoint_box.currentIndexChanged, self.format_box.currentIndexChanged):
            signal.connect(self.refresh)
        self.reveal_box.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data = self.endpoint_box.currentData()
        endpoint = FLOW if data == FLOW else Endpoint(data)  # Qt returns the plain string
        fmt = self.format_box.currentData()
        reveal = self.reveal_box.isChecked()
        from recstudio.ui import presenter

        # presenter mode masks the App ID on screen; Copy and Save still take the real one
        self._text = render_export(self._document, endpoint, fmt, reveal=reveal)
        shown = self._text
        if presenter.is_enabled():
            shown = render_export(self._document, endpoint, fmt, reveal=reveal, mask_app_id=True)
        self.text.setPlainText(shown)
        self.warning.setText(
            translate(
                "dialogs.export_dialog",
                "⚠ Secrets are included. Anyone who gets this text can write to your storage "
                "bucket or join the channel as the recorder.",
            )
            if reveal
            else translate(
                "dialogs.export_dialog",
                "Secrets are shown as <PLACEHOLDERS>; credentials come from $AGORA_CUSTOMER_ID "
                "and $AGORA_CUSTOMER_SECRET.",
            )
        )

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._text)

    def _on_save_clicked(self) -> None:
        fmt = self.format_box.currentData()
        data = str(self.endpoint_box.currentData())  # Qt returns the plain string
        name = f"{data}{_SUFFIX[fmt]}"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("dialogs.export_dialog", "Save export"), str(Path.home() / name)
        )
        if not path:
            return
        try:
            from recstudio.model.atomic import atomic_write_text

            atomic_write_text(path, self._text, private=self.reveal_box.isChecked())
        except OSError as exc:
            self.warning.setText(
                translate("dialogs.export_dialog", "Could not save: {exc}").format(exc=exc)
            )
