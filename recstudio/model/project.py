"""The Project: the one document the app edits, saves as ``*.recstudio.json`` and sends from.

Bodies inside the Project are plain JSON dicts holding exactly what the user set, not
pydantic models: an invalid value typed into a form must be *kept* (it becomes a Problem
rather than a lost edit), unknown keys from an imported body must survive, and every edit
must be expressible as a ``(path, old, new)`` triple for undo. The schema package is used
to order and check these dicts, never to store them.

Only the top level (identity, mode, names) is typed and strict (``extra="forbid"``), so a
misspelt project field is reported instead of silently ignored.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self, cast

from recstudio.model.enums import LAYOUT_FIELDS, Mode
from recstudio.model.jsontext import dump_json, non_json_value, parse_json, read_json_text
from recstudio.model.jsontree import copy_tree
from recstudio.model.paths import (
    MISSING,
    format_path,
    get_path,
    parse_path,
    set_path,
    with_path,
)
from recstudio.model.secrets import iter_secret_paths, placeholder_for

#: Version of the project file layout written by this recstudio.
FORMAT_VERSION = 1

#: Keys of ``transcodingConfig`` that make up a layout (reference §3.5): exactly the

#: Project sections that hold a clientRequest and may therefore contain secrets.
SECRET_SECTIONS: tuple[str, ...] = ("acquire", "start", "update", "stop")

#: What a roster participant sends, so the canvas can simulate crop vs fit (design.md).
ParticipantSource = Literal["camera_16_9", "phone_9_16", "camera_4_3", "screen"]
PARTICIPANT_SOURCES: tuple[ParticipantSource, ...] = (
    "camera_16_9",
    "phone_9_16",
    "camera_4_3",
    "screen",
)

DEFAULT_LAYOUT_NAME = "Main"


class ProjectFormatError(ValueError):
    """A project file that parses as JSON but is not a project this version can read, or a
    project holding a value JSON cannot carry (so it cannot be saved as it is)."""


class _ValidatedDataclass:
    """pydantic's model API on a plain dataclass, validated by a lazily built TypeAdapter.

    The Project is created at every launch, but only validated when a file is read: keeping
    it a dataclass means pydantic (≈70 ms to import) loads after the window is on screen,
    with the first rule check, instead of before it (design.md launch budget).
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    @classmethod
    def _adapter(cls) -> Any:
        adapter = cls.__dict__.get("_type_adapter")
        if adapter is None:
            from pydantic import TypeAdapter

            adapter = TypeAdapter(cls)
            cls._type_adapter = adapter  # type: ignore[attr-defined]
        return adapter

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        return cast(Self, cls._adapter().validate_python(data))

    @classmethod
    def model_construct(cls, **values: Any) -> Self:
        """Build without validation (for data known to be valid)."""
        return cls(**values)

    def model_dump(
        self, *, mode: str = "python", exclude: set[str] | None = None
    ) -> dict[str, Any]:
        return cast(
            dict[str, Any], type(self)._adapter().dump_python(self, mode=mode, exclude=exclude)
        )

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Self:
        clone = copy.copy(self)
        if deep:  # field by field: copy_tree shares the scalars of a 10 MB body
            for spec in dataclasses.fields(self):  # type: ignore[arg-type]
                object.__setattr__(clone, spec.name, copy_tree(getattr(self, spec.name)))
        return dataclasses.replace(clone, **update) if update else clone  # type: ignore[type-var]


@dataclass
class Participant(_ValidatedDataclass):
    """A simulated channel user: gives the canvas a uid to bind regions to and a source shape."""

    uid: str
    name: str = ""
    source: ParticipantSource = "camera_16_9"
    background_image: str | None = None


@dataclass
class Project(_ValidatedDataclass):
    """Everything needed to build every request of one recording setup (design.md §Core data flow).

    ``start`` is the start clientRequest *without* the layout keys of transcodingConfig
    (:data:`LAYOUT_FIELDS`); those are in ``layouts[start_layout]`` so a producer can keep
    several named scenes and switch them with updateLayout. ``acquire`` never holds
    ``startParameter``: it is generated from ``start`` when ``include_start_parameter`` is set,
    which is what rule R6 (startParameter must equal the start body) asks for.
    """

    format_version: int = FORMAT_VERSION
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    name: str = "Untitled"
    mode: Mode = Mode.MIX
    app_id: str = ""
    cname: str = ""
    uid: str = ""
    profile: str = "Sandbox"
    acquire: dict[str, Any] = field(default_factory=dict)
    include_start_parameter: bool = False
    start: dict[str, Any] = field(default_factory=dict)
    layouts: dict[str, dict[str, Any]] = field(default_factory=dict)
    start_layout: str = ""
    update: dict[str, Any] = field(default_factory=dict)
    stop: dict[str, Any] = field(default_factory=lambda: {"async_stop": False})
    roster: list[Participant] = field(default_factory=list)
    #: Editor-only state that never reaches a body (region lock/hide flags per layout,
    #: aligned with layoutConfig): ``{"layouts": {name: {"locked": [...], "hidden": [...]}}}``.
    editor: dict[str, Any] = field(default_factory=dict)
    #: Blacklist key spelling emitted in generated bodies (reference §10 #1).
    unsubscribe_spelling: Literal["unSubscribe", "unsubscribe"] = "unSubscribe"
    #: Session timeline ("rehearsal", issue 14): ``{"duration": s, "events": [...]}`` as
    #: read by ``recstudio.render.timeline``. Plain JSON like the bodies so a script with a
    #: mistake is kept and reported, not lost; absent in older files (empty = no script).
    rehearsal: dict[str, Any] = field(default_factory=dict)

    def __setattr__(self, name: str, value: Any) -> None:
        # the coercions code relies on without full validation: mode is a Mode, roster
        # entries are Participants (an edit may hand in plain dicts)
        if name == "mode" and not isinstance(value, Mode):
            value = Mode(value)
        elif name == "roster" and isinstance(value, list):
            value = [Participant(**p) if isinstance(p, dict) else p for p in value]
        super().__setattr__(name, value)

    def secret_values(self) -> dict[str, str]:
        """Project-rooted path (``start.storageConfig.secretKey``) → secret value.

        The app stores these in the keyring before saving, because the file itself only
        gets placeholders. A value that *is* its placeholder (a file loaded without its
        secrets) is not a secret and is left out.
        """
        out: dict[str, str] = {}
        for section in SECRET_SECTIONS:
            wrapped = {"clientRequest": getattr(self, section)}
            for path in iter_secret_paths(wrapped):
                value = get_path(wrapped, path)
                if value != placeholder_for(path):
                    out[format_path((section, *path[1:]))] = value
        return out

    def apply_secrets(self, mapping: dict[str, str]) -> list[str]:
        """Put secrets from the keyring back; return the paths that no longer exist.

        A secret is only restored where its key still exists (normally holding the
        placeholder): re-creating a storageConfig the user deleted would resurrect state.
        """
        stale: list[str] = []
        for text, value in mapping.items():
            parts = parse_path(text)
            if len(parts) < 2 or parts[0] not in SECRET_SECTIONS:
                stale.append(text)
                continue
            section = getattr(self, str(parts[0]))
            if get_path(section, parts[1:]) is MISSING:
                stale.append(text)
                continue
            set_path(section, parts[1:], value)
        return stale


def new_project(mode: Mode = Mode.MIX, *, name: str = "Untitled") -> Project:
    """A project a user can press Start on after filling in storage and the channel.

    Values are Agora's documented defaults (reference §3–§4) except where noted.
    """
    mode = Mode(mode)
    storage = {"vendor": 1, "region": 0, "bucket": "", "accessKey": "", "secretKey": ""}
    acquire: dict[str, Any] = {"resourceExpiredHour": 24}  # samples use 24, schema says 72 (§10 #2)
    start: dict[str, Any]
    if mode is Mode.WEB:
        acquire = {"scene": 1, **acquire}  # R4: web requires scene 1
        start = {
            "extensionServiceConfig": {
                "errorHandlePolicy": "error_abort",
                "extensionServices": [
                    {
                        "serviceName": "web_recorder_service",
                        "errorHandlePolicy": "error_abort",
                        "serviceParam": {
                            "url": "",
                            "audioProfile": 0,
                            "videoWidth": 1280,
                            "videoHeight": 720,
                            "maxRecordingHour": 1,
                        },
                    }
                ],
            },
            "recordingFileConfig": {"avFileType": ["hls"]},  # §10 #7: send it in web mode
            "storageConfig": storage,
        }
    else:
        recording: dict[str, Any] = {"channelType": 0, "streamTypes": 2, "maxIdleTime": 30}
        if mode is Mode.INDIVIDUAL:
            # R12: subscribeUidGroup is required in individual; "standard" adds the merged
            # A/V playlist Agora recommends (§4.1 stream-mode table).
            recording |= {"subscribeUidGroup": 0, "streamMode": "standard"}
        elif mode is Mode.RAW:
            # R12 carries over; streamMode is gone: raw always writes the combined A/V
            # playlist per uid (agora-2026.md §1).
            recording |= {"subscribeUidGroup": 0}
        else:
            # The documented default canvas is portrait 360×640; a producer designing a
            # composite expects landscape, so start at 1280×720@15 with the recommended
            # communication bitrate for that profile (§4.3 table: 1130 Kbps).
            recording["transcodingConfig"] = {
                "width": 1280,
                "height": 720,
                "fps": 15,
                "bitrate": 1130,
            }
        start = {
            "recordingConfig": recording,
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": storage,
        }
    # Layouts only reach a body in mix mode, but keeping the default scene in every mode
    # means switching to mix later does not leave the canvas without a layout.
    layouts = {DEFAULT_LAYOUT_NAME: {"mixedVideoLayout": 1, "backgroundColor": "#000000"}}
    # model_construct: these constants are valid (tests validate them).
    return Project.model_construct(
        name=name,
        mode=mode,
        acquire=acquire,
        start=start,
        layouts=layouts,
        start_layout=DEFAULT_LAYOUT_NAME,
        update={},
        stop={"async_stop": False},
    )


# --------------------------------------------------------------------------- migrations


def _migrate_v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0 kept the layout inside ``start.recordingConfig.transcodingConfig`` and had
    no named layouts (nor ``layouts``/``start_layout``/``unsubscribe_spelling``). Format 1
    moves the layout keys into a layout named "Main" that start uses, so updateLayout scenes
    and the start layout are the same kind of object.
    """
    out = copy_tree(data)
    start = out.get("start")
    layout: dict[str, Any] = {}
    transcoding = get_path(start, ("recordingConfig", "transcodingConfig"))
    if isinstance(transcoding, dict):
        for key in LAYOUT_FIELDS:
            if key in transcoding:
                layout[key] = transcoding.pop(key)
    out["layouts"] = {DEFAULT_LAYOUT_NAME: layout}
    out["start_layout"] = DEFAULT_LAYOUT_NAME
    out["format_version"] = 1
    return out


#: from-version → function returning the data in from-version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_v0_to_v1}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring project data of any older format up to :data:`FORMAT_VERSION`."""
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFormatError(
            f"format_version must be an integer, not {version!r}"
            if "format_version" in data
            else "not a recstudio project: format_version is missing"
        )
    if version > FORMAT_VERSION:
        raise ProjectFormatError(
            f"this project was saved by a newer recstudio (format {version}); "
            f"this version reads up to format {FORMAT_VERSION} — update recstudio"
        )
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectFormatError(f"no migration from project format {version}")
        data = step(data)
        version = data["format_version"]
    return data


def project_from_data(data: Any) -> Project:
    """Validate parsed project JSON (migrating it first); errors name the field."""
    if not isinstance(data, dict):
        raise ProjectFormatError("a project file must contain a JSON object")
    data = migrate(data)
    from pydantic import ValidationError

    try:
        return Project.model_validate(data)
    except ValidationError as exc:
        messages = []
        for err in exc.errors():
            where = format_path(err["loc"]) or "(project)"
            unknown = err["type"] in ("extra_forbidden", "unexpected_keyword_argument")
            msg = "unknown field" if unknown else err["msg"]
            messages.append(f"{where}: {msg}")
        raise ProjectFormatError("invalid project file: " + "; ".join(messages)) from None


#: Project fields that hold plain JSON (bodies, editor state, the rehearsal script): saved
#: as they are instead of through pydantic, whose dump copies a 10 MB body in one call that
#: holds the GIL (~250 ms of frozen window during an autosave on the worker, issue 12).
_PLAIN_JSON_FIELDS: frozenset[str] = frozenset(
    ("acquire", "start", "layouts", "update", "stop", "editor", "rehearsal")
)


def project_to_data(project: Project, *, include_secrets: bool = False) -> dict[str, Any]:
    """The JSON object saved to disk: secrets replaced by placeholders unless asked.

    The result shares the body containers of ``project`` (placeholders are put in with
    :func:`with_path`, which copies only the containers on their path): treat it as read
    only. Edits replace containers rather than change them, so a snapshot taken on the GUI
    thread can be turned into data and written on a worker.

    Raises ProjectFormatError naming the field of a value JSON cannot carry (``inf``, a
    lone surrogate): pydantic would write ``null`` for ``inf``, silently changing the value.
    """
    for f in dataclasses.fields(project):
        value = getattr(project, f.name)
        if f.name == "roster":
            value = [dataclasses.asdict(p) for p in value]
        found = non_json_value(value, (f.name,))
        if found is not None:
            where, why = found
            raise ProjectFormatError(f"cannot save the project: {where}: {why}")
    # checked above to be JSON already: the typed fields alone go through pydantic
    typed = project.model_dump(mode="json", exclude=set(_PLAIN_JSON_FIELDS))
    data = {
        f.name: getattr(project, f.name) if f.name in _PLAIN_JSON_FIELDS else typed[f.name]
        for f in dataclasses.fields(project)
    }
    if not data.get("rehearsal"):
        # no script: leave the key out so the file stays readable by versions before it
        data.pop("rehearsal", None)
    if not include_secrets:
        for section in SECRET_SECTIONS:
            wrapped: dict[str, Any] = {"clientRequest": data[section]}
            for path in list(iter_secret_paths(wrapped)):
                wrapped = with_path(wrapped, path, placeholder_for(path))
            data[section] = wrapped["clientRequest"]
    return data


# --------------------------------------------------------------------------- files


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a ``*.recstudio.json``; JSON mistakes (bytes that are not UTF-8 included) raise
    JsonSyntaxError with line/column."""
    return project_from_data(parse_json(read_json_text(path)))


def save_project(
    project: Project, path: str | os.PathLike[str], *, include_secrets: bool = False
) -> None:
    """Write the project atomically; secrets become placeholders unless explicitly asked.

    Raises ``recstudio.model.atomic.StorageWriteError`` (an OSError) if the disk refuses.
    """
    # Imported here: settings owns atomic files (house rule 7) and itself builds on model.
    from recstudio.model.atomic import atomic_write_text

    text = dump_json(project_to_data(project, include_secrets=include_secrets))
    # A file that holds secrets must not be readable by other users.
    atomic_write_text(path, text, private=include_secrets)
