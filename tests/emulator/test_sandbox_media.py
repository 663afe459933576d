"""The Sandbox records real media (issue 14, Build 6): two publishers joined through the
admin routes and one updateLayout give an MP4 PyAV decodes, of the body's size and the
task's duration, whose frames before/after the updateLayout show the two layouts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
import requests
from sandbox_kit import APP_ID, CNAME, STORAGE, Api, start_request
from waiting import wait_until

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint
from recstudio.render.sources import card_colour


@pytest.fixture
def media_sandbox(tmp_path: Path) -> Iterator[tuple[SandboxServer, Api, ManualClock, Path]]:
    clock = ManualClock()
    root = tmp_path / "storage"
    with SandboxServer(clock=clock, rate_limit=None, media_dir=root) as server:
        api = Api(server.base_url)
        yield server, api, clock, root
        api.close()


def _admin(api: Api, path: str, body: dict) -> requests.Response:
    reply = api.session.post(f"{api.base_url}/_sandbox/{path}", json=body, timeout=5)
    assert reply.status_code == 200, reply.text
    return reply


def _wait_rendered(api: Api, sid: str, timeout: float = 60.0) -> dict:
    found: dict = {}

    def rendered() -> bool:
        state = api.session.get(f"{api.base_url}/_sandbox/state", timeout=5).json()
        task = state["media"]["tasks"].get(sid)
        found["task"] = task
        return bool(task and task["rendered"])

    wait_until(rendered, timeout, f"media for {sid} to be rendered")
    return found["task"]


def _close(pixel: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    return bool(np.all(np.abs(pixel.astype(int) - np.array(rgb)) <= tolerance))


def test_mix_recording_writes_an_mp4_showing_both_layouts(media_sandbox) -> None:
    _server, api, clock, root = media_sandbox
    a, b = card_colour("1001"), card_colour("1002")
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) > 60  # tellable apart
    for uid in ("1001", "1002"):
        _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": uid})
    request = start_request("mix")
    request["recordingFileConfig"]["avFileType"] = ["hls", "mp4"]
    tc = request["recordingConfig"]["transcodingConfig"]
    tc.update(width=320, height=180, fps=10, mixedVideoLayout=1)
    acquired = api.acquire().json()["resourceId"]
    started = api.start(acquired, "mix", request)
    assert started.status_code == 200, started.text
    ids = (acquired, started.json()["sid"])
    clock.advance(4)
    solo_b = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": "1002", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}],
    }
    t0 = time.perf_counter()
    reply = api.on_task(Endpoint.UPDATE_LAYOUT, ids, "mix", solo_b)
    assert reply.status_code == 200, reply.text
    clock.advance(4)
    stopped = api.on_task(Endpoint.STOP, ids, "mix")
    answered = time.perf_counter() - t0
    assert stopped.status_code == 200, stopped.text
    assert answered < 2.0  # rendering happens after the answer, on the worker

    task = _wait_rendered(api, ids[1])
    assert task["error"] is None
    sid = ids[1]
    folder = root / STORAGE["bucket"] / STORAGE["fileNamePrefix"][0]
    mp4 = folder / f"{sid}_{CNAME}_0.mp4"
    playlist = folder / f"{sid}_{CNAME}.m3u8"
    assert mp4.is_file() and playlist.is_file()
    slices = [line for line in playlist.read_text().splitlines() if line.endswith(".ts")]
    assert slices and all(line.startswith(f"{sid}_{CNAME}_") for line in slices)
    assert all((folder / name).is_file() for name in slices)

    with av.open(str(mp4)) as container:
        stream = container.streams.video[0]
        assert (stream.width, stream.height) == (320, 180)
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(frames) == 80  # 8 s at 10 fps
    before, after = frames[20], frames[60]  # 2 s and 6 s
    # best fit with two users: 1001 left half, 1002 right half (sampled above the uid text)
    assert _close(before[18, 80], a) and _close(before[18, 240], b)
    # after updateLayout: 1002 fills the canvas
    assert _close(after[18, 80], b) and _close(after[18, 240], b)


@pytest.mark.parametrize("flag", ["on", "off"])
def test_emulator_media_flag(flag: str, _private_home: Path) -> None:
    import argparse
    import threading

    from recstudio.emulator.commands import register, run_emulator

    parser = argparse.ArgumentParser(prog="recstudio")
    register(parser.add_subparsers())
    args = parser.parse_args(["emulator", "--port", "0", "--media", flag])
    stop = threading.Event()
    seen: list[object] = []

    def on_ready(server: SandboxServer) -> None:
        seen.append(server.media and server.media.root)
        stop.set()

    assert run_emulator(args, stop=stop, on_ready=on_ready) == 0
    if flag == "off":
        assert seen == [None]  # metadata only, as before
    else:
        assert seen == [_private_home / "data" / "sandbox-storage"]


def test_individual_recording_writes_one_hls_per_uid(media_sandbox) -> None:
    _server, api, clock, root = media_sandbox
    _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": "1001"})
    _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": "1002", "video": False})
    ids = api.begin("individual")
    clock.advance(2)
    assert api.on_task(Endpoint.STOP, ids, "individual").status_code == 200
    task = _wait_rendered(api, ids[1])
    assert task["error"] is None
    folder = root / STORAGE["bucket"] / STORAGE["fileNamePrefix"][0]
    playlist = folder / f"{ids[1]}_{CNAME}__uid_s_1001__uid_e_video.m3u8"
    assert playlist.is_file()
    assert not list(folder.glob("*uid_s_1002*"))  # audio-only: no video file
    first = next(line for line in playlist.read_text().splitlines() if line.endswith(".ts"))
    with av.open(str(folder / first)) as container:
        frame = next(container.decode(video=0)).to_ndarray(format="rgb24")
    assert _close(frame[20, 320], card_colour("1001"))


def test_raw_recording_writes_codec_named_hls_and_mp4_per_uid(media_sandbox) -> None:
    from test_sandbox_raw import begin_raw, raw_request

    _server, api, clock, root = media_sandbox
    _admin(api, f"apps/{APP_ID}/channels/{CNAME}/join", {"uid": "1001"})
    ids = begin_raw(api, raw_request(avFileType=["hls", "mp4"]))
    clock.advance(2)
    assert api.on_task(Endpoint.STOP, ids, "raw").status_code == 200
    assert _wait_rendered(api, ids[1])["error"] is None
    folder = root / STORAGE["bucket"] / STORAGE["fileNamePrefix"][0]
    prefix = f"{ids[1]}_{CNAME}__uid_s_1001__uid_e"
    playlist = folder / f"{prefix}_h264.m3u8"
    assert playlist.is_file()
    slices = [line for line in playlist.read_text().splitlines() if line.endswith(".ts")]
    assert slices and all(name.endswith("_h264.ts") for name in slices)
    with av.open(str(folder / f"{prefix}_0_h264.mp4")) as container:
        frames = list(container.decode(video=0))
    assert len(frames) == 30  # 2 s at 15 fps
