"""Caching: hits cost no upstream call, TTLs per kind, coalescing, stale-if-error, the LRU bound."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from leettrack.leetcode.cache import Fetched
from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import ManualClock
from tests.leetcode.conftest import LC, MakeInstance

# (cache kind, route, the GraphQL operation behind it)
ROUTES = [
    ("daily", "/daily-question", "questionOfToday"),
    ("problem", "/problem/two-sum", "questionData"),
    ("problems", "/problems?difficulty=easy&limit=10", "problemsetQuestionList"),
    ("profile", "/user/lt_alice", "userProfile"),
    ("profile", "/user/lt_alice/calendar?year=2025", "userProfileCalendar"),
    ("profile", "/user/lt_alice/submissions?limit=3", "recentAcSubmissions"),
    ("profile", "/user/lt_alice/contest", "userContestRankingInfo"),
]
KINDS = ("daily", "problem", "problems", "profile")


@pytest.mark.parametrize(("kind", "path", "operation"), ROUTES)
async def test_second_call_is_a_hit_without_upstream_call(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode, kind: str, path: str, operation: str
) -> None:
    first = await client.get(LC + path)
    second = await client.get(LC + path)
    assert (first.status_code, second.status_code) == (200, 200)
    assert first.headers["X-Cache"] == "MISS"
    assert second.headers["X-Cache"] == "HIT"
    assert second.json() == first.json()
    assert fake_leetcode.calls == {operation: 1}


@pytest.mark.parametrize("expiring", KINDS)
async def test_each_kind_has_its_own_ttl(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, clock: ManualClock, expiring: str
) -> None:
    """Only the kind whose TTL is short goes back to LeetCode after it."""
    ttls = {f"leetcode_cache_ttl_{kind}": 0.4 if kind == expiring else 3600 for kind in KINDS}
    instance = await make_instance(**ttls)
    for _, path, _ in ROUTES:
        assert (await instance.http.get(LC + path)).headers["X-Cache"] == "MISS"
    clock.advance(0.5)
    for kind, path, _ in ROUTES:
        expected = "MISS" if kind == expiring else "HIT"
        assert (await instance.http.get(LC + path)).headers["X-Cache"] == expected, path
    expected_calls = len(ROUTES) + sum(kind == expiring for kind, _, _ in ROUTES)
    assert fake_leetcode.total_calls == expected_calls


async def test_concurrent_identical_misses_cost_one_upstream_call(
    client: httpx.AsyncClient, app: object, fake_leetcode: FakeLeetCode
) -> None:
    fake_leetcode.set_fault(Fault.SLOW, delay=0.2)  # all 100 arrive while the first is in flight
    responses = await asyncio.gather(*(client.get(f"{LC}/problem/two-sum") for _ in range(100)))
    assert {r.status_code for r in responses} == {200}
    assert {r.headers["X-Cache"] for r in responses} == {"MISS"}
    assert fake_leetcode.calls == {"questionData": 1}
    stats = await app.state.leetcode.stats()  # type: ignore[attr-defined]
    assert (stats.misses, stats.coalesced, stats.upstream_requests) == (100, 99, 1)


async def test_concurrent_identical_failures_cost_one_upstream_sequence(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode
) -> None:
    fake_leetcode.set_fault(Fault.SERVER_ERROR, status=503)
    responses = await asyncio.gather(*(client.get(f"{LC}/user/lt_alice") for _ in range(50)))
    assert {r.status_code for r in responses} == {503}
    assert fake_leetcode.calls == {"userProfile": 3}  # one call and its two retries


async def test_a_caller_that_leaves_does_not_cancel_the_shared_call(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    leetcode = (await make_instance()).leetcode
    fake_leetcode.set_fault(Fault.SLOW, delay=0.3)
    leaving = asyncio.create_task(leetcode.get_problem("3sum"))
    await asyncio.sleep(0.05)
    staying = asyncio.create_task(leetcode.get_problem("3sum"))
    await asyncio.sleep(0.05)
    leaving.cancel()
    fetched = await staying
    assert fetched.data.title == "3Sum"
    assert fake_leetcode.calls == {"questionData": 1}
    assert (await leetcode.get_problem("3sum")).cache == "HIT"


@pytest.mark.parametrize(
    "fault",
    [
        {"mode": Fault.DOWN},
        {"mode": Fault.SERVER_ERROR, "status": 502},
        {"mode": Fault.RATE_LIMITED, "retry_after": 30},
        {"mode": Fault.CHALLENGE},
        {"mode": Fault.GARBAGE},
        {"mode": Fault.SLOW, "delay": 5},
    ],
    ids=lambda fault: str(fault["mode"]),
)
async def test_stale_entry_served_when_leetcode_fails(
    make_instance: MakeInstance,
    fake_leetcode: FakeLeetCode,
    clock: ManualClock,
    fault: dict[str, object],
) -> None:
    instance = await make_instance(leetcode_cache_ttl_problem=0.3, leetcode_timeout=0.3)
    fresh = await instance.http.get(f"{LC}/problem/two-sum")
    clock.advance(0.4)
    fake_leetcode.set_fault(**fault)  # type: ignore[arg-type]
    stale = await instance.http.get(f"{LC}/problem/two-sum")
    assert stale.status_code == 200
    assert stale.headers["X-Cache"] == "STALE"
    assert stale.json() == fresh.json()
    fake_leetcode.clear_faults()
    again = await instance.http.get(f"{LC}/problem/two-sum")
    # refreshed as soon as LeetCode answers, except during the pause it asked for
    expected = "STALE" if fault["mode"] in (Fault.RATE_LIMITED, Fault.CHALLENGE) else "MISS"
    assert again.headers["X-Cache"] == expected


async def test_stale_window_is_bounded(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, clock: ManualClock
) -> None:
    instance = await make_instance(leetcode_cache_ttl_problem=0.3, leetcode_cache_stale_ttl=0.2)
    assert (await instance.http.get(f"{LC}/problem/two-sum")).status_code == 200
    clock.advance(0.6)  # past the TTL and the stale window
    fake_leetcode.set_fault(Fault.DOWN)
    response = await instance.http.get(f"{LC}/problem/two-sum")
    assert response.status_code == 503
    assert response.headers["X-Cache"] == "MISS"


async def test_memory_cache_is_a_bounded_lru(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(leetcode_cache_max_entries=2)
    for slug in ("two-sum", "3sum", "two-sum", "lru-cache"):  # 3sum is the least recently used
        await instance.http.get(f"{LC}/problem/{slug}")
    assert (await instance.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "HIT"
    assert (await instance.http.get(f"{LC}/problem/3sum")).headers["X-Cache"] == "MISS"
    stats = await instance.leetcode.stats()
    assert stats.size == 2
    assert stats.backend == "memory"


async def test_refresh_skips_a_fresh_entry(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    leetcode = (await make_instance()).leetcode
    first = await leetcode.recent_ac_submissions("lt_alice", 5)
    assert len(first.data) == 5
    assert (await leetcode.recent_ac_submissions("lt_alice", 2)).cache == "HIT"
    refreshed = await leetcode.recent_ac_submissions("lt_alice", 2, refresh=True)
    assert refreshed == Fetched(first.data[:2], "MISS")
    assert fake_leetcode.calls == {"recentAcSubmissions": 2}


async def test_stats_count_what_was_served(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance()
    await instance.http.get(f"{LC}/problem/two-sum")
    await instance.http.get(f"{LC}/problem/two-sum")
    await instance.http.get(f"{LC}/problem/does-not-exist")
    stats = (await instance.leetcode.stats()).model_dump()
    assert stats == {
        "backend": "memory",
        "healthy": True,
        "size": 1,
        "hits": 1,
        "misses": 1,
        "stale": 0,
        "errors": 1,
        "coalesced": 0,
        "upstream_requests": 2,
    }
