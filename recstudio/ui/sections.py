"""The section list of the main window: what each section edits and in which modes.

Sections are declared as data (groups of schema fields bound to Project paths); only the
Session section and the special list editors are hand-built widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.paths import Path, get_path
from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.forms.section_form import GroupSpec, SectionForm

I, M, W = Mode.INDIVIDUAL, Mode.MIX, Mode.WEB
ALL = frozenset(Mode)
_START = Endpoint.START
_CR = "clientRequest"
_RC = "clientRequest.recordingConfig"
_TC = "clientRequest.recordingConfig.transcodingConfig"
LAYOUT_FIELDS = frozenset(
    {"mixedVideoLayout", "maxResolutionUid", "backgroundColor", "backgroundImage",
     "defaultUserBackgroundImage", "layoutConfig", "backgroundConfig"}
)
DECRYPTION = frozenset({"decryptionMode", "secret", "salt"})


@dataclass
class Section:
    key: str
    title: str
    tooltip: str
    widget: QWidget
    modes: frozenset[Mode] = ALL
    forms: list[SectionForm] = field(default_factory=list)
    extra_owner: Callable[[LocatedProblem], bool] | None = None
    extra_focus: Callable[[LocatedProblem], bool] | None = None

    def allowed_in(self, mode: Mode) -> bool:
        return mode in self.modes

    def owns(self, lp: LocatedProblem) -> bool:
        if any(form.owns_path(lp.project_path) for form in self.forms):
            return True
        return bool(self.extra_owner and self.extra_owner(lp))

    def focus_path(self, lp: LocatedProblem) -> None:
        for form in self.forms:
            if form.focus_problem(lp):
                return
        if self.extra_focus:
            self.extra_focus(lp)


def _service_resolver(name: str) -> Callable[[Any], Path | None]:
    """Project path of the ``serviceParam`` of the extension service called ``name``."""

    def resolve(project: Any) -> Path | None:
        services = get_path(project.start, ("extensionServiceConfig", "extensionServices"), None)
        if not isinstance(services, list):
            return None
        for i, svc in enumerate(services):
            if isinstance(svc, dict) and svc.get("serviceName") == name:
                return ("start", "extensionServiceConfig", "extensionServices", i, "serviceParam")
        return None

    return resolve


def _service_creator(
    name: str, policy: str, param: dict[str, Any] | None = None, tail: Path = ()
) -> Callable[[ProjectDocument], Path]:
    """Add the service on first edit and return the path of its ``serviceParam`` (+ tail).

    The addition is its own undo step, before the field edit that caused it.
    """

    def create(document: ProjectDocument) -> Path:
        services = document.get(("start", "extensionServiceConfig", "extensionServices"), None)
        items = list(services) if isinstance(services, list) else []
        items.append({"serviceName": name, "errorHandlePolicy": policy,
                      "serviceParam": dict(param or {})})
        document.set_value(("start", "extensionServiceConfig", "extensionServices"), items,
                           f"Add {name}")
        index = len(items) - 1
        return ("start", "extensionServiceConfig", "extensionServices", index, "serviceParam", *tail)

    return create


def _output_resolver(project: Any) -> Path | None:
    base = _service_resolver("rtmp_publish_service")(project)
    if base is None:
        return None
    outputs = get_path(project.start, (*base[1:], "outputs"), None)
    if not isinstance(outputs, list) or not outputs:
        return None
    return (*base, "outputs", 0)


def _layout_resolver(project: Any) -> Path | None:
    name = project.start_layout
    return ("layouts", name) if name in project.layouts else None


def build_sections(document: ProjectDocument, window: Any) -> list[Section]:
    from recstudio.ui.session_form import SessionForm

    sections: list[Section] = []

    def add(key: str, title: str, tooltip: str, groups: list[GroupSpec], modes: frozenset[Mode] = ALL,
            header: QWidget | None = None) -> Section:
        form = SectionForm(document, groups)
        widget: QWidget = form
        if header is not None:
            widget = QWidget()
            box = QVBoxLayout(widget)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(header)
            box.addWidget(form, 1)
        section = Section(key, title, tooltip, widget, modes, [form])
        sections.append(section)
        return section

    session = SessionForm(document)
    sections.append(Section("session", "Session", "Mode, App ID, channel, recorder UID and token",
                            session, ALL, [], session.owns, session.focus_problem))

    add("acquire", "Acquire", "Options of the acquire request", [
        GroupSpec("Acquire", Endpoint.ACQUIRE, _CR, ("acquire",),
                  exclude=frozenset({"startParameter", "scene"}),
                  note="The scene is chosen from the mode (web → 1) unless set under Advanced."),
    ])
    add("recording", "Recording", "recordingConfig: channel type, streams, idle time, subscriptions", [
        GroupSpec("Recording", _START, _RC, ("start", "recordingConfig"),
                  exclude=frozenset({"transcodingConfig"}) | DECRYPTION, recurse=False),
    ], modes=frozenset({I, M}))
    add("transcoding", "Transcoding", "transcodingConfig: canvas size, frame rate, bitrate", [
        GroupSpec("Transcoding (composite output)", _START, _TC,
                  ("start", "recordingConfig", "transcodingConfig"), exclude=LAYOUT_FIELDS),
    ], modes=frozenset({M}))
    layout_section = add("layout", "Layout", "The composite layout the recording starts with", [
        GroupSpec("Layout", _START, _TC, ("layouts",), include=LAYOUT_FIELDS - {"layoutConfig", "backgroundConfig"},
                  resolve=_layout_resolver),
    ], modes=frozenset({M}))
    add("files", "Files", "recordingFileConfig: HLS / MP4 output", [
        GroupSpec("Recorded files", _START, "clientRequest.recordingFileConfig", ("start", "recordingFileConfig")),
    ])
    add("screenshots", "Screenshots", "snapshotConfig: JPG screenshots (individual mode)", [
        GroupSpec("Screenshots", _START, "clientRequest.snapshotConfig", ("start", "snapshotConfig"),
                  note="Without recordingFileConfig the task only takes screenshots (R25)."),
    ], modes=frozenset({I}))
    add("storage", "Storage", "storageConfig: where Agora uploads the files", [
        GroupSpec("Third-party storage", _START, "clientRequest.storageConfig", ("start", "storageConfig"),
                  note="Give Agora a write-only key; keys are kept out of project files."),
    ])
    web_param = "clientRequest.extensionServiceConfig.extensionServices[].serviceParam"
    add("web", "Web page", "The page to record and an optional CDN push", [
        GroupSpec("Web page recorder", _START, web_param, (),
                  resolve=_service_resolver("web_recorder_service"),
                  create=_service_creator("web_recorder_service", "error_abort"),
                  variant="web_recorder_service"),
        GroupSpec("Push to a CDN (optional)", _START, web_param + ".outputs[]", (),
                  resolve=_output_resolver,
                  create=_service_creator("rtmp_publish_service", "error_ignore",
                                          {"outputs": [{}]}, ("outputs", 0)),
                  variant="rtmp_publish_service",
                  note="rtmp:// or rtmps:// address; at most one (R32). A failing push "
                       "does not stop the page recording."),
    ], modes=frozenset({W}))
    add("advanced", "Advanced / legacy", "Decryption, legacy features and rarely used options", [
        GroupSpec("Decryption", _START, _RC, ("start", "recordingConfig"), include=DECRYPTION,
                  modes=frozenset({I, M})),
        GroupSpec("Acquire scene", Endpoint.ACQUIRE, _CR, ("acquire",), include=frozenset({"scene"}),
                  legacy=True),
        GroupSpec("Stop", Endpoint.STOP, _CR, ("stop",)),
        GroupSpec("Postponed transcoding (legacy)", _START, "clientRequest.appsCollection",
                  ("start", "appsCollection"), legacy=True, modes=frozenset({I})),
        GroupSpec("Transcode options (legacy)", _START, "clientRequest.transcodeOptions",
                  ("start", "transcodeOptions"), legacy=True, modes=frozenset({I})),
        GroupSpec("ApsaraVideo VoD (legacy)", _START, web_param, (),
                  resolve=_service_resolver("aliyun_vod_service"),
                  create=_service_creator("aliyun_vod_service", "error_abort"),
                  variant="aliyun_vod_service", legacy=True, modes=frozenset({I, M})),
    ])
    _ = layout_section
    return sections
