"""JSON text → Project: project files, full bodies and bare clientRequests.

Developers hand producers bodies copied from docs, logs or Postman. Importing one must
give a Project that generates the same body again (design.md, Core data flow 4): unknown
keys stay where they are, the only rewrites are the ones the Project's structure needs
(layout keys move into a named layout, blacklist keys get one spelling) and each rewrite
that a user could notice is reported as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import blacklist_key, generate_body
from recstudio.model.jsontext import parse_json
from recstudio.model.jsontree import SCALARS, copy_tree, only_scalars
from recstudio.model.messages import Arg, Message, Term, msg
from recstudio.model.paths import Path, format_path, get_path
from recstudio.model.problems import Problem, Severity
from recstudio.model.project import (
    DEFAULT_LAYOUT_NAME,
    LAYOUT_FIELDS,
    Project,
    new_project,
    project_from_data,
)

IMPORTED_LAYOUT_NAME = "Imported"

_UPDATE_KEYS = ("streamSubscribe", "webRecordingConfig", "rtmpPublishConfig")
_START_KEYS = (
    "storageConfig",
    "recordingConfig",
    "extensionServiceConfig",
    "recordingFileConfig",
    "snapshotConfig",
    "token",
    "appsCollection",
    "transcodeOptions",
)
_ACQUIRE_KEYS = (
    "scene",
    "resourceExpiredHour",
    "startParameter",
    "excludeResourceIds",
    "region",
    "regionAffinity",
)
_BODY_KEYS = ("cname", "uid", "clientRequest")


class ImportDocumentError(ValueError):
    """Text that is JSON but cannot become a Project (not an object, endpoint unknown)."""


@dataclass
class ImportResult:
    """What an import produced. ``layout`` names the layout the import created, if any."""

    kind: Literal["project", "body"]
    project: Project
    endpoint: Endpoint | None
    mode: Mode
    warnings: list[Problem] = field(default_factory=list)
    layout: str | None = None


def _warn(path: Path, message: Message, /, **args: Arg) -> Problem:
    return Problem.of(Severity.WARNING, format_path(path), message, args)


# --------------------------------------------------------------------------- guessing


def guess_endpoint(request: dict[str, Any]) -> Endpoint | None:
    """Which endpoint a clientRequest is for, judged by its top-level keys (None: no clue).

    update is tested before start because update may also carry a storageConfig (§3.4).
    """
    keys = set(request)
    if keys & set(_UPDATE_KEYS) or keys == {"storageConfig"}:
        # storageConfig alone is the STS-token refresh update (§3.4); a start always
        # carries more, and guessing start would replace the whole start request
        return Endpoint.UPDATE
    if keys & set(_START_KEYS):
        return Endpoint.START
    if keys & set(_ACQUIRE_KEYS):
        return Endpoint.ACQUIRE
    if "async_stop" in keys:
        return Endpoint.STOP
    if keys & set(LAYOUT_FIELDS):
        return Endpoint.UPDATE_LAYOUT
    return None


def _has_web_recorder(request: dict[str, Any]) -> bool:
    services = get_path(request, ("extensionServiceConfig", "extensionServices"))
    return isinstance(services, list) and any(
        isinstance(s, dict) and s.get("serviceName") == "web_recorder_service" for s in services
    )


def _guess_start_mode(request: dict[str, Any]) -> Mode | None:
    if _has_web_recorder(request):
        return Mode.WEB
    recording = request.get("recordingConfig")
    recording = recording if isinstance(recording, dict) else {}
    if "transcodingConfig" in recording or "audioProfile" in recording:
        return Mode.MIX  # R10: mix-only keys
    if "streamMode" in recording:
        return Mode.INDIVIDUAL  # R11: streamMode exists only in legacy individual
    kinds = get_path(request, ("recordingFileConfig", "avFileType"))
    if isinstance(kinds, list) and "mp3" in kinds:
        return Mode.RAW  # R23: MP3 exists only in raw mode (agora-2026.md §1)
    if "snapshotConfig" in request or "subscribeUidGroup" in recording:
        # R12, R24: per-uid keys; without v1's streamMode this is raw, the current
        # individual recording (agora-2026.md §1)
        return Mode.RAW
    return None


def _per_uid_mode(request: dict[str, Any], endpoint: Endpoint) -> Mode:
    """Raw or legacy individual for a per-uid body pasted into a legacy individual project.

    Per-uid keys alone (snapshotConfig, subscribeUidGroup) fit both modes, so the project
    keeps its legacy mode; only what v1 cannot record (MP3 or MP4 per uid, R23) makes the
    body raw.
    """
    start = request.get("startParameter") if endpoint is Endpoint.ACQUIRE else request
    kinds = (
        get_path(start, ("recordingFileConfig", "avFileType")) if isinstance(start, dict) else None
    )
    raw_only = isinstance(kinds, list) and bool({"mp3", "mp4"} & set(kinds))
    return Mode.RAW if raw_only else Mode.INDIVIDUAL


def guess_mode(request: dict[str, Any], endpoint: Endpoint) -> Mode | None:
    """The recording mode a clientRequest implies, or None when it fits more than one."""
    if endpoint is Endpoint.START:
        return _guess_start_mode(request)
    if endpoint is Endpoint.ACQUIRE:
        start = request.get("startParameter")
        from_start = _guess_start_mode(start) if isinstance(start, dict) else None
        if from_start is not None:
            return from_start
        return Mode.WEB if request.get("scene") == 1 else None  # R4
    if endpoint is Endpoint.UPDATE:
        if {"webRecordingConfig", "rtmpPublishConfig"} & set(request):
            return Mode.WEB  # R33
        return None
    if endpoint is Endpoint.UPDATE_LAYOUT:
        return Mode.MIX  # R34
    return None


# --------------------------------------------------------------------------- rewriting


def _normalise_blacklists(node: Any, path: Path, warnings: list[Problem]) -> Any:
    """Store blacklist keys as ``unSubscribe…`` (§10 #1), keeping their position."""
    if isinstance(node, list):
        if only_scalars(node):  # a 700k-uid list cost a call and a path tuple per item
            return list(node)
        return [
            v if type(v) in SCALARS else _normalise_blacklists(v, (*path, i), warnings)
            for i, v in enumerate(node)
        ]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        stored = blacklist_key(key, "unSubscribe")
        if stored != key:
            if stored in node:
                warnings.append(
                    _warn(
                        (*path, key),
                        msg(
                            "R13.import_both_spellings",
                            "both {key} and {stored} are set; {key} was dropped",
                            "keep one spelling of the blacklist",
                        ),
                        key=key,
                        stored=stored,
                    )
                )
                continue
            warnings.append(
                _warn(
                    (*path, key),
                    msg(
                        "SCHEMA.import_spelling",
                        "{key} is stored as {stored}, the spelling Agora's servers accept "
                        "historically (reference §10 #1)",
                        "choose the emitted spelling in the project settings",
                    ),
                    key=key,
                    stored=stored,
                )
            )
        out[stored] = _normalise_blacklists(value, (*path, stored), warnings)
    return out


def _layout_name(project: Project, base: Project | None) -> str:
    """'Main' for a fresh project; 'Imported' (made unique) next to a base's own layouts."""
    if base is None or not base.layouts:
        return DEFAULT_LAYOUT_NAME
    name, n = IMPORTED_LAYOUT_NAME, 2
    while name in project.layouts:
        name, n = f"{IMPORTED_LAYOUT_NAME} {n}", n + 1
    return name


def _store_start(project: Project, request: dict[str, Any], base: Project | None) -> str | None:
    """Put a start clientRequest into the project; in mix its layout keys become a layout."""
    created: str | None = None
    if project.mode is Mode.MIX:
        transcoding = get_path(request, ("recordingConfig", "transcodingConfig"))
        if isinstance(transcoding, dict):
            layout = {k: transcoding.pop(k) for k in list(transcoding) if k in LAYOUT_FIELDS}
            created = _layout_name(project, base)
            project.layouts = {**project.layouts, created: layout}
            project.start_layout = created
        else:
            project.start_layout = ""  # this start body has no layout to merge
    project.start = request
    return created


# --------------------------------------------------------------------------- import


def _text_value(value: Any, key: str, warnings: list[Problem]) -> str:
    if isinstance(value, str):
        return value
    text = "" if value is None else str(value)
    warnings.append(
        _warn(
            (key,),
            msg(
                "R2.import_not_text",
                "{key} must be a string; stored as {text}",
                'write "{key}": "…"',
            ),
            key=key,
            text=repr(text),
        )
    )
    return text


def _import_body(
    data: dict[str, Any],
    endpoint: Endpoint | None,
    mode: Mode | None,
    base: Project | None,
    warnings: list[Problem],
) -> ImportResult:
    is_full = any(key in data for key in _BODY_KEYS)
    prefix: Path = ("clientRequest",)
    if is_full:
        raw_request = data.get("clientRequest", {})
        for key in data:
            if key not in _BODY_KEYS:
                warnings.append(
                    _warn(
                        (key,),
                        msg(
                            "UNKNOWN_KEY.import_top_level",
                            "{key} is not a body key and was not imported",
                            "unknown keys are kept inside clientRequest only",
                        ),
                        key=key,
                    )
                )
    else:
        raw_request = data
    if not isinstance(raw_request, dict):
        raise ImportDocumentError("clientRequest must be a JSON object")
    # a fresh copy already: it rebuilds every dict and list (no deepcopy of a 10 MB body)
    request = _normalise_blacklists(raw_request, prefix, warnings)

    if endpoint is None:
        endpoint = guess_endpoint(request)
        if endpoint is None:
            raise ImportDocumentError(
                "cannot tell which request this body is for; choose the endpoint"
            )
    if endpoint is Endpoint.QUERY:
        raise ImportDocumentError("query has no body to import")
    if mode is None:
        mode = guess_mode(request, endpoint) or (base.mode if base else Mode.MIX)
        if mode is Mode.RAW and base is not None and base.mode is Mode.INDIVIDUAL:
            mode = _per_uid_mode(request, endpoint)

    project = base.model_copy(deep=True) if base is not None else new_project(mode)
    if base is not None and base.mode is not mode:
        warnings.append(
            _warn(
                (),
                msg("R1.import_mode", "project mode changed from {old} to {new} for this body"),
                old=Term(base.mode.value),
                new=Term(mode.value),
            )
        )
    project.mode = mode

    if is_full:
        for key in ("cname", "uid"):
            if key not in data:
                continue
            value = _text_value(data[key], key, warnings)
            current = getattr(base, key) if base is not None else ""
            if current and current != value:
                warnings.append(
                    _warn(
                        (key,),
                        msg(
                            "R2.import_differs",
                            "the body's {key} {value} differs from the project's {current}; "
                            "the project's is kept",
                            "cname and uid must be identical in every call of a recording",
                        ),
                        key=key,
                        value=repr(value),
                        current=repr(current),
                    )
                )
            else:
                setattr(project, key, value)

    created: str | None = None
    if endpoint is Endpoint.ACQUIRE:
        start_parameter = request.pop("startParameter", None)
        project.acquire = request
        project.include_start_parameter = "startParameter" in raw_request
        if isinstance(start_parameter, dict):
            if base is None or not base.start:
                created = _store_start(project, start_parameter, base)
            else:
                ours = generate_body(project, Endpoint.START)
                theirs = generate_body(_with_start(project, start_parameter, base), Endpoint.START)
                if ours["clientRequest"] != theirs["clientRequest"]:
                    warnings.append(
                        _warn(
                            (*prefix, "startParameter"),
                            msg(
                                "R6.import_differs",
                                "startParameter differs from the project's start body; "
                                "recstudio sends the start body as startParameter",
                            ),
                        )
                    )
        elif "startParameter" in raw_request:
            project.include_start_parameter = False
            warnings.append(
                _warn(
                    (*prefix, "startParameter"),
                    msg(
                        "R6.import_not_object",
                        "startParameter is not an object and was not imported",
                    ),
                )
            )
    elif endpoint is Endpoint.START:
        created = _store_start(project, request, base)
    elif endpoint is Endpoint.UPDATE:
        project.update = request
    elif endpoint is Endpoint.UPDATE_LAYOUT:
        created = _layout_name(project, base)
        project.layouts = {**project.layouts, created: request}
        if project.start_layout not in project.layouts:
            project.start_layout = created
    elif endpoint is Endpoint.STOP:
        project.stop = request
    return ImportResult("body", project, endpoint, mode, warnings, created)


def _with_start(project: Project, start: dict[str, Any], base: Project | None) -> Project:
    """A scratch copy of ``project`` whose start is ``start`` (to compare with R6)."""
    scratch = project.model_copy(deep=True)
    _store_start(scratch, copy_tree(start), base)
    return scratch


def duplicate_key_warnings(keys: list[str]) -> list[Problem]:
    """One warning per repeated key name, the same for the importer and ``validate``."""
    return [
        _warn(
            (),
            msg("JSON.duplicate_key", "key {key} appears more than once; the last value is used"),
            key=repr(key),
        )
        for key in dict.fromkeys(keys)
    ]


def import_document(
    text: str,
    *,
    endpoint: Endpoint | str | None = None,
    mode: Mode | str | None = None,
    base: Project | None = None,
) -> ImportResult:
    """Turn pasted or opened JSON into a Project.

    ``endpoint``/``mode`` are guessed when not given (mode falls back to ``base.mode``, then
    mix). With ``base``, only that endpoint's part of a copy of ``base`` is replaced; a
    project file is returned as it is (``base`` does not apply). Endpoint names may be
    spelt as on the command line (``update-layout``).
    Raises JsonSyntaxError, ProjectFormatError or ImportDocumentError.
    """
    duplicates: list[str] = []
    data = parse_json(text, duplicate_keys=duplicates)
    warnings = duplicate_key_warnings(duplicates)
    if not isinstance(data, dict):
        raise ImportDocumentError("expected a JSON object (a body, clientRequest or project)")
    ep = None if endpoint is None else Endpoint.parse(endpoint)
    md = Mode(mode) if mode is not None else None
    if "format_version" in data:
        project = project_from_data(data)
        return ImportResult("project", project, ep, project.mode, warnings)
    return _import_body(data, ep, md, base, warnings)


def body_from_text(
    text: str,
    endpoint: Endpoint | str,
    mode: Mode | str | None = None,
    *,
    cname: str = "",
    uid: str = "",
) -> dict[str, Any]:
    """The full body the CLI validates or exports from a file's text.

    A project file is generated for ``endpoint`` (in ``mode`` if given, else its own). A
    raw body is returned exactly as written, so validation judges what the user wrote; a
    bare clientRequest is wrapped with ``cname``/``uid``.
    """
    return body_from_data(parse_json(text), endpoint, mode, cname=cname, uid=uid)


def body_from_data(
    data: Any,
    endpoint: Endpoint | str,
    mode: Mode | str | None = None,
    *,
    cname: str = "",
    uid: str = "",
) -> dict[str, Any]:
    """:func:`body_from_text` for JSON already parsed (the CLI parses once, to warn)."""
    endpoint = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
    if isinstance(data, dict) and "format_version" in data:
        project = project_from_data(data)
        if mode is not None:
            project.mode = Mode(mode)
        return generate_body(project, endpoint)
    if endpoint is Endpoint.QUERY:
        return {}
    if not isinstance(data, dict):
        raise ImportDocumentError("expected a JSON object (a body, clientRequest or project)")
    if any(key in data for key in _BODY_KEYS):
        return data
    return {"cname": cname, "uid": uid, "clientRequest": data}
