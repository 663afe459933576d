"""Start bodies of the seed start-method reference (S5), as plain dicts.

They are read from the verbatim copies in ``seed_examples/`` (one copy of the seeds in the
tests), with two documented corrections so every body is the shape its example intends:
the first example's missing comma after fileNamePrefix (a JSON error tested elsewhere), and
the audio-mix example's "xxxx" placeholders, given the documented defaults (§4.8).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

_SEEDS = Path(__file__).parent / "seed_examples"
_FILES = {
    "mix": "start-method-mix-start-missing-comma",
    "vod": "start-method-individual-vod-legacy",
    "snapshot_only": "start-method-individual-screenshots-only",
    "snapshot_and_recording": "start-method-individual-recording-and-screenshots",
    "web": "start-method-web-start",
    "web_rtmp": "start-method-web-start-with-cdn-push",
    "audio_original": "start-method-individual-audio-original",
    "audio_mix": "start-method-individual-postponed-audio-mix",
}


def _load(name: str) -> dict[str, Any]:
    text = (_SEEDS / f"{_FILES[name]}.json").read_text(encoding="utf-8")
    if name == "mix":
        text = text.replace(
            '"directory2"\n]\n"extensionParams"', '"directory2"\n],\n"extensionParams"'
        )
    body: dict[str, Any] = json.loads(text)
    if name == "audio_mix":
        body["clientRequest"]["transcodeOptions"]["audio"] = {
            "sampleRate": "48000", "bitrate": "48000", "channels": "2",
        }  # fmt: skip
    return body


ALL_SEEDS: dict[str, dict[str, Any]] = {name: _load(name) for name in _FILES}
STORAGE: dict[str, Any] = copy.deepcopy(
    ALL_SEEDS["snapshot_only"]["clientRequest"]["storageConfig"]
)


def custom_mix_body(regions: int = 17) -> dict[str, Any]:
    """A full mix start body with a custom layout of ``regions`` regions."""
    layout = [
        {
            "uid": str(100 + i),
            "x_axis": round((i % 4) * 0.25, 6),
            "y_axis": round((i // 4) * 0.2, 6),
            "width": 0.25,
            "height": 0.2,
            "alpha": 1,
            "render_mode": i % 2,
        }
        for i in range(regions)
    ]
    return {
        "cname": "room1",
        "uid": "527841",
        "clientRequest": {
            "token": "007abc",
            "recordingConfig": {
                "channelType": 1,
                "streamTypes": 2,
                "maxIdleTime": 300,
                "audioProfile": 1,
                "subscribeAudioUids": ["#allstream#"],
                "transcodingConfig": {
                    "width": 1280,
                    "height": 720,
                    "fps": 30,
                    "bitrate": 3420,
                    "mixedVideoLayout": 3,
                    "backgroundColor": "#112233",
                    "layoutConfig": layout,
                    "backgroundConfig": [{"uid": "100", "image_url": "https://x.test/y.jpg"}],
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": {
                "vendor": 1,
                "region": 0,
                "bucket": "b",
                "accessKey": "a",
                "secretKey": "s",
                "fileNamePrefix": ["a", "b"],
            },
        },
    }
