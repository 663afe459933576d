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


BENCHES: dict[str, Callable[[], dict]] = {"validate": bench_validate}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated bench names")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(BENCHES)
    result: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
    }
    for name in names:
        result.update(BENCHES[name]())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
