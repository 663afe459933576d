"""URL and method of every operation (reference §1.4), shared by the client, exports and the
emulator so the three can never disagree about a path."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from recstudio.model.enums import Endpoint, Mode

#: Hosts of reference §1.1 (the Sandbox profile adds its own loopback URL).
PRIMARY_HOSTS: tuple[str, ...] = ("https://api.sd-rtn.com", "https://api.agora.io")
REGIONAL_PREFIXES: dict[str, str] = {
    "api-us-west-1": "Western US",
    "api-us-east-1": "Eastern US",
    "api-ap-southeast-1": "Southeast Asia-Pacific",
    "api-ap-northeast-1": "Northeast Asia-Pacific",
    "api-eu-west-1": "Western Europe",
    "api-eu-central-1": "Central Europe",
    "api-cn-east-1": "East China",
    "api-cn-north-1": "North China",
}
DEFAULT_BASE_URL = "https://api.sd-rtn.com"
#: Exactly this value: a differently spelled Content-Type yields code 8 (reference §1.2).
CONTENT_TYPE = "application/json;charset=utf-8"
NCS_IP_PATH = "/v1/ncs/ip"


def regional_hosts() -> list[str]:
    return [
        f"https://{prefix}.{suffix}"
        for prefix in REGIONAL_PREFIXES
        for suffix in ("agora.io", "sd-rtn.com")
    ]


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    path: str

    def url(self, base_url: str) -> str:
        return base_url.rstrip("/") + self.path


def route(
    endpoint: Endpoint,
    mode: Mode,
    app_id: str,
    resource_id: str = "<resourceId>",
    sid: str = "<sid>",
) -> Route:
    """Method and path for ``endpoint``; placeholders stand in for ids not known yet."""
    prefix = f"/v1/apps/{app_id}/cloud_recording"
    if endpoint is Endpoint.ACQUIRE:
        return Route("POST", f"{prefix}/acquire")
    if endpoint is Endpoint.START:
        return Route("POST", f"{prefix}/resourceid/{resource_id}/mode/{mode.value}/start")
    tail = f"{prefix}/resourceid/{resource_id}/sid/{sid}/mode/{mode.value}/{endpoint.value}"
    return Route("GET" if endpoint is Endpoint.QUERY else "POST", tail)


def strip_userinfo(url: str) -> str:
    """``https://id:secret@host/x`` -> ``https://host/x``: a URL may carry credentials, and
    URLs end up in logs, the ledger and error messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def has_userinfo(url: str) -> bool:
    return "@" in urlsplit(url).netloc
