"""Bad input to ``recstudio render`` / ``recstudio cost``: a one-line message that names the
field or option, exit status 2 — never a traceback (issue 14 review).

Run in-process through ``recstudio.cli.main`` so an escaping exception fails the test
with its own traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recstudio.cli import main


def _body(tmp_path: Path, recording: dict | None = None, **request: object) -> str:
    path = tmp_path / "body.json"
    client = {"recordingConfig": recording or {}, **request}
    path.write_text(json.dumps({"cname": "c", "uid": "9", "clientRequest": client}))
    return str(path)


BAD_BODIES = [
    ({"maxIdleTime": "abc"}, {}, "maxIdleTime"),
    ({"videoStreamType": "x"}, {}, "videoStreamType"),
    ({"streamTypes": "x"}, {}, "streamTypes"),
    ({}, {"recordingFileConfig": [1]}, "recordingFileConfig"),
    ({}, {"recordingFileConfig": {"avFileType": "mp4"}}, "avFileType"),
    (
        {
            "transcodingConfig": {
                "mixedVideoLayout": 3,
                "backgroundConfig": [{"uid": "1", "image_url": "x.png", "render_mode": "q"}],
            }
        },
        {},
        "backgroundConfig[0].render_mode",
    ),
    # §4.3: width, height ≤ 1920 and width × height ≤ 1920 × 1080
    ({"transcodingConfig": {"width": 100000, "height": 100000}}, {}, "transcodingConfig.width"),
    ({"transcodingConfig": {"width": 1920, "height": 1920}}, {}, "2073600"),
    ({"transcodingConfig": {"width": 1e308, "height": 10}}, {}, "transcodingConfig.width"),
    ({"transcodingConfig": {"backgroundColor": 5}}, {}, "backgroundColor"),
    (
        {
            "transcodingConfig": {
                "mixedVideoLayout": 3,
                "layoutConfig": [{"uid": "1", "x_axis": "a", "y_axis": 0, "width": 1, "height": 1}],
            }
        },
        {},
        "layoutConfig[0]",
    ),
]


@pytest.mark.parametrize("command", ["render", "cost"])
@pytest.mark.parametrize(("recording", "request_keys", "named"), BAD_BODIES)
def test_a_bad_body_is_a_clear_message_not_a_traceback(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    recording: dict,
    request_keys: dict,
    named: str,
    _private_home: Path,
) -> None:
    body = _body(tmp_path, recording, **request_keys)
    args = [command, body] + (["-o", str(tmp_path / "f.png")] if command == "render" else [])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("recstudio: ") and named in err, err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_web_service_config_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], _private_home: Path
) -> None:
    body = _body(tmp_path, None, extensionServiceConfig=[1])
    assert main(["cost", body, "--mode", "web"]) == 2
    assert "extensionServiceConfig" in capsys.readouterr().err


@pytest.mark.parametrize(
    "option", [["--at", "nan"], ["--at", "inf"], ["--duration", "inf"], ["--duration", "nan"]]
)
def test_non_finite_times_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    body = _body(tmp_path)
    video, frame = tmp_path / "v.mp4", tmp_path / "f.png"  # never the working directory
    out = ["--video", str(video)] if option[0] == "--duration" else ["-o", str(frame)]
    assert main(["render", body, *out, *option]) == 2
    assert option[0] in capsys.readouterr().err
    assert not video.exists() and not frame.exists()


@pytest.mark.parametrize("hours", ["nan", "inf", "-1"])
def test_non_finite_or_negative_hours_are_refused(
    capsys: pytest.CaptureFixture[str], hours: str, _private_home: Path
) -> None:
    assert main(["cost", "--stream", "1280x720", "--hours", hours]) == 2
    assert "--hours" in capsys.readouterr().err
