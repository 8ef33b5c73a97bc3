"""The LeetCode response cache: per-kind freshness, stale-if-error, and request coalescing.

An entry is fresh for its kind's TTL and is kept `stale_ttl` longer, to be served (as STALE) when
LeetCode fails. Concurrent misses for one key in a process share a single upstream call.
Entries are stored as `<stored-at> <ttl>\\n<json>` so that any replica can judge their age: the
clock is the wall clock (`time.time`) by default, the same on every replica.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, NamedTuple, TypeVar

from pydantic import TypeAdapter, ValidationError

from leettrack.core.cache import CacheStore
from leettrack.core.errors import AppError, UpstreamError, UpstreamUnavailable
from leettrack.leetcode.schemas import CacheStatus

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Fetched(Generic[T]):
    """A value and how it was served: HIT (fresh cache), MISS (LeetCode), STALE (old cache)."""

    data: T
    cache: CacheStatus


@dataclass(slots=True)
class CacheCounters:
    hits: int = 0
    misses: int = 0
    stale: int = 0
    errors: int = 0
    coalesced: int = 0  # requests that joined an upstream call already in flight


class _Entry(NamedTuple, Generic[T]):
    value: T
    fresh: bool


class ResponseCache:
    def __init__(
        self, store: CacheStore, stale_ttl: float, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.stale_ttl = stale_ttl
        self.clock = clock
        self.counters = CacheCounters()
        self._inflight: dict[str, asyncio.Future[Any]] = {}

    async def fetch(
        self,
        key: str,
        ttl: float,
        adapter: TypeAdapter[T],
        load: Callable[[], Awaitable[T]],
        *,
        refresh: bool = False,
    ) -> Fetched[T]:
        """The cached value if fresh (unless `refresh`), else `load()`'s, shared by concurrent
        callers; if `load()` fails upstream and an older entry exists, that entry."""
        cached = await self._read(key, adapter)
        if cached is not None and cached.fresh and not refresh:
            self.counters.hits += 1
            return Fetched(cached.value, "HIT")
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.ensure_future(self._load(key, ttl, adapter, load, cached))
            self._inflight[key] = task
            task.add_done_callback(partial(self._forget, key))
        else:
            self.counters.coalesced += 1
        try:
            # shielded: a caller that goes away does not cancel the call others wait for
            fetched: Fetched[T] = await asyncio.shield(task)
        except AppError:
            self.counters.errors += 1
            raise
        if fetched.cache == "STALE":
            self.counters.stale += 1
        else:
            self.counters.misses += 1
        return fetched

    async def _load(
        self,
        key: str,
        ttl: float,
        adapter: TypeAdapter[T],
        load: Callable[[], Awaitable[T]],
        fallback: _Entry[T] | None,
    ) -> Fetched[T]:
        try:
            value = await load()
        except (UpstreamUnavailable, UpstreamError) as exc:
            if fallback is None:
                raise
            logger.warning("serving a stale %s because LeetCode failed: %s", key, exc.message)
            return Fetched(fallback.value, "STALE")
        entry = f"{self.clock():.3f} {ttl}\n".encode() + adapter.dump_json(value)
        await self.store.set(key, entry, ttl + self.stale_ttl)
        return Fetched(value, "MISS")

    def _forget(self, key: str, task: asyncio.Future[Any]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]
        if not task.cancelled():
            task.exception()  # retrieved here, so a failure nobody awaited is not reported

    async def _read(self, key: str, adapter: TypeAdapter[T]) -> _Entry[T] | None:
        raw = await self.store.get(key)
        if raw is None:
            return None
        try:
            header, body = raw.split(b"\n", 1)
            stored_at, ttl = (float(part) for part in header.split())
            value = adapter.validate_json(body)
        except (ValueError, ValidationError):
            logger.warning("dropping an unreadable cache entry %s", key)
            return None
        return _Entry(value, self.clock() - stored_at < ttl)
