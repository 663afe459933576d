"""How long a worker may keep the GIL while the GUI thread waits for it.

Qt calls into Python far more often than our slots suggest: for every virtual call on a
widget made from Python (``event``, ``paintEvent``, an icon engine's ``pixmap``, an event
filter), Shiboken takes the GIL just to learn whether Python overrides it. While a worker
computes — checking a 10 MB import, rendering a rehearsal, autosaving — each of those
takes waits until the worker is made to let go, after ``sys.getswitchinterval()``: 5 ms by
default, so one frame with twenty such calls froze the window 100 ms or more (py-spy, issue
12: the GUI thread sat in ``Shiboken::GilState::acquire``). Half a millisecond keeps that
wait below what a user can see; workers pay a thread switch every 0.5 ms, a cost of well
under 1 % of their time.
"""

from __future__ import annotations

import sys

#: Seconds a thread may run before one waiting for the GIL gets it (CPython's default 0.005).
SWITCH_INTERVAL_S = 0.0005


def favour_gui_thread() -> None:
    """Make the GIL change hands every ``SWITCH_INTERVAL_S`` (once per process is enough)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
