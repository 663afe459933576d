"""Main-thread stall while the Sandbox takes 5 s to answer a start (design.md budget ≤ 50 ms).

A 1 ms QTimer runs in the GUI thread and records the gaps between its ticks while Start runs
against the in-process Sandbox with ``faults.set(endpoint="start", latency_s=5)``; the
longest gap beyond the timer's own interval is the stall. Registered by tests/perf/bench.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def bench_stall(latency_s: float = 5.0) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    home = tempfile.TemporaryDirectory(prefix="recstudio-bench-")
    previous_home = os.environ.get("RECSTUDIO_HOME")
    os.environ["RECSTUDIO_HOME"] = home.name
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from recstudio.ui.launch import build_main_window
    from recstudio.ui.recordings.connections import SandboxHost, set_shared_sandbox

    app = QApplication.instance() or QApplication([])
    host = SandboxHost()
    set_shared_sandbox(host)
    window = build_main_window()
    controller = window.recordings.controller
    controller.options.first_query_delay_s = 0.2
    controller.options.confirm_backoff_s = (0.2,)
    try:
        window.show()
        document = window.document
        document.set_value(("cname",), "bench-room")
        document.set_value(("uid",), "527841")
        for key, value in (("bucket", "b"), ("accessKey", "AK"), ("secretKey", "SK")):
            document.set_value(("start", "storageConfig", key), value)
        document.refresh()
        _spin(app, lambda: controller.loaded, 10)
        controller.ensure_sandbox()
        _spin(app, lambda: host.server is not None, 10)
        host.server.faults.set(endpoint="start", latency_s=latency_s)

        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        if not controller.start():
            raise RuntimeError(
                "Start was blocked: " + window.recordings.toolbar.act_start.toolTip()
            )
        loop = QEventLoop()
        watch = QTimer()
        watch.setInterval(20)
        watch.timeout.connect(lambda: loop.quit() if not controller.starting else None)
        watch.start()
        QTimer.singleShot(int((latency_s + 20) * 1000), loop.quit)
        loop.exec()
        timer.stop()
        elapsed = time.perf_counter() - started
        states = [item.state for item in controller.items.values()]
        stall = max(gaps) - 1.0 if gaps else float("nan")
        return {
            "stall_ms_max": round(max(0.0, stall), 2),
            "stall_start_s": round(elapsed, 2),
            "stall_ticks": float(len(gaps)),
            "stall_ok": float(states == ["running"]),
        }
    finally:
        if window.recordings.close_hook in window.close_hooks:
            window.close_hooks.remove(window.recordings.close_hook)
        controller.shutdown()
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
        set_shared_sandbox(None)
        host.stop()
        if previous_home is None:
            os.environ.pop("RECSTUDIO_HOME", None)
        else:
            os.environ["RECSTUDIO_HOME"] = previous_home
        home.cleanup()


def _spin(app: object, condition: object, timeout_s: float) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.005)


if __name__ == "__main__":
    import json

    print(json.dumps(bench_stall()))
