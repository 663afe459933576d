"""Third-party storage: presence (R7), file name prefix (R26), vendor regions (R27,
§10 #12/#13), temporary credentials (R28), encryption and tags (R29), and the rough
geography of a storage region used to compare it with acquire's ``region`` (R7)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from recstudio.model.messages import msg
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list

MAX_PREFIX_CHARS = 128
STS_VENDORS = frozenset({1, 2, 3})
SSE_VENDORS = frozenset({1})
TAG_VENDORS = frozenset({1, 2})
S3_COMPATIBLE = 11
BAIDU = 8
STS_MIN_LIFETIME_S = 4 * 3600
_MS_THRESHOLD = 10**11  # a Unix time above this is in milliseconds (cf. §10 #5)

_CN_CITIES = (
    "BEIJING", "SHANGHAI", "GUANGZHOU", "CHENGDU", "CHONGQING", "SHENZHEN", "HANGZHOU",
    "QINGDAO", "ZHANGJIAKOU", "HUHEHAOTE", "HEYUAN", "NANJING", "FUZHOU", "WULANCHABU",
    "BAODING", "SUZHOU", "WUHAN", "CHINA",
)  # fmt: skip
_AP_WORDS = ("HONGKONG", "HONG_KONG", "SINGAPORE", "MUMBAI", "SEOUL", "BANGKOK", "TOKYO", "ASIA")
_PREFIX_AREAS = (
    ("AP_", "AP"), ("EU_", "EU"), ("US_", "NA"), ("CA_", "NA"), ("NA_", "NA"),
    ("SA_", "NA"), ("LA_", "NA"), ("CN_", "CN"), ("JR_", "CN"),
)  # fmt: skip


def vendor_table() -> Mapping[int, Any]:
    """``recstudio.model.vendors.VENDORS`` (owned by the schema helper), or empty."""
    try:
        from recstudio.model.vendors import VENDORS
    except ImportError:  # pragma: no cover - only while the schema package is being written
        return {}
    return VENDORS


def region_name(vendor: int, region: int) -> str | None:
    entry = vendor_table().get(vendor)
    regions = getattr(entry, "regions", None) or {}
    name = regions.get(region)
    return name if isinstance(name, str) else None


def area_of(vendor: int, region: int) -> str | None:
    """Rough acquire-style area (CN, AP, EU, NA) of a storage region; None if unknown.

    Mainland Chinese cities win over an ``AP_`` prefix (Tencent names Beijing
    ``AP_Beijing``); Hong Kong counts as AP like Amazon's AP_EAST_1.
    """
    name = region_name(vendor, region)
    if name is None:
        return None
    code = name.rsplit("—", 1)[-1].strip()  # "US East (Ohio) — US_EAST_2": use the code
    upper = code.upper().replace(" ", "_")
    if any(word in upper for word in _AP_WORDS):
        return "AP"
    if "RUSSIA" in upper:
        return "EU"
    if any(city in upper for city in _CN_CITIES):
        return "CN"
    if "NORTH_AMERICA" in upper:
        return "NA"
    for prefix, area in _PREFIX_AREAS:
        if upper.startswith(prefix):
            return area
    return None


def is_loopback_endpoint(endpoint: str) -> bool:
    """``127.0.0.1:PORT`` / ``localhost:PORT`` (with or without http://)."""
    host = endpoint.strip().removeprefix("http://").removeprefix("https://").split("/")[0]
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return name in ("127.0.0.1", "localhost", "[::1]")


def check_storage_present(ctx: Ctx, request: Mapping[str, Any], base: str) -> None:
    """R7: every mode stores its files in the customer's own bucket."""
    if "storageConfig" not in request:
        ctx.error(
            f"{base}.storageConfig",
            msg(
                "R7.storageconfig_required_recordings",
                "storageConfig is required: recordings are uploaded to your own cloud storage",
                "add vendor, region, bucket, accessKey and secretKey",
            ),
        )


def check_storage(ctx: Ctx, config: Mapping[str, Any], base: str) -> None:
    """R26–R29 on one storageConfig object at ``base``."""
    vendor = as_int(config.get("vendor"))
    _check_prefix(ctx, config, base)
    if vendor is None:
        return
    _check_region(ctx, config, base, vendor)
    _check_sts(ctx, config, base, vendor)
    _check_extension_params(ctx, config, base, vendor)


def _check_prefix(ctx: Ctx, config: Mapping[str, Any], base: str) -> None:
    """R26: a folder path of exactly 128 characters is one trailing slash from too long."""
    parts = as_list(config.get("fileNamePrefix"))
    if parts is None or not all(isinstance(p, str) for p in parts):
        return
    joined = "/".join(parts)
    path = f"{base}.fileNamePrefix"
    # > 128 is the schema's single-field check; exactly 128 is risky (S1 vs trailing slash)
    if len(joined) == MAX_PREFIX_CHARS:
        ctx.warn(
            path,
            msg(
                "R26.folder_path_exactly",
                "the folder path is exactly 128 characters; with the trailing slash it becomes 129",
                "shorten a folder name by one character to be safe",
            ),
        )


def _check_region(ctx: Ctx, config: Mapping[str, Any], base: str, vendor: int) -> None:
    """R27: the region must exist in the vendor's table; vendor 11 needs an endpoint."""
    table = vendor_table()
    entry = table.get(vendor)
    region = as_int(config.get("region"))
    path = f"{base}.region"
    if entry is None:
        return  # unknown vendor: the schema reports the enum
    name = getattr(entry, "name", str(vendor))
    if getattr(entry, "legacy", False):
        ctx.warn(
            f"{base}.vendor",
            msg(
                "R27.vendor_older_agora",
                "vendor {vendor} ({name}) is only in older Agora docs and may no longer work",
                "choose a current vendor (1 Amazon S3, 2 Alibaba, 3 Tencent, …)",
            ),
            vendor=vendor,
            name=name,
        )
    if vendor == S3_COMPATIBLE:
        params = as_dict(config.get("extensionParams"))
        endpoint = params.get("endpoint") if params is not None else None
        if not endpoint:
            ctx.error(
                f"{base}.extensionParams.endpoint",
                msg(
                    "R27.s_compatible_storage",
                    "S3-compatible storage (vendor 11) needs the storage domain in "
                    "extensionParams.endpoint",
                    "e.g. s3.example.com",
                ),
            )
        elif isinstance(endpoint, str) and is_loopback_endpoint(endpoint):
            # the Sandbox uploads there (issue 15); Agora's recorders cannot reach it
            ctx.warn(
                f"{base}.extensionParams.endpoint",
                msg(
                    "R27.sandbox_can_reach",
                    "only the Sandbox can reach a loopback endpoint; Agora's recorders cannot",
                    "use the storage's public domain for recordings on Agora",
                ),
            )
        if region is not None and region != 0:
            ctx.error(
                path,
                msg(
                    "R27.s_compatible_storage_2",
                    "S3-compatible storage (vendor 11) uses region 0",
                    "set 0",
                ),
            )
        return
    if region is None:
        return
    legacy_regions: frozenset[int] = getattr(entry, "legacy_regions", frozenset())
    if region in legacy_regions or (vendor == BAIDU and region == 0):
        # §10 #13: Baidu's Beijing is in the older table only; allow it with a warning
        ctx.warn(
            path,
            msg(
                "R27.region_older_docs",
                "{name} region {region} is only in older docs and missing from the current table",
                "choose a region of the current table if uploads fail",
            ),
            name=name,
            region=region,
        )
        return
    regions = getattr(entry, "regions", None) or {}
    if getattr(entry, "region_ignored", False):
        if region != 0:
            ctx.warn(
                path,
                msg(
                    "R27.ignores_region_agora",
                    "{name} ignores the region; Agora's examples send 0",
                    "set 0",
                ),
                name=name,
            )
        return
    if regions and region not in regions:
        listed = ", ".join(f"{k} {v}" for k, v in list(regions.items())[:8])
        more = " …" if len(regions) > 8 else ""
        ctx.error(
            path,
            msg(
                "R27.region_does_exist",
                "region {region} does not exist for {name}",
                "choose one of: {listed}{more}",
            ),
            region=region,
            name=name,
            listed=listed,
            more=more,
        )


def _check_sts(ctx: Ctx, config: Mapping[str, Any], base: str, vendor: int) -> None:
    """R28: temporary credentials only for S3/Alibaba/Tencent, valid ≥ 4 h."""
    if "stsToken" in config and vendor not in STS_VENDORS:
        ctx.error(
            f"{base}.stsToken",
            msg(
                "R28.ststoken_works_amazon",
                "stsToken works only with Amazon S3, Alibaba OSS and Tencent COS, not vendor "
                "{vendor}",
                "remove stsToken and use long-lived keys",
            ),
            vendor=vendor,
        )
    if "stsExpiration" not in config:
        return
    path = f"{base}.stsExpiration"
    if "stsToken" not in config:
        ctx.warn(
            path,
            msg(
                "R28.stsexpiration_given_without",
                "stsExpiration is given without an stsToken",
                "add the stsToken",
            ),
        )
    expires = as_int(config.get("stsExpiration"))
    if expires is None:
        return
    if expires > _MS_THRESHOLD:
        ctx.error(
            path,
            msg(
                "R28.stsexpiration_looks_like",
                "stsExpiration looks like milliseconds; it must be a Unix time in seconds",
                "use {seconds}",
            ),
            seconds=expires // 1000,
        )
        return
    now = ctx.now if ctx.now is not None else time.time()
    left = expires - now
    if left < STS_MIN_LIFETIME_S:
        if left <= 0:
            message = msg(
                "R28.sts_expired",
                "the STS token has already expired; Agora requires at least 4 hours of validity",
                "issue a token valid for at least 4 h and refresh it with update every hour",
            )
        else:
            message = msg(
                "R28.sts_short",
                "the STS token expires in {hours:.1f} h; Agora requires at least 4 hours of "
                "validity",
                "issue a token valid for at least 4 h and refresh it with update every hour",
            )
        ctx.error(path, message, hours=left / 3600)


def _drop_empty_sse_and_tag(ctx: Ctx, params: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    """``"sse": ""`` and ``"tag": ""`` mean "not set" (reference §10 #12: both optional).

    The official Go client always sends both keys, empty when unused; Agora accepts that,
    so an empty value is absent with a warning rather than an R29 error.
    """
    empty = [key for key in ("sse", "tag") if params.get(key) == ""]
    for key in empty:
        ctx.warn(
            f"{path}.{key}",
            msg(
                "R29.empty_which_treated",
                '{key} is "" (empty), which is treated as absent',
                "remove {key}, or set a value",
            ),
            key=key,
        )
    return {k: v for k, v in params.items() if k not in empty} if empty else params


def _check_extension_params(ctx: Ctx, config: Mapping[str, Any], base: str, vendor: int) -> None:
    """R29: server-side encryption only on S3; object tags only on S3 and Alibaba."""
    params = as_dict(config.get("extensionParams"))
    if params is None:
        return
    path = f"{base}.extensionParams"
    params = _drop_empty_sse_and_tag(ctx, params, path)
    if "sse" in params and vendor not in SSE_VENDORS:
        ctx.error(
            f"{path}.sse",
            msg(
                "R29.server_side_encryption",
                "server-side encryption (sse) is only supported for Amazon S3, not vendor {vendor}",
                "remove sse",
            ),
            vendor=vendor,
        )
    if "tag" in params and vendor not in TAG_VENDORS:
        ctx.error(
            f"{path}.tag",
            msg(
                "R29.object_tags_supported",
                "object tags are only supported for Amazon S3 and Alibaba OSS, not vendor {vendor}",
                "remove tag",
            ),
            vendor=vendor,
        )
