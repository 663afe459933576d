"""Azure Blob (vendor 5) against Azurite over real HTTP: accessKey = account name,
secretKey = account key, bucket = container (reference §4.6)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import AZURITE_ACCOUNT, AZURITE_KEY

from recstudio.storage.doctor import fetch_recording
from recstudio.storage.opener import open_bucket
from recstudio.storage.preflight import run_preflight
from recstudio.storage.receipt import build_receipt
from recstudio.storage.target import target_from_config


def _container(azurite: str) -> str:
    from azure.storage.blob import BlobServiceClient

    name = f"rec{uuid.uuid4().hex[:12]}"
    service = BlobServiceClient(
        azurite, credential={"account_name": AZURITE_ACCOUNT, "account_key": AZURITE_KEY}
    )
    service.create_container(name)
    service.close()
    return name


def _config(container: str, **over: Any) -> dict[str, Any]:
    return {
        "vendor": 5,
        "region": 0,
        "bucket": container,
        "accessKey": AZURITE_ACCOUNT,
        "secretKey": AZURITE_KEY,
        "fileNamePrefix": ["rec"],
        **over,
    }


def test_preflight_passes_with_the_account_key(azurite: str) -> None:
    report = run_preflight(_config(_container(azurite)), endpoint_url=azurite)
    assert report.ok, report.text()
    names = [s.name for s in report.steps]
    assert "read back" in names and "delete" in names and "clock" in names


def test_wrong_account_key_names_secret_key(azurite: str) -> None:
    other = "A" * 86 + "=="  # valid base64, not the account's key
    report = run_preflight(_config(_container(azurite), secretKey=other), endpoint_url=azurite)
    failure = report.failures[0]
    assert failure.field == "storageConfig.secretKey" and "wrong secret key" in failure.message


def test_missing_container_names_bucket(azurite: str) -> None:
    report = run_preflight(_config("nosuchcontainer"), endpoint_url=azurite)
    failure = report.failures[0]
    assert failure.field == "storageConfig.bucket"
    assert "container" in failure.message and "nosuchcontainer" in failure.message


def test_receipt_and_fetch_through_azure(azurite: str, tmp_path: Path) -> None:
    from recstudio.emulator.recorded_files import write_mix_recording

    sid = "a" * 32
    target = target_from_config(_config(_container(azurite)))
    files = write_mix_recording(
        tmp_path / "made", sid, "room", started_ms=1_700_000_000_000, duration_s=4.0,
        segment_s=2.0,
    )  # fmt: skip
    bucket = open_bucket(target, endpoint_url=azurite)
    try:
        for path in files.files:
            bucket.upload_file(target.prefix_path + path.name, path)
        receipt = build_receipt(bucket, target, sid, expected_files=f"{sid}_room.m3u8")
        assert receipt.verdict == "complete", receipt.text()
        fetched = fetch_recording(bucket, target, sid, tmp_path / "got")
    finally:
        bucket.close()
    assert sorted(p.name for p in fetched.downloaded) == sorted(files.names())


def test_unreachable_account_names_access_key() -> None:
    """A wrong account name means a host that does not answer: the field is accessKey."""
    report = run_preflight(_config("c"), endpoint_url="http://127.0.0.1:9/devstoreaccount1")
    failure = report.failures[0]
    assert failure.field == "storageConfig.accessKey", failure
    assert "account name" in failure.message


@pytest.mark.parametrize(
    ("field", "placeholder"),
    [("accessKey", "<STORAGE_ACCESS_KEY>"), ("secretKey", "<STORAGE_SECRET_KEY>")],
)
def test_placeholders_are_refused_before_any_request(field: str, placeholder: str) -> None:
    report = run_preflight(_config("c", **{field: placeholder}))
    assert report.failures[0].name == "storage config"
