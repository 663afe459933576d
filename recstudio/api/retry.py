"""When to repeat a Cloud Recording call, and how long to wait first.

Agora's guidance differs per endpoint (reference §7.1, §9.2; reliability §3.3): a lost
``start`` is the one dangerous case (a recorder may bill with no sid to stop it), so start
only ever repeats the *same* request (same resourceId) and the decision to acquire again
belongs to :class:`~recstudio.api.runner.RecordingRunner`, which can see the whole picture.
The policy is data (tuples of seconds) so tests assert the exact schedule with a fake sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from recstudio.api.errors import ApiError

T = TypeVar("T")

Delays = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Back-off schedules (seconds before each retry); an empty tuple means "never retry"."""

    #: HTTP 429 "API rate limit exceeded", any endpoint (§7.1).
    rate_limited: Delays = (1.0, 3.0, 6.0)
    #: code 65 "request not completed": same request after 3 s, 6 s (§7.1).
    not_completed: Delays = (3.0, 6.0)
    #: acquire 5xx (500/501/504), code 62 and network errors: harmless to repeat — an unused
    #: resourceId just expires (reliability §3.3).
    acquire: Delays = (1.0, 3.0, 6.0)
    #: start 50x / code 62 / lost answers: same parameters, 3, 6, 9 s (§9.2).
    start: Delays = (3.0, 6.0, 9.0)
    #: query 5xx / code 62 / network: unknown state, keep asking (§9.2: 5/10/15 s).
    query: Delays = (5.0, 10.0, 15.0)
    #: query 404 while confirming a start or after HA failover (§9.2, §9.3).
    query_not_found: Delays = (5.0, 10.0, 15.0)
    #: update / updateLayout 5xx / code 62 / network: they set full state, so repeating is
    #: safe (reliability §3.3).
    update: Delays = (3.0, 6.0)
    #: stop 5xx / code 62 / network (a repeated stop answers 49, which counts as stopped).
    stop: Delays = (3.0, 6.0, 9.0)
    #: NCS IP list (GET, no side effects).
    ncs_ip: Delays = (1.0, 3.0, 6.0)

    @classmethod
    def never(cls) -> RetryPolicy:
        """No retries at all (a "send once" button, or tests of a single answer)."""
        return cls((), (), (), (), (), (), (), (), ())

    def delays_for(self, endpoint: str, error: ApiError, *, confirming: bool = False) -> Delays:
        """The schedule that applies to ``error`` on ``endpoint`` (empty: do not retry)."""
        return self.schedule(endpoint, error, confirming=confirming)[1]

    def schedule(
        self, endpoint: str, error: ApiError, *, confirming: bool = False
    ) -> tuple[str, Delays]:
        """(name of the schedule, its delays); the name keys the retry count."""
        if error.http_status == 429:
            return "rate_limited", self.rate_limited
        if error.code == 65:
            return "not_completed", self.not_completed
        if endpoint == "query" and error.http_status == 404 and error.code == 404:
            return ("query_not_found", self.query_not_found) if confirming else ("none", ())
        if error.is_network and not error.retryable:
            return "none", ()  # a refused certificate: repeating the handshake cannot help
        transient = (
            error.is_network
            or error.code == 62
            or (error.http_status is not None and error.http_status >= 500)
        )
        if not transient:
            return "none", ()
        name = "update" if endpoint in ("update", "updateLayout") else endpoint
        if name not in ("acquire", "start", "query", "update", "stop", "ncs_ip"):
            return "none", ()
        return name, getattr(self, name)


def run_with_retry(
    call: Callable[[], T],
    endpoint: str,
    policy: RetryPolicy,
    sleep: Callable[[float], None],
    *,
    confirming: bool = False,
    on_retry: Callable[[ApiError, float, int], None] | None = None,
) -> T:
    """Call ``call`` until it succeeds or the schedule for its latest error runs out.

    The schedule is chosen per error: an answer that switches from 65 to 429 follows the
    429 schedule from where that error kind's count stands, so neither can loop forever.
    """
    used: dict[str, int] = {}
    maybe_executed = answer_lost = False
    while True:
        try:
            return call()
        except ApiError as error:
            maybe_executed = maybe_executed or error.may_have_executed
            answer_lost = answer_lost or error.answer_lost
            error.maybe_executed = maybe_executed
            error.answer_lost = answer_lost
            name, delays = policy.schedule(endpoint, error, confirming=confirming)
            n = used.get(name, 0)
            if n >= len(delays):
                raise
            used[name] = n + 1
            if on_retry is not None:
                on_retry(error, delays[n], n + 1)
            sleep(delays[n])
