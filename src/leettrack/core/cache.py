"""Key-value cache stores: a bounded in-process LRU, Redis, and Redis with an in-process fallback.

Values are bytes with a time to live. With `REDIS_URL` set, replicas share one cache; if Redis
fails at run time the fallback store keeps serving from memory, logs once, and goes back to Redis
when it answers again.

`VersionedCache` keeps values in one process beside the version of the data they were made
from, for reads that take that version on every request (from the database, or from the
changes announced to every process: `leettrack.core.changes`); `per_process` keeps one such
cache on the application's state.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REDIS_ERRORS: tuple[type[Exception], ...] = (RedisError, OSError, TimeoutError)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
C = TypeVar("C")


class CacheStore(Protocol):
    @property
    def backend(self) -> str: ...

    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl: float) -> None: ...

    async def size(self) -> int: ...


class MemoryStore:
    """A bounded LRU with per-entry expiry, for one process; `clock` tells the time (seconds)."""

    backend = "memory"

    def __init__(self, max_entries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()

    async def get(self, key: str) -> bytes | None:
        item = self._entries.get(key)
        if item is None:
            return None
        expires_at, value = item
        if expires_at <= self.clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return value

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        self._entries[key] = (self.clock() + ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    async def size(self) -> int:
        return len(self._entries)


class VersionedCache(Generic[K, V]):
    """Per process, least recently used out first: values (answer bytes, serialised contents),
    each kept with the version of the data it was made from. The caller takes the version on
    every request (read in the database, or moved by announced changes) and a value is served
    only while that version is the one it was made with, and for `ttl` seconds at most: the
    backstop for what the version cannot see (a change stamped by a replica whose clock runs
    behind, an edit made outside the application)."""

    def __init__(self, ttl: float, max_entries: int) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[K, tuple[Any, float, V]] = OrderedDict()

    def get(self, key: K, version: Any) -> V | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] != version or time.monotonic() - entry[1] > self.ttl:
            return None
        self._entries.move_to_end(key)
        return entry[2]

    def put(self, key: K, version: Any, value: V) -> None:
        self._entries[key] = (version, time.monotonic(), value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


def per_process(state: Any, name: str, make: Callable[[], C]) -> C:
    """This process's `name` (a cache) on the application's `state`, made at first use."""
    found: C | None = getattr(state, name, None)
    if found is None:
        found = make()
        setattr(state, name, found)
    return found


class RedisHealth:
    """Tracks whether Redis answers; logs the transitions once, and paces reconnection attempts."""

    def __init__(self, retry_interval: float = 5.0) -> None:
        self.retry_interval = retry_interval
        self.healthy = True
        self._retry_at = 0.0

    def usable(self) -> bool:
        return self.healthy or time.monotonic() >= self._retry_at

    def failed(self, exc: BaseException) -> None:
        if self.healthy:
            logger.warning("Redis unavailable, using the in-process fallback: %s", exc)
        self.healthy = False
        self._retry_at = time.monotonic() + self.retry_interval

    def succeeded(self) -> None:
        if not self.healthy:
            logger.warning("Redis is back; shared state restored")
        self.healthy = True


class RedisStore:
    """Values under `prefix` in Redis, expiring with Redis TTLs."""

    backend = "redis"

    def __init__(self, redis: Redis[bytes], prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    async def get(self, key: str) -> bytes | None:
        value: bytes | None = await self.redis.get(self.prefix + key)
        return value

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        await self.redis.set(self.prefix + key, value, px=max(1, int(ttl * 1000)))

    async def size(self) -> int:
        count = 0
        async for _ in self.redis.scan_iter(match=self.prefix + "*", count=500):
            count += 1
        return count


class FallbackStore:
    """Redis first; on a Redis error, the in-process store (which also keeps every write)."""

    def __init__(self, primary: RedisStore, local: MemoryStore, health: RedisHealth) -> None:
        self.primary = primary
        self.local = local
        self.health = health

    @property
    def backend(self) -> str:
        return "redis" if self.health.healthy else "memory"

    async def get(self, key: str) -> bytes | None:
        if self.health.usable():
            try:
                value = await self.primary.get(key)
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
            else:
                self.health.succeeded()
                return value
        return await self.local.get(key)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        await self.local.set(key, value, ttl)
        if self.health.usable():
            try:
                await self.primary.set(key, value, ttl)
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
            else:
                self.health.succeeded()

    async def size(self) -> int:
        if self.health.usable():
            try:
                return await self.primary.size()
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
        return await self.local.size()

    async def ping(self) -> bool:
        """Probe Redis (the health check uses it, so recovery is noticed without traffic)."""
        try:
            await self.primary.redis.ping()
        except REDIS_ERRORS as exc:
            self.health.failed(exc)
            return False
        self.health.succeeded()
        return True


def redis_client(url: str, timeout: float = 1.0) -> Redis[bytes]:
    """A pooled async Redis client that fails fast, so a dead Redis never stalls a request."""
    client: Redis[bytes] = Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
    )
    return client
