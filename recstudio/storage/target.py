"""A ``storageConfig`` read into what the storage code needs, with the secrets kept out of
``repr`` so a traceback, a log line or a receipt can never show them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recstudio.model.secrets import PLACEHOLDERS

BASE = "storageConfig"


class StorageConfigError(ValueError):
    """A storageConfig the storage code cannot use; ``field`` is the JSON path to fix."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class StorageTarget:
    """Vendor, region, bucket, folder prefix and credentials of one recording's storage."""

    vendor: int
    region: int
    bucket: str
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    prefix: tuple[str, ...] = ()
    endpoint: str | None = None
    sts_token: str | None = field(default=None, repr=False)

    @property
    def prefix_path(self) -> str:
        """The folder path objects land under, with its trailing slash ("" for none)."""
        return "".join(f"{part}/" for part in self.prefix)

    def secrets(self) -> tuple[str, ...]:
        """Every secret value, for redaction and the tests that grep for leaks."""
        return tuple(s for s in (self.access_key, self.secret_key, self.sts_token) if s)

    def describe(self) -> dict[str, Any]:
        """What may be shown or stored: everything but the keys."""
        return {
            "vendor": self.vendor,
            "region": self.region,
            "bucket": self.bucket,
            "fileNamePrefix": list(self.prefix),
            **({"endpoint": self.endpoint} if self.endpoint else {}),
        }


def _text(config: Mapping[str, Any], key: str, *, secret: bool = False) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value.strip():
        raise StorageConfigError(f"{BASE}.{key} is missing or empty", f"{BASE}.{key}")
    if secret and _is_placeholder(value):
        raise StorageConfigError(
            f"{BASE}.{key} is a placeholder; the real key is not in this file (open the "
            "project on this machine so the keyring can supply it, or use a body with the key)",
            f"{BASE}.{key}",
        )
    return value


def _is_placeholder(value: str) -> bool:
    return value in PLACEHOLDERS.values()


def _int(config: Mapping[str, Any], key: str) -> int:
    value = config.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise StorageConfigError(f"{BASE}.{key} must be a whole number", f"{BASE}.{key}")
    return value


def target_from_config(config: Any) -> StorageTarget:
    """Read a storageConfig object; :class:`StorageConfigError` names the field to fix."""
    if not isinstance(config, Mapping):
        raise StorageConfigError("the body has no storageConfig object", BASE)
    prefix = config.get("fileNamePrefix") or []
    if not isinstance(prefix, list) or not all(isinstance(p, str) for p in prefix):
        raise StorageConfigError(
            f"{BASE}.fileNamePrefix must be a list of folder names", f"{BASE}.fileNamePrefix"
        )
    params = config.get("extensionParams")
    endpoint = params.get("endpoint") if isinstance(params, Mapping) else None
    sts = config.get("stsToken")
    return StorageTarget(
        vendor=_int(config, "vendor"),
        region=_int(config, "region"),
        bucket=_text(config, "bucket"),
        access_key=_text(config, "accessKey", secret=True),
        secret_key=_text(config, "secretKey", secret=True),
        prefix=tuple(prefix),
        endpoint=endpoint if isinstance(endpoint, str) and endpoint else None,
        sts_token=sts if isinstance(sts, str) and sts and not _is_placeholder(sts) else None,
    )
