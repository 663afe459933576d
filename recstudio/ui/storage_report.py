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
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

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
    "complete": QT_TRANSLATE_NOOP("storage_report", "Complete"),
    "still_arriving": QT_TRANSLATE_NOOP("storage_report", "Still arriving"),
    "incomplete": QT_TRANSLATE_NOOP("storage_report", "Incomplete"),
    "not_found": QT_TRANSLATE_NOOP("storage_report", "Not found"),
}


def _e(text: Any) -> str:
    return html.escape(str(text))


def preflight_html(report: Any) -> str:
    """The pre-flight report as rich text: one coloured line per step, field to fix."""
    colour = COLOURS["pass" if report.ok else "fail"]
    target = report.target
    head = translate(
        "storage_report",
        "<p style='font-size:15pt;color:{colour}'><b>{e}</b></p><p>Vendor {e2}, bucket "
        "<b>{e3}</b>, region {e4}, folder <code>{e5}</code></p><table cellspacing='0' "
        "cellpadding='4'>",
    ).format(
        colour=colour,
        e=_e(report.summary()),
        e2=_e(target.get("vendor", "?")),
        e3=_e(target.get("bucket", "?")),
        e4=_e(target.get("region", "?")),
        e5=_e(
            "/".join(target.get("fileNamePrefix") or [])
            or translate("storage_report", "(bucket root)")
        ),
    )
    rows = []
    for step in report.steps:
        fix = (
            translate(
                "storage_report", "<br><span style='color:{fail}'>fix: <code>{e}</code></span>"
            ).format(fail=COLOURS["fail"], e=_e(step.field))
            if step.field and step.outcome == "fail"
            else ""
        )
        rows.append(
            translate(
                "storage_report",
                "<tr><td "
                "style='color:{value}'><b>{e}</b></td><td><b>{e2}</b></td><td>{e3}{fix}</td></tr>",
            ).format(
                value=COLOURS[step.outcome],
                e=_e(step.outcome.upper()),
                e2=_e(step.name),
                e3=_e(step.message),
                fix=fix,
            )
        )
    return head + "".join(rows) + "</table>"


def receipt_html(receipt: Any) -> str:
    """The receipt as rich text: verdict banner, reasons, playlists, notes, objects."""
    colour = COLOURS[receipt.verdict]
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(receipt.counts().items()))
    verdict = translate("storage_report", VERDICT_WORDS[receipt.verdict])
    parts = [
        f"<p style='font-size:15pt;color:{colour}'><b>{verdict}</b>"
        f"{' — ' + _e(counts) if counts else ''}</p>",
        translate(
            "storage_report", "<p>Recording <code>{e}</code> in bucket <b>{e2}</b></p>"
        ).format(e=_e(receipt.sid), e2=_e(receipt.target.get("bucket"))),
    ]
    if receipt.reasons:
        parts.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in receipt.reasons) + "</ul>")
    if receipt.uploading_status:
        from recstudio.storage.receipt import UPLOAD_STATUS_TEXT

        words = UPLOAD_STATUS_TEXT.get(receipt.uploading_status, receipt.uploading_status)
        parts.append(translate("storage_report", "<p>Stop said <i>{e}</i></p>").format(e=_e(words)))
    if receipt.playlists:
        parts.append(
            translate(
                "storage_report",
                "<table cellspacing='0' cellpadding='3'><tr><th align='left'>Playlist</th>"
                "<th>Segments</th><th>Seconds</th><th>Missing</th><th>START tags</th></tr>",
            )
        )
        for check in receipt.playlists:
            missing = len(check.missing)
            style = f" style='color:{COLOURS['fail']}'" if missing else ""
            tags = ", ".join(t["track_type"].lower() for t in check.start_tags)
            parts.append(
                translate(
                    "storage_report",
                    "<tr><td><code>{e}</code></td><td align='right'>{segments}</td><td "
                    "align='right'>{duration_s:.1f}</td><td "
                    "align='right'{style}>{missing}</td><td>{e2}</td></tr>",
                ).format(
                    e=_e(check.name),
                    segments=check.segments,
                    duration_s=check.duration_s,
                    style=style,
                    missing=missing,
                    e2=_e(tags),
                )
            )
        parts.append("</table>")
    if receipt.notes:
        parts.append("".join(f"<p>Note: {_e(n)}</p>" for n in receipt.notes))
    if receipt.objects:
        parts.append(
            translate(
                "storage_report", "<p><b>Objects</b></p><table cellspacing='0' cellpadding='2'>"
            )
        )
        parts += [
            translate(
                "storage_report",
                "<tr><td><code>{e}</code></td><td align='right'>{size:,} B</td></tr>",
            ).format(e=_e(o["key"]), size=o["size"])
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
        self.outcome: Any = None  # not `result`: that would hide QDialog.result()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.status = QLabel("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = buttons.addButton(
            translate("storage_report", "Check again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def run(self) -> None:
        self.again.setEnabled(False)
        self.status.setText(translate("storage_report", "Talking to the bucket…"))
        run_in_background(self._work, self._on_done, owner=self)

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.again.setEnabled(True)
        if error is not None:
            field = getattr(error, "field", None)
            self.status.setText("")
            self.view.setHtml(
                translate(
                    "storage_report",
                    "<p style='font-size:15pt;color:{fail}'><b>Cannot check</b></p><p>{e}</p>",
                ).format(fail=COLOURS["fail"], e=_e(error))
                + (f"<p>fix: <code>{_e(field)}</code></p>" if field else "")
            )
            return
        self.outcome = result
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

    dialog = StorageReportDialog(
        window, translate("storage_report", "Storage pre-flight"), work, preflight_html
    )
    dialog.show()
    dialog.run()
    return dialog


def open_receipt(window: Any, recordings: RecordingsUi) -> StorageReportDialog | None:
    """The delivery receipt of the selected (or newest) recording."""
    from recstudio.storage.verify import recording_facts, verify_recording

    item = recordings.panel.current() or recordings.controller.target()
    if item is None or not item.sid:
        QMessageBox.information(
            window,
            translate("storage_report", "Verify files"),
            translate("storage_report", "Select a recording that has a sid (after Start)."),
        )
        return None
    config, sid = _storage_config(window), item.sid
    files, ended = list(item.files), item.ended_at

    def work() -> Any:
        facts = recording_facts(sid, files=files, stopped_at=ended)
        return verify_recording(config, sid, facts=facts)

    dialog = StorageReportDialog(
        window,
        translate("storage_report", "Files of {cname}").format(cname=item.cname),
        work,
        receipt_html,
    )
    dialog.show()
    dialog.run()
    return dialog


def install_storage_actions(window: Any, recordings: RecordingsUi) -> None:
    """Recording menu: "Check storage…" and "Verify files…" (new file, one-line hook)."""
    check = QAction(translate("storage_report", "Check storage…"), window)
    check.setObjectName("checkStorageAction")
    check.setShortcut(QKeySequence("Ctrl+Shift+K"))
    check.setToolTip(
        translate(
            "storage_report",
            "Pre-flight: write, read back and delete a probe under fileNamePrefix with the "
            "project's storage keys (a write-only key passes)",
        )
    )
    check.triggered.connect(lambda: open_preflight(window))
    verify = QAction(translate("storage_report", "Verify files…"), window)
    verify.setObjectName("verifyFilesAction")
    verify.setToolTip(
        translate(
            "storage_report",
            "Delivery receipt: are the selected recording's files in the bucket and playable?",
        )
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
    button = QPushButton(translate("storage_report", "Verify files"))
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
