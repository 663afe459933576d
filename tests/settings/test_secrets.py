from __future__ import annotations

from pathlib import Path

import keyring.backends.null
from keyring_doubles import (
    HangingKeyring,
    Installer,
    LockedKeyring,
    MemoryKeyring,
    SetFailsKeyring,
)

from recstudio.settings.secrets import (
    SERVICE_NAME,
    SESSION_ONLY_MESSAGE,
    SecretStore,
    app_certificate_key,
    customer_secret_key,
    project_secret_key,
)

SECRET = "s3cr3t-Value-9f8e7d"


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_key_names() -> None:
    assert customer_secret_key("Prod") == "profile:Prod:customer_secret"
    assert app_certificate_key("Prod") == "profile:Prod:app_certificate"
    assert (
        project_secret_key("p1", "clientRequest.storageConfig.secretKey")
        == "project:p1:clientRequest.storageConfig.secretKey"
    )


def test_no_backend_keeps_secrets_for_the_session_only(_private_home: Path) -> None:
    store = SecretStore()
    status = store.status()
    assert status.available is False
    assert status.backend_name == "keyring.backends.fail.Keyring"
    assert status.message.startswith(SESSION_ONLY_MESSAGE)
    assert "session only" in status.message and "asked again next time" in status.message

    store.set("profile:Prod:customer_secret", SECRET)
    assert store.get("profile:Prod:customer_secret") == SECRET
    assert store.session_only
    # A new session (new store) has forgotten it: nothing was persisted anywhere.
    assert SecretStore().get("profile:Prod:customer_secret") is None
    assert SECRET.encode() not in _all_bytes(_private_home)
    store.delete("profile:Prod:customer_secret")
    assert store.get("profile:Prod:customer_secret") is None


def test_working_keyring_stores_under_the_recstudio_service(
    memory_keyring: MemoryKeyring,
) -> None:
    store = SecretStore()
    status = store.status()
    assert status.available is True
    assert status.backend_name.endswith("MemoryKeyring")
    assert "system keyring" in status.message

    store.set("profile:Prod:customer_secret", SECRET)
    assert memory_keyring.store[(SERVICE_NAME, "profile:Prod:customer_secret")] == SECRET
    # Another session finds it again.
    assert SecretStore().get("profile:Prod:customer_secret") == SECRET

    store.delete("profile:Prod:customer_secret")
    assert (SERVICE_NAME, "profile:Prod:customer_secret") not in memory_keyring.store
    store.delete("profile:Prod:customer_secret")  # idempotent
    assert SecretStore().get("profile:Prod:customer_secret") is None


def test_move_refiles_a_secret(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("profile:Old:customer_secret", SECRET)
    store.move("profile:Old:customer_secret", "profile:New:customer_secret")
    assert memory_keyring.store == {(SERVICE_NAME, "profile:New:customer_secret"): SECRET}
    store.move("profile:Absent:customer_secret", "profile:X:customer_secret")
    assert len(memory_keyring.store) == 1


def test_a_hanging_keyring_times_out_into_session_mode(install_keyring: Installer) -> None:
    hanging = install_keyring(HangingKeyring())
    assert isinstance(hanging, HangingKeyring)
    store = SecretStore(timeout=0.05)
    store.set("k", SECRET)
    assert store.get("k") == SECRET
    status = store.status()
    # Counted, not timed (a loaded machine made "under 1 s" a coin toss): at most the probe
    # reached the keyring (none if finding the backend timed out first), and nothing after.
    reached = hanging.calls
    assert reached <= 1
    store.set("k2", SECRET)
    assert store.get("absent") is None
    store.status()
    assert hanging.calls == reached, "one timeout, then no more keyring calls"
    assert status.available is False
    assert status.message.startswith(SESSION_ONLY_MESSAGE)
    assert "did not answer within 0.05 s" in status.message


def test_a_locked_keyring_falls_back(install_keyring: Installer) -> None:
    install_keyring(LockedKeyring())
    store = SecretStore()
    store.set("k", SECRET)
    assert store.get("k") == SECRET
    status = store.status()
    assert not status.available
    assert "locked" in status.message


def test_the_null_backend_is_not_a_keyring(install_keyring: Installer) -> None:
    install_keyring(keyring.backends.null.Keyring())
    store = SecretStore()
    store.set("k", SECRET)
    assert store.get("k") == SECRET
    assert not store.status().available


def test_failed_write_keeps_secret_in_memory_and_never_echoes_it(
    install_keyring: Installer,
) -> None:
    backend = install_keyring(SetFailsKeyring())
    store = SecretStore()
    store.set("k", SECRET)
    assert store.get("k") == SECRET
    assert backend.store == {}
    status = store.status()
    assert not status.available
    assert "RuntimeError" in status.message
    assert SECRET not in status.message


def test_slow_backend_discovery_is_bounded_too(monkeypatch) -> None:
    """Review finding: keyring.get_keyring() can hang on a wedged D-Bus; it must run under
    the same timeout as every other keyring call."""
    import threading

    import recstudio.settings.secrets as secrets_module
    from recstudio.settings.secrets import SecretStore

    wedged = threading.Event()
    answered: list[bool] = []

    def slow_backend():
        wedged.wait(10)  # D-Bus that answers only when the test lets it
        answered.append(True)
        return MemoryKeyring()

    monkeypatch.setattr(secrets_module, "_current_backend", slow_backend)
    store = SecretStore(timeout=0.2)
    try:
        assert store.get("anything") is None
        assert answered == [], "get() returned before discovery answered: it did not wait"
        assert store.status().available is False
    finally:
        wedged.set()
