"""Keyring fixtures for the settings tests: the real keyring is never touched (the top-level
conftest selects the ``fail`` backend for every test)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from keyring_doubles import HangingKeyring, Installer, MemoryKeyring


@pytest.fixture
def install_keyring() -> Iterator[Installer]:
    """Install a backend instance for one test; the fail backend is restored afterwards."""
    installed: list[keyring.backend.KeyringBackend] = []

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        installed.append(backend)
        keyring.set_keyring(backend)
        return backend

    yield install
    for backend in installed:
        if isinstance(backend, HangingKeyring):
            backend.release.set()
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def memory_keyring(install_keyring: Installer) -> MemoryKeyring:
    backend = MemoryKeyring()
    install_keyring(backend)
    return backend
