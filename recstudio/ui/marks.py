"""Translation for the UI's Qt-free helpers (status words, table cells): the same names
pyside6-lupdate matches (``QT_TRANSLATE_NOOP``, ``translate``), without importing Qt.

``translate`` asks Qt only when the window has already loaded PySide6 (then the installed
translators answer); a plain-Python caller (a test, a script) gets the English text back.
"""

from __future__ import annotations

import sys


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


def translate(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or not text:
        return text
    return str(qtcore.QCoreApplication.translate(context, text))


def tr_word(text: str) -> str:
    """A status word of the Qt-free catalogue (context ``words``, see ui/i18n.py)."""
    return translate("words", text)
