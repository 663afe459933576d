"""Test-wide isolation: offscreen Qt, private user directories, no real keyring."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the developer's real keyring: the "fail" backend makes the settings
# layer take its documented session-only path unless a test installs its own backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("AGORA_CUSTOMER_ID", None)
os.environ.pop("AGORA_CUSTOMER_SECRET", None)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own RECSTUDIO_HOME (settings, ledger, autosave live below it)."""
    home = tmp_path_factory.mktemp("recstudio-home")
    monkeypatch.setenv("RECSTUDIO_HOME", str(home))
    return home
