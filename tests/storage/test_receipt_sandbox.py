"""End to end: a Sandbox mix recording with two publishers uploads real HLS + MP4 to the
moto server (vendor 11, loopback endpoint) with the body's keys; ``record verify`` reads
the bucket back over HTTP. Faults: missing segment, backup first, failover split."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from s3_kit import S3Server, storage_config, write_only_policy

from recstudio.cli import main
from recstudio.emulator import ManualClock, SandboxServer, Timing
from recstudio.storage.receipt_store import ReceiptStore

CUSTOMER_ID, CUSTOMER_SECRET = "cust-storage", "CUSTOMER-SECRET-5be1c0"
APP_ID = "0123456789abcdef0123456789abcdef"
FULL = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}],
}


def _two_publisher_sandbox(monkeypatch: pytest.MonkeyPatch, **extra: Any) -> SandboxServer:
    monkeypatch.setenv("AGORA_CUSTOMER_ID", CUSTOMER_ID)
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", CUSTOMER_SECRET)
    server = SandboxServer(
        customer_id=CUSTOMER_ID,
        customer_secret=CUSTOMER_SECRET,
        clock=ManualClock(),
        rate_limit=None,
        timing=Timing(status_schedule=((0.0, 4), (0.5, 5))),
        **extra,
    ).start()
    server.uploader.segment_s = 2.0  # Agora slices every ~15 s; short tests want several
    room = server.channel(APP_ID, "room")
    room.join("1001")
    room.join("1002")
    return server


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    server = _two_publisher_sandbox(monkeypatch)
    try:
        yield server
    finally:
        server.stop()


class Recording:
    """One recorded-and-stopped Sandbox session, driven through the CLI."""

    def __init__(self, s3: S3Server, tmp_path: Path, capsys: Any, *, mp4: bool = True) -> None:
        self.s3 = s3
        self.capsys = capsys
        self.bucket = s3.bucket()
        # Agora uploads with the (write-only) key in the body; we verify with a read key
        self.writer = s3.user(write_only_policy())
        self.reader = s3.user(FULL)
        config = storage_config(s3, self.bucket, self.writer, ["rec", "day1"])
        body = {
            "cname": "room",
            "uid": "527841",
            "clientRequest": {
                "recordingConfig": {
                    "channelType": 0,
                    "streamTypes": 2,
                    "maxIdleTime": 30,
                    "transcodingConfig": {
                        "width": 640, "height": 360, "fps": 15, "bitrate": 500,
                        "mixedVideoLayout": 1,
                    },
                },
                "recordingFileConfig": {"avFileType": ["hls", "mp4"] if mp4 else ["hls"]},
                "storageConfig": config,
            },
        }  # fmt: skip
        self.start_file = tmp_path / "start.json"
        self.start_file.write_text(json.dumps(body), encoding="utf-8")
        read_body = json.loads(json.dumps(body))
        read_body["clientRequest"]["storageConfig"] = storage_config(
            s3, self.bucket, self.reader, ["rec", "day1"]
        )
        self.read_file = tmp_path / "read.json"
        self.read_file.write_text(json.dumps(read_body), encoding="utf-8")
        self.secrets = (
            self.writer.secret_key,
            self.reader.secret_key,
            self.writer.access_key,
            self.reader.access_key,
            CUSTOMER_SECRET,
        )

    def run(self, *argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        for secret in self.secrets:
            assert secret not in out + err, "a secret reached the output"
        return code, out, err

    def record(self, sandbox: SandboxServer, seconds: float = 8.0) -> str:
        code, out, err = self.run(
            "record", "start", str(self.start_file), "--app-id", APP_ID,
            "--base-url", sandbox.base_url, "--first-query-delay", "0",
        )  # fmt: skip
        assert code == 0, err
        sid = json.loads(out)["sid"]
        sandbox.advance(seconds)
        code, out, err = self.run("record", "stop", sid, "--base-url", sandbox.base_url)
        assert code == 0, err
        self.stopped = json.loads(out)
        return str(sid)

    def verify(self, sid: str) -> tuple[int, dict[str, Any]]:
        code, out, err = self.run(
            "record", "verify", sid, "--project", str(self.read_file), "--json"
        )
        assert code in (0, 1), err
        return code, json.loads(out)


def _kinds(receipt: dict[str, Any]) -> set[str]:
    return {o["key"].rsplit(".", 1)[1] for o in receipt["objects"]}


def test_mix_two_publishers_complete(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    rec = Recording(s3, tmp_path, capsys)
    sid = rec.record(sandbox, seconds=8.0)
    assert rec.stopped["uploadingStatus"] == "uploaded"
    code, receipt = rec.verify(sid)
    assert code == 0 and receipt["verdict"] == "complete", receipt
    assert _kinds(receipt) == {"m3u8", "ts", "mp4"}
    assert all(o["key"].startswith("rec/day1/") and o["size"] > 0 for o in receipt["objects"])
    [playlist] = receipt["playlists"]
    assert playlist["name"] == f"{sid}_room.m3u8"
    assert playlist["segments"] >= 3 and playlist["duration_s"] == pytest.approx(8.0, abs=0.5)
    assert {t["track_type"] for t in playlist["start_tags"]} == {"AUDIO", "VIDEO"}
    # the text form lists every object, and the receipt went into the ledger database
    code, out, _ = rec.run("record", "verify", sid, "--project", str(rec.read_file))
    assert code == 0 and out.startswith(f"recording {sid}: complete")
    assert ".mp4 (" in out and ".ts (" in out and ".m3u8 (" in out
    stored = ReceiptStore().receipts(sid)
    assert [r.verdict for r in stored] == ["complete", "complete"]


def test_missing_segment_is_incomplete_and_named(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    sandbox.uploader.set_faults(missing_segment=True)
    rec = Recording(s3, tmp_path, capsys, mp4=False)
    sid = rec.record(sandbox)
    [gone] = sandbox.uploader.deliveries[sid].withheld
    code, receipt = rec.verify(sid)
    assert code == 1 and receipt["verdict"] == "incomplete"
    assert f"missing: {gone}" in receipt["reasons"]
    assert receipt["playlists"][0]["missing"] == [gone]


def test_backup_first_is_still_arriving_then_complete(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    sandbox.uploader.set_faults(backup_first_s=600.0)
    rec = Recording(s3, tmp_path, capsys)
    sid = rec.record(sandbox)
    assert rec.stopped["uploadingStatus"] == "backuped"
    code, receipt = rec.verify(sid)
    assert code == 1 and receipt["verdict"] == "still_arriving", receipt
    assert any("backup" in line for line in [receipt["uploading_status"], *receipt["notes"]])
    assert sandbox.uploader.release_backups() == 1
    deadline = time.monotonic() + 30
    while True:
        code, receipt = rec.verify(sid)
        if receipt["verdict"] == "complete" or time.monotonic() > deadline:
            break
        sandbox.uploader.deliveries[sid].done.wait(0.1)
    assert code == 0 and receipt["verdict"] == "complete", receipt


def test_failover_split_is_complete_with_a_note(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    sandbox.uploader.set_faults(failover_split=True)
    rec = Recording(s3, tmp_path, capsys)  # json fileList mode: room for two playlists
    sid = rec.record(sandbox, seconds=8.0)
    names = [f["fileName"] for f in rec.stopped["files"]]
    assert f"bak1_{sid}_room.m3u8" in names
    code, receipt = rec.verify(sid)
    assert code == 0 and receipt["verdict"] == "complete", receipt
    assert [p["name"] for p in receipt["playlists"]] == [
        f"{sid}_room.m3u8",
        f"bak1_{sid}_room.m3u8",
    ]  # in time order
    assert any("failover split" in note for note in receipt["notes"])


def test_not_found_names_the_likely_causes(s3: S3Server, tmp_path: Path, capsys: Any) -> None:
    rec = Recording(s3, tmp_path, capsys)
    code, receipt = rec.verify("0123456789abcdef0123456789abcdef")
    assert code == 1 and receipt["verdict"] == "not_found"
    text = " ".join(receipt["reasons"])
    assert rec.bucket in text and "rec/day1/" in text and "fileNamePrefix" in text


def test_write_only_key_cannot_verify_and_says_so(
    s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    rec = Recording(s3, tmp_path, capsys)
    code, _out, err = rec.run("record", "verify", "abc", "--project", str(rec.start_file))
    assert code == 1 and "list and read permission" in err
    assert "fix storageConfig.accessKey" in err


def test_no_secret_in_receipts_or_ledger(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    rec = Recording(s3, tmp_path, capsys, mp4=False)
    sid = rec.record(sandbox, seconds=4.0)
    rec.verify(sid)
    store = ReceiptStore()
    raw = store.path.read_bytes()
    for wal in store.path.parent.glob("ledger*"):
        raw += wal.read_bytes()
    assert store.latest(sid) is not None
    for secret in rec.secrets:
        assert secret.encode() not in raw
    snapshot = json.dumps(sandbox.snapshot())
    for secret in rec.secrets:
        assert secret not in snapshot


def test_fetch_mp4_of_a_sandbox_recording_decodes_for_its_duration(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    from recstudio.storage.remux import media_duration

    sandbox.uploader.set_faults(failover_split=True)
    rec = Recording(s3, tmp_path, capsys)
    sid = rec.record(sandbox, seconds=10.0)
    out = tmp_path / "fetched"
    code, printed, err = rec.run(
        "files", "fetch", sid, "--project", str(rec.read_file), "--to", str(out), "--mp4"
    )
    assert code == 0, err
    made = out / f"{sid}_room.mp4"
    assert f"mp4: {made}" in printed
    assert media_duration(made) == pytest.approx(10.0, abs=0.5)


def test_unreachable_storage_goes_to_the_local_folder(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    """Any storageConfig but a loopback vendor 11 lands in <local_folder>/<bucket>/<prefix>."""
    sandbox.uploader.local_folder = tmp_path / "sandbox-storage"
    rec = Recording(s3, tmp_path, capsys, mp4=False)
    body = json.loads(rec.start_file.read_text(encoding="utf-8"))
    body["clientRequest"]["storageConfig"].update(vendor=1, region=0, bucket="mybucket")
    del body["clientRequest"]["storageConfig"]["extensionParams"]
    rec.start_file.write_text(json.dumps(body), encoding="utf-8")
    sid = rec.record(sandbox, seconds=4.0)
    delivery = sandbox.uploader.deliveries[sid]
    assert delivery.done.wait(30) and delivery.error is None
    folder = tmp_path / "sandbox-storage" / "mybucket" / "rec" / "day1"
    names = sorted(p.name for p in folder.iterdir())
    assert f"{sid}_room.m3u8" in names and any(n.endswith(".ts") for n in names)
    assert delivery.destination == "local folder"


def _record_per_user(
    rec: Recording, sandbox: SandboxServer, mode: str, av_file_types: list[str]
) -> str:
    body = json.loads(rec.start_file.read_text(encoding="utf-8"))
    request = body["clientRequest"]
    request["recordingConfig"] = {
        "channelType": 0, "streamTypes": 2, "maxIdleTime": 30, "subscribeUidGroup": 0,
    }  # fmt: skip
    request["recordingFileConfig"] = {"avFileType": av_file_types}
    rec.start_file.write_text(json.dumps(body), encoding="utf-8")
    code, out, err = rec.run(
        "record", "start", str(rec.start_file), "--mode", mode, "--app-id", APP_ID,
        "--base-url", sandbox.base_url, "--first-query-delay", "0",
    )  # fmt: skip
    assert code == 0, err
    sid = str(json.loads(out)["sid"])
    sandbox.advance(6.0)
    code, out, err = rec.run("record", "stop", sid, "--base-url", sandbox.base_url)
    assert code == 0, err
    rec.stopped = json.loads(out)
    return sid


def test_raw_recording_has_one_av_playlist_and_mp4_per_uid(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    """Individual Recording v2 (agora-2026 §1): names carry the codec, A/V combined."""
    rec = Recording(s3, tmp_path, capsys)
    sid = _record_per_user(rec, sandbox, "raw", ["hls", "mp4"])
    code, receipt = rec.verify(sid)
    assert code == 0 and receipt["verdict"] == "complete", receipt
    assert sorted(p["name"] for p in receipt["playlists"]) == [
        f"{sid}_room__uid_s_{uid}__uid_e_h264.m3u8" for uid in ("1001", "1002")
    ]
    keys = {o["key"].rsplit("/", 1)[1] for o in receipt["objects"]}
    assert {f"{sid}_room__uid_s_{uid}__uid_e_0_h264.mp4" for uid in ("1001", "1002")} <= keys
    assert all(k.endswith("_h264.ts") for k in keys if k.endswith(".ts"))


def test_individual_recording_has_one_playlist_per_uid_and_kind(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    rec = Recording(s3, tmp_path, capsys, mp4=False)
    sid = _record_per_user(rec, sandbox, "individual", ["hls"])
    code, receipt = rec.verify(sid)
    assert code == 0 and receipt["verdict"] == "complete", receipt
    names = sorted(p["name"] for p in receipt["playlists"])
    assert names == sorted(
        f"{sid}_room__uid_s_{uid}__uid_e_{kind}.m3u8"
        for uid in ("1001", "1002")
        for kind in ("audio", "video")
    )
    out_dir = tmp_path / "individual"
    code, printed, err = rec.run(
        "files", "fetch", sid, "--project", str(rec.read_file), "--to", str(out_dir), "--mp4"
    )
    assert code == 0, err
    assert printed.count(", audio+video)") == 2  # one merged MP4 per uid


def test_refused_upload_is_backuped_and_explained(
    sandbox: SandboxServer, s3: S3Server, tmp_path: Path, capsys: Any
) -> None:
    """A body whose secret the bucket rejects: Agora's uploader falls back to its backup
    (uploadingStatus backuped); the Sandbox says why in its state, the receipt finds
    nothing and lists the backup as a likely cause."""
    rec = Recording(s3, tmp_path, capsys, mp4=False)
    body = json.loads(rec.start_file.read_text(encoding="utf-8"))
    body["clientRequest"]["storageConfig"]["secretKey"] = "not-the-writer-secret"
    rec.start_file.write_text(json.dumps(body), encoding="utf-8")
    sid = rec.record(sandbox, seconds=4.0)
    assert rec.stopped["uploadingStatus"] == "backuped"
    [delivery] = [d for d in sandbox.snapshot()["storage"]["deliveries"] if d["sid"] == sid]
    assert "fix storageConfig.secretKey" in delivery["error"]
    code, receipt = rec.verify(sid)
    assert code == 1 and receipt["verdict"] == "not_found"
    assert any("backup" in reason for reason in receipt["reasons"])


def test_compositor_media_is_what_gets_uploaded(
    s3: S3Server, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With media on (emulator/media.py renders the mix with the compositor) the uploader
    puts those files in the loopback bucket; the receipt checks them like any other."""
    server = _two_publisher_sandbox(monkeypatch, media_dir=tmp_path / "media")
    try:
        rec = Recording(s3, tmp_path, capsys)
        sid = rec.record(server, seconds=4.0)
        rendered = {p.name for p in server.media.wait(sid, 120)} if server.media else set()
        delivery = server.uploader.deliveries[sid]
        assert delivery.done.wait(120) and delivery.error is None, delivery.error
        assert {key.rsplit("/", 1)[1] for key in delivery.uploaded} == rendered
        code, receipt = rec.verify(sid)
        assert code == 0 and receipt["verdict"] == "complete", receipt
        assert _kinds(receipt) == {"m3u8", "ts", "mp4"}
    finally:
        server.stop()
