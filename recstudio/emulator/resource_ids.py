"""resourceIds a Sandbox can recognise after it has forgotten them (reference §7: 433 vs 1001).

Agora's resourceId is an encoded token, not a database key: long after the resource is gone
Agora still decodes it and answers 433 "resource expired", and only a string that is not one
of its ids gets 1001 "could not be decoded". The Sandbox forgets unused resources after
``Timing.retention_s`` (issue 10 item 8) so memory stays bounded; to keep answering like
Agora it signs each id with a per-instance key, and a forgotten id is recognised by its
signature instead of by a table that would grow without bound.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

_RANDOM_BYTES = 72  # with the 18-byte tag: 120 characters, like the ids Agora hands out
_TAG_BYTES = 18


class ResourceIds:
    """Issues signed resourceIds and tells whether a string is one of them."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def issue(self) -> str:
        nonce = secrets.token_bytes(_RANDOM_BYTES)
        return base64.urlsafe_b64encode(nonce + self._tag(nonce)).decode("ascii")

    def issued_here(self, resource_id: str) -> bool:
        try:
            raw = base64.urlsafe_b64decode(resource_id.encode("ascii"))
        except (ValueError, binascii.Error):  # non-ASCII text is a ValueError too
            return False
        if len(raw) != _RANDOM_BYTES + _TAG_BYTES:
            return False
        nonce, tag = raw[:_RANDOM_BYTES], raw[_RANDOM_BYTES:]
        return hmac.compare_digest(tag, self._tag(nonce))

    def _tag(self, nonce: bytes) -> bytes:
        return hmac.new(self._key, nonce, hashlib.sha256).digest()[:_TAG_BYTES]
