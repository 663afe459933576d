"""``recstudio render``: a PNG frame and an MP4 decoded back with PyAV, sources on the
command line, and clear messages for bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import av
import numpy as np
from PIL import Image

from recstudio.model.project import new_project, save_project


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recstudio", "render", *args], capture_output=True, text=True
    )


def project_file(tmp_path: Path) -> Path:
    p = new_project()
    p.start["recordingConfig"]["transcodingConfig"].update(width=640, height=360, fps=10)
    p.layouts["Main"] = {"mixedVideoLayout": 1, "backgroundColor": "#ffffff"}
    p.layouts["Solo"] = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "2", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
    }
    p.rehearsal = {
        "duration": 3,
        "events": [
            {"at": 0, "kind": "join", "uid": "1", "source": "#ff0000"},
            {"at": 0, "kind": "join", "uid": "2", "source": "#0000ff"},
            {"at": 1.5, "kind": "layout", "layout": "Solo"},
        ],
    }
    path = tmp_path / "p.recstudio.json"
    save_project(p, path)
    return path


def test_frame_png_shows_the_script_at_that_time(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    out = tmp_path / "f.png"
    proc = run(str(path), "--at", "0.5", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    frame = np.asarray(Image.open(out))
    assert frame.shape == (360, 640, 3)
    # best fit, 2 users: side by side halves
    assert tuple(frame[180, 160]) == (255, 0, 0) and tuple(frame[180, 480]) == (0, 0, 255)
    later = tmp_path / "g.png"
    assert run(str(path), "--at", "2", "-o", str(later)).returncode == 0
    assert tuple(np.asarray(Image.open(later))[180, 160]) == (0, 0, 255)


def test_source_override_and_layout_option(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    out = tmp_path / "f.png"
    proc = run(str(path), "--layout", "Solo", "--source", "2=#00ff00@320x180", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert tuple(np.asarray(Image.open(out))[10, 10]) == (0, 255, 0)


def test_video_mp4_decodes_at_the_body_size_rate_and_duration(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    out = tmp_path / "v.mp4"
    proc = run(str(path), "--video", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "rendering 30/30 frames (100%)" in proc.stderr
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.name, stream.width, stream.height) == ("h264", 640, 360)
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(frames) == 30  # 3 s at 10 fps
    first, last = frames[2], frames[-1]
    assert first[180, 160, 0] > 200 and first[180, 160, 2] < 60  # red on the left
    assert last[180, 160, 2] > 200 and last[180, 160, 0] < 60  # Solo: blue everywhere


def test_bad_input_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    cases = [
        (["--source", "1=sparkles", "-o", "x.png"], "expected #RRGGBB"),
        (["--source", "1=/nope/clip.mp4", "-o", "x.png"], "no such file"),
        (["--layout", "Nope", "-o", "x.png"], "no layout named 'Nope'"),
    ]
    for extra, message in cases:
        proc = run(str(path), *extra)
        assert proc.returncode == 2 and message in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    body = tmp_path / "odd.json"
    body.write_text(
        '{"cname": "c", "uid": "1", "clientRequest": {"recordingConfig": '
        '{"transcodingConfig": {"width": 641, "height": 360}}}}'
    )
    proc = run(str(body), "--video", str(tmp_path / "o.mp4"), "--duration", "1")
    assert proc.returncode == 1 and "even width and height" in proc.stderr


def test_a_looped_video_file_source(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    from recstudio.render.plan import Canvas
    from recstudio.render.video import write_mp4

    def colour(t: float) -> np.ndarray:
        frame = np.zeros((90, 160, 3), dtype=np.uint8)
        frame[:] = (0, 255, 0) if t < 0.5 else (255, 0, 255)
        return frame

    write_mp4(clip, Canvas(160, 90, 10, 300), colour, 1.0)
    from recstudio.render.frames import FrameRenderer
    from recstudio.render.session import Session

    full = {"uid": "7", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}
    transcoding = {"width": 320, "height": 180, "mixedVideoLayout": 3, "layoutConfig": [full]}
    body = {"clientRequest": {"recordingConfig": {"transcodingConfig": transcoding}}}
    renderer = FrameRenderer(Session.from_body(body), {"7": str(clip)})
    for t, green in ((0.2, True), (0.8, False), (1.2, True), (1.8, False), (0.1, True)):
        pixel = renderer.frame(t)[90, 160]
        assert bool(pixel[1] > 200 and pixel[0] < 60) is green, (t, pixel)
    renderer.close()


def test_a_value_with_a_newline_cannot_forge_an_output_line(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    proc = run(str(path), "--source", "1=evil\nrecstudio: all good.png", "-o", "x.png")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "\\n" in proc.stderr
