"""Agora's regional domains and the order a client falls back through them (reference §1.1).

A profile chooses a region (or a custom URL); the region gives an ordered list of base
URLs. On a failure that never reached a server (connection refused, connect timeout, DNS)
the client retries the same host once after 1 s, then moves on to the next host after 3 s,
then 6 s for each further one — the back-off the reference gives. An HTTP answer, even a
5xx, came from a server and never moves the client to another domain.

[analysis] The reference distinguishes DNS failures (try the other suffix first) from
other network failures (skip that step, go to the adjacent regional domain). Each region
here lists its own regional pair first and the other suffix after, which follows the
network-failure order; a DNS failure of one suffix still reaches the other.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Back-off before each fallback step (reference §1.1: 1 s, 3 s, 6 s).
FAILOVER_BACKOFF_S: tuple[float, ...] = (1.0, 3.0, 6.0)


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    label: str
    #: regional prefixes (``api-us-west-1``), nearest first; empty for the global hosts
    prefixes: tuple[str, ...]
    #: domain suffixes in the order to try (``sd-rtn.com`` first for Mainland China)
    suffixes: tuple[str, ...]

    def hosts(self) -> tuple[str, ...]:
        """Base URLs in fallback order."""
        if not self.prefixes:
            return tuple(f"https://api.{suffix}" for suffix in self.suffixes)
        return tuple(
            f"https://{prefix}.{suffix}" for suffix in self.suffixes for prefix in self.prefixes
        )


#: The choices of a profile (reference §1.1 regional table; Go/Python clients' "areas").
REGIONS: dict[str, Region] = {
    r.key: r
    for r in (
        # the current official base URL first (§1.1 [S1]); both serve the same API
        Region("global", "Global", (), ("sd-rtn.com", "agora.io")),
        Region(
            "na", "North America", ("api-us-west-1", "api-us-east-1"), ("agora.io", "sd-rtn.com")
        ),
        Region("eu", "Europe", ("api-eu-west-1", "api-eu-central-1"), ("agora.io", "sd-rtn.com")),
        Region(
            "ap", "Asia", ("api-ap-southeast-1", "api-ap-northeast-1"), ("agora.io", "sd-rtn.com")
        ),
        Region(
            "cn", "Mainland China", ("api-cn-east-1", "api-cn-north-1"), ("sd-rtn.com", "agora.io")
        ),
    )
}


def region_hosts(key: str) -> tuple[str, ...]:
    try:
        return REGIONS[key].hosts()
    except KeyError:
        names = ", ".join(REGIONS)
        raise ValueError(f"unknown region {key!r}; expected one of: {names}") from None


def failover_plan(hosts: tuple[str, ...] | list[str]) -> list[tuple[float, str]]:
    """(seconds to wait first, host) for every attempt: the first host twice, then each
    further host once, waiting 1 s, 3 s, then 6 s (and 6 s from then on)."""
    if not hosts:
        return []
    order = [hosts[0], hosts[0], *hosts[1:]]
    plan: list[tuple[float, str]] = [(0.0, order[0])]
    for index, host in enumerate(order[1:]):
        plan.append((FAILOVER_BACKOFF_S[min(index, len(FAILOVER_BACKOFF_S) - 1)], host))
    return plan
