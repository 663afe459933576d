"""Issue 10 item 2: a plaintext keyring is no keyring. keyrings.alt is really installed (test
extra); its backends write to real files under the test's private home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring.backends.chainer
import keyring.backends.fail
import keyrings.alt.file
import keyrings.alt.multi
import pytest
from keyring.compat import properties
from keyring_doubles import Installer, MemoryKeyring

from recstudio.settings.keyring_safety import choose_backend, refusal_for
from recstudio.settings.secrets import SESSION_ONLY_MESSAGE, SecretStore

SECRET = "s3cr3t-Value-9f8e7d"


def _plaintext_in(directory: Path) -> keyrings.alt.file.PlaintextKeyring:
    backend = keyrings.alt.file.PlaintextKeyring()
    backend.file_path = str(directory / "keyring_pass.cfg")  # instance-level, as documented
    return backend


def _chainer_of(*backends: object) -> keyring.backends.chainer.ChainerBackend:
    """A real ChainerBackend whose discovered backends are the given ones."""

    class Chain(keyring.backends.chainer.ChainerBackend):
        @properties.classproperty
        def backends(cls) -> list[object]:
            return list(backends)

    return Chain()


def test_plaintext_backend_is_refused_and_nothing_reaches_its_file(
    install_keyring: Installer, tmp_path: Path
) -> None:
    backend = _plaintext_in(tmp_path)
    install_keyring(backend)
    store = SecretStore()
    store.set("profile:Prod:customer_secret", SECRET)
    assert store.get("profile:Prod:customer_secret") == SECRET  # kept for the session
    status = store.status()
    assert status.available is False
    assert status.backend_name == "keyrings.alt.file.PlaintextKeyring"
    assert status.message.startswith(SESSION_ONLY_MESSAGE)
    assert "PlaintextKeyring writes secrets to a plain or weakly protected file" in (status.message)
    assert str(tmp_path / "keyring_pass.cfg") in status.message
    assert "stored in the system keyring" not in status.message
    assert not (tmp_path / "keyring_pass.cfg").exists()
    assert SecretStore().get("profile:Prod:customer_secret") is None


def test_every_keyrings_alt_file_backend_is_refused() -> None:
    for cls in (keyrings.alt.file.PlaintextKeyring, keyrings.alt.file.EncryptedKeyring):
        assert "plain or weakly protected file" in refusal_for(cls.__new__(cls))
    assert "cannot keep anything" in refusal_for(keyring.backends.fail.Keyring())
    assert refusal_for(MemoryKeyring()) == ""


def test_a_chainer_never_forwards_to_a_plaintext_backend(
    install_keyring: Installer, tmp_path: Path
) -> None:
    plaintext, safe = _plaintext_in(tmp_path), MemoryKeyring()
    # The plaintext one first: a plain ChainerBackend would write there.
    install_keyring(_chainer_of(plaintext, safe))
    store = SecretStore()
    store.set("k", SECRET)
    assert safe.store == {("recstudio", "k"): SECRET}
    assert not (tmp_path / "keyring_pass.cfg").exists()
    status = store.status()
    assert status.available is True
    assert status.backend_name.endswith("Chain → keyring_doubles.MemoryKeyring")


def test_a_chainer_of_only_plaintext_backends_is_session_only(
    install_keyring: Installer, tmp_path: Path
) -> None:
    install_keyring(_chainer_of(_plaintext_in(tmp_path), keyring.backends.fail.Keyring()))
    store = SecretStore()
    store.set("k", SECRET)
    status = store.status()
    assert status.available is False
    assert "PlaintextKeyring writes secrets" in status.message
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_the_multipart_wrapper_is_judged_by_what_it_wraps(tmp_path: Path) -> None:
    wrapped = keyrings.alt.multi.MultipartKeyringWrapper(_plaintext_in(tmp_path))
    assert choose_backend(wrapped).backend is None
    assert "PlaintextKeyring" in choose_backend(wrapped).refusal
    safe = keyrings.alt.multi.MultipartKeyringWrapper(MemoryKeyring())
    assert choose_backend(safe).backend is safe


@pytest.mark.parametrize(
    "chosen", ["keyrings.alt.file.PlaintextKeyring", "keyring.backends.chainer.ChainerBackend"]
)
def test_python_keyring_backend_naming_a_plaintext_backend_stores_nothing(
    tmp_path: Path, chosen: str
) -> None:
    """A fresh process, keyring choosing the backend itself from PYTHON_KEYRING_BACKEND."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": chosen,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
    }
    script = (
        "import json, keyring\n"
        "from recstudio.settings.secrets import SecretStore\n"
        "store = SecretStore()\n"
        f"store.set('profile:Prod:customer_secret', {SECRET!r})\n"
        "s = store.status()\n"
        "print(json.dumps([type(keyring.get_keyring()).__name__, s.available, s.message]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    chosen_class, available, message = json.loads(done.stdout)
    assert chosen_class == chosen.rsplit(".", 1)[1]  # the variable was honoured
    assert available is False
    assert "session only" in message and "PlaintextKeyring" in message
    written = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert SECRET.encode() not in written
    assert not list(home.rglob("keyring_pass.cfg"))
