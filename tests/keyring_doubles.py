"""Keyring backends standing in for the system keyring in the settings tests."""

from __future__ import annotations

import threading
from collections.abc import Callable

import keyring.backend
import keyring.errors

#: The ``install_keyring`` fixture: installs a backend for one test and returns it.
Installer = Callable[[keyring.backend.KeyringBackend], keyring.backend.KeyringBackend]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A working keyring that keeps passwords in a dict, so tests can look inside."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class HangingKeyring(MemoryKeyring):
    """A locked Secret Service that never answers until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.calls = 0  # how many reads reached it (each one a stall in a real keyring)

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        self.release.wait(10)
        return None


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("collection is locked")


class SetFailsKeyring(MemoryKeyring):
    """Reads work, writes fail with an error whose text contains the value being written."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"D-Bus refused to store {password}")
