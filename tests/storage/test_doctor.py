"""File doctor over real HTTP: download with progress/cancel, HLS → MP4 by remux (no
re-encode), failover pieces stitched, individual audio+video merged per uid; every MP4 is
decoded with PyAV to prove it plays for the recording's duration."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from s3_kit import S3Server, storage_config

from recstudio.cli import main
from recstudio.emulator.recorded_files import write_individual_recording, write_mix_recording
from recstudio.emulator.upload import upload_files
from recstudio.storage.doctor import fetch_recording
from recstudio.storage.errors import StorageError
from recstudio.storage.opener import open_bucket
from recstudio.storage.remux import media_duration
from recstudio.storage.target import target_from_config

FULL = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"}],
}
SID = "5f0e1d2c3b4a59687766554433221100"
START_MS = 1_700_000_000_000


def _config(s3: S3Server) -> dict[str, Any]:
    return storage_config(s3, s3.bucket(), s3.user(FULL), ["rec"])


def _project(tmp_path: Path, config: dict[str, Any]) -> Path:
    body = {"cname": "room", "uid": "1", "clientRequest": {"storageConfig": config}}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def _codecs(path: Path) -> set[str]:
    import av

    with av.open(str(path)) as container:
        return {s.codec_context.name for s in container.streams}


def test_failover_pieces_become_one_mp4_of_the_full_duration(
    s3: S3Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(s3)
    files = write_mix_recording(
        tmp_path / "made", SID, "room", started_ms=START_MS, duration_s=9.0,
        failover_at_s=4.0, segment_s=2.0,
    )  # fmt: skip
    assert len(files.playlists) == 2  # the original and the bak1_ piece
    upload_files(files.files, config)
    out = tmp_path / "fetched"
    code = main(["files", "fetch", SID, "--project", str(_project(tmp_path, config)),
                 "--to", str(out), "--mp4"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "downloading: 100%" in printed.err
    assert "stitched 2 failover pieces in time order" in printed.out
    mp4 = out / f"{SID}_room.mp4"
    assert media_duration(mp4) == pytest.approx(9.0, abs=0.5)
    assert _codecs(mp4) == {"h264", "aac"}  # copied, not re-encoded into something else
    assert {p.name for p in out.iterdir() if p.suffix == ".part"} == set()


def test_individual_audio_and_video_merge_per_uid(s3: S3Server, tmp_path: Path) -> None:
    from recstudio.storage.doctor import make_mp4

    config = _config(s3)
    tracks = [
        ("1001", "audio", START_MS),
        ("1001", "video", START_MS + 1000),
        ("1002", "audio", START_MS + 2000),
        ("1002", "video", START_MS + 2000),
    ]
    files = write_individual_recording(
        tmp_path / "made", SID, "room", tracks=tracks, ended_ms=START_MS + 7000, segment_s=2.0
    )
    upload_files(files.files, config)
    target = target_from_config(config)
    bucket = open_bucket(target)
    try:
        fetched = fetch_recording(bucket, target, SID, tmp_path / "got")
    finally:
        bucket.close()
    assert len(fetched.downloaded) == len(files.files)
    result = make_mp4(tmp_path / "got", SID)
    by_name = {o.path.name: o for o in result.outputs}
    assert set(by_name) == {f"{SID}_room__uid_s_1001.mp4", f"{SID}_room__uid_s_1002.mp4"}
    for output in result.outputs:
        assert output.streams == ("audio", "video")
    assert media_duration(by_name[f"{SID}_room__uid_s_1001.mp4"].path) == pytest.approx(
        7.0, abs=0.5
    )
    assert media_duration(by_name[f"{SID}_room__uid_s_1002.mp4"].path) == pytest.approx(
        5.0, abs=0.5
    )
    assert any("uid 1001: video starts +1.0 s after audio" in n for n in result.notes)


def test_download_can_be_cancelled_without_half_files(s3: S3Server, tmp_path: Path) -> None:
    config = _config(s3)
    files = write_mix_recording(
        tmp_path / "made", SID, "room", started_ms=START_MS, duration_s=4.0, segment_s=2.0
    )
    upload_files(files.files, config)
    target = target_from_config(config)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # the user presses Cancel after the first chunk

    bucket = open_bucket(target)
    try:
        with pytest.raises(StorageError) as info:
            fetch_recording(bucket, target, SID, tmp_path / "got", progress=progress, cancel=cancel)
    finally:
        bucket.close()
    assert info.value.kind == "cancelled" and seen
    assert not any(p.name.endswith(".part") for p in (tmp_path / "got").iterdir())


def test_missing_segment_makes_mp4_fail_with_its_name(
    s3: S3Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(s3)
    files = write_mix_recording(
        tmp_path / "made", SID, "room", started_ms=START_MS, duration_s=6.0, segment_s=2.0
    )
    gone = next(p for p in files.files if p.suffix == ".ts")
    upload_files([p for p in files.files if p != gone], config)
    code = main(["files", "fetch", SID, "--project", str(_project(tmp_path, config)),
                 "--to", str(tmp_path / "got"), "--mp4"])  # fmt: skip
    assert code == 1
    assert gone.name in capsys.readouterr().err
