"""Project → request body, for the JSON panel, the checks, the exports and the client.

A generated body contains what the user set plus what the API requires and documents a
default for (design.md, Core data flow 4) — nothing else, and never a changed user value.
Sections the current mode forbids are kept (the user must see the Problem, e.g. R10), with
one exception: named layouts only enter a body in mix mode, because in the Project they are
a place to keep scenes, not something the user put into an individual or web body.
"""

from __future__ import annotations

from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.jsontree import SCALARS, copy_tree, only_scalars
from recstudio.model.project import LAYOUT_FIELDS, Project

#: What a body without a project is written with: the spelling known to work (§10 #1),
#: also the default of ``Project.unsubscribe_spelling``.
DEFAULT_BLACKLIST_SPELLING = "unSubscribe"

#: The two documented spellings of each blacklist key (§10 #1) → the part after the prefix.
_BLACKLIST_KEYS = {
    f"{prefix}{stem}": stem
    for prefix in ("unSubscribe", "unsubscribe")
    for stem in ("AudioUids", "VideoUids")
}


def blacklist_key(key: str, spelling: str) -> str:
    """``key`` in the chosen spelling if it is a blacklist key, else unchanged."""
    stem = _BLACKLIST_KEYS.get(key)
    return key if stem is None else f"{spelling}{stem}"


def respell_blacklists(node: Any, spelling: str) -> Any:
    """A copy of ``node`` with every blacklist key in ``spelling``, key order preserved.

    An object holding both spellings of one list keeps both as written: merging them would
    drop one of the user's lists, and R13 must still be able to report the clash.
    """
    if isinstance(node, dict):
        stems = [_BLACKLIST_KEYS[k] for k in node if k in _BLACKLIST_KEYS]
        clash = {stem for stem in stems if stems.count(stem) > 1}
        return {
            (
                k if _BLACKLIST_KEYS.get(k) in clash else blacklist_key(k, spelling)
            ): respell_blacklists(v, spelling)
            for k, v in node.items()
        }
    if isinstance(node, list):
        if only_scalars(node):
            return list(node)
        return [
            item if type(item) in SCALARS else respell_blacklists(item, spelling) for item in node
        ]
    return node


def _prune_empty_dicts(node: Any) -> Any:
    """Drop ``{}`` values left behind by cleared forms; keep empty lists.

    An empty object carries nothing the API needs, while an empty list may be something the
    user typed on purpose and rule R13 has to see it ("avoid empty arrays").
    """
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            value = _prune_empty_dicts(value)
            if isinstance(value, dict) and not value:
                continue
            out[key] = value
        return out
    if isinstance(node, list):
        if only_scalars(node):
            return list(node)
        return [item if type(item) in SCALARS else _prune_empty_dicts(item) for item in node]
    return node


def _canonical(body: dict[str, Any], endpoint: Endpoint) -> dict[str, Any]:
    """Stable key order from the schema helper; insertion order until it exists."""
    try:
        from recstudio.model.schema import canonical_body
    except ImportError:
        return body
    return canonical_body(body, endpoint)


def _acquire_request(project: Project, include_start_parameter: bool) -> dict[str, Any]:
    request = copy_tree(project.acquire)
    request.pop("startParameter", None)  # generated from start below, never stored (R6)
    if "scene" not in request and project.mode is not Mode.RAW:
        # R4: web needs 1; individual/mix use 0. A user-set value (legacy 2) is kept.
        # Raw mode leaves it out: scene no longer takes effect there (agora-2026.md §1).
        request["scene"] = 1 if project.mode is Mode.WEB else 0
    if include_start_parameter:
        request["startParameter"] = _start_request(project)
    return request


def _start_request(project: Project) -> dict[str, Any]:
    request = copy_tree(project.start)
    if project.mode is Mode.MIX:
        layout = project.layouts.get(project.start_layout)
        if layout:
            recording = request.setdefault("recordingConfig", {})
            if isinstance(recording, dict):
                transcoding = recording.setdefault("transcodingConfig", {})
                if isinstance(transcoding, dict):
                    for key in LAYOUT_FIELDS:
                        if key in layout:
                            transcoding[key] = copy_tree(layout[key])
    if project.mode is not Mode.WEB:
        recording = request.get("recordingConfig")
        if isinstance(recording, dict):
            recording.setdefault("channelType", 0)  # R8: required, documented default 0
    snapshot = request.get("snapshotConfig")
    if isinstance(snapshot, dict):
        snapshot.setdefault("fileType", ["jpg"])  # R24: required, the only value
    if project.mode is Mode.WEB:
        # §10 #7: sources disagree whether web needs it; sending it is always accepted.
        files = request.setdefault("recordingFileConfig", {})
        if isinstance(files, dict):
            files.setdefault("avFileType", ["hls"])
    return request


def _layout_request(project: Project, layout: str | None) -> dict[str, Any]:
    if layout is not None:
        if layout not in project.layouts:
            raise KeyError(f"no layout named {layout!r}")
        return copy_tree(project.layouts[layout])
    return copy_tree(project.layouts.get(project.start_layout, {}))


def client_request(
    project: Project,
    endpoint: Endpoint,
    *,
    layout: str | None = None,
    include_start_parameter: bool | None = None,
) -> dict[str, Any]:
    """The clientRequest alone, in insertion order, before pruning and respelling."""
    if endpoint is Endpoint.ACQUIRE:
        with_start = (
            project.include_start_parameter
            if include_start_parameter is None
            else include_start_parameter
        )
        return _acquire_request(project, with_start)
    if endpoint is Endpoint.START:
        return _start_request(project)
    if endpoint is Endpoint.UPDATE:
        return copy_tree(project.update)
    if endpoint is Endpoint.UPDATE_LAYOUT:
        return _layout_request(project, layout)
    if endpoint is Endpoint.STOP:
        request = copy_tree(project.stop)
        request.setdefault("async_stop", False)  # §3.6 default, stated so the reader sees it
        return request
    raise ValueError(f"{endpoint} has no body")


def generate_body(
    project: Project,
    endpoint: Endpoint | str,
    *,
    layout: str | None = None,
    include_start_parameter: bool | None = None,
) -> dict[str, Any]:
    """The full body ``{cname, uid, clientRequest}`` for ``endpoint`` (``{}`` for query).

    ``layout`` picks the scene for updateLayout (default: the start layout);
    ``include_start_parameter`` overrides the project's choice for acquire.
    """
    endpoint = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
    if endpoint is Endpoint.QUERY:
        return {}
    request = client_request(
        project, endpoint, layout=layout, include_start_parameter=include_start_parameter
    )
    request = respell_blacklists(_prune_empty_dicts(request), project.unsubscribe_spelling)
    body = {"cname": project.cname, "uid": project.uid, "clientRequest": request}
    return _canonical(body, endpoint)
