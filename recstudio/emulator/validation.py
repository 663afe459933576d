"""Judge a request body the way Agora does: first failure → code 2 naming the field.

The checks themselves are the model's (``check_body``, rules R1–R37), so the Sandbox
rejects exactly what the app warns about. A minimal identity check always runs as well,
because the state machine needs ``cname``/``uid``/``clientRequest`` whatever the rules say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recstudio.model import Endpoint, Mode, Problem

CheckBody = Callable[..., list[Problem]]


def _load_check_body() -> CheckBody | None:
    try:
        from recstudio.model.rules import check_body
    except ImportError as exc:
        # Only "the rules are not there (yet)" falls back; a bug inside them still raises.
        if exc.name not in ("recstudio.model.rules", "recstudio.model.schema"):
            raise
        return None
    return check_body


def acquire_mode(body: dict[str, Any]) -> Mode:
    """acquire has no mode in its URL; infer one so mode-dependent rules apply to startParameter.

    scene 1 is web, scene 2 individual (postponed transcoding); otherwise the
    startParameter tells: snapshots or subscribeUidGroup mean per-uid recording (raw, or
    legacy individual when v1-only keys are present), else mix.
    """
    client_request = body.get("clientRequest")
    if not isinstance(client_request, dict):
        return Mode.MIX
    scene = client_request.get("scene", 0)
    if scene == 1:
        return Mode.WEB
    if scene == 2:
        return Mode.INDIVIDUAL
    start = client_request.get("startParameter")
    if isinstance(start, dict):
        recording = start.get("recordingConfig")
        recording = recording if isinstance(recording, dict) else {}
        if "snapshotConfig" in start or "subscribeUidGroup" in recording:
            # Raw unless a v1-only key says otherwise: raw is what Agora documents now
            # (agora-2026.md §1), and a v1 body without those keys passes raw's rules.
            if "streamMode" in recording or "extensionServiceConfig" in start:
                return Mode.INDIVIDUAL
            return Mode.RAW
    return Mode.MIX


def _identity_problem(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "(body): must be a JSON object"
    for key in ("cname", "uid"):
        if key not in body:
            return f"{key}: is required"
        if not isinstance(body[key], str) or not body[key]:
            return f"{key}: must be a non-empty string"
    if not isinstance(body.get("clientRequest"), dict):
        return "clientRequest: is required and must be an object"
    return None


def body_error(
    body: Any, endpoint: Endpoint, mode: Mode | None, now: float | None = None
) -> str | None:
    """The code-2 ``reason`` for ``body`` ("<path>: <message> (<rule>)"), or None if it is
    acceptable.

    ``now`` is the Sandbox's clock, so time-dependent rules (the STS expiry, R28) judge the
    moment the Sandbox simulates, not the wall clock.
    """
    if isinstance(body, dict):
        check_body = _load_check_body()
        if check_body is not None:
            effective_mode = mode if mode is not None else acquire_mode(body)
            for problem in check_body(body, endpoint, effective_mode, now):
                if problem.is_error:
                    # the rule id too, so a refusal points at the rule validate cites
                    rule = f" ({problem.rule_id})" if problem.rule_id else ""
                    return f"{problem.path or '(body)'}: {problem.message}{rule}"
    return _identity_problem(body)


def invalid_channel_name(body: Any) -> bool:
    """Whether acquire names an RTC channel Agora cannot record (R3, reference §2).

    Agora answers that with HTTP 400, code 401 ``invalid_channel_name`` (§7.1), not the
    generic code 2. A web recording's cname is a free label, so it never applies there.
    """
    if not isinstance(body, dict) or not isinstance(body.get("cname"), str) or not body["cname"]:
        return False
    mode = acquire_mode(body)
    if mode is Mode.WEB:
        return False
    check_body = _load_check_body()
    if check_body is None:
        return False
    return any(
        p.is_error and p.rule_id == "R3" and p.path == "cname"
        for p in check_body(body, Endpoint.ACQUIRE, mode)
    )
