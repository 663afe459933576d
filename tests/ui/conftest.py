"""The shown main window most window tests start from (closed without questions)."""

from __future__ import annotations

import pytest
from window_kit import dispose_window

from recstudio.ui.launch import build_main_window


@pytest.fixture
def window(qtbot):
    win = build_main_window()
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)
