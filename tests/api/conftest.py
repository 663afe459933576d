"""Fixtures for tests/api (helpers live in api_kit.py, importable from the tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET, FakeClock, Harness

from recstudio.emulator import ManualClock, SandboxServer, Timing


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def harness() -> Iterator[Harness]:
    clock = ManualClock()
    timing = Timing(status_schedule=((0.0, 1), (1.0, 3), (2.0, 4), (4.0, 5)))
    server = SandboxServer(
        customer_id=CUSTOMER_ID,
        customer_secret=CUSTOMER_SECRET,
        clock=clock,
        timing=timing,
        app_ids={APP_ID},
    ).start()
    try:
        yield Harness(server, clock)
    finally:
        server.stop()
