"""The Sandbox panel's NCS box: send the Sandbox's signed events to a webhook (the app's own
``recstudio events listen`` or a developer's handler). Creating the notifier only starts
its threads; every delivery happens on them, never on the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton

from recstudio.ui.i18n import translate


class NotifyBox(QGroupBox):
    def __init__(self, panel: Any) -> None:
        super().__init__(translate("recordings.sandbox_notify", "NCS events (webhook)"))
        self.panel = panel
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("sandboxNotifyUrl")
        self.url_edit.setPlaceholderText(
            translate("recordings.sandbox_notify", "http://127.0.0.1:8791/")
        )
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            translate("recordings.sandbox_notify", "secret for Agora-Signature (optional)")
        )
        self.button = QPushButton(translate("recordings.sandbox_notify", "Send events"))
        self.button.setToolTip(
            translate(
                "recordings.sandbox_notify",
                "Every recording of the Sandbox posts signed NCS events to this URL, with NCS's "
                "retries (resend without a 200 within 10 s, 3 times)",
            )
        )
        self.state = QLabel(translate("recordings.sandbox_notify", "Not sending events."))
        self.state.setObjectName("sandboxNotifyState")
        self.state.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("recordings.sandbox_notify", "URL"), self.url_edit)
        form.addRow(translate("recordings.sandbox_notify", "Secret"), self.secret_edit)
        form.addRow(self.button)
        form.addRow(self.state)
        self.button.clicked.connect(self.toggle)

    def toggle(self) -> None:
        server = self.panel.server()
        if server is None:
            self.state.setText(translate("recordings.sandbox_notify", "Start the Sandbox first."))
            return
        if server.notifier is not None:
            server.notifier.stop()
            server.notifier = None
            self.button.setText(translate("recordings.sandbox_notify", "Send events"))
            self.state.setText(translate("recordings.sandbox_notify", "Not sending events."))
            return
        url = self.url_edit.text().strip()
        if not url:
            from recstudio.ui.recordings.event_receiver import running_url

            url = running_url()  # the app's own receiver (Recording → Receive NCS events)
            self.url_edit.setText(url)
        try:
            server.notify(url, self.secret_edit.text() or None)
        except ValueError as exc:
            self.state.setText(str(exc).replace("--notify", "The Sandbox"))
            return
        signed = "signed" if self.secret_edit.text() else "unsigned"
        self.button.setText(translate("recordings.sandbox_notify", "Stop sending"))
        self.state.setText(
            translate("recordings.sandbox_notify", "Sending {signed} events to {url}.").format(
                signed=signed, url=url
            )
        )
