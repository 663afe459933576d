"""Importing JSON text: strict parsing with positions, endpoint/mode guessing, merging."""

from __future__ import annotations

import json

import pytest

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.importing import (
    ImportDocumentError,
    body_from_text,
    guess_endpoint,
    guess_mode,
    import_document,
)
from recstudio.model.jsontext import JsonSyntaxError, dump_json, parse_json
from recstudio.model.project import ProjectFormatError, new_project, project_to_data

# A small copy of the start-method reference example (seed, ~line 488): the array
# "fileNamePrefix" is not followed by a comma before "extensionParams".
SEED_MISSING_COMMA = """{
"uid": "527841",
"cname": "httpClient463224",
"clientRequest": {
"storageConfig": {
"accessKey": "xxxxxxf",
"region": 3,
"bucket": "xxxxx",
"secretKey": "xxxxx",
"vendor": 2,
"fileNamePrefix": [
"directory1",
"directory2"
]
"extensionParams": {
"tag":"xxxxxx",
"sse":"kms"
}
}
}
}
"""

MIX_START = {
    "cname": "show",
    "uid": "527841",
    "clientRequest": {
        "token": "tok",
        "recordingConfig": {
            "channelType": 1,
            "streamTypes": 2,
            "audioProfile": 1,
            "transcodingConfig": {
                "width": 640,
                "height": 360,
                "fps": 15,
                "bitrate": 500,
                "mixedVideoLayout": 3,
                "backgroundColor": "#FF0000",
                "layoutConfig": [
                    {"uid": "1", "x_axis": 0.1, "y_axis": 0.2, "width": 0.3, "height": 0.4},
                ],
                "xFutureKey": "kept",
            },
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": {
            "vendor": 2,
            "region": 3,
            "bucket": "b",
            "accessKey": "a",
            "secretKey": "s",
        },
    },
}


# --------------------------------------------------------------------------- JSON text


def test_seed_missing_comma_reports_line_and_column() -> None:
    expected_line = SEED_MISSING_COMMA.splitlines().index('"extensionParams": {') + 1
    with pytest.raises(JsonSyntaxError) as info:
        parse_json(SEED_MISSING_COMMA)
    error = info.value
    assert (error.line, error.column, error.msg) == (expected_line, 1, "Expecting ',' delimiter")
    assert str(error) == f"line {expected_line}, column 1: Expecting ',' delimiter"
    assert isinstance(error, ValueError)
    assert error.to_problem().format_line() == f"(body): error JSON: {error}"
    with pytest.raises(JsonSyntaxError):
        import_document(SEED_MISSING_COMMA)


@pytest.mark.parametrize(
    ("text", "line", "column", "word"),
    [
        ('{"fps": NaN}', 1, 9, "NaN"),
        ('{\n  "note": "NaN is fine in a string",\n  "bitrate": -Infinity\n}', 3, 14, "-Infinity"),
        ("[1,\n Infinity]", 2, 2, "Infinity"),
    ],
)
def test_non_json_constants_are_rejected_with_position(
    text: str, line: int, column: int, word: str
) -> None:
    with pytest.raises(JsonSyntaxError) as info:
        parse_json(text)
    assert (info.value.line, info.value.column) == (line, column)
    assert word in info.value.msg


def test_duplicate_keys_are_reported_and_last_wins() -> None:
    seen: list[str] = []
    assert parse_json('{"a": 1, "b": {"a": 2, "a": 3}, "a": 4}', duplicate_keys=seen) == {
        "a": 4,
        "b": {"a": 3},
    }
    assert seen == ["a", "a"]
    result = import_document('{"async_stop": false, "async_stop": true}')
    assert result.project.stop == {"async_stop": True}
    assert [w.rule_id for w in result.warnings] == ["JSON"]
    assert "async_stop" in result.warnings[0].message


def test_byte_order_mark_is_ignored() -> None:
    assert parse_json('\ufeff{"a": 1}') == {"a": 1}


def test_dump_json_format() -> None:
    assert (
        dump_json({"name": "Küche", "n": [1]}) == '{\n  "name": "Küche",\n  "n": [\n    1\n  ]\n}\n'
    )
    with pytest.raises(ValueError):
        dump_json({"x": float("nan")})


# --------------------------------------------------------------------------- guessing


@pytest.mark.parametrize(
    ("request_", "endpoint"),
    [
        ({"storageConfig": {}}, Endpoint.UPDATE),  # the STS refresh update (§3.4)
        ({"storageConfig": {}, "recordingFileConfig": {}}, Endpoint.START),
        ({"recordingConfig": {}}, Endpoint.START),
        ({"extensionServiceConfig": {}}, Endpoint.START),
        ({"scene": 0}, Endpoint.ACQUIRE),
        ({"resourceExpiredHour": 24}, Endpoint.ACQUIRE),
        ({"async_stop": True}, Endpoint.STOP),
        ({"streamSubscribe": {}}, Endpoint.UPDATE),
        ({"webRecordingConfig": {"onhold": True}}, Endpoint.UPDATE),
        ({"rtmpPublishConfig": {}, "storageConfig": {}}, Endpoint.UPDATE),
        ({"layoutConfig": []}, Endpoint.UPDATE_LAYOUT),
        ({"mixedVideoLayout": 1}, Endpoint.UPDATE_LAYOUT),
        ({"xSomething": 1}, None),
        ({}, None),
    ],
)
def test_guess_endpoint(request_: dict, endpoint: Endpoint | None) -> None:
    assert guess_endpoint(request_) is endpoint


WEB_SERVICES = {"extensionServices": [{"serviceName": "web_recorder_service"}]}
VOD_SERVICES = {"extensionServices": [{"serviceName": "aliyun_vod_service"}]}


@pytest.mark.parametrize(
    ("request_", "endpoint", "mode"),
    [
        ({"extensionServiceConfig": WEB_SERVICES}, Endpoint.START, Mode.WEB),
        ({"extensionServiceConfig": VOD_SERVICES}, Endpoint.START, None),
        ({"recordingConfig": {"transcodingConfig": {}}}, Endpoint.START, Mode.MIX),
        ({"recordingConfig": {"audioProfile": 1}}, Endpoint.START, Mode.MIX),
        ({"recordingConfig": {"streamMode": "default"}}, Endpoint.START, Mode.INDIVIDUAL),
        # per-uid keys without v1's streamMode: raw, the current individual recording
        ({"recordingConfig": {"subscribeUidGroup": 0}}, Endpoint.START, Mode.RAW),
        ({"snapshotConfig": {}}, Endpoint.START, Mode.RAW),
        ({"recordingFileConfig": {"avFileType": ["mp3"]}}, Endpoint.START, Mode.RAW),
        ({"recordingConfig": {"channelType": 0}}, Endpoint.START, None),
        ({"scene": 1}, Endpoint.ACQUIRE, Mode.WEB),
        ({"scene": 0}, Endpoint.ACQUIRE, None),
        ({"startParameter": {"snapshotConfig": {}}}, Endpoint.ACQUIRE, Mode.RAW),
        ({"webRecordingConfig": {}}, Endpoint.UPDATE, Mode.WEB),
        ({"streamSubscribe": {}}, Endpoint.UPDATE, None),
        ({"mixedVideoLayout": 0}, Endpoint.UPDATE_LAYOUT, Mode.MIX),
        ({"async_stop": True}, Endpoint.STOP, None),
    ],
)
def test_guess_mode(request_: dict, endpoint: Endpoint, mode: Mode | None) -> None:
    assert guess_mode(request_, endpoint) is mode


def test_unguessable_body_asks_for_the_endpoint() -> None:
    with pytest.raises(ImportDocumentError, match="choose the endpoint"):
        import_document('{"cname": "a", "uid": "1", "clientRequest": {}}')
    result = import_document('{"cname": "a", "uid": "1", "clientRequest": {}}', endpoint="acquire")
    assert result.endpoint is Endpoint.ACQUIRE


def test_query_and_non_objects_cannot_be_imported() -> None:
    with pytest.raises(ImportDocumentError, match="query"):
        import_document('{"async_stop": true}', endpoint=Endpoint.QUERY)
    with pytest.raises(ImportDocumentError, match="JSON object"):
        import_document("[1, 2]")
    with pytest.raises(ImportDocumentError, match="clientRequest must be"):
        import_document('{"cname": "a", "clientRequest": []}')


# --------------------------------------------------------------------------- per endpoint


def test_import_mix_start_moves_layout_keys_into_main() -> None:
    result = import_document(json.dumps(MIX_START))
    assert (result.kind, result.endpoint, result.mode) == ("body", Endpoint.START, Mode.MIX)
    project = result.project
    assert (project.cname, project.uid, project.mode) == ("show", "527841", Mode.MIX)
    assert result.layout == "Main" == project.start_layout
    assert project.layouts["Main"] == {
        "mixedVideoLayout": 3,
        "backgroundColor": "#FF0000",
        "layoutConfig": [{"uid": "1", "x_axis": 0.1, "y_axis": 0.2, "width": 0.3, "height": 0.4}],
    }
    transcoding = project.start["recordingConfig"]["transcodingConfig"]
    assert transcoding == {
        "width": 640,
        "height": 360,
        "fps": 15,
        "bitrate": 500,
        "xFutureKey": "kept",  # unknown keys stay where they were
    }
    assert result.warnings == []
    assert generate_body(project, Endpoint.START) == MIX_START


def test_import_bare_client_request() -> None:
    result = import_document(json.dumps(MIX_START["clientRequest"]))
    assert result.endpoint is Endpoint.START
    assert (result.project.cname, result.project.uid) == ("", "")
    assert (
        generate_body(result.project, Endpoint.START)["clientRequest"]
        == (MIX_START["clientRequest"])
    )


def test_import_into_base_with_layouts_names_the_layout_imported() -> None:
    base = new_project(Mode.MIX)
    base.cname, base.uid = "show", "527841"
    base.stop = {"async_stop": True}
    result = import_document(json.dumps(MIX_START), base=base)
    project = result.project
    assert result.layout == "Imported" == project.start_layout
    assert set(project.layouts) == {"Main", "Imported"}
    assert project.layouts["Main"] == base.layouts["Main"]
    assert project.stop == {"async_stop": True}  # other parts untouched
    assert base.start_layout == "Main"  # base itself is not modified
    again = import_document(json.dumps(MIX_START), base=project)
    assert again.layout == "Imported 2"


def test_import_per_uid_start_keeps_everything() -> None:
    body = {
        "cname": "c",
        "uid": "5",
        "clientRequest": {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 1,
                "subscribeUidGroup": 0,
                "subscribeVideoUids": ["1"],
            },
            "snapshotConfig": {"captureInterval": 5, "fileType": ["jpg"]},
            "storageConfig": {"vendor": 1, "region": 0, "bucket": "b"},
        },
    }
    result = import_document(json.dumps(body))
    assert result.mode is Mode.RAW  # no streamMode: raw (agora-2026.md §1)
    assert generate_body(result.project, Endpoint.START) == body
    body["clientRequest"]["recordingConfig"]["streamMode"] = "standard"
    result = import_document(json.dumps(body))
    assert result.mode is Mode.INDIVIDUAL  # R11: streamMode exists only in v1
    assert generate_body(result.project, Endpoint.START) == body


def test_import_web_start_with_rtmp() -> None:
    body = {
        "cname": "web label",
        "uid": "5",
        "clientRequest": {
            "extensionServiceConfig": {
                "errorHandlePolicy": "error_abort",
                "extensionServices": [
                    {
                        "serviceName": "web_recorder_service",
                        "errorHandlePolicy": "error_abort",
                        "serviceParam": {
                            "url": "https://example.com",
                            "audioProfile": 0,
                            "videoWidth": 1280,
                            "videoHeight": 720,
                            "maxRecordingHour": 1,
                        },
                    },
                    {
                        "serviceName": "rtmp_publish_service",
                        "errorHandlePolicy": "error_ignore",
                        "serviceParam": {"outputs": [{"rtmpUrl": "rtmp://cdn/app/key"}]},
                    },
                ],
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": {"vendor": 1, "region": 0, "bucket": "b"},
        },
    }
    result = import_document(json.dumps(body))
    assert result.mode is Mode.WEB
    assert generate_body(result.project, Endpoint.START) == body


def test_mix_only_keys_in_an_individual_start_are_not_moved_or_lost() -> None:
    result = import_document(json.dumps(MIX_START), mode=Mode.INDIVIDUAL)
    assert result.mode is Mode.INDIVIDUAL
    assert result.layout is None
    # R10 must still be visible in the generated body
    assert generate_body(result.project, Endpoint.START) == MIX_START


def test_import_acquire_with_start_parameter() -> None:
    body = {
        "cname": "show",
        "uid": "527841",
        "clientRequest": {
            "scene": 0,
            "resourceExpiredHour": 24,
            "startParameter": MIX_START["clientRequest"],
        },
    }
    result = import_document(json.dumps(body))
    project = result.project
    assert result.endpoint is Endpoint.ACQUIRE and result.mode is Mode.MIX
    assert project.include_start_parameter is True
    assert "startParameter" not in project.acquire
    assert generate_body(project, Endpoint.START) == MIX_START
    assert generate_body(project, Endpoint.ACQUIRE) == body


def test_acquire_start_parameter_that_differs_from_base_start_is_warned() -> None:
    base = new_project(Mode.MIX)
    body = {"scene": 0, "startParameter": MIX_START["clientRequest"]}
    result = import_document(json.dumps(body), base=base)
    assert [w.rule_id for w in result.warnings] == ["R6"]
    assert result.warnings[0].path == "clientRequest.startParameter"
    assert result.project.start == base.start
    same = {"scene": 0, "startParameter": generate_body(base, Endpoint.START)["clientRequest"]}
    assert import_document(json.dumps(same), base=base).warnings == []


def test_import_web_acquire() -> None:
    result = import_document('{"scene": 1, "resourceExpiredHour": 72}')
    assert result.mode is Mode.WEB
    assert result.project.acquire == {"scene": 1, "resourceExpiredHour": 72}


def test_import_update_update_layout_and_stop() -> None:
    update = {"cname": "c", "uid": "1", "clientRequest": {"webRecordingConfig": {"onhold": True}}}
    result = import_document(json.dumps(update))
    assert (result.endpoint, result.mode) == (Endpoint.UPDATE, Mode.WEB)
    assert generate_body(result.project, Endpoint.UPDATE) == update

    layout = {"mixedVideoLayout": 2, "maxResolutionUid": "7", "backgroundImage": "https://x/y.jpg"}
    result = import_document(json.dumps(layout))
    assert (result.endpoint, result.mode, result.layout) == (
        Endpoint.UPDATE_LAYOUT,
        Mode.MIX,
        "Main",
    )
    assert generate_body(result.project, Endpoint.UPDATE_LAYOUT)["clientRequest"] == layout

    result = import_document('{"clientRequest": {"async_stop": true}, "cname": "c", "uid": "1"}')
    assert result.endpoint is Endpoint.STOP
    assert result.project.stop == {"async_stop": True}


def test_import_update_layout_into_base_keeps_start_layout() -> None:
    base = new_project(Mode.MIX)
    result = import_document('{"mixedVideoLayout": 0}', base=base)
    assert result.layout == "Imported"
    assert result.project.start_layout == "Main"
    body = generate_body(result.project, Endpoint.UPDATE_LAYOUT, layout=result.layout)
    assert body["clientRequest"] == {"mixedVideoLayout": 0}


def test_lowercase_blacklist_spelling_is_accepted_and_warned() -> None:
    body = {
        "streamSubscribe": {
            "audioUidList": {"unsubscribeAudioUids": ["1"]},
            "videoUidList": {"unsubscribeVideoUids": ["2"], "xKeep": 1},
        }
    }
    result = import_document(json.dumps(body))
    video = result.project.update["streamSubscribe"]["videoUidList"]
    assert list(video) == ["unSubscribeVideoUids", "xKeep"]  # position kept
    assert result.project.update["streamSubscribe"]["audioUidList"] == {
        "unSubscribeAudioUids": ["1"]
    }
    assert [w.path for w in result.warnings] == [
        "clientRequest.streamSubscribe.audioUidList.unsubscribeAudioUids",
        "clientRequest.streamSubscribe.videoUidList.unsubscribeVideoUids",
    ]
    assert all("§10 #1" in w.message for w in result.warnings)
    generated = generate_body(result.project, Endpoint.UPDATE)["clientRequest"]
    assert generated["streamSubscribe"]["audioUidList"] == {"unSubscribeAudioUids": ["1"]}


def test_both_blacklist_spellings_keep_one_and_warn() -> None:
    text = '{"recordingConfig": {"unSubscribeAudioUids": ["1"], "unsubscribeAudioUids": ["2"]}}'
    result = import_document(text)
    assert result.project.start["recordingConfig"] == {"unSubscribeAudioUids": ["1"]}
    assert [w.rule_id for w in result.warnings] == ["R13"]


def test_identity_problems_are_warned() -> None:
    result = import_document(
        '{"cname": "c", "uid": 123, "extra": 1, "clientRequest": {"scene": 0}}'
    )
    assert result.project.uid == "123"
    assert sorted(w.path for w in result.warnings) == ["extra", "uid"]

    base = new_project()
    base.cname, base.uid = "room", "42"
    result = import_document(
        '{"cname": "other", "uid": "42", "clientRequest": {"async_stop": true}}', base=base
    )
    assert result.project.cname == "room"
    assert [(w.path, w.rule_id) for w in result.warnings] == [("cname", "R2")]


def test_mode_change_of_base_is_warned() -> None:
    base = new_project(Mode.MIX)
    result = import_document('{"scene": 1}', base=base)
    assert result.project.mode is Mode.WEB
    assert [w.rule_id for w in result.warnings] == ["R1"]


def test_import_project_file() -> None:
    project = new_project(Mode.WEB, name="Web demo")
    result = import_document(json.dumps(project_to_data(project)))
    assert (result.kind, result.mode, result.endpoint) == ("project", Mode.WEB, None)
    assert result.project == project
    with pytest.raises(ProjectFormatError, match="newer recstudio"):
        import_document(json.dumps(project_to_data(project) | {"format_version": 99}))


# --------------------------------------------------------------------------- CLI helper


def test_body_from_text() -> None:
    project = new_project(Mode.MIX)
    project.cname = "room"
    text = json.dumps(project_to_data(project))
    assert body_from_text(text, "start") == generate_body(project, Endpoint.START)
    as_individual = body_from_text(text, Endpoint.START, Mode.INDIVIDUAL)
    transcoding = as_individual["clientRequest"]["recordingConfig"]["transcodingConfig"]
    assert "mixedVideoLayout" not in transcoding  # layouts only apply in mix
    raw = {"cname": "c", "uid": "1", "clientRequest": {"unsubscribeAudioUids": ["1"]}}
    assert body_from_text(json.dumps(raw), "start") == raw  # judged as written
    assert body_from_text('{"async_stop": true}', "stop", uid="9") == {
        "cname": "",
        "uid": "9",
        "clientRequest": {"async_stop": True},
    }
    assert body_from_text('{"async_stop": true}', "query") == {}
    with pytest.raises(JsonSyntaxError):
        body_from_text(SEED_MISSING_COMMA, "start")


def test_endpoint_names_may_use_cli_spelling() -> None:
    result = import_document('{"mixedVideoLayout": 1}', endpoint="update-layout")
    assert result.endpoint is Endpoint.UPDATE_LAYOUT
    body = body_from_text('{"mixedVideoLayout": 1}', "update-layout")
    assert body["clientRequest"] == {"mixedVideoLayout": 1}
    assert generate_body(result.project, "update-layout") == body


def test_sts_refresh_update_does_not_replace_start() -> None:
    """Review finding: an update carrying only storageConfig was taken for a start body and
    replaced the project's whole start request."""
    import json

    from recstudio.model import Mode
    from recstudio.model.importing import import_document
    from recstudio.model.project import new_project

    base = new_project(Mode.MIX)
    before = json.loads(json.dumps(base.start))
    body = {
        "cname": "c",
        "uid": "1",
        "clientRequest": {
            "storageConfig": {
                "vendor": 1,
                "region": 0,
                "bucket": "b",
                "accessKey": "a",
                "secretKey": "s",
                "stsToken": "t",
                "stsExpiration": 1,
            }
        },
    }
    result = import_document(json.dumps(body), base=base)
    assert result.endpoint is Endpoint.UPDATE
    assert result.project.start == before
    assert result.project.update["storageConfig"]["stsToken"] == "t"


@pytest.mark.parametrize(
    ("files", "mode"),
    [(None, Mode.INDIVIDUAL), (["hls"], Mode.INDIVIDUAL), (["hls", "mp4"], Mode.RAW)],
)
def test_per_uid_body_keeps_a_legacy_individual_project_individual(
    files: list[str] | None, mode: Mode
) -> None:
    """snapshotConfig / subscribeUidGroup fit raw and legacy individual alike: pasted into
    a legacy project the body keeps it legacy (no silent move to /mode/raw/); only what v1
    cannot record (MP4 or MP3 per uid, R23) makes it raw."""
    request: dict = {
        "recordingConfig": {"channelType": 0, "subscribeUidGroup": 0},
        "snapshotConfig": {"captureInterval": 10, "fileType": ["jpg"]},
        "storageConfig": {"vendor": 1, "region": 0, "bucket": "b"},
    }
    if files is not None:
        request["recordingFileConfig"] = {"avFileType": files}
    body = json.dumps({"cname": "c", "uid": "1", "clientRequest": request})
    result = import_document(body, base=new_project(Mode.INDIVIDUAL))
    assert result.project.mode is mode
    changed = [w for w in result.warnings if "project mode changed" in w.message]
    assert bool(changed) is (mode is not Mode.INDIVIDUAL)
    # without a project to keep, the current individual recording is raw (agora-2026 §1)
    assert import_document(body).project.mode is Mode.RAW
