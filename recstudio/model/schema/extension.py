"""``extensionServiceConfig`` (reference §4.7): web page recording, CDN push, legacy VoD.

Each ``extensionServices[]`` item is chosen by its ``serviceName``; an unknown or missing name
lands on :class:`UnknownService`, whose ``serviceName`` check then reports it (with the list
of valid names) instead of pydantic's generic "tag not found".
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Tag

from recstudio.model.schema._base import (
    AUDIO_PROFILE_LABELS,
    ApiModel,
    AudioProfile,
    I,
    M,
    RtmpUrl,
    W,
    WebUrl,
    meta,
)

WEB_RECORDER = "web_recorder_service"
RTMP_PUBLISH = "rtmp_publish_service"
ALIYUN_VOD = "aliyun_vod_service"
UNKNOWN_SERVICE = "unknown_service"

SERVICE_LABELS = {
    WEB_RECORDER: "Web page recording",
    RTMP_PUBLISH: "Push the web page recording to a CDN (RTMP)",
    ALIYUN_VOD: "ApsaraVideo for VoD (legacy)",
}
POLICY_LABELS = {
    "error_abort": "Stop all services when this one fails",
    "error_ignore": "Ignore failures of this service",
}
ServiceName = Literal["web_recorder_service", "rtmp_publish_service", "aliyun_vod_service"]
ServicePolicy = Literal["error_abort", "error_ignore"]


class WebRecorderParam(ApiModel):
    """``serviceParam`` of web_recorder_service (R30)."""

    url: WebUrl = meta("Address of the web page to record", widget="url")
    audioProfile: AudioProfile = meta(
        "Sample rate, channels and bitrate of the recorded audio",
        default=0,
        rule="R30",
        labels=AUDIO_PROFILE_LABELS,
    )
    videoWidth: int = meta(
        "Width of the recorded video in pixels (240 – 1920)", rule="R30", ge=240, le=1920
    )
    videoHeight: int = meta(
        "Height of the recorded video in pixels (240 – 1920)", rule="R30", ge=240, le=1920
    )
    maxRecordingHour: int = meta(
        "Hours after which the recording stops by itself (1 – 720); billed until it stops",
        rule="R30",
        ge=1,
        le=720,
    )
    videoBitrate: int | None = meta(
        "Video bitrate in Kbps (50 – 8000); default 2000 at 1280×720 or more, else 1500",
        default=None,
        rule="R30",
        ge=50,
        le=8000,
    )
    videoFps: int = meta("Video frame rate (5 – 60)", default=15, rule="R30", ge=5, le=60)
    mobile: bool = meta("Render the page as a mobile browser would", default=False)
    maxVideoDuration: int = meta(
        "Length of each MP4 file in minutes (30 – 240)", default=120, rule="R30", ge=30, le=240
    )
    onhold: bool = meta("Start paused: the page loads but nothing is recorded", default=False)
    readyTimeout: int = meta(
        "Seconds to wait for the page to call notifyReady(); 0 = no load detection (0 – 60)",
        default=0,
        rule="R30",
        ge=0,
        le=60,
    )


class RtmpOutput(ApiModel):
    rtmpUrl: RtmpUrl = meta(
        "CDN address to push to (rtmp:// or rtmps://)",
        rule="R32",
        widget="url",
        hint="use an rtmp:// or rtmps:// address",
    )


RtmpOutputs = Annotated[
    list[RtmpOutput],
    meta("CDN push targets (at most one)", rule="R32", min_length=1, max_length=1),
]


class RtmpPublishParam(ApiModel):
    """``serviceParam`` of rtmp_publish_service (R32)."""

    outputs: RtmpOutputs


class VodVideoData(ApiModel):
    title: str = meta("Title of the video in ApsaraVideo VoD", min_length=1)
    description: str | None = meta("Description of the video", default=None)
    coverUrl: str | None = meta("Address of a custom thumbnail", default=None, widget="url")
    cateId: str | None = meta(
        "Category ID (an integer written as a string)", default=None, pattern=r"^[0-9]+$"
    )
    tags: str | None = meta("Tags of the video", default=None)
    templateGroupId: str | None = meta("ID of the transcoding template group", default=None)
    userData: str | None = meta("Custom configuration", default=None)
    storageLocation: str | None = meta("Storage bucket", default=None)
    workflowId: str | None = meta("ID of the workflow", default=None)


class VodApiData(ApiModel):
    videoData: VodVideoData = meta("Video settings passed to ApsaraVideo VoD")


class AliyunVodParam(ApiModel):
    """``serviceParam`` of the legacy aliyun_vod_service."""

    accessKey: str = meta("AccessKeyId of the Alibaba Cloud account", secret=True)
    secretKey: str = meta("AccessKeySecret of the Alibaba Cloud account", secret=True)
    regionId: str = meta("Service region, e.g. cn-shanghai")
    apiData: VodApiData = meta("Settings for ApsaraVideo VoD")


_POLICY_DESCRIPTION = (
    "What happens when this service fails (web recorder: error_abort; CDN push: error_ignore)"
)


class WebRecorderService(ApiModel):
    serviceName: Literal["web_recorder_service"] = meta(
        "Which extension service this is", labels=SERVICE_LABELS
    )
    errorHandlePolicy: ServicePolicy = meta(
        _POLICY_DESCRIPTION, default="error_abort", rule="R31", labels=POLICY_LABELS
    )
    serviceParam: WebRecorderParam = meta("Settings of the web page recording", modes=(W,))


class RtmpPublishService(ApiModel):
    serviceName: Literal["rtmp_publish_service"] = meta(
        "Which extension service this is", labels=SERVICE_LABELS
    )
    errorHandlePolicy: ServicePolicy = meta(
        _POLICY_DESCRIPTION, default="error_ignore", rule="R31", labels=POLICY_LABELS
    )
    serviceParam: RtmpPublishParam = meta("Settings of the CDN push", modes=(W,))


class AliyunVodService(ApiModel):
    serviceName: Literal["aliyun_vod_service"] = meta(
        "Which extension service this is", labels=SERVICE_LABELS
    )
    errorHandlePolicy: ServicePolicy = meta(
        _POLICY_DESCRIPTION, default="error_abort", rule="R31", labels=POLICY_LABELS
    )
    serviceParam: AliyunVodParam = meta(
        "Settings of ApsaraVideo for VoD", modes=(I, M), legacy=True
    )


class UnknownService(ApiModel):
    """Catch-all so a misspelt serviceName is reported on ``serviceName`` itself."""

    serviceName: ServiceName = meta(
        "Which extension service this is", labels=SERVICE_LABELS, hint=""
    )
    errorHandlePolicy: ServicePolicy = meta(
        _POLICY_DESCRIPTION, default="error_abort", rule="R31", labels=POLICY_LABELS
    )
    serviceParam: dict[str, Any] | None = meta("Settings of the service", default=None)


#: serviceName -> item model (the tag used in pydantic's error locations).
SERVICE_MODELS: dict[str, type[ApiModel]] = {
    WEB_RECORDER: WebRecorderService,
    RTMP_PUBLISH: RtmpPublishService,
    ALIYUN_VOD: AliyunVodService,
    UNKNOWN_SERVICE: UnknownService,
}


def service_tag(item: Any) -> str:
    """Discriminator: which model validates this ``extensionServices[]`` item."""
    name = item.get("serviceName") if isinstance(item, dict) else getattr(item, "serviceName", None)
    return name if isinstance(name, str) and name in SERVICE_MODELS else UNKNOWN_SERVICE


ExtensionService = Annotated[
    Annotated[WebRecorderService, Tag(WEB_RECORDER)]
    | Annotated[RtmpPublishService, Tag(RTMP_PUBLISH)]
    | Annotated[AliyunVodService, Tag(ALIYUN_VOD)]
    | Annotated[UnknownService, Tag(UNKNOWN_SERVICE)],
    Discriminator(service_tag),
]


class ExtensionServiceConfig(ApiModel):
    """Extension services: required in web mode, legacy VoD only elsewhere (R9)."""

    errorHandlePolicy: Literal["error_abort"] = meta(
        "What happens when an extension service fails (only error_abort is allowed)",
        default="error_abort",
        rule="R31",
        labels={"error_abort": POLICY_LABELS["error_abort"]},
    )
    apiVersion: str = meta("Version of the Cloud Recording API (legacy)", default="v1", legacy=True)
    extensionServices: list[ExtensionService] = meta(
        "Extension services to run", rule="R9", min_length=1
    )
