"""The LeetCode client's metrics, and the collector that copies its counts into them."""

from __future__ import annotations

from prometheus_client import Counter

from leettrack.core.metrics import Collector, CounterMirror
from leettrack.leetcode.client import LeetCodeClient

UPSTREAM = Counter(
    "leettrack_leetcode_upstream_requests_total", "Requests sent to LeetCode's GraphQL endpoint"
)
CACHE = Counter(
    "leettrack_leetcode_cache_total",
    "LeetCode reads by outcome: hit, miss, stale (served old after an upstream failure), "
    "coalesced (joined a call already in flight)",
    ["result"],
)
ERRORS = Counter(
    "leettrack_leetcode_errors_total", "LeetCode reads that failed with no cached answer"
)


def client_collector(client: LeetCodeClient) -> Collector:
    """Reads by outcome, failures and upstream requests of this process's client."""
    mirror = CounterMirror()
    outcomes = {
        "hit": CACHE.labels(result="hit"),
        "miss": CACHE.labels(result="miss"),
        "stale": CACHE.labels(result="stale"),
        "coalesced": CACHE.labels(result="coalesced"),
    }

    def collect() -> None:
        counters = client.cache.counters
        mirror.advance(outcomes["hit"], counters.hits)
        mirror.advance(outcomes["miss"], counters.misses)
        mirror.advance(outcomes["stale"], counters.stale)
        mirror.advance(outcomes["coalesced"], counters.coalesced)
        mirror.advance(ERRORS, counters.errors)
        mirror.advance(UPSTREAM, client.transport.requests)

    return collect
