"""Presenter mode: one switch that masks App ID, customer ID and every secret on screen, for
support staff who share their screen with a customer."""

from __future__ import annotations

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
