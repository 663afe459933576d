"""No import race at launch (issue 10 item 7).

Three threads (the first check's worker, the recordings' launch worker and the GUI thread
opening the last project) used to import pydantic at the same time; with a 1 ms GUI timer
running, 4 of 50 launches raised ``ImportError: partially initialized module
pydantic._internal._validators`` and the ledger never loaded. Each launch here runs the
real ``recstudio gui`` start-up in a subprocess with a 1 ms timer and a ledger entry that
may still bill, and records on which thread every pydantic module is first loaded: all of
them must load on the one import worker, and the recording must be listed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHES = 4

_CHILD = r"""
import json, sys, threading
from importlib.abc import MetaPathFinder

loads = []

class Recorder(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pydantic", "pydantic_core"):
            loads.append((threading.current_thread().name, name))
        return None

sys.meta_path.insert(0, Recorder())

from recstudio.api.ledger import Ledger

entry = Ledger().create(
    profile="gone", base_url="http://127.0.0.1:9", app_id="a" * 32, cname="still-billing",
    uid="7", mode="mix",
)
Ledger().mark(entry, state="running", resource_id="r" * 20, sid="s" * 32)

from PySide6.QtCore import QTimer
import recstudio.ui.launch as launch

_build = launch.build_main_window

def build():
    window = _build()
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    busy = QTimer(app)
    busy.setInterval(1)  # the 1 ms timer of the report: the GUI thread wakes constantly
    busy.timeout.connect(lambda: None)
    busy.start()
    def poll():
        c = window.recordings.controller
        if c.loaded and window.document.checked_once:
            print("RESULT " + json.dumps({
                "cnames": sorted(i.cname for i in c.items.values()),
                "threads": sorted({t for t, _ in loads}),
                "main_loads": [n for t, n in loads if t == "MainThread"],
                "other": [(t, n) for t, n in loads if not t.startswith("recstudio-imports")],
            }), flush=True)
            app.exit(0)
    watch = QTimer(app)
    watch.setInterval(5)
    watch.timeout.connect(poll)
    watch.start()
    QTimer.singleShot(30000, lambda: app.exit(3))
    window._race_timers = (busy, watch)
    return window

launch.build_main_window = build
sys.exit(launch.run_gui())
"""


@pytest.mark.parametrize("run", range(LAUNCHES))
def test_launch_imports_pydantic_on_one_worker_and_lists_the_ledger(
    run: int, tmp_path: Path
) -> None:
    env = dict(os.environ, RECSTUDIO_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=90,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, (proc.returncode, proc.stdout, proc.stderr[-3000:])
    result = json.loads(lines[0].removeprefix("RESULT "))
    assert result["cnames"] == ["still-billing"]  # the ledger loaded: nothing billing is lost
    assert result["main_loads"] == []  # the GUI thread never imports pydantic at launch
    assert len(result["threads"]) == 1, result["other"]
    assert result["threads"][0].startswith("recstudio-imports")
