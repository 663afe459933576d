"""canonical_body: schema order, unknown keys last, values untouched (even invalid ones)."""

from __future__ import annotations

import copy
import json

from _schema_seeds import ALL_SEEDS, custom_mix_body

from recstudio.model.enums import Endpoint
from recstudio.model.schema import canonical_body


def _key_orders(doc: object) -> list[list[str]]:
    out: list[list[str]] = []
    if isinstance(doc, dict):
        out.append(list(doc))
        for value in doc.values():
            out.extend(_key_orders(value))
    elif isinstance(doc, list):
        for item in doc:
            out.extend(_key_orders(item))
    return out


def test_top_level_and_nested_order_follow_the_schema() -> None:
    body = ALL_SEEDS["mix"]  # written uid, cname, … and storage keys shuffled
    out = canonical_body(body, Endpoint.START)
    assert list(out) == ["cname", "uid", "clientRequest"]
    assert list(out["clientRequest"]) == [
        "token",
        "storageConfig",
        "recordingConfig",
        "recordingFileConfig",
    ]
    assert list(out["clientRequest"]["storageConfig"]) == [
        "vendor",
        "region",
        "bucket",
        "accessKey",
        "secretKey",
        "fileNamePrefix",
        "extensionParams",
    ]
    assert list(out["clientRequest"]["storageConfig"]["extensionParams"]) == ["sse", "tag"]
    assert list(out["clientRequest"]["recordingConfig"]["transcodingConfig"]) == [
        "width",
        "height",
        "fps",
        "bitrate",
        "mixedVideoLayout",
        "backgroundColor",
    ]


def test_values_are_unchanged_and_input_is_not_mutated() -> None:
    for name, body in ALL_SEEDS.items():
        before = copy.deepcopy(body)
        out = canonical_body(body, Endpoint.START)
        assert out == body, name  # dict equality ignores order: nothing added/dropped/changed
        assert json.dumps(body) == json.dumps(before), name


def test_invalid_values_and_unknown_keys_survive_in_original_order() -> None:
    body = custom_mix_body(2)
    region = body["clientRequest"]["recordingConfig"]["transcodingConfig"]["layoutConfig"][1]
    region.clear()
    region.update({"zeta": 1, "height": "tall", "alpha": None, "x_axis": 7, "beta": [1]})
    body["clientRequest"]["recordingConfig"]["maxIdleTime"] = "30"
    out = canonical_body(body, Endpoint.START)
    got = out["clientRequest"]["recordingConfig"]["transcodingConfig"]["layoutConfig"][1]
    assert list(got) == ["x_axis", "height", "alpha", "zeta", "beta"]
    assert got == {"zeta": 1, "height": "tall", "alpha": None, "x_axis": 7, "beta": [1]}
    assert out["clientRequest"]["recordingConfig"]["maxIdleTime"] == "30"


def test_alias_keeps_its_spelling_at_the_field_position() -> None:
    body = {
        "uid": "1",
        "cname": "c",
        "clientRequest": {
            "recordingConfig": {
                "subscribeUidGroup": 0,
                "unsubscribeAudioUids": ["2"],
                "channelType": 0,
            }
        },
    }
    out = canonical_body(body, Endpoint.START)
    assert list(out["clientRequest"]["recordingConfig"]) == [
        "channelType",
        "unsubscribeAudioUids",
        "subscribeUidGroup",
    ]


def test_extension_services_follow_their_variant_order() -> None:
    body = copy.deepcopy(ALL_SEEDS["web_rtmp"])
    service = body["clientRequest"]["extensionServiceConfig"]["extensionServices"][0]
    params = service["serviceParam"]
    service["serviceParam"] = dict(reversed(list(params.items())))
    out = canonical_body(body, Endpoint.START)
    got = out["clientRequest"]["extensionServiceConfig"]["extensionServices"][0]["serviceParam"]
    assert list(got) == list(params)


def test_canonical_is_idempotent_and_copies() -> None:
    body = custom_mix_body()
    once = canonical_body(body, Endpoint.START)
    twice = canonical_body(once, Endpoint.START)
    assert _key_orders(once) == _key_orders(twice)
    once["clientRequest"]["recordingConfig"]["subscribeAudioUids"].append("9")
    assert body["clientRequest"]["recordingConfig"]["subscribeAudioUids"] == ["#allstream#"]


def test_non_object_body_is_returned_as_is() -> None:
    assert canonical_body([1, 2], Endpoint.STOP) == [1, 2]
