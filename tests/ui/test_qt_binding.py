"""Guard against a broken Qt binding: PySide6-Essentials 6.12.0 aborts the interpreter
("bool_dealloc: deallocating True or False") after about a thousand signal emissions to a
Python slot, which the app does on every edit. Run in a child process so a crash fails
this test instead of taking the whole suite down."""

from __future__ import annotations

import subprocess
import sys

_CHILD = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    changed = Signal(object)
    ticked = Signal()
e = Emitter()
seen = []
e.changed.connect(lambda value: seen.append(value) if len(seen) < 1 else None)
e.ticked.connect(lambda: None)
for i in range(20000):
    e.changed.emit(("path", i))
    e.ticked.emit()
print("survived", len(seen))
"""


def test_signals_survive_many_emissions() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, f"the Qt binding crashed: {proc.stderr[-500:]}"
    assert proc.stdout.strip() == "survived 1"
