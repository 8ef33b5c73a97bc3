"""LeetCode data: the latency of a cache hit against a miss, with the fake LeetCode as upstream.

Measured three ways: the client alone, the route in process (ASGI, memory and Redis caches), and
`leettrack serve` over loopback HTTP. Also checks the budgets of DESIGN.md section 8: a hit costs
no upstream call, and 100 concurrent identical requests cost one.

    python -m bench.leetcode_cache            # BENCH_LC_ROUNDS=5, REDIS_URL to include Redis
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import httpx
from redis.asyncio import Redis

from bench.common import base_env, leettrack_server, print_table, save
from leettrack.app import create_app
from leettrack.leetcode.client import LeetCodeClient
from leettrack.settings import Settings
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import FakeLeetCode, Fault

ROUNDS = int(os.environ.get("BENCH_LC_ROUNDS", "5"))
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
REDIS_PREFIX = "leettrack-bench-lc:"
SLUGS = [row[2] for row in data.PROBLEMS]
LC = "/api/v1/leetcode"
UNTHROTTLED = {"leetcode_rate": "1000000/1", "leetcode_max_concurrency": 8}

Sample = list[float]


def summary(samples: Sample) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
    }


async def timed(call: Callable[[], Awaitable[Any]], samples: Sample) -> Any:
    started = time.perf_counter()
    result = await call()
    samples.append((time.perf_counter() - started) * 1000)
    return result


def settings_for(fake: FakeLeetCode, tmp: str) -> Settings:
    return Settings(
        _env_file=None,
        app_env="testing",
        log_level="WARNING",
        database_url=f"sqlite:///{tmp}/bench.db",
        leetcode_graphql_url=fake.url,
        rate_limit_max_requests=100_000_000,
        rate_limit_redis_prefix=f"{REDIS_PREFIX}ratelimit",  # removed by cleanup_redis
        **UNTHROTTLED,
    )


class Counts:
    """Upstream calls the fake saw while misses, and while hits, were measured."""

    def __init__(self, fake: FakeLeetCode) -> None:
        self.fake = fake
        self.during: dict[str, int] = {"MISS": 0, "HIT": 0}

    def track(self, expected: str, since: int) -> None:
        self.during[expected] += self.fake.total_calls - since


async def client_level(settings: Settings, counts: Counts) -> tuple[Sample, Sample]:
    samples: dict[str, Sample] = {"MISS": [], "HIT": []}
    for _ in range(ROUNDS):
        client = LeetCodeClient.from_settings(settings)
        try:
            for expected in ("MISS", "HIT"):
                since = counts.fake.total_calls
                for slug in SLUGS:
                    fetched = await timed(partial(client.get_problem, slug), samples[expected])
                    assert fetched.cache == expected
                counts.track(expected, since)
        finally:
            await client.aclose()
    return samples["MISS"], samples["HIT"]


async def route_level(settings: Settings, counts: Counts) -> tuple[Sample, Sample]:
    samples: dict[str, Sample] = {"MISS": [], "HIT": []}
    for _ in range(ROUNDS):
        prefix = f"{REDIS_PREFIX}{uuid.uuid4().hex}:"
        app = create_app(settings.model_copy(update={"leetcode_redis_prefix": prefix}))
        async with app.router.lifespan_context(app), asgi_client(app) as http:
            for expected in ("MISS", "HIT"):
                since = counts.fake.total_calls
                for slug in SLUGS:
                    url = f"{LC}/problem/{slug}"
                    response = await timed(partial(http.get, url), samples[expected])
                    assert response.headers.get("X-Cache") == expected, response.text
                counts.track(expected, since)
    return samples["MISS"], samples["HIT"]


def http_level(fake: FakeLeetCode, tmp: str, counts: Counts) -> tuple[Sample, Sample]:
    env = base_env(
        f"sqlite:///{tmp}/bench-http.db",
        LEETCODE_GRAPHQL_URL=fake.url,
        LEETCODE_RATE=str(UNTHROTTLED["leetcode_rate"]),
    )
    samples: dict[str, Sample] = {"MISS": [], "HIT": []}
    with leettrack_server(env) as server, httpx.Client(base_url=server.base_url) as http:
        for expected in ("MISS", *("HIT",) * ROUNDS):
            since = fake.total_calls
            for slug in SLUGS:
                started = time.perf_counter()
                response = http.get(f"{LC}/problem/{slug}")
                samples[expected].append((time.perf_counter() - started) * 1000)
                assert response.headers["X-Cache"] == expected
            counts.track(expected, since)
    return samples["MISS"], samples["HIT"]


async def coalesced_upstream_calls(settings: Settings, fake: FakeLeetCode) -> int:
    """Upstream calls for 100 simultaneous identical requests on a cold cache."""
    fake.reset()
    fake.set_fault(Fault.SLOW, delay=0.2)  # the first is still in flight when the rest arrive
    app = create_app(settings)
    async with app.router.lifespan_context(app), asgi_client(app) as http:
        await asyncio.gather(*(http.get(f"{LC}/daily-question") for _ in range(100)))
    calls = fake.total_calls
    fake.reset()
    return calls


def asgi_client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench")


async def redis_available() -> bool:
    redis = Redis.from_url(REDIS_URL)
    try:
        return bool(await redis.ping())
    except Exception:
        return False
    finally:
        await redis.aclose()


async def cleanup_redis() -> None:
    redis = Redis.from_url(REDIS_URL)
    keys = [key async for key in redis.scan_iter(match=REDIS_PREFIX + "*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


def row(level: str, backend: str, misses: Sample, hits: Sample) -> dict[str, Any]:
    miss, hit = summary(misses), summary(hits)
    return {
        "level": level,
        "cache": backend,
        "misses": len(misses),
        "hits": len(hits),
        "miss_p50_ms": miss["p50_ms"],
        "miss_p95_ms": miss["p95_ms"],
        "hit_p50_ms": hit["p50_ms"],
        "hit_p95_ms": hit["p95_ms"],
        "miss/hit_p50": miss["p50_ms"] / hit["p50_ms"],
    }


async def measure_in_process(
    fake: FakeLeetCode, tmp: str, counts: Counts
) -> tuple[list[dict[str, Any]], int]:
    memory = settings_for(fake, tmp)
    rows = [
        row("client", "memory", *await client_level(memory, counts)),
        row("route (ASGI)", "memory", *await route_level(memory, counts)),
    ]
    if await redis_available():
        shared = memory.model_copy(update={"redis_url": REDIS_URL})
        try:
            rows.append(row("route (ASGI)", "redis", *await route_level(shared, counts)))
        finally:
            await cleanup_redis()
    return rows, await coalesced_upstream_calls(memory, fake)


def main() -> None:
    fake = FakeLeetCode().start()
    counts = Counts(fake)
    try:
        with tempfile.TemporaryDirectory(prefix="leettrack-bench-lc-") as tmp:
            rows, coalesced = asyncio.run(measure_in_process(fake, tmp, counts))
            rows.append(row("HTTP (leettrack serve)", "memory", *http_level(fake, tmp, counts)))
    finally:
        fake.stop()
    misses = sum(r["misses"] for r in rows)
    budgets = {
        "misses": misses,
        "upstream_calls_for_misses": counts.during["MISS"],
        "upstream_calls_for_hits": counts.during["HIT"],
        "upstream_calls_for_100_concurrent": coalesced,
        "met": "yes" if counts.during == {"MISS": misses, "HIT": 0} and coalesced == 1 else "NO",
    }
    print_table("LeetCode cache: a hit against a miss (fake LeetCode on loopback)", rows)
    print_table("Budgets (DESIGN.md section 8)", [budgets])
    path = save(
        "leetcode_cache",
        {"rounds": ROUNDS, "problems": len(SLUGS), "rows": rows, "budgets": budgets},
    )
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
