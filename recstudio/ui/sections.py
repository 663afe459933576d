"""The section list of the main window: what each section edits and in which modes.

Sections are declared as data (groups of schema fields bound to Project paths); only the
Session section and the special list editors are hand-built widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from recstudio.model.enums import LAYOUT_FIELDS as _LAYOUT_FIELDS
from recstudio.model.enums import Endpoint, Mode
from recstudio.model.paths import Path, get_path
from recstudio.model.project import Project
from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.forms.section_form import GroupSpec, SectionForm
from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.ui.canvas.editor import LayoutEditor

I, M, W = Mode.INDIVIDUAL, Mode.MIX, Mode.WEB  # noqa: E741 - the reference's column letters
R = Mode.RAW  # Individual Recording v2 (agora-2026.md §1): per uid like I
ALL = frozenset(Mode)
_START = Endpoint.START
_CR = "clientRequest"
_RC = "clientRequest.recordingConfig"
_TC = "clientRequest.recordingConfig.transcodingConfig"
LAYOUT_FIELDS = frozenset(_LAYOUT_FIELDS)
DECRYPTION = frozenset({"decryptionMode", "secret", "salt"})


class Section:
    """One entry of the section list. Its widget is built the first time it is shown
    (launch time is a budget); which problems it owns is decided from its specs, so the
    section list can show problem counts for sections never opened."""

    def __init__(
        self,
        key: str,
        title: str,
        tooltip: str,
        build: Callable[[], tuple[QWidget, list[SectionForm]]],
        modes: frozenset[Mode] = ALL,
        owner: Callable[[LocatedProblem], bool] | None = None,
        focus: Callable[[Section, LocatedProblem], bool] | None = None,
    ) -> None:
        self.key = key
        self.title = title
        self.tooltip = tooltip
        self.modes = modes
        self._build = build
        self._owner = owner
        self._focus = focus
        self._widget: QWidget | None = None
        self.forms: list[SectionForm] = []
        self.placeholder = QWidget()

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget, self.forms = self._build()
        return self._widget

    def allowed_in(self, mode: Mode) -> bool:
        return mode in self.modes

    def owns(self, lp: LocatedProblem) -> bool:
        return bool(self._owner and self._owner(lp))

    def focus_path(self, lp: LocatedProblem) -> None:
        _ = self.widget
        if self._focus is not None and self._focus(self, lp):
            return
        for form in self.forms:
            if form.focus_problem(lp):
                return


def _groups_owner(
    document: ProjectDocument, groups: list[GroupSpec]
) -> Callable[[LocatedProblem], bool]:
    """Does a problem's value live in one of these groups? Mirrors which rows a
    SectionForm builds: direct keys of the group (include/exclude), and below them."""

    def owns(lp: LocatedProblem) -> bool:
        path = lp.project_path
        if path is None:
            return False
        for group in groups:
            prefix = group.resolve(document.project) if group.resolve else group.project_prefix
            if (
                prefix is None
                or len(path) <= len(prefix)
                or tuple(path[: len(prefix)]) != tuple(prefix)
            ):
                continue
            key = path[len(prefix)]
            if not isinstance(key, str) or key in group.exclude:
                continue
            if group.include is not None and key not in group.include:
                continue
            if not group.recurse and len(path) > len(prefix) + 1:
                continue
            return True
        return False

    return owns


def _service_resolver(name: str) -> Callable[[Project], Path | None]:
    """Project path of the ``serviceParam`` of the extension service called ``name``."""

    def resolve(project: Project) -> Path | None:
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
        items.append(
            {"serviceName": name, "errorHandlePolicy": policy, "serviceParam": dict(param or {})}
        )
        document.set_value(
            ("start", "extensionServiceConfig", "extensionServices"),
            items,
            translate("sections", "Add {name}").format(name=name),
        )
        index = len(items) - 1
        return (
            "start",
            "extensionServiceConfig",
            "extensionServices",
            index,
            "serviceParam",
            *tail,
        )

    return create


def _output_resolver(project: Project) -> Path | None:
    base = _service_resolver("rtmp_publish_service")(project)
    if base is None:
        return None
    outputs = get_path(project.start, (*base[1:], "outputs"), None)
    if not isinstance(outputs, list) or not outputs:
        return None
    return (*base, "outputs", 0)


def _update_output_resolver(project: Project) -> Path | None:
    outputs = get_path(project.update, ("rtmpPublishConfig", "outputs"), None)
    if isinstance(outputs, list) and outputs:
        return ("update", "rtmpPublishConfig", "outputs", 0)
    return None


def _update_output_creator(document: ProjectDocument) -> Path:
    document.set_value(
        ("update", "rtmpPublishConfig"),
        {"outputs": [{}]},
        translate("sections", "Add CDN push address"),
    )
    return ("update", "rtmpPublishConfig", "outputs", 0)


def build_sections(document: ProjectDocument, window: Any) -> list[Section]:
    sections: list[Section] = []

    def add(
        key: str, title: str, tooltip: str, groups: list[GroupSpec], modes: frozenset[Mode] = ALL
    ) -> Section:
        def build() -> tuple[QWidget, list[SectionForm]]:
            form = SectionForm(document, groups)
            return form, [form]

        section = Section(key, title, tooltip, build, modes, _groups_owner(document, groups))
        sections.append(section)
        return section

    sections.append(_session_section(document))
    add(
        "acquire",
        translate("sections", "Acquire"),
        translate("sections", "Options of the acquire request"),
        [
            GroupSpec(
                translate("sections", "Acquire"),
                Endpoint.ACQUIRE,
                _CR,
                ("acquire",),
                exclude=frozenset({"startParameter", "scene"}),
                note=translate(
                    "sections",
                    "The scene is chosen from the mode (web → 1) unless set under Advanced.",
                ),
            ),
        ],
    )
    add(
        "recording",
        translate("sections", "Recording"),
        translate("sections", "recordingConfig: channel type, streams, idle time, subscriptions"),
        [
            GroupSpec(
                translate("sections", "Recording"),
                _START,
                _RC,
                ("start", "recordingConfig"),
                exclude=frozenset({"transcodingConfig"}) | DECRYPTION,
                recurse=False,
            ),
        ],
        modes=frozenset({R, I, M}),
    )
    add(
        "transcoding",
        translate("sections", "Transcoding"),
        translate("sections", "transcodingConfig: canvas size, frame rate, bitrate"),
        [
            GroupSpec(
                translate("sections", "Transcoding (composite output)"),
                _START,
                _TC,
                ("start", "recordingConfig", "transcodingConfig"),
                exclude=LAYOUT_FIELDS,
            ),
        ],
        modes=frozenset({M}),
    )
    sections.append(_layout_section(document, window.layout_binding, window))
    add(
        "files",
        translate("sections", "Files"),
        translate("sections", "recordingFileConfig: HLS / MP4 (/ MP3 in raw) output"),
        [
            GroupSpec(
                translate("sections", "Recorded files"),
                _START,
                "clientRequest.recordingFileConfig",
                ("start", "recordingFileConfig"),
            ),
        ],
    )
    add(
        "screenshots",
        translate("sections", "Screenshots"),
        translate("sections", "snapshotConfig: JPG screenshots (raw / individual mode)"),
        [
            GroupSpec(
                translate("sections", "Screenshots"),
                _START,
                "clientRequest.snapshotConfig",
                ("start", "snapshotConfig"),
                note=translate(
                    "sections", "Without recordingFileConfig the task only takes screenshots (R25)."
                ),
            ),
        ],
        modes=frozenset({R, I}),
    )
    add(
        "storage",
        translate("sections", "Storage"),
        translate("sections", "storageConfig: where Agora uploads the files"),
        [
            GroupSpec(
                translate("sections", "Third-party storage"),
                _START,
                "clientRequest.storageConfig",
                ("start", "storageConfig"),
                note=translate(
                    "sections", "Give Agora a write-only key; keys are kept out of project files."
                ),
            ),
        ],
    )
    web_param = "clientRequest.extensionServiceConfig.extensionServices[].serviceParam"
    add(
        "web",
        translate("sections", "Web page"),
        translate("sections", "The page to record and an optional CDN push"),
        [
            GroupSpec(
                translate("sections", "Web page recorder"),
                _START,
                web_param,
                (),
                resolve=_service_resolver("web_recorder_service"),
                create=_service_creator("web_recorder_service", "error_abort"),
                variant="web_recorder_service",
            ),
            GroupSpec(
                translate("sections", "Push to a CDN (optional)"),
                _START,
                web_param + ".outputs[]",
                (),
                resolve=_output_resolver,
                create=_service_creator(
                    "rtmp_publish_service", "error_ignore", {"outputs": [{}]}, ("outputs", 0)
                ),
                variant="rtmp_publish_service",
                note=translate(
                    "sections",
                    "rtmp:// or rtmps:// address; at most one (R32). A failing push "
                    "does not stop the page recording.",
                ),
            ),
        ],
        modes=frozenset({W}),
    )
    add(
        "update",
        translate("sections", "Live update"),
        translate(
            "sections",
            "The update request for a running recording (Recordings ▸ Update subscriptions)",
        ),
        [
            GroupSpec(
                translate("sections", "Change subscriptions while recording"),
                Endpoint.UPDATE,
                "clientRequest.streamSubscribe",
                ("update", "streamSubscribe"),
                modes=frozenset({R, I, M}),
                note=translate(
                    "sections",
                    "Each update replaces the previous subscription lists (R33); "
                    "#allstream# means everyone.",
                ),
            ),
            GroupSpec(
                translate("sections", "Pause or resume the page recording"),
                Endpoint.UPDATE,
                "clientRequest.webRecordingConfig",
                ("update", "webRecordingConfig"),
                modes=frozenset({W}),
            ),
            GroupSpec(
                translate("sections", "Change the CDN push address"),
                Endpoint.UPDATE,
                "clientRequest.rtmpPublishConfig.outputs[]",
                (),
                resolve=_update_output_resolver,
                create=_update_output_creator,
                modes=frozenset({W}),
            ),
        ],
    )
    add(
        "advanced",
        translate("sections", "Advanced / legacy"),
        translate("sections", "Decryption, legacy features and rarely used options"),
        [
            GroupSpec(
                translate("sections", "Decryption"),
                _START,
                _RC,
                ("start", "recordingConfig"),
                include=DECRYPTION,
                modes=frozenset({R, I, M}),
            ),
            GroupSpec(
                translate("sections", "Acquire (advanced)"),
                Endpoint.ACQUIRE,
                _CR,
                ("acquire",),
                include=frozenset({"scene", "regionAffinity"}),
            ),
            GroupSpec(translate("sections", "Stop"), Endpoint.STOP, _CR, ("stop",)),
            GroupSpec(
                translate("sections", "Postponed transcoding (legacy)"),
                _START,
                "clientRequest.appsCollection",
                ("start", "appsCollection"),
                legacy=True,
                modes=frozenset({R, I}),
            ),
            GroupSpec(
                translate("sections", "Transcode options (legacy)"),
                _START,
                "clientRequest.transcodeOptions",
                ("start", "transcodeOptions"),
                legacy=True,
                modes=frozenset({R, I}),
            ),
            GroupSpec(
                translate("sections", "ApsaraVideo VoD (legacy)"),
                _START,
                web_param,
                (),
                resolve=_service_resolver("aliyun_vod_service"),
                create=_service_creator("aliyun_vod_service", "error_abort"),
                variant="aliyun_vod_service",
                legacy=True,
                modes=frozenset({R, I, M}),
            ),
        ],
    )
    _ = window
    return sections


_SESSION_PATHS = frozenset(
    {("name",), ("mode",), ("app_id",), ("cname",), ("uid",), ("start", "token"), ("profile",)}
)


def _session_section(document: ProjectDocument) -> Section:
    def build() -> tuple[QWidget, list[SectionForm]]:
        from recstudio.ui.session_form import SessionForm

        return SessionForm(document), []

    def focus(section: Section, lp: LocatedProblem) -> bool:
        return bool(section.widget.focus_problem(lp))  # type: ignore[attr-defined]

    return Section(
        "session",
        translate("sections", "Session"),
        translate("sections", "Mode, App ID, channel, recorder UID and token"),
        build,
        ALL,
        lambda lp: lp.project_path is not None and tuple(lp.project_path) in _SESSION_PATHS,
        focus,
    )


_CANVAS_KEYS = frozenset({"layoutConfig", "backgroundConfig"})


class LayoutBinding:
    """The window's one canvas editor (built by the Layout workspace) and every form that
    edits the layout it shows: they all follow the layout picked in the scenes bar."""

    def __init__(self, document: ProjectDocument) -> None:
        self.document = document
        self.editor: LayoutEditor | None = None
        self.forms: list[SectionForm] = []
        self.groups = [
            GroupSpec(
                translate("sections", "Layout background and large user"),
                _START,
                _TC,
                ("layouts",),
                include=LAYOUT_FIELDS - _CANVAS_KEYS,
                resolve=self.resolve,
            )
        ]

    def resolve(self, project: Project) -> Path | None:
        name = (self.editor.controller.layout_name if self.editor else "") or project.start_layout
        return ("layouts", name) if name in project.layouts else None

    def attach_editor(self, editor: LayoutEditor) -> None:
        self.editor = editor
        for form in self.forms:
            editor.controller.layout_switched.connect(form.refresh_all)
            form.refresh_all()

    def new_form(self) -> SectionForm:
        form = SectionForm(self.document, self.groups)
        if self.editor is not None:
            self.editor.controller.layout_switched.connect(form.refresh_all)
        self.forms.append(form)
        return form


def _layout_section(document: ProjectDocument, binding: LayoutBinding, window: Any) -> Section:
    """The layout's fields that are not regions; the canvas itself is the Layout
    workspace's (one editor per window), a click away."""

    def build() -> tuple[QWidget, list[SectionForm]]:
        from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

        from recstudio.settings.workspaces import Workspace

        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            translate(
                "sections",
                "Regions, presets and scenes are edited on the canvas of the Layout workspace.",
            )
        )
        note.setObjectName("groupNote")
        note.setWordWrap(True)
        go = QPushButton(translate("sections", "Open the canvas (Ctrl+1)"))
        go.setObjectName("openCanvasButton")
        go.clicked.connect(lambda: window.workspaces.switch(Workspace.LAYOUT))
        col.addWidget(note)
        col.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        form = binding.new_form()
        col.addWidget(form, 1)
        return page, [form]

    fields_owner = _groups_owner(document, binding.groups)

    def owns(lp: LocatedProblem) -> bool:
        path = lp.project_path or ()
        if len(path) >= 3 and path[0] == "layouts" and path[2] in _CANVAS_KEYS:
            return True
        if path[:1] == ("roster",):
            return True
        return fields_owner(lp)

    return Section(
        "layout",
        translate("sections", "Layout"),
        translate(
            "sections",
            "The layout's background and large user (the canvas is in the Layout workspace)",
        ),
        build,
        frozenset({M}),
        owns,
    )
