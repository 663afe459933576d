"""Check a whole Project: every body it can generate, plus the rules that span bodies.

The app and ``recstudio validate`` of a project file share this so they always agree on
what is wrong; each finding carries the Project path of the value to fix, which is how
the app jumps from a problem to its form field or canvas region.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.locate import project_path_for
from recstudio.model.paths import Path, parse_path
from recstudio.model.problems import Problem, Severity


@dataclass(frozen=True, slots=True)
class LocatedProblem:
    """A Problem of one generated body, with the Project path that holds the value."""

    endpoint: Endpoint
    layout: str | None
    problem: Problem
    project_path: Path | None

    @property
    def label(self) -> str:
        """Short name of the body: ``start``, ``updateLayout “Screen share”``."""
        if self.endpoint is Endpoint.UPDATE_LAYOUT and self.layout:
            return f"updateLayout “{self.layout}”"
        return self.endpoint.value


def bodies_to_check(project: Any) -> list[tuple[Endpoint, str | None]]:
    """Which bodies the project sends: update only when drafted, updateLayout per extra
    layout in mix (the start layout is checked as part of start)."""
    out: list[tuple[Endpoint, str | None]] = [
        (Endpoint.ACQUIRE, None),
        (Endpoint.START, None),
        (Endpoint.STOP, None),
    ]
    if project.update:
        out.append((Endpoint.UPDATE, None))
    if project.mode == Mode.MIX:
        out.extend(
            (Endpoint.UPDATE_LAYOUT, name)
            for name in project.layouts
            if name != project.start_layout
        )
    return out


def validate_project(
    project: Any,
) -> tuple[dict[tuple[Endpoint, str | None], dict], list[LocatedProblem]]:
    """Generate and check every body; returns the bodies and all located problems."""
    return ProjectChecker().validate(project)


#: A cached check older than this is redone: R28 compares an STS expiry with the clock.
MAX_AGE_S = 60.0

BodyKey = tuple[Endpoint, str | None]


@dataclass(slots=True)
class _Entry:
    inputs: tuple[Any, ...]
    body: dict
    located: list[LocatedProblem]
    at: float


class ProjectChecker:
    """``validate_project`` that re-generates and re-checks only the bodies whose inputs
    changed since its last call (50 named layouts: an edit of one re-checks that one).

    A body's inputs are the Project values it is generated from, compared by identity (so
    a checker filled on a worker for the same values can be absorbed), which relies on
    the document's copy-on-write edits (:func:`~recstudio.model.paths.
    with_path`): a value changed in place, without a new container on its path, would go
    unseen. The cross-body rules are cached the same way, keyed by the bodies they read.
    """

    def __init__(self, *, clock: Any = None) -> None:
        import time

        self._clock = clock or time.monotonic
        self._bodies: dict[BodyKey, _Entry] = {}
        self._cross: dict[str | None, tuple[tuple[Any, ...], list[LocatedProblem], float]] = {}
        #: bodies generated and checked by the last ``validate`` (the benchmark reads it)
        self.last_rechecked: list[BodyKey] = []

    def validate(self, project: Any) -> tuple[dict[BodyKey, dict], list[LocatedProblem]]:
        now = self._clock()
        bodies: dict[BodyKey, dict] = {}
        located: list[LocatedProblem] = []
        fresh: dict[BodyKey, _Entry] = {}
        self.last_rechecked = []
        for key in bodies_to_check(project):
            inputs = _inputs_of(project, *key)
            entry = self._bodies.get(key)
            if entry is None or not _same(entry.inputs, inputs) or now - entry.at > MAX_AGE_S:
                body, problems = _check_one(project, *key)
                entry = _Entry(inputs, body, problems, now)
                self.last_rechecked.append(key)
            fresh[key] = entry
            bodies[key] = entry.body
            located.extend(entry.located)
        self._bodies = fresh
        located.extend(self._cross_body(project, bodies, now))
        return bodies, _dedupe_shared(located)

    def absorb(self, other: ProjectChecker) -> None:
        """Take ``other``'s cached checks (made on a worker for the values about to be
        applied): the next ``validate`` finds them instead of re-checking on the GUI
        thread (issue 12: a 10 MB import)."""
        self._bodies.update(other._bodies)
        self._cross.update(other._cross)

    def _cross_body(
        self, project: Any, bodies: dict[BodyKey, dict], now: float
    ) -> list[LocatedProblem]:
        """Rules spanning bodies: once for the bodies sent together (acquire, start,
        update, stop), then for each extra named layout paired with them, keeping only
        what concerns that updateLayout body (its uids vs start's subscriptions, what it
        would drop). Each result is cached by the bodies it was made from."""
        from recstudio.model.rules import (
            BodySet,
            check_layouts_against_start,
            check_project,
            start_facts_shared,
        )

        simple = {ep: body for (ep, layout), body in bodies.items() if layout is None}
        base = (project.mode, project.start_layout, *simple.values())
        fresh: dict[str | None, tuple[tuple[Any, ...], list[LocatedProblem], float]] = {}

        def cached(layout: str | None, inputs: tuple[Any, ...]) -> bool:
            hit = self._cross.get(layout)
            if hit is None or not _same(hit[0], inputs) or now - hit[2] > MAX_AGE_S:
                return False
            fresh[layout] = hit
            return True

        scenes: dict[str, dict] = {
            lay: b
            for (ep, lay), b in bodies.items()
            if ep is Endpoint.UPDATE_LAYOUT and lay is not None
        }
        with start_facts_shared():  # both steps below read start's facts: work them out once
            if not cached(None, base):
                found = check_project(BodySet(mode=project.mode, bodies=simple))
                fresh[None] = (base, [_locate_cross(project, p, None) for p in found], now)
            todo = {lay: b for lay, b in scenes.items() if not cached(lay, (*base, b))}
            if todo:
                bodyset = BodySet(mode=project.mode, bodies=simple)
                for layout, problems in check_layouts_against_start(bodyset, todo).items():
                    located = [_locate_cross(project, p, layout) for p in problems]
                    fresh[layout] = ((*base, todo[layout]), located, now)
        self._cross = fresh
        out = list(fresh[None][1])
        for layout in scenes:
            out.extend(fresh[layout][1])
        return out


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return len(a) == len(b) and all(
        x is y or (type(x) is str and x == y) for x, y in zip(a, b, strict=True)
    )


def _inputs_of(project: Any, endpoint: Endpoint, layout: str | None) -> tuple[Any, ...]:
    """The Project values ``generate_body`` reads for this body (see ``generate``)."""
    common = (project.mode, project.cname, project.uid, project.unsubscribe_spelling)
    start = (project.start, project.start_layout, project.layouts.get(project.start_layout))
    if endpoint is Endpoint.START:
        return (*common, *start)
    if endpoint is Endpoint.ACQUIRE:
        return (*common, *start, project.acquire, project.include_start_parameter)
    if endpoint is Endpoint.UPDATE_LAYOUT:
        return (*common, project.start_layout, project.layouts.get(layout))
    if endpoint is Endpoint.UPDATE:
        return (*common, project.update)
    return (*common, project.stop)


def _check_one(
    project: Any, endpoint: Endpoint, layout: str | None
) -> tuple[dict, list[LocatedProblem]]:
    from recstudio.model.generate import generate_body
    from recstudio.model.rules import check_body

    body = generate_body(project, endpoint, layout=layout)
    located: list[LocatedProblem] = []
    for problem in check_body(body, endpoint, project.mode):
        if endpoint is Endpoint.ACQUIRE and problem.path.startswith(_START_PARAMETER):
            continue  # generated from start, whose own check reports the same problem
        path = _safe_parse(problem.path)
        where = project_path_for(project, endpoint, path, layout=layout) if path else None
        located.append(LocatedProblem(endpoint, layout, problem, where))
    return body, located


_START_PARAMETER = "clientRequest.startParameter."


def _dedupe_shared(located: list[LocatedProblem]) -> list[LocatedProblem]:
    """cname and uid are shared by every body: report each of their problems once (as
    start's), not once per body, so one empty field is not three errors."""
    seen: set[tuple[Path, str, str]] = set()
    out = []
    for lp in sorted(located, key=lambda lp: lp.endpoint is not Endpoint.START):
        path = lp.project_path
        if path in (("cname",), ("uid",)):
            key = (path, lp.problem.rule_id, lp.problem.message)
            if key in seen:
                continue
            seen.add(key)
        out.append(lp)
    return out


def check_project_document(project: Any, endpoint: Endpoint = Endpoint.START) -> list[Problem]:
    """Problems of a project file for the CLI, beyond those of ``endpoint``'s own body:
    the other bodies' and the cross-body findings, each path prefixed with the body it
    belongs to (``acquire:clientRequest.region``) so one line still names one value."""
    from dataclasses import replace

    _, located = validate_project(project)
    out = []
    for lp in located:
        if lp.endpoint is endpoint and lp.layout is None and ":" not in lp.problem.path:
            continue
        path = lp.problem.path
        if ":" not in path:
            path = f"{lp.endpoint.cli_name}:{path}"
            if lp.layout:
                path = f"{lp.endpoint.cli_name}[{lp.layout}]:{lp.problem.path}"
        out.append(replace(lp.problem, path=path))
    return out


def _locate_cross(project: Any, problem: Problem, layout: str | None) -> LocatedProblem:
    endpoint, _, rest = problem.path.partition(":")
    try:
        ep = Endpoint.parse(endpoint) if rest else Endpoint.START
    except ValueError:
        ep = Endpoint.START
    path = _safe_parse(rest if rest else problem.path)
    where = project_path_for(project, ep, path, layout=layout) if path else None
    return LocatedProblem(ep, layout, problem, where)


def _safe_parse(text: str) -> Path:
    try:
        return parse_path(text)
    except ValueError:
        return ()


__all__ = [
    "LocatedProblem",
    "ProjectChecker",
    "Severity",
    "bodies_to_check",
    "check_project_document",
    "validate_project",
]
