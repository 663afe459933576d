"""CloudRecordingClient over real HTTP against the Sandbox: every endpoint, headers, request
log redaction, error mapping and the documented retries under injected faults."""

from __future__ import annotations

import json

import pytest
from api_kit import (
    APP_ID,
    CUSTOMER_ID,
    PUBLISHER,
    SECRETS,
    Harness,
    acquire_request,
    start_request,
)

from recstudio.api.client import USER_AGENT, CloudRecordingClient
from recstudio.api.errors import ApiError


def _max_per_second(times: list[float]) -> int:
    times = sorted(times)
    return max(sum(1 for u in times if t <= u < t + 1.0) for t in times)


def test_mix_end_to_end_every_endpoint(harness: Harness) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    acquired = client.acquire("room", 527841, acquire_request("mix"))
    assert acquired.resource_id
    started = client.start(acquired.resource_id, "mix", "room", "527841", start_request("mix"))
    assert started.sid
    harness.clock.advance(20)
    q = client.query(acquired.resource_id, started.sid, "mix")
    assert q.is_running and q.status == 5
    client.update(
        acquired.resource_id,
        started.sid,
        "mix",
        "room",
        "527841",
        {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["#allstream#"]}}},
    )
    layout = {
        "mixedVideoLayout": 3,
        "layoutConfig": [{"uid": PUBLISHER, "x_axis": 0.0, "y_axis": 0.0, "width": 1.0,
                          "height": 1.0}],
    }  # fmt: skip
    client.update_layout(acquired.resource_id, started.sid, "mix", "room", "527841", layout)
    stopped = client.stop(acquired.resource_id, started.sid, "mix", "room", "527841")
    assert stopped.outcome == "stopped"
    assert stopped.files
    assert [r.endpoint for r in harness.records] == [
        "acquire", "start", "query", "update", "updateLayout", "stop",
    ]  # fmt: skip
    assert all(r.http_status == 200 and r.error is None for r in harness.records)
    assert harness.records[2].method == "GET"
    assert harness.records[2].request_body is None


def test_request_log_and_errors_carry_no_secret(harness: Harness) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    acquired = client.acquire("room", "42", acquire_request("mix"))
    client.start(acquired.resource_id, "mix", "room", "42", start_request("mix"))
    with pytest.raises(ApiError) as info:  # 7 already started: an error record too
        client.start(acquired.resource_id, "mix", "room", "42", start_request("mix"))
    assert info.value.code == 7
    dumped = json.dumps([r.__repr__() for r in harness.records]) + repr(client) + str(info.value)
    for secret in SECRETS:
        assert secret not in dumped
    assert "<STORAGE_SECRET_KEY>" in dumped
    assert "<RTC_TOKEN>" in dumped
    assert "Authorization" not in dumped


def test_headers_user_agent_and_basic_auth(harness: Harness) -> None:
    client = harness.client()
    session = client._session
    assert session.headers["Content-Type"] == "application/json;charset=utf-8"
    assert session.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("recstudio/")
    assert client.ncs_ip() == ["127.0.0.1"]


def test_wrong_credentials_explained_and_not_retried(harness: Harness) -> None:
    client = CloudRecordingClient(
        harness.server.base_url, CUSTOMER_ID, "wrong", APP_ID, sleep=harness.sleep,
        log=harness.records.append,
    )  # fmt: skip
    with pytest.raises(ApiError) as info:
        client.acquire("room", "1", acquire_request("mix"))
    assert info.value.http_status == 401
    assert "Customer ID" in info.value.action
    assert len(harness.records) == 1
    assert harness.sleeps == []


def test_unknown_app_id(harness: Harness) -> None:
    client = CloudRecordingClient(
        harness.server.base_url, CUSTOMER_ID, "CUSTOMER-SECRET-d41d8cd98f", "f" * 32,
        sleep=harness.sleep,
    )  # fmt: skip
    with pytest.raises(ApiError) as info:
        client.acquire("room", "1", acquire_request("mix"))
    assert info.value.likely_field == "appid"
    assert not info.value.retryable


def test_code_2_names_the_field(harness: Harness) -> None:
    client = harness.client()
    with pytest.raises(ApiError) as info:
        client.acquire("room", "1", {"scene": 0, "resourceExpiredHour": 0})
    assert info.value.code == 2
    assert info.value.likely_field == "clientRequest.resourceExpiredHour"


def test_task_conflict_53_not_retried(harness: Harness) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    first = client.acquire("room", "9", acquire_request("mix"))
    client.start(first.resource_id, "mix", "room", "9", start_request("mix"))
    second = client.acquire("room", "9", acquire_request("mix"))
    with pytest.raises(ApiError) as info:
        client.start(second.resource_id, "mix", "room", "9", start_request("mix"))
    assert info.value.code == 53
    assert info.value.likely_field == "uid"
    assert len(harness.endpoint_records("start")) == 2


def test_start_5xx_retried_3_6_9_same_resource(harness: Harness) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    acquired = client.acquire("room", "5", acquire_request("mix"))
    harness.server.faults.set(endpoint="start", http_5xx=503, count=3)
    started = client.start(acquired.resource_id, "mix", "room", "5", start_request("mix"))
    assert started.sid
    starts = harness.endpoint_records("start")
    assert [r.http_status for r in starts] == [503, 503, 503, 200]
    assert {r.url for r in starts} == {starts[0].url}  # never a new resourceId
    assert harness.sleeps == [3.0, 6.0, 9.0]


def test_code_65_retried_after_3_and_6(harness: Harness) -> None:
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    acquired = client.acquire("room", "6", acquire_request("mix"))
    started = client.start(acquired.resource_id, "mix", "room", "6", start_request("mix"))
    harness.server.faults.set(endpoint="stop", code_65=2)
    stopped = client.stop(acquired.resource_id, started.sid, "mix", "room", "6")
    assert stopped.outcome in ("stopped", "no_files")
    assert [r.agora_code for r in harness.endpoint_records("stop")][:2] == [65, 65]
    assert harness.sleeps == [3.0, 6.0]


def test_dropped_connection_on_acquire_is_retried(harness: Harness) -> None:
    client = harness.client()
    harness.server.faults.set(endpoint="acquire", drop_connection=1)
    assert client.acquire("room", "3", acquire_request("mix")).resource_id
    first = harness.endpoint_records("acquire")[0]
    assert first.http_status is None
    assert first.error is not None and "dropped" in first.error
    assert harness.sleeps == [1.0]


def test_latency_past_timeout_becomes_a_clear_error_then_retry(harness: Harness) -> None:
    # The late answer is always past the timeout (the Sandbox sleeps first); the retry's
    # answer needs room on a loaded machine (0.3 s was short), hence 1 s, not less.
    client = harness.client(timeout=(2.0, 1.0))
    harness.server.faults.set(endpoint="acquire", latency_s=1.5, count=1)
    assert client.acquire("room", "4", acquire_request("mix")).resource_id
    first = harness.endpoint_records("acquire")[0]
    assert first.error is not None
    assert f"no answer from {harness.server.base_url.split('//')[1]} within 1 s" in first.error
    assert harness.sleeps == [1.0]


def test_connection_refused_is_not_sent(harness: Harness) -> None:
    base = harness.server.base_url
    harness.server.stop()
    client = CloudRecordingClient(base, CUSTOMER_ID, "x", APP_ID, sleep=harness.sleep)
    with pytest.raises(ApiError) as info:
        client.acquire("room", "1", acquire_request("mix"))
    assert info.value.http_status is None
    assert not info.value.request_sent
    assert "connection refused" in info.value.reason
    assert harness.sleeps == [1.0, 3.0, 6.0]


def test_stop_codes_49_and_435_count_as_stopped(harness: Harness) -> None:
    client = harness.client()
    acquired = client.acquire("empty", "8", acquire_request("mix"))
    started = client.start(acquired.resource_id, "mix", "empty", "8", start_request("mix"))
    first = client.stop(acquired.resource_id, started.sid, "mix", "empty", "8")
    assert first.outcome == "no_files"  # nobody published: 435
    assert "no recorded data" in first.note
    again = client.stop(acquired.resource_id, started.sid, "mix", "empty", "8")
    assert again.outcome in ("already_stopping", "no_files")


def test_query_404_after_exit_raises_with_causes(harness: Harness) -> None:
    client = harness.client()
    acquired = client.acquire("idle", "8", acquire_request("mix"))
    started = client.start(acquired.resource_id, "mix", "idle", "8", start_request("mix"))
    harness.clock.advance(120)  # nobody published: maxIdleTime (30 s) passes
    with pytest.raises(ApiError) as info:
        client.query(acquired.resource_id, started.sid, "mix")
    assert info.value.http_status == 404
    assert "maxIdleTime" in info.value.explanation
    assert harness.sleeps == []


def test_never_more_than_10_requests_per_second(harness: Harness) -> None:
    """The server's own limiter (10/s on the same clock) never answers 429."""
    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client()
    acquired = client.acquire("room", "77", acquire_request("mix"))
    started = client.start(acquired.resource_id, "mix", "room", "77", start_request("mix"))
    for _ in range(30):
        client.query(acquired.resource_id, started.sid, "mix")
    assert all(r.http_status == 200 for r in harness.records)
    assert len(harness.records) == 32
    assert _max_per_second([r.time for r in harness.records]) == 10


def test_credentials_in_a_base_url_never_reach_logs_or_errors() -> None:
    """Review finding: https://id:secret@host would leak into records, errors and the ledger."""
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.errors import ApiError
    from recstudio.api.retry import RetryPolicy
    from recstudio.emulator import SandboxServer
    from recstudio.settings.profiles import Profile

    server = SandboxServer(customer_id="c", customer_secret="s", rate_limit=None).start()
    try:
        server.faults.set(endpoint="acquire", drop_connection=1)
        host = server.base_url.split("://", 1)[1]
        records = []
        client = CloudRecordingClient(
            f"http://c:TOPSECRET@{host}",
            "c",
            "s",
            APP_ID,
            retry_policy=RetryPolicy.never(),
            log=records.append,
        )
        with pytest.raises(ApiError) as err:
            client.acquire("room", "1", {"resourceExpiredHour": 1})
        text = str(err.value) + err.value.summary() + repr(client) + repr(records)
        assert "TOPSECRET" not in text
    finally:
        server.stop()
    with pytest.raises(ValueError, match="user name or password"):
        Profile(name="x", base_url="https://id:secret@api.sd-rtn.com")


def test_clients_of_one_account_share_the_rate_limit() -> None:
    from recstudio.api.client import CloudRecordingClient

    a = CloudRecordingClient("https://api.sd-rtn.com", "acct", "s", "app-a")
    b = CloudRecordingClient("https://api.sd-rtn.com", "acct", "s", "app-b")
    c = CloudRecordingClient("https://api.sd-rtn.com", "other", "s", "app-a")
    assert a.rate_limiter is b.rate_limiter and a.rate_limiter is not c.rate_limiter


def test_a_sync_stop_waits_for_uploads_with_the_long_read_timeout(harness: Harness) -> None:
    """design.md: "stop waits for uploads: long read timeout". A sync stop whose answer
    takes longer than the normal read timeout still succeeds; an async stop does not wait."""
    import inspect

    from recstudio.api.retry import RetryPolicy

    defaults = inspect.signature(CloudRecordingClient).parameters
    normal, long = defaults["timeout"].default, defaults["stop_timeout"].default
    assert long[1] > 20 > normal[1]  # Agora's sync stop may take ~20 s before code 50

    harness.server.channel(APP_ID, "room").join(PUBLISHER)
    client = harness.client(timeout=(2.0, 1.0), stop_timeout=(2.0, 10.0),
                            retry_policy=RetryPolicy.never())  # fmt: skip
    for uid, async_stop in (("7", False), ("8", True)):
        acquired = client.acquire("room", uid, acquire_request("mix"))
        started = client.start(acquired.resource_id, "mix", "room", uid, start_request("mix"))
        harness.server.faults.set(endpoint="stop", latency_s=1.5, count=1)
        if not async_stop:
            result = client.stop(started.resource_id, started.sid, "mix", "room", uid)
            assert result.outcome == "stopped"
        else:
            with pytest.raises(ApiError, match=r"within 1 s"):
                client.stop(started.resource_id, started.sid, "mix", "room", uid, async_stop=True)
