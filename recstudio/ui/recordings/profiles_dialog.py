"""Connection profiles: add, edit, delete, test, and see where secrets are kept
(issue 6 item 1; ux-anchors B1 environments).

Every store operation can touch the keyring (which can block for seconds) or the disk, so
each runs through the controller's worker pool and the dialog shows "working…" meanwhile.
Secrets are typed into password fields and go straight to the SecretStore; an empty
secret field means "keep what is stored".
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP
from recstudio.ui.recordings.connections import check_connection, describe_error
from recstudio.ui.recordings.controller import RecordingsController

#: combo data of a region entry: "region:eu" (a profile's region, reference §1.1)
REGION_PREFIX = "region:"


#: the Qt-free names of model/routes.py, model/domains.py and settings/profiles.py the
#: base URL list shows, marked for pyside6-lupdate
_PLACE_NAMES = (
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Western US"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Eastern US"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Southeast Asia-Pacific"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Northeast Asia-Pacific"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Western Europe"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Central Europe"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "East China"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "North China"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "global"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Global"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "North America"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Europe"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Asia"),
    QT_TRANSLATE_NOOP("recordings.profiles_dialog", "Mainland China"),
    QT_TRANSLATE_NOOP(
        "recordings.profiles_dialog", "Sandbox (built-in emulator, no account needed)"
    ),
)


def _keyring_text(message: str) -> str:
    """settings/secrets.py's keyring status (Qt-free English) in the window's language."""
    from recstudio.settings.secrets import SESSION_ONLY_MESSAGE

    if message.startswith(SESSION_ONLY_MESSAGE):
        rest = message[len(SESSION_ONLY_MESSAGE) :]
        return translate(
            "recordings.profiles_dialog",
            "No system keyring found: secrets are kept for this session only and will be "
            "asked again next time",
        ) + _refusal_text(rest)
    stored = re.fullmatch(r"Secrets are stored in the system keyring \((.*)\)\.", message)
    if stored:
        return translate(
            "recordings.profiles_dialog", "Secrets are stored in the system keyring ({backend})."
        ).format(backend=stored.group(1))
    return message


def _refusal_text(rest: str) -> str:
    """settings/keyring_safety.py's refusal (`` (NAME cannot keep anything).``) in the
    window's language; the backend's Python name stays as it is."""
    forms = (
        (r" \((\S+) cannot keep anything\)\.?", QT_TRANSLATE_NOOP(
            "recordings.profiles_dialog", " ({backend} cannot keep anything).")),
        (r" \((\S+) wraps no backend\)\.?", QT_TRANSLATE_NOOP(
            "recordings.profiles_dialog", " ({backend} wraps no backend).")),
        (r" \((\S+) writes secrets to a plain or weakly protected file(.*)\)\.?",
         QT_TRANSLATE_NOOP("recordings.profiles_dialog",
                           " ({backend} writes secrets to a plain or weakly protected "
                           "file{place}).")),
    )  # fmt: skip
    for pattern, template in forms:
        found = re.fullmatch(pattern, rest)
        if found:
            place = found.group(2) if found.lastindex == 2 else ""
            text = translate("recordings.profiles_dialog", template)
            return text.format(backend=found.group(1), place=place)
    return rest


def _url_label(url: str, label: str) -> str:
    """``https://host (Western US)`` with the place in the window's language."""
    if label.startswith(url + " (") and label.endswith(")"):
        place = label[len(url) + 2 : -1]
        return f"{url} ({translate('recordings.profiles_dialog', place)})"
    return translate("recordings.profiles_dialog", label)


class ProfilesDialog(QDialog):
    def __init__(self, controller: RecordingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("recordings.profiles_dialog", "Connection profiles"))
        self.setObjectName("profilesDialog")
        self.controller = controller
        self.pool = controller.pool
        self.profiles: list[Any] = []
        self.changed = False
        self._adding = False  # the form holds a new, unsaved profile

        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setMaximumWidth(200)
        self.list.currentTextChanged.connect(self._on_list_current_changed)
        self.add_button = QPushButton(translate("recordings.profiles_dialog", "Add"))
        self.delete_button = QPushButton(translate("recordings.profiles_dialog", "Delete"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        left = QVBoxLayout()
        left.addWidget(self.list)
        lb = QHBoxLayout()
        lb.addWidget(self.add_button)
        lb.addWidget(self.delete_button)
        left.addLayout(lb)

        from recstudio.model.domains import REGIONS
        from recstudio.settings.profiles import SANDBOX_URL, base_url_choices

        self.name_edit = QLineEdit()
        self.url_combo = QComboBox()
        self.url_combo.setEditable(True)
        for url, label in base_url_choices():
            self.url_combo.addItem(_url_label(url, label), url)
            if url == SANDBOX_URL:  # regions next: their domains with failover (§1.1)
                for key, region in REGIONS.items():
                    self.url_combo.addItem(
                        translate(
                            "recordings.profiles_dialog", "Region: {label} ({value}, with failover)"
                        ).format(
                            label=translate("recordings.profiles_dialog", region.label),
                            value=region.hosts()[0],
                        ),
                        f"{REGION_PREFIX}{key}",
                    )
        self.customer_id_edit = QLineEdit()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            translate("recordings.profiles_dialog", "leave empty to keep the stored secret")
        )
        self.app_id_edit = QLineEdit()
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate_edit.setPlaceholderText(
            translate("recordings.profiles_dialog", "optional: for generating RTC tokens")
        )
        form = QFormLayout()
        form.addRow(translate("recordings.profiles_dialog", "Name"), self.name_edit)
        form.addRow(translate("recordings.profiles_dialog", "Base URL"), self.url_combo)
        from recstudio.ui import presenter

        presenter.presenter().changed.connect(self._on_presenter_changed)
        self._on_presenter_changed(presenter.is_enabled())
        form.addRow(translate("recordings.profiles_dialog", "Customer ID"), self.customer_id_edit)
        form.addRow(translate("recordings.profiles_dialog", "Customer Secret"), self.secret_edit)
        form.addRow(translate("recordings.profiles_dialog", "App ID"), self.app_id_edit)
        form.addRow(
            translate("recordings.profiles_dialog", "App Certificate"), self.certificate_edit
        )

        self.save_button = QPushButton(translate("recordings.profiles_dialog", "Save profile"))
        self.test_button = QPushButton(translate("recordings.profiles_dialog", "Test connection"))
        self.test_button.setToolTip(
            translate(
                "recordings.profiles_dialog",
                "An authenticated call that changes nothing (the NCS IP list)",
            )
        )
        self.save_button.clicked.connect(self.save_current)
        self.test_button.clicked.connect(self.test_current)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setObjectName("profileResult")
        self.result_label.setWordWrap(True)
        self.keyring = QLabel(translate("recordings.profiles_dialog", "Checking the keyring…"))
        self.keyring.setObjectName("keyringStatus")
        self.keyring.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        right.addWidget(self.result_label)
        right.addStretch(1)
        right.addWidget(self.keyring)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(720, 420)
        self._busy(translate("recordings.profiles_dialog", "Loading profiles…"))
        self.pool.submit(self._load_work, on_done=self._on_loaded, on_error=self._on_error)

    # -- loading ---------------------------------------------------------------------------

    def _on_presenter_changed(self, enabled: bool) -> None:
        """Presenter mode masks the account's identifiers too, not only its secrets."""
        mode = QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal
        self.customer_id_edit.setEchoMode(mode)
        self.app_id_edit.setEchoMode(mode)

    def _load_work(self) -> tuple[list[Any], str]:
        store = self.controller.connections().store
        store.reload()
        return store.list(), store.secrets.status().message

    def _on_loaded(self, result: tuple[list[Any], str], select: str = "") -> None:
        self.profiles, keyring_message = result
        self.keyring.setText("🔑 " + _keyring_text(keyring_message))
        current = select or (self.list.currentItem().text() if self.list.currentItem() else "")
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([p.name for p in self.profiles])
        self.list.blockSignals(False)
        names = [p.name for p in self.profiles]
        self.list.setCurrentRow(names.index(current) if current in names else 0)
        self._idle()

    def _profile(self, name: str) -> Any:
        return next((p for p in self.profiles if p.name == name), None)

    def _on_list_current_changed(self, name: str) -> None:
        profile = self._profile(name)
        if profile is None:
            return
        self._adding = False
        self.name_edit.setText(profile.name)
        index = self.url_combo.findData(
            f"{REGION_PREFIX}{profile.region}" if profile.region else profile.base_url
        )
        if index >= 0:
            self.url_combo.setCurrentIndex(index)
        else:
            self.url_combo.setEditText(profile.base_url)
        self.customer_id_edit.setText(profile.customer_id)
        self.app_id_edit.setText(profile.app_id)
        self.secret_edit.clear()
        self.certificate_edit.clear()
        sandbox = profile.is_sandbox
        self.name_edit.setReadOnly(sandbox)
        self.delete_button.setEnabled(not sandbox)
        self.result_label.setText(
            translate(
                "recordings.profiles_dialog",
                "The built-in Sandbox: a local emulator, no Agora account needed.",
            )
            if sandbox
            else ""
        )

    def _url(self) -> str:
        text = self.url_combo.currentText()
        index = self.url_combo.findText(text)
        return str(self.url_combo.itemData(index)) if index >= 0 else text.strip()

    # -- actions ----------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        names = {p.name for p in self.profiles}
        n = 1
        while f"Profile {n}" in names:
            n += 1
        self._adding = True
        self.list.clearSelection()
        self.name_edit.setReadOnly(False)
        self.name_edit.setText(translate("recordings.profiles_dialog", "Profile {n}").format(n=n))
        self.url_combo.setCurrentIndex(1 if self.url_combo.count() > 1 else 0)
        self.customer_id_edit.clear()
        self.app_id_edit.clear()
        self.secret_edit.clear()
        self.certificate_edit.clear()
        self.delete_button.setEnabled(False)
        self.result_label.setText(
            translate(
                "recordings.profiles_dialog", "New profile: fill it in and press Save profile."
            )
        )
        self.name_edit.setFocus()

    def save_current(self) -> None:
        from recstudio.settings.profiles import Profile

        current = self.list.currentItem()
        original = current.text() if current is not None and not self._adding else ""
        name = self.name_edit.text().strip()
        url = self._url()
        region = url.removeprefix(REGION_PREFIX) if url.startswith(REGION_PREFIX) else None
        try:
            if region is not None:
                from recstudio.model.domains import region_hosts

                url = region_hosts(region)[0]
            profile = Profile(
                name=name,
                region=region,
                base_url=url,
                customer_id=self.customer_id_edit.text().strip(),
                app_id=self.app_id_edit.text().strip(),
            )
        except ValueError as exc:
            self.result_label.setText(
                translate(
                    "recordings.profiles_dialog", "<span style='color:#c62828'>{first_error}</span>"
                ).format(first_error=_first_error(exc))
            )
            return
        secret = self.secret_edit.text()
        certificate = self.certificate_edit.text()
        self.secret_edit.clear()
        self.certificate_edit.clear()

        def work() -> tuple[list[Any], str]:
            store = self.controller.connections().store
            if original and original != name and self._profile(original) is not None:
                store.rename(original, name)
            store.upsert(profile)
            if secret:
                store.set_customer_secret(name, secret)
            if certificate:
                store.set_app_certificate(name, certificate)
            return store.list(), store.secrets.status().message

        def saved(loaded: tuple[list[Any], str]) -> None:
            self._on_loaded(loaded, select=name)
            self.result_label.setText(
                translate("recordings.profiles_dialog", "Saved “{name}”.").format(name=name)
            )

        self._busy(translate("recordings.profiles_dialog", "Saving…"))
        self.changed = True
        self.pool.submit(work, on_done=saved, on_error=self._on_error)

    def _on_delete_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.text()

        def work() -> tuple[list[Any], str]:
            store = self.controller.connections().store
            store.delete(name)
            return store.list(), store.secrets.status().message

        self._busy(translate("recordings.profiles_dialog", "Deleting…"))
        self.changed = True
        self.pool.submit(work, on_done=self._on_loaded, on_error=self._on_error)

    def test_current(self) -> None:
        item = self.list.currentItem()
        profile = self._profile(item.text()) if item is not None else None
        if profile is None:
            self.result_label.setText(
                translate("recordings.profiles_dialog", "Save the profile first, then test it.")
            )
            return
        controller = self.controller

        def work() -> str:
            return check_connection(controller.connections().store, controller.sandbox, profile)

        def tested(text: str) -> None:
            self._idle()
            self.result_label.setText(
                translate(
                    "recordings.profiles_dialog", "<span style='color:#2e7d32'>✔ {text}</span>"
                ).format(text=text)
            )

        self._busy(
            translate("recordings.profiles_dialog", "Testing “{name}”…").format(name=profile.name)
        )
        self.pool.submit(work, on_done=tested, on_error=self._on_error)

    # -- state --------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.result_label.setText(text)
        for widget in (self.save_button, self.test_button, self.add_button, self.delete_button):
            widget.setEnabled(False)

    def _idle(self) -> None:
        for widget in (self.save_button, self.test_button, self.add_button):
            widget.setEnabled(True)
        item = self.list.currentItem()
        profile = self._profile(item.text()) if item is not None else None
        self.delete_button.setEnabled(profile is not None and not profile.is_sandbox)

    def _on_error(self, error: BaseException) -> None:
        self._idle()
        info = describe_error(error)
        text = info["title"]
        if info.get("action"):
            text += f"<br>{info['action']}"
        self.result_label.setText(
            translate(
                "recordings.profiles_dialog", "<span style='color:#c62828'>✖ {text}</span>"
            ).format(text=text)
        )

    def done(self, result: int) -> None:
        if self.changed:
            self.controller.reload_profiles()
        super().done(result)


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
    return str(exc)
