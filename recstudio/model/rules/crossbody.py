"""Rules that need more than one body of the same recording (acquire … stop).

Paths name the body first: ``start:clientRequest.storageConfig.region`` is the path
``clientRequest.storageConfig.region`` inside the start body. The prefix is the endpoint's
API spelling (``acquire``, ``start``, ``update``, ``updateLayout``, ``stop``); see
:func:`project_path` and :func:`split_project_path`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.messages import Term, msg
from recstudio.model.paths import format_path
from recstudio.model.problems import Problem
from recstudio.model.rules._common import Ctx, as_dict, as_int, as_list
from recstudio.model.rules.acquire import check_recording_hours, check_region_geography
from recstudio.model.rules.misc import check_postponed_scene
from recstudio.model.rules.start import StartFacts, check_start_request
from recstudio.model.rules.transcoding import check_regions_subscribed

#: The body every other body's uid/cname is compared with: the first one present.
_IDENTITY_ORDER = (
    Endpoint.ACQUIRE,
    Endpoint.START,
    Endpoint.UPDATE,
    Endpoint.UPDATE_LAYOUT,
    Endpoint.STOP,
)
#: Start layout fields that an updateLayout silently drops when it omits them (R34).
_DROPPED_BY_UPDATE_LAYOUT = (
    "maxResolutionUid",
    "backgroundImage",
    "defaultUserBackgroundImage",
    "backgroundConfig",
)


class BodySetLike(Protocol):
    """Anything with a mode and bodies per endpoint (the Project can offer this view)."""

    @property
    def mode(self) -> Mode | str: ...

    @property
    def bodies(self) -> Mapping[Endpoint, Any]: ...


@dataclass(slots=True)
class BodySet:
    """The bodies of one recording, as sent or about to be sent."""

    mode: Mode | str
    bodies: dict[Endpoint, Any] = field(default_factory=dict)
    now: float | None = None


def project_path(endpoint: Endpoint, path: str) -> str:
    return f"{endpoint.value}:{path}"


def split_project_path(text: str) -> tuple[Endpoint | None, str]:
    """``"start:clientRequest.token"`` → ``(Endpoint.START, "clientRequest.token")``."""
    head, sep, rest = text.partition(":")
    if not sep:
        return None, text
    try:
        return Endpoint.parse(head), rest
    except ValueError:
        return None, text


def check_project(project: BodySetLike, *, per_body: bool = False) -> list[Problem]:
    """Cross-body rules (R2, R5, R6, R7, R14, R20, R34, R36); never raises.

    With ``per_body`` the single-body checks (:func:`check_body`) of every body are added,
    their paths prefixed the same way.
    """
    from recstudio.model.rules.engine import check_body, coerce_axes, sort_problems

    axes = coerce_axes(Endpoint.START, getattr(project, "mode", ""))
    if isinstance(axes, Problem):
        return [axes]
    mode = axes[1]
    now = getattr(project, "now", None)
    bodies = _normalise(getattr(project, "bodies", None))
    ctx = Ctx(Endpoint.START, mode, now)
    try:
        _cross_rules(ctx, bodies)
    except Exception as exc:  # a checker bug must not break the project view
        ctx.warn("", _CROSS_INTERNAL, exc=repr(exc))
    problems = list(ctx.out)
    if per_body:
        for endpoint, body in bodies.items():
            for p in check_body(body, endpoint, mode, now):
                path = project_path(endpoint, p.path)
                problems.append(replace(p, path=path))
    return sort_problems(problems)


def check_layouts_against_start(
    project: BodySetLike, layouts: Mapping[str, Any]
) -> dict[str, list[Problem]]:
    """For each named updateLayout body: what :func:`check_project` of ``project``'s bodies
    plus that one reports about the updateLayout body (paths ``updateLayout:…``).

    The same findings as one ``check_project`` per layout, with the start request's facts
    worked out once instead of once per layout: 50 named scenes made a start edit re-check
    start 50 times (issue 12)."""
    from recstudio.model.rules.engine import coerce_axes, sort_problems

    axes = coerce_axes(Endpoint.START, getattr(project, "mode", ""))
    if isinstance(axes, Problem):
        return {name: [] for name in layouts}  # check_project's R1 problem is not theirs
    mode = axes[1]
    now = getattr(project, "now", None)
    bodies = _normalise(getattr(project, "bodies", None))
    start = _request(bodies.get(Endpoint.START))
    facts = None
    if start is not None:
        facts = _start_facts(mode, now, start)
    prefix = f"{Endpoint.UPDATE_LAYOUT.value}:"
    out: dict[str, list[Problem]] = {}
    for name, body in layouts.items():
        ctx = Ctx(Endpoint.START, mode, now)
        try:
            _check_same_identity(ctx, {**bodies, Endpoint.UPDATE_LAYOUT: body})
            layout = _request(body)
            if layout is not None and facts is not None:
                _check_layout_vs_start(ctx, layout, facts)
        except Exception as exc:  # a checker bug must not break the project view
            ctx.warn("", _CROSS_INTERNAL, exc=repr(exc))
        out[name] = sort_problems([p for p in ctx.out if p.path.startswith(prefix)])
    return out


def _normalise(raw: Any) -> dict[Endpoint, Any]:
    out: dict[Endpoint, Any] = {}
    if not isinstance(raw, Mapping):
        return out
    for key, body in raw.items():
        try:
            endpoint = key if isinstance(key, Endpoint) else Endpoint.parse(str(key))
        except ValueError:
            continue
        if endpoint is not Endpoint.QUERY:
            out[endpoint] = body
    return out


_shared = threading.local()


@contextmanager
def start_facts_shared() -> Iterator[None]:
    """Inside, the facts of one start request are worked out once per thread: one check of
    a project asks for them twice (its cross rules, then its named layouts), and a 10 MB
    start body costs 100 ms a time. Bodies do not change inside, so identity is the key."""
    _shared.memo = {}
    try:
        yield
    finally:
        _shared.memo = None


def _start_facts(mode: Any, now: Any, start: Mapping[str, Any]) -> StartFacts:
    """The facts of ``start`` (its problems are the start check's to report, not ours)."""
    memo: dict[tuple[int, Any, Any], tuple[Mapping[str, Any], StartFacts]] | None = getattr(
        _shared, "memo", None
    )
    key = (id(start), mode, now)
    if memo is not None and key in memo and memo[key][0] is start:
        return memo[key][1]
    facts = check_start_request(Ctx(Endpoint.START, mode, now), start, "clientRequest")
    if memo is not None:
        memo[key] = (start, facts)
    return facts


def _request(body: Any) -> Mapping[str, Any] | None:
    return as_dict(body.get("clientRequest")) if isinstance(body, Mapping) else None


def _cross_rules(ctx: Ctx, bodies: dict[Endpoint, Any]) -> None:
    _check_same_identity(ctx, bodies)
    acquire = _request(bodies.get(Endpoint.ACQUIRE))
    start = _request(bodies.get(Endpoint.START))
    facts: StartFacts | None = None
    if start is not None:
        facts = _start_facts(ctx.mode, ctx.now, start)
    if acquire is not None and start is not None and facts is not None:
        _check_start_parameter(ctx, acquire, start)
        check_recording_hours(ctx, acquire, facts, "start:")
        check_region_geography(ctx, acquire.get("region"), facts.storage, "start:clientRequest.")
        _check_postponed_scene(ctx, acquire, start)
    if facts is None:
        return
    update = _request(bodies.get(Endpoint.UPDATE))
    if update is not None:
        _check_update_vs_stream_types(ctx, update, facts.recording.stream_types)
    layout = _request(bodies.get(Endpoint.UPDATE_LAYOUT))
    if layout is not None:
        _check_layout_vs_start(ctx, layout, facts)


def _check_same_identity(ctx: Ctx, bodies: dict[Endpoint, Any]) -> None:
    """R2 (and R3): one recording = one (cname, uid) from acquire to stop."""
    present = [e for e in _IDENTITY_ORDER if isinstance(bodies.get(e), Mapping)]
    if len(present) < 2:
        return
    reference = present[0]
    for key in ("uid", "cname"):
        expected = bodies[reference].get(key)
        if not isinstance(expected, str):
            continue
        for endpoint in present[1:]:
            value = bodies[endpoint].get(key)
            if isinstance(value, str) and value != expected:
                same = _SAME_UID if key == "uid" else _SAME_CNAME
                ctx.error(
                    project_path(endpoint, key),
                    same,
                    body=endpoint.value,
                    value=repr(value),
                    first=reference.value,
                    expected=repr(expected),
                    key=key,
                )


_CROSS_INTERNAL = msg(
    "INTERNAL.cross_body", "recstudio could not finish the cross-body checks: {exc}"
)
_SAME_UID = msg(
    "R2.same_uid",
    "the {body} body uses recorder UID {value} but {first} used {expected}; every call of "
    "one recording must use the same one",
    "set {key} to {expected}",
)
_SAME_CNAME = msg(
    "R3.same_cname",
    "the {body} body uses channel name {value} but {first} used {expected}; every call of "
    "one recording must use the same one",
    "set {key} to {expected}",
)


def _first_difference(left: Any, right: Any, parts: tuple[str | int, ...]) -> tuple | None:
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        for key in list(left) + [k for k in right if k not in left]:
            if key not in left or key not in right:
                return (*parts, key)
            found = _first_difference(left[key], right[key], (*parts, key))
            if found is not None:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list):
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            found = _first_difference(a, b, (*parts, index))
            if found is not None:
                return found
        return None if len(left) == len(right) else parts
    if left == right and type(left) is type(right):
        return None
    return parts


def _check_start_parameter(ctx: Ctx, acquire: Mapping[str, Any], start: Mapping[str, Any]) -> None:
    """R6: a pre-declared startParameter must be exactly the later start request."""
    declared = acquire.get("startParameter")
    if declared is None:
        return
    diff = _first_difference(declared, start, ())
    if diff is None:
        return
    inner = format_path(diff)
    path = "acquire:clientRequest.startParameter" + (f".{inner}" if inner else "")
    if inner:
        message = msg(
            "R6.differs_at",
            "acquire's startParameter differs from the start request at {where}; start then fails",
            "make startParameter an exact copy of start's clientRequest, or remove it",
        )
    else:
        message = msg(
            "R6.differs",
            "acquire's startParameter differs from the start request; start then fails",
            "make startParameter an exact copy of start's clientRequest, or remove it",
        )
    ctx.error(path, message, where=inner)


def _check_postponed_scene(ctx: Ctx, acquire: Mapping[str, Any], start: Mapping[str, Any]) -> None:
    """R36: postponed features in start ⇔ scene 2 in acquire."""
    scene = as_int(acquire.get("scene", 0))
    if scene is None:
        return
    present = [k for k in ("appsCollection", "transcodeOptions") if k in start]
    if present:
        options = as_dict(start.get("transcodeOptions"))
        trans_config = as_dict(options.get("transConfig")) if options is not None else None
        trans_mode = trans_config.get("transMode") if trans_config is not None else None
        check_postponed_scene(ctx, "acquire:clientRequest.scene", scene, trans_mode)
    elif scene == 2 and ctx.mode is Mode.INDIVIDUAL:
        ctx.error(
            "acquire:clientRequest.scene",
            msg(
                "R36.scene_postponed_transcoding",
                "scene 2 (postponed transcoding) needs appsCollection in the start request",
                "add appsCollection/transcodeOptions to start, or use scene 0",
            ),
        )


def _check_update_vs_stream_types(ctx: Ctx, update: Mapping[str, Any], stream_types: int) -> None:
    """R14 for update: audio lists only if start records audio, video lists only video."""
    subscribe = as_dict(update.get("streamSubscribe"))
    if subscribe is None or ctx.mode is Mode.WEB:
        return
    for key, forbidden, media in (
        ("audioUidList", 1, Term("audio")),
        ("videoUidList", 0, Term("video")),
    ):
        if key in subscribe and stream_types == forbidden:
            ctx.error(
                f"update:clientRequest.streamSubscribe.{key}",
                msg(
                    "R14.recording_was_started",
                    "the recording was started with streamTypes {stream_types}, so it has no "
                    "{media} to subscribe",
                    "remove {key}",
                ),
                stream_types=stream_types,
                media=media,
                key=key,
            )


def _check_layout_vs_start(ctx: Ctx, layout: Mapping[str, Any], facts: StartFacts) -> None:
    """R20 and R34 for updateLayout against the start request."""
    items = as_list(layout.get("layoutConfig"))
    if items is not None and ctx.mode is Mode.MIX:
        check_regions_subscribed(
            ctx, items, "updateLayout:clientRequest.layoutConfig", facts.recording.video
        )
    start_layout = facts.recording.transcoding
    if start_layout is None:
        return
    dropped = [k for k in _DROPPED_BY_UPDATE_LAYOUT if k in start_layout and k not in layout]
    if dropped:
        ctx.warn(
            "updateLayout:clientRequest",
            msg(
                "R34.dropped",
                "start set {keys}, which this updateLayout omits: they will be removed",
                "copy them into the updateLayout body to keep them",
            ),
            keys=", ".join(dropped),
        )
