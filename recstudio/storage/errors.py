"""One vocabulary for what went wrong with a bucket, whatever the vendor's SDK said.

Users see Agora's vendors through very different SDK errors (botocore codes, Azure error
codes, socket failures). The pre-flight check and the receipt speak in these kinds, each
with the storageConfig field a person would change.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal[
    "denied",
    "bad_access_key",
    "bad_secret",
    "no_bucket",
    "wrong_region",
    "clock_skew",
    "unreachable",
    "timeout",
    "not_found",
    "cancelled",
    "other",
]

#: The field to fix for each kind (None: nothing in storageConfig is wrong).
FIELD_OF: dict[str, str | None] = {
    "denied": "storageConfig.accessKey",
    "bad_access_key": "storageConfig.accessKey",
    "bad_secret": "storageConfig.secretKey",
    "no_bucket": "storageConfig.bucket",
    "wrong_region": "storageConfig.region",
    "clock_skew": None,
    "unreachable": "storageConfig.region",
    "timeout": None,
    "not_found": None,
    "cancelled": None,
    "other": None,
}


class StorageError(Exception):
    """A failed storage call, classified; ``field`` is the storageConfig path to fix."""

    def __init__(
        self,
        kind: Kind,
        message: str,
        *,
        field: str | None = None,
        code: str | None = None,
        status: int | None = None,
        bucket_region: str | None = None,
    ) -> None:
        super().__init__(message)
        self.kind: Kind = kind
        self.field = field if field is not None else FIELD_OF.get(kind)
        self.code = code
        self.status = status
        #: where the vendor says the bucket really is (wrong_region)
        self.bucket_region = bucket_region

    @property
    def message(self) -> str:
        return str(self.args[0])
