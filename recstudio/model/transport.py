"""Whether a base URL would carry Basic auth across the network in clear text.

Every Cloud Recording call carries the customer ID and secret in an ``Authorization:
Basic`` header, which is only base64. Over ``http://`` that header is readable by anyone on
the path, so plain HTTP is accepted only to this machine (the Sandbox, a local proxy):
``localhost``, 127.0.0.0/8 and ::1. Profiles, the CLI and the client all ask this one
function, so the rule cannot drift between them.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    if host.lower().rstrip(".") in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cleartext_problem(url: str) -> str | None:
    """Why ``url`` would send credentials in clear text; None when it would not."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "http":
        return None
    host = parts.hostname or ""
    if is_loopback_host(host):
        return None
    return (
        f"http://{host} would send the customer ID and secret across the network in clear "
        "text (Basic auth is only base64); use https://, or plain http only to this machine "
        "(127.0.0.1, ::1, localhost)"
    )
