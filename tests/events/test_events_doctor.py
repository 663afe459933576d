"""The doctor names the cause (step 5), each made to happen over real HTTP in the Sandbox,
with its events received by the app's own receiver; plus 'events show' and the bundle."""

from __future__ import annotations

import contextlib
import json
import zipfile

import pytest
from studio_kit import (
    APP_ID,
    CERTIFICATE,
    CNAME,
    CUSTOMER_SECRET,
    PUBLISHER,
    STORAGE,
    UID,
    doctor_of,
    exited,
    mix_request,
    studio,
)  # fmt: skip
from waiting import wait_until

from recstudio.api.errors import ApiError
from recstudio.api.ledger import Ledger
from recstudio.api.token import build_rtc_token
from recstudio.cli import main
from recstudio.events.doctor import diagnose, render_diagnosis, write_bundle


def _token(uid: str, issue_ts: float, expire: int = 3600, cname: str = CNAME) -> str:
    return build_rtc_token(APP_ID, CERTIFICATE, cname, uid, token_expire=expire,
                           privilege_expire=expire, issue_ts=int(issue_ts))  # fmt: skip


def test_idle_exit() -> None:
    with studio() as s:
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request(max_idle=30))
        s.clock.advance(31)  # nobody ever joins
        wait_until(lambda: exited(s, rec.sid), what="session exit")
        with contextlib.suppress(ApiError):  # the worker is gone: 49, read as stopped
            runner.stop(rec)
        _facts, diagnosis = doctor_of(s, rec.sid)
    assert diagnosis.cause == "idle_exit"
    finding = diagnosis.findings[0]
    assert "maxIdleTime (30 s)" in finding.title
    assert any("leaveCode 4" in line for line in finding.evidence)
    assert "maxIdleTime" in finding.fix


def test_nobody_publishing_435() -> None:
    with studio() as s:
        s.server.channel(APP_ID, CNAME).join(PUBLISHER, audio=False, video=False)  # mute
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request())
        s.clock.advance(10)
        with contextlib.suppress(ApiError):  # 435 raised or returned: the log has it
            runner.stop(rec)
        wait_until(lambda: exited(s, rec.sid), what="session exit")
        _facts, diagnosis = doctor_of(s, rec.sid)
    assert diagnosis.cause == "nobody_publishing"
    evidence = " ".join(diagnosis.findings[0].evidence)
    assert "code 435" in evidence and "nothing was ever written" in evidence


@pytest.mark.parametrize(
    ("token_uid", "age_s", "token_cname", "cause", "phrase"),
    [("999", 0, CNAME, "token_uid", "built for uid 999, but the recorder joins as uid 527841"),
     (UID, 7200, CNAME, "token_expired", "expired"),
     (UID, 0, "lobby", "token_channel", f"built for channel 'lobby', not {CNAME!r}")],
)  # fmt: skip
def test_token_for_another_uid_expired_or_another_channel(
    token_uid, age_s, token_cname, cause, phrase
) -> None:
    with studio() as s:
        s.server.channel(APP_ID, CNAME).join(PUBLISHER)
        token = _token(token_uid, s.clock() - age_s, cname=token_cname)
        runner = s.runner()
        with pytest.raises(ApiError):
            runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request(token=token))
        entry = Ledger().entries()[-1]
        assert entry.sid  # start answered 200: the recorder failed afterwards
        wait_until(lambda: exited(s, entry.sid), what="session exit")
        with_token = doctor_of(s, entry.sid, token=token)[1]
        without = doctor_of(s, entry.sid)[1]
    assert with_token.cause == cause
    assert any(phrase in line for line in with_token.findings[0].evidence)
    code = 109 if cause == "token_expired" else 110
    assert any(f"code {code}" in line for line in with_token.findings[0].evidence)
    # without the token the error event alone still names it
    assert without.cause == ("token_invalid" if code == 110 else "token_expired")


def test_start_parameter_mismatch() -> None:
    with studio() as s:
        s.server.channel(APP_ID, CNAME).join(PUBLISHER)
        acquire = {"scene": 0, "startParameter": mix_request(max_idle=60)}
        with pytest.raises(ApiError) as raised:
            s.runner().start_recording("mix", CNAME, UID, acquire, mix_request(max_idle=30))
        assert raised.value.code == 2
        entry = Ledger().entries()[-1]
        assert entry.sid is None  # no sid: the doctor is asked by resourceId
        _facts, diagnosis = doctor_of(s, entry.resource_id)
    assert diagnosis.cause == "start_parameter_mismatch"
    assert "request_hash mismatch" in diagnosis.findings[0].evidence[0]
    assert "R6" in diagnosis.findings[0].fix


@pytest.mark.parametrize("code", [47, 32])
def test_storage_write_failure(code) -> None:
    with studio() as s:
        s.server.notifier.faults.upload_error = code
        s.server.channel(APP_ID, CNAME).join(PUBLISHER)
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request())
        s.clock.advance(20)
        runner.stop(rec)
        wait_until(lambda: exited(s, rec.sid), what="session exit")
        _facts, diagnosis = doctor_of(s, rec.sid)
    assert diagnosis.cause == "storage_error"
    evidence = " ".join(diagnosis.findings[0].evidence)
    assert f"code {code}" in evidence
    assert STORAGE["bucket"] in diagnosis.findings[0].fix
    if code == 47:
        assert "backuped" in evidence


def test_show_doctor_cli_and_bundle_hold_no_secret(tmp_path, capsys) -> None:
    with studio() as s:
        runner = s.runner()
        rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request())
        s.clock.advance(31)
        wait_until(lambda: exited(s, rec.sid), what="session exit")
        facts, diagnosis = doctor_of(s, rec.sid)
        facts.check_storage(None)  # what the CLI does without --project
        diagnosis = diagnose(facts)
        assert main(["events", "show", rec.sid]) == 0
        shown = capsys.readouterr().out
        bundle = tmp_path / "support.zip"
        assert main(["doctor", rec.sid, "--bundle", str(bundle)]) == 0
        told = capsys.readouterr().out
    lines = shown.splitlines()
    kinds = [line.split()[2] for line in lines]
    assert kinds[:2] == ["request", "request"]  # acquire, start
    assert "status" in kinds and kinds.count("event") == 4
    assert "leaveCode 4" in shown and "HTTP 200" in shown
    assert told.startswith(f"recording {rec.sid} — channel {CNAME}")
    assert "Likely cause: nobody was in the channel for maxIdleTime" in told
    with zipfile.ZipFile(bundle) as z:
        names = set(z.namelist())
        summary = json.loads(z.read("summary.json"))
        everything = b"".join(z.read(n) for n in names).decode()
    assert names == {"summary.json", "diagnosis.txt", "timeline.txt", "requests.json",
                     "events.json"}  # fmt: skip
    assert (summary["cname"], summary["uid"], summary["sid"]) == (CNAME, UID, rec.sid)
    assert summary["time"].endswith("+00:00") and summary["region"]["apiHost"]
    for secret in (CUSTOMER_SECRET, STORAGE["accessKey"], STORAGE["secretKey"]):
        assert secret not in everything
    assert render_diagnosis(diagnosis) in everything
    assert write_bundle(tmp_path / "again.zip", facts, diagnosis).exists()


def test_unknown_sid(capsys) -> None:
    assert main(["events", "show", "nope"]) == 1
    assert "nothing is known about sid nope" in capsys.readouterr().out
    assert main(["doctor", "nope"]) == 0
    assert "No known cause found" in capsys.readouterr().out
