"""AccessToken2 builder pinned to Agora's published vectors.

Vectors: AgoraIO/Tools DynamicKey/AgoraDynamicKey/python3/test/AccessToken2Test.py (setUp:
app ID 970CA35d…, certificate 5CFd2fd1…, issue_ts 1111111, salt 1, expire 600). Equality of
the whole string is the acceptance criterion: "tokens equal the official builder's for the
same inputs".
"""

from __future__ import annotations

import base64
import zlib

import pytest

from recstudio.api.token import (
    PUBLISHER,
    SUBSCRIBER,
    Service,
    ServiceType,
    TokenError,
    build_access_token,
    build_rtc_token,
    parse_token,
)

APP_ID = "970CA35de60c44645bbae8a215061b33"
APP_CERT = "5CFd2fd1755d40ecb72977518be15d3b"
CHANNEL = "7d72365eb983485397e3e3f9d460bdda"
UID = 2882341273
UID_STR = "2882341273"
EXPIRE = 600
SALT = 1
TS = 1111111

VECTOR_RTC = (
    "007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcw"
    "Mk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj"
)
VECTOR_RTC_UID_0 = (
    "007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcw"
    "Mk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMADacImo="
)
VECTOR_CHAT_USER = (
    "007eJxTYNAIsnbS3v/A5t2TC6feR15r+6cq8bqAvfaW+tk/Vzz+p6xTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTA"
    "zTDI2dv8iwBDBxMDAyADCrEDMCOZzMRhZWBgZmxgamRsDAB+lHrg="
)
VECTOR_CHAT_APP = (
    "007eJxTYNDNaz3snC8huEfHWdz6s98qltq4zqy9fl99Uh0FDvy6F6DAYGlu4OxobJqSamaQbGJiZmKalJSYapFoZGhqYGa"
    "YZGzs/kWAIYKJgYGRAYRZgZgJzGdgAACt8hhr"
)
VECTOR_EDUCATION_USER = (
    "007eJxTYEg4e9Zj9gch+QkfFi1qM7tdkn1G3Kzt6FTJpTpzRQ4brixTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTA"
    "zTDI2dv8iwBDBxMDAyADC7EDMBOYzMHAxGFlYGBmbGBqZG///DwDuNR56"
)
VECTOR_EDUCATION_APP = (
    "007eJxTYJgT3rumdJdoWJpC3aNTb4o76swyLsrHvmznOn/x1cQM9gcKDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBma"
    "GScbG7l8EGCKYGBgYGUCYHYiZwXwQ+P8fAADUHTQ="
)
VECTOR_MULTI_SIX_SERVICES = (
    "007eJxTYPhoYK+7SDk39KyyavaWJIvG958FqjUtWb631r8Sbb7U+FGBwdLcwNnR2DQl1cwg2cTEzMQ0KSkx1SLRyNDUwMw"
    "wydjY/YsAQwQTAwMjAwMDG5BkAWIQnwlMMoNJFjCpwGCeYm5kbGaammRpYWxiYWpsaZ5qnGqcZpliYmaQlJKSyMVgZGFh"
    "ZGxiaGRuzAQ0B2ISsigzAxOK+aSZyQI3kxWr6exAMYi5qOL//wMAs006ww=="
)
#: Older revision of the same test file: rtc, rtm("test_user"), streaming, an empty type-4
#: service (then called "Rtns") and chat.
VECTOR_MULTI_WITH_EMPTY_SERVICE = (
    "007eJxTYAh5UWu1drfhsnu9etvupS0v/iFs+3PC/Sbl8gdht55xSusqMFiaGzg7GpumpJoZJJuYmJmYJiUlplokGhmaGpg"
    "ZJhkbu38RYIhgYmBgZGBgYAWSLEAM4jOBSWYwyQImFRjMU8yNjM1MU5MsLYxNLEyNLc1TjVON0yxTTMwMklJSErkYjCwsj"
    "IxNDI3MjZmA5kBM4mQoSS0uiS8tTi1iZmBCMZ40I1mgToSYgCwDAGL1OcI="
)

ALL_RTC = {1: EXPIRE, 2: EXPIRE, 3: EXPIRE, 4: EXPIRE}


def _access(services: list[Service]) -> str:
    return build_access_token(
        APP_ID, APP_CERT, services, token_expire=EXPIRE, issue_ts=TS, salt=SALT
    )


def test_rtc_join_only_int_uid_matches_official_vector() -> None:
    token = build_rtc_token(
        APP_ID, APP_CERT, CHANNEL, UID, SUBSCRIBER, EXPIRE, EXPIRE, issue_ts=TS, salt=SALT
    )
    assert token == VECTOR_RTC


def test_rtc_string_uid_gives_the_same_token_as_int_uid() -> None:
    # Cloud Recording uids are decimal strings; Agora's builder packs str(uid) for ints.
    token = build_rtc_token(
        APP_ID, APP_CERT, CHANNEL, UID_STR, SUBSCRIBER, EXPIRE, EXPIRE, issue_ts=TS, salt=SALT
    )
    assert token == VECTOR_RTC


def test_uid_zero_packs_the_empty_uid_like_official_builder() -> None:
    token = build_rtc_token(
        APP_ID, APP_CERT, CHANNEL, 0, SUBSCRIBER, EXPIRE, EXPIRE, issue_ts=TS, salt=SALT
    )
    assert token == VECTOR_RTC_UID_0
    assert parse_token(token)["services"][0]["uid"] == ""


@pytest.mark.parametrize(
    ("services", "expected"),
    [
        pytest.param([Service(5, {1: EXPIRE}, (UID_STR,))], VECTOR_CHAT_USER, id="chat-user"),
        pytest.param([Service(5, {2: EXPIRE}, ("",))], VECTOR_CHAT_APP, id="chat-app"),
        pytest.param(
            [Service(7, {2: EXPIRE}, ("", UID_STR), trailing_int16=-1)],
            VECTOR_EDUCATION_USER,
            id="education-user",
        ),
        pytest.param(
            [Service(7, {3: EXPIRE}, ("", ""), trailing_int16=-1)],
            VECTOR_EDUCATION_APP,
            id="education-app",
        ),
        pytest.param(
            [
                Service(1, ALL_RTC, (CHANNEL, UID_STR)),
                Service(2, {1: EXPIRE}, (UID_STR,)),
                Service(3, {1: EXPIRE, 2: EXPIRE}, (CHANNEL, UID_STR)),
                Service(4, {1: EXPIRE}),
                Service(5, {1: EXPIRE}, (UID_STR,)),
                Service(7, {2: EXPIRE}, ("", UID_STR), trailing_int16=-1),
            ],
            VECTOR_MULTI_SIX_SERVICES,
            id="multi-six",
        ),
        pytest.param(
            [
                # privileges given out of order: the packer must sort them
                Service(1, {4: EXPIRE, 2: EXPIRE, 1: EXPIRE, 3: EXPIRE}, (CHANNEL, UID_STR)),
                Service(2, {1: EXPIRE}, ("test_user",)),
                Service(3, {2: EXPIRE, 1: EXPIRE}, (CHANNEL, UID_STR)),
                Service(4),
                Service(5, {1: EXPIRE}, (UID_STR,)),
            ],
            VECTOR_MULTI_WITH_EMPTY_SERVICE,
            id="multi-with-empty-service",
        ),
    ],
)
def test_generic_packer_matches_official_vectors(services: list[Service], expected: str) -> None:
    assert _access(services) == expected


def test_publisher_role_adds_the_three_publish_privileges() -> None:
    publisher = build_rtc_token(
        APP_ID, APP_CERT, CHANNEL, UID, PUBLISHER, EXPIRE, 300, issue_ts=TS, salt=SALT
    )
    # Same bytes as the generic packer with the privileges RtcTokenBuilder2 adds for
    # Role_Publisher (whose packing the multi-service vector pins).
    expected = build_access_token(
        APP_ID,
        APP_CERT,
        [Service(ServiceType.RTC, {1: 300, 2: 300, 3: 300, 4: 300}, (CHANNEL, UID_STR))],
        token_expire=EXPIRE,
        issue_ts=TS,
        salt=SALT,
    )
    assert publisher == expected
    privileges = parse_token(publisher)["services"][0]["privileges"]
    assert privileges == {
        "join_channel": 300,
        "publish_audio_stream": 300,
        "publish_video_stream": 300,
        "publish_data_stream": 300,
    }


def test_default_role_is_publisher_and_defaults_are_an_hour() -> None:
    parsed = parse_token(build_rtc_token(APP_ID, APP_CERT, "room", "527841", issue_ts=TS, salt=9))
    assert parsed["expire"] == 3600
    assert parsed["services"][0]["privileges"]["publish_video_stream"] == 3600


def test_parse_token_reports_fields_without_secrets() -> None:
    parsed = parse_token(VECTOR_MULTI_SIX_SERVICES)
    assert parsed["version"] == "007"
    assert parsed["app_id"] == APP_ID
    assert (parsed["issue_ts"], parsed["expire"], parsed["salt"]) == (TS, EXPIRE, SALT)
    assert parsed["signature_length"] == 32
    assert [s["name"] for s in parsed["services"]] == [
        "rtc",
        "rtm",
        "streaming",
        "fpa",
        "chat",
        "education",
    ]
    rtc = parsed["services"][0]
    assert rtc["channel_name"] == CHANNEL
    assert rtc["uid"] == UID_STR
    assert parsed["services"][5]["role"] == -1
    assert APP_CERT not in repr(parsed)


def test_random_salt_and_current_time_when_not_fixed() -> None:
    first = parse_token(build_rtc_token(APP_ID, APP_CERT, CHANNEL, UID))
    second = parse_token(build_rtc_token(APP_ID, APP_CERT, CHANNEL, UID))
    assert 1 <= first["salt"] <= 99_999_999
    assert first["issue_ts"] > 1_700_000_000
    # 1 in 10^8 chance of a clash; the builder must not reuse a fixed salt.
    assert first["salt"] != second["salt"]


@pytest.mark.parametrize(
    ("app_id", "cert", "fragment"),
    [
        ("short", APP_CERT, "App ID"),
        (APP_ID, "z" * 32, "App Certificate"),
        ("g" * 32, APP_CERT, "App ID"),
    ],
)
def test_malformed_ids_are_refused_with_the_field_named(
    app_id: str, cert: str, fragment: str
) -> None:
    with pytest.raises(TokenError, match=fragment):
        build_rtc_token(app_id, cert, CHANNEL, UID)


@pytest.mark.parametrize("uid", [-1, 2**32, True])
def test_out_of_range_uids_are_refused(uid: int) -> None:
    with pytest.raises(TokenError):
        build_rtc_token(APP_ID, APP_CERT, CHANNEL, uid)


def test_privilege_longer_than_a_day_is_refused() -> None:
    with pytest.raises(TokenError, match="24 hours"):
        build_rtc_token(APP_ID, APP_CERT, CHANNEL, UID, privilege_expire=86_401)


@pytest.mark.parametrize(
    "token",
    [
        "006abc",
        "007!!!not-base64",
        "007" + base64.b64encode(b"not zlib").decode(),
        "007" + base64.b64encode(zlib.compress(b"\x20\x00short")).decode(),
        VECTOR_RTC[:3] + base64.b64encode(zlib.compress(b"\x00\x00" + b"x" * 3)).decode(),
    ],
)
def test_parse_token_rejects_garbage(token: str) -> None:
    with pytest.raises(TokenError):
        parse_token(token)
