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
    from recstudio.model.generate import generate_body
    from recstudio.model.rules import check_body

    bodies: dict[tuple[Endpoint, str | None], dict] = {}
    located: list[LocatedProblem] = []
    for endpoint, layout in bodies_to_check(project):
        body = generate_body(project, endpoint, layout=layout)
        bodies[(endpoint, layout)] = body
        for problem in check_body(body, endpoint, project.mode):
            if endpoint is Endpoint.ACQUIRE and problem.path.startswith(_START_PARAMETER):
                continue  # generated from start, whose own check reports the same problem
            path = _safe_parse(problem.path)
            where = project_path_for(project, endpoint, path, layout=layout) if path else None
            located.append(LocatedProblem(endpoint, layout, problem, where))
    located.extend(_cross_body(project, bodies))
    return bodies, _dedupe_shared(located)


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


def _cross_body(
    project: Any, bodies: dict[tuple[Endpoint, str | None], dict]
) -> list[LocatedProblem]:
    """Rules spanning bodies: once for the bodies sent together (acquire, start, update,
    stop), then once per extra named layout paired with them, keeping only what concerns
    that updateLayout body (its uids vs start's subscriptions, what it would drop)."""
    from recstudio.model.rules import BodySet, check_project

    simple = {ep: body for (ep, layout), body in bodies.items() if layout is None}
    out = [
        _locate_cross(project, problem, None)
        for problem in check_project(BodySet(mode=project.mode, bodies=simple))
    ]
    for (endpoint, layout), body in bodies.items():
        if endpoint is not Endpoint.UPDATE_LAYOUT:
            continue
        pair = {**simple, Endpoint.UPDATE_LAYOUT: body}
        for problem in check_project(BodySet(mode=project.mode, bodies=pair)):
            if problem.path.startswith(f"{Endpoint.UPDATE_LAYOUT.value}:"):
                out.append(_locate_cross(project, problem, layout))
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
    "Severity",
    "bodies_to_check",
    "check_project_document",
    "validate_project",
]
