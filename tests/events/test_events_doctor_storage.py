"""The doctor's storage check (Build 5, "a storage check"): the Sandbox really uploads to a
moto bucket on 127.0.0.1, what that bucket does decides the uploader events it sends (error
47 for a refused write, 32 for wrong keys), and the doctor runs the storage pre-flight with
the project's keys on the recording's bucket — naming the cause, the field and the fix."""

from __future__ import annotations

import json
import zipfile

from s3_kit import Keys, S3Server, storage_config, write_only_policy
from studio_kit import APP_ID, CNAME, PUBLISHER, UID, doctor_of, exited, mix_request, studio
from waiting import wait_until

from recstudio.cli import main
from recstudio.events.doctor import diagnose, render_diagnosis, write_bundle

READ_ONLY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                   "Resource": "*"}],
}  # fmt: skip


def _record(s, config: dict) -> str:
    s.server.channel(APP_ID, CNAME).join(PUBLISHER)
    runner = s.runner()
    rec = runner.start_recording("mix", CNAME, UID, {"scene": 0}, mix_request(storageConfig=config))
    s.clock.advance(8)
    runner.stop(rec)  # sync stop: answers once the Sandbox's upload round is done
    return str(rec.sid)


def _events(s, sid: str) -> list[tuple[int, dict]]:
    return [(k.event.event_type, k.event.details) for k in s.store.events_for(sid) if k.event]


def _no_keys(text: str, *keys: Keys) -> None:
    for key in keys:
        assert key.secret_key not in text and key.access_key not in text


def test_a_refused_write_is_error_47_and_the_check_names_the_key(s3: S3Server, tmp_path) -> None:
    bucket, reader = s3.bucket(), s3.user(READ_ONLY)
    config = storage_config(s3, bucket, reader, ["rec"])
    with studio() as s:
        sid = _record(s, config)
        wait_until(lambda: exited(s, sid), what="session exit")
        types = [t for t, _d in _events(s, sid)]
        assert 31 not in types and {1, 2, 32} <= set(types)  # error, warning, backuped
        [error] = [d for t, d in _events(s, sid) if t == 1]
        assert (error["module"], error["errorCode"]) == (1, 47)
        facts, _ = doctor_of(s, sid)
        facts.check_storage(config)
    assert s3.objects(bucket) == {}  # nothing landed, not even the probe
    diagnosis = diagnose(facts)
    assert diagnosis.cause == "storage_error"
    finding = diagnosis.findings[0]
    evidence = "\n".join(finding.evidence)
    assert "code 47" in evidence and "Agora keeps the files in its backup" in finding.title
    assert f"storage check failed on bucket {bucket!r}" in evidence
    assert "storage check: write allowed failed — write denied" in evidence
    assert "[fix storageConfig.accessKey]" in evidence
    assert finding.fix.startswith("Change storageConfig.accessKey")
    assert "storage check failed" in diagnosis.known
    bundle = write_bundle(tmp_path / "b.zip", facts, diagnosis)
    with zipfile.ZipFile(bundle) as z:
        summary = json.loads(z.read("summary.json"))
        everything = b"".join(z.read(n) for n in z.namelist()).decode()
    assert summary["storageCheck"]["ok"] is False
    assert summary["storageCheck"]["target"]["bucket"] == bucket
    _no_keys(everything + render_diagnosis(diagnosis), reader)


def test_wrong_secret_is_error_32_and_the_check_names_the_secret(s3: S3Server) -> None:
    bucket, writer = s3.bucket(), s3.user(write_only_policy())
    config = storage_config(s3, bucket, Keys(writer.access_key, "not-the-secret-0"), ["rec"])
    with studio() as s:
        sid = _record(s, config)
        wait_until(lambda: exited(s, sid), what="session exit")
        [error] = [d for t, d in _events(s, sid) if t == 1]
        assert (error["errorCode"], error["errorMsg"]) == (32, "storage: bad_secret")
        assert [d["exitStatus"] for t, d in _events(s, sid) if t == 11] == [1]
        facts, _ = doctor_of(s, sid)
        facts.check_storage(config)
    finding = diagnose(facts).findings[0]
    evidence = "\n".join(finding.evidence)
    assert "code 32" in evidence and "the bucket, region or keys are wrong" in finding.title
    assert "wrong secret key" in evidence and "[fix storageConfig.secretKey]" in evidence
    assert finding.fix.startswith("Change storageConfig.secretKey")


def test_a_check_failing_since_is_a_cause_on_its_own(s3: S3Server) -> None:
    """Uploaded fine, then the bucket went away: no storage event, the check alone."""
    bucket, writer = s3.bucket(), s3.user(write_only_policy())
    config = storage_config(s3, bucket, writer, ["rec"])
    with studio() as s:
        sid = _record(s, config)
        wait_until(lambda: exited(s, sid), what="session exit")
        assert 31 in [t for t, _d in _events(s, sid)]  # the real upload worked
        facts, before = doctor_of(s, sid)
        facts.check_storage(config)
        assert before.cause is None
    admin = s3.client()
    for key in s3.objects(bucket):
        admin.delete_object(Bucket=bucket, Key=key)
    admin.delete_bucket(Bucket=bucket)
    facts.check_storage(config)
    diagnosis = diagnose(facts)
    assert diagnosis.cause == "storage_error"
    assert diagnosis.findings[0].title == (
        "your storage refuses uploads with these keys (the storage check fails)"
    )
    assert "[fix storageConfig.bucket]" in "\n".join(diagnosis.findings[0].evidence)


def test_the_check_is_skipped_with_a_reason(s3: S3Server) -> None:
    bucket, writer = s3.bucket(), s3.user(write_only_policy())
    config = storage_config(s3, bucket, writer, ["rec"])
    with studio() as s:
        s.server.notifier.faults.upload_error = 47
        sid = _record(s, config)
        wait_until(lambda: exited(s, sid), what="session exit")
        facts, _ = doctor_of(s, sid)
    facts.check_storage(None)  # the log's storageConfig has its keys redacted
    evidence = "\n".join(diagnose(facts).findings[0].evidence)
    assert "storage not checked: the logged start body has its storage keys redacted" in (evidence)
    assert "--project" in evidence
    facts.check_storage({**config, "bucket": "another-bucket"})
    evidence = "\n".join(diagnose(facts).findings[0].evidence)
    assert "names another bucket than the recording used (bucket differ)" in evidence
    facts.check_storage(config)  # the right bucket, keys that write: it passes now
    finding = diagnose(facts).findings[0]
    assert "storage check passed" in "\n".join(finding.evidence)
    assert "The storage check passes now" in finding.fix


def test_cli_doctor_checks_storage_with_the_start_body(s3: S3Server, tmp_path, capsys) -> None:
    bucket, reader = s3.bucket(), s3.user(READ_ONLY)
    config = storage_config(s3, bucket, reader, ["rec"])
    body = tmp_path / "start.json"
    body.write_text(json.dumps({"cname": CNAME, "uid": UID,
                                "clientRequest": mix_request(storageConfig=config)}))  # fmt: skip
    with studio() as s:
        sid = _record(s, config)
        wait_until(lambda: exited(s, sid) and s.settled(), what="session exit")
        capsys.readouterr()
        assert main(["doctor", sid, "--project", str(body)]) == 0
        told = capsys.readouterr().out
        assert main(["doctor", sid, "--project", str(body), "--no-storage-check"]) == 0
        unchecked = capsys.readouterr().out
    assert "Likely cause: your storage refused the upload" in told
    assert "storage check: write allowed failed — write denied" in told
    assert "storage check" not in unchecked.replace("'recstudio storage check'", "")
    _no_keys(told, reader)
    assert main(["doctor", sid, "--project", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the project" in capsys.readouterr().err
