"""A project's secrets (storage keys, token, decryption secret) live in the keyring, keyed
by the project's id and the value's path — never in the project file, which only holds
placeholders. Saving stores them; opening restores them where a placeholder stands."""

from __future__ import annotations

from typing import Any

from recstudio.model.paths import format_path, get_path
from recstudio.model.secrets import iter_secret_paths, placeholder_for
from recstudio.settings.secrets import SecretStore, project_secret_key

#: Project sections that hold bodies (and so may hold secrets).
_SECTIONS = ("acquire", "start", "update")


def _placeholder_paths(project: Any) -> list[str]:
    out = []
    for section in _SECTIONS:
        wrapped = {"clientRequest": getattr(project, section)}
        for path in iter_secret_paths(wrapped):
            if get_path(wrapped, path) == placeholder_for(path):
                out.append(format_path((section, *path[1:])))
    return out


def store_project_secrets(project: Any, store: SecretStore | None = None) -> int:
    """Keep every secret of ``project`` in the keyring (or the session store); returns how
    many were stored. May block up to the store's timeout: call it off the GUI thread."""
    store = store or SecretStore()
    values = project.secret_values()
    for path, value in values.items():
        store.set(project_secret_key(project.id, path), value)
    return len(values)


def fetch_project_secrets(project: Any, store: SecretStore | None = None) -> dict[str, str]:
    """Secrets for the placeholders of a freshly opened ``project`` (path → value)."""
    store = store or SecretStore()
    found: dict[str, str] = {}
    for path in _placeholder_paths(project):
        value = store.get(project_secret_key(project.id, path))
        if value:
            found[path] = value
    return found


def missing_secrets(project: Any) -> list[str]:
    """Paths still holding a placeholder (the user must type those secrets again)."""
    return _placeholder_paths(project)
