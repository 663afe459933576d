"""Secrets (customer secret, App Certificate, storage keys) in the system keyring, or nowhere.

Policy (ecosystem-reliability §2.1): try the keyring, each call in a worker thread with a 3 s
timeout, because a locked Secret Service collection can block forever. When there is no
usable backend (``fail``/``null`` backends, a plaintext or file backend such as
``keyrings.alt.file.PlaintextKeyring`` — see :mod:`recstudio.settings.keyring_safety` —,
NoKeyringError, KeyringLocked, any error, a timeout) secrets live in this process's memory
for the session only and :meth:`status` says so and why; the UI shows that as a banner.
Nothing here ever writes a secret to a file.

``keyring`` is imported on first use: importing it costs ~90 ms, too much for app launch.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from recstudio.settings.keyring_safety import choose_backend

if TYPE_CHECKING:
    import keyring.backend

SERVICE_NAME = "recstudio"
KEYRING_TIMEOUT_SECONDS = 3.0
SESSION_ONLY_MESSAGE = (
    "No system keyring found: secrets are kept for this session only "
    "and will be asked again next time"
)
_PROBE_KEY = "recstudio:probe"

T = TypeVar("T")


def customer_secret_key(profile_name: str) -> str:
    return f"profile:{profile_name}:customer_secret"


def app_certificate_key(profile_name: str) -> str:
    return f"profile:{profile_name}:app_certificate"


def project_secret_key(project_id: str, json_path: str) -> str:
    """Secret body fields (storage keys, decryption secret…) of one project, by JSON path."""
    return f"project:{project_id}:{json_path}"


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    backend_name: str
    message: str


class _KeyringUnavailable(Exception):
    """Internal: the keyring call failed or timed out; carries the reason for the status."""


class _BackendRefused(Exception):
    """Internal: the chosen backend must not hold secrets (plaintext file, null…)."""


class SecretStore:
    """Get/set/delete secrets by key; falls back to session memory, never to plain text.

    Call from a worker thread in the GUI: the first call may wait up to ``timeout`` seconds.
    """

    def __init__(
        self, service: str = SERVICE_NAME, *, timeout: float = KEYRING_TIMEOUT_SECONDS
    ) -> None:
        self._service = service
        self._timeout = timeout
        self._lock = threading.Lock()
        self._memory: dict[str, str] = {}
        self._session_only = False
        self._reason = ""
        self._probed = False

    # --- public API ----------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        if not self._keyring_usable():
            return None
        try:
            value = self._call(lambda backend: backend.get_password(self._service, key))
        except _KeyringUnavailable:
            return None
        if value is not None:
            with self._lock:
                self._memory[key] = value
        return value

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._memory[key] = value
        if self._keyring_usable():
            # On failure the value stays in memory and status() reports session-only.
            with contextlib.suppress(_KeyringUnavailable):
                self._call(lambda backend: backend.set_password(self._service, key, value))

    def delete(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
        if not self._keyring_usable():
            return
        with contextlib.suppress(_KeyringUnavailable):
            self._call(lambda backend: _delete_quietly(backend, self._service, key))

    def move(self, old_key: str, new_key: str) -> None:
        """Re-file a secret under a new key (profile renamed); no-op when there is none."""
        value = self.get(old_key)
        if value is None:
            return
        self.set(new_key, value)
        self.delete(old_key)

    def status(self) -> KeyringStatus:
        self._keyring_usable()
        try:
            backend_name = self._bounded(_chosen_name)
        except _KeyringUnavailable:
            backend_name = "unknown"
        with self._lock:
            if self._session_only:
                message = SESSION_ONLY_MESSAGE
                if self._reason:
                    message += f" ({self._reason})."
                return KeyringStatus(False, backend_name, message)
        return KeyringStatus(
            True, backend_name, f"Secrets are stored in the system keyring ({backend_name})."
        )

    @property
    def session_only(self) -> bool:
        return not self._keyring_usable()

    # --- internals -----------------------------------------------------------------------

    def _keyring_usable(self) -> bool:
        """Probe once; after any failure stay in session mode (no repeated 3 s stalls)."""
        with self._lock:
            if self._session_only:
                return False
            if self._probed:
                return True
        try:
            # choosing the backend may itself talk to D-Bus without a timeout: bounded too
            self._call(lambda b: b)
        except _KeyringUnavailable:
            return False
        try:
            self._call(lambda b: b.get_password(self._service, _PROBE_KEY))
        except _KeyringUnavailable:
            return False
        with self._lock:
            self._probed = True
            return not self._session_only

    def _call(self, action: Callable[[keyring.backend.KeyringBackend], T]) -> T:
        """Run ``action`` on the current backend, bounded by the timeout.

        The backend is looked up inside the worker thread: keyring's first
        ``get_keyring()`` probes D-Bus with no timeout of its own. ``action`` only ever sees
        a backend that :func:`choose_backend` accepts, so no path writes to a plaintext one.
        """
        return self._bounded(lambda: action(_safe_backend()))

    def _bounded(self, work: Callable[[], T]) -> T:
        """Run ``work`` in a daemon thread (not an executor), so a call stuck in D-Bus
        cannot block interpreter exit; a timeout or error turns on session mode."""
        outcome: dict[str, object] = {}
        done = threading.Event()

        def run() -> None:
            try:
                outcome["value"] = work()
            except BaseException as exc:
                outcome["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="recstudio-keyring", daemon=True).start()
        if not done.wait(self._timeout):
            reason = f"the keyring did not answer within {self._timeout:g} s"
            self._fall_back(reason)
            raise _KeyringUnavailable(reason)
        if "error" in outcome:
            error = outcome["error"]
            reason = _reason_for(error)
            self._fall_back(reason)
            raise _KeyringUnavailable(reason)
        return outcome.get("value")  # type: ignore[return-value]

    def _fall_back(self, reason: str) -> None:
        with self._lock:
            self._session_only = True
            if not self._reason:
                self._reason = reason


def _delete_quietly(backend: keyring.backend.KeyringBackend, service: str, key: str) -> None:
    # Nothing stored under that key: deleting is idempotent.
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(service, key)


def _current_backend() -> keyring.backend.KeyringBackend:
    """The backend chosen now (tests swap it with ``keyring.set_keyring``)."""
    import keyring

    return keyring.get_keyring()


def _safe_backend() -> keyring.backend.KeyringBackend:
    choice = choose_backend(_current_backend())
    if choice.backend is None:
        raise _BackendRefused(choice.refusal)
    return choice.backend


def _chosen_name() -> str:
    """The name status() shows: what keyring chose and, through a chain, what we use."""
    return choose_backend(_current_backend()).name


def _reason_for(error: object) -> str:
    """Why the keyring is unusable, without echoing anything that might contain a secret."""
    import keyring.errors

    if isinstance(error, _BackendRefused):
        return str(error)  # names the backend and its file, never a value
    if isinstance(error, keyring.errors.NoKeyringError):
        return "no keyring backend is installed or running"
    if isinstance(error, keyring.errors.KeyringLocked):
        return "the keyring is locked"
    return f"the keyring failed ({type(error).__name__})"
