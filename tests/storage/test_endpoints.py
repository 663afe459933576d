"""The vendor → S3 endpoint table (data with sources) and the lazy imports around it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from recstudio.model.vendors import VENDORS
from recstudio.storage.endpoints import (
    ALIBABA_REGIONS,
    AWS_REGIONS,
    BAIDU_REGIONS,
    HUAWEI_REGIONS,
    TENCENT_REGIONS,
    NoEndpoint,
    custom_endpoint,
    is_loopback_endpoint,
    s3_endpoint,
)


@pytest.mark.parametrize(
    ("vendor", "table"),
    [(1, AWS_REGIONS), (2, ALIBABA_REGIONS), (3, TENCENT_REGIONS), (7, HUAWEI_REGIONS),
     (8, BAIDU_REGIONS)],
)  # fmt: skip
def test_every_agora_region_has_a_row(vendor: int, table: dict) -> None:
    """The table covers exactly Agora's region numbers (§4.6), so a new Agora region
    cannot silently fall through to a guessed host."""
    assert set(table) == set(VENDORS[vendor].regions)


def test_codes_agree_with_agoras_names() -> None:
    """The vendor's id is Agora's code lower-cased (where Agora uses the vendor's code)."""
    for region, aws in AWS_REGIONS.items():
        assert VENDORS[1].regions[region].endswith(aws.upper().replace("-", "_"))
    for region, cos in TENCENT_REGIONS.items():
        assert VENDORS[3].regions[region].rsplit("— ", 1)[1].lower().replace("_", "-") == cos


@pytest.mark.parametrize(
    ("vendor", "region", "host", "signing"),
    [
        (1, 0, "s3.us-east-1.amazonaws.com", "us-east-1"),
        (1, 15, "s3.cn-north-1.amazonaws.com.cn", "cn-north-1"),
        (2, 7, "oss-cn-hongkong.aliyuncs.com", "cn-hongkong"),
        (3, 10, "cos.ap-singapore.myqcloud.com", "ap-singapore"),
        (6, 0, "storage.googleapis.com", "auto"),
        (7, 8, "obs.ap-southeast-3.myhuaweicloud.com", "ap-southeast-3"),
        (8, 3, "s3.gz.bcebos.com", "gz"),
    ],
)
def test_vendor_endpoints(vendor: int, region: int, host: str, signing: str) -> None:
    endpoint = s3_endpoint(vendor, region)
    assert (endpoint.host, endpoint.signing_region) == (host, signing)
    assert endpoint.url == f"https://{host}"


def test_undocumented_regions_say_so_instead_of_guessing() -> None:
    with pytest.raises(NoEndpoint) as info:
        s3_endpoint(8, 5)  # Baidu Singapore: no S3 domain documented
    assert info.value.field == "storageConfig.region" and "Baidu" in str(info.value)
    with pytest.raises(NoEndpoint) as info:
        s3_endpoint(11, 0)
    assert info.value.field == "storageConfig.extensionParams.endpoint"


def test_vendor_11_endpoints() -> None:
    assert custom_endpoint("s3.example.com").url == "https://s3.example.com"
    loop = custom_endpoint("127.0.0.1:9000")
    assert loop.url == "http://127.0.0.1:9000" and loop.addressing == "path"
    assert is_loopback_endpoint("localhost:9000") and is_loopback_endpoint("http://127.0.0.1:1")
    assert not is_loopback_endpoint("s3.example.com") and not is_loopback_endpoint("10.0.0.1:9")
    with pytest.raises(NoEndpoint):
        custom_endpoint("https://s3.example.com/bucket/path")


def test_storage_modules_do_not_import_sdks_until_used() -> None:
    code = (
        "import sys, recstudio.storage.preflight, recstudio.storage.commands, "
        "recstudio.storage.bucket, recstudio.cli\n"
        "recstudio.cli.build_parser()\n"
        "heavy = ('boto3', 'botocore', 'azure', 'av', 'moto')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_loopback_endpoint_is_a_warning_not_an_error() -> None:
    """R27 as changed by issue 15: the Sandbox uploads there; Agora cannot."""
    from recstudio.model import Endpoint, Mode
    from recstudio.model.rules import check_body

    body = {
        "cname": "room",
        "uid": "1",
        "clientRequest": {
            "recordingConfig": {"channelType": 0},
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": {
                "vendor": 11, "region": 0, "bucket": "b", "accessKey": "a", "secretKey": "s",
                "extensionParams": {"endpoint": "localhost:9000"},
            },
        },
    }  # fmt: skip
    problems = check_body(body, Endpoint.START, Mode.MIX)
    [warning] = [p for p in problems if p.path.endswith("extensionParams.endpoint")]
    assert not warning.is_error and "only the Sandbox" in warning.message
    body["clientRequest"]["storageConfig"]["extensionParams"]["endpoint"] = "s3.example.com"
    assert not [p for p in check_body(body, Endpoint.START, Mode.MIX) if "endpoint" in p.path]


def test_uploads_are_plain_bodies_without_checksum_trailers() -> None:
    """OSS, COS, OBS, BOS and many self-hosted servers reject boto3's default CRC32
    checksum headers/aws-chunked trailers; the requests that leave must be plain PUTs.
    A loopback HTTP server records exactly what arrives on the socket."""
    import http.server
    import threading

    from recstudio.storage.opener import open_bucket
    from recstudio.storage.target import target_from_config

    seen: list[dict[str, str]] = []
    bodies: list[bytes] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            seen.append({k.lower(): v for k, v in self.headers.items()})
            bodies.append(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            self.send_response(200)
            self.send_header("ETag", '"0"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        target = target_from_config(
            {
                "vendor": 11, "region": 0, "bucket": "b", "accessKey": "AKIA", "secretKey": "s",
                "extensionParams": {"endpoint": f"127.0.0.1:{server.server_address[1]}"},
            }
        )  # fmt: skip
        bucket = open_bucket(target)
        bucket.put("rec/probe.txt", b"hello")
        bucket.close()
    finally:
        server.shutdown()
        server.server_close()
    [headers] = seen
    assert bodies == [b"hello"]
    assert "aws-chunked" not in headers.get("content-encoding", "")
    assert "x-amz-trailer" not in headers
    assert not [h for h in headers if h.startswith(("x-amz-checksum", "x-amz-sdk-checksum"))]
    assert headers["amz-sdk-request"] == "attempt=1; max=3"  # retries are bounded
    assert headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIA/")
