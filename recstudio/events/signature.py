"""NCS signatures: ``Agora-Signature`` is the hex HMAC-SHA1 and ``Agora-Signature-V2`` the
hex HMAC-SHA256 of the raw request body, keyed with the secret shown in Agora Console.

Always over the raw bytes: re-serialising the JSON changes spacing and key order, and then
a genuine event would fail. A receiver keeps every event but marks how far to trust it
(:class:`Verdict`): an unsigned or badly signed event is evidence, never silently trusted.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from enum import StrEnum

HEADER_V1 = "Agora-Signature"
HEADER_V2 = "Agora-Signature-V2"


class Verdict(StrEnum):
    VALID = "valid"  # every signature present verifies (at least one present)
    INVALID = "invalid"  # a signature is present and does not verify
    UNSIGNED = "unsigned"  # no signature header at all
    UNCHECKED = "unchecked"  # signed, but the receiver has no secret to check with

    @property
    def trusted(self) -> bool:
        return self is Verdict.VALID


def sign(body: bytes, secret: str) -> dict[str, str]:
    """Both headers NCS sends with ``body``."""
    key = secret.encode("utf-8")
    return {
        HEADER_V1: hmac.new(key, body, hashlib.sha1).hexdigest(),
        HEADER_V2: hmac.new(key, body, hashlib.sha256).hexdigest(),
    }


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value.strip()
    return None


def verify(body: bytes, headers: Mapping[str, str], secret: str | None) -> Verdict:
    """Judge the signature headers of one delivery; constant-time comparisons."""
    given = {name: _header(headers, name) for name in (HEADER_V1, HEADER_V2)}
    present = {name: value for name, value in given.items() if value}
    if not present:
        return Verdict.UNSIGNED
    if not secret:
        return Verdict.UNCHECKED
    expected = sign(body, secret)
    ok = all(
        hmac.compare_digest(value.lower().encode(), expected[name].encode())
        for name, value in present.items()
    )
    return Verdict.VALID if ok else Verdict.INVALID
