"""``storageConfig`` (reference §4.6): where Agora uploads the files (R7: every mode)."""

from __future__ import annotations

from typing import Annotated, Literal

from recstudio.model.schema._base import (
    ApiModel,
    EmptyIsNone,
    FileNamePrefix,
    StrictIntChoice,
    meta,
)
from recstudio.model.vendors import VENDORS, vendor_labels


class ExtensionParams(ApiModel):
    """Vendor-side encryption, tagging and the S3-compatible endpoint (R29, R27)."""

    sse: Annotated[Literal["kms", "aes256"] | None, EmptyIsNone] = meta(
        "Server-side encryption applied by Amazon S3",
        default=None,
        rule="R29",
        labels={"kms": "KMS encryption", "aes256": "AES-256 encryption"},
    )
    tag: str | None = meta(
        "Tag added to uploaded files (Amazon S3 and Alibaba Cloud only)", default=None, rule="R29"
    )
    endpoint: str | None = meta(
        "Domain of the S3-compatible storage (required when vendor is 11)",
        default=None,
        rule="R27",
        min_length=1,
    )


class StorageConfig(ApiModel):
    """Third-party cloud storage that receives the recorded files."""

    vendor: Annotated[Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 11], StrictIntChoice] = meta(
        "Cloud storage vendor",
        rule="R27",
        labels=vendor_labels(),
        legacy_values=[v.id for v in VENDORS.values() if v.legacy],
    )
    region: int = meta(
        "Region of the bucket; the numbers depend on the vendor",
        rule="R27",
        widget="region_by_vendor",
        ge=0,
    )
    bucket: str = meta(
        "Bucket name, following the vendor's naming rules (Azure: the container name)",
        min_length=1,
    )
    accessKey: str = meta(
        "Access key of the storage account (a write-only key is enough; Azure: the storage "
        "account name)",
        secret=True,
        min_length=1,
    )
    secretKey: str = meta(
        "Secret key of the storage account (Azure: the account key)", secret=True, min_length=1
    )
    stsToken: str | None = meta(
        "Temporary STS security token (Amazon S3, Alibaba, Tencent only)",
        default=None,
        rule="R28",
        secret=True,
    )
    stsExpiration: int | None = meta(
        "When the STS token expires, as Unix seconds (at least 4 hours ahead)",
        default=None,
        rule="R28",
        ge=0,
    )
    fileNamePrefix: FileNamePrefix | None = meta(
        "Folders for the files, joined with '/'; letters and digits only, at most 128 characters",
        default=None,
        rule="R26",
        widget="string_list",
        hint="use only letters A–Z, a–z and digits 0–9 in each folder name",
    )
    extensionParams: ExtensionParams | None = meta(
        "Encryption, tags and the S3-compatible endpoint", default=None
    )
