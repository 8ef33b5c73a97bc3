"""`leettrack serve` on loopback, pointed at the fake LeetCode through LEETCODE_GRAPHQL_URL."""

from __future__ import annotations

import httpx
import pytest

from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import TEST_REDIS_URL, LiveServer, server_env
from tests.leetcode.conftest import LC

pytestmark = pytest.mark.slow


def test_live_server_reads_through_its_cache(
    database_url: str, fake_leetcode: FakeLeetCode
) -> None:
    server = LiveServer(server_env(database_url, LEETCODE_GRAPHQL_URL=fake_leetcode.url))
    try:
        with httpx.Client(base_url=server.base_url + LC, timeout=30) as http:
            assert http.get("/problem/two-sum").headers["X-Cache"] == "MISS"
            hit = http.get("/problem/two-sum")
            assert (hit.status_code, hit.headers["X-Cache"]) == (200, "HIT")
            assert hit.json()["data"]["title"] == "Two Sum"
            assert http.get("/user/lt_alice/contest").json()["data"]["badge"] == "Knight"
            assert http.get("/user/nobody-here").status_code == 404
            fake_leetcode.set_fault(Fault.DOWN)
            down = http.get("/problem/3sum")
            assert down.status_code == 503
            assert down.json()["error"]["code"] == "UPSTREAM_UNAVAILABLE"
            assert http.get("/problem/two-sum").headers["X-Cache"] == "HIT"
    finally:
        server.stop()
    assert fake_leetcode.calls == {"questionData": 1, "userContestRankingInfo": 1, "userProfile": 1}


@pytest.mark.redis
def test_workers_share_the_cache_through_redis(
    database_url: str, fake_leetcode: FakeLeetCode, redis_prefix: str
) -> None:
    env = server_env(
        database_url,
        LEETCODE_GRAPHQL_URL=fake_leetcode.url,
        REDIS_URL=TEST_REDIS_URL,
        LEETCODE_REDIS_PREFIX=redis_prefix,
    )
    server = LiveServer(env, workers=2)
    try:
        with httpx.Client(base_url=server.base_url + LC, timeout=30) as http:
            statuses = [http.get("/daily-question").headers["X-Cache"] for _ in range(20)]
            health = httpx.get(server.base_url + "/health/deps").json()["data"]
    finally:
        server.stop()
    assert statuses == ["MISS"] + ["HIT"] * 19
    assert fake_leetcode.calls == {"questionOfToday": 1}
    assert health["dependencies"]["leetcode_cache"]["detail"] == "cache backend: redis"
