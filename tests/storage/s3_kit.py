"""A real S3 server for the storage tests: moto in server mode on 127.0.0.1, with IAM
authentication switched on so wrong keys, wrong secrets and write-only policies are
judged by the server exactly as a vendor would (signature V4, policy evaluation)."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import boto3
from botocore.config import Config

REGION = "us-east-1"
ADMIN_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:*", "iam:*"], "Resource": "*"}],
}


def write_only_policy() -> dict[str, Any]:
    """What Agora recommends: PutObject and nothing else."""
    return {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["s3:PutObject"], "Resource": "*"}],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Keys:
    access_key: str
    secret_key: str


class S3Server:
    """The running moto server plus an admin identity to prepare buckets and users."""

    def __init__(self, url: str, admin: Keys) -> None:
        self.url = url
        self.admin = admin
        self.endpoint = url.removeprefix("http://")

    def client(self, keys: Keys | None = None, service: str = "s3", region: str = REGION) -> Any:
        keys = keys or self.admin
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name=region,
            aws_access_key_id=keys.access_key,
            aws_secret_access_key=keys.secret_key,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
        )

    def bucket(self, region: str = REGION) -> str:
        name = f"rec-{uuid.uuid4().hex[:12]}"
        extra = {} if region == REGION else {
            "CreateBucketConfiguration": {"LocationConstraint": region}
        }  # fmt: skip
        self.client(region=region).create_bucket(Bucket=name, **extra)
        return name

    def user(self, policy: dict[str, Any]) -> Keys:
        iam = self.client(service="iam")
        name = f"u{uuid.uuid4().hex[:10]}"
        iam.create_user(UserName=name)
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(policy))
        key = iam.create_access_key(UserName=name)["AccessKey"]
        return Keys(key["AccessKeyId"], key["SecretAccessKey"])

    def objects(self, bucket: str, prefix: str = "") -> dict[str, int]:
        reply = self.client().list_objects_v2(Bucket=bucket, Prefix=prefix)
        return {o["Key"]: o["Size"] for o in reply.get("Contents", [])}


def storage_config(server: S3Server, bucket: str, keys: Keys, prefix: list[str]) -> dict[str, Any]:
    """A vendor-11 storageConfig pointing at the loopback server (as the Sandbox uses)."""
    return {
        "vendor": 11,
        "region": 0,
        "bucket": bucket,
        "accessKey": keys.access_key,
        "secretKey": keys.secret_key,
        "fileNamePrefix": prefix,
        "extensionParams": {"endpoint": server.endpoint},
    }


@contextmanager
def running_s3() -> Iterator[S3Server]:
    """One moto S3 server on a free loopback port, IAM authentication on (a session
    fixture of tests/storage and tests/events)."""
    from moto import settings
    from moto.core.authorization import ActionAuthenticatorMixin
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    before = settings.INITIAL_NO_AUTH_ACTION_COUNT
    try:
        # the first calls (making the admin user) run unauthenticated, all later ones
        # are signed and checked against IAM like a real vendor
        settings.INITIAL_NO_AUTH_ACTION_COUNT = float("inf")
        bootstrap = S3Server(url, Keys("test-bootstrap-access-key", "bootstrap-secret"))
        admin = bootstrap.user(ADMIN_POLICY)
        settings.INITIAL_NO_AUTH_ACTION_COUNT = 0
        ActionAuthenticatorMixin.request_count = 0
        yield S3Server(url, admin)
    finally:
        settings.INITIAL_NO_AUTH_ACTION_COUNT = before
        server.stop()
