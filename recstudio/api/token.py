"""AccessToken2 ("007") RTC tokens for the recorder uid, built with the standard library only.

Why our own code: the only PyPI package published by Agora for tokens builds the legacy "006"
format, and third-party copies of AgoraIO/Tools are of unknown provenance
(ecosystem-reliability §5.2). The algorithm is ~100 lines and pinned in the tests by Agora's
published vectors (AgoraIO/Tools ``python3/test/AccessToken2Test.py``), so any drift from the
official builder fails the build.

Format (ecosystem-reliability §5.1): ``"007" + base64(zlib(pack_string(signature) +
signing_info))``; all integers little-endian; expiries are durations in seconds counted from
``issue_ts`` (not absolute timestamps, as in "006").

Cloud Recording cannot renew a token, so the recorder's token must outlive the recording
(reference §4.0 ``clientRequest.token``); callers pick ``token_expire`` accordingly.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import struct
import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

VERSION = "007"

#: Agora caps a privilege at 24 h (RtcTokenBuilder2 docstring); we refuse more rather than
#: hand out a token whose privileges Agora silently shortens.
MAX_PRIVILEGE_SECONDS = 24 * 3600
_UINT32_MAX = 2**32 - 1
#: The official builder draws the salt from 1…99999999.
_SALT_RANGE = (1, 99_999_999)


class RtcRole(IntEnum):
    """``Role_Publisher`` / ``Role_Subscriber`` of RtcTokenBuilder2."""

    PUBLISHER = 1
    SUBSCRIBER = 2


PUBLISHER = RtcRole.PUBLISHER
SUBSCRIBER = RtcRole.SUBSCRIBER


class ServiceType(IntEnum):
    RTC = 1
    RTM = 2
    STREAMING = 3
    FPA = 4
    CHAT = 5
    EDUCATION = 7


class RtcPrivilege(IntEnum):
    JOIN_CHANNEL = 1
    PUBLISH_AUDIO_STREAM = 2
    PUBLISH_VIDEO_STREAM = 3
    PUBLISH_DATA_STREAM = 4


class TokenError(ValueError):
    """Input the official builder would reject (it returns ``""``); we say why instead."""


@dataclass(frozen=True, slots=True)
class Service:
    """One service entry of a token: type, privileges (id → seconds) and its trailing fields.

    ``fields`` are the service-specific strings packed after the privilege map (RTC: channel
    name and uid). Kept generic so the tests can rebuild Agora's multi-service vectors, which
    pin the packing of maps and service order more tightly than a single RTC service does.
    """

    service_type: int
    privileges: Mapping[int, int] = field(default_factory=dict)
    fields: Sequence[str | bytes] = ()
    #: Education packs a trailing int16 role after its strings.
    trailing_int16: int | None = None

    def pack(self) -> bytes:
        out = _u16(self.service_type) + _pack_privileges(self.privileges)
        out += b"".join(_pack_string(value) for value in self.fields)
        if self.trailing_int16 is not None:
            out += struct.pack("<h", self.trailing_int16)
        return out


def rtc_uid_bytes(uid: int | str) -> bytes:
    """Uid as the token stores it: int 0 means "any uid" and packs as the empty string.

    Agora's builder does ``b'' if uid == 0 else str(uid)``: the string ``"0"`` is therefore an
    account named "0", not the wildcard. The recorder's uid in Cloud Recording is a decimal
    string of a non-zero int, which packs to the same bytes as the int.
    """
    if isinstance(uid, bool):
        raise TokenError("uid must be an int or a string, not a bool")
    if isinstance(uid, int):
        if not 0 <= uid <= _UINT32_MAX:
            raise TokenError(f"uid {uid} is outside 0…{_UINT32_MAX} (a 32-bit unsigned int)")
        return b"" if uid == 0 else str(uid).encode()
    encoded = uid.encode("utf-8")
    if len(encoded) > 255:
        raise TokenError("a user account may be at most 255 bytes")
    return encoded


def build_access_token(
    app_id: str,
    app_certificate: str,
    services: Sequence[Service],
    *,
    token_expire: int,
    issue_ts: int | None = None,
    salt: int | None = None,
) -> str:
    """Sign and pack ``services`` exactly as AgoraIO/Tools ``AccessToken.build()`` does.

    Services with the same type replace earlier ones (the official builder keeps a dict
    keyed by type, in first-insertion order).
    """
    _check_hex32("App ID", app_id)
    _check_hex32("App Certificate", app_certificate)
    if not services:
        raise TokenError("a token needs at least one service")
    _check_u32("token_expire", token_expire)
    issued = issue_ts if issue_ts else int(time.time())
    _check_u32("issue_ts", issued)
    if salt is None:
        salt = secrets.SystemRandom().randint(*_SALT_RANGE)
    _check_u32("salt", salt)

    by_type: dict[int, Service] = {}
    for service in services:
        by_type[service.service_type] = service

    signing_info = (
        _pack_string(app_id)
        + _u32(issued)
        + _u32(token_expire)
        + _u32(salt)
        + _u16(len(by_type))
        + b"".join(service.pack() for service in by_type.values())
    )
    signature = hmac.new(_signing_key(app_certificate, issued, salt), signing_info, hashlib.sha256)
    payload = _pack_string(signature.digest()) + signing_info
    return VERSION + base64.b64encode(zlib.compress(payload)).decode("ascii")


def build_rtc_token(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int | str,
    role: RtcRole | int = PUBLISHER,
    token_expire: int = 3600,
    privilege_expire: int = 3600,
    *,
    issue_ts: int | None = None,
    salt: int | None = None,
) -> str:
    """RtcTokenBuilder2 ``build_token_with_uid`` / ``build_token_with_user_account``.

    The same output as Agora's builder for the same inputs (issue_ts and salt fixed). Where
    Agora's builder returns ``""`` for a malformed App ID/Certificate we raise
    :class:`TokenError` so the user learns which value is wrong.
    """
    role = RtcRole(role)
    _check_u32("privilege_expire", privilege_expire)
    if privilege_expire > MAX_PRIVILEGE_SECONDS:
        raise TokenError("a privilege may last at most 24 hours (86400 s)")
    if not channel_name:
        raise TokenError("channel name is empty")
    privileges = {int(RtcPrivilege.JOIN_CHANNEL): privilege_expire}
    if role is RtcRole.PUBLISHER:
        for privilege in (
            RtcPrivilege.PUBLISH_AUDIO_STREAM,
            RtcPrivilege.PUBLISH_VIDEO_STREAM,
            RtcPrivilege.PUBLISH_DATA_STREAM,
        ):
            privileges[int(privilege)] = privilege_expire
    service = Service(ServiceType.RTC, privileges, (channel_name, rtc_uid_bytes(uid)))
    return build_access_token(
        app_id,
        app_certificate,
        [service],
        token_expire=token_expire,
        issue_ts=issue_ts,
        salt=salt,
    )


def parse_token(token: str) -> dict[str, Any]:
    """Decode a "007" token for display and tests; never needs (or reveals) the certificate.

    The signature is reported only by length: it is derived from the certificate and is of
    no use to a reader.
    """
    if not token.startswith(VERSION):
        raise TokenError(f"not an AccessToken2: it must start with {VERSION!r}")
    try:
        raw = zlib.decompress(base64.b64decode(token[len(VERSION) :], validate=True))
    except (binascii.Error, zlib.error) as exc:
        raise TokenError(f"token body is not base64+zlib: {exc}") from None
    reader = _Reader(raw)
    try:
        signature = reader.bytes_()
        result: dict[str, Any] = {
            "version": VERSION,
            "signature_length": len(signature),
            "app_id": reader.bytes_().decode("utf-8"),
            "issue_ts": reader.u32(),
            "expire": reader.u32(),
            "salt": reader.u32(),
        }
        services = []
        for _ in range(reader.u16()):
            services.append(_read_service(reader))
        result["services"] = services
    except struct.error:
        raise TokenError("token is truncated") from None
    if reader.remaining:
        raise TokenError(f"token has {reader.remaining} unexpected trailing bytes")
    return result


# --- packing ---------------------------------------------------------------------------


def _u16(value: int) -> bytes:
    return struct.pack("<H", value)


def _u32(value: int) -> bytes:
    return struct.pack("<I", value)


def _pack_string(value: str | bytes) -> bytes:
    data = value.encode("utf-8") if isinstance(value, str) else value
    return _u16(len(data)) + data


def _pack_privileges(privileges: Mapping[int, int]) -> bytes:
    """Map packing: keys sorted, as the official builder sorts before packing."""
    items = sorted((int(key), int(value)) for key, value in privileges.items())
    return _u16(len(items)) + b"".join(_u16(key) + _u32(value) for key, value in items)


def _signing_key(app_certificate: str, issue_ts: int, salt: int) -> bytes:
    first = hmac.new(_u32(issue_ts), app_certificate.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(_u32(salt), first, hashlib.sha256).digest()


def _check_hex32(label: str, value: str) -> None:
    if len(value) != 32:
        raise TokenError(f"{label} must be 32 hexadecimal characters (got {len(value)})")
    try:
        bytes.fromhex(value)
    except ValueError:
        raise TokenError(f"{label} must be 32 hexadecimal characters") from None


def _check_u32(label: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _UINT32_MAX:
        raise TokenError(f"{label} must be an integer in 0…{_UINT32_MAX}")


# --- parsing ---------------------------------------------------------------------------

#: Names of the strings each service packs after its privileges (AccessToken2.py classes).
_SERVICE_FIELDS: dict[int, tuple[str, ...]] = {
    ServiceType.RTC: ("channel_name", "uid"),
    ServiceType.RTM: ("user_id",),
    ServiceType.STREAMING: ("channel_name", "uid"),
    ServiceType.FPA: (),
    ServiceType.CHAT: ("user_id",),
    ServiceType.EDUCATION: ("room_uuid", "user_uuid"),
}
_PRIVILEGE_NAMES: dict[int, dict[int, str]] = {
    ServiceType.RTC: {p.value: p.name.lower() for p in RtcPrivilege},
    ServiceType.RTM: {1: "login"},
    ServiceType.STREAMING: {1: "publish_mix_stream", 2: "publish_raw_stream"},
    ServiceType.FPA: {1: "login"},
    ServiceType.CHAT: {1: "user", 2: "app"},
    ServiceType.EDUCATION: {1: "room_user", 2: "user", 3: "app"},
}


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    @property
    def remaining(self) -> int:
        return len(self._data) - self._pos

    def _take(self, size: int) -> bytes:
        if self.remaining < size:
            raise struct.error("truncated")
        chunk = self._data[self._pos : self._pos + size]
        self._pos += size
        return chunk

    def u16(self) -> int:
        return int(struct.unpack("<H", self._take(2))[0])

    def i16(self) -> int:
        return int(struct.unpack("<h", self._take(2))[0])

    def u32(self) -> int:
        return int(struct.unpack("<I", self._take(4))[0])

    def bytes_(self) -> bytes:
        return self._take(self.u16())


def _read_service(reader: _Reader) -> dict[str, Any]:
    service_type = reader.u16()
    if service_type not in _SERVICE_FIELDS:
        raise TokenError(f"unknown service type {service_type}: cannot decode the rest")
    names = _PRIVILEGE_NAMES[service_type]
    privileges: dict[str, int] = {}
    for _ in range(reader.u16()):
        key = reader.u16()
        privileges[names.get(key, str(key))] = reader.u32()
    entry: dict[str, Any] = {
        "type": service_type,
        "name": ServiceType(service_type).name.lower(),
        "privileges": privileges,
    }
    for field_name in _SERVICE_FIELDS[service_type]:
        entry[field_name] = reader.bytes_().decode("utf-8", errors="replace")
    if service_type == ServiceType.EDUCATION:
        entry["role"] = reader.i16()
    return entry
