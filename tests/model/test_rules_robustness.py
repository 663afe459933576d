"""check_body must never raise, whatever JSON it is handed (it runs on every keystroke)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.rules import check_body

KEYS = [
    "cname", "uid", "clientRequest", "recordingConfig", "transcodingConfig", "layoutConfig",
    "storageConfig", "extensionServiceConfig", "extensionServices", "serviceParam",
    "serviceName", "subscribeAudioUids", "unsubscribeVideoUids", "streamTypes", "scene",
    "startParameter", "snapshotConfig", "recordingFileConfig", "avFileType", "vendor", "region",
    "fileNamePrefix", "stsExpiration", "extensionParams", "mixedVideoLayout", "x_axis", "width",
    "backgroundConfig", "image_url", "outputs", "rtmpUrl", "streamSubscribe", "audioUidList",
    "transcodeOptions", "transConfig", "transMode", "decryptionMode", "salt", "token",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "1", "#allstream#", "web_recorder_service", "rtmp_publish_service",
                     "aliyun_vod_service", "audioMix", "http://x", "<SECRET>", "hls", "mp4"]),
)  # fmt: skip
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=JSON, endpoint=st.sampled_from(list(Endpoint)), mode=st.sampled_from(list(Mode)))
def test_check_body_never_raises_and_never_gives_up(doc: Any, endpoint: Endpoint, mode: Mode):
    problems = check_body(doc, endpoint, mode)
    assert [p for p in problems if p.rule_id == "INTERNAL"] == []
    keys = [(p.path, p.rule_id) for p in problems]
    assert len(keys) == len(set(keys))


def test_every_value_type_in_every_known_place():
    """Each known key set to each JSON type, at every depth of a full mix start body."""
    region = {"uid": "1", "x_axis": 0, "y_axis": 0, "width": 1, "height": 1}
    full = {
        "cname": "c",
        "uid": "1",
        "clientRequest": {
            "recordingConfig": {"channelType": 0, "subscribeAudioUids": ["1"],
                                "transcodingConfig": {"mixedVideoLayout": 3,
                                                      "layoutConfig": [region]}},
            "storageConfig": {"vendor": 1, "region": 0, "fileNamePrefix": ["a"]},
            "extensionServiceConfig": {"extensionServices": [{"serviceName": "x"}]},
        },
    }  # fmt: skip
    text = json.dumps(full)
    for value in (None, True, 7, 1.5, "s", [], {}, [None], {"a": None}):
        for key in KEYS:
            doc = json.loads(text.replace(f'"{key}": ', f'"{key}": {json.dumps(value)}, "_": '))
            for mode in Mode:
                for endpoint in (Endpoint.START, Endpoint.ACQUIRE, Endpoint.UPDATE_LAYOUT):
                    wrapped = doc
                    if endpoint is Endpoint.ACQUIRE:
                        wrapped = {**doc, "clientRequest": {"startParameter": doc["clientRequest"]}}
                    problems = check_body(wrapped, endpoint, mode)
                    assert all(p.rule_id != "INTERNAL" for p in problems), problems
