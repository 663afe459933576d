"""Per-endpoint retry schedules of reference §7.1/§9.2 (asserted with a fake sleep)."""

from __future__ import annotations

import pytest

from recstudio.api.errors import ApiError, error_from_response, network_error
from recstudio.api.retry import RetryPolicy, run_with_retry


def _failing(errors: list[ApiError], result: str = "ok"):
    calls = {"n": 0}

    def call() -> str:
        calls["n"] += 1
        if errors:
            raise errors.pop(0)
        return result

    return call, calls


def _err(status: int, body: object, endpoint: str) -> ApiError:
    return error_from_response(status, body, endpoint)


@pytest.mark.parametrize("endpoint", ["acquire", "start", "query", "update", "stop"])
def test_429_backs_off_1_3_6(endpoint: str, clock) -> None:
    errors = [_err(429, {"message": "API rate limit exceeded"}, endpoint) for _ in range(4)]
    call, calls = _failing(errors)
    with pytest.raises(ApiError) as info:
        run_with_retry(call, endpoint, RetryPolicy(), clock.sleep)
    assert info.value.http_status == 429
    assert clock.sleeps == [1.0, 3.0, 6.0]
    assert calls["n"] == 4


@pytest.mark.parametrize("endpoint", ["start", "query", "update", "updateLayout", "stop"])
def test_code_65_retries_same_request_after_3_and_6(endpoint: str, clock) -> None:
    errors = [_err(206, {"code": 65, "reason": "request not completed"}, endpoint)] * 2
    call, calls = _failing(list(errors))
    assert run_with_retry(call, endpoint, RetryPolicy(), clock.sleep) == "ok"
    assert clock.sleeps == [3.0, 6.0]
    assert calls["n"] == 3


def test_start_50x_retries_same_params_3_6_9_then_gives_up(clock) -> None:
    errors = [_err(500, {"code": 502, "reason": "Failed to allocate worker"}, "start")] * 5
    call, calls = _failing(list(errors))
    with pytest.raises(ApiError):
        run_with_retry(call, "start", RetryPolicy(), clock.sleep)
    assert clock.sleeps == [3.0, 6.0, 9.0]
    assert calls["n"] == 4


@pytest.mark.parametrize(
    "error",
    [
        _err(500, {"code": 500, "reason": "internal_error"}, "acquire"),
        _err(500, {"code": 62, "reason": "request timeout"}, "acquire"),
        network_error("acquire", "h", "timeout", 10),
        network_error("acquire", "h", "refused", 10),
    ],
)
def test_acquire_transient_failures_back_off(error: ApiError, clock) -> None:
    call, _ = _failing([error, error])
    assert run_with_retry(call, "acquire", RetryPolicy(), clock.sleep) == "ok"
    assert clock.sleeps == [1.0, 3.0]


@pytest.mark.parametrize(
    ("endpoint", "body", "status"),
    [
        ("start", {"code": 2, "reason": "invalid"}, 400),
        ("start", {"code": 53, "reason": "task conflict"}, 400),
        ("start", {"code": 7, "reason": "already started"}, 201),
        ("acquire", {"message": "Invalid authentication credentials"}, 401),
        ("acquire", {"code": 406, "reason": "vendor_over_load"}, 400),
        ("stop", {"code": 49, "reason": "invalid operation"}, 400),
        ("query", {"code": 404, "reason": "failed to find worker"}, 404),
    ],
)
def test_client_errors_are_not_retried(endpoint: str, body: dict, status: int, clock) -> None:
    call, calls = _failing([_err(status, body, endpoint)])
    with pytest.raises(ApiError):
        run_with_retry(call, endpoint, RetryPolicy(), clock.sleep)
    assert calls["n"] == 1
    assert clock.sleeps == []


def test_query_404_retried_5_10_15_only_while_confirming(clock) -> None:
    gone = _err(404, {"code": 404, "reason": "failed to find worker"}, "query")
    call, calls = _failing([gone] * 4)
    with pytest.raises(ApiError):
        run_with_retry(call, "query", RetryPolicy(), clock.sleep, confirming=True)
    assert clock.sleeps == [5.0, 10.0, 15.0]
    assert calls["n"] == 4


def test_query_5xx_keeps_polling_5_10_15(clock) -> None:
    call, _ = _failing([_err(504, {"code": 62, "reason": "timeout"}, "query")] * 3)
    assert run_with_retry(call, "query", RetryPolicy(), clock.sleep) == "ok"
    assert clock.sleeps == [5.0, 10.0, 15.0]


def test_mixed_errors_each_follow_their_own_schedule(clock) -> None:
    errors = [
        _err(206, {"code": 65}, "stop"),
        _err(429, {"message": "API rate limit exceeded"}, "stop"),
        _err(206, {"code": 65}, "stop"),
        _err(206, {"code": 65}, "stop"),
    ]
    call, calls = _failing(errors)
    with pytest.raises(ApiError) as info:
        run_with_retry(call, "stop", RetryPolicy(), clock.sleep)
    assert info.value.code == 65
    assert clock.sleeps == [3.0, 1.0, 6.0]
    assert calls["n"] == 4


def test_never_policy_sends_once(clock) -> None:
    call, calls = _failing([_err(500, {"code": 500}, "acquire")])
    with pytest.raises(ApiError):
        run_with_retry(call, "acquire", RetryPolicy.never(), clock.sleep)
    assert calls["n"] == 1
