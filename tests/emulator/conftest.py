"""Fixtures: a Sandbox on a manual clock (no rate limit) and a client bound to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_kit import Api

from recstudio.emulator import ManualClock, SandboxServer, Timing


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


TEST_SECRET = "sandbox-test-secret-3f9"


@pytest.fixture
def sandbox(clock: ManualClock) -> Iterator[SandboxServer]:
    # a distinctive secret, so "no secret in the output" tests cannot match by accident
    with SandboxServer(
        clock=clock, rate_limit=None, timing=Timing(), customer_secret=TEST_SECRET
    ) as server:
        yield server


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[Api]:
    client = Api(sandbox.base_url, auth=("sandbox", TEST_SECRET))
    yield client
    client.close()
