"""The entry points: ``rule_problems`` (rules only) and ``check_body`` (schema + rules).

``check_body`` is called after every edit, so it must be fast (median well under 1 ms for
a full mix start body with 17 regions) and must never raise, whatever JSON it is given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.messages import msg
from recstudio.model.problems import Problem, Severity
from recstudio.model.rules._common import Ctx
from recstudio.model.rules.acquire import check_acquire
from recstudio.model.rules.conflicts import check_placeholders
from recstudio.model.rules.identity import check_endpoint_mode, check_identity
from recstudio.model.rules.start import check_start_request
from recstudio.model.rules.update import check_update, check_update_layout

_INTERNAL = msg("INTERNAL.body", "recstudio could not finish checking this body: {exc}")
_INDEX_RE = re.compile(r"\[(\d+)\]")


def coerce_axes(endpoint: Endpoint | str, mode: Mode | str) -> tuple[Endpoint, Mode] | Problem:
    """Accept enum members or their spellings; an unknown name becomes an R1 problem."""
    try:
        ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(str(endpoint))
    except ValueError:
        return Problem.of(
            Severity.ERROR,
            "",
            msg(
                "R1.unknown_endpoint",
                "unknown endpoint {endpoint}; expected one of: {names}",
            ),
            {"endpoint": repr(str(endpoint)), "names": ", ".join(e.cli_name for e in Endpoint)},
        )
    try:
        md = mode if isinstance(mode, Mode) else Mode(str(mode).strip().lower())
    except ValueError:
        return Problem.of(
            Severity.ERROR,
            "",
            msg(
                "R1.unknown_mode",
                "unknown recording mode {mode}",
                "use raw, individual (legacy), mix or web",
            ),
            {"mode": repr(mode)},
        )
    return ep, md


@functools.cache
def schema_rejects_unsupported_fps() -> bool:
    """Whether the schema already reports fps 20 as an error (then R17 does not warn).

    Asked of the models (by the schema table's generator) rather than assumed, so the two
    checkers never report the same fps twice whichever way the schema decided.
    """
    from recstudio.model.fastschema import fps_20_is_schema_error

    return fps_20_is_schema_error()


def rule_problems(
    body: Any,
    endpoint: Endpoint | str,
    mode: Mode | str,
    now: float | None = None,
) -> list[Problem]:
    """Mode-, endpoint- and multi-field rules R1–R37 on one body (paths rooted at it).

    ``now`` (Unix seconds) replaces the clock for the STS expiry check (R28).
    """
    axes = coerce_axes(endpoint, mode)
    if isinstance(axes, Problem):
        return [axes]
    ctx = Ctx(axes[0], axes[1], now)
    try:
        _run_rules(ctx, body)
    except Exception as exc:  # never let a checker bug break editing
        ctx.warn("", _INTERNAL, exc=repr(exc))
    return ctx.out


def _run_rules(ctx: Ctx, body: Any) -> None:
    if ctx.endpoint is Endpoint.QUERY:
        if body not in (None, {}):
            ctx.warn(
                "",
                msg(
                    "R1.query_body", "query is a GET request without a body; this body is not sent"
                ),
            )
        return
    if not isinstance(body, Mapping):
        return  # a non-object body is a schema problem
    if not check_endpoint_mode(ctx):
        return
    check_identity(ctx, body)
    request = body.get("clientRequest")
    if isinstance(request, Mapping):
        base = "clientRequest"
        if ctx.endpoint is Endpoint.ACQUIRE:
            check_acquire(ctx, request, base, fps_is_schema_error=_fps_flag())
        elif ctx.endpoint is Endpoint.START:
            check_start_request(ctx, request, base, fps_is_schema_error=_fps_flag())
        elif ctx.endpoint is Endpoint.UPDATE:
            check_update(ctx, request, base)
        elif ctx.endpoint is Endpoint.UPDATE_LAYOUT:
            check_update_layout(ctx, request, base)
    check_placeholders(ctx, body)


def _fps_flag() -> bool:
    try:
        return schema_rejects_unsupported_fps()
    except Exception:
        return False


def _schema_problems(body: Any, endpoint: Endpoint) -> list[Problem]:
    # The fast path: pydantic is imported only for a body that has schema errors (issue 12)
    from recstudio.model.fastschema import schema_problems

    return list(schema_problems(body, endpoint))


def check_body(
    body: Any,
    endpoint: Endpoint | str,
    mode: Mode | str,
    now: float | None = None,
) -> list[Problem]:
    """Every problem of one body: schema (single fields) + rules, errors first.

    The same (path, rule_id) is reported once: an error wins over a warning, and a rule's
    message over the schema's.
    """
    axes = coerce_axes(endpoint, mode)
    if isinstance(axes, Problem):
        return [axes]
    ep, md = axes
    # Rules first: on a (path, rule_id) tie their message is the more specific one.
    problems = rule_problems(body, ep, md, now)
    if ep is not Endpoint.QUERY:  # query is a GET: nothing for the schema to judge
        try:
            problems.extend(_schema_problems(body, ep))
        except Exception as exc:  # a schema bug must not break editing either
            problems.append(Problem.of(Severity.WARNING, "", _INTERNAL, {"exc": repr(exc)}))
    return sort_problems(problems)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """De-duplicate by (path, rule_id) and sort errors first, then by path (indices numeric)."""
    ordered = sorted(problems, key=lambda p: (not p.is_error, _path_key(p.path)))
    seen: set[tuple[str, str]] = set()
    unique: list[Problem] = []
    for problem in ordered:
        key = (problem.path, problem.rule_id)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique


def _path_key(path: str) -> str:
    return _INDEX_RE.sub(lambda m: f"[{int(m.group(1)):06d}]", path) if "[" in path else path
