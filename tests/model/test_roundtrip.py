"""Import → generate gives back the same body (design.md, Core data flow 4).

Strategies draw VALID bodies (reference §3–§5) for every endpoint and mode, including
unknown extra keys at several depths, which must come back exactly where they were.
"""

from __future__ import annotations

import json
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.generate import generate_body
from recstudio.model.importing import import_document
from recstudio.model.jsontext import dump_json

FAST = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

#: Largest number of distinct subscribed UIDs per subscribeUidGroup (R12, §10 #14 EN bands).
GROUP_TOPS = (2, 7, 12, 17, 32, 49)
S3_REGIONS = [r for r in range(26) if r not in (17, 23)]  # §4.6 table, 17/23 unused
JsonDict = dict[str, Any]

# --------------------------------------------------------------------------- atoms

uids = st.integers(1, 2**32 - 1).map(str)  # R2
cnames = st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=20)
words = st.text(string.ascii_letters + string.digits, min_size=1, max_size=12)
urls = words.map(lambda w: f"https://example.com/{w}.jpg")
colours = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06X}")  # R21
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**9), 10**9)
    | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False)
)
#: Keys the schema does not know; they must survive an import unchanged.
extras = st.dictionaries(
    st.from_regex(r"xExtra[A-Za-z0-9]{0,5}", fullmatch=True), json_scalars, max_size=2
)


def with_extras(base: st.SearchStrategy[JsonDict]) -> st.SearchStrategy[JsonDict]:
    return st.builds(lambda known, extra: {**known, **extra}, base, extras)


def uid_lists(max_size: int = 5) -> st.SearchStrategy[list[str]]:
    return st.lists(uids, min_size=1, max_size=max_size, unique=True)  # R13: ≤ 32, non-empty


def six_decimals(n: int) -> float | int:
    """0..1 with at most 6 decimals (R20); integers 0 and 1 are allowed as such."""
    if n in (0, 1_000_000):
        return n // 1_000_000
    return n / 1_000_000


@st.composite
def regions(draw: st.DrawFn) -> JsonDict:
    x = draw(st.integers(0, 999_999))
    y = draw(st.integers(0, 999_999))
    width = draw(st.integers(1, 1_000_000 - x))  # R20: x_axis + width ≤ 1
    height = draw(st.integers(1, 1_000_000 - y))
    region: JsonDict = {}
    if draw(st.booleans()):
        region["uid"] = draw(uids)
    region |= {
        "x_axis": six_decimals(x),
        "y_axis": six_decimals(y),
        "width": six_decimals(width),
        "height": six_decimals(height),
    }
    if draw(st.booleans()):
        region["alpha"] = six_decimals(draw(st.integers(0, 1_000_000)))
    if draw(st.booleans()):
        region["render_mode"] = draw(st.sampled_from([0, 1]))
    return region | draw(extras)


@st.composite
def layouts(draw: st.DrawFn) -> JsonDict:
    """The layout subset of transcodingConfig = an updateLayout clientRequest (§3.5)."""
    mode = draw(st.sampled_from([0, 1, 2, 3]))
    layout: JsonDict = {"mixedVideoLayout": mode}
    if mode == 3:
        layout["layoutConfig"] = draw(st.lists(regions(), min_size=1, max_size=17))  # R18, R20
    if mode == 2 and draw(st.booleans()):
        layout["maxResolutionUid"] = draw(uids)  # R19
    optional = st.fixed_dictionaries(
        {},
        optional={
            "backgroundColor": colours,
            "backgroundImage": urls,
            "defaultUserBackgroundImage": urls,
            "backgroundConfig": st.lists(
                st.fixed_dictionaries(
                    {"uid": uids, "image_url": urls}, optional={"render_mode": st.just(1)}
                ),
                min_size=1,
                max_size=3,
            ),  # R22
        },
    )
    return layout | draw(optional)


storage_configs = with_extras(
    st.one_of(
        st.tuples(st.just(1), st.sampled_from(S3_REGIONS)),
        st.tuples(st.just(2), st.integers(0, 22)),
        st.tuples(st.just(3), st.integers(0, 19)),
    ).flatmap(
        lambda vendor_region: st.fixed_dictionaries(
            {
                "vendor": st.just(vendor_region[0]),
                "region": st.just(vendor_region[1]),
                "bucket": words.map(str.lower),
                "accessKey": words,
                "secretKey": words,
            },
            optional={"fileNamePrefix": st.lists(words, min_size=1, max_size=3)},  # R26
        )
    )
)


@st.composite
def subscriptions(draw: st.DrawFn, stream_types: int) -> JsonDict:
    """R13/R14: at most one list per media, only for media that are recorded."""
    out: JsonDict = {}
    if stream_types in (0, 2) and draw(st.booleans()):
        key = draw(st.sampled_from(["subscribeAudioUids", "unSubscribeAudioUids"]))
        out[key] = draw(uid_lists())
    if stream_types in (1, 2) and draw(st.booleans()):
        key = draw(st.sampled_from(["subscribeVideoUids", "unSubscribeVideoUids"]))
        out[key] = draw(uid_lists())
    return out


# --------------------------------------------------------------------------- start


@st.composite
def individual_starts(draw: st.DrawFn, raw: bool = False) -> JsonDict:
    """Per-uid start bodies: legacy individual always names its streamMode (the key that
    tells it from raw on import, R11); raw never may (agora-2026.md §1)."""
    stream_types = draw(st.sampled_from([0, 1, 2]))
    lists = draw(subscriptions(stream_types))
    snapshot = stream_types != 0 and draw(st.booleans())
    if snapshot and "subscribeAudioUids" in lists and "subscribeVideoUids" not in lists:
        lists["subscribeVideoUids"] = lists["subscribeAudioUids"]  # R24
    subscribed = {uid for key, uids in lists.items() if key.startswith("sub") for uid in uids}
    smallest_group = next(g for g, top in enumerate(GROUP_TOPS) if len(subscribed) <= top)
    recording: JsonDict = {
        "channelType": draw(st.sampled_from([0, 1])),
        "streamTypes": stream_types,
        "subscribeUidGroup": draw(st.integers(smallest_group, 5)),  # R12
    }
    modes = ["default", "standard"] + (["original"] if stream_types == 0 else [])  # R11
    if not raw:
        recording["streamMode"] = draw(st.sampled_from(modes))
    recording |= draw(
        st.fixed_dictionaries(
            {},
            optional={
                "maxIdleTime": st.integers(5, 2_592_000),  # R16
                "videoStreamType": st.sampled_from([0, 1]),
            },
        )
    )
    recording |= lists | draw(extras)
    request: JsonDict = {}
    if draw(st.booleans()):
        request["token"] = draw(words)
    request["recordingConfig"] = recording
    file_types = [["hls"]]  # R23: legacy individual records HLS only
    if raw:  # R23 in raw: MP4 next to HLS, MP3 (audio only) when audio is recorded
        file_types += [["hls", "mp4"]] + ([["hls", "mp3"], ["mp3"]] if stream_types == 0 else [])
    if not snapshot or draw(st.booleans()):  # R25: screenshot-only has no file config
        request["recordingFileConfig"] = {"avFileType": draw(st.sampled_from(file_types))}
    if snapshot:
        request["snapshotConfig"] = {
            "captureInterval": draw(st.integers(5, 3600)),
            "fileType": ["jpg"],
        }
    request["storageConfig"] = draw(storage_configs)
    return request | draw(extras)


@st.composite
def mix_starts(draw: st.DrawFn) -> JsonDict:
    stream_types = draw(st.sampled_from([0, 1, 2]))
    recording: JsonDict = {
        "channelType": draw(st.sampled_from([0, 1])),
        "streamTypes": stream_types,
    }
    recording |= draw(
        st.fixed_dictionaries(
            {},
            optional={
                "maxIdleTime": st.integers(5, 2_592_000),
                "audioProfile": st.sampled_from([0, 1, 2]),
            },
        )
    )
    recording |= draw(subscriptions(stream_types))
    if draw(st.booleans()):
        width = draw(st.integers(120, 1920))
        height = draw(st.integers(120, min(1920, 2_073_600 // width)))  # R17
        transcoding: JsonDict = {
            "width": width,
            "height": height,
            "fps": draw(st.sampled_from([1, 7, 10, 15, 24, 30, 60])),
            "bitrate": draw(st.integers(1, 6500)),
        }
        recording["transcodingConfig"] = transcoding | draw(layouts()) | draw(extras)
    request: JsonDict = {"recordingConfig": recording | draw(extras)}
    request["recordingFileConfig"] = {
        "avFileType": draw(st.sampled_from([["hls"], ["hls", "mp4"]]))  # R23
    }
    request["storageConfig"] = draw(storage_configs)
    return request | draw(extras)


@st.composite
def web_starts(draw: st.DrawFn) -> JsonDict:
    width = draw(st.integers(240, 1920))
    height = draw(st.integers(240, min(1920, 2_073_600 // width)))  # R30
    param: JsonDict = {
        "url": draw(urls),
        "audioProfile": draw(st.sampled_from([0, 1, 2])),
        "videoWidth": width,
        "videoHeight": height,
        "maxRecordingHour": draw(st.integers(1, 720)),
    }
    param |= draw(
        st.fixed_dictionaries(
            {},
            optional={
                "videoBitrate": st.integers(50, 8000),
                "videoFps": st.integers(5, 60),
                "mobile": st.booleans(),
                "maxVideoDuration": st.integers(30, 240),
                "onhold": st.booleans(),
                "readyTimeout": st.integers(0, 60),
            },
        )
    )
    services = [
        {
            "serviceName": "web_recorder_service",
            "errorHandlePolicy": "error_abort",  # R31
            "serviceParam": param | draw(extras),
        }
    ]
    if draw(st.booleans()):  # CDN push alongside (R32: one rtmp/rtmps output)
        scheme = draw(st.sampled_from(["rtmp", "rtmps"]))
        services.append(
            {
                "serviceName": "rtmp_publish_service",
                "errorHandlePolicy": "error_ignore",
                "serviceParam": {"outputs": [{"rtmpUrl": f"{scheme}://cdn/{draw(words)}"}]},
            }
        )
    return {
        "extensionServiceConfig": {
            "errorHandlePolicy": "error_abort",
            "extensionServices": services,
        },
        "recordingFileConfig": {"avFileType": draw(st.sampled_from([["hls"], ["hls", "mp4"]]))},
        "storageConfig": draw(storage_configs),
    } | draw(extras)


START_BY_MODE = {
    Mode.INDIVIDUAL: individual_starts(),
    Mode.MIX: mix_starts(),
    Mode.WEB: web_starts(),
    Mode.RAW: individual_starts(raw=True),
}
modes = st.sampled_from(list(Mode))


# --------------------------------------------------------------------------- other endpoints


@st.composite
def acquires(draw: st.DrawFn, mode: Mode) -> JsonDict:
    request: JsonDict = {"scene": 1 if mode is Mode.WEB else 0}  # R4
    request |= draw(
        st.fixed_dictionaries(
            {},
            optional={
                "resourceExpiredHour": st.integers(1, 720),  # R5
                "region": st.sampled_from(["CN", "AP", "EU", "NA"]),
                "excludeResourceIds": st.lists(words, min_size=1, max_size=2),
                "startParameter": START_BY_MODE[mode],
            },
        )
    )
    return request | draw(extras)


@st.composite
def updates(draw: st.DrawFn, mode: Mode) -> JsonDict:
    request: JsonDict = {}
    if mode is Mode.WEB:  # R33
        if draw(st.booleans()):
            request["webRecordingConfig"] = {"onhold": draw(st.booleans())}
        if draw(st.booleans()):
            url = f"rtmp://cdn/{draw(words)}"
            request["rtmpPublishConfig"] = {"outputs": [{"rtmpUrl": url}]}
    else:
        subscribe: JsonDict = {}
        for media in ("Audio", "Video"):
            if draw(st.booleans()):
                key = draw(st.sampled_from([f"subscribe{media}Uids", f"unSubscribe{media}Uids"]))
                subscribe[f"{media.lower()}UidList"] = {key: draw(uid_lists())}
        if subscribe:
            request["streamSubscribe"] = subscribe
    if not request or draw(st.booleans()):
        request["storageConfig"] = draw(storage_configs)  # refreshing an STS token
    return request | draw(extras)


# --------------------------------------------------------------------------- assertions


def _assert_round_trip(endpoint: Endpoint, mode: Mode, request: JsonDict, body_ids: Any) -> None:
    cname, uid = body_ids
    body = {"cname": cname, "uid": uid, "clientRequest": request}
    text = json.dumps(body)
    # update bodies that only carry storageConfig look like start bodies; say which it is
    ambiguous = endpoint is Endpoint.UPDATE and not {
        "streamSubscribe",
        "webRecordingConfig",
        "rtmpPublishConfig",
    } & set(request)
    result = import_document(text, endpoint=endpoint if ambiguous else None)
    assert result.endpoint is endpoint
    if endpoint is Endpoint.START:
        assert result.mode is mode
    generated = generate_body(result.project, endpoint)
    assert generated == body
    # a second pass is byte-identical: key order does not depend on the input's order
    again = import_document(dump_json(generated), endpoint=endpoint).project
    assert dump_json(generate_body(again, endpoint)) == dump_json(generated)


identities = st.tuples(cnames, uids)


@FAST
@given(modes.flatmap(lambda m: st.tuples(st.just(m), START_BY_MODE[m])), identities)
def test_start_round_trip(mode_and_request: tuple[Mode, JsonDict], ids: Any) -> None:
    mode, request = mode_and_request
    _assert_round_trip(Endpoint.START, mode, request, ids)


@FAST
@given(modes.flatmap(lambda m: st.tuples(st.just(m), acquires(m))), identities)
def test_acquire_round_trip(mode_and_request: tuple[Mode, JsonDict], ids: Any) -> None:
    mode, request = mode_and_request
    _assert_round_trip(Endpoint.ACQUIRE, mode, request, ids)


@FAST
@given(modes.flatmap(lambda m: st.tuples(st.just(m), updates(m))), identities)
def test_update_round_trip(mode_and_request: tuple[Mode, JsonDict], ids: Any) -> None:
    mode, request = mode_and_request
    _assert_round_trip(Endpoint.UPDATE, mode, request, ids)


@FAST
@given(st.builds(lambda layout, extra: layout | extra, layouts(), extras), identities)
def test_update_layout_round_trip(request: JsonDict, ids: Any) -> None:
    _assert_round_trip(Endpoint.UPDATE_LAYOUT, Mode.MIX, request, ids)


@FAST
@given(with_extras(st.fixed_dictionaries({"async_stop": st.booleans()})), identities)
def test_stop_round_trip(request: JsonDict, ids: Any) -> None:
    _assert_round_trip(Endpoint.STOP, Mode.MIX, request, ids)
