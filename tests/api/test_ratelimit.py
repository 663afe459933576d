"""Client-side throttle: never more than 10 requests in any one-second window (§1.3)."""

from __future__ import annotations

import threading
import time

import pytest

from recstudio.api.ratelimit import TokenBucket


def _max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_default_spacing_is_100_ms(clock) -> None:
    bucket = TokenBucket(clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(25):
        bucket.acquire()
        sent.append(clock())
    assert sent[1] - sent[0] == pytest.approx(0.1, abs=0.002)
    assert _max_in_window(sent) <= 10
    assert sent[-1] - sent[0] == pytest.approx(2.4, abs=0.05)


def test_burst_allows_immediate_requests_then_throttles(clock) -> None:
    bucket = TokenBucket(rate=10, burst=3, clock=clock, sleep=clock.sleep)
    waits = [bucket.acquire() for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3] == pytest.approx(0.1, abs=0.005)


def test_idle_time_does_not_bank_more_than_the_burst(clock) -> None:
    bucket = TokenBucket(rate=10, burst=2, clock=clock, sleep=clock.sleep)
    bucket.acquire()
    clock.now += 100.0
    waits = [bucket.acquire() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2] > 0


def test_thread_safe_under_real_clock(clock) -> None:
    bucket = TokenBucket(rate=50)
    sent: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            bucket.acquire()
            with lock:
                sent.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sent) == 30
    assert _max_in_window(sent, window=0.2) <= 11  # 50/s ⇒ ≤ 10 per 0.2 s (+1 edge jitter)


def test_rejects_nonsense(clock) -> None:
    with pytest.raises(ValueError):
        TokenBucket(rate=0)
    with pytest.raises(ValueError):
        TokenBucket(burst=0)
