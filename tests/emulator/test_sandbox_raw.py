"""Raw mode (Individual Recording v2) on the Sandbox over real HTTP: routes under
/mode/raw/, the state machine, v2 file lists (agora-2026.md §1) and the stranded fault."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_kit import APP_ID, CNAME, UID, Api, start_request

from recstudio.emulator import ManualClock, SandboxServer
from recstudio.model import Endpoint


def raw_request(**files: Any) -> dict[str, Any]:
    request = start_request("individual")  # per-uid body without v1's streamMode
    if files:
        request["recordingFileConfig"] = files
    return request


def begin_raw(api: Api, request: dict[str, Any] | None = None) -> tuple[str, str]:
    # raw's acquire has no scene: it "no longer takes effect" (agora-2026.md §1)
    acquired = api.call(Endpoint.ACQUIRE, body={"cname": CNAME, "uid": UID, "clientRequest": {}})
    assert acquired.status_code == 200, acquired.text
    resource_id = acquired.json()["resourceId"]
    started = api.start(resource_id, "raw", request or raw_request())
    assert started.status_code == 200, started.text
    return resource_id, started.json()["sid"]


def test_raw_start_accepts_the_documented_body(api: Api, sandbox: SandboxServer) -> None:
    ids = begin_raw(api, raw_request(avFileType=["hls", "mp4"]))
    assert sandbox.recording(ids[1]).mode.value == "raw"
    reply = api.on_task(Endpoint.QUERY, ids, "raw")
    assert reply.status_code == 200
    # the task lives under /mode/raw/: another mode's path is refused
    assert api.on_task(Endpoint.QUERY, ids, "individual").status_code == 400


@pytest.mark.parametrize(
    ("key", "value", "path", "rule"),
    [
        ("streamMode", "standard", "clientRequest.recordingConfig.streamMode", "R11"),
        (
            "extensionServiceConfig",
            {"extensionServices": []},
            "clientRequest.extensionServiceConfig",
            "R9",
        ),
    ],
)
def test_raw_start_refuses_v1_keys_naming_the_field(
    api: Api, key: str, value: Any, path: str, rule: str
) -> None:
    request = raw_request()
    if key == "streamMode":
        request["recordingConfig"][key] = value
    else:
        request[key] = value
    resource_id = api.acquire().json()["resourceId"]
    reply = api.start(resource_id, "raw", request)
    assert reply.status_code == 400
    body = reply.json()
    assert body["code"] == 2
    assert body["reason"].startswith(f"{path}:") and "raw" in body["reason"]
    assert body["reason"].endswith(f"({rule})")  # the field and the rule validate cites


def test_admin_join_of_two_publishers_stops_with_one_combined_m3u8_per_uid(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    for uid in ("3001", "3002"):
        joined = api.session.post(
            f"{sandbox.base_url}/_sandbox/apps/{APP_ID}/channels/{CNAME}/join",
            json={"uid": uid, "audio": True, "video": True},
            timeout=5,
        )
        assert joined.status_code == 200, joined.text
    ids = begin_raw(api, raw_request(avFileType=["hls", "mp4"]))
    clock.advance(30)
    reply = api.on_task(Endpoint.STOP, ids, "raw", {"async_stop": False})
    assert reply.status_code == 200, reply.text
    response = reply.json()["serverResponse"]
    assert response["uploadingStatus"] == "uploaded"
    assert response["fileListMode"] == "json"
    sid = ids[1]
    playlists = [f for f in response["fileList"] if f["fileName"].endswith(".m3u8")]
    assert [(f["uid"], f["trackType"], f["fileName"]) for f in playlists] == [
        (uid, "audio_and_video", f"{sid}_{CNAME}__uid_s_{uid}__uid_e_h264.m3u8")
        for uid in ("3001", "3002")
    ]
    mp4 = sorted(f["fileName"] for f in response["fileList"] if f["fileName"].endswith(".mp4"))
    assert mp4 == [f"{sid}_{CNAME}__uid_s_{uid}__uid_e_0_h264.mp4" for uid in ("3001", "3002")]
    # no v1 per-kind playlists
    assert not [f for f in response["fileList"] if "_uid_e_audio" in f["fileName"]]


def test_raw_audio_only_uid_and_mp3(api: Api, sandbox: SandboxServer, clock: ManualClock) -> None:
    sandbox.channel(APP_ID, CNAME).join("3001", video=False)
    ids = begin_raw(api, raw_request(avFileType=["hls", "mp3"]))
    assert api.on_task(Endpoint.QUERY, ids, "raw").json()["serverResponse"]["fileList"] == []
    clock.advance(60)  # individual recordings list files after about a minute (§3.3)
    files = api.on_task(Endpoint.QUERY, ids, "raw").json()["serverResponse"]["fileList"]
    sid = ids[1]
    assert [(f["trackType"], f["fileName"]) for f in files] == [
        ("audio", f"{sid}_{CNAME}__uid_s_3001__uid_e_aac.m3u8"),
        ("audio", f"{sid}_{CNAME}__uid_s_3001__uid_e_0.mp3"),
    ]


def test_stranded_upload_is_a_switchable_fault(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.channel(APP_ID, CNAME).join("3001")
    ids = begin_raw(api)
    switched = api.session.post(
        f"{sandbox.base_url}/_sandbox/faults", json={"stranded": 1}, timeout=5
    )
    assert switched.status_code == 200, switched.text
    clock.advance(5)
    reply = api.on_task(Endpoint.STOP, ids, "raw", {"async_stop": False})
    assert reply.status_code == 200
    # stalled on the recorder, uploaded later by an offline sync: not a failure (§1)
    assert reply.json()["serverResponse"]["uploadingStatus"] == "stranded"
    assert sandbox.snapshot()["faults"] == []  # used up by that one stop
    again = begin_raw(api)
    clock.advance(5)
    later = api.on_task(Endpoint.STOP, again, "raw", {"async_stop": False})
    assert later.json()["serverResponse"]["uploadingStatus"] == "uploaded"


def test_a_refused_stop_does_not_use_up_the_stranded_fault(
    api: Api, sandbox: SandboxServer, clock: ManualClock
) -> None:
    """The stranded fault ("the next N stops") counts raw stops that end a task: a stop
    refused with 404 (wrong sid) stops nothing and uploads nothing, so the fault stays on."""
    sandbox.channel(APP_ID, CNAME).join("3001")
    ids = begin_raw(api)
    sandbox.faults.set(stranded=1)
    clock.advance(5)
    wrong = api.on_task(Endpoint.STOP, (ids[0], "0" * 32), "raw", {"async_stop": False})
    assert wrong.status_code == 404, wrong.text
    assert [f["kind"] for f in sandbox.snapshot()["faults"]] == ["stranded"]
    # nor does a v1 mode's stop: "stranded" is a raw-mode uploadingStatus (§1)
    mix = api.begin("mix", uid="527842")
    clock.advance(5)
    done = api.on_task(Endpoint.STOP, mix, "mix", {"async_stop": False}, uid="527842")
    assert done.json()["serverResponse"]["uploadingStatus"] == "uploaded", done.text
    assert [f["kind"] for f in sandbox.snapshot()["faults"]] == ["stranded"]
    reply = api.on_task(Endpoint.STOP, ids, "raw", {"async_stop": False})
    assert reply.json()["serverResponse"]["uploadingStatus"] == "stranded", reply.text
    assert sandbox.snapshot()["faults"] == []
