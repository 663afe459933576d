"""bench.py runs, in its quick mode, so the benchmark cannot rot (issue 12). Nothing here
asserts a timing: only that every figure of README's performance table is produced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_prints_every_figure(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "perf" / "bench.py"), "--quick", "--markdown"],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    result = json.loads(lines[0])
    assert result["quick"] is True
    assert not [k for k in result if k.endswith("_failed")], result
    table = "\n".join(lines[1:])
    assert "not measured" not in table, table
    for key in (
        "launch_frame_ms_median",
        "bare_frame_ms_median",
        "launch_vs_bare",
        "rss_after_first_check_mb_max",
        "edit_50_layouts_scene_ms_p95",
        "drag_move_ms_p95",
        "log_filter_keystroke_ms_max",
        "log_export_freeze_ms_max",
        "big_import_longest_freeze_ms_max",
        "big_autosave_longest_freeze_ms_max",
        "big_open_longest_freeze_ms_max",
        "validate_cli_vs_python",
        "stall_ms_max",
    ):
        assert isinstance(result[key], float), key
    if (ROOT / "tests" / "perf" / "ledger_bench.py").exists():
        assert "median" in result["ledger_may_be_running_ms"]
