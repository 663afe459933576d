"""Client-side request throttle: Agora allows 10 requests per second (reference §1.3).

A token bucket (in its GCRA form: one "theoretical arrival time") shared by every call of a
client, retries included (reliability §3.4). The default burst of 1 spaces requests by
1/rate, which guarantees at most ``rate`` requests in *any* one-second window — a bucket
with a burst of 10 would let up to 19 through a sliding second, and Agora's window is not
documented. Waiting happens outside the lock, so threads queue in arrival order without
holding each other up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

SLACK_S = 0.001


class TokenBucket:
    """Blocks each caller of :meth:`acquire` until its request may go out."""

    def __init__(
        self,
        rate: float = 10.0,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self.rate = rate
        self.burst = burst
        # 1 ms of slack per request: float rounding (0.1 × 10 < 1.0) or a little network
        # jitter must not squeeze an 11th request into a server's one-second window.
        self._interval = 1.0 / rate + SLACK_S
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tat: float | None = None  # theoretical arrival time of the next request

    def reserve(self) -> float:
        """Claim the next slot; return how many seconds the caller must wait for it."""
        with self._lock:
            now = self._clock()
            tat = now if self._tat is None else max(self._tat, now)
            allowed_at = tat - (self.burst - 1) * self._interval
            self._tat = tat + self._interval
            return max(0.0, allowed_at - now)

    def acquire(self) -> float:
        """Wait until a request may be sent; return the seconds waited."""
        wait = self.reserve()
        if wait > 0:
            self._sleep(wait)
        return wait


_shared: dict[tuple[str, str], TokenBucket] = {}
_shared_lock = threading.Lock()


def shared_bucket(key: tuple[str, str]) -> TokenBucket:
    """The process-wide bucket for one (host, customer ID): Agora counts requests per
    account, so two clients of the same account (two App IDs, a connection test) must not
    get 10 requests/second each."""
    with _shared_lock:
        bucket = _shared.get(key)
        if bucket is None:
            bucket = _shared[key] = TokenBucket()
        return bucket
