"""Ledger budgets (design.md, issue 10): with 100k past recordings, launch and RSS within 5 %
of an empty ledger, "what may still be running" ≤ 20 ms, one status mark ≤ 5 ms.

``bench_ledger()`` returns the figures (median with min and max over several runs);
``tests/perf/bench.py`` calls it. Run alone: ``.venv/bin/python tests/perf/ledger_bench.py``.
Nothing here asserts: the numbers are compared with the budgets by a person.

Two launch comparisons, 100k past recordings against an empty ledger, runs alternating:
``ledger_launch_*`` is a bare process that opens the ledger the way the window does
(open, may_be_running, the 30 newest finished) — the ledger's share, apart from Qt's noise;
``ledger_window_*`` is the whole window, from process start until the recordings panel has
listed the ledger, with RSS then. :func:`build_ledger` makes such a ledger for other
benchmarks.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAST = 100_000
LIVE = 5


def build_ledger(path: Path, past: int = PAST, live: int = LIVE) -> Path:
    """A ledger database at ``path`` with ``past`` finished and ``live`` running entries,
    written in one transaction through the ledger's own schema and row format."""
    from recstudio.api import ledger as L

    ledger = L.Ledger(path)
    db = ledger._connection()
    states = ("stopped", "failed", "exited")
    now = time.time() - 400 * 86400
    rows = []
    for i in range(past + live):
        state = "running" if i >= past else states[i % 3]
        entry = L.LedgerEntry(
            id=uuid.uuid4().hex,
            profile="Support desk",
            base_url="https://api.sd-rtn.com",
            app_id="0123456789abcdef0123456789abcdef",
            cname=f"customer-room-{i % 5000}",
            uid=str(100000 + i),
            mode=("mix", "individual", "web")[i % 3],
            resource_id="R" * 120,
            sid=uuid.uuid4().hex,
            state=state,
            created_at=now + i * 300.0,
            updated_at=now + i * 300.0 + 1800.0,
            last_status=5,
            files=[{"fileName": f"{i}.m3u8", "trackType": "audio_and_video"}],
        )
        rows.append(L._row(entry))
    with L._transaction(db):
        db.executemany(L._INSERT, rows)
    del rows
    ledger.close()
    return path


def _figure(samples: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(samples), 3),
        "min": round(min(samples), 3),
        "max": round(max(samples), 3),
        "runs": len(samples),
    }


def _timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        out.append((time.perf_counter() - t) * 1000)
    return out


_LAUNCH = """
import resource, sys, time
t = time.perf_counter()
from recstudio.api.ledger import Ledger
ledger = Ledger(sys.argv[1])
ledger.open()
running = ledger.may_be_running()
finished = ledger.recent_finished(30)
ms = (time.perf_counter() - t) * 1000
try:  # peak RSS of this process image (ru_maxrss would count the parent before exec)
    status = open("/proc/self/status").read()
    rss_kb = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError):
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(ms, rss_kb, len(running), len(finished))
"""


def _launch_once(path: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _LAUNCH, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def _launches(paths: tuple[Path, Path], runs: int) -> list[list[tuple[float, float]]]:
    """Alternating runs, so a machine that gets busier mid-way burdens both sides alike."""
    results: list[list[tuple[float, float]]] = [[], []]
    for _ in range(runs):
        for side, path in enumerate(paths):
            results[side].append(_launch_once(path))
    return results


_WINDOW = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from recstudio.ui.launch import build_main_window
w = build_main_window()
w.show()
c = w.recordings.controller
def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
def check():
    if c.loaded:
        print("LOADED", (time.perf_counter() - t0) * 1000, rss_mb(), len(c.items), flush=True)
        os._exit(0)
    QTimer.singleShot(5, check)
QTimer.singleShot(0, check)
QTimer.singleShot(30000, lambda: os._exit(3))
app.exec()
"""


def _window_once(home: Path) -> tuple[float, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RECSTUDIO_HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    out = subprocess.run(
        [sys.executable, "-c", _WINDOW], capture_output=True, text=True, env=env, cwd=ROOT
    ).stdout
    for line in out.splitlines():
        if line.startswith("LOADED "):
            _, ms, rss, _items = line.split()
            return float(ms), float(rss)
    raise RuntimeError("the window did not load its ledger")


def bench_ledger_window(runs: int = 5) -> dict[str, object]:
    """Process start → window shown and the ledger listed (``RecordingsController.loaded``),
    with RSS at that moment: a 100k ledger against an empty one, runs alternating."""
    with tempfile.TemporaryDirectory(prefix="ledger-window-") as folder:
        homes = (Path(folder) / "empty", Path(folder) / "big")
        build_ledger(homes[0] / "data" / "ledger.sqlite3", past=0, live=0)
        build_ledger(homes[1] / "data" / "ledger.sqlite3", live=0)
        for home in homes:
            _window_once(home)  # warm the OS file cache for both
        results: list[list[tuple[float, float]]] = [[], []]
        for _ in range(runs):
            for side, home in enumerate(homes):
                results[side].append(_window_once(home))
    (e_ms, e_rss), (b_ms, b_rss) = ([[r[i] for r in side] for i in (0, 1)] for side in results)
    return {
        "ledger_window_loaded_ms_empty": _figure(e_ms),
        "ledger_window_loaded_ms_100k": _figure(b_ms),
        "ledger_window_rss_mb_empty": _figure(e_rss),
        "ledger_window_rss_mb_100k": _figure(b_rss),
        "ledger_window_loaded_ratio": round(statistics.median(b_ms) / statistics.median(e_ms), 3),
        "ledger_window_rss_ratio": round(statistics.median(b_rss) / statistics.median(e_rss), 3),
    }


def bench_ledger(runs: int = 7, *, window: bool = True) -> dict[str, object]:
    from recstudio.api.ledger import Ledger

    with tempfile.TemporaryDirectory(prefix="ledger-bench-") as folder:
        big = build_ledger(Path(folder) / "big" / "ledger.sqlite3")
        empty = build_ledger(Path(folder) / "empty" / "ledger.sqlite3", past=0, live=0)

        ledger = Ledger(big)
        ledger.open()
        running = _timed_ms(ledger.may_be_running, runs * 5)
        cold = []
        for _ in range(runs):
            fresh = Ledger(big)
            t = time.perf_counter()
            fresh.may_be_running()
            cold.append((time.perf_counter() - t) * 1000)
            fresh.close()
        live = ledger.may_be_running()[0]
        marks = _timed_ms(lambda: ledger.mark(live, state="running", last_status=5), runs * 5)
        quiet = _timed_ms(lambda: ledger.mark(live, last_status=5, durable=False), runs * 5)
        by_sid = _timed_ms(lambda: ledger.find_sid(live.sid or ""), runs * 5)
        ledger.close()

        empty_runs, big_runs = _launches((empty, big), runs)
        empty_ms, empty_rss = [r[0] for r in empty_runs], [r[1] for r in empty_runs]
        big_ms, big_rss = [r[0] for r in big_runs], [r[1] for r in big_runs]
        size_mb = sum(p.stat().st_size for p in big.parent.iterdir()) / 1e6

    figures: dict[str, object] = {
        "ledger_past_recordings": PAST,
        "ledger_file_mb": round(size_mb, 1),
        "ledger_may_be_running_ms": _figure(running),
        "ledger_may_be_running_cold_ms": _figure(cold),
        "ledger_mark_ms": _figure(marks),
        "ledger_mark_no_fsync_ms": _figure(quiet),
        "ledger_find_sid_ms": _figure(by_sid),
        "ledger_launch_load_ms_empty": _figure(empty_ms),
        "ledger_launch_load_ms_100k": _figure(big_ms),
        "ledger_launch_rss_mb_empty": _figure(empty_rss),
        "ledger_launch_rss_mb_100k": _figure(big_rss),
        "ledger_launch_load_ratio": round(
            statistics.median(big_ms) / statistics.median(empty_ms), 3
        ),
        "ledger_launch_rss_ratio": round(
            statistics.median(big_rss) / statistics.median(empty_rss), 3
        ),
    }
    if window:
        figures.update(bench_ledger_window())
    return figures


if __name__ == "__main__":
    print(json.dumps(bench_ledger(), indent=1))
