"""Two API processes on different ports, sharing one PostgreSQL and one Redis, behave as one
service: sign-outs, rate-limit counters and cached LeetCode answers are shared."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.fakes.leetcode_server import FakeLeetCode
from tests.helpers import (
    PASSWORD,
    empty_postgres_database,
    live_replicas,
    redis_namespace,
    server_env,
)
from tests.production.conftest import REDIS_URL

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]

LIMIT = 20


@pytest.fixture(scope="module")
def replicas(
    migrated_postgres: str, fake_leetcode_server: FakeLeetCode
) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """One pair for the module (starting servers is most of its cost): each test keeps to data
    of its own, and the rate-limit test to a client address of its own."""
    empty_postgres_database(migrated_postgres)
    with redis_namespace() as prefix:
        env = server_env(
            migrated_postgres,
            REDIS_URL=REDIS_URL,
            RATE_LIMIT_REDIS_PREFIX=prefix,
            LEETCODE_REDIS_PREFIX=prefix,
            LEETCODE_GRAPHQL_URL=fake_leetcode_server.url,
            RATE_LIMIT_MAX_REQUESTS=str(LIMIT),
        )
        with live_replicas(env) as (one, two):
            yield one, two


def test_a_token_signed_out_on_one_replica_is_refused_by_the_other(replicas):
    one, two = replicas
    account = {"username": "replicated", "email": "replicated@example.com", "password": PASSWORD}
    tokens = one.post("/api/v1/auth/register", json=account).json()["data"]
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert two.get("/api/v1/auth/me", headers=auth).status_code == 200
    assert one.post("/api/v1/auth/logout", headers=auth).status_code == 200
    refused = two.get("/api/v1/auth/me", headers=auth)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "UNAUTHORIZED"
    spent = two.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert spent.status_code == 401


def test_rate_limit_counters_are_shared(replicas):
    one, two = replicas
    # A client address of this test's own, forwarded as a load balancer would (the servers trust
    # X-Forwarded-For from loopback): the module's other tests keep theirs.
    client = {"X-Forwarded-For": "203.0.113.7"}
    remaining = [
        int(server.get("/api/v1/ping", headers=client).headers["RateLimit-Remaining"])
        for server in (one, two, one, two)
    ]
    assert remaining == [LIMIT - 1 - n for n in range(4)]
    allowed = 4
    for n in range(2 * LIMIT):
        response = (one, two)[n % 2].get("/api/v1/ping", headers=client)
        if response.status_code == 429:
            break
        allowed += 1
    assert allowed == LIMIT
    for server in (one, two):
        refused = server.get("/api/v1/ping", headers=client)
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "RATE_LIMITED"
        assert int(refused.headers["Retry-After"]) >= 1
    deps = one.get("/health/deps").json()["data"]["dependencies"]
    assert deps["rate_limit"]["detail"] == "rate-limit counters: redis"


def test_a_leetcode_answer_cached_by_one_replica_is_a_hit_on_the_other(replicas, fake_leetcode):
    one, two = replicas
    first = one.get("/api/v1/leetcode/problem/two-sum")
    assert (first.status_code, first.headers["X-Cache"]) == (200, "MISS")
    second = two.get("/api/v1/leetcode/problem/two-sum")
    assert (second.status_code, second.headers["X-Cache"]) == (200, "HIT")
    assert second.json()["data"] == first.json()["data"]
    assert fake_leetcode.calls == {"questionData": 1}
