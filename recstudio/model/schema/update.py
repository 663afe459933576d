"""update ``clientRequest`` (reference §3.4): subscription, web pause, CDN push, storage."""

from __future__ import annotations

from recstudio.model.schema._base import ApiModel, I, M, R, W, meta
from recstudio.model.schema.extension import RtmpOutputs
from recstudio.model.schema.recording import (
    SubscribeAudioUids,
    SubscribeVideoUids,
    UnSubscribeAudioUids,
    UnSubscribeVideoUids,
)
from recstudio.model.schema.storage import StorageConfig


class AudioUidList(ApiModel):
    subscribeAudioUids: SubscribeAudioUids = None
    unSubscribeAudioUids: UnSubscribeAudioUids = None


class VideoUidList(ApiModel):
    subscribeVideoUids: SubscribeVideoUids = None
    unSubscribeVideoUids: UnSubscribeVideoUids = None


class StreamSubscribe(ApiModel):
    audioUidList: AudioUidList | None = meta(
        "New audio subscription (only when streamTypes is 0 or 2)", default=None, rule="R14"
    )
    videoUidList: VideoUidList | None = meta(
        "New video subscription (only when streamTypes is 1 or 2)", default=None, rule="R14"
    )


class WebRecordingConfig(ApiModel):
    onhold: bool = meta("true pauses the web page recording, false resumes it", default=False)


class RtmpPublishConfig(ApiModel):
    outputs: RtmpOutputs


class UpdateClientRequest(ApiModel):
    streamSubscribe: StreamSubscribe | None = meta(
        "Replace the subscription lists (raw, individual and mix)",
        default=None,
        rule="R33",
        modes=(R, I, M),
    )
    webRecordingConfig: WebRecordingConfig | None = meta(
        "Pause or resume the web page recording", default=None, rule="R33", modes=(W,)
    )
    rtmpPublishConfig: RtmpPublishConfig | None = meta(
        "Change the CDN push address", default=None, rule="R33", modes=(W,)
    )
    storageConfig: StorageConfig | None = meta(
        "Full storage settings, to refresh an expiring STS token", default=None, rule="R28"
    )
