"""Pick the bucket client for a target's vendor.

Apart from :mod:`recstudio.storage.bucket` so that the clients, which build on the
bucket's shared types, are not imported back by it (an import circle).
"""

from __future__ import annotations

from recstudio.storage.bucket import Bucket
from recstudio.storage.target import StorageTarget


def open_bucket(target: StorageTarget, *, endpoint_url: str | None = None) -> Bucket:
    """A bucket client for ``target``. ``endpoint_url`` replaces the vendor's host (tests
    point Amazon S3 at a local server, Azure at Azurite); signing stays the vendor's."""
    from recstudio.storage.endpoints import AZURE

    if target.vendor == AZURE:
        from recstudio.storage.azure import AzureBucket

        return AzureBucket(target, account_url=endpoint_url)
    from recstudio.storage.s3 import S3Bucket

    return S3Bucket(target, endpoint_url=endpoint_url)
