"""Benchmarks for the budgets of design.md; prints ONE JSON object.

Run: ``.venv/bin/python tests/perf/bench.py`` (add ``--only KEY[,KEY]`` to run a subset).
Each figure is measured the way the budget is stated; nothing here asserts — the numbers go
into README and the closing notes, and are compared with the budgets by a person.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def full_mix_start_body(regions: int = 17) -> dict:
    """A full mix start body with a custom layout of ``regions`` regions (the budget's case)."""
    layout = []
    for i in range(regions):
        col, row = i % 5, i // 5
        layout.append(
            {
                "uid": str(1000 + i),
                "x_axis": round(col * 0.2, 6),
                "y_axis": round(row * 0.25, 6),
                "width": 0.2,
                "height": 0.25,
                "alpha": 1.0,
                "render_mode": i % 2,
            }
        )
    return {
        "cname": "interview-2026",
        "uid": "527841",
        "clientRequest": {
            "token": "007eJxTYBBbsaPi",
            "recordingConfig": {
                "channelType": 1,
                "streamTypes": 2,
                "maxIdleTime": 300,
                "audioProfile": 1,
                "subscribeAudioUids": [str(1000 + i) for i in range(regions)],
                "subscribeVideoUids": [str(1000 + i) for i in range(regions)],
                "transcodingConfig": {
                    "width": 1280,
                    "height": 720,
                    "fps": 15,
                    "bitrate": 1130,
                    "mixedVideoLayout": 3,
                    "backgroundColor": "#101820",
                    "layoutConfig": layout,
                    "backgroundConfig": [
                        {"uid": "1000", "image_url": "https://example.com/a.jpg", "render_mode": 0}
                    ],
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": {
                "vendor": 1,
                "region": 0,
                "bucket": "recordings",
                "accessKey": "AKEXAMPLE",
                "secretKey": "SECRETEXAMPLE",
                "fileNamePrefix": ["studio", "interviews"],
            },
        },
    }


def _time_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def bench_validate() -> dict:
    from recstudio.model import Endpoint, Mode
    from recstudio.model.rules import check_body

    body = full_mix_start_body()
    problems = check_body(body, Endpoint.START, Mode.MIX)
    errors = [p for p in problems if p.is_error]
    assert not errors, f"benchmark body must be valid: {errors}"
    _time_ms(lambda: check_body(body, Endpoint.START, Mode.MIX), 200)  # warm up
    samples = _time_ms(lambda: check_body(body, Endpoint.START, Mode.MIX), 2000)
    return {"validate_start_ms_median": round(statistics.median(samples), 4)}


_APP_CHILD = """
import os, sys, time
import recstudio.ui.launch as launch  # imports no Qt: the real launch order is kept
_build = launch.build_main_window
def _report():
    rss = 0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    print(f"SHOWN {time.time()} {rss}", flush=True)
def _build_and_watch():
    window = _build()
    window.shown.connect(_report)
    return window
launch.build_main_window = _build_and_watch
from recstudio.cli import main
sys.exit(main(["gui", "--smoke"]))
"""

_BARE_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        print(f"SHOWN {time.time()} 0", flush=True)
app = QApplication(sys.argv[:1])
w = W(); w.resize(1440, 900); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _launch_once(code: str, home: str) -> tuple[float, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RECSTUDIO_HOME=home,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=60,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, when, rss = line.split()
            return (float(when) - t0) * 1000, float(rss)
    raise RuntimeError(f"child did not show a window: {proc.stderr[-2000:]}")


def bench_launch() -> dict:
    """Process start → main window shown, against a bare PySide6 window the same way."""
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        _launch_once(_BARE_CHILD, home)  # warm the OS file cache for both
        _launch_once(_APP_CHILD, home)
        bare = [_launch_once(_BARE_CHILD, home)[0] for _ in range(7)]
        runs = [_launch_once(_APP_CHILD, home) for _ in range(7)]
    app = statistics.median(r[0] for r in runs)
    bare_ms = statistics.median(bare)
    return {
        "launch_ms": round(app, 1),
        "bare_window_ms": round(bare_ms, 1),
        "launch_vs_bare": round(app / bare_ms, 2),
        "rss_mb": round(max(r[1] for r in runs), 1),
    }


def bench_edit() -> dict:
    """A form edit → JSON panel and problems panel updated (full mix body, 17 regions)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    os.environ["RECSTUDIO_HOME"] = tempfile.mkdtemp(prefix="recstudio-bench-")
    from PySide6.QtWidgets import QApplication

    from recstudio.model import Endpoint
    from recstudio.model.importing import import_document
    from recstudio.ui.launch import build_main_window

    app = QApplication.instance() or QApplication([])
    window = build_main_window()
    window.show()
    project = import_document(json.dumps(full_mix_start_body()), endpoint=Endpoint.START).project
    window.document.replace_project(project)
    app.processEvents()
    path = ("start", "recordingConfig", "maxIdleTime")
    samples = []
    for i in range(300):
        t0 = time.perf_counter()
        window.document.set_value(path, 300 + i % 50)
        app.processEvents()  # the coalesced refresh runs: bodies, checks, both panels
        samples.append((time.perf_counter() - t0) * 1000)
    assert str(300 + 299 % 50) in window.json_panel.text.toPlainText()
    window.document.undo_stack.setClean()
    window.close()
    samples.sort()
    return {
        "edit_to_json_ms_median": round(statistics.median(samples), 2),
        "edit_to_json_ms_p95": round(samples[int(len(samples) * 0.95)], 2),
    }


def bench_drag() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_canvas import bench_drag as run

    return run()


def bench_stall() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_stall import bench_stall as run

    return run()


BENCHES: dict[str, Callable[[], dict]] = {
    "validate": bench_validate,
    "launch": bench_launch,
    "edit": bench_edit,
    "drag": bench_drag,
    "stall": bench_stall,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated bench names")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(BENCHES)
    result: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
    }
    if len(names) == 1:
        result.update(BENCHES[names[0]]())
    else:
        # one process per benchmark: GUI benchmarks must not pay for each other's leftovers
        # (a garbage collection of the previous window showed up as a 60 ms "stall")
        for name in names:
            child = subprocess.run(
                [sys.executable, __file__, "--only", name],
                capture_output=True,
                text=True,
                check=True,
                cwd=str(ROOT),
            )
            result.update(json.loads(child.stdout.strip().splitlines()[-1]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
