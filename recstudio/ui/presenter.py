"""Presenter mode: one switch that masks App ID, customer ID and every secret on screen, for
support staff who share their screen with a customer."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal


class _Presenter(QObject):
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.enabled = False


_instance: _Presenter | None = None


def presenter() -> _Presenter:
    global _instance
    if _instance is None:
        _instance = _Presenter()
    return _instance


def set_enabled(enabled: bool) -> None:
    p = presenter()
    if p.enabled != enabled:
        p.enabled = enabled
        p.changed.emit(enabled)


def is_enabled() -> bool:
    return presenter().enabled


def mask(text: str) -> str:
    """What an identifier looks like in presenter mode: length hint, no content."""
    return "•" * min(len(text), 12) if text else ""


_APP_IN_URL = re.compile(r"(/v1/apps/)([^/\s]+)")


def scrub(text: str) -> str:
    """Text for the screen: in presenter mode App IDs in URLs become dots."""
    if not is_enabled():
        return text
    return _APP_IN_URL.sub(lambda m: m.group(1) + "•" * 8, text)
