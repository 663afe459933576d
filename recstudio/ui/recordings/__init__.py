"""Recordings: start, watch, update and stop real recordings (issue 6). Being built."""

from __future__ import annotations

from typing import Any


def install_recordings(window: Any) -> Any:
    """Add the recordings docks, toolbar and menu entries to ``window``; returns the
    controller (kept on ``window.recordings``)."""
    return None
