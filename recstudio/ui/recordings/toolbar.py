"""Toolbar, Recording menu and status-bar widgets of the recordings feature.

Start is disabled while any body has errors and its tooltip lists them (issue 6 item 2);
the busy indicator and the running count live in the status bar as permanent widgets so a
background call is always visible (item 7) and nobody forgets a billed recorder (item 6).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
)

from recstudio.ui.i18n import tr_message, translate
from recstudio.ui.recordings.controller import RecordingsController

MAX_TOOLTIP_ERRORS = 12


def start_tooltip(errors: list[Any]) -> str:
    """The Start button's tooltip: why it is disabled, one line per error."""
    if not errors:
        return translate(
            "recordings.toolbar",
            "Acquire, start and confirm a recording with the project's bodies (Ctrl+R)",
        )
    blocked = translate("recordings.toolbar", "Start is blocked by {count} error(s):")
    lines = [blocked.format(count=len(errors))]
    for lp in errors[:MAX_TOOLTIP_ERRORS]:
        where = lp.problem.path or translate("recordings.toolbar", "(body)")
        lines.append(f"• {lp.label}: {where} — {tr_message(lp.problem)}")
    if len(errors) > MAX_TOOLTIP_ERRORS:
        more = translate("recordings.toolbar", "… and {count} more (see Problems)")
        lines.append(more.format(count=len(errors) - MAX_TOOLTIP_ERRORS))
    return "\n".join(lines)


class RecordingsToolbar(QObject):
    """Adds the recordings controls to ``window.toolbar``, ``window.recording_menu`` and the
    status bar; keeps their enabled states in step with the controller."""

    def __init__(self, window: Any, controller: RecordingsController, panel: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.panel = panel
        toolbar = window.toolbar
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(translate("recordings.toolbar", " Profile ")))
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setMinimumContentsLength(10)
        self.profile_combo.setToolTip(
            translate(
                "recordings.toolbar", "Connection profile used for Start (saved in the project)"
            )
        )
        self.profile_combo.addItem(controller.document.project.profile)
        self.profile_combo.activated.connect(self._on_profile_combo_activated)
        toolbar.addWidget(self.profile_combo)

        def action(text: str, slot: Any, shortcut: str | None, tip: str) -> QAction:
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            return act

        self.act_profiles = action(
            translate("recordings.toolbar", "Connection profiles…"),
            self.open_profiles,
            None,
            translate("recordings.toolbar", "Add, edit, delete and test connection profiles"),
        )
        self.act_start = action(
            translate("recordings.toolbar", "Start"),
            self._on_start_triggered,
            "Ctrl+R",
            start_tooltip([]),
        )
        self.act_stop = action(
            translate("recordings.toolbar", "Stop"),
            self._on_stop_triggered,
            "Ctrl+.",
            translate("recordings.toolbar", "Stop the selected (or newest) recording"),
        )
        self.act_stop_async = action(
            translate("recordings.toolbar", "Stop without waiting for upload"),
            self._on_stop_async_triggered,
            "Ctrl+Shift+.",
            translate(
                "recordings.toolbar", "Asynchronous stop: answers at once, files keep uploading"
            ),
        )
        self.act_async_default = action(
            translate("recordings.toolbar", "Always stop asynchronously"),
            controller.actions.set_async_stop,
            None,
            translate("recordings.toolbar", "Use async_stop for Stop (reference §3.6)"),
        )
        self.act_async_default.setCheckable(True)
        self.act_async_default.setChecked(controller.options.async_stop)
        self.act_query = action(
            translate("recordings.toolbar", "Query now"),
            self._on_query_triggered,
            "Ctrl+Shift+Q",
            translate("recordings.toolbar", "Ask Agora for the selected recording's status now"),
        )
        self.act_update = action(
            translate("recordings.toolbar", "Update subscriptions"),
            lambda: controller.actions.update_subscriptions(self._key()),
            None,
            translate(
                "recordings.toolbar", "Send the project's update draft to the selected recording"
            ),
        )
        self.act_layout = action(
            translate("recordings.toolbar", "Send layout…"),
            panel.send_layout,
            "Ctrl+L",
            translate(
                "recordings.toolbar", "updateLayout with the layout chosen in the recordings panel"
            ),
        )
        self.act_copy = action(
            translate("recordings.toolbar", "Copy recording ids"),
            panel.copy_ids,
            None,
            translate("recordings.toolbar", "Copy cname, uid, resourceId and sid"),
        )
        self.act_interval = action(
            translate("recordings.toolbar", "Status poll interval…"),
            self.ask_poll_interval,
            None,
            translate(
                "recordings.toolbar",
                "How often a running recording is queried (Agora: about every 2 minutes)",
            ),
        )

        from recstudio.ui.icons import icon

        for act, name in (
            (self.act_start, "start"),
            (self.act_stop, "stop"),
            (self.act_query, "query"),
            (self.act_profiles, "profile"),
            (self.act_copy, "copy"),
        ):
            act.setIcon(icon(name))
        toolbar.addAction(self.act_profiles)
        self.act_profiles.setIconText(translate("recordings.toolbar", "Profiles"))
        toolbar.addSeparator()
        toolbar.addAction(self.act_start)
        self.stop_button = QToolButton()
        self.stop_button.setDefaultAction(self.act_stop)
        self.stop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        stop_menu = QMenu(self.stop_button)
        stop_menu.addAction(self.act_stop_async)
        stop_menu.addAction(self.act_async_default)
        self.stop_button.setMenu(stop_menu)
        self.stop_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        toolbar.addWidget(self.stop_button)
        toolbar.addAction(self.act_query)
        toolbar.addWidget(QLabel(translate("recordings.toolbar", " Stop after ")))
        self.max_duration = QDoubleSpinBox()
        self.max_duration.setObjectName("maxDuration")
        self.max_duration.setRange(0, 24 * 60)
        self.max_duration.setDecimals(0)
        self.max_duration.setSuffix(translate("recordings.toolbar", " min"))
        self.max_duration.setSpecialValueText(translate("recordings.toolbar", "no limit"))
        self.max_duration.setToolTip(
            translate(
                "recordings.toolbar",
                "Stop a recording automatically after this many minutes (billing guard)",
            )
        )
        self.max_duration.setValue(controller.options.max_duration_min)
        self.max_duration.valueChanged.connect(controller.set_max_duration)
        toolbar.addWidget(self.max_duration)

        menu = window.recording_menu
        listed: tuple[QAction | None, ...] = (
            self.act_start,
            self.act_stop,
            self.act_stop_async,
            self.act_async_default,
            None,
            self.act_query,
            self.act_update,
            self.act_layout,
            self.act_copy,
            None,
            self.act_profiles,
            self.act_interval,
        )
        for listed_action in listed:
            if listed_action is None:
                menu.addSeparator()
            else:
                menu.addAction(listed_action)

        bar = window.statusBar()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("recordingsBusy")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        # small, but never below what the style needs to draw it (issue 13 point 3)
        self.busy_bar.setMaximumSize(self.busy_bar.minimumSizeHint().expandedTo(QSize(90, 14)))
        self.busy_bar.hide()
        self.running_label = QLabel()
        self.running_label.setObjectName("runningCount")
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.running_label)

        controller.start_state_changed.connect(self.update_actions)
        controller.items_changed.connect(self.update_actions)
        controller.busy_changed.connect(self._on_busy_changed)
        controller.running_count_changed.connect(self._on_running_count_changed)
        controller.profiles_loaded.connect(self._on_profiles_loaded)
        controller.message.connect(lambda text: bar.showMessage(text, 10000))
        panel.selection_changed.connect(lambda _k: self.update_actions())
        controller.document.value_changed.connect(self._on_value_changed)
        controller.document.project_replaced.connect(self._sync_profile)
        self._on_running_count_changed(0)
        self.update_actions()

    # -- state ------------------------------------------------------------------------------
    def _key(self) -> str | None:
        return self.panel.selected_key() or None

    def update_actions(self) -> None:
        controller = self.controller
        errors = controller.start_errors()
        starting = controller.starting
        checked = controller.document.checked_once  # unchecked bodies never look "valid"
        self.act_start.setEnabled(checked and not errors and not starting)
        if not checked:
            tip = translate("recordings.toolbar", "Checking the bodies against Agora's rules…")
        elif starting and not errors:
            tip = translate("recordings.toolbar", "A start is in progress…")
        else:
            tip = start_tooltip(errors)
        self.act_start.setToolTip(tip)
        self.act_start.setText(
            translate("recordings.toolbar", "Starting…")
            if starting
            else translate("recordings.toolbar", "Start")
        )
        target = controller.target(self._key())
        live = target is not None and target.addressable and target.active
        self.act_stop.setEnabled(live and not (target and target.busy.startswith("stopping")))
        self.act_stop_async.setEnabled(self.act_stop.isEnabled())
        self.act_query.setEnabled(target is not None and target.addressable and not target.busy)
        self.act_update.setEnabled(live)
        self.act_layout.setEnabled(live and target is not None and target.mode == "mix")
        self.act_copy.setEnabled(target is not None and bool(target.sid))
        if target is not None and target.sid:
            self.act_stop.setToolTip(
                translate("recordings.toolbar", "Stop {cname} (sid {value}…)").format(
                    cname=target.cname, value=target.sid[:8]
                )
            )

    def _on_busy_changed(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_bar.setVisible(bool(text))

    def _on_running_count_changed(self, count: int) -> None:
        if count:
            self.running_label.setText(
                translate(
                    "recordings.toolbar",
                    "<b style='color:#2e7d32'>● {count} recording{value} running</b>",
                ).format(count=count, value="s" * (count != 1))
            )
        else:
            self.running_label.setText(
                translate(
                    "recordings.toolbar", "<span style='color:#777'>○ no recording running</span>"
                )
            )

    def _on_profiles_loaded(self, names: list[str]) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItems(names)
        self.profile_combo.blockSignals(False)
        self._sync_profile()

    def _sync_profile(self) -> None:
        name = self.controller.document.project.profile
        if self.profile_combo.findText(name) < 0:
            self.profile_combo.addItem(name)
            self.profile_combo.setItemData(
                self.profile_combo.count() - 1,
                translate("recordings.toolbar", "This profile does not exist"),
                3,
            )  # Qt.ToolTipRole
        self.profile_combo.blockSignals(True)
        self.profile_combo.setCurrentText(name)
        self.profile_combo.blockSignals(False)
        self.update_actions()

    def _on_value_changed(self, path: tuple) -> None:
        if path and path[0] == "profile":
            self._sync_profile()

    # -- actions ------------------------------------------------------------------------------
    def _on_profile_combo_activated(self, index: int) -> None:
        name = self.profile_combo.itemText(index)
        self.controller.document.set_value(
            ("profile",), name, translate("recordings.toolbar", "Change connection profile")
        )

    def _on_start_triggered(self) -> None:
        self.controller.start()

    def _on_stop_triggered(self) -> None:
        self.controller.actions.stop(self._key())

    def _on_stop_async_triggered(self) -> None:
        self.controller.actions.stop(self._key(), async_stop=True)

    def _on_query_triggered(self) -> None:
        self.controller.query(self._key())

    def open_profiles(self) -> None:
        from recstudio.ui.recordings.profiles_dialog import ProfilesDialog

        ProfilesDialog(self.controller, self.window).exec()

    def ask_poll_interval(self) -> None:
        value, ok = QInputDialog.getDouble(
            self.window,
            translate("recordings.toolbar", "Status poll interval"),
            translate(
                "recordings.toolbar",
                "Query a running recording every (seconds).\nAgora suggests about 120 s; keep it "
                "shorter than maxIdleTime.",
            ),
            self.controller.options.poll_interval_s,
            1,
            3600,
            0,
        )
        if ok:
            self.controller.set_poll_interval(value)
