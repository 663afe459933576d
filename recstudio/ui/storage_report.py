"""Storage in the window (issue 15): the pre-flight check before Start and the delivery
receipt of a recording, each in a small dialog fed by the Qt-free ``recstudio.storage``
(house rule 12). The network calls run on a worker (house rule 5)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.background import run_in_background

if TYPE_CHECKING:
    from recstudio.ui.recordings.feature import RecordingsUi

COLOURS = {
    "pass": "#2e7d32",
    "warn": "#ef6c00",
    "fail": "#c62828",
    "skip": "#616161",
    "complete": "#2e7d32",
    "still_arriving": "#ef6c00",
    "incomplete": "#c62828",
    "not_found": "#c62828",
}
VERDICT_WORDS = {
    "complete": "Complete",
    "still_arriving": "Still arriving",
    "incomplete": "Incomplete",
    "not_found": "Not found",
}


def _e(text: Any) -> str:
    return html.escape(str(text))


def preflight_html(report: Any) -> str:
    """The pre-flight report as rich text: one coloured line per step, field to fix."""
    colour = COLOURS["pass" if report.ok else "fail"]
    target = report.target
    head = (
        f"<p style='font-size:15pt;color:{colour}'><b>{_e(report.summary())}</b></p>"
        f"<p>Vendor {_e(target.get('vendor', '?'))}, bucket <b>{_e(target.get('bucket', '?'))}"
        f"</b>, region {_e(target.get('region', '?'))}, folder "
        f"<code>{_e('/'.join(target.get('fileNamePrefix') or []) or '(bucket root)')}</code>"
        "</p><table cellspacing='0' cellpadding='4'>"
    )
    rows = []
    for step in report.steps:
        fix = (
            f"<br><span style='color:{COLOURS['fail']}'>fix: <code>{_e(step.field)}</code></span>"
            if step.field and step.outcome == "fail"
            else ""
        )
        rows.append(
            f"<tr><td style='color:{COLOURS[step.outcome]}'><b>{_e(step.outcome.upper())}</b>"
            f"</td><td><b>{_e(step.name)}</b></td><td>{_e(step.message)}{fix}</td></tr>"
        )
    return head + "".join(rows) + "</table>"


def receipt_html(receipt: Any) -> str:
    """The receipt as rich text: verdict banner, reasons, playlists, notes, objects."""
    colour = COLOURS[receipt.verdict]
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(receipt.counts().items()))
    parts = [
        f"<p style='font-size:15pt;color:{colour}'><b>{VERDICT_WORDS[receipt.verdict]}</b>"
        f"{' — ' + _e(counts) if counts else ''}</p>",
        f"<p>Recording <code>{_e(receipt.sid)}</code> in bucket "
        f"<b>{_e(receipt.target.get('bucket'))}</b></p>",
    ]
    if receipt.reasons:
        parts.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in receipt.reasons) + "</ul>")
    if receipt.uploading_status:
        from recstudio.storage.receipt import UPLOAD_STATUS_TEXT

        words = UPLOAD_STATUS_TEXT.get(receipt.uploading_status, receipt.uploading_status)
        parts.append(f"<p>Stop said <i>{_e(words)}</i></p>")
    if receipt.playlists:
        parts.append(
            "<table cellspacing='0' cellpadding='3'><tr><th align='left'>Playlist</th>"
            "<th>Segments</th><th>Seconds</th><th>Missing</th><th>START tags</th></tr>"
        )
        for check in receipt.playlists:
            missing = len(check.missing)
            style = f" style='color:{COLOURS['fail']}'" if missing else ""
            tags = ", ".join(t["track_type"].lower() for t in check.start_tags)
            parts.append(
                f"<tr><td><code>{_e(check.name)}</code></td><td align='right'>"
                f"{check.segments}</td><td align='right'>{check.duration_s:.1f}</td>"
                f"<td align='right'{style}>{missing}</td><td>{_e(tags)}</td></tr>"
            )
        parts.append("</table>")
    if receipt.notes:
        parts.append("".join(f"<p>Note: {_e(n)}</p>" for n in receipt.notes))
    if receipt.objects:
        parts.append("<p><b>Objects</b></p><table cellspacing='0' cellpadding='2'>")
        parts += [
            f"<tr><td><code>{_e(o['key'])}</code></td><td align='right'>{o['size']:,} B</td></tr>"
            for o in receipt.objects
        ]
        parts.append("</table>")
    return "".join(parts)


class StorageReportDialog(QDialog):
    """Runs ``work`` on a worker and shows ``render(result)``; "Check again" reruns it."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[], Any],
        render: Callable[[Any], str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageReportDialog")
        self.setWindowTitle(title)
        self.resize(760, 520)
        self._work, self._render = work, render
        self.result: Any = None
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.status = QLabel("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = buttons.addButton("Check again", QDialogButtonBox.ButtonRole.ActionRole)
        self.again.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def run(self) -> None:
        self.again.setEnabled(False)
        self.status.setText("Talking to the bucket…")
        run_in_background(self._work, self._on_done, owner=self)

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.again.setEnabled(True)
        if error is not None:
            field = getattr(error, "field", None)
            self.status.setText("")
            self.view.setHtml(
                f"<p style='font-size:15pt;color:{COLOURS['fail']}'><b>Cannot check</b></p>"
                f"<p>{_e(error)}</p>" + (f"<p>fix: <code>{_e(field)}</code></p>" if field else "")
            )
            return
        self.result = result
        self.status.setText("")
        self.view.setHtml(self._render(result))


def _storage_config(window: Any) -> Any:
    """The start body's storageConfig as Start would send it (secrets in memory only)."""
    from recstudio.model import Endpoint
    from recstudio.model.generate import generate_body

    # the first check imports the model on a worker; wait for it like Start does
    window.document.flush()
    body = generate_body(window.document.project, Endpoint.START)
    return body.get("clientRequest", {}).get("storageConfig")


def open_preflight(window: Any) -> StorageReportDialog:
    """Check the project's storageConfig with its own (in-memory) keys."""
    from recstudio.storage.preflight import run_preflight

    config = _storage_config(window)
    region = window.document.project.acquire.get("region")

    def work() -> Any:
        return run_preflight(config, acquire_region=region if isinstance(region, str) else None)

    dialog = StorageReportDialog(window, "Storage pre-flight", work, preflight_html)
    dialog.show()
    dialog.run()
    return dialog


def open_receipt(window: Any, recordings: RecordingsUi) -> StorageReportDialog | None:
    """The delivery receipt of the selected (or newest) recording."""
    from recstudio.storage.verify import recording_facts, verify_recording

    item = recordings.panel.current() or recordings.controller.target()
    if item is None or not item.sid:
        QMessageBox.information(
            window, "Verify files", "Select a recording that has a sid (after Start)."
        )
        return None
    config, sid = _storage_config(window), item.sid
    files, ended = list(item.files), item.ended_at

    def work() -> Any:
        facts = recording_facts(sid, files=files, stopped_at=ended)
        return verify_recording(config, sid, facts=facts)

    dialog = StorageReportDialog(window, f"Files of {item.cname}", work, receipt_html)
    dialog.show()
    dialog.run()
    return dialog


def install_storage_actions(window: Any, recordings: RecordingsUi) -> None:
    """Recording menu: "Check storage…" and "Verify files…" (new file, one-line hook)."""
    check = QAction("Check storage…", window)
    check.setObjectName("checkStorageAction")
    check.setShortcut(QKeySequence("Ctrl+Shift+K"))
    check.setToolTip(
        "Pre-flight: write, read back and delete a probe under fileNamePrefix with the "
        "project's storage keys (a write-only key passes)"
    )
    check.triggered.connect(lambda: open_preflight(window))
    verify = QAction("Verify files…", window)
    verify.setObjectName("verifyFilesAction")
    verify.setToolTip(
        "Delivery receipt: are the selected recording's files in the bucket and playable?"
    )
    verify.triggered.connect(lambda: open_receipt(window, recordings))
    window.recording_menu.addSeparator()
    window.recording_menu.addAction(check)
    window.recording_menu.addAction(verify)
    window.toolbar.addAction(check)
    window.storage_actions = {"check": check, "verify": verify}
    _add_panel_button(recordings.panel, recordings.controller, verify)


def verify_enabled(item: Any) -> bool:
    """A receipt needs a sid, and means something once the recording was stopped."""
    return bool(item is not None and item.sid and not item.active)


def _add_panel_button(panel: Any, controller: Any, verify: QAction) -> None:
    """ "Verify files" beside the panel's other buttons, enabled for a stopped recording."""
    button = QPushButton("Verify files")
    button.setObjectName("verifyFilesButton")
    button.setToolTip(verify.toolTip())
    button.clicked.connect(verify.trigger)
    panel.add_action_widget(button, after=panel.copy_button)
    panel.verify_button = button

    def update(*_args: Any) -> None:
        button.setEnabled(verify_enabled(panel.current()))

    panel.selection_changed.connect(update)
    controller.items_changed.connect(update)
    update()
