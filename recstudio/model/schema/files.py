"""``recordingFileConfig`` (§4.4) and ``snapshotConfig`` (§4.5)."""

from __future__ import annotations

from typing import Literal

from recstudio.model.schema._base import ApiModel, meta


class RecordingFileConfig(ApiModel):
    avFileType: list[Literal["hls", "mp4", "mp3"]] = meta(
        'Formats of the recorded files: ["hls"], or ["hls","mp4"] in mix, web and raw; '
        '"mp3" (audio only) in raw mode',
        default=["hls"],
        rule="R23",
        min_length=1,
        max_length=3,
        labels={"hls": "HLS (M3U8 + TS)", "mp4": "MP4", "mp3": "MP3 (audio only, raw mode)"},
    )


class SnapshotConfig(ApiModel):
    captureInterval: int = meta(
        "Seconds between two screenshots (5 – 3600; older docs allow 1)",
        default=10,
        rule="R24",
        ge=1,
        le=3600,
    )
    fileType: list[Literal["jpg"]] = meta(
        'Screenshot format; must be ["jpg"]',
        rule="R24",
        min_length=1,
        max_length=1,
        labels={"jpg": "JPG"},
    )
