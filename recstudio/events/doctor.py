"""Why did it stop, or record nothing? The doctor names the likely cause in plain words, with
the evidence it rests on and the fix, from what recstudio knows about one recording: the
ledger entry, the request log, the NCS events, the project, a storage check and the
recorder's token.

Each cause is one small function returning a :class:`Finding` or None, judged from facts
only (nothing in the causes talks to the network; the storage check is a fact gathered
beforehand by :meth:`DoctorInput.check_storage`), so every cause is tested by making it
happen in the Sandbox. Findings are ranked by how directly the evidence shows the cause: an error
event or an error answer outranks an inference from what is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from recstudio.emulator.joining import TokenProblem, token_problem
from recstudio.events.catalogue import LEAVE_IDLE, describe_event
from recstudio.events.storage_check import StorageCheck, check_storage
from recstudio.events.store import EventStore, LoggedRequest, StoredEvent
from recstudio.events.timeline import TimelineItem, build_timeline, render_text


@dataclass(frozen=True, slots=True)
class Finding:
    cause: str  # a stable id: "idle_exit", "nobody_publishing", "token_uid", ...
    title: str
    evidence: tuple[str, ...]
    fix: str
    weight: int  # 3 shown directly by an error, 2 by an event, 1 inferred

    def to_json(self) -> dict[str, Any]:
        return {"cause": self.cause, "title": self.title, "evidence": list(self.evidence),
                "fix": self.fix, "weight": self.weight}  # fmt: skip


@dataclass
class DoctorInput:
    key: str  # what the user named: sid, ledger id or resourceId
    sid: str | None
    entry: Any  # LedgerEntry or None
    requests: list[LoggedRequest]
    events: list[StoredEvent]
    project: Any = None  # recstudio.model.project.Project or None
    token: str | None = None
    timeline: list[TimelineItem] = field(default_factory=list)
    storage: StorageCheck | None = None  # None: not asked for

    @classmethod
    def gather(
        cls,
        key: str,
        store: EventStore,
        entry: Any = None,
        *,
        project: Any = None,
        token: str | None = None,
    ) -> DoctorInput:
        sid = getattr(entry, "sid", None) or key
        resource_id = getattr(entry, "resource_id", None)
        requests = store.requests_for(sid, resource_id)
        if not requests and entry is None:
            requests = store.requests_for("", key)  # the key may be a resourceId
        events = [e for e in store.events_for(sid) if e.event is not None]
        if token is None and project is not None:
            candidate = (getattr(project, "start", {}) or {}).get("token")
            token = (
                candidate if isinstance(candidate, str) and candidate.startswith("007") else None
            )
        return cls(key, sid, entry, requests, events, project, token,
                   build_timeline(sid, store, entry))  # fmt: skip

    # -- facts ------------------------------------------------------------------------------

    def identity(self) -> dict[str, str]:
        start = self.start_request()
        body = start.request_body if start is not None else {}
        body = body if isinstance(body, dict) else {}
        project = self.project
        return {
            "cname": str(getattr(self.entry, "cname", "") or body.get("cname")
                         or getattr(project, "cname", "") or ""),
            "uid": str(getattr(self.entry, "uid", "") or body.get("uid")
                       or getattr(project, "uid", "") or ""),
            "app_id": str(getattr(self.entry, "app_id", "") or getattr(project, "app_id", "")
                          or _app_id_from_url(start.url if start else "")),
            "mode": str(getattr(self.entry, "mode", "") or getattr(project, "mode", "") or ""),
        }  # fmt: skip

    def start_request(self) -> LoggedRequest | None:
        starts = [r for r in self.requests if r.endpoint == "start"]
        return starts[-1] if starts else None

    def client_request(self) -> dict[str, Any]:
        start = self.start_request()
        body = start.request_body if start is not None else None
        if isinstance(body, dict) and isinstance(body.get("clientRequest"), dict):
            return body["clientRequest"]
        project_start = getattr(self.project, "start", None)
        return project_start if isinstance(project_start, dict) else {}

    def check_storage(self, project_config: Any, *, endpoint_url: str | None = None) -> None:
        """Run the storage pre-flight with the project's keys on the bucket this recording
        used (network, bounded: off the GUI thread)."""
        logged = None
        start = self.start_request()
        if start is not None and isinstance(start.request_body, dict):
            request = start.request_body.get("clientRequest")
            logged = request.get("storageConfig") if isinstance(request, dict) else None
        acquires = [r for r in self.requests if r.endpoint == "acquire"]
        body = acquires[-1].request_body if acquires else None
        request = body.get("clientRequest") if isinstance(body, dict) else None
        region = request.get("region") if isinstance(request, dict) else None
        self.storage = check_storage(
            logged, project_config, endpoint_url=endpoint_url,
            acquire_region=region if isinstance(region, str) and region else None,
        )  # fmt: skip

    def of_type(self, *types: int) -> list[StoredEvent]:
        return [e for e in self.events if e.event is not None and e.event.event_type in types]

    def started_at(self) -> float | None:
        start = self.start_request()
        if start is not None:
            return start.time
        created = getattr(self.entry, "created_at", None)
        return float(created) if created else None


def _app_id_from_url(url: str) -> str:
    parts = urlsplit(url).path.split("/")
    return parts[parts.index("apps") + 1] if "apps" in parts and parts.index("apps") + 1 < len(
        parts) else ""  # fmt: skip


def _reason(request: LoggedRequest) -> str:
    body = request.response_body
    if isinstance(body, dict):
        return str(body.get("reason") or body.get("message") or "")
    return ""


def _when(request: LoggedRequest) -> str:
    return dt.datetime.fromtimestamp(request.time, tz=dt.UTC).strftime("%H:%M:%S")


def _event_line(kept: StoredEvent) -> str:
    event = kept.event
    assert event is not None
    trust = "" if kept.verdict.trusted else f" [{kept.verdict.value}]"
    return f"NCS event {event.event_type} (#{event.sequence}): {event.meaning}{trust}"


# -- causes ---------------------------------------------------------------------------------


def _start_parameter(facts: DoctorInput) -> Finding | None:
    for request in facts.requests:
        if request.endpoint == "start" and "request_hash" in _reason(request):
            return Finding(
                "start_parameter_mismatch",
                "acquire's startParameter differs from the start body",
                (f"start at {_when(request)} answered HTTP {request.http_status}, code "
                 f"{request.agora_code}: {_reason(request)!r}",),
                "Send the start clientRequest exactly as given in acquire's "
                "clientRequest.startParameter (rule R6), or leave startParameter out of "
                "acquire; then acquire again and start.",
                3,
            )  # fmt: skip
    return None


def _token_findings(facts: DoctorInput) -> Finding | None:
    errors = [
        e for e in facts.of_type(1)
        if e.event is not None and e.event.details.get("module") == 0
        and e.event.details.get("errorCode") in (109, 110)
    ]  # fmt: skip
    evidence = [_event_line(e) for e in errors]
    problem: TokenProblem | None = None
    ident = facts.identity()
    started = facts.started_at()
    if facts.token:
        problem = token_problem(facts.token, app_id=ident["app_id"], cname=ident["cname"],
                                uid=ident["uid"], now=started or 0.0)  # fmt: skip
        if problem is not None:
            evidence.append(f"the token, decoded: {problem.message}")
    if problem is None and not errors:
        return None
    code = problem.code if problem is not None else errors[0].event.details.get("errorCode")  # type: ignore[union-attr]
    what = problem.field if problem is not None else ("expire" if code == 109 else "")
    causes = {
        "uid": ("token_uid", "the recorder's token was built for another uid",
                f"Build the RTC token for the recorder's uid {ident['uid']} (not a host's), "
                "with the App Certificate of this App ID, and start a new recording."),
        "channel_name": ("token_channel", "the recorder's token was built for another channel",
                         f"Build the RTC token for channel {ident['cname']!r}."),
        "app_id": ("token_app_id", "the recorder's token was built for another App ID",
                   "Build the token with this App ID and its App Certificate."),
        "expire": ("token_expired", "the recorder's token had expired when it joined",
                   "Issue the token with a lifetime longer than the recording (it cannot be "
                   "renewed during a task) and start a new recording."),
    }  # fmt: skip
    cause, title, fix = causes.get(
        what,
        ("token_invalid", "the recorder's token is invalid",
         "Check the token's App ID, channel and uid against the start body (recstudio "
         "token inspect), or pass it with --token so the doctor can decode it."),
    )  # fmt: skip
    evidence.append("the recorder never got into the channel, so query/stop find no worker")
    return Finding(cause, title, tuple(evidence), fix, 3 if errors else 2)


#: what each uploader error code (event 1, module 1) means for the user (agora-2026.md §2)
UPLOADER_ERRORS = {
    32: "storage configuration error: the bucket, region or keys are wrong",
    47: "the upload to your storage failed; Agora keeps the files in its backup and retries",
    51: "uploader processing error on Agora's side",
}


def _storage(facts: DoctorInput) -> Finding | None:
    errors = [
        e for e in facts.of_type(1)
        if e.event is not None and e.event.details.get("module") == 1
    ]  # fmt: skip
    backups = facts.of_type(32)
    check = facts.storage
    failing = check.report.failures if check is not None and check.report is not None else []
    if not errors and not backups and not failing:
        return None
    codes = {e.event.details.get("errorCode") for e in errors if e.event is not None}
    evidence = [_event_line(e) for e in errors + backups]
    if check is not None:
        evidence += _check_lines(check)
    storage = facts.client_request().get("storageConfig") or {}
    where = "the storageConfig of the start body"
    if storage:
        where = (f"vendor {storage.get('vendor')}, region {storage.get('region')}, bucket "
                 f"{storage.get('bucket')!r}")  # fmt: skip
    title = "your storage refused the upload"
    known = sorted(c for c in codes if c in UPLOADER_ERRORS)
    if known:
        title += "".join(f" — error {c}: {UPLOADER_ERRORS[c]}" for c in known)
    if failing:
        step = failing[0]
        fix = (f"Change {step.field or 'the storageConfig'} ({where}): the storage check "
               f"fails at '{step.name}'. 'recstudio storage check' (or Check storage…) must "
               "pass before the next start.")  # fmt: skip
        if not errors and not backups:
            title = "your storage refuses uploads with these keys (the storage check fails)"
    elif 32 in codes:
        fix = (
            f"Check {where}: the bucket must exist in that region and the access key "
            "must be allowed to write there. 'recstudio storage check' tests it."
        )
    elif codes == {51}:
        title = f"Agora's uploader failed — error 51: {UPLOADER_ERRORS[51]}"
        fix = ("Error 51 is on Agora's side: send Agora support the sid and the support "
               "bundle; files may still arrive from Agora's backup.")  # fmt: skip
    else:
        fix = (
            f"Files could not be written to {where}; Agora kept them in its backup and "
            "retries. Check the key's write permission, quotas and the bucket policy."
        )
    if check is not None and check.passed and (errors or backups):
        fix += (" The storage check passes now: the bucket or keys were fixed since, or the "
                "recording used other keys than the project has.")  # fmt: skip
    return Finding("storage_error", title, tuple(evidence), fix,
                   3 if errors or failing else 2)  # fmt: skip


def _check_lines(check: StorageCheck) -> list[str]:
    if check.report is None:
        return [check.summary()]
    target = check.report.target
    head = (f"{check.summary()} on bucket {target.get('bucket')!r} (vendor "
            f"{target.get('vendor')}, region {target.get('region')})")  # fmt: skip
    lines = [head]
    for step in check.report.failures:
        fix = f" [fix {step.field}]" if step.field else ""
        lines.append(f"storage check: {step.name} failed — {step.message}{fix}")
    return lines


def _uid_clash(facts: DoctorInput) -> Finding | None:
    uid = facts.identity()["uid"]
    roster = getattr(facts.project, "roster", None) or []
    publishers = {str(getattr(p, "uid", "")) for p in roster}
    streams = {str(e.event.details.get("streamUid")) for e in facts.of_type(43, 44) if e.event}
    if uid and (uid in publishers or uid in streams):
        source = "the project's roster" if uid in publishers else "NCS stream events"
        return Finding(
            "uid_clash", "the recorder uses the same uid as a publisher",
            (f"recorder uid {uid} also appears as a publisher in {source}",),
            "Give the recorder a uid no user of the channel has; the two kick each other out.",
            2,
        )  # fmt: skip
    return None


def _idle(facts: DoctorInput) -> Finding | None:
    leaves = [
        e for e in facts.of_type(41)
        if e.event is not None and int(e.event.details.get("leaveCode") or 0) & LEAVE_IDLE
    ]  # fmt: skip
    if not leaves:
        return None
    idle = (facts.client_request().get("recordingConfig") or {}).get("maxIdleTime", 30)
    evidence = [_event_line(e) for e in leaves]
    after = [r for r in facts.requests if r.http_status == 404 and r.endpoint in ("query", "stop")]
    evidence += [
        f"{r.endpoint} at {_when(r)} answered 404 'failed to find worker'" for r in after[:2]
    ]
    return Finding(
        "idle_exit", f"nobody was in the channel for maxIdleTime ({idle} s): the recorder left",
        tuple(evidence),
        "Start recording when a host is in the channel (or just before one joins), raise "
        "recordingConfig.maxIdleTime if the gaps are expected, and stop explicitly.",
        2,
    )  # fmt: skip


def _nobody_publishing(facts: DoctorInput) -> Finding | None:
    stops = [r for r in facts.requests if r.endpoint == "stop" and r.agora_code == 435]
    if not stops:
        return None
    config = facts.client_request().get("recordingConfig") or {}
    evidence = [f"stop at {_when(stops[0])} answered HTTP {stops[0].http_status}, code 435 "
                "'no recorded data'"]  # fmt: skip
    if not facts.of_type(4, 31, 32):
        evidence.append("no file-infos or uploaded event: nothing was ever written")
    evidence.append(f"streamTypes {config.get('streamTypes', 2)}, channelType "
                    f"{config.get('channelType', 0)}")  # fmt: skip
    return Finding(
        "nobody_publishing", "nobody published audio or video while it recorded (435)",
        tuple(evidence),
        "Make sure a host publishes in this channel during the recording; check that "
        "channelType (0 communication, 1 live) and streamTypes match what the hosts send, "
        "and that subscribe lists name the right uids.",
        3,
    )  # fmt: skip


def _failover(facts: DoctorInput) -> Finding | None:
    switches = facts.of_type(12)
    if not switches:
        return None
    return Finding(
        "ha_failover", "Agora moved the recorder to another server (high availability)",
        tuple(_event_line(e) for e in switches),
        "Nothing to fix: keep querying (404 for up to 90 s is normal during failover); new "
        "files carry a bak<n>_ prefix.",
        1,
    )  # fmt: skip


def _rate_limited(facts: DoctorInput) -> Finding | None:
    limited = [r for r in facts.requests if r.http_status == 429]
    if not limited:
        return None
    return Finding(
        "rate_limited", "requests were refused for exceeding 10 per second",
        tuple(f"{r.endpoint} at {_when(r)} answered 429" for r in limited[:3]),
        "Space calls out (Agora allows 10 requests/second per customer, across all your "
        "processes); query every few seconds, not in a loop.",
        1,
    )  # fmt: skip


CAUSES: tuple[Callable[[DoctorInput], Finding | None], ...] = (
    _start_parameter, _token_findings, _storage, _uid_clash, _nobody_publishing, _idle,
    _failover, _rate_limited,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Diagnosis:
    key: str
    identity: dict[str, str]
    findings: tuple[Finding, ...]
    known: str  # what was available to judge from

    @property
    def cause(self) -> str | None:
        return self.findings[0].cause if self.findings else None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "identity": self.identity, "cause": self.cause,
                "findings": [f.to_json() for f in self.findings], "known": self.known}  # fmt: skip


def diagnose(facts: DoctorInput) -> Diagnosis:
    found = [f for f in (cause(facts) for cause in CAUSES) if f is not None]
    found.sort(key=lambda f: -f.weight)  # stable: CAUSES order breaks ties
    known = (f"{len(facts.requests)} logged request(s), {len(facts.events)} NCS event(s), "
             f"ledger entry {'found' if facts.entry is not None else 'not found'}, token "
             f"{'decoded' if facts.token else 'not given'}"
             + (f", {facts.storage.summary()}" if facts.storage is not None else ""))  # fmt: skip
    return Diagnosis(facts.key, facts.identity(), tuple(found), known)


def render_diagnosis(diagnosis: Diagnosis) -> str:
    ident = diagnosis.identity
    lines = [f"recording {diagnosis.key} — channel {ident['cname'] or '?'}, recorder uid "
             f"{ident['uid'] or '?'}"]  # fmt: skip
    if not diagnosis.findings:
        lines.append("No known cause found. " + diagnosis.known + ".")
        lines.append("Run 'recstudio events listen' during the next recording so NCS events "
                     "are kept, and check 'recstudio events show' for the story.")  # fmt: skip
        return "\n".join(lines)
    for n, finding in enumerate(diagnosis.findings):
        head = "Likely cause" if n == 0 else "Also"
        lines.append(f"{head}: {finding.title}")
        lines.extend(f"  evidence: {item}" for item in finding.evidence)
        lines.append(f"  fix: {finding.fix}")
    lines.append(f"(judged from {diagnosis.known})")
    return "\n".join(lines)


def _summary(facts: DoctorInput, diagnosis: Diagnosis) -> dict[str, Any]:
    """What Agora support asks for: cname, uid, sid, time (UTC) and region."""
    started = facts.started_at()
    base_url = str(getattr(facts.entry, "base_url", "") or "")
    start = facts.start_request()
    host = urlsplit(base_url or (start.url if start else "")).netloc
    storage = facts.client_request().get("storageConfig") or {}
    return {
        "cname": diagnosis.identity["cname"],
        "uid": diagnosis.identity["uid"],
        "sid": facts.sid,
        "resourceId": getattr(facts.entry, "resource_id", None),
        "appId": diagnosis.identity["app_id"],
        "mode": diagnosis.identity["mode"],
        "time": (dt.datetime.fromtimestamp(started, tz=dt.UTC).isoformat() if started else None),
        "region": {
            "apiHost": host,
            "storageVendor": storage.get("vendor"),
            "storageRegion": storage.get("region"),
        },
        "likelyCause": diagnosis.cause,
        "storageCheck": facts.storage.to_json() if facts.storage is not None else None,
    }


def write_bundle(path: str | Path, facts: DoctorInput, diagnosis: Diagnosis) -> Path:
    """A zip for Agora support: summary, the doctor's answer, timeline, redacted logs.

    Bodies in the request log were redacted when logged; they are redacted again here (a
    log written by an older version must not leak), and no header was ever kept."""
    from recstudio.model import redact

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    requests = [
        {"time": r.time, "endpoint": r.endpoint, "method": r.method, "url": r.url,
         "httpStatus": r.http_status, "code": r.agora_code, "error": r.error,
         "request": redact(r.request_body) if isinstance(r.request_body, dict) else None,
         "response": redact(r.response_body) if isinstance(r.response_body, dict) else None}
        for r in facts.requests
    ]  # fmt: skip
    events = [
        {"verdict": e.verdict.value, "meaning": describe_event(e.event.event_type,
                                                               e.event.details),
         "envelope": e.event.envelope()}
        for e in facts.events if e.event is not None
    ]  # fmt: skip
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("summary.json", json.dumps(_summary(facts, diagnosis), indent=2))
        bundle.writestr("diagnosis.txt", render_diagnosis(diagnosis) + "\n")
        bundle.writestr("timeline.txt", render_text(facts.timeline) + "\n")
        bundle.writestr("requests.json", json.dumps(requests, indent=2, default=str))
        bundle.writestr("events.json", json.dumps(events, indent=2, default=str))
    return target
