"""JSON syntax colours for the body view (keys, strings, numbers, literals)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_RULES = [
    (re.compile(r'"(?:[^"\\]|\\.)*"(?=\s*:)'), "#2a6fdb"),  # keys
    (re.compile(r'(?<=:\s)"(?:[^"\\]|\\.)*"|^\s*"(?:[^"\\]|\\.)*"(?=,?$)'), "#2e8b57"),
    (re.compile(r"-?\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b"), "#b35c00"),
    (re.compile(r"\b(?:true|false|null)\b"), "#8e44ad"),
    (re.compile(r'"<[A-Z_]+>"'), "#c0392b"),  # redacted secret placeholders
]


class JsonHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = []
        for pattern, colour in _RULES:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            self._formats.append((pattern, fmt))

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self._formats:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
