"""Amazon S3 and every S3-compatible vendor (OSS, COS, GCS with HMAC keys, OBS, BOS,
vendor 11) through boto3, with bounded timeouts and retries and errors in the
:mod:`recstudio.storage.errors` vocabulary.

boto3 is imported here only, and this module only by :func:`opener.open_bucket`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from recstudio.storage.bucket import (
    CHUNK,
    CONNECT_TIMEOUT_S,
    MAX_ATTEMPTS,
    READ_TIMEOUT_S,
    ObjectInfo,
    Progress,
    ServerClock,
    write_chunks,
)
from recstudio.storage.endpoints import NoEndpoint, S3Endpoint, s3_endpoint
from recstudio.storage.errors import StorageError
from recstudio.storage.target import StorageTarget

_REGION_CODES = frozenset(
    {
        "PermanentRedirect",
        "AuthorizationHeaderMalformed",
        "IllegalLocationConstraintException",
        "301",
        "TemporaryRedirect",
    }
)


def classify(exc: BaseException, target: StorageTarget) -> StorageError:
    """Any boto3/botocore failure as a :class:`StorageError` naming the field to fix."""
    from botocore.exceptions import (
        ClientError,
        ConnectTimeoutError,
        EndpointConnectionError,
        ReadTimeoutError,
    )

    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        meta = exc.response.get("ResponseMetadata", {})
        status = meta.get("HTTPStatusCode")
        headers = meta.get("HTTPHeaders", {}) or {}
        bucket_region = headers.get("x-amz-bucket-region") or error.get("Region")
        return _from_code(code, status, bucket_region, target, str(error.get("Message", "")))
    if isinstance(exc, ConnectTimeoutError | EndpointConnectionError):
        return StorageError(
            "unreachable",
            f"cannot connect to the storage endpoint ({exc}); check vendor, region and, "
            "for vendor 11, extensionParams.endpoint",
            field="storageConfig.extensionParams.endpoint"
            if target.vendor == 11
            else "storageConfig.region",
        )
    if isinstance(exc, ReadTimeoutError):
        return StorageError("timeout", f"the storage service did not answer in time ({exc})")
    return StorageError("other", f"storage call failed: {exc}")


def _from_code(
    code: str, status: int | None, bucket_region: str | None, target: StorageTarget, text: str
) -> StorageError:
    detail = f" ({code}{': ' + text if text else ''})" if code else ""
    if code == "InvalidAccessKeyId":
        return StorageError(
            "bad_access_key",
            "the storage service does not know this access key" + detail,
            code=code,
            status=status,
        )
    if code == "SignatureDoesNotMatch":
        return StorageError(
            "bad_secret",
            "the secret key does not match the access key" + detail,
            code=code,
            status=status,
        )
    if code in ("NoSuchBucket", "ContainerNotFound"):
        return StorageError(
            "no_bucket",
            f"bucket {target.bucket!r} does not exist" + detail,
            code=code,
            status=status,
        )
    if code == "RequestTimeTooSkewed":
        return StorageError(
            "clock_skew",
            "this computer's clock differs too much from the storage service's; fix the "
            "system time (the recorder signs with Agora's clock, but the check cannot run)"
            + detail,
            code=code,
            status=status,
        )
    if code in _REGION_CODES or status == 301:
        where = f" it is in {bucket_region}" if bucket_region else ""
        return StorageError(
            "wrong_region",
            f"bucket {target.bucket!r} is not in the region storageConfig.region names;"
            f"{where}" + detail,
            code=code,
            status=status,
            bucket_region=bucket_region,
        )
    if code in ("AccessDenied", "403", "AllAccessDisabled"):
        return StorageError("denied", "access denied" + detail, code=code, status=status)
    if code in ("NoSuchKey", "404", "NotFound"):
        return StorageError("not_found", "no such object" + detail, code=code, status=status)
    return StorageError("other", f"storage error{detail or f' (HTTP {status})'}", code=code)


class S3Bucket(ServerClock):
    """One bucket over the S3 API."""

    def __init__(self, target: StorageTarget, *, endpoint_url: str | None = None) -> None:
        import boto3
        from botocore.config import Config

        try:
            endpoint: S3Endpoint = s3_endpoint(target.vendor, target.region, target.endpoint)
        except NoEndpoint as exc:
            raise StorageError("unreachable", str(exc), field=exc.field) from None
        self.target = target
        self.endpoint = endpoint
        addressing = "path" if endpoint_url else endpoint.addressing
        config = Config(
            signature_version="s3v4",
            connect_timeout=CONNECT_TIMEOUT_S,
            read_timeout=READ_TIMEOUT_S,
            retries={"total_max_attempts": MAX_ATTEMPTS, "mode": "standard"},
            s3={"addressing_style": addressing},
            # boto3 >= 1.36 adds CRC32 trailers (aws-chunked) to every upload by default,
            # which OSS, COS, OBS, BOS and many self-hosted S3 servers reject; Agora's own
            # uploader sends plain bodies, so checksums only where the API requires them
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        session = boto3.session.Session(
            aws_access_key_id=target.access_key,
            aws_secret_access_key=target.secret_key,
            aws_session_token=target.sts_token,
        )
        self._client: Any = session.client(
            "s3",
            endpoint_url=endpoint_url or endpoint.url,
            region_name=endpoint.signing_region,
            config=config,
        )
        self._client.meta.events.register("after-call.s3", self._note_date)

    def _note_date(self, http_response: Any = None, **_: Any) -> None:
        self.note_date(getattr(http_response, "headers", {}).get("Date"))

    def _call(self, name: str, **kwargs: Any) -> Any:
        try:
            return getattr(self._client, name)(Bucket=self.target.bucket, **kwargs)
        except Exception as exc:  # botocore raises many unrelated types; classify all
            raise classify(exc, self.target) from None

    def put(self, key: str, data: bytes) -> None:
        self._call("put_object", Key=key, Body=data)

    def upload_file(self, key: str, path: Path) -> None:
        with open(path, "rb") as handle:
            self._call("put_object", Key=key, Body=handle)

    def get(self, key: str) -> bytes:
        reply = self._call("get_object", Key=key)
        try:
            return bytes(reply["Body"].read())
        except Exception as exc:
            raise classify(exc, self.target) from None

    def delete(self, key: str) -> None:
        self._call("delete_object", Key=key)

    def list(self, prefix: str) -> list[ObjectInfo]:
        out: list[ObjectInfo] = []
        token: str | None = None
        while True:
            extra = {"ContinuationToken": token} if token else {}
            reply = self._call("list_objects_v2", Prefix=prefix, **extra)
            for item in reply.get("Contents", []) or []:
                modified = item.get("LastModified")
                out.append(
                    ObjectInfo(
                        str(item["Key"]),
                        int(item.get("Size", 0)),
                        modified.timestamp() if modified is not None else None,
                    )
                )
            if not reply.get("IsTruncated"):
                return out
            token = reply.get("NextContinuationToken")

    def bucket_region(self) -> str | None:
        """Where the vendor says the bucket is (needs list permission; None if unknown)."""
        reply = self._call("head_bucket")
        headers = reply.get("ResponseMetadata", {}).get("HTTPHeaders", {}) or {}
        region = headers.get("x-amz-bucket-region")
        return str(region) if region else None

    def download(
        self,
        key: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """Stream ``key`` to ``dest`` (via a .part file); returns bytes written."""
        reply = self._call("get_object", Key=key)
        body = reply["Body"]
        try:
            return write_chunks(
                iter(lambda: body.read(CHUNK), b""),
                dest,
                label=key,
                total=int(reply.get("ContentLength") or 0),
                progress=progress,
                cancel=cancel,
                classify=lambda exc: classify(exc, self.target),
            )
        finally:
            body.close()

    def close(self) -> None:
        self._client.close()
