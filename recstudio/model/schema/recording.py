"""``recordingConfig`` (reference §4.1) and the per-media subscription lists shared with update."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices

from recstudio.model.schema._base import (
    AUDIO_PROFILE_LABELS,
    ApiModel,
    AudioProfile,
    ChannelType,
    I,
    M,
    Salt,
    StreamTypes,
    StrictIntChoice,
    SubscribeUid,
    Uid,
    meta,
)
from recstudio.model.schema.transcoding import TranscodingConfig

CHANNEL_TYPE_LABELS = {0: "Communication", 1: "Live broadcast"}
STREAM_TYPES_LABELS = {0: "Audio only", 1: "Video only", 2: "Audio and video"}
STREAM_MODE_LABELS = {
    "default": "Default: separate audio and video M3U8 per UID",
    "standard": "Standard: also a merged audio+video M3U8 per UID (recommended)",
    "original": "Original: audio only, not transcoded (streamTypes 0)",
}
DECRYPTION_LABELS = {
    0: "None",
    1: "AES_128_XTS",
    2: "AES_128_ECB",
    3: "AES_256_XTS",
    4: "SM4_128_ECB",
    5: "AES_128_GCM",
    6: "AES_256_GCM",
    7: "AES_128_GCM2 (needs salt)",
    8: "AES_256_GCM2 (needs salt)",
}
VIDEO_STREAM_LABELS = {0: "High-quality (big) stream", 1: "Low-quality (small) stream"}
UID_GROUP_LABELS = {
    0: "1–2 UIDs",
    1: "3–7 UIDs",
    2: "8–12 UIDs",
    3: "13–17 UIDs",
    4: "18–32 UIDs",
    5: "33–49 UIDs",
}

SubscribeList = list[SubscribeUid]
UnsubscribeList = list[Uid]

SubscribeAudioUids = Annotated[
    SubscribeList | None,
    meta(
        'UIDs whose audio is recorded (at most 32); ["#allstream#"] means everyone',
        rule="R13",
        widget="uid_list",
        max_length=32,
    ),
]
UnSubscribeAudioUids = Annotated[
    UnsubscribeList | None,
    meta(
        "UIDs whose audio is NOT recorded (at most 32); everyone else is",
        rule="R13",
        widget="uid_list",
        max_length=32,
        validation_alias=AliasChoices("unSubscribeAudioUids", "unsubscribeAudioUids"),
    ),
]
SubscribeVideoUids = Annotated[
    SubscribeList | None,
    meta(
        'UIDs whose video is recorded (at most 32); ["#allstream#"] means everyone',
        rule="R13",
        widget="uid_list",
        max_length=32,
    ),
]
UnSubscribeVideoUids = Annotated[
    UnsubscribeList | None,
    meta(
        "UIDs whose video is NOT recorded (at most 32); everyone else is",
        rule="R13",
        widget="uid_list",
        max_length=32,
        validation_alias=AliasChoices("unSubscribeVideoUids", "unsubscribeVideoUids"),
    ),
]

#: Input spellings accepted for the blacklist keys (reference §10 #1) -> emitted spelling.
UNSUBSCRIBE_ALIASES = {
    "unsubscribeAudioUids": "unSubscribeAudioUids",
    "unsubscribeVideoUids": "unSubscribeVideoUids",
}


class RecordingConfig(ApiModel):
    """How the recorder subscribes to the channel's streams (individual and mix)."""

    channelType: ChannelType = meta(
        "Channel profile; must match the one the RTC SDK uses",
        rule="R8",
        labels=CHANNEL_TYPE_LABELS,
    )
    streamTypes: StreamTypes = meta(
        "Which media to record", default=2, rule="R14", labels=STREAM_TYPES_LABELS
    )
    streamMode: Literal["default", "standard", "original"] = meta(
        "Output files per UID in legacy individual mode (removed in raw mode)",
        default="default",
        rule="R11",
        modes=(I,),
        labels=STREAM_MODE_LABELS,
    )
    decryptionMode: Annotated[Literal[0, 1, 2, 3, 4, 5, 6, 7, 8], StrictIntChoice] = meta(
        "Decryption matching the encryption mode set in the RTC SDK",
        default=0,
        rule="R15",
        labels=DECRYPTION_LABELS,
    )
    secret: str | None = meta(
        "Decryption password; required when decryptionMode is not 0",
        default=None,
        rule="R15",
        secret=True,
    )
    salt: Salt | None = meta(
        "Decryption salt: Base64 of 32 bytes; required for the GCM2 modes (7, 8)",
        default=None,
        rule="R15",
        secret=True,
        hint="use the Base64 text of exactly 32 bytes (44 characters ending in '=')",
    )
    maxIdleTime: int = meta(
        "Seconds without users after which the recorder leaves the channel (5 – 2592000)",
        default=30,
        rule="R16",
        ge=5,
        le=2_592_000,
    )
    videoStreamType: Annotated[Literal[0, 1], StrictIntChoice] = meta(
        "Which stream of dual-stream senders to record",
        default=0,
        labels=VIDEO_STREAM_LABELS,
    )
    audioProfile: AudioProfile = meta(
        "Sample rate, channels and bitrate of the mixed audio (mix only)",
        default=0,
        rule="R10",
        modes=(M,),
        labels=AUDIO_PROFILE_LABELS,
    )
    subscribeAudioUids: SubscribeAudioUids = None
    unSubscribeAudioUids: UnSubscribeAudioUids = None
    subscribeVideoUids: SubscribeVideoUids = None
    unSubscribeVideoUids: UnSubscribeVideoUids = None
    subscribeUidGroup: Annotated[Literal[0, 1, 2, 3, 4, 5], StrictIntChoice] | None = meta(
        "Expected number of subscribed UIDs (required in raw and individual mode)",
        default=None,
        rule="R12",
        labels=UID_GROUP_LABELS,
    )
    transcodingConfig: TranscodingConfig | None = meta(
        "Video profile and layout of the composite (mix only)",
        default=None,
        rule="R10",
        modes=(M,),
    )
