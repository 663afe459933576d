"""Receive NCS events from the app (issue 16 Build 2): the same receiver as
``recstudio events listen``, run by the window.

:class:`recstudio.events.receiver.EventReceiver` already answers on its own threads; what
this module adds is everything that must stay off the GUI thread around it — opening the
ledger database, reading or remembering the secret in the keyring, binding, and the join
on stop — through the controller's worker pool, and a Qt signal (:class:`EventFeed`) that
carries each stored event from the receiver's writer thread to the GUI thread, where open
timelines reload. The secret lives in the keyring (when the user asks) or in memory; it is
never part of the project, so it cannot reach project files or exports.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate

#: keyring entry of the NCS secret (Agora Console → Notifications → secret)
SECRET_KEY = "ncs:secret"
#: rows the dialog keeps; the database keeps everything
MAX_ROWS = 500


class EventFeed(QObject):
    """``received(StoredEvent)``: emitted from the writer thread, delivered queued to
    receivers on the GUI thread (the feed lives there)."""

    received = Signal(object)


_FEED: EventFeed | None = None
#: receivers running in this process (the Sandbox's notify box sends to one by default)
_RUNNING: weakref.WeakSet[EventReceiving] = weakref.WeakSet()


def running_url() -> str:
    """The URL of a receiver the app runs now, or ""."""
    return next((r.url for r in list(_RUNNING) if r.running), "")


def event_feed() -> EventFeed:
    """One feed per process: timelines listen without knowing who receives."""
    global _FEED
    if _FEED is None:
        _FEED = EventFeed()
    return _FEED


class EventReceiving(QObject):
    """The window's receiver: start/stop on workers, counts, and a state line."""

    state_changed = Signal(str)

    def __init__(self, pool: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.receiver: Any = None
        self._store: Any = None
        self._secrets: Any = None  # SecretStore, made on a worker (keyring may hang)
        self.busy = False
        self.error = ""
        self.signed = False
        self.counts = {"valid": 0, "unsigned": 0, "unchecked": 0, "invalid": 0, "malformed": 0}

    @property
    def running(self) -> bool:
        return self.receiver is not None

    @property
    def url(self) -> str:
        return str(self.receiver.url) if self.receiver is not None else ""

    # -- start / stop -----------------------------------------------------------------------
    def start(self, port: int, secret: str, *, remember: bool) -> bool:
        """False when already running or busy. Secret "" means: the remembered one, if any."""
        if self.running or self.busy:
            return False
        self.busy = True
        self.error = ""
        self.state_changed.emit(
            translate("recordings.event_receiver", "Starting on port {port}…").format(port=port)
        )
        feed = event_feed()

        def work() -> tuple[Any, Any, bool]:
            from recstudio.events.receiver import EventReceiver
            from recstudio.events.store import EventStore
            from recstudio.settings.secrets import SecretStore

            chosen = secret
            if self._secrets is None:  # one store: a session-only secret outlives a stop
                self._secrets = SecretStore()
            secrets = self._secrets
            if chosen and remember:
                secrets.set(SECRET_KEY, chosen)
            elif not chosen:
                chosen = secrets.get(SECRET_KEY) or ""
            store = EventStore()
            try:
                receiver = EventReceiver(
                    store, port=port, secret=chosen or None, on_event=feed.received.emit
                )
            except OSError as exc:
                store.close()
                raise OSError(
                    translate(
                        "recordings.event_receiver",
                        "cannot listen on 127.0.0.1:{port}: {value} — choose another port "
                        "(0 = any free port)",
                    ).format(port=port, value=exc.strerror or exc)
                ) from None
            receiver.start()
            return receiver, store, bool(chosen)

        self.pool.submit(
            work,
            on_done=self._started,
            on_error=self._failed,
            label=translate("recordings.event_receiver", "Starting the NCS receiver…"),
        )
        return True

    def _started(self, result: tuple[Any, Any, bool]) -> None:
        self.receiver, self._store, self.signed = result
        self.busy = False
        _RUNNING.add(self)
        for key in self.counts:
            self.counts[key] = 0
        event_feed().received.connect(self._count)
        self.state_changed.emit(self.describe())

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.error = str(error)
        self.state_changed.emit(self.describe())

    def stop(self) -> bool:
        if not self.running or self.busy:
            return False
        receiver, store = self.receiver, self._store
        self.receiver = self._store = None
        _RUNNING.discard(self)
        self.busy = True
        event_feed().received.disconnect(self._count)
        self.state_changed.emit("Stopping…")

        def work() -> None:  # joins the receiver's threads, writes what was answered 200
            receiver.stop()
            store.close()

        self.pool.submit(
            work,
            on_done=self._stopped,
            on_error=self._failed,
            label=translate("recordings.event_receiver", "Stopping the NCS receiver…"),
        )
        return True

    def _stopped(self, _result: Any) -> None:
        self.busy = False
        self.state_changed.emit(self.describe())

    def stop_now(self) -> None:
        """At quit: no pool any more, and the threads are quick to end."""
        receiver, store = self.receiver, self._store
        self.receiver = self._store = None
        _RUNNING.discard(self)
        if receiver is not None:
            receiver.stop()
            store.close()

    # -- counting (GUI thread, through the feed) ---------------------------------------------
    def _count(self, kept: Any) -> None:
        key = "malformed" if kept.event is None else kept.verdict.value
        self.counts[key] = self.counts.get(key, 0) + 1
        self.state_changed.emit(self.describe())

    def describe(self) -> str:
        if self.error:
            return self.error
        if not self.running:
            return translate("recordings.event_receiver", "Not receiving events.")
        got = sum(self.counts.values())
        doubtful = {k: v for k, v in self.counts.items() if v and k != "valid"}
        note = "".join(f", {v} {k}" for k, v in doubtful.items())
        check = (
            translate("recordings.event_receiver", "signatures checked")
            if self.signed
            else translate("recordings.event_receiver", "no secret: signatures not checked")
        )
        return translate(
            "recordings.event_receiver", "Receiving on {url} ({check}) — {got} event(s){note}."
        ).format(url=self.url, check=check, got=got, note=note)


class EventReceiverDialog(QDialog):
    """Port, secret and Start/Stop, the receiver's state and the latest events."""

    def __init__(self, receiving: EventReceiving, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receiving = receiving
        self.setObjectName("eventReceiverDialog")
        self.setWindowTitle(translate("recordings.event_receiver", "Receive NCS events"))
        self.resize(760, 440)
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("ncsPort")
        self.port_spin.setRange(0, 65535)
        from recstudio.events.commands import DEFAULT_PORT

        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setToolTip(translate("recordings.event_receiver", "0 picks any free port"))
        self.port_spin.setMaximumWidth(110)
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("ncsSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            translate(
                "recordings.event_receiver", "NCS secret from Agora Console (empty: remembered one)"
            )
        )
        self.remember = QCheckBox(
            translate("recordings.event_receiver", "Remember the secret in the system keyring")
        )
        self.button = QPushButton(translate("recordings.event_receiver", "Start receiving"))
        self.button.setObjectName("ncsToggle")
        self.state = QLabel(receiving.describe())
        self.state.setObjectName("ncsState")
        self.state.setWordWrap(True)
        note = QLabel(
            translate(
                "recordings.event_receiver",
                "Listens on 127.0.0.1 only. To let Agora reach it, expose it through a tunnel of "
                "your choice (README, “Receiving NCS events”): anyone with the tunnel's URL can "
                "post to it — unsigned or forged events are kept but marked, never trusted.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.events = QTreeWidget()
        self.events.setObjectName("ncsEvents")
        self.events.setRootIsDecorated(False)
        self.events.setUniformRowHeights(True)
        self.events.setHeaderLabels(
            [
                translate("recordings.event_receiver", "received (UTC)"),
                translate("recordings.event_receiver", "sid"),
                translate("recordings.event_receiver", "event"),
                translate("recordings.event_receiver", "signature"),
            ]
        )
        for column, width in enumerate((110, 190, 330, 80)):
            self.events.setColumnWidth(column, width)

        form = QFormLayout()
        form.addRow(translate("recordings.event_receiver", "Port"), self.port_spin)
        form.addRow(translate("recordings.event_receiver", "Secret"), self.secret_edit)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.state)
        layout.addWidget(self.events, 1)
        layout.addWidget(buttons)

        self.button.clicked.connect(self.toggle)
        receiving.state_changed.connect(self._on_state)
        event_feed().received.connect(self._add_row)
        self._on_state(receiving.describe())

    def toggle(self) -> None:
        if self.receiving.running:
            self.receiving.stop()
            return
        secret = self.secret_edit.text()
        self.secret_edit.clear()  # not kept in the widget once handed over
        self.receiving.start(self.port_spin.value(), secret, remember=self.remember.isChecked())

    def _on_state(self, text: str) -> None:
        self.state.setText(text)
        running, busy = self.receiving.running, self.receiving.busy
        self.button.setText(
            translate("recordings.event_receiver", "Stop receiving")
            if running
            else translate("recordings.event_receiver", "Start receiving")
        )
        self.button.setEnabled(not busy)
        for widget in (self.port_spin, self.secret_edit, self.remember):
            widget.setEnabled(not running and not busy)
        colour = "#b00020" if self.receiving.error else "#1b5e20" if running else "#333333"
        self.state.setStyleSheet(f"color: {colour}")

    def _add_row(self, kept: Any) -> None:
        stamp = dt.datetime.fromtimestamp(kept.received_at, tz=dt.UTC).strftime("%H:%M:%S")
        if kept.event is None:
            row = QTreeWidgetItem([stamp, "?", f"malformed: {kept.error}", kept.verdict.value])
        else:
            event = kept.event
            dup = " (duplicate)" if kept.duplicate else ""
            row = QTreeWidgetItem(
                [
                    stamp,
                    event.sid or "?",
                    f"#{event.sequence} {event.meaning}{dup}",
                    kept.verdict.value,
                ]
            )
            row.setToolTip(2, event.meaning)
        if kept.event is None or not kept.verdict.trusted:
            row.setForeground(3, QBrush(QColor("#b00020")))
        self.events.insertTopLevelItem(0, row)
        while self.events.topLevelItemCount() > MAX_ROWS:
            self.events.takeTopLevelItem(MAX_ROWS)


def install_event_receiver(window: Any, recordings: Any) -> EventReceiving:
    """Recording menu: "Receive NCS events…" (new module, one-line hook); the receiver is
    ``window.event_receiving``."""
    receiving = EventReceiving(recordings.controller.pool, window)
    window.event_receiving = receiving
    dialogs: list[EventReceiverDialog] = []

    def open_dialog() -> EventReceiverDialog:
        if not dialogs:
            dialogs.append(EventReceiverDialog(receiving, window))
        dialog = dialogs[0]
        dialog.show()
        dialog.raise_()
        return dialog

    action = QAction(translate("recordings.event_receiver", "Receive NCS events…"), window)
    action.setObjectName("receiveEventsAction")
    action.setToolTip(
        translate(
            "recordings.event_receiver",
            "Run a local receiver for Agora's Notification Center events: they are kept in the "
            "ledger database and shown in each recording's timeline as they arrive",
        )
    )
    action.triggered.connect(open_dialog)
    window.recording_menu.addAction(action)
    window.receive_events_action = action
    window.open_event_receiver = open_dialog

    indicator = QLabel()
    indicator.setObjectName("ncsIndicator")
    indicator.hide()
    window.statusBar().addPermanentWidget(indicator)

    def show_state(_text: str) -> None:
        indicator.setVisible(receiving.running)
        got = sum(receiving.counts.values())
        indicator.setText(
            translate("recordings.event_receiver", "NCS events :{port} · {got}").format(
                port=receiving.receiver.port, got=got
            )
            if receiving.running
            else ""
        )

    receiving.state_changed.connect(show_state)
    window.close_confirmed.connect(receiving.stop_now)
    return receiving
