"""Client-side throttle: never more than 10 requests in any one-second window (§1.3),
per account across every recstudio process (issue 10 item 9)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET

from recstudio.api.ratelimit import SharedBucket, TokenBucket, bucket_file, shared_bucket
from recstudio.emulator import SandboxServer


def _max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


def test_default_spacing_is_a_tenth_of_a_second_plus_margin(clock) -> None:
    bucket = TokenBucket(clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(25):
        bucket.acquire()
        sent.append(clock())
    assert sent[1] - sent[0] == pytest.approx(0.11, abs=0.002)
    assert _max_in_window(sent) <= 10
    assert sent[-1] - sent[0] == pytest.approx(24 * 0.11, abs=0.05)


def test_ten_intervals_leave_room_for_arrival_jitter(clock) -> None:
    """11 requests must span clearly more than a second: with 1 ms of slack (10 ms over ten
    intervals) a first request slowed by its TCP connect drew a 429, 1 in 80."""
    bucket = TokenBucket(clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(11):
        bucket.acquire()
        sent.append(clock())
    assert sent[10] - sent[0] >= 1.08


def test_burst_allows_immediate_requests_then_throttles(clock) -> None:
    bucket = TokenBucket(rate=10, burst=3, clock=clock, sleep=clock.sleep)
    waits = [bucket.acquire() for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3] == pytest.approx(0.11, abs=0.002)


def test_idle_time_does_not_bank_more_than_the_burst(clock) -> None:
    bucket = TokenBucket(rate=10, burst=2, clock=clock, sleep=clock.sleep)
    bucket.acquire()
    clock.now += 100.0
    waits = [bucket.acquire() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2] > 0


def test_thread_safe_under_real_clock() -> None:
    """Six threads on the real clock and real sleep: each of 30 acquisitions gets a slot of
    its own, one interval or more after the one before, and no caller returns before its
    slot. Checked on the slots the bucket grants, not on when each thread next ran: a loaded
    machine wakes sleepers late and bunched (1 run in 12 under load exceeded the window)."""
    reading = threading.local()

    def clock() -> float:  # called once per reservation, under the bucket's lock
        reading.now = time.monotonic()
        return reading.now

    bucket = TokenBucket(rate=50, clock=clock)
    slots: list[float] = []
    early: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            wait = bucket.acquire()
            slot = reading.now + wait
            returned = time.monotonic()
            with lock:
                slots.append(slot)
                if returned < slot - 1e-6:
                    early.append(slot - returned)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(slots) == 30
    assert early == []
    gaps = [b - a for a, b in itertools.pairwise(sorted(slots))]
    assert min(gaps) >= bucket.interval - 1e-9
    assert _max_in_window(slots, window=0.2) <= 10  # 50/s ⇒ ≤ 10 per 0.2 s


def test_rejects_nonsense(clock) -> None:
    with pytest.raises(ValueError):
        TokenBucket(rate=0)
    with pytest.raises(ValueError):
        TokenBucket(burst=0)


def test_buckets_sharing_a_file_share_one_schedule(tmp_path: Path, clock) -> None:
    path = tmp_path / "bucket.tat"
    a = SharedBucket(path, clock=clock, sleep=clock.sleep)
    b = SharedBucket(path, clock=clock, sleep=clock.sleep)
    sent = []
    for bucket in (a, b, a, b, b, a):
        bucket.acquire()
        sent.append(clock())
    gaps = [y - x for x, y in itertools.pairwise(sent)]
    assert gaps == pytest.approx([a.interval] * 5)
    a.close()
    b.close()


def test_a_stored_schedule_from_before_a_reboot_is_ignored(tmp_path: Path, clock) -> None:
    path = tmp_path / "bucket.tat"
    path.write_text(f"{clock() + 86400:.6f}\n")  # far ahead: the clock restarted since
    bucket = SharedBucket(path, clock=clock, sleep=clock.sleep)
    assert bucket.acquire() == 0.0
    path.write_text("garbage")
    assert bucket.reserve() == 0.0
    bucket.close()


@pytest.mark.parametrize("where", ["full", "blocked"])
def test_an_unusable_schedule_file_still_throttles_and_never_raises(
    tmp_path: Path, clock, where: str
) -> None:
    """Review finding: on a full disk (/dev/full answers every write with ENOSPC) or with a
    file where the folder belongs, acquire() raised OSError — 'record start' ended in a
    traceback with nothing sent. The process now keeps to the rate on its own."""
    if where == "full":
        path = Path("/dev/full")
    else:
        (tmp_path / "ratelimit").write_text("in the way")
        path = tmp_path / "ratelimit" / "bucket.tat"
    bucket = SharedBucket(path, clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(4):
        bucket.acquire()
        sent.append(clock())
    assert [y - x for x, y in itertools.pairwise(sent)] == pytest.approx([bucket.interval] * 3)
    assert str(path) in bucket.file_problem
    bucket.close()


def test_shared_bucket_lives_beside_the_ledger() -> None:
    from recstudio.api.ledger import default_ledger_path

    key = ("api.example.com", "customer-1")
    path = bucket_file(key)
    assert path.parent.parent == default_ledger_path().parent
    assert "customer-1" not in path.name
    assert shared_bucket(key) is shared_bucket(key)


_CHILD = textwrap.dedent(
    """
    import json, sys
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.errors import ApiError
    from recstudio.api.retry import RetryPolicy
    base_url, customer, secret, app_id, count, tag = sys.argv[1:7]
    client = CloudRecordingClient(base_url, customer, secret, app_id,
                                  retry_policy=RetryPolicy.never())
    print("ready", flush=True)
    sys.stdin.readline()
    limited = 0
    for i in range(int(count)):
        try:
            client.acquire(f"room-{tag}", str(1000 + i), {"scene": 0, "resourceExpiredHour": 24})
        except ApiError as error:
            if error.http_status != 429:
                raise
            limited += 1
    print(json.dumps({"limited": limited}), flush=True)
    """
)


def test_three_processes_on_one_account_stay_at_10_per_second() -> None:
    """Real processes, real HTTP: the Sandbox counts every arrival; none is refused."""
    server = SandboxServer(customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET).start()
    assert server.limiter is not None
    arrivals: list[float] = []
    refused: list[float] = []
    allow = server.limiter.allow

    def counting(customer: str) -> bool:
        ok = allow(customer)
        (arrivals if ok else refused).append(time.monotonic())
        return ok

    server.limiter.allow = counting  # type: ignore[method-assign]
    try:
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    server.base_url,
                    CUSTOMER_ID,
                    CUSTOMER_SECRET,
                    APP_ID,
                    "14",
                    str(n),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=dict(os.environ),
            )
            for n in range(3)
        ]
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        for child in children:  # all three start at once, at full speed
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, _ = child.communicate(timeout=60)
            assert child.returncode == 0
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        server.stop()
    assert [r["limited"] for r in results] == [0, 0, 0]
    assert refused == []
    assert len(arrivals) == 42
    assert _max_in_window(arrivals) <= 10
