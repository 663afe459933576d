"""Which values in a body are secrets, so exports, logs and the ledger can redact them.

Kept as key names under known parents rather than a pydantic walk: redaction must work on
any JSON, including bodies the schema does not know (unknown keys are kept on import).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from recstudio.model.jsontree import SCALARS, only_scalars
from recstudio.model.paths import Path, format_path

#: (parent key, key) pairs whose value is secret. ``None`` parent = any parent.
_SECRET_KEYS: frozenset[tuple[str | None, str]] = frozenset(
    {
        ("clientRequest", "token"),
        ("startParameter", "token"),  # acquire's copy of the start clientRequest
        ("storageConfig", "accessKey"),
        ("storageConfig", "secretKey"),
        ("storageConfig", "stsToken"),
        ("recordingConfig", "secret"),
        ("recordingConfig", "salt"),
        ("serviceParam", "accessKey"),  # legacy ApsaraVideo VoD
        ("serviceParam", "secretKey"),
    }
)

#: Human placeholder per key, readable in a curl line: ``<STORAGE_SECRET_KEY>``.
PLACEHOLDERS: dict[str, str] = {
    "token": "<RTC_TOKEN>",
    "accessKey": "<STORAGE_ACCESS_KEY>",
    "secretKey": "<STORAGE_SECRET_KEY>",
    "stsToken": "<STORAGE_STS_TOKEN>",
    "secret": "<DECRYPTION_SECRET>",
    "salt": "<DECRYPTION_SALT>",
}
CUSTOMER_ID_PLACEHOLDER = "<CUSTOMER_ID>"
CUSTOMER_SECRET_PLACEHOLDER = "<CUSTOMER_SECRET>"


def is_secret(parent: str | None, key: str) -> bool:
    return (parent, key) in _SECRET_KEYS or (None, key) in _SECRET_KEYS


def placeholder_for(path: Path) -> str:
    key = str(path[-1])
    if len(path) >= 2 and path[-2] == "serviceParam":
        return "<VOD_" + ("ACCESS_KEY>" if key == "accessKey" else "SECRET_KEY>")
    return PLACEHOLDERS.get(key, "<SECRET>")


def iter_secret_paths(body: Any, _path: Path = ()) -> Iterator[Path]:
    """Every path in ``body`` that holds a secret: any value but null and "" — a number, a
    list or an object typed where a string belongs is still somebody's secret."""
    if isinstance(body, dict):
        parent = next((p for p in reversed(_path) if isinstance(p, str)), None)
        for key, value in body.items():
            here = (*_path, key)
            if is_secret(parent, key) and value is not None and value != "":
                yield here
            else:
                yield from iter_secret_paths(value, here)
    elif isinstance(body, list) and not only_scalars(body):
        for i, item in enumerate(body):
            if type(item) not in SCALARS:  # a scalar in a list has no key: never a secret
                yield from iter_secret_paths(item, (*_path, i))


def redact(body: Any) -> Any:
    """A deep copy of ``body`` with every secret replaced by its placeholder."""
    from recstudio.model.jsontree import copy_tree
    from recstudio.model.paths import set_path

    out = copy_tree(body)
    for path in list(iter_secret_paths(body)):
        set_path(out, path, placeholder_for(path))
    return out


def secret_path_strings(body: Any) -> list[str]:
    return [format_path(p) for p in iter_secret_paths(body)]
