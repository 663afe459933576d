"""Postponed transcoding and audio mixing (reference §4.8): legacy, individual + scene 2 only.

Removed from the 2026 reference; kept so old bodies import and export unchanged (R36).
"""

from __future__ import annotations

from typing import Literal

from recstudio.model.schema._base import ApiModel, meta


class AppsCollection(ApiModel):
    combinationPolicy: Literal["default", "postpone_transcoding"] = meta(
        "How the recording applications are combined",
        default="default",
        rule="R36",
        labels={
            "default": "Default (everything except postponed transcoding/audio mixing)",
            "postpone_transcoding": "Postponed transcoding or audio mixing",
        },
    )


class TranscodeContainer(ApiModel):
    format: Literal["mp4", "mp3", "m4a", "aac"] = meta(
        "Container of the output file (mp4 for postponed transcoding)",
        default="mp4",
        rule="R36",
        labels={"mp4": "MP4", "mp3": "MP3", "m4a": "M4A", "aac": "AAC"},
    )


class TransConfig(ApiModel):
    transMode: Literal["postponeTranscoding", "audioMix"] = meta(
        "Kind of postponed processing",
        rule="R36",
        labels={
            "postponeTranscoding": "Postponed transcoding",
            "audioMix": "Postponed audio mixing",
        },
    )


class TranscodeAudio(ApiModel):
    sampleRate: Literal["48000", "32000", "16000"] = meta(
        "Audio sample rate in Hz (a string)",
        default="48000",
        rule="R36",
        labels={"48000": "48 kHz", "32000": "32 kHz", "16000": "16 kHz"},
    )
    bitrate: str = meta("Audio bitrate (a string; only 48000 is documented)", default="48000")
    channels: Literal["1", "2"] = meta(
        "Number of audio channels (a string)",
        default="2",
        rule="R36",
        labels={"1": "Mono", "2": "Stereo"},
    )


class TranscodeOptions(ApiModel):
    transConfig: TransConfig = meta("Transcoding mode", rule="R36")
    container: TranscodeContainer | None = meta("Output container", default=None)
    audio: TranscodeAudio | None = meta(
        "Audio profile of the output (audio mixing only)", default=None, rule="R36"
    )
