"""Write the example projects in resources/examples/ from code, so they always match the
project format of this recstudio (``new_project()`` + edits + ``save_project``).

    python packaging/make_examples.py          # rewrite resources/examples/*.recstudio.json

Project files never hold secrets: storage keys are written as the placeholders
``save_project`` uses (``<STORAGE_ACCESS_KEY>``, ``<STORAGE_SECRET_KEY>``). ``recstudio
validate`` reports a placeholder as a SECRET *warning* (fill it in before sending), whereas an
empty key would be an *error*, so the examples validate with no errors. Ids are fixed so
re-running the script gives byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.project import Participant, Project, new_project, save_project
from recstudio.model.secrets import PLACEHOLDERS
from recstudio.resources import resource_root

#: file stem → builder; the stem is what the Examples menu and the README show.
STORAGE_PLACEHOLDERS = {
    "accessKey": PLACEHOLDERS["accessKey"],
    "secretKey": PLACEHOLDERS["secretKey"],
}


def _storage(bucket: str, prefix: list[str]) -> dict[str, Any]:
    # vendor 1 = Amazon S3, region 0 = US_EAST_1 (reference §4.6 vendor table, R27)
    return {
        "vendor": 1,
        "region": 0,
        "bucket": bucket,
        **STORAGE_PLACEHOLDERS,
        "fileNamePrefix": prefix,  # R26: letters and digits only
    }


def _region(uid: str, x: float, y: float, w: float, h: float, **extra: Any) -> dict[str, Any]:
    # R20: every number in [0, 1], x+width ≤ 1, y+height ≤ 1; render_mode 0 = crop
    return {
        "uid": uid,
        "x_axis": x,
        "y_axis": y,
        "width": w,
        "height": h,
        "alpha": 1.0,
        "render_mode": 0,
        **extra,
    }


def mix_interview() -> Project:
    """Two people side by side (the start layout) and a picture-in-picture scene to switch
    to with updateLayout — the producer's everyday case."""
    p = new_project(Mode.MIX, name="Interview (mix, custom layout)")
    p.id = "example0mixinterview000000000001"
    p.app_id = "0123456789abcdef0123456789abcdef"
    p.cname = "interview"
    p.uid = "527841"
    p.roster = [
        Participant(uid="1001", name="Host", source="camera_16_9"),
        Participant(uid="1002", name="Guest", source="camera_16_9"),
    ]
    start = p.start
    start["recordingConfig"]["subscribeAudioUids"] = ["1001", "1002"]
    start["recordingConfig"]["subscribeVideoUids"] = ["1001", "1002"]
    start["recordingFileConfig"] = {"avFileType": ["hls", "mp4"]}  # R23: mp4 with hls, mix
    start["storageConfig"] = _storage("my-recordings", ["interviews", "episode01"])
    # 1280×720 canvas; two 16:9 tiles side by side, letterboxed vertically
    side_by_side = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#101820",
        "layoutConfig": [
            _region("1001", 0.0, 0.25, 0.5, 0.5),
            _region("1002", 0.5, 0.25, 0.5, 0.5),
        ],
    }
    picture_in_picture = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#101820",
        "layoutConfig": [
            _region("1001", 0.0, 0.0, 1.0, 1.0),
            _region("1002", 0.7, 0.7, 0.28, 0.28),
        ],
    }
    p.layouts = {"Side by side": side_by_side, "Picture in picture": picture_in_picture}
    p.start_layout = "Side by side"
    # R33: an update replaces the whole subscription, and an audio list alone would stop
    # all video (§3.4, §4.2); name both kinds so the composite keeps its pictures.
    p.update = {
        "streamSubscribe": {
            "audioUidList": {"subscribeAudioUids": ["1001", "1002"]},
            "videoUidList": {"subscribeVideoUids": ["1001", "1002"]},
        }
    }
    return p


def individual_audio_only() -> Project:
    """One audio file per speaker (e.g. for transcription): individual mode, audio only."""
    p = new_project(Mode.INDIVIDUAL, name="Podcast tracks (individual, audio only)")
    p.id = "example0individualaudio000000002"
    p.app_id = "0123456789abcdef0123456789abcdef"
    p.cname = "podcast"
    p.uid = "527842"
    p.roster = [
        Participant(uid="2001", name="Host"),
        Participant(uid="2002", name="Guest"),
    ]
    recording = p.start["recordingConfig"]
    recording["streamTypes"] = 0  # audio only
    recording["subscribeAudioUids"] = ["#allstream#"]
    recording["maxIdleTime"] = 120
    p.start["storageConfig"] = _storage("my-recordings", ["podcast", "tracks"])
    # update draft: stop recording the guest mid-session. A blacklist changes only the
    # kind it names (an audio whitelist alone would also clear video, R33).
    p.update = {"streamSubscribe": {"audioUidList": {"unSubscribeAudioUids": ["2002"]}}}
    return p


def raw_two_publishers() -> Project:
    """Individual Recording v2 (mode raw, agora-2026.md §1): one combined audio+video
    HLS playlist and an MP4 per speaker, plus screenshots every 30 s."""
    p = new_project(Mode.RAW, name="Two speakers (raw individual recording)")
    p.id = "example0rawtwopublishers00000004"
    p.app_id, p.cname, p.uid = "0123456789abcdef0123456789abcdef", "panel", "527844"
    p.roster = [
        Participant(uid=uid, name=f"Speaker {n}") for uid, n in (("3001", "A"), ("3002", "B"))
    ]
    recording = p.start["recordingConfig"]
    recording["subscribeAudioUids"] = ["3001", "3002"]
    recording["subscribeVideoUids"] = ["3001", "3002"]
    recording["subscribeUidGroup"] = 0  # R12: 1–2 distinct UIDs
    recording["maxIdleTime"] = 120
    p.start["recordingFileConfig"] = {"avFileType": ["hls", "mp4"]}  # R23: MP4 in raw
    p.start["snapshotConfig"] = {"captureInterval": 30, "fileType": ["jpg"]}  # R24
    p.start["storageConfig"] = _storage("my-recordings", ["panel", "speakers"])
    # update draft: stop recording speaker B's video, keep both voices (a blacklist
    # changes only the kind it names, R33)
    p.update = {"streamSubscribe": {"videoUidList": {"unSubscribeVideoUids": ["3002"]}}}
    return p


def web_page_cdn() -> Project:
    """Record a web page and push it live to a CDN over RTMP at the same time."""
    p = new_project(Mode.WEB, name="Scoreboard page (web recording + CDN push)")
    p.id = "example0webpagecdn00000000000003"
    p.app_id = "0123456789abcdef0123456789abcdef"
    p.cname = "scoreboard"
    p.uid = "527843"
    services = p.start["extensionServiceConfig"]["extensionServices"]
    services[0]["serviceParam"]["url"] = "https://example.com/scoreboard"
    services[0]["serviceParam"]["maxRecordingHour"] = 3
    services.append(
        {
            "serviceName": "rtmp_publish_service",
            "errorHandlePolicy": "error_ignore",  # R31
            "serviceParam": {"outputs": [{"rtmpUrl": "rtmp://live.example.com/app/stream-key"}]},
        }
    )
    p.start["recordingFileConfig"] = {"avFileType": ["hls", "mp4"]}
    p.start["storageConfig"] = _storage("my-recordings", ["web", "scoreboard"])
    # update draft: pause the page recording (the CDN push follows the page)
    p.update = {"webRecordingConfig": {"onhold": True}}
    return p


EXAMPLES = {
    "mix-interview": mix_interview,
    "individual-audio-only": individual_audio_only,
    "web-page-cdn-push": web_page_cdn,
    "raw-two-publishers": raw_two_publishers,
}


def write_examples(folder: Path | None = None) -> list[Path]:
    out = folder or resource_root() / "examples"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, build in EXAMPLES.items():
        path = out / f"{stem}.recstudio.json"
        save_project(build(), path)
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_examples():
        print(written)
    sys.exit(0)
