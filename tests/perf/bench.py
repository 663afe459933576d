"""Benchmarks for the budgets of design.md and issue 12; prints ONE JSON object.

Run: ``.venv/bin/python tests/perf/bench.py`` (``--only KEY[,KEY]`` runs a subset,
``--quick`` few runs on small inputs: what the test suite does so this script cannot rot,
``--markdown`` adds README's table). Every figure is measured the way users feel it: launch
to the first *painted* frame (not ``showEvent``, which Qt sends before layout and paint),
memory and drags after the first check has finished, GUI freezes with a 1 ms timer probe.
Every timing is the median of several runs with min and max beside it, and every ratio
comes from the same run. Nothing here asserts: a person compares figures and budgets.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

#: set by --quick: few runs, small inputs (the suite's smoke run)
QUICK = os.environ.get("RECSTUDIO_BENCH_QUICK") == "1"


def runs(full: int, quick: int = 2) -> int:
    return quick if QUICK else full


def stats(samples: Sequence[float], name: str, digits: int = 2) -> dict[str, float]:
    """``name_median``, ``name_min``, ``name_max`` (and ``name_p95`` for long series)."""
    ordered = sorted(samples)
    out = {
        f"{name}_median": round(statistics.median(ordered), digits),
        f"{name}_min": round(ordered[0], digits),
        f"{name}_max": round(ordered[-1], digits),
    }
    if len(ordered) >= 20:
        out[f"{name}_p95"] = round(ordered[int(0.95 * (len(ordered) - 1))], digits)
    return out


def full_mix_start_body(regions: int = 17) -> dict:
    """A full mix start body with a custom layout of ``regions`` regions (the budget's case)."""
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
                    "layoutConfig": layout_config(regions),
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


def layout_config(regions: int) -> list[dict]:
    out = []
    for i in range(regions):
        col, row = i % 5, i // 5
        out.append(
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
    return out


def _time_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


@contextmanager
def private_home() -> Iterator[str]:
    """A throw-away RECSTUDIO_HOME and no keyring: a benchmark never touches real settings."""
    previous = os.environ.get("RECSTUDIO_HOME")
    with tempfile.TemporaryDirectory(prefix="recstudio-bench-") as home:
        os.environ["RECSTUDIO_HOME"] = home
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        try:
            yield home
        finally:
            if previous is None:
                os.environ.pop("RECSTUDIO_HOME", None)
            else:
                os.environ["RECSTUDIO_HOME"] = previous


def _spin(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("benchmark condition not reached in time")
        QApplication.processEvents()
        time.sleep(0.001)


class FreezeProbe:
    """A 1 ms GUI timer; the longest gap between its ticks is the longest GUI freeze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def __enter__(self) -> FreezeProbe:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()
        self._tick()  # a freeze that lasts until the end counts too

    @property
    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0)


def _gui_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _window() -> Any:
    """The real main window, shown, after its first check and the recordings' launch."""
    from recstudio.ui.launch import build_main_window

    _gui_app()
    window = build_main_window()
    window.show()
    _spin(lambda: window.document.checked_once and window.recordings.controller.loaded)
    return window


def _close(window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window.document.undo_stack.setClean()
    if window.recordings.close_hook in window.close_hooks:
        window.close_hooks.remove(window.recordings.close_hook)
    window.close()
    window.deleteLater()
    QApplication.processEvents()


# -- Qt-free ------------------------------------------------------------------------------
def bench_validate() -> dict:
    from recstudio.model import Endpoint, Mode
    from recstudio.model.rules import check_body

    body = full_mix_start_body()
    problems = check_body(body, Endpoint.START, Mode.MIX)
    errors = [p for p in problems if p.is_error]
    assert not errors, f"benchmark body must be valid: {errors}"
    _time_ms(lambda: check_body(body, Endpoint.START, Mode.MIX), runs(200, 5))  # warm up
    samples = _time_ms(lambda: check_body(body, Endpoint.START, Mode.MIX), runs(2000, 20))
    return stats(samples, "validate_start_ms", 4)


def bench_snap() -> dict:
    """Snapping one moving region against 16 others and a 20 px grid (budget 50 µs per
    mouse move); was a timed assertion in tests/layout, which a loaded machine failed."""
    from recstudio.layout.presets import BEST_FIT, preset_regions
    from recstudio.layout.regions import Region
    from recstudio.layout.snapping import SnapTargets, snap_move

    targets = SnapTargets(preset_regions(BEST_FIT, 16), 1920, 1080, grid_px=20)
    moving = Region(0.31, 0.27, 0.2, 0.2)

    def move() -> None:
        snap_move(moving, targets, 1920, 1080, threshold_x=0.005, threshold_y=0.008)

    _time_ms(move, runs(200, 5))  # warm up
    samples = [ms * 1000 for ms in _time_ms(move, runs(5000, 20))]
    return stats(samples, "snap_move_17_regions_us", 1)


# -- launch: first painted frame, settled memory --------------------------------------------
#: Installed into both children: the first Paint event delivered to the window (or a child
#: of it) queues a zero timer, which fires when that paint pass, and the backing store
#: flush that ends it, have finished: the first frame a user could see.
_FRAME_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

class FirstFrame(QObject):
    def __init__(self, window, then=None):
        super().__init__()
        self.window, self.then, self.seen = window, then, False
    def eventFilter(self, obj, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget) and obj.window() is self.window):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"FRAME {time.time()}", flush=True)
        if self.then is not None:
            self.then()

def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
"""

_APP_CHILD = (
    _FRAME_PROBE
    + """
import recstudio.ui.launch as launch  # imports no Qt: the real launch order is kept
_build = launch.build_main_window
def _build_and_watch():
    from PySide6.QtWidgets import QApplication
    window = _build()
    app = QApplication.instance()
    def settled():
        if window.document.checked_once and window.recordings.controller.loaded:
            print(f"SETTLED {time.time()} {rss_mb()}", flush=True)
            app.exit(0)
        else:
            QTimer.singleShot(5, settled)
    probe = FirstFrame(window, settled)
    app.installEventFilter(probe)
    window._bench_probe = probe
    return window
launch.build_main_window = _build_and_watch
from recstudio.cli import main
sys.exit(main(["gui"]))
"""
)

_BARE_CHILD = (
    _FRAME_PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1440, 900)
probe = FirstFrame(w, app.quit)
app.installEventFilter(probe)
w.show()
app.exec()
"""
)


def _launch_once(code: str, home: str) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("RECSTUDIO_BENCH_QPA", "offscreen"),
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
        timeout=120,
    )
    out: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word == "FRAME":
            out["frame_ms"] = (float(rest) - t0) * 1000
        elif word == "SETTLED":
            when, rss = rest.split()
            out["settled_ms"] = (float(when) - t0) * 1000
            out["rss_mb"] = float(rss)
    if "frame_ms" not in out:
        raise RuntimeError(f"child painted no frame: {proc.stderr[-2000:]}")
    return out


def bench_launch() -> dict:
    """Process start → first painted frame of the main window, against a bare PySide6
    window timed the same way, alternating in the same run; memory once settled."""
    n = runs(7, 2)
    with tempfile.TemporaryDirectory(prefix="recstudio-bench-") as home:
        _launch_once(_BARE_CHILD, home)  # warm the OS file cache for both
        _launch_once(_APP_CHILD, home)
        bare, app = [], []
        for _ in range(n):
            bare.append(_launch_once(_BARE_CHILD, home))
            app.append(_launch_once(_APP_CHILD, home))
    ratios = [a["frame_ms"] / b["frame_ms"] for a, b in zip(app, bare, strict=True)]
    return {
        **stats([r["frame_ms"] for r in app], "launch_frame_ms", 1),
        **stats([r["frame_ms"] for r in bare], "bare_frame_ms", 1),
        "launch_vs_bare": round(
            statistics.median(r["frame_ms"] for r in app)
            / statistics.median(r["frame_ms"] for r in bare),
            2,
        ),
        **stats(ratios, "launch_vs_bare_pairwise", 2),
        **stats([r["settled_ms"] for r in app], "launch_settled_ms", 1),
        **stats([r["rss_mb"] for r in app], "rss_after_first_check_mb", 1),
    }


# -- edits ---------------------------------------------------------------------------------
def _many_layouts_project(layouts: int, regions: int) -> Any:
    from recstudio.model import Endpoint
    from recstudio.model.importing import import_document

    project = import_document(json.dumps(full_mix_start_body(regions)), endpoint=Endpoint.START)
    project = project.project
    scene = project.layouts[project.start_layout]
    project.layouts = {project.start_layout: scene} | {
        f"Scene {i:02d}": json.loads(json.dumps(scene)) for i in range(1, layouts)
    }
    return project


def _edit_samples(
    window: Any, path: tuple, values: Sequence[Any], check: str | None = None
) -> list[float]:
    """Time each edit to the end of its refresh; ``check`` (default: the last value) must
    then be in the JSON panel."""
    from PySide6.QtWidgets import QApplication

    samples = []
    for value in values:
        t0 = time.perf_counter()
        window.document.set_value(path, value)
        QApplication.processEvents()  # the coalesced refresh: bodies, checks, both panels
        samples.append((time.perf_counter() - t0) * 1000)
    check = json.dumps(values[-1]) if check is None else check
    if check not in window.json_panel.text.toPlainText():
        raise RuntimeError(f"the JSON panel does not show the edit ({check})")
    return samples


def bench_edit() -> dict:
    """An edit → JSON panel and problems panel updated: one layout (17 regions), and 50
    named layouts × 17 regions (a region of a scene, and a start field)."""
    with private_home():
        window = _window()
        try:
            n = runs(300, 20)
            from recstudio.model import Endpoint
            from recstudio.model.importing import import_document

            project = import_document(
                json.dumps(full_mix_start_body()), endpoint=Endpoint.START
            ).project
            window.document.replace_project(project)
            path = ("start", "recordingConfig", "maxIdleTime")
            one = _edit_samples(window, path, [300 + i % 50 for i in range(n)])

            layouts = runs(50, 50)
            window.document.replace_project(_many_layouts_project(layouts, 17))
            scene = ("layouts", "Scene 17", "layoutConfig", 7, "x_axis")
            scene_values = [round(0.1 + (i % 40) / 100, 2) for i in range(n)]
            many_scene = _edit_samples(window, scene, scene_values, "maxIdleTime")
            many_start = _edit_samples(window, path, [300 + i % 50 for i in range(n)])
        finally:
            _close(window)
    return {
        **stats(one, "edit_to_json_ms"),
        **stats(many_scene, "edit_50_layouts_scene_ms"),
        **stats(many_start, "edit_50_layouts_start_ms"),
    }


def bench_drag() -> dict:
    from bench_canvas import bench_drag as run

    _gui_app()
    return run(runs(300, 30))


def bench_stall() -> dict:
    from bench_stall import bench_stall as run

    _gui_app()
    return run(runs(5, 1) * 1.0)


# -- the request log of a support desk's day --------------------------------------------------
def _records(count: int) -> list[Any]:
    from recstudio.api.results import RequestRecord

    body = full_mix_start_body()
    body["clientRequest"]["token"] = "<TOKEN>"
    body["clientRequest"]["storageConfig"]["secretKey"] = "<STORAGE_SECRET_KEY>"
    out = []
    for i in range(count):
        sid = f"{i:032x}"
        endpoint = ("acquire", "start", "query", "updateLayout", "stop")[i % 5]
        out.append(
            RequestRecord(
                time=1.7e9 + i,
                endpoint=endpoint,
                method="POST" if endpoint != "query" else "GET",
                url=f"https://api.sd-rtn.com/v1/apps/APPID/cloud_recording/resourceid/R{i}/sid/{sid}/mode/mix/{endpoint}",
                http_status=200 if i % 17 else 404,
                agora_code=None if i % 17 else 404,
                latency_ms=80.0 + i % 50,
                request_body=body if endpoint in ("start", "updateLayout") else {"cname": "c"},
                response_body={"resourceId": f"R{i}", "sid": sid, "serverResponse": {"status": 5}},
                error=None if i % 17 else "the recording is not found (404)",
            )
        )
    return out


def bench_request_log() -> dict:
    """10k calls: one keystroke in the filter, and the freeze of "Export for support ticket"."""
    from PySide6.QtWidgets import QApplication

    count = runs(10_000, 500)
    with private_home() as home:
        window = _window()
        try:
            controller = window.recordings.controller
            for record in _records(count):  # as the client logs them: one at a time
                controller.request_log.on_logged(record)
            panel = window.recordings.log_panel
            kept = len(controller.log)  # the log's own limit may keep fewer
            _spin(lambda: panel.model.rowCount() == kept)
            keystrokes = []
            for word in ("s", "st", "sta", "star", "start", "", "0000", "00000f", "404", ""):
                t0 = time.perf_counter()
                panel.filter.setText(word)
                QApplication.processEvents()
                keystrokes.append((time.perf_counter() - t0) * 1000)
            freezes = []
            for i in range(runs(5, 1)):
                target = Path(home) / f"support-{i}.json"
                written: list[Path] = []
                with FreezeProbe() as probe:
                    controller.export_log(target, on_done=written.append)
                    _spin(lambda written=written: bool(written))
                freezes.append(probe.longest_ms)
        finally:
            _close(window)
    return {
        "request_log_calls": float(kept),
        **stats(keystrokes, "log_filter_keystroke_ms"),
        **stats(freezes, "log_export_freeze_ms"),
    }


# -- a 10 MB body ------------------------------------------------------------------------------
def big_body_text(megabytes: float) -> str:
    """A start body whose subscribe list makes it ``megabytes`` MB (900k lines at 10 MB)."""
    body = full_mix_start_body()
    count = int(megabytes * 1e6 / 14)
    body["clientRequest"]["recordingConfig"]["subscribeAudioUids"] = [
        str(100000 + i) for i in range(count)
    ]
    return json.dumps(body, indent=1)


def bench_big_import() -> dict:
    """Import a 10 MB body file the way the app does; the longest GUI freeze until the
    window shows its body and problems, and the memory afterwards."""
    megabytes = 1.0 if QUICK else 10.0
    with private_home() as home:
        path = Path(home) / "big-start.json"
        path.write_text(big_body_text(megabytes), encoding="utf-8")
        window = _window()
        try:
            freezes, totals, autosave_freezes, open_freezes = [], [], [], []
            project_file = Path(home) / "big.recstudio.json"
            for _ in range(runs(5, 1)):
                from recstudio.model.project import new_project

                window.files.replace_with(new_project())
                _spin(lambda: window.document.checked_once)
                t0 = time.perf_counter()
                with FreezeProbe() as probe:
                    _import_file(window, path)
                    _spin(
                        lambda: (
                            not window.document._refresh_timer.isActive()
                            and '"100010"' in window.json_panel.text.toPlainText()
                        )
                    )
                totals.append((time.perf_counter() - t0) * 1000)
                freezes.append(probe.longest_ms)
                # then the autosave of the 10 MB project (it used to copy it on the GUI thread)
                saved = window.files.autosaver._paths()[0]
                saved.unlink(missing_ok=True)
                with FreezeProbe() as probe:
                    window.files.autosaver.flush()
                    _spin(lambda saved=saved: saved.exists() and saved.stat().st_size > 1e5)
                autosave_freezes.append(probe.longest_ms)
                # then opening that project from its file, as after a restart
                from recstudio.model.project import save_project

                save_project(window.document.snapshot(), project_file)
                window.files.replace_with(new_project())
                _spin(lambda: window.document.checked_once)
                with FreezeProbe() as probe:
                    window.files.open_path(project_file, confirmed=True)
                    _spin(lambda: window.document.file_path == project_file)
                open_freezes.append(probe.longest_ms)
            rss = _rss_mb()
        finally:
            _close(window)
    return {
        "big_import_mb": megabytes,
        **stats(freezes, "big_import_longest_freeze_ms", 1),
        **stats(totals, "big_import_total_ms", 1),
        **stats(autosave_freezes, "big_autosave_longest_freeze_ms", 1),
        **stats(open_freezes, "big_open_longest_freeze_ms", 1),
        "big_import_rss_mb": round(rss, 1),
    }


def _import_file(window: Any, path: Path) -> None:
    """The app's import of a file: on a worker with progress where the app has it (issue
    12), else what "Open file…" + Import did (read, parse and check on the GUI thread)."""
    files = window.files
    if hasattr(files, "import_file"):
        files.import_file(path)
        return
    from recstudio.ui.dialogs.import_dialog import import_text

    import_text(window.document, path.read_text(encoding="utf-8"), files=files)


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- the CLI ---------------------------------------------------------------------------------
def bench_cli() -> dict:
    """``recstudio validate`` of one body against ``python -c pass``, alternating."""
    n = runs(9, 2)
    with tempfile.TemporaryDirectory(prefix="recstudio-bench-") as home:
        body = Path(home) / "start.json"
        body.write_text(json.dumps(full_mix_start_body()), encoding="utf-8")
        env = dict(os.environ, RECSTUDIO_HOME=home)
        validate = [sys.executable, "-m", "recstudio", "validate", str(body)]
        bare = [sys.executable, "-c", "pass"]

        def once(cmd: list[str]) -> float:
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, env=env, cwd=str(ROOT), timeout=60)
            if proc.returncode not in (0, 1):
                raise RuntimeError(proc.stderr.decode()[-2000:])
            return (time.perf_counter() - t0) * 1000

        once(validate)
        once(bare)
        cli, python = [], []
        for _ in range(n):
            python.append(once(bare))
            cli.append(once(validate))
    return {
        **stats(cli, "validate_cli_ms", 1),
        **stats(python, "python_pass_ms", 1),
        "validate_cli_vs_python": round(statistics.median(cli) / statistics.median(python), 2),
    }


# -- figures other helpers own ------------------------------------------------------------------
def _optional(module: str, function: str, **quick: Any) -> dict:
    """``function()`` of ``tests/perf/<module>.py`` when that file exists (the ledger and the
    compositor keep their own benchmarks), with ``quick`` keyword arguments in quick mode
    (skipped there if it takes none of them); ``{module}_missing`` when the file is not
    there, so this script runs without it."""
    import inspect

    path = HERE / f"{module}.py"
    if not path.exists():
        return {f"{module}_missing": 1.0}
    spec = importlib.util.spec_from_file_location(module, path)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    run = getattr(loaded, function)
    takes = inspect.signature(run).parameters
    kwargs = {k: v for k, v in quick.items() if k in takes} if QUICK else {}
    if QUICK and quick and not kwargs:
        # no way to make it short (the compositor's bench encodes a 60 s MP4): the suite's
        # smoke run only proves it imports
        return {f"{module}_skipped_in_quick_mode": 1.0}
    return dict(run(**kwargs))


def bench_ledger() -> dict:
    with private_home():
        return _optional("ledger_bench", "bench_ledger", runs=2, window=False)


def bench_render() -> dict:
    return _optional("render_bench", "bench_render", runs=2)


BENCHES: dict[str, Callable[[], dict]] = {
    "validate": bench_validate,
    "snap": bench_snap,
    "launch": bench_launch,
    "edit": bench_edit,
    "drag": bench_drag,
    "stall": bench_stall,
    "request_log": bench_request_log,
    "big_import": bench_big_import,
    "cli": bench_cli,
    "ledger": bench_ledger,
    "render": bench_render,
}

#: README's table: (figure, budget, how it is shown from the result)
TABLE: list[tuple[str, str, Callable[[dict], str]]] = [
    (
        "launch to first painted frame",
        "≤ 600 ms and ≤ 3× bare window",
        lambda r: (
            f"{_mmm(r, 'launch_frame_ms')} ms; {r['launch_vs_bare']}× bare "
            f"({_mmm(r, 'bare_frame_ms')} ms)"
        ),
    ),
    (
        "RSS after the first check",
        "≤ 120 MB",
        lambda r: f"{_mmm(r, 'rss_after_first_check_mb')} MB",
    ),
    (
        "edit → JSON + problems, 50 layouts × 17 regions",
        "p95 ≤ 10 ms",
        lambda r: (
            f"scene edit p95 {r['edit_50_layouts_scene_ms_p95']} ms "
            f"({_mmm(r, 'edit_50_layouts_scene_ms')}); start edit p95 "
            f"{r['edit_50_layouts_start_ms_p95']} ms"
        ),
    ),
    (
        "drag move, 17 regions, after the first check",
        "median ≤ 1 ms, p95 ≤ 3 ms",
        lambda r: f"median {r['drag_move_ms_median']} ms, p95 {r['drag_move_ms_p95']} ms",
    ),
    (
        "request log of 10k calls: filter keystroke / export freeze",
        "≤ 16 ms / ≤ 50 ms",
        lambda r: f"{_mmm(r, 'log_filter_keystroke_ms')} ms / {_mmm(r, 'log_export_freeze_ms')} ms",
    ),
    (
        "10 MB body import: longest GUI freeze",
        "≤ 100 ms",
        lambda r: (
            f"{_mmm(r, 'big_import_longest_freeze_ms')} ms (its autosave: "
            f"{_mmm(r, 'big_autosave_longest_freeze_ms')} ms; opening it from its file: "
            f"{_mmm(r, 'big_open_longest_freeze_ms')} ms)"
        ),
    ),
    (
        "`recstudio validate` of one file",
        "≤ 6× `python -c pass`",
        lambda r: (
            f"{r['validate_cli_vs_python']}× ({_mmm(r, 'validate_cli_ms')} ms vs "
            f"{_mmm(r, 'python_pass_ms')} ms)"
        ),
    ),
    ("validate a full start body", "median ≤ 1 ms", lambda r: f"{_mmm(r, 'validate_start_ms')} ms"),
    (
        "ledger of 100k recordings: may be running / one mark / launch vs empty",
        "≤ 20 ms / ≤ 5 ms / within 5 %",
        lambda r: (
            f"{_fig(r['ledger_may_be_running_ms'])} ms / {_fig(r['ledger_mark_ms'])} ms / "
            f"{r['ledger_launch_load_ratio']}× load, {r['ledger_launch_rss_ratio']}× RSS"
        ),
    ),
]


def _fig(figure: Any) -> str:
    """The ledger bench's figures are ``{median, min, max}`` objects."""
    if isinstance(figure, dict):
        return f"{figure.get('median')} ({figure.get('min')}–{figure.get('max')})"
    return str(figure)


def _mmm(result: dict, name: str) -> str:
    """median (min–max)"""
    return f"{result[name + '_median']} ({result[name + '_min']}–{result[name + '_max']})"


def markdown(result: dict) -> str:
    lines = ["| figure | budget | measured: median (min–max) |", "|---|---|---|"]
    for figure, budget, show in TABLE:
        try:
            shown = show(result)
        except KeyError:
            shown = "not measured"
        lines.append(f"| {figure} | {budget} | {shown} |")
    return "\n".join(lines)


def compile_like_an_install() -> bool:
    """Byte-compile the package before timing, as ``pip install`` and PyInstaller do: a
    user's launch reads ``.pyc`` files. A shell with ``PYTHONDONTWRITEBYTECODE=1`` (this
    project's dev machines have it) never writes them for an editable checkout, so every
    timed launch compiled ~80 modules from source (~150 ms), a cost no user pays."""
    import compileall

    return bool(compileall.compile_dir(str(ROOT / "recstudio"), quiet=1))


def main() -> int:
    global QUICK
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated bench names")
    parser.add_argument("--quick", action="store_true", help="few runs, small inputs")
    parser.add_argument("--markdown", action="store_true", help="also print README's table")
    args = parser.parse_args()
    if args.quick:
        QUICK = True
        os.environ["RECSTUDIO_BENCH_QUICK"] = "1"
    names = [n for n in args.only.split(",") if n] or list(BENCHES)
    unknown = sorted(set(names) - set(BENCHES))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHES)}")
    result: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
        "load_average": round(os.getloadavg()[0], 2),
        "quick": QUICK,
    }
    if len(names) == 1:
        compile_like_an_install()
        result.update(BENCHES[names[0]]())
    else:
        # one process per benchmark: GUI benchmarks must not pay for each other's leftovers
        # (a garbage collection of the previous window showed up as a 60 ms "stall")
        for name in names:
            child = subprocess.run(
                [sys.executable, __file__, "--only", name, *(["--quick"] if QUICK else [])],
                capture_output=True,
                text=True,
                cwd=str(ROOT),
            )
            if child.returncode != 0:  # say so, keep the other figures
                print(f"benchmark {name} failed:\n{child.stderr[-3000:]}", file=sys.stderr)
                result[f"{name}_failed"] = 1.0
                continue
            result.update(json.loads(child.stdout.strip().splitlines()[-1]))
    print(json.dumps(result))
    if args.markdown:
        print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
