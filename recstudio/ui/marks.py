"""``QT_TRANSLATE_NOOP`` without Qt: marks a literal for pyside6-lupdate (which matches the
name) in the UI's Qt-free helpers; the display site passes the value through ``translate``
with the same context."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
