"""Microsoft Azure Blob Storage (vendor 5) through azure-storage-blob.

Agora reuses its S3-shaped fields for Azure: ``accessKey`` is the storage *account name*,
``secretKey`` the account key and ``bucket`` the container (reference §4.6; the form
says so). The region number is ignored; the account name fixes the host.
"""

from __future__ import annotations

import binascii
import threading
from pathlib import Path
from typing import Any

from recstudio.storage.bucket import (
    CONNECT_TIMEOUT_S,
    MAX_ATTEMPTS,
    READ_TIMEOUT_S,
    ObjectInfo,
    Progress,
    ServerClock,
    write_chunks,
)
from recstudio.storage.endpoints import AZURE_HOST_SUFFIX
from recstudio.storage.errors import StorageError
from recstudio.storage.target import StorageTarget

_AUTH_CODES = frozenset({"AuthenticationFailed", "AuthorizationFailure"})
_DENIED_CODES = frozenset(
    {
        "AuthorizationPermissionMismatch",
        "AuthorizationResourceTypeMismatch",
        "InsufficientAccountPermissions",
    }
)


def classify(exc: BaseException, target: StorageTarget) -> StorageError:
    """Azure SDK failures in the shared vocabulary; Azure names the fields differently."""
    from azure.core.exceptions import HttpResponseError, ServiceRequestError, ServiceResponseError

    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, binascii.Error):
        return StorageError(
            "bad_secret",
            f"secretKey is not a valid Azure account key (base64 expected): {exc}",
        )
    if isinstance(exc, HttpResponseError):
        raw = getattr(exc, "error_code", "") or ""
        code = str(getattr(raw, "value", raw))  # an enum member or a plain string
        status = getattr(exc, "status_code", None)
        if code in _AUTH_CODES:
            return StorageError(
                "bad_secret",
                f"Azure rejected the signature ({code}): secretKey must be the key of "
                "the storage account named in accessKey",
                code=code,
                status=status,
            )
        if code == "ContainerNotFound":
            return StorageError(
                "no_bucket",
                f"container {target.bucket!r} does not exist in this storage account "
                "(for Azure, bucket is the container name)",
                code=code,
                status=status,
            )
        if code == "BlobNotFound" or status == 404:
            return StorageError("not_found", f"no such blob ({code or status})", code=code)
        if code in _DENIED_CODES or status == 403:
            return StorageError("denied", f"access denied ({code or status})", code=code)
        return StorageError("other", f"Azure error {code or status}: {exc.reason}", code=code)
    if isinstance(exc, ServiceRequestError):
        return StorageError(
            "unreachable",
            "cannot reach the Azure storage account; for Azure, accessKey is the storage "
            f"account name ({exc.__class__.__name__})",
            field="storageConfig.accessKey",
        )
    if isinstance(exc, ServiceResponseError):
        return StorageError("timeout", f"Azure did not answer in time ({exc})")
    return StorageError("other", f"Azure storage call failed: {exc}")


class AzureBucket(ServerClock):
    """One container of one storage account."""

    def __init__(self, target: StorageTarget, *, account_url: str | None = None) -> None:
        from azure.storage.blob import ContainerClient, LinearRetry

        self.target = target
        url = account_url or f"https://{target.access_key}.{AZURE_HOST_SUFFIX}"
        self.account_url = url
        self._client: Any = ContainerClient(
            account_url=url,
            container_name=target.bucket,
            credential={"account_name": target.access_key, "account_key": target.secret_key},
            connection_timeout=CONNECT_TIMEOUT_S,
            read_timeout=READ_TIMEOUT_S,
            # the SDK's default back-off starts at 15 s; a pre-flight must answer in seconds
            retry_policy=LinearRetry(
                backoff=1, random_jitter_range=1, retry_total=MAX_ATTEMPTS - 1
            ),
            raw_response_hook=self._note_date,
        )

    def _note_date(self, response: Any) -> None:
        headers = getattr(getattr(response, "http_response", None), "headers", None) or {}
        self.note_date(headers.get("Date"))

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return getattr(self._client, name)(*args, **kwargs)
        except Exception as exc:  # azure-core raises many types; classify all
            raise classify(exc, self.target) from None

    def put(self, key: str, data: bytes) -> None:
        self._call("upload_blob", key, data, overwrite=True)

    def upload_file(self, key: str, path: Path) -> None:
        with open(path, "rb") as handle:
            self._call("upload_blob", key, handle, overwrite=True)

    def get(self, key: str) -> bytes:
        stream = self._call("download_blob", key)
        try:
            return bytes(stream.readall())
        except Exception as exc:
            raise classify(exc, self.target) from None

    def delete(self, key: str) -> None:
        self._call("delete_blob", key)

    def list(self, prefix: str) -> list[ObjectInfo]:
        try:
            return [
                ObjectInfo(
                    str(blob.name),
                    int(blob.size or 0),
                    blob.last_modified.timestamp() if blob.last_modified else None,
                )
                for blob in self._client.list_blobs(name_starts_with=prefix or None)
            ]
        except Exception as exc:
            raise classify(exc, self.target) from None

    def bucket_region(self) -> str | None:
        return None  # Azure's region is a property of the account; Agora ignores it

    def download(
        self,
        key: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        stream = self._call("download_blob", key)
        return write_chunks(
            stream.chunks(),
            dest,
            label=key,
            total=int(getattr(stream, "size", 0) or 0),
            progress=progress,
            cancel=cancel,
            classify=lambda exc: classify(exc, self.target),
        )

    def close(self) -> None:
        self._client.close()
