"""Where each vendor's S3-compatible API lives, per Agora region number (reference §4.6).

Agora names a bucket's place with its own region numbers (``recstudio.model.vendors``);
the vendor's API wants a host and a signing region. This table is the bridge, kept as data
with the page each row comes from so a reviewer can check it against the vendor. A region
whose vendor documents no S3 endpoint maps to ``None``: recstudio then says it cannot reach
that bucket instead of guessing a host.

Sources (read 2026):
* Amazon S3 — https://docs.aws.amazon.com/general/latest/gr/s3.html (``s3.<region>.amazonaws.com``;
  China: https://docs.amazonaws.cn/en_us/general/latest/gr/endpoints-Beijing.html ``.com.cn``)
* Alibaba OSS — https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints
  (``oss-<region>.aliyuncs.com``); S3 API (virtual-hosted style only):
  https://www.alibabacloud.com/help/en/oss/developer-reference/use-amazon-s3-sdks-to-access-oss
* Tencent COS — https://www.tencentcloud.com/document/product/436/6224
  (``cos.<region>.myqcloud.com``); S3 API: https://www.tencentcloud.com/document/product/436/32537
* Google Cloud Storage — https://cloud.google.com/storage/docs/interoperability (HMAC keys,
  ``storage.googleapis.com``, signing region ``auto``)
* Huawei OBS — https://developer.huaweicloud.com/intl/en-us/endpoint?OBS
  (``obs.<region>.myhuaweicloud.com``)
* Baidu BOS — https://cloud.baidu.com/doc/BOS/s/xjwvyq9l4 (S3 service domains
  ``s3.<bj|gz|su|bd|fwh|hkg>.bcebos.com``; Shanghai and Singapore have none listed)
* S3-compatible (11) — the domain the user gives in ``extensionParams.endpoint`` (Agora
  release note 2025-06-27)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# loopback (127.0.0.1:PORT / localhost:PORT): only the Sandbox and the tests reach it
from recstudio.model.rules.storage import is_loopback_endpoint

Addressing = Literal["virtual", "path"]


@dataclass(frozen=True, slots=True)
class S3Endpoint:
    """One vendor region as boto3 needs it: host, signing region, addressing style."""

    host: str
    signing_region: str
    addressing: Addressing = "virtual"
    #: plain HTTP (only for loopback endpoints the Sandbox and tests use)
    insecure: bool = False

    @property
    def url(self) -> str:
        return f"{'http' if self.insecure else 'https'}://{self.host}"


#: Agora region number -> AWS region id (vendor 1).
AWS_REGIONS: dict[int, str] = {
    0: "us-east-1", 1: "us-east-2", 2: "us-west-1", 3: "us-west-2", 4: "eu-west-1",
    5: "eu-west-2", 6: "eu-west-3", 7: "eu-central-1", 8: "ap-southeast-1",
    9: "ap-southeast-2", 10: "ap-northeast-1", 11: "ap-northeast-2", 12: "sa-east-1",
    13: "ca-central-1", 14: "ap-south-1", 15: "cn-north-1", 16: "cn-northwest-1",
    18: "af-south-1", 19: "ap-east-1", 20: "ap-northeast-3", 21: "eu-north-1",
    22: "me-south-1", 24: "ap-southeast-3", 25: "eu-south-1",
}  # fmt: skip

#: Agora region number -> OSS region id (vendor 2); None: no public OSS id documented.
ALIBABA_REGIONS: dict[int, str | None] = {
    0: "cn-hangzhou", 1: "cn-shanghai", 2: "cn-qingdao", 3: "cn-beijing",
    4: "cn-zhangjiakou", 5: "cn-huhehaote", 6: "cn-shenzhen", 7: "cn-hongkong",
    8: "us-west-1", 9: "us-east-1", 10: "ap-southeast-1", 11: "ap-southeast-2",
    12: "ap-southeast-3", 13: "ap-southeast-5", 14: "ap-northeast-1", 15: "ap-south-1",
    16: "eu-central-1", 17: "eu-west-1", 18: None, 19: "ap-southeast-6", 20: "cn-heyuan",
    21: "cn-guangzhou", 22: "cn-chengdu", 23: "cn-nanjing", 24: "cn-fuzhou",
    25: "cn-wulanchabu", 26: None, 27: None,
}  # fmt: skip

#: Agora region number -> COS region id (vendor 3).
TENCENT_REGIONS: dict[int, str] = {
    0: "ap-beijing-1", 1: "ap-beijing", 2: "ap-shanghai", 3: "ap-guangzhou",
    4: "ap-chengdu", 5: "ap-chongqing", 6: "ap-shenzhen-fsi", 7: "ap-shanghai-fsi",
    8: "ap-beijing-fsi", 9: "ap-hongkong", 10: "ap-singapore", 11: "ap-mumbai",
    12: "ap-seoul", 13: "ap-bangkok", 14: "ap-tokyo", 15: "na-siliconvalley",
    16: "na-ashburn", 17: "na-toronto", 18: "eu-frankfurt", 19: "eu-moscow",
}  # fmt: skip

#: Agora region number -> OBS region id (vendor 7); None: not in Huawei's endpoint list.
HUAWEI_REGIONS: dict[int, str | None] = {
    0: "cn-north-1", 1: "cn-north-4", 2: "cn-east-2", 3: "cn-east-3", 4: "cn-south-1",
    5: "cn-southwest-2", 6: "ap-southeast-1", 7: "ap-southeast-2", 8: "ap-southeast-3",
    9: "af-south-1", 10: "sa-argentina-1", 11: "sa-peru-1", 12: "na-mexico-1",
    13: "sa-brazil-1", 14: "la-south-2", 15: None,
}  # fmt: skip

#: Agora region number -> BOS S3 service code (vendor 8); None: no S3 domain documented.
BAIDU_REGIONS: dict[int, str | None] = {
    0: "bj", 1: "bd", 2: "su", 3: "gz", 4: "hkg", 5: None, 6: "fwh", 7: None,
}  # fmt: skip

GCS_HOST = "storage.googleapis.com"
AZURE_HOST_SUFFIX = "blob.core.windows.net"

#: Vendors recstudio reaches through the S3 API (Azure, 5, has its own SDK).
S3_VENDORS: frozenset[int] = frozenset({1, 2, 3, 6, 7, 8, 11})
AZURE = 5
S3_COMPATIBLE = 11


class NoEndpoint(ValueError):
    """The vendor/region pair has no documented S3 endpoint (message names the field)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def custom_endpoint(endpoint: str) -> S3Endpoint:
    """Vendor 11: the user's domain; loopback gets plain HTTP and path-style addressing
    (a bucket sub-domain of 127.0.0.1 does not resolve)."""
    text = endpoint.strip()
    explicit_http = text.startswith("http://")
    host = text.removeprefix("http://").removeprefix("https://").rstrip("/")
    if not host or "/" in host:
        raise NoEndpoint(
            f"extensionParams.endpoint {endpoint!r} is not a domain (e.g. s3.example.com)",
            "storageConfig.extensionParams.endpoint",
        )
    loopback = is_loopback_endpoint(host)
    return S3Endpoint(
        host,
        "us-east-1",
        addressing="path" if loopback else "virtual",
        insecure=loopback or explicit_http,
    )


def _missing(vendor_name: str, region: int) -> NoEndpoint:
    return NoEndpoint(
        f"{vendor_name} documents no S3-compatible endpoint for Agora region {region}; "
        "recstudio cannot reach this bucket",
        "storageConfig.region",
    )


def s3_endpoint(vendor: int, region: int, endpoint: str | None = None) -> S3Endpoint:
    """The S3 endpoint for an Agora (vendor, region) pair; :class:`NoEndpoint` otherwise."""
    if vendor == 1:
        aws = AWS_REGIONS.get(region)
        if aws is None:
            raise _missing("Amazon S3", region)
        suffix = "amazonaws.com.cn" if aws.startswith("cn-") else "amazonaws.com"
        return S3Endpoint(f"s3.{aws}.{suffix}", aws)
    if vendor == 2:
        oss = ALIBABA_REGIONS.get(region)
        if oss is None:
            raise _missing("Alibaba Cloud OSS", region)
        return S3Endpoint(f"oss-{oss}.aliyuncs.com", oss)
    if vendor == 3:
        cos = TENCENT_REGIONS.get(region)
        if cos is None:
            raise _missing("Tencent COS", region)
        return S3Endpoint(f"cos.{cos}.myqcloud.com", cos)
    if vendor == 6:
        return S3Endpoint(GCS_HOST, "auto", addressing="path")
    if vendor == 7:
        obs = HUAWEI_REGIONS.get(region)
        if obs is None:
            raise _missing("Huawei OBS", region)
        return S3Endpoint(f"obs.{obs}.myhuaweicloud.com", obs)
    if vendor == 8:
        bos = BAIDU_REGIONS.get(region)
        if bos is None:
            raise _missing("Baidu BOS", region)
        return S3Endpoint(f"s3.{bos}.bcebos.com", bos)
    if vendor == S3_COMPATIBLE:
        if not endpoint:
            raise NoEndpoint(
                "S3-compatible storage (vendor 11) needs extensionParams.endpoint",
                "storageConfig.extensionParams.endpoint",
            )
        return custom_endpoint(endpoint)
    raise NoEndpoint(
        f"vendor {vendor} has no S3-compatible API recstudio can use", "storageConfig.vendor"
    )
