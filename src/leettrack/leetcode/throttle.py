"""Self-throttling for calls to LeetCode: bounded concurrency, a request rate, and cool-downs.

The rate is a sliding window (`rate` requests per `per` seconds). With Redis it is shared by every
replica (a sorted set updated by one Lua script, on Redis' clock); without Redis, or while Redis
is down, each process keeps its own window. A 429 from LeetCode blocks everyone for Retry-After.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol

from redis.asyncio import Redis

from leettrack.core.cache import REDIS_ERRORS, RedisHealth
from leettrack.core.errors import UpstreamUnavailable

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*s?\s*$")


def parse_rate(value: str) -> tuple[int, float]:
    """`"20/10"` (20 requests per 10 seconds) -> (20, 10.0)."""
    match = _RATE.match(value)
    if not match or int(match.group(1)) < 1 or float(match.group(2)) <= 0:
        raise ValueError(f"not a rate: {value!r} (use requests/seconds, e.g. 20/10)")
    return int(match.group(1)), float(match.group(2))


class RateWindow(Protocol):
    async def acquire(self) -> float:
        """Take a slot and return 0, or return the seconds to wait before asking again."""

    async def block(self, seconds: float) -> None:
        """Refuse every slot for `seconds` (LeetCode said 429)."""


class LocalWindow:
    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._granted: deque[float] = deque()
        self._blocked_until = 0.0

    async def acquire(self) -> float:
        now = time.monotonic()
        if now < self._blocked_until:
            return self._blocked_until - now
        while self._granted and self._granted[0] <= now - self.per:
            self._granted.popleft()
        if len(self._granted) < self.rate:
            self._granted.append(now)
            return 0.0
        return self._granted[0] + self.per - now

    async def block(self, seconds: float) -> None:
        self._blocked_until = max(self._blocked_until, time.monotonic() + seconds)


# KEYS: window (sorted set), block flag. ARGV: rate, window in ms, a unique member.
# Returns 0 when a slot was taken, else the milliseconds to wait.
_ACQUIRE = """
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""


class RedisWindow:
    """The window shared through Redis; falls back to a local one while Redis is unreachable."""

    def __init__(
        self, redis: Redis[bytes], prefix: str, rate: int, per: float, health: RedisHealth
    ) -> None:
        self.redis = redis
        self.keys = [f"{prefix}throttle:window", f"{prefix}throttle:blocked"]
        self.rate = rate
        self.per_ms = max(1, int(per * 1000))
        self.health = health
        self.local = LocalWindow(rate, per)
        self._script = redis.register_script(_ACQUIRE)

    async def acquire(self) -> float:
        if self.health.usable():
            try:
                wait_ms = await self._script(
                    keys=self.keys, args=[self.rate, self.per_ms, uuid.uuid4().hex]
                )
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
            else:
                self.health.succeeded()
                return int(wait_ms) / 1000
        return await self.local.acquire()

    async def block(self, seconds: float) -> None:
        await self.local.block(seconds)
        if self.health.usable():
            try:
                await self.redis.set(self.keys[1], b"1", px=max(1, int(seconds * 1000)))
            except REDIS_ERRORS as exc:
                self.health.failed(exc)


class Throttle:
    """At most `max_concurrency` calls in flight, and no more than the window allows."""

    def __init__(self, window: RateWindow, max_concurrency: int) -> None:
        self.window = window
        self._semaphore = asyncio.Semaphore(max_concurrency)

    @asynccontextmanager
    async def slot(self, deadline: float) -> AsyncIterator[None]:
        """Hold a slot for one upstream call; give up (503) if none frees before `deadline`."""
        try:
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                await self._semaphore.acquire()
        except TimeoutError:
            raise UpstreamUnavailable("Too many LeetCode requests in flight; try again") from None
        try:
            while (wait := await self.window.acquire()) > 0:
                if time.monotonic() + wait > deadline:
                    raise UpstreamUnavailable(
                        "LeetCode request budget exhausted; try again later", retry_after=wait
                    )
                await asyncio.sleep(wait)
            yield
        finally:
            self._semaphore.release()

    async def block(self, seconds: float) -> None:
        await self.window.block(seconds)
