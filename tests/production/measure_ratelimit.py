"""What a rate-limit hit costs, to choose the counters (see leettrack/core/ratelimit.py):

1. in process: `limits`' MemoryStorage against LeetTrack's LocalStorage, with 10 to 50,000
   callers already counted in the window; the event loop runs between two hits, as it does
   between two requests;
2. on Redis: `limits`' FixedWindowRateLimiter as it is (`hit`, then `get_window_stats` for the
   RateLimit-* headers) against `FixedWindow.consume` (one storage call a hit).

    .venv/bin/python -m tests.production.measure_ratelimit [hits]

Prints microseconds a hit, each way measured in the same run. Part 2 needs Redis at
TEST_REDIS_URL (default redis://127.0.0.1:6379/0). Not a test: it asserts nothing.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from collections.abc import Awaitable, Callable

from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from redis.asyncio import ConnectionPool

from leettrack.core.ratelimit import FixedWindow, LocalStorage, policy
from tests.helpers import TEST_REDIS_URL

CALLERS = (10, 1_000, 10_000, 50_000)


async def per_hit(storage: Storage, callers: int, hits: int) -> float:
    for n in range(callers):
        await storage.incr(f"ip:{n}", 900)
    await asyncio.sleep(0.05)  # let a storage settle what the filling left to do
    started = time.perf_counter()
    for n in range(hits):
        await storage.incr(f"ip:{n % callers}", 900)
        await asyncio.sleep(0)  # the event loop runs between two requests
    return (time.perf_counter() - started) / hits * 1e6


async def in_process(hits: int) -> None:
    print("in process, us a hit   callers  limits MemoryStorage  LocalStorage")
    for callers in CALLERS:
        theirs = await per_hit(MemoryStorage(), callers, hits)
        ours = await per_hit(LocalStorage(), callers, hits)
        print(f"{callers:>31}  {theirs:>20.1f}  {ours:>12.1f}")


async def timed(hit: Callable[[int], Awaitable[object]], hits: int) -> float:
    started = time.perf_counter()
    for n in range(hits):
        await hit(n)
    return (time.perf_counter() - started) / hits * 1e6


async def on_redis(hits: int) -> None:
    pool = ConnectionPool.from_url(TEST_REDIS_URL)
    prefix = f"leettrack-measure:{uuid.uuid4().hex}"
    storage = RedisStorage(
        "async+redis://",
        implementation="redispy",
        key_prefix=prefix,
        connection_pool=pool,
    )
    window = FixedWindow(storage)
    item = policy("global", 10**9, 900_000)

    async def strategy(n: int) -> None:
        await window.hit(item, f"ip:{n % 100}")
        await window.get_window_stats(item, f"ip:{n % 100}")

    async def consume(n: int) -> None:
        await window.consume(item, f"ip:{n % 100}")

    try:
        print("on Redis, us a hit     hit + get_window_stats  consume")
        for _ in range(3):
            print(
                f"{'':20} {await timed(strategy, hits):>24.0f}  {await timed(consume, hits):>7.0f}"
            )
    finally:
        await storage.reset()
        await pool.disconnect()


async def main(hits: int) -> None:
    await in_process(hits)
    await on_redis(hits)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
