"""``recordingFileConfig`` (§4.4) and ``snapshotConfig`` (§4.5)."""

from __future__ import annotations

from typing import Literal

from recstudio.model.schema._base import ApiModel, meta


class RecordingFileConfig(ApiModel):
    avFileType: list[Literal["hls", "mp4"]] = meta(
        'Formats of the recorded files: ["hls"], or ["hls","mp4"] in mix and web',
        default=["hls"],
        rule="R23",
        min_length=1,
        max_length=2,
        labels={"hls": "HLS (M3U8 + TS)", "mp4": "MP4"},
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
