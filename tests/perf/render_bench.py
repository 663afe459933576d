"""Compositor benchmarks for issue 14's budgets; ``bench_render()`` returns one dict.

Run alone: ``.venv/bin/python tests/perf/render_bench.py``. Nothing asserts: the figures
are compared with the budgets (design.md) by a person.

* ``frame_1280x720_17_cards_ms`` / ``frame_1920x1080_17_cards_ms``: one composed frame with
  17 test-card regions (best fit, 17 users; every third a 720×1280 phone card), scrubbed
  across the timeline so the card markers move every frame — median / min / max over 60
  frames after one warm-up frame, plus that cold first frame (nothing cached) separately.
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
    return {
        "median": round(statistics.median(times), 3),
        "min": round(min(times), 3),
        "max": round(max(times), 3),
        "cold_first_frame": round(cold, 3),
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


def bench_render() -> dict:
    return {
        "frame_1280x720_17_cards_ms": _frames(1280, 720),
        "frame_1920x1080_17_cards_ms": _frames(1920, 1080),
        "mp4_60s_640x360_15fps_s": _mp4(),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench_render(), indent=2))
