"""The Sandbox dock: make participants join and leave the project's channel and switch
faults on, so a newcomer can rehearse a recording — and its failures — without an Agora
account (issue 6 item 1, ux-anchors §7 item 5).

It talks to the in-process emulator object directly (thread-safe, no network, no disk), so
the calls are cheap enough for the GUI thread; only starting the emulator (binding a socket,
reading the Sandbox profile's credentials) goes to a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP
from recstudio.ui.recordings.controller import RecordingsController

#: the first entry is a word for "no scope", the others the API's endpoint names
FAULT_ENDPOINTS = (
    QT_TRANSLATE_NOOP("recordings.sandbox_panel", "any endpoint"),
    *("acquire", "start", "query", "update", "updateLayout", "stop"),
)


class SandboxPanel(QWidget):
    def __init__(self, controller: RecordingsController) -> None:
        super().__init__()
        self.setObjectName("sandboxPanel")
        self.controller = controller

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(translate("recordings.sandbox_panel", "Start Sandbox"))
        self.start_button.clicked.connect(self._on_start_clicked)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.start_button)

        channel_box = QGroupBox(
            translate("recordings.sandbox_panel", "Participants in the project's channel")
        )
        self.channel_label = QLabel()
        self.channel_label.setWordWrap(True)
        self.participants = QListWidget()
        self.participants.setObjectName("sandboxParticipants")
        self.participants.setMaximumHeight(90)
        self.uid_edit = QLineEdit()
        self.uid_edit.setPlaceholderText(translate("recordings.sandbox_panel", "uid, e.g. 1001"))
        self.join_button = QPushButton(translate("recordings.sandbox_panel", "Join"))
        self.leave_button = QPushButton(translate("recordings.sandbox_panel", "Leave"))
        self.roster_button = QPushButton(translate("recordings.sandbox_panel", "Join roster"))
        self.roster_button.setToolTip(
            translate(
                "recordings.sandbox_panel", "Every uid of the project's participant roster joins"
            )
        )
        self.join_button.clicked.connect(lambda: self.join(self.uid_edit.text().strip()))
        self.leave_button.clicked.connect(lambda: self.leave(self._chosen_uid()))
        self.roster_button.clicked.connect(self._on_roster_clicked)
        row = QHBoxLayout()
        for widget in (self.uid_edit, self.join_button, self.leave_button, self.roster_button):
            row.addWidget(widget)
        cl = QVBoxLayout(channel_box)
        cl.addWidget(self.channel_label)
        cl.addWidget(self.participants)
        cl.addLayout(row)

        faults_box = QGroupBox(
            translate("recordings.sandbox_panel", "Faults (what the next calls answer)")
        )
        self.endpoint_combo = QComboBox()
        self.endpoint_combo.addItems(
            [translate("recordings.sandbox_panel", FAULT_ENDPOINTS[0]), *FAULT_ENDPOINTS[1:]]
        )
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 1000)
        self.count_spin.setValue(1)
        self.count_spin.setSpecialValueText(translate("recordings.sandbox_panel", "until cleared"))
        self.count_spin.setToolTip(
            translate("recordings.sandbox_panel", "How many matching calls the fault applies to")
        )
        self.latency_spin = QDoubleSpinBox()
        self.latency_spin.setRange(0.1, 60)
        self.latency_spin.setValue(5)
        self.latency_spin.setSuffix(" s")
        self.latency_button = QPushButton(translate("recordings.sandbox_panel", "Add latency"))
        self.http_combo = QComboBox()
        self.http_combo.addItems(["500", "502", "503", "504"])
        self.http_button = QPushButton(translate("recordings.sandbox_panel", "Answer HTTP 5xx"))
        self.code65_button = QPushButton(translate("recordings.sandbox_panel", "Code 65"))
        self.code65_button.setToolTip(
            translate(
                "recordings.sandbox_panel",
                "206 “request not completed”: the client retries after 3 s and 6 s",
            )
        )
        self.drop_button = QPushButton(translate("recordings.sandbox_panel", "Drop connection"))
        self.failover_spin = QDoubleSpinBox()
        self.failover_spin.setRange(1, 300)
        self.failover_spin.setValue(30)
        self.failover_spin.setSuffix(" s")
        self.failover_button = QPushButton(translate("recordings.sandbox_panel", "Failover 404"))
        self.failover_button.setToolTip(
            translate(
                "recordings.sandbox_panel",
                "query/update/stop answer 404 for a while, as during HA failover (§9.3)",
            )
        )
        self.stranded_button = QPushButton(translate("recordings.sandbox_panel", "Stranded upload"))
        self.stranded_button.setToolTip(
            translate(
                "recordings.sandbox_panel",
                "The next stops answer uploadingStatus “stranded”: files stalled on the "
                "recorder, uploaded later by an offline sync (raw mode; not a failure)",
            )
        )
        self.clear_button = QPushButton(translate("recordings.sandbox_panel", "Clear all faults"))
        self.faults_label = QLabel()
        self.faults_label.setObjectName("sandboxFaults")
        self.faults_label.setWordWrap(True)
        form = QFormLayout(faults_box)
        form.addRow(translate("recordings.sandbox_panel", "Endpoint"), self.endpoint_combo)
        form.addRow(translate("recordings.sandbox_panel", "Count"), self.count_spin)
        form.addRow(_row(self.latency_spin, self.latency_button))
        form.addRow(_row(self.http_combo, self.http_button))
        form.addRow(_row(self.code65_button, self.drop_button))
        form.addRow(_row(self.failover_spin, self.failover_button))
        form.addRow(_row(self.stranded_button, self.clear_button))
        form.addRow(self.faults_label)
        self.latency_button.clicked.connect(
            lambda: self.set_fault(latency_s=self.latency_spin.value())
        )
        self.http_button.clicked.connect(
            lambda: self.set_fault(http_5xx=int(self.http_combo.currentText()))
        )
        self.code65_button.clicked.connect(
            lambda: self.set_fault(code_65=max(1, self.count_spin.value()))
        )
        self.drop_button.clicked.connect(
            lambda: self.set_fault(drop_connection=max(1, self.count_spin.value()))
        )
        self.failover_button.clicked.connect(
            lambda: self.set_fault(failover_404_s=self.failover_spin.value())
        )
        self.stranded_button.clicked.connect(
            lambda: self.set_fault(stranded=max(1, self.count_spin.value()))
        )
        self.clear_button.clicked.connect(self.clear_faults)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(channel_box)
        layout.addWidget(faults_box)
        from recstudio.ui.recordings.sandbox_notify import NotifyBox

        self.notify_box = NotifyBox(self)
        layout.addWidget(self.notify_box)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        controller.document.value_changed.connect(self._on_document_value_changed)
        controller.document.project_replaced.connect(self.refresh)
        self.refresh()  # cheap while hidden and stopped (launch); full when shown

    # -- state ------------------------------------------------------------------------------
    def server(self) -> Any:
        return self.controller.sandbox.server

    def channel_ids(self) -> tuple[str, str]:
        from recstudio.settings.profiles import SANDBOX_APP_ID

        project = self.controller.document.project
        return project.app_id or SANDBOX_APP_ID, project.cname

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_document_value_changed(self, _path: Any) -> None:
        self.refresh()

    def _buttons(self) -> tuple[Any, ...]:
        return (
            self.join_button,
            self.leave_button,
            self.roster_button,
            self.latency_button,
            self.http_button,
            self.code65_button,
            self.drop_button,
            self.failover_button,
            self.clear_button,
        )

    def refresh(self) -> None:
        server = self.server()
        if server is None and not self.isVisible():
            # hidden and nothing running (as at launch): only the cheap part
            for widget in self._buttons():
                widget.setEnabled(False)
            return
        app_id, cname = self.channel_ids()
        running = server is not None
        self.start_button.setVisible(not running)
        for widget in (
            self.join_button,
            self.leave_button,
            self.roster_button,
            self.latency_button,
            self.http_button,
            self.code65_button,
            self.drop_button,
            self.failover_button,
            self.clear_button,
        ):
            widget.setEnabled(
                running
                and (
                    bool(cname)
                    or widget not in (self.join_button, self.leave_button, self.roster_button)
                )
            )
        if not running:
            self.status.setText(
                translate(
                    "recordings.sandbox_panel",
                    "The Sandbox (a local Cloud Recording emulator) is not running; it starts "
                    "when the “Sandbox” profile is first used.",
                )
            )
            self.participants.clear()
            self.faults_label.setText("")
            self.channel_label.setText(
                translate("recordings.sandbox_panel", "Channel “{value}”").format(
                    value=cname or "(no channel name)"
                )
            )
            return
        snapshot = server.snapshot()
        alive = sum(1 for r in snapshot["recordings"] if r.get("alive"))
        self.status.setText(
            translate(
                "recordings.sandbox_panel",
                "Sandbox running at {base_url} · {alive} recording(s) alive",
            ).format(base_url=server.base_url, alive=alive)
        )
        self.channel_label.setText(
            translate("recordings.sandbox_panel", "Channel “{cname}” (App ID {value}…)").format(
                cname=cname, value=app_id[:8]
            )
            if cname
            else translate("recordings.sandbox_panel", "Set a channel name (Session) first.")
        )
        uids = server.channel(app_id, cname).uids if cname else []
        if [self.participants.item(n).text() for n in range(self.participants.count())] != uids:
            self.participants.clear()
            self.participants.addItems(uids)
        faults = snapshot["faults"]
        self.faults_label.setText(
            "Active: " + "; ".join(_fault_text(f) for f in faults)
            if faults
            else translate("recordings.sandbox_panel", "No faults active.")
        )

    # -- actions ------------------------------------------------------------------------------
    def _on_start_clicked(self) -> None:
        self.start_button.setEnabled(False)
        self.controller.ensure_sandbox(on_done=lambda _s: self.refresh())

    def _chosen_uid(self) -> str:
        item = self.participants.currentItem()
        return item.text() if item is not None else self.uid_edit.text().strip()

    def join(self, uid: str) -> bool:
        server = self.server()
        app_id, cname = self.channel_ids()
        if server is None or not cname or not uid:
            return False
        server.channel(app_id, cname).join(uid)
        self.controller.message.emit(
            translate(
                "recordings.sandbox_panel",
                "Sandbox: uid {uid} joined “{cname}” and publishes audio and video.",
            ).format(uid=uid, cname=cname)
        )
        self.refresh()
        return True

    def leave(self, uid: str) -> bool:
        server = self.server()
        app_id, cname = self.channel_ids()
        if server is None or not cname or not uid:
            return False
        left = bool(server.channel(app_id, cname).leave(uid))
        self.controller.message.emit(
            translate("recordings.sandbox_panel", "Sandbox: uid {uid} left “{cname}”.").format(
                uid=uid, cname=cname
            )
        )
        self.refresh()
        return left

    def _on_roster_clicked(self) -> None:
        for participant in self.controller.document.project.roster:
            self.join(participant.uid)

    def set_fault(self, **fault: Any) -> None:
        server = self.server()
        if server is None:
            return
        endpoint = self.endpoint_combo.currentText()
        scope = None if endpoint == FAULT_ENDPOINTS[0] else endpoint
        count = self.count_spin.value() or None
        if "latency_s" in fault or "http_5xx" in fault:
            fault["count"] = count
        server.faults.set(endpoint=scope, **fault)
        self.controller.message.emit(
            translate("recordings.sandbox_panel", "Sandbox fault on {endpoint}: {fault}").format(
                endpoint=endpoint, fault=fault
            )
        )
        self.refresh()

    def clear_faults(self) -> None:
        server = self.server()
        if server is not None:
            server.faults.clear()
            self.refresh()


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _fault_text(fault: dict[str, Any]) -> str:
    where = fault.get("endpoint") or translate("recordings.sandbox_panel", FAULT_ENDPOINTS[0])
    kind = fault["kind"]
    value = fault.get("value")
    label = {
        "latency_s": f"latency {value:g} s",
        "http_5xx": f"HTTP {int(value or 0)}",
        "code_65": "code 65",
        "drop_connection": "dropped connection",
        "failover_404_s": f"failover 404 ({value:g} s)",
        "stranded": "stranded upload",
    }.get(kind, kind)
    remaining = fault.get("remaining")
    return f"{label} on {where}" + (f" ×{remaining}" if remaining else "")
