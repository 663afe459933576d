"""ui/gil.py: the window makes the GIL change hands often, so a worker checking a 10 MB
import cannot keep Qt's calls into Python waiting 5 ms each (issue 12)."""

from __future__ import annotations

import sys

import pytest

from recstudio.ui.gil import SWITCH_INTERVAL_S


def test_building_the_window_shortens_the_gil_switch_interval(window) -> None:
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    assert SWITCH_INTERVAL_S < 0.005  # CPython's default is what froze the window
