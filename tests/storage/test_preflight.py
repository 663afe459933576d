"""Pre-flight over real HTTP against the moto server (IAM auth on): each cause named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from s3_kit import S3Server, storage_config, write_only_policy

from recstudio.cli import main
from recstudio.storage.preflight import run_preflight

FULL = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}],
}


def _step(report, name):
    return next(s for s in report.steps if s.name == name)


def test_good_keys_pass_and_leave_nothing(s3: S3Server) -> None:
    bucket = s3.bucket()
    keys = s3.user(FULL)
    report = run_preflight(storage_config(s3, bucket, keys, ["rec", "day1"]))
    assert report.ok, report.text()
    assert [s.outcome for s in report.steps].count("fail") == 0
    assert _step(report, "read back").outcome == "pass"
    assert _step(report, "delete").message == "the probe was deleted"
    assert s3.objects(bucket) == {}  # the probe was removed again


def test_write_only_key_passes_and_says_why(s3: S3Server) -> None:
    bucket = s3.bucket()
    keys = s3.user(write_only_policy())
    report = run_preflight(storage_config(s3, bucket, keys, ["rec"]))
    assert report.ok, report.text()
    assert "expected with the write-only key Agora recommends" in _step(report, "delete").message
    assert "read denied" in _step(report, "read back").message
    # the probe stays (the key may not delete it) and sits under the prefix
    assert list(s3.objects(bucket)) == [report.probe_key]
    assert report.probe_key is not None and report.probe_key.startswith("rec/recstudio-preflight-")


def test_wrong_secret_names_secret_key(s3: S3Server) -> None:
    bucket = s3.bucket()
    config = storage_config(s3, bucket, s3.user(FULL), ["rec"])
    config["secretKey"] = "not-the-secret"
    report = run_preflight(config)
    assert not report.ok
    failure = report.failures[0]
    assert failure.field == "storageConfig.secretKey"
    assert failure.message.startswith("wrong secret key")


def test_unknown_access_key_names_access_key(s3: S3Server) -> None:
    config = storage_config(s3, s3.bucket(), s3.user(FULL), ["rec"])
    config["accessKey"] = "test-unknown-access-key"
    failure = run_preflight(config).failures[0]
    assert failure.field == "storageConfig.accessKey"
    assert failure.message.startswith("wrong access key")


def test_missing_bucket_names_bucket(s3: S3Server) -> None:
    report = run_preflight(storage_config(s3, "no-such-bucket-here", s3.user(FULL), ["rec"]))
    failure = report.failures[0]
    assert failure.field == "storageConfig.bucket"
    assert "missing bucket" in failure.message and "no-such-bucket-here" in failure.message


@pytest.mark.parametrize(
    ("prefix", "words"),
    [
        (["rec_2026"], "'rec_2026'"),
        (["a/b"], "'a/b'"),
        (["x" * 60, "y" * 60, "z" * 10], "132 characters"),
    ],
)
def test_prefix_breaking_r26_fails_before_any_request(
    s3: S3Server, prefix: list[str], words: str
) -> None:
    bucket = s3.bucket()
    report = run_preflight(storage_config(s3, bucket, s3.user(FULL), prefix))
    failure = report.failures[0]
    assert failure.name == "prefix valid (R26)" and words in failure.message
    assert failure.field == "storageConfig.fileNamePrefix"
    assert s3.objects(bucket) == {}  # nothing was written


def test_bucket_in_another_aws_region(s3: S3Server) -> None:
    """Amazon S3 region 0 is us-east-1; the bucket lives in eu-west-1."""
    bucket = s3.bucket("eu-west-1")
    config = storage_config(s3, bucket, s3.user(FULL), ["rec"])
    config.update(vendor=1, region=0)
    del config["extensionParams"]
    report = run_preflight(config, endpoint_url=s3.url)
    failure = report.failures[0]
    assert failure.name == "region matches" and failure.field == "storageConfig.region"
    assert "eu-west-1" in failure.message and "us-east-1" in failure.message
    config["region"] = 4  # EU_WEST_1
    assert run_preflight(config, endpoint_url=s3.url).ok


def test_bucket_outside_the_recording_geography(s3: S3Server) -> None:
    config = storage_config(s3, s3.bucket(), s3.user(FULL), ["rec"])
    config.update(vendor=1, region=4)  # Europe (Ireland)
    report = run_preflight(config, acquire_region="NA")
    failure = report.failures[0]
    assert failure.name == "geography" and failure.field == "storageConfig.region"
    assert "EU" in failure.message and "NA" in failure.message


def test_clock_skew_is_measured_against_the_server(s3: S3Server) -> None:
    """The server's Date header is compared with our clock (moved 20 min ahead here)."""
    import time

    config = storage_config(s3, s3.bucket(), s3.user(FULL), ["rec"])
    report = run_preflight(config, clock=lambda: time.time() + 1200)
    clock = _step(report, "clock")
    assert clock.outcome == "fail" and "ahead of" in clock.message
    assert clock.field == "system clock"
    assert _step(run_preflight(config), "clock").outcome == "pass"


def test_placeholder_keys_are_an_input_problem(s3: S3Server) -> None:
    config = storage_config(s3, s3.bucket(), s3.user(FULL), ["rec"])
    config["secretKey"] = "<STORAGE_SECRET_KEY>"
    failure = run_preflight(config).failures[0]
    assert failure.field == "storageConfig.secretKey" and "placeholder" in failure.message


def _body_file(tmp_path: Path, config: dict) -> Path:
    body = {
        "cname": "studio",
        "uid": "527841",
        "clientRequest": {
            "recordingConfig": {"channelType": 0},
            "storageConfig": config,
        },
    }
    path = tmp_path / "start.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_cli_exit_codes_and_no_secret_printed(
    s3: S3Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = s3.user(write_only_policy())
    config = storage_config(s3, s3.bucket(), keys, ["rec"])
    assert main(["storage", "check", str(_body_file(tmp_path, config))]) == 0
    out = capsys.readouterr()
    assert "ready" in out.out and "write-only key" in out.out
    config["secretKey"] = "wrong-secret-value-77"
    assert main(["storage", "check", str(_body_file(tmp_path, config))]) == 1
    out = capsys.readouterr()
    assert "[fix: storageConfig.secretKey]" in out.out
    for secret in (keys.secret_key, keys.access_key, "wrong-secret-value-77"):
        assert secret not in out.out + out.err
    assert main(["storage", "check", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring_doubles import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def test_cli_project_takes_keys_from_the_keyring(
    s3: S3Server, tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: None
) -> None:
    from recstudio.model.project import new_project, save_project
    from recstudio.settings.project_secrets import store_project_secrets

    keys = s3.user(FULL)
    project = new_project()
    project.start["storageConfig"] = storage_config(s3, s3.bucket(), keys, ["proj"])
    store_project_secrets(project)
    path = tmp_path / "p.recstudio.json"
    save_project(project, path)
    assert keys.secret_key not in path.read_text(encoding="utf-8")
    assert main(["storage", "check", str(path)]) == 0, capsys.readouterr().out
    project.acquire["region"] = "AP"
    project.start["storageConfig"].update(vendor=1, region=7)  # Frankfurt
    store_project_secrets(project)
    save_project(project, path)
    assert main(["storage", "check", str(path)]) == 1
    assert "geography" in capsys.readouterr().out


def test_no_secret_in_any_log_even_at_debug(s3: S3Server, caplog: pytest.LogCaptureFixture) -> None:
    """boto3/botocore/urllib3 log requests at DEBUG; the keys must never appear there."""
    import logging

    keys = s3.user(write_only_policy())
    config = storage_config(s3, s3.bucket(), keys, ["rec"])
    with caplog.at_level(logging.DEBUG):
        assert run_preflight(config).ok
        config["secretKey"] = "wrong-" + keys.secret_key[::-1]
        assert not run_preflight(config).ok
    assert "PUT" in caplog.text or "put_object" in caplog.text.lower()  # logs were captured
    for secret in (keys.secret_key, config["secretKey"]):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("code", "status", "kind", "field"),
    [
        ("PermanentRedirect", 301, "wrong_region", "storageConfig.region"),
        ("AuthorizationHeaderMalformed", 400, "wrong_region", "storageConfig.region"),
        ("RequestTimeTooSkewed", 403, "clock_skew", None),
        ("InvalidAccessKeyId", 403, "bad_access_key", "storageConfig.accessKey"),
        ("SignatureDoesNotMatch", 403, "bad_secret", "storageConfig.secretKey"),
        ("NoSuchBucket", 404, "no_bucket", "storageConfig.bucket"),
    ],
)
def test_vendor_error_codes_map_to_causes(
    code: str, status: int, kind: str, field: str | None
) -> None:
    """What real S3 answers but moto does not produce (a bucket in another region is a 301
    with x-amz-bucket-region; a skewed clock a 403): the same cause and field."""
    from botocore.exceptions import ClientError

    from recstudio.storage.s3 import classify
    from recstudio.storage.target import target_from_config

    target = target_from_config(
        {"vendor": 1, "region": 0, "bucket": "b", "accessKey": "a", "secretKey": "s"}
    )
    response = {
        "Error": {"Code": code, "Message": "m"},
        "ResponseMetadata": {
            "HTTPStatusCode": status,
            "HTTPHeaders": {"x-amz-bucket-region": "eu-west-1"},
        },
    }
    error = classify(ClientError(response, "PutObject"), target)  # type: ignore[arg-type]
    assert (error.kind, error.field) == (kind, field)
    if kind == "wrong_region":
        assert error.bucket_region == "eu-west-1" and "eu-west-1" in error.message
