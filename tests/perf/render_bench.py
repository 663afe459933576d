"""Compositor benchmarks for issue 14's budgets; ``bench_render()`` returns one dict.

Run alone: ``.venv/bin/python tests/perf/render_bench.py``. Nothing asserts: the figures
are compared with the budgets (design.md) by a person.

* ``frame_1280x720_17_cards_ms`` / ``frame_1920x1080_17_cards_ms``: one composed frame with
  17 test-card regions (best fit, 17 users; every third a 720×1280 phone card), scrubbed
  across the timeline so the card markers move every frame — median / min / max over 60
  frames after one warm-up frame, plus that cold first frame (nothing cached: cards drawn)
  and ``rescaled_median``: frames whose scaled-card cache was emptied (a layout change).
* ``scrub_to_paint_ms``: the Rehearsal panel (offscreen Qt, 17 users at 1280×720): time
  from a scrub to the frame painted in the preview, p50/p95 over 100 scrubs, each waited
  for (the worker renders, the GUI thread converts, scales and repaints).
* ``mp4_60s_640x360_15fps_s``: wall-clock seconds to compose and encode 60 s of 4 cards
  at 640×360, 15 fps (900 frames) to H.264 MP4.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _session(width: int, height: int, users: int, fps: int = 15):
    from recstudio.render.session import Session

    events = [
        {
            "at": 0,
            "kind": "join",
            "uid": str(1001 + i),
            "source": "card@720x1280" if i % 3 == 2 else "card@1280x720",
        }
        for i in range(users)
    ]
    body = {
        "clientRequest": {
            "recordingConfig": {
                "transcodingConfig": {
                    "width": width,
                    "height": height,
                    "fps": fps,
                    "bitrate": 500,
                    "mixedVideoLayout": 1,
                }
            }
        }
    }
    return Session.from_body(body, rehearsal={"duration": 60, "events": events})


def _frames(width: int, height: int) -> dict:
    from recstudio.render.frames import FrameRenderer

    renderer = FrameRenderer(_session(width, height, 17))
    start = time.perf_counter()
    renderer.frame(0.0)
    cold = (time.perf_counter() - start) * 1000
    times = []
    for i in range(60):
        t = 1.0 + i * 0.37
        start = time.perf_counter()
        renderer.frame(t)
        times.append((time.perf_counter() - start) * 1000)
    rescaled = []
    for i in range(15):
        renderer.compositor._scaled.clear()  # as after a layout change: every card re-scaled
        start = time.perf_counter()
        renderer.frame(2.0 + i * 0.41)
        rescaled.append((time.perf_counter() - start) * 1000)
    return {
        "median": round(statistics.median(times), 3),
        "min": round(min(times), 3),
        "max": round(max(times), 3),
        "cold_first_frame": round(cold, 3),
        "rescaled_median": round(statistics.median(rescaled), 3),
    }


def _mp4() -> float:
    from recstudio.render.frames import FrameRenderer
    from recstudio.render.video import write_mp4

    session = _session(640, 360, 4)
    renderer = FrameRenderer(session)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_mp4(Path(tmp) / "bench.mp4", session.canvas, renderer.frame, 60.0)
        return round(time.perf_counter() - start, 3)


def _scrub() -> dict:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from recstudio.model.project import new_project
    from recstudio.ui.document import ProjectDocument
    from recstudio.ui.rehearsal.panel import RehearsalPanel

    app = QApplication.instance() or QApplication([])
    project = new_project()
    project.rehearsal = {
        "duration": 60,
        "events": [{"at": 0, "kind": "join", "uid": str(1001 + i)} for i in range(17)],
    }
    document = ProjectDocument(project)
    panel = RehearsalPanel(document)
    panel.resize(1000, 600)
    panel.show()

    def wait(condition, timeout: float = 10.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("panel did not answer")
            app.processEvents()
            time.sleep(0.0005)

    wait(lambda: panel.session is not None)
    panel.real_pixels.setChecked(True)
    wait(lambda: panel.shown_t == 0.0)
    panel.latencies_ms.clear()
    for i in range(100):
        t = 0.5 + i * 0.53
        panel.seek(t)
        wait(lambda t=t: panel.shown_t == t)
    values = sorted(panel.latencies_ms)
    panel.shutdown()
    return {
        "p50": round(statistics.median(values), 3),
        "p95": round(values[int(len(values) * 0.95) - 1], 3),
        "max": round(values[-1], 3),
    }


def bench_render() -> dict:
    return {
        "frame_1280x720_17_cards_ms": _frames(1280, 720),
        "frame_1920x1080_17_cards_ms": _frames(1920, 1080),
        "scrub_to_paint_ms": _scrub(),
        "mp4_60s_640x360_15fps_s": _mp4(),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench_render(), indent=2))
