"""One recording's timeline (requests, query statuses, NCS events) and the doctor's answer.

A thin view over :mod:`recstudio.events.timeline` and :mod:`recstudio.events.doctor`: the
database is read and the diagnosis made on the controller's worker pool, never where Qt
paints; this dialog only shows the results.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from recstudio.ui.i18n import translate

_KIND_COLOURS = {"request": "#1f5fa8", "status": "#4d7a2a", "event": "#8a4b08"}


def _load(key: str, entry: Any, storage: Any = None) -> tuple[Any, Any]:
    """Worker: the doctor's facts (the timeline is among them) and its diagnosis; a storage
    check already made is kept (a live reload must not write another probe)."""
    from recstudio.events.doctor import DoctorInput, diagnose
    from recstudio.events.store import EventStore

    with EventStore() as store:
        facts = DoctorInput.gather(key, store, entry)
    facts.storage = storage
    return facts, diagnose(facts)


def _check_storage(facts: Any, config: Any) -> Any:
    """Worker: the pre-flight on the recording's bucket with the project's keys."""
    from recstudio.events.doctor import diagnose

    facts.check_storage(config)
    return diagnose(facts)


def _project_storage(window: Any) -> Any:
    """The open project's storageConfig with its keys (in memory only), or None."""
    document = getattr(window, "document", None)
    if document is None:
        return None
    from recstudio.model import Endpoint
    from recstudio.model.generate import generate_body

    document.flush()
    request = generate_body(document.project, Endpoint.START).get("clientRequest")
    return request.get("storageConfig") if isinstance(request, dict) else None


class TimelineDialog(QDialog):
    def __init__(self, controller: Any, item: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.item = item
        self.key = item.sid or item.resource_id or item.key
        self.setObjectName("timelineDialog")
        self.setWindowTitle(
            translate("recordings.timeline_dialog", "Timeline — {cname} · sid {value}").format(
                cname=item.cname, value=item.sid or "(none)"
            )
        )
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(620, screen.height() - 60))
        self.facts: Any = None
        self.diagnosis: Any = None

        self.status = QLabel(translate("recordings.timeline_dialog", "Loading…"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("timelineTree")
        self.tree.setHeaderLabels(
            [
                translate("recordings.timeline_dialog", "time (UTC)"),
                translate("recordings.timeline_dialog", "kind"),
                translate("recordings.timeline_dialog", "what"),
                translate("recordings.timeline_dialog", "meaning"),
                translate("recordings.timeline_dialog", "signature"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((170, 70, 260, 380, 80)):
            self.tree.setColumnWidth(column, width)
        self.answer = QTextBrowser()
        self.answer.setObjectName("doctorAnswer")
        self.answer.setPlaceholderText(
            translate("recordings.timeline_dialog", "Press Diagnose to ask why it stopped.")
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.answer)
        split.setSizes([380, 220])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.diagnose_button = QPushButton(translate("recordings.timeline_dialog", "Diagnose"))
        self.diagnose_button.setToolTip(
            translate(
                "recordings.timeline_dialog", "Name the likely cause with its evidence and the fix"
            )
        )
        self.storage_box = QCheckBox(
            translate("recordings.timeline_dialog", "with a storage check")
        )
        self.storage_box.setObjectName("doctorStorageCheck")
        self.storage_box.setChecked(True)
        self.storage_box.setToolTip(
            translate(
                "recordings.timeline_dialog",
                "Diagnose also writes a small probe object to the recording's bucket with the "
                "open project's keys (when the project names that bucket), like Check storage…",
            )
        )
        self.bundle_button = QPushButton(
            translate("recordings.timeline_dialog", "Save support bundle…")
        )
        self.bundle_button.setEnabled(False)
        self.refresh_button = QPushButton(translate("recordings.timeline_dialog", "Refresh"))
        for button in (self.diagnose_button, self.bundle_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.diagnose_button.clicked.connect(self.diagnose)
        self.bundle_button.clicked.connect(self.save_bundle)
        self.refresh_button.clicked.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.storage_box)
        row.addWidget(buttons, 1)
        layout.addLayout(row)
        # events the app's receiver stores for this sid reload the view as they arrive;
        # a burst of them is one reload (the timer restarts), never one per event
        self._loading = False
        self._again = False
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(250)
        self._live.timeout.connect(self.reload)
        from recstudio.ui.recordings.event_receiver import event_feed

        event_feed().received.connect(self._on_event)
        self.reload()

    def _on_event(self, kept: Any) -> None:
        if kept.event is not None and self.item.sid and kept.event.sid == self.item.sid:
            self._live.start()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:  # one read at a time; the newest facts follow this one
            self._again = True
            return
        self._loading = True
        entry = self._entry()
        storage = self.facts.storage if self.facts is not None else None
        self.refresh_button.setEnabled(False)
        self.controller.pool.submit(
            lambda: _load(self.key, entry, storage),
            on_done=self._loaded,
            on_error=self._failed,
            label=translate("recordings.timeline_dialog", "Reading the timeline…"),
        )

    def _entry(self) -> Any:
        entry = getattr(self.item, "entry", None)
        if entry is not None:
            return entry
        from types import SimpleNamespace

        return SimpleNamespace(
            sid=self.item.sid,
            resource_id=self.item.resource_id,
            cname=self.item.cname,
            uid=self.item.uid,
            app_id=self.item.app_id,
            mode=str(self.item.mode),
            base_url=getattr(self.item, "base_url", ""),
            created_at=self.item.started_at,
        )

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self._finished_loading()
        shown = bool(self.answer.toPlainText())
        self.facts, self.diagnosis = result
        self.refresh_button.setEnabled(True)
        self.bundle_button.setEnabled(True)
        self.tree.clear()
        for entry in self.facts.timeline:
            stamp = dt.datetime.fromtimestamp(entry.time, tz=dt.UTC)
            row = QTreeWidgetItem(
                [
                    stamp.strftime("%Y-%m-%d %H:%M:%S.") + f"{stamp.microsecond // 1000:03d}",
                    entry.kind,
                    entry.title,
                    entry.meaning,
                    entry.trust,
                ]
            )
            row.setForeground(1, QBrush(QColor(_KIND_COLOURS.get(entry.kind, "#333333"))))
            row.setToolTip(3, entry.meaning)
            if entry.trust and entry.trust != "valid":
                row.setForeground(4, QBrush(QColor("#b00020")))
            self.tree.addTopLevelItem(row)
        events = sum(1 for e in self.facts.timeline if e.kind == "event")
        self.status.setText(
            translate(
                "recordings.timeline_dialog",
                "{n_timeline} entries · {events} NCS event(s) · channel {cname} · recorder uid "
                "{uid}",
            ).format(
                n_timeline=len(self.facts.timeline),
                events=events,
                cname=self.item.cname,
                uid=self.item.uid,
            )
        )
        if shown:  # an answer on screen follows the new facts
            self.show_diagnosis()

    def _finished_loading(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self._live.start()

    def _failed(self, error: BaseException) -> None:
        self._finished_loading()
        self.refresh_button.setEnabled(True)
        self.status.setText(
            translate(
                "recordings.timeline_dialog", "The timeline could not be read: {error}"
            ).format(error=error)
        )

    # -- doctor -----------------------------------------------------------------------------
    def diagnose(self) -> None:
        """The answer from what is known at once; then, if asked, the storage check on a
        worker, and the answer again with its result."""
        self.show_diagnosis()
        if self.facts is None or not self.storage_box.isChecked():
            return
        try:
            parent = self.parentWidget()
            config = _project_storage(parent.window() if parent is not None else None)
        except (ValueError, KeyError) as exc:  # a project that cannot build a body
            self.status.setText(
                translate(
                    "recordings.timeline_dialog",
                    "No storage check: the project's start body fails ({exc})",
                ).format(exc=exc)
            )
            return
        facts = self.facts
        self.diagnose_button.setEnabled(False)
        self.status.setText(
            translate(
                "recordings.timeline_dialog", "Checking storage (a probe upload to the bucket)…"
            )
        )
        self.controller.pool.submit(
            lambda: _check_storage(facts, config),
            on_done=self._checked,
            on_error=self._check_failed,
            label=translate("recordings.timeline_dialog", "Checking the recording's storage…"),
        )

    def _checked(self, diagnosis: Any) -> None:
        self.diagnose_button.setEnabled(True)
        self.diagnosis = diagnosis
        storage = self.facts.storage if self.facts is not None else None
        self.status.setText(storage.summary() if storage is not None else "")
        self.show_diagnosis()

    def _check_failed(self, error: BaseException) -> None:
        self.diagnose_button.setEnabled(True)
        self.status.setText(
            translate(
                "recordings.timeline_dialog", "The storage check could not run: {error}"
            ).format(error=error)
        )

    def show_diagnosis(self) -> None:
        if self.diagnosis is None:
            return
        from recstudio.events.doctor import render_diagnosis

        self.answer.setHtml(_answer_html(self.diagnosis, render_diagnosis(self.diagnosis)))

    def save_bundle(self) -> None:
        if self.facts is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("recordings.timeline_dialog", "Save support bundle"),
            f"recstudio-{self.key[:12]}.zip",
            translate("recordings.timeline_dialog", "Zip (*.zip)"),
        )
        if name:
            self.write_bundle(Path(name))

    def write_bundle(self, path: Path) -> None:
        from recstudio.events.doctor import write_bundle

        facts, diagnosis = self.facts, self.diagnosis
        done = translate("recordings.timeline_dialog", "Support bundle written to {p}")
        failed = translate("recordings.timeline_dialog", "The bundle could not be written: {e}")
        self.controller.pool.submit(
            lambda: write_bundle(path, facts, diagnosis),
            on_done=lambda p: self.status.setText(done.format(p=p)),
            on_error=lambda e: self.status.setText(failed.format(e=e)),
            label=translate("recordings.timeline_dialog", "Writing the support bundle…"),
        )


def _answer_html(diagnosis: Any, text: str) -> str:
    import html

    if not diagnosis.findings:
        return f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>"
    parts = []
    for n, finding in enumerate(diagnosis.findings):
        head = (
            translate("recordings.timeline_dialog", "Likely cause")
            if n == 0
            else translate("recordings.timeline_dialog", "Also")
        )
        evidence = "".join(f"<li>{html.escape(e)}</li>" for e in finding.evidence)
        parts.append(
            f"<h3>{head}: {html.escape(finding.title)}</h3><ul>{evidence}</ul>"
            f"<p><b>Fix:</b> {html.escape(finding.fix)}</p>"
        )
    return "".join(parts) + translate(
        "recordings.timeline_dialog", "<p style='color:#666'>Judged from {escape}.</p>"
    ).format(escape=html.escape(diagnosis.known))
