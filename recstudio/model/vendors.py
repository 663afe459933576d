"""Third-party storage vendors and their region tables (reference §4.6, [S10] current, [S5] older).

The region number means nothing without its vendor, so the GUI offers the table of the
chosen vendor (widget ``region_by_vendor``) and R27 checks the pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Vendor:
    """A storage vendor: ``regions`` maps the API's region number to a readable name."""

    id: int
    name: str
    regions: dict[int, str] = field(hash=False)
    legacy: bool = False
    #: regions documented only by older sources (kept valid, warned about; reference §10 #13)
    legacy_regions: frozenset[int] = frozenset()
    #: the vendor ignores the region value (Azure, Google)
    region_ignored: bool = False

    def region_label(self, region: int) -> str:
        name = self.regions.get(region)
        return f"{region}: {name}" if name else f"{region}: (unknown)"


_AWS = {
    0: "US East (N. Virginia) — US_EAST_1",
    1: "US East (Ohio) — US_EAST_2",
    2: "US West (N. California) — US_WEST_1",
    3: "US West (Oregon) — US_WEST_2",
    4: "Europe (Ireland) — EU_WEST_1",
    5: "Europe (London) — EU_WEST_2",
    6: "Europe (Paris) — EU_WEST_3",
    7: "Europe (Frankfurt) — EU_CENTRAL_1",
    8: "Asia Pacific (Singapore) — AP_SOUTHEAST_1",
    9: "Asia Pacific (Sydney) — AP_SOUTHEAST_2",
    10: "Asia Pacific (Tokyo) — AP_NORTHEAST_1",
    11: "Asia Pacific (Seoul) — AP_NORTHEAST_2",
    12: "South America (São Paulo) — SA_EAST_1",
    13: "Canada (Central) — CA_CENTRAL_1",
    14: "Asia Pacific (Mumbai) — AP_SOUTH_1",
    15: "China (Beijing) — CN_NORTH_1",
    16: "China (Ningxia) — CN_NORTHWEST_1",
    18: "Africa (Cape Town) — AF_SOUTH_1",
    19: "Asia Pacific (Hong Kong) — AP_EAST_1",
    20: "Asia Pacific (Osaka) — AP_NORTHEAST_3",
    21: "Europe (Stockholm) — EU_NORTH_1",
    22: "Middle East (Bahrain) — ME_SOUTH_1",
    24: "Asia Pacific (Jakarta) — AP_SOUTHEAST_3",
    25: "Europe (Milan) — EU_SOUTH_1",
}

_ALIBABA = {
    0: "China (Hangzhou) — CN_Hangzhou",
    1: "China (Shanghai) — CN_Shanghai",
    2: "China (Qingdao) — CN_Qingdao",
    3: "China (Beijing) — CN_Beijing",
    4: "China (Zhangjiakou) — CN_Zhangjiakou",
    5: "China (Hohhot) — CN_Huhehaote",
    6: "China (Shenzhen) — CN_Shenzhen",
    7: "China (Hong Kong) — CN_Hongkong",
    8: "US (Silicon Valley) — US_West_1",
    9: "US (Virginia) — US_East_1",
    10: "Singapore — AP_Southeast_1",
    11: "Australia (Sydney) — AP_Southeast_2",
    12: "Malaysia (Kuala Lumpur) — AP_Southeast_3",
    13: "Indonesia (Jakarta) — AP_Southeast_5",
    14: "Japan (Tokyo) — AP_Northeast_1",
    15: "India (Mumbai) — AP_South_1",
    16: "Germany (Frankfurt) — EU_Central_1",
    17: "UK (London) — EU_West_1",
    18: "EU_East_1",
    19: "Philippines (Manila) — AP_Southeast_6",
    20: "China (Heyuan) — CN_Heyuan",
    21: "China (Guangzhou) — CN_Guangzhou",
    22: "China (Chengdu) — CN_Chengdu",
    23: "China (Nanjing) — CN_Nanjing",
    24: "China (Fuzhou) — CN_Fuzhou",
    25: "China (Ulanqab) — CN_Wulanchabu",
    26: "CN_Northeast_2",
    27: "CN_Southeast_7",
}

_TENCENT = {
    0: "Beijing Zone 1 — AP_Beijing_1",
    1: "Beijing — AP_Beijing",
    2: "Shanghai — AP_Shanghai",
    3: "Guangzhou — AP_Guangzhou",
    4: "Chengdu — AP_Chengdu",
    5: "Chongqing — AP_Chongqing",
    6: "Shenzhen Finance — AP_Shenzhen_FSI",
    7: "Shanghai Finance — AP_Shanghai_FSI",
    8: "Beijing Finance — AP_Beijing_FSI",
    9: "Hong Kong — AP_Hongkong",
    10: "Singapore — AP_Singapore",
    11: "Mumbai — AP_Mumbai",
    12: "Seoul — AP_Seoul",
    13: "Bangkok — AP_Bangkok",
    14: "Tokyo — AP_Tokyo",
    15: "Silicon Valley — NA_Siliconvalley",
    16: "Virginia (Ashburn) — NA_Ashburn",
    17: "Toronto — NA_Toronto",
    18: "Frankfurt — EU_Frankfurt",
    19: "Moscow — EU_Moscow",
}

_HUAWEI = {
    0: "Beijing 1 — CN_North_1",
    1: "Beijing 4 — CN_North_4",
    2: "Shanghai 2 — CN_East_2",
    3: "Shanghai 1 — CN_East_3",
    4: "Guangzhou — CN_South_1",
    5: "Guiyang 1 — CN_Southwest_2",
    6: "Hong Kong — AP_Southeast_1",
    7: "Bangkok — AP_Southeast_2",
    8: "Singapore — AP_Southeast_3",
    9: "Johannesburg — AF_South_1",
    10: "Buenos Aires 1 — SA_Argentina_1",
    11: "Lima 1 — SA_Peru_1",
    12: "Mexico City 1 — NA_Mexico_1",
    13: "São Paulo 1 — SA_Brazil_1",
    14: "LA_South_2",
    15: "SA_Chile_1",
}

_BAIDU = {
    0: "Beijing (older docs only)",
    1: "Baoding",
    2: "Suzhou",
    3: "Guangzhou",
    4: "Hong Kong",
    5: "Singapore",
    6: "Wuhan",
    7: "Shanghai",
}

_QINIU = {
    0: "East China",
    1: "North China",
    2: "South China",
    3: "North America",
    4: "Southeast Asia",
}

_KINGSOFT = {
    0: "CN_Hangzhou",
    1: "CN_Shanghai",
    2: "CN_Qingdao",
    3: "CN_Beijing",
    4: "CN_Guangzhou",
    5: "CN_Hongkong",
    6: "JR_Beijing",
    7: "JR_Shanghai",
    8: "NA_Russia_1",
    9: "NA_Singapore_1",
}

VENDORS: dict[int, Vendor] = {
    v.id: v
    for v in (
        Vendor(0, "Qiniu Cloud", _QINIU, legacy=True),
        Vendor(1, "Amazon S3", _AWS),
        Vendor(2, "Alibaba Cloud OSS", _ALIBABA),
        Vendor(3, "Tencent Cloud COS", _TENCENT),
        Vendor(4, "Kingsoft Cloud", _KINGSOFT, legacy=True),
        Vendor(5, "Microsoft Azure", {0: "(region ignored)"}, region_ignored=True),
        Vendor(6, "Google Cloud", {0: "(region ignored)"}, region_ignored=True),
        Vendor(7, "Huawei Cloud OBS", _HUAWEI),
        Vendor(8, "Baidu AI Cloud BOS", _BAIDU, legacy_regions=frozenset({0})),
        Vendor(
            11, "S3-compatible (self-hosted)", {0: "(set the domain in extensionParams.endpoint)"}
        ),
    )
}

#: Vendors that accept ``stsToken`` / ``stsExpiration`` (R28).
STS_VENDORS: frozenset[int] = frozenset({1, 2, 3})


def vendor_regions(vendor_id: int) -> dict[int, str]:
    """Region number -> name for ``vendor_id``; empty for an unknown vendor."""
    vendor = VENDORS.get(vendor_id)
    return dict(vendor.regions) if vendor else {}


def vendor_labels(include_legacy: bool = True) -> dict[int, str]:
    return {
        v.id: v.name + (" (legacy)" if v.legacy else "")
        for v in VENDORS.values()
        if include_legacy or not v.legacy
    }
