"""The timeline builder: requests, statuses and events merged in time order; repeated
identical polls collapsed so the changes stand out (step 4)."""

from __future__ import annotations

import json

from events_kit import envelope

from recstudio.api.results import RequestRecord
from recstudio.events.signature import Verdict
from recstudio.events.store import EventStore
from recstudio.events.timeline import build_timeline, render_text

BASE = 1_700_000_000.0
URL = "https://api.sd-rtn.com/v1/apps/a/cloud_recording/resourceid/R/sid/sid-1/mode/mix/query"


def _query(t: float, status: int | None, http: int = 200) -> RequestRecord:
    body = {"serverResponse": {"status": status}} if status is not None else {"code": 404,
            "reason": "failed to find worker"}  # fmt: skip
    return RequestRecord(BASE + t, "query", "GET", URL, http, None if http == 200 else 404,
                         5.0, None, body, None)  # fmt: skip


def test_merge_and_collapse(tmp_path) -> None:
    with EventStore(tmp_path / "db.sqlite3") as store:
        for record in [_query(1, 4), _query(2, 5), _query(3, 5), _query(4, 5), _query(9, None,
                       404)]:  # fmt: skip
            store.log_request(record)
        leave = envelope(41, 0, leaveCode=4)
        leave["payload"]["sendts"] = int((BASE + 5) * 1000)
        store.add_delivery(json.dumps(leave), Verdict.INVALID)
        items = build_timeline("sid-1", store)
    assert [(i.kind, i.title) for i in items] == [
        ("request", "query"), ("status", "status 4"),
        ("request", "query"), ("status", "status 5"),
        ("event", "event 41 recorder_leave"),
        ("request", "query"),
    ]  # fmt: skip
    assert items[3].meaning.startswith("in progress (×3, last at 22:13:24.000")
    assert items[4].trust == "invalid"
    assert items[5].meaning == "HTTP 404, code 404 — failed to find worker"
    text = render_text(items)
    assert "[invalid]" in text and "leaveCode 4: nobody in the channel" in text


def test_doctor_names_failover_rate_limit_and_uid_clash_from_stored_facts(tmp_path) -> None:
    from recstudio.events.doctor import DoctorInput, diagnose
    from recstudio.model.project import Project

    with EventStore(tmp_path / "db.sqlite3") as store:
        store.log_request(_query(1, None, 429))
        store.add_delivery(json.dumps(envelope(12, 3, newUid="4242")), Verdict.VALID)
        facts = DoctorInput.gather("sid-1", store)
        causes = [f.cause for f in diagnose(facts).findings]
        assert causes == ["ha_failover", "rate_limited"]
        assert "rejoined as uid 4242" in diagnose(facts).findings[0].evidence[0]
        project = Project(cname="room", uid="527841")
        project.roster = [{"uid": "527841"}]
        facts = DoctorInput.gather("sid-1", store, project=project)
        assert diagnose(facts).cause == "uid_clash"
