"""Response parsing for every endpoint and every query/stop variant (reference §3, §7)."""

from __future__ import annotations

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.schema import (
    AcquireResponse,
    ErrorResponse,
    QueryResponse,
    StartResponse,
    StopResponse,
    UpdateLayoutResponse,
    UpdateResponse,
    WebQueryResponse,
    WebStopResponse,
    parse_ncs_ip,
    parse_response,
)

IDS = {"cname": "c", "uid": "527841", "resourceId": "RID", "sid": "SID"}


def test_acquire_start_update_layout() -> None:
    acquire = parse_response(Endpoint.ACQUIRE, None, {"cname": "c", "uid": 5, "resourceId": "R"})
    assert isinstance(acquire, AcquireResponse) and acquire.uid == "5"
    start = parse_response("start", Mode.MIX, IDS)
    assert isinstance(start, StartResponse) and start.sid == "SID"
    assert isinstance(parse_response("update", "web", IDS), UpdateResponse)
    layout = parse_response("update-layout", "mix", {**IDS, "future": 1})
    assert isinstance(layout, UpdateLayoutResponse) and layout.model_extra == {"future": 1}


def test_query_mix_hls_string_file_list() -> None:
    data = {
        **IDS,
        "serverResponse": {
            "fileListMode": "string",
            "fileList": "SID_c.m3u8",
            "status": 5,
            "sliceStartTime": 1_562_724_971_626,
        },
    }
    reply = parse_response(Endpoint.QUERY, Mode.MIX, data)
    assert isinstance(reply, QueryResponse)
    assert reply.status == 5 and reply.is_running
    assert reply.serverResponse is not None
    assert reply.serverResponse.file_names() == ["SID_c.m3u8"]
    assert reply.serverResponse.sliceStartTime == 1_562_724_971_626


def test_query_individual_json_file_list() -> None:
    entry = {
        "fileName": "SID_c__uid_s_123__uid_e_av.m3u8",
        "trackType": "audio_and_video",
        "uid": "123",
        "mixedAllUser": False,
        "isPlayable": True,
        "sliceStartTime": 1_562_724_971_626,
    }
    data = {**IDS, "serverResponse": {"fileListMode": "json", "fileList": [entry], "status": 4}}
    reply = parse_response(Endpoint.QUERY, Mode.INDIVIDUAL, data)
    assert isinstance(reply, QueryResponse) and reply.serverResponse is not None
    (recorded,) = reply.serverResponse.fileList  # type: ignore[misc]
    assert recorded.trackType == "audio_and_video" and recorded.isPlayable is True
    assert reply.serverResponse.file_names() == [entry["fileName"]]


def test_query_snapshot_only() -> None:
    data = {**IDS, "serverResponse": {"status": 5, "sliceStartTime": 1_562_724_971_626}}
    reply = parse_response(Endpoint.QUERY, Mode.INDIVIDUAL, data)
    assert isinstance(reply, QueryResponse) and reply.serverResponse is not None
    assert reply.serverResponse.fileList is None and reply.serverResponse.file_names() == []
    assert not parse_response(
        Endpoint.QUERY, Mode.INDIVIDUAL, {**IDS, "serverResponse": {"status": 2}}
    ).is_running  # type: ignore[attr-defined]


def test_query_web_with_payload_and_rtmp() -> None:
    data = {
        **IDS,
        "serverResponse": {
            "status": 5,
            "extensionServiceState": [
                {
                    "payload": {
                        "fileList": [{"filename": "SID_c_0.mp4", "sliceStartTime": 1_650_000_000}],
                        "onhold": False,
                        "state": "inProgress",
                    },
                    "serviceName": "web_recorder_service",
                },
                {
                    "payload": {
                        "outputs": [{"rtmpUrl": "rtmp://x/y", "status": "publishing"}],
                        "state": "inProgress",
                    },
                    "serviceName": "rtmp_publish_service",
                },
            ],
        },
    }
    reply = parse_response(Endpoint.QUERY, Mode.WEB, data)
    assert isinstance(reply, WebQueryResponse) and reply.is_running
    server = reply.serverResponse
    assert server is not None
    assert server.file_names() == ["SID_c_0.mp4"]
    rtmp = server.service("rtmp_publish_service")
    assert rtmp is not None and rtmp.payload is not None and rtmp.payload.outputs is not None
    assert rtmp.payload.outputs[0].status == "publishing"
    assert server.service("missing") is None


def test_stop_mix_with_uploading_status() -> None:
    data = {
        **IDS,
        "serverResponse": {
            "fileListMode": "json",
            "fileList": [{"fileName": "a.m3u8", "trackType": "audio_and_video", "uid": "0"}],
            "uploadingStatus": "uploaded",
        },
    }
    reply = parse_response(Endpoint.STOP, Mode.MIX, data)
    assert isinstance(reply, StopResponse) and reply.serverResponse is not None
    assert reply.serverResponse.uploadingStatus == "uploaded"
    assert reply.serverResponse.file_names() == ["a.m3u8"]


def test_stop_snapshot_only() -> None:
    reply = parse_response(
        Endpoint.STOP, Mode.INDIVIDUAL, {**IDS, "serverResponse": {"uploadingStatus": "backuped"}}
    )
    assert isinstance(reply, StopResponse) and reply.serverResponse is not None
    assert reply.serverResponse.uploadingStatus == "backuped"


def test_stop_web_accepts_the_playload_misspelling() -> None:
    data = {
        **IDS,
        "serverResponse": {
            "extensionServiceState": [
                {"playload": {"uploadingStatus": "uploaded"}, "serviceName": "upload_service"},
                {
                    "playload": {
                        "fileList": [{"filename": "SID_c.m3u8", "sliceStartTime": 0}],
                        "onhold": False,
                        "state": "exit",
                    },
                    "serviceName": "web_recorder_service",
                },
            ]
        },
    }
    reply = parse_response(Endpoint.STOP, Mode.WEB, data)
    assert isinstance(reply, WebStopResponse) and reply.serverResponse is not None
    assert reply.serverResponse.uploadingStatus == "uploaded"
    assert reply.serverResponse.file_names() == ["SID_c.m3u8"]
    recorder = reply.serverResponse.service("web_recorder_service")
    assert recorder is not None and recorder.payload is not None
    assert recorder.payload.state == "exit"


def test_error_bodies() -> None:
    gateway = parse_response(Endpoint.START, Mode.MIX, {"message": "API rate limit exceeded"})
    assert isinstance(gateway, ErrorResponse) and gateway.text == "API rate limit exceeded"
    service = parse_response(Endpoint.STOP, Mode.MIX, {"code": 435, "reason": "no recorded data"})
    assert isinstance(service, ErrorResponse) and service.code == 435
    assert service.text == "code 435: no recorded data"
    # start's odd HTTP 500 body with an empty sid is still an error (reference §8)
    flutter = parse_response(Endpoint.START, Mode.MIX, {"code": 15, "sid": "", "reason": "x"})
    assert isinstance(flutter, ErrorResponse) and flutter.model_extra == {"sid": ""}


def test_ncs_ip_list() -> None:
    data = {"data": {"service": {"hosts": [{"primaryIP": "1.2.3.4"}, {"primaryIP": "5.6.7.8"}]}}}
    assert parse_ncs_ip(data).primary_ips() == ["1.2.3.4", "5.6.7.8"]
    assert parse_ncs_ip({}).primary_ips() == []
