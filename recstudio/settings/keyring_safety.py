"""Which keyring backends may hold a secret: a file anyone with the user's files can read is
no keyring.

``keyring`` happily picks ``keyrings.alt.file.PlaintextKeyring`` (base64 in
``keyring_pass.cfg``) or another file backend when no OS keyring runs, and would let us
say "stored in the system keyring" about a secret lying in a file. So a backend is refused
when anything in its class hierarchy comes from ``keyrings.alt.file*`` (plain or
password-in-a-file "encrypted" files, also what third-party file keyrings build on), from
the other ``keyrings.alt`` stores that end in such a file or a document (``Google``,
``keyczar``), or when it cannot keep anything at all (``fail``, ``null``). A chainer (or
``keyrings.alt.multi``'s wrapper) is judged by what it forwards to: writes go to its first
usable backend, never to a refused one. ``PYTHON_KEYRING_BACKEND`` is honoured because
keyring itself reads it; this module only decides whether the backend it chose is safe.

Everything else (Secret Service, KWallet, macOS Keychain, Windows Credential Locker,
``keyrings.alt.Gnome``, third-party backends that do not write files) counts as a keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

#: Backends that accept calls but cannot keep anything.
_NOTHING_KEPT = ("keyring.backends.fail", "keyring.backends.null")
#: keyrings.alt modules whose stores are a file on disk (or a document protected by one).
_FILE_STORES = ("keyrings.alt.file", "keyrings.alt.Google", "keyrings.alt.keyczar")
_CHAINER = "keyring.backends.chainer"
_MULTIPART = "keyrings.alt.multi"


@dataclass(frozen=True, slots=True)
class BackendChoice:
    """The backend secrets may go to (``None`` when none), its name, and why not."""

    backend: keyring.backend.KeyringBackend | None
    name: str
    refusal: str = ""


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def choose_backend(backend: keyring.backend.KeyringBackend) -> BackendChoice:
    """Decide whether ``backend`` (what keyring chose) may hold secrets; see module doc."""
    name = backend_name(backend)
    modules = {cls.__module__ for cls in type(backend).__mro__}
    if _CHAINER in modules:
        return _choose_in_chain(backend, name)
    if _MULTIPART in modules:
        inner = getattr(backend, "_keyring", None)
        if inner is None:
            return BackendChoice(None, name, f"{name} wraps no backend")
        choice = choose_backend(inner)
        if choice.backend is None:
            return BackendChoice(None, name, choice.refusal)
        return BackendChoice(backend, f"{name} → {choice.name}")
    refusal = refusal_for(backend)
    if refusal:
        return BackendChoice(None, name, refusal)
    return BackendChoice(backend, name)


def refusal_for(backend: object) -> str:
    """Why a single (non-chaining) backend must not hold secrets; "" when it may."""
    name = backend_name(backend)
    modules = [cls.__module__ for cls in type(backend).__mro__]
    if modules[0] in _NOTHING_KEPT:
        return f"{name} cannot keep anything"
    if any(m == prefix or m.startswith(prefix + ".") for m in modules for prefix in _FILE_STORES):
        where = getattr(backend, "file_path", None)
        place = f", {where}" if isinstance(where, str) else ""
        return f"{name} writes secrets to a plain or weakly protected file{place}"
    return ""


def _choose_in_chain(chainer: keyring.backend.KeyringBackend, name: str) -> BackendChoice:
    chained = list(getattr(chainer, "backends", []))
    refusals = []
    for candidate in chained:
        choice = choose_backend(candidate)
        if choice.backend is not None:
            return BackendChoice(choice.backend, f"{name} → {choice.name}")
        refusals.append(choice.refusal)
    if not refusals:
        return BackendChoice(None, name, f"{name} has no backend to chain")
    return BackendChoice(None, name, "; ".join(refusals))
