"""Value checks a plain constraint cannot express, written once for both checkers.

The pydantic models wrap each as an ``AfterValidator`` (``schema/_base.py``) and the
pydantic-free fast path (``recstudio.model.fastschema``) calls it by name, so a UID or a
salt is judged by the same code whether or not pydantic was imported (issue 12).
A check returns ``None`` for a good value, else a :class:`Fault`: the pydantic error type,
its message template and context, exactly what ``PydanticCustomError`` takes.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any, NamedTuple

UID_MAX = 4_294_967_295
ALL_STREAMS = "#allstream#"


class Fault(NamedTuple):
    kind: str
    template: str
    context: dict[str, Any]


Check = Callable[[Any], "Fault | None"]


def six_decimals(value: float) -> Fault | None:
    """R20: layout numbers are accurate to six decimal places; more is rejected."""
    if round(value, 6) != value:
        return Fault(
            "decimals",
            "has more than 6 decimal places (got {value})",
            {"value": value, "suggestion": round(value, 6)},
        )
    return None


def uid_range(value: str) -> Fault | None:
    """R2: a UID is a decimal string in 1 … 2³²−1 (string user accounts are unsupported)."""
    if (
        not value.isascii()
        or not value.isdigit()
        or value.startswith("0")
        or len(value) > 10
        or int(value) > UID_MAX
    ):
        return Fault(
            "uid_format",
            "must be a decimal number from 1 to 4294967295 written as a string (got '{value}')",
            {"value": value},
        )
    return None


def uid_or_empty(value: str) -> Fault | None:
    """A region's ``uid: ""`` is "no uid" (join order), as the Go client sends it; the
    rules warn about it (R20)."""
    return None if value == "" else uid_range(value)


def uid_or_all(value: str) -> Fault | None:
    return None if value == ALL_STREAMS else uid_range(value)


def cname_bytes(value: str) -> Fault | None:
    """R3: the widest documented limit (web, 1024 bytes); rules narrow it per mode."""
    size = len(value.encode("utf-8"))
    if size > 1024:
        return Fault(
            "byte_length", "is {size} bytes long; at most 1024 bytes are allowed", {"size": size}
        )
    return None


def base64_32(value: str) -> Fault | None:
    """R15: the GCM2 salt is the Base64 text of exactly 32 bytes."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return Fault("base64_32", "is not valid Base64 text", {"value": value})
    if len(raw) != 32:
        return Fault(
            "base64_32", "decodes to {size} bytes; the salt must be 32 bytes", {"size": len(raw)}
        )
    return None


def prefix_length(value: list[str]) -> Fault | None:
    """R26: the joined folder path, slashes included, is at most 128 characters."""
    size = len("/".join(value))
    if size > 128:
        return Fault(
            "prefix_length",
            "joins to a {size}-character path; at most 128 characters are allowed",
            {"size": size},
        )
    return None


def url_scheme(value: str) -> Fault | None:
    if not value.startswith(("http://", "https://")):
        return Fault(
            "url_scheme", "must be an http:// or https:// URL (got '{value}')", {"value": value}
        )
    return None


#: name -> check, the names the generated schema table refers to
CHECKS: dict[str, Check] = {
    check.__name__: check
    for check in (
        six_decimals,
        uid_range,
        uid_or_empty,
        uid_or_all,
        cname_bytes,
        base64_32,
        prefix_length,
        url_scheme,
    )
}
