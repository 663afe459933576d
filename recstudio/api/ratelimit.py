"""Client-side request throttle: Agora allows 10 requests per second per account (§1.3).

A token bucket in its GCRA form (one "theoretical arrival time") shared by every call of
a client, retries included (reliability §3.4). The default burst of 1 spaces requests by
1/rate, which guarantees at most ``rate`` requests in *any* one-second window — a bucket
with a burst of 10 would let up to 19 through a sliding second, and Agora's window is not
documented. Waiting happens outside the lock, so threads queue in arrival order.

Agora counts per account, not per process (issue 10 item 9): the app and two CLI runs
together reached 22 requests/s. So the buckets of :func:`shared_bucket` keep their TAT in a
small file next to the ledger (:class:`SharedBucket`), read and written under
``fcntl.flock``: every recstudio process of one user on this machine draws from the same
bucket. The clock is ``time.monotonic`` (CLOCK_MONOTONIC, one clock for all processes of a
boot); a stored time that makes no sense (a reboot reset the clock) is ignored. Where
``fcntl`` is missing (Windows) the bucket is per process.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

#: Spacing margin as a share of 1/rate. Requests reach the server with jitter (a first
#: request also opens the connection, a busy machine wakes a sender late, the network
#: reorders); with 1 ms of slack 1 request in 80 drew a 429 from the Sandbox's sliding
#: window, with 5 % three processes on a loaded machine still drew one now and then.
#: 10 % leaves 100 ms over ten requests, at 9.1 requests/s.
SLACK_FRACTION = 0.10

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


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
        self._interval = (1.0 / rate) * (1.0 + SLACK_FRACTION)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tat: float | None = None  # theoretical arrival time of the next request

    @property
    def interval(self) -> float:
        """Seconds between two requests at full speed."""
        return self._interval

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

    def close(self) -> None:
        """Release what the bucket holds (nothing here; a file for :class:`SharedBucket`)."""


class SharedBucket(TokenBucket):
    """A bucket whose last grant lives in ``path`` under ``fcntl.flock``, so every process
    using the file shares one schedule (burst 1).

    Unlike the in-process GCRA it records when a request was actually let through, not the
    slot it was promised: a process that wakes late from its wait (a busy machine) checks
    again under the lock instead of sending right behind another process's request."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        rate: float = 10.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(rate, 1, clock=clock, sleep=sleep)
        self.path = Path(path)
        self._fd: int | None = None
        #: why the last request could not use the shared schedule ("" when it could)
        self.file_problem = ""

    def reserve(self) -> float:
        """Take the slot if it is free now (0.0), else return how long to wait for it."""
        with self._lock, self._file_locked() as fd:
            now = self._clock()
            last = _read_time(fd)
            if last is not None and not now - 3600.0 < last <= now + self._interval:
                last = None  # from before a reboot (the clock restarted) or garbage
            due = now if last is None else last + self._interval
            if due <= now:
                _write_time(fd, now)
                self.file_problem = ""
                return 0.0
            return due - now

    def acquire(self) -> float:
        """Wait for the shared slot. When the schedule file cannot be used (a full disk, a
        read-only folder, a file in the way) this process keeps to the rate on its own:
        a throttle must never be the reason a request — a stop — fails."""
        waited = 0.0
        while True:
            try:
                wait = self.reserve()
            except OSError as exc:
                self.file_problem = f"{self.path}: {exc.strerror or exc}"
                return waited + self._acquire_alone()
            if wait <= 0:
                return waited
            self._sleep(wait)
            waited += wait

    def _acquire_alone(self) -> float:
        wait = TokenBucket.reserve(self)
        if wait > 0:
            self._sleep(wait)
        return wait

    @contextlib.contextmanager
    def _file_locked(self) -> Iterator[int]:
        assert fcntl is not None
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            yield self._fd
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _read_time(fd: int) -> float | None:
    """The stored grant time; None for an empty (new) or unreadable file."""
    try:
        value = float(os.pread(fd, 64, 0).decode("ascii").strip())
    except (ValueError, UnicodeDecodeError):
        return None
    return value if math.isfinite(value) else None


def _write_time(fd: int, value: float) -> None:
    data = f"{value:.6f}\n".encode("ascii")
    os.pwrite(fd, data, 0)
    os.ftruncate(fd, len(data))


_shared: dict[tuple[str, str], TokenBucket] = {}
_shared_lock = threading.Lock()


def bucket_file(key: tuple[str, str]) -> Path:
    """Where the bucket of one (host, customer ID) keeps its schedule: beside the ledger,
    named by a hash (a customer ID is no secret, but it need not sit in a file name)."""
    from recstudio.settings.paths import data_dir

    digest = hashlib.sha256("\0".join(key).encode()).hexdigest()[:24]
    return Path(data_dir()) / "ratelimit" / f"{digest}.tat"


def shared_bucket(key: tuple[str, str]) -> TokenBucket:
    """The bucket for one (host, customer ID), shared by every client in this process and
    (through :func:`bucket_file`) by every recstudio process of this user: Agora counts
    requests per account, so two clients of one account must not get 10/s each."""
    with _shared_lock:
        bucket = _shared.get(key)
        if bucket is None:
            bucket = _shared[key] = (
                SharedBucket(bucket_file(key)) if fcntl is not None else TokenBucket()
            )
        return bucket
