"""Regional domains and failover (reference §1.1), with two local servers as the two hosts:
a call that never reached a server moves to the alternate domain after the documented
back-off; an HTTP answer (even a 5xx) never does; the request log names every host."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET, Harness, acquire_request, start_request

from recstudio.api.client import CloudRecordingClient
from recstudio.api.errors import ApiError
from recstudio.api.retry import RetryPolicy
from recstudio.emulator import SandboxServer
from recstudio.model.domains import FAILOVER_BACKOFF_S, REGIONS, failover_plan, region_hosts


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A loopback port with nothing listening: connections are refused (never sent)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}"


@pytest.fixture
def second(harness: Harness) -> Iterator[SandboxServer]:
    """The alternate domain: another Sandbox on the same manual clock."""
    server = SandboxServer(
        customer_id=CUSTOMER_ID,
        customer_secret=CUSTOMER_SECRET,
        clock=harness.clock,
        app_ids={APP_ID},
    ).start()
    yield server
    server.stop()


def _client(harness: Harness, primary: str, *fallbacks: str) -> CloudRecordingClient:
    # no policy retries: what is measured is the failover alone
    return harness.client(
        retry_policy=RetryPolicy.never(), fallback_urls=fallbacks, base_url=primary
    )


def test_refused_primary_falls_back_to_the_alternate_with_1_and_3_s(
    harness: Harness, dead_url: str, second: SandboxServer
) -> None:
    client = _client(harness, dead_url, second.base_url)
    result = client.acquire("room", "500", acquire_request("mix"))
    assert result.resource_id in {r["resourceId"] for r in second.snapshot()["resources"]}
    # the primary twice (retry once after 1 s), then the alternate after 3 s (§1.1)
    assert harness.sleeps == [FAILOVER_BACKOFF_S[0], FAILOVER_BACKOFF_S[1]]
    hosts = [(r.url.split("/v1/")[0], r.http_status) for r in harness.records]
    assert hosts == [(dead_url, None), (dead_url, None), (second.base_url, 200)]
    assert "connection refused" in (harness.records[0].error or "")
    # the host that answered stays in use: the next call goes straight to it
    harness.sleeps.clear()
    client.acquire("room2", "501", acquire_request("mix"))
    assert harness.sleeps == [] and harness.records[-1].url.startswith(second.base_url)


def test_an_http_answer_never_moves_to_another_domain(
    harness: Harness, second: SandboxServer
) -> None:
    harness.server.faults.set(http_5xx=503)
    client = _client(harness, harness.server.base_url, second.base_url)
    with pytest.raises(ApiError) as caught:
        client.acquire("room", "500", acquire_request("mix"))
    assert caught.value.http_status == 503
    assert second.snapshot()["resources"] == []  # the alternate never saw a request
    assert {r.url.split("/v1/")[0] for r in harness.records} == {harness.server.base_url}
    assert harness.sleeps == []


def test_every_host_refused_reports_the_last_one(harness: Harness, dead_url: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        other = f"http://127.0.0.1:{sock.getsockname()[1]}"
    client = _client(harness, dead_url, other)
    with pytest.raises(ApiError) as caught:
        client.acquire("room", "500", acquire_request("mix"))
    assert not caught.value.request_sent
    assert other.split("//")[1] in str(caught.value.explanation_info.title)
    assert len(harness.records) == 3


def test_regions_follow_the_reference_table() -> None:
    assert set(REGIONS) == {"global", "na", "eu", "ap", "cn"}
    assert region_hosts("global") == ("https://api.sd-rtn.com", "https://api.agora.io")
    assert region_hosts("na")[:2] == (
        "https://api-us-west-1.agora.io",
        "https://api-us-east-1.agora.io",
    )
    # Mainland China tries sd-rtn.com first (reference §1.1, Go/Python clients)
    assert region_hosts("cn")[0] == "https://api-cn-east-1.sd-rtn.com"
    assert all(h.startswith("https://") for r in REGIONS for h in region_hosts(r))
    plan = failover_plan(region_hosts("eu"))
    assert [wait for wait, _ in plan] == [0.0, 1.0, 3.0, 6.0, 6.0]
    assert plan[0][1] == plan[1][1] == "https://api-eu-west-1.agora.io"
    with pytest.raises(ValueError, match="unknown region"):
        region_hosts("mars")


def test_a_profile_chooses_a_region_or_a_custom_url(tmp_path) -> None:
    from recstudio.settings.hosts import profile_base_url, profile_hosts
    from recstudio.settings.profiles import Profile

    regional = Profile(name="EU", base_url="https://api.agora.io", region="eu")
    assert profile_hosts(regional) == region_hosts("eu")
    assert profile_base_url(regional) == "https://api-eu-west-1.agora.io"
    custom = Profile(name="Own", base_url="https://proxy.example.com")
    assert profile_hosts(custom) == ("https://proxy.example.com",)
    with pytest.raises(ValueError, match="region must be one of global"):
        Profile(name="X", base_url="https://api.agora.io", region="moon")


def test_a_failed_handshake_on_the_alternate_names_that_host(
    harness: Harness, dead_url: str
) -> None:
    """A TLS failure sends nothing, so it moves on like a refusal; the error it leaves must
    name the host whose handshake failed, not the primary the client started with."""
    plain = harness.server.base_url.replace("http://", "https://")  # no TLS there
    client = _client(harness, dead_url, plain)
    with pytest.raises(ApiError) as caught:
        client.acquire("room", "500", acquire_request("mix"))
    assert not caught.value.request_sent
    title = str(caught.value.explanation_info.title)
    assert "secure connection" in title and plain.split("//")[1] in title, title
    assert [r.url.split("/v1/")[0] for r in harness.records] == [dead_url, dead_url, plain]


def test_a_start_that_reached_a_server_is_never_resent_to_another_domain(
    harness: Harness, second: SandboxServer
) -> None:
    """A connection dropped after the request went out may have started a recorder: the
    failover must not send that start to the alternate domain (reference §1.1 is about
    failures that never reached a server)."""
    client = _client(harness, harness.server.base_url, second.base_url)
    resource_id = client.acquire("room", "500", acquire_request("mix")).resource_id
    harness.server.faults.set(drop_connection=1)
    with pytest.raises(ApiError) as caught:
        client.start(resource_id, "mix", "room", "500", start_request("mix"))
    assert caught.value.request_sent
    assert second.snapshot()["resources"] == [] and second.snapshot()["recordings"] == []
    assert {r.url.split("/v1/")[0] for r in harness.records} == {harness.server.base_url}
