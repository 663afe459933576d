"""A recording setup played over time: the canvas, the named layouts, who is subscribed and
the rehearsal script, read from a project or a start body.

This is the one place that turns "what the producer configured" into the inputs of
:func:`~recstudio.render.plan.plan_frame` at a moment ``t``; the CLI, the preview and the
cost meter all go through it, so they agree on who is present and shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from recstudio.model.enums import LAYOUT_FIELDS
from recstudio.model.subscription import ALL_STREAMS, MAX_LIST_UIDS, Subscription
from recstudio.render.plan import Canvas, FramePlan, PlanError, UserState, plan_frame
from recstudio.render.timeline import (
    ExitRule,
    Marker,
    Moment,
    Rehearsal,
    TimelineError,
    markers,
    mp4_rollover_for,
    parse_rehearsal,
    state_at,
)

if TYPE_CHECKING:
    from recstudio.model.project import Project

#: Name of the only layout a bare start body has.
BODY_LAYOUT = "start"


@dataclass(frozen=True, slots=True)
class Session:
    canvas: Canvas
    layouts: dict[str, dict[str, Any]]
    start_layout: str
    rehearsal: Rehearsal
    subscription: Subscription = field(default_factory=Subscription)
    recorder_uid: str = ""
    exit_rule: ExitRule = field(default_factory=ExitRule)
    mp4_rollover_s: float | None = None
    mode: str = "mix"
    #: Participant uid → (width, height) its roster entry sends (sources.SHAPE_SIZES).
    roster_sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    video_stream_type: int = 0
    stream_types: int = 2

    # -- reading --------------------------------------------------------------------------

    @classmethod
    def from_body(
        cls, body: Mapping[str, Any], *, mode: str = "mix", rehearsal: Any = None
    ) -> Session:
        """A start body (``{cname, uid, clientRequest}`` or the bare clientRequest)."""
        request = body.get("clientRequest", body)
        if not isinstance(request, Mapping):
            raise PlanError("clientRequest must be an object")
        recording = request.get("recordingConfig") or {}
        if not isinstance(recording, Mapping):
            raise PlanError("clientRequest.recordingConfig must be an object")
        transcoding = recording.get("transcodingConfig") or {}
        if not isinstance(transcoding, Mapping):
            raise PlanError("recordingConfig.transcodingConfig must be an object")
        layout = {k: transcoding[k] for k in LAYOUT_FIELDS if k in transcoding}
        files = _file_types(request)
        return cls._build(
            canvas=_canvas(request, transcoding, mode),
            layouts={BODY_LAYOUT: layout},
            start_layout=BODY_LAYOUT,
            rehearsal_data=rehearsal,
            recording=recording,
            recorder_uid=str(body.get("uid", "")),
            mode=mode,
            mp4=mp4_rollover_for(mode, files, _web_param(request, "maxVideoDuration")),
            roster={},
        )

    @classmethod
    def from_project(cls, project: Project, *, layout: str | None = None) -> Session:
        """The project's start body and layouts; ``layout`` replaces the start layout."""
        from recstudio.model.enums import Endpoint
        from recstudio.model.generate import generate_body
        from recstudio.render.sources import SHAPE_SIZES

        if layout is not None and layout not in project.layouts:
            known = ", ".join(sorted(project.layouts)) or "(none)"
            raise PlanError(f"no layout named {layout!r}; the project has: {known}")
        body = generate_body(project, Endpoint.START)
        request = body.get("clientRequest") or {}
        recording = request.get("recordingConfig") or {}
        transcoding = recording.get("transcodingConfig") or {}
        files = _file_types(request)
        mode = project.mode.value
        return cls._build(
            canvas=_canvas(request, transcoding, mode),
            layouts={name: dict(value) for name, value in project.layouts.items()},
            start_layout=layout or project.start_layout,
            rehearsal_data=getattr(project, "rehearsal", None),
            recording=recording,
            recorder_uid=project.uid,
            mode=mode,
            mp4=mp4_rollover_for(mode, files, _web_param(request, "maxVideoDuration")),
            roster={p.uid: SHAPE_SIZES.get(p.source, (1280, 720)) for p in project.roster},
        )

    @classmethod
    def _build(
        cls,
        *,
        canvas: Canvas,
        layouts: dict[str, dict[str, Any]],
        start_layout: str,
        rehearsal_data: Any,
        recording: Mapping[str, Any],
        recorder_uid: str,
        mode: str,
        mp4: float | None,
        roster: dict[str, tuple[int, int]],
    ) -> Session:
        rehearsal = parse_rehearsal(rehearsal_data)
        for i, event in enumerate(rehearsal.events):
            if event.kind == "layout" and event.layout not in layouts:
                known = ", ".join(sorted(layouts)) or "(none)"
                raise TimelineError(
                    f"rehearsal event {i} at {event.at:g} s sends layout {event.layout!r}, "
                    f"which the project does not have ({known})"
                )
        if not rehearsal.events:
            rehearsal = _everyone_from_start(layouts.get(start_layout, {}), recording, roster)
        return cls(
            canvas=canvas,
            layouts=layouts,
            start_layout=start_layout,
            rehearsal=rehearsal,
            subscription=Subscription.from_lists(recording),
            recorder_uid=recorder_uid,
            exit_rule=ExitRule(
                max_idle_s=_number(recording, "maxIdleTime", 30),
                live=recording.get("channelType", 0) == 1,
            ),
            mp4_rollover_s=mp4,
            mode=mode,
            roster_sizes=roster,
            video_stream_type=int(_number(recording, "videoStreamType", 0)),
            stream_types=int(_number(recording, "streamTypes", 2)),
        )

    # -- answers ----------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self.rehearsal.duration

    def moment(self, t: float) -> Moment:
        return state_at(self.rehearsal, t, self.start_layout)

    def layout_at(self, t: float) -> dict[str, Any]:
        name = self.moment(t).layout or self.start_layout
        return self.layouts.get(name, {})

    def wants(self, uid: str, kind: str) -> bool:
        if kind == "video" and self.stream_types == 0:
            return False
        if kind == "audio" and self.stream_types == 1:
            return False
        return self.subscription.wants(uid, kind)

    def users_at(self, t: float) -> list[UserState]:
        """Recorded users in join order: the recorder itself and users with neither track
        subscribed are not part of the mix (§4.2)."""
        out = []
        for p in self.moment(t).users:
            if p.uid == self.recorder_uid:
                continue
            video_ok, audio_ok = self.wants(p.uid, "video"), self.wants(p.uid, "audio")
            if not (video_ok or audio_ok):
                continue
            off = p.video_off_at if video_ok else None
            out.append(UserState(p.uid, video=p.video and video_ok, video_off_at=off))
        return out

    def plan_at(self, t: float) -> FramePlan:
        return plan_frame(self.layout_at(t), self.canvas, self.users_at(t), t)

    def markers(self) -> list[Marker]:
        return markers(self.rehearsal, self.exit_rule, mp4_rollover_s=self.mp4_rollover_s)

    def source_specs(self) -> dict[str, str | None]:
        """uid → the source its (last) join event names; None means a test card."""
        specs: dict[str, str | None] = {}
        for event in self.rehearsal.events:
            if event.kind == "join" and event.uid is not None:
                specs[event.uid] = event.source or specs.get(event.uid)
        return specs


def _canvas(request: Mapping[str, Any], transcoding: Mapping[str, Any], mode: str) -> Canvas:
    if mode == "web":
        width = _web_param(request, "videoWidth") or 1280
        height = _web_param(request, "videoHeight") or 720
        fps = _web_param(request, "videoFps") or 15
        bitrate = _web_param(request, "videoBitrate") or 1130
        return Canvas.from_transcoding(
            {"width": width, "height": height, "fps": fps, "bitrate": bitrate}
        )
    return Canvas.from_transcoding(transcoding)


def _number(recording: Mapping[str, Any], key: str, default: float) -> float:
    """A finite number of recordingConfig, or a PlanError naming the key (the model's
    validation reports it too; render and cost must not trace back on it)."""
    value = recording.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PlanError(f"recordingConfig.{key} must be a number, not {value!r}")
    return float(value)


def _file_types(request: Mapping[str, Any]) -> list[str]:
    """§4.4 avFileType (default ["hls"]), or a PlanError naming the field."""
    config = request.get("recordingFileConfig") or {}
    if not isinstance(config, Mapping):
        raise PlanError("clientRequest.recordingFileConfig must be an object")
    files = config.get("avFileType") or ["hls"]
    if not isinstance(files, list):
        raise PlanError(f"recordingFileConfig.avFileType must be a list, not {files!r}")
    return [str(f) for f in files]


def _web_param(request: Mapping[str, Any], key: str) -> Any:
    config = request.get("extensionServiceConfig") or {}
    if not isinstance(config, Mapping) or not isinstance(
        config.get("extensionServices") or [], list
    ):
        raise PlanError("clientRequest.extensionServiceConfig.extensionServices must be a list")
    for service in config.get("extensionServices") or []:
        if isinstance(service, Mapping) and service.get("serviceName") == "web_recorder_service":
            param = service.get("serviceParam") or {}
            return param.get(key) if isinstance(param, Mapping) else None
    return None


def _everyone_from_start(
    layout: Mapping[str, Any], recording: Mapping[str, Any], roster: Mapping[str, Any]
) -> Rehearsal:
    """No script: every roster, bound or subscribed uid is present from 0 (issue 14).

    A subscribe list longer than R13 allows (at most 32 UIDs) is an error Agora refuses;
    its first 32 UIDs are the most a recorder could subscribe to, so the rehearsal takes
    those and no more — a 10 MB body of 700k UIDs is not a channel of 700k people."""
    uids: list[str] = list(roster)
    for item in layout.get("layoutConfig") or []:
        if isinstance(item, Mapping) and item.get("uid") is not None:
            uids.append(str(item["uid"]))
    if layout.get("maxResolutionUid") is not None:
        uids.append(str(layout["maxResolutionUid"]))
    for key in ("subscribeVideoUids", "subscribeAudioUids"):
        listed = recording.get(key)
        if not isinstance(listed, list):
            continue  # a mistyped list is the checker's to report
        named = [str(uid) for uid in listed[: MAX_LIST_UIDS + 1] if str(uid) != ALL_STREAMS]
        uids.extend(named[:MAX_LIST_UIDS])  # +1 above: room for one "#allstream#"
    unique = list(dict.fromkeys(uids))
    return parse_rehearsal({"events": [{"at": 0, "kind": "join", "uid": uid} for uid in unique]})
