"""The error catalogue covers every code of reference §7.1/§7.2 with an action."""

from __future__ import annotations

import pytest

from recstudio.api.errors import (
    ApiError,
    error_from_response,
    explain,
    likely_field_from_reason,
    network_error,
)

ALL_CODES = [2, 7, 8, 15, 32, 49, 50, 53, 62, 65, 109, 110, 400, 401, 404, 405, 406, 432, 433,
             435, 500, 501, 502, 504, 1001, 1003, 1013, 1028]  # fmt: skip
GATEWAY = [
    (400, "appid is invalid"),
    (401, "Unauthorized"),
    (401, "Invalid authentication credentials"),
    (404, "no Route matched with those values"),
    (429, "API rate limit exceeded"),
]


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_documented_code_has_its_own_entry(code: int) -> None:
    found = explain(400, {"code": code, "reason": "x"}, "start")
    assert found.action
    assert found.explanation
    assert "not in Agora's documentation" not in found.explanation


def test_unknown_code_still_explained() -> None:
    found = explain(500, {"code": 9999, "reason": "boom"}, "start")
    assert "9999" in found.title
    assert found.retryable


@pytest.mark.parametrize(("status", "message"), GATEWAY)
def test_gateway_messages(status: int, message: str) -> None:
    found = explain(status, {"message": message}, "acquire")
    assert found.title != f"unexpected answer (HTTP {status})"
    assert found.retryable is (status == 429)


def test_wrong_credentials_not_retryable_and_plain() -> None:
    err = error_from_response(401, {"message": "Invalid authentication credentials"}, "acquire")
    assert err.http_status == 401
    assert err.code is None
    assert not err.retryable
    assert "Customer" in err.action


def test_404_worker_explains_recorder_exit_causes() -> None:
    """§8/§9.3: 404 right after start — idle, token/uid/channelType, storage, failover."""
    err = error_from_response(404, {"code": 404, "reason": "failed to find worker"}, "query")
    text = err.explanation
    for cause in ("maxIdleTime", "token", "uid", "channelType", "storage", "failover"):
        assert cause in text
    assert err.retryable


def test_same_code_differs_per_endpoint() -> None:
    assert explain(500, {"code": 501}, "acquire").retryable
    assert not explain(200, {"code": 501}, "query").retryable


@pytest.mark.parametrize(
    ("reason", "field"),
    [
        ("Acquire: invalid resourceExpiredHour value!", "resourceExpiredHour"),
        (
            "invalid param: clientRequest.recordingConfig.channelType",
            ("clientRequest.recordingConfig.channelType"),
        ),
        ("'maxIdleTime' out of range", "maxIdleTime"),
        ("streamTypes is invalid", "streamTypes"),
        ("missing field storageConfig", "storageConfig"),
    ],
)
def test_code_2_reason_names_the_field(reason: str, field: str) -> None:
    assert likely_field_from_reason(reason) == field
    err = error_from_response(400, {"code": 2, "reason": reason}, "start")
    assert err.likely_field == field
    assert field in err.action
    assert not err.retryable


def test_code_2_without_field() -> None:
    assert explain(400, {"code": 2, "reason": "invalid parameter"}, "start").likely_field is None


def test_network_error_message_names_host_and_timeout() -> None:
    err = network_error("start", "api.sd-rtn.com", "timeout", 10)
    assert isinstance(err, ApiError)
    assert err.http_status is None
    assert err.reason == "no answer from api.sd-rtn.com within 10 s"
    assert err.request_sent
    assert "maxIdleTime" in err.explanation
    refused = network_error("acquire", "127.0.0.1:1", "refused", 10)
    assert not refused.request_sent
    assert "connection refused" in str(refused)


def test_describe_lists_field_and_action() -> None:
    err = error_from_response(400, {"code": 53, "reason": "task conflict"}, "start")
    text = err.describe()
    assert "HTTP 400 code 53 (task conflict)" in text
    assert "Likely field: uid" in text
    assert "What to do:" in text


def test_text_body_is_not_fatal() -> None:
    err = error_from_response(502, "<html>Bad gateway</html>", "query")
    assert err.retryable
    assert err.code is None
