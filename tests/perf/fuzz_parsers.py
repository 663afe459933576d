"""Count what the parser fuzz finds, over many more inputs than the suite tries; prints ONE
JSON object.

Run: ``.venv/bin/python tests/perf/fuzz_parsers.py [--examples N]``. The checks are those of
``tests/test_fuzz_parsers.py`` (``tests/fuzz_inputs.py``); here a violation is counted
instead of stopping the run: ``crashes`` are exceptions a parser let escape, ``broken`` are
promises not kept (exit code, missing position, unescaped output), ``slow`` inputs took
more than 2 s. Run it against an older checkout to count what a fix removed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fuzz_inputs as fz  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _signature(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    return f"{type(exc).__name__} at {where}: {str(exc)[:90]}"


def _tally(
    name: str, strategy: st.SearchStrategy[Any], check: Callable[[Any], None], examples: int
) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    longest = 0.0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value: Any) -> None:
        nonlocal longest
        counts["inputs"] += 1
        start = time.perf_counter()
        try:
            check(value)
        except AssertionError as exc:
            counts["broken"] += 1
            kinds[f"broken: {str(exc)[:110]}"] += 1
        except Exception as exc:  # the point: count what escapes
            counts["crashes"] += 1
            kinds[_signature(exc)] += 1
        elapsed = time.perf_counter() - start
        longest = max(longest, elapsed)
        if elapsed > 2:
            counts["slow"] += 1

    run()
    return {
        "parser": name,
        "inputs": counts["inputs"],
        "crashes": counts["crashes"],
        "broken": counts["broken"],
        "slow_over_2s": counts["slow"],
        "longest_s": round(longest, 3),
        "kinds": dict(kinds.most_common(8)),
    }


def _curl_megabyte_s() -> dict[str, float]:
    """Seconds to import a curl command with a 1 MB body, per quoting (item 4: "well under
    a second"; main's shlex tokeniser took 7-10 s)."""
    from recstudio.export import parse_curl

    region = {"uid": "1", "x_axis": 0.1, "y_axis": 0.2, "width": 0.3, "height": 0.3}
    regions = [{**region, "uid": str(i), "n": "é" * 40} for i in range(8200)]
    config = {"recordingConfig": {"transcodingConfig": {"layoutConfig": regions}}}
    body = json.dumps({"cname": "c", "uid": "1", "clientRequest": config}, ensure_ascii=False)
    url = "https://api.sd-rtn.com/v1/apps/A/cloud_recording/resourceid/R/mode/mix/start"
    quoted = {
        "single": "'" + body + "'",
        "double": '"' + body.replace('"', '\\"') + '"',
        "ansi_c": "$'" + body.replace("'", "\\'") + "'",
    }
    out: dict[str, float] = {"body_chars": len(body)}
    for name, text in quoted.items():
        start = time.perf_counter()
        parse_curl(f"curl -X POST {url} -d {text}")
        out[name] = round(time.perf_counter() - start, 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=500, help="inputs per parser")
    args = parser.parse_args()
    n = args.examples
    runs = [
        _tally("parse_json + import_document", fz.bodies, fz.check_json_text, n),
        _tally("project text import", fz.projects, fz.check_json_text, n),
        _tally("load_project", fz.file_bytes(fz.projects), fz.check_project_bytes, n),
        _tally("validate/export CLI", fz.file_bytes(fz.bodies | fz.projects), fz.check_cli, n),
        _tally("parse_curl", fz.curl_commands, fz.check_curl, n),
    ]
    total = {
        key: sum(r[key] for r in runs) for key in ("inputs", "crashes", "broken", "slow_over_2s")
    }
    report = {"total": total, "curl_1mb_import_s": _curl_megabyte_s(), "runs": runs}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
