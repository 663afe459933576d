"""Project secrets round-trip through the keyring, never through the file."""

from __future__ import annotations

import keyring
from keyring_doubles import MemoryKeyring

from recstudio.model import Mode
from recstudio.model.project import load_project, new_project, save_project
from recstudio.settings.project_secrets import (
    fetch_project_secrets,
    missing_secrets,
    store_project_secrets,
)
from recstudio.settings.secrets import SecretStore


def test_save_store_open_fetch_restores_secrets(tmp_path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        project = new_project(Mode.MIX)
        project.start["storageConfig"]["accessKey"] = "AK-123"
        project.start["storageConfig"]["secretKey"] = "SK-456"
        project.start["token"] = "007tok"
        path = tmp_path / "p.recstudio.json"
        save_project(project, path)
        assert store_project_secrets(project, SecretStore()) == 3
        text = path.read_text()
        assert "SK-456" not in text and "AK-123" not in text and "007tok" not in text

        opened = load_project(path)
        assert sorted(missing_secrets(opened)) == [
            "start.storageConfig.accessKey",
            "start.storageConfig.secretKey",
            "start.token",
        ]
        found = fetch_project_secrets(opened, SecretStore())
        assert found == {
            "start.storageConfig.accessKey": "AK-123",
            "start.storageConfig.secretKey": "SK-456",
            "start.token": "007tok",
        }
        assert opened.apply_secrets(found) == []
        assert opened.start["storageConfig"]["secretKey"] == "SK-456"
        assert missing_secrets(opened) == []
    finally:
        keyring.set_keyring(previous)


def test_without_keyring_secrets_last_for_the_session_only(tmp_path) -> None:
    store = SecretStore()  # tests run with the fail backend: session-only memory
    project = new_project(Mode.MIX)
    project.start["storageConfig"]["secretKey"] = "SK-789"
    store_project_secrets(project, store)
    assert store.status().available is False
    assert fetch_project_secrets(project, store) == {}  # no placeholders to fill
    save_project(project, tmp_path / "p.recstudio.json")
    reopened = load_project(tmp_path / "p.recstudio.json")
    assert fetch_project_secrets(reopened, store) == {"start.storageConfig.secretKey": "SK-789"}
    assert fetch_project_secrets(reopened, SecretStore()) == {}  # a new session forgot it
