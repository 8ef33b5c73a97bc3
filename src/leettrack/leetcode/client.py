"""The LeetCode client every part of LeetTrack uses: cached, coalesced, throttled GraphQL calls.

One instance per process (`app.state.leetcode`, or `LeetCodeClient.from_settings` in a command).
Every method returns `Fetched(data, cache)` and raises `NotFound` (404), `UpstreamError` (502) or
`UpstreamUnavailable` (503), or `ValidationFailed` (422) for a malformed username or slug.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, partial
from typing import Any, TypeVar

from pydantic import TypeAdapter
from redis.asyncio import Redis

from leettrack.core.cache import (
    CacheStore,
    FallbackStore,
    MemoryStore,
    RedisHealth,
    RedisStore,
    redis_client,
)
from leettrack.core.errors import UpstreamError, ValidationFailed
from leettrack.leetcode import normalize, queries
from leettrack.leetcode.cache import Fetched, ResponseCache
from leettrack.leetcode.schemas import (
    SLUG_PATTERN,
    USERNAME_PATTERN,
    AcSubmission,
    CacheStats,
    ContestProfile,
    DailyQuestion,
    DifficultyFilter,
    ProblemPage,
    Question,
    UserCalendar,
    UserProfile,
)
from leettrack.leetcode.throttle import LocalWindow, RateWindow, RedisWindow, Throttle, parse_rate
from leettrack.leetcode.transport import GraphQLTransport
from leettrack.settings import Settings

T = TypeVar("T")

MAX_PROBLEMS_PAGE = 100
MAX_RECENT_SUBMISSIONS = 20  # LeetCode's own cap
PROFILE_RECENT_SUBMISSIONS = 10
CACHE_FORMAT = "v1:"  # bump when a cached schema changes shape


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


@dataclass(frozen=True, slots=True)
class CacheTTLs:
    daily: float
    profile: float
    problems: float
    problem: float


class LeetCodeClient:
    def __init__(
        self,
        transport: GraphQLTransport,
        cache: ResponseCache,
        ttls: CacheTTLs,
        redis: Redis[bytes] | None = None,
        problem_list: queries.Operation = queries.PROBLEM_LIST,
    ) -> None:
        self.transport = transport
        self.cache = cache
        self.ttls = ttls
        self.problem_list = problem_list
        self._redis = redis

    @classmethod
    def from_settings(cls, settings: Settings) -> LeetCodeClient:
        rate, per = parse_rate(settings.leetcode_rate)
        local = MemoryStore(settings.leetcode_cache_max_entries)
        store: CacheStore = local
        window: RateWindow = LocalWindow(rate, per)
        redis = None
        if settings.redis_url:
            redis = redis_client(settings.redis_url)
            health = RedisHealth()
            prefix = settings.leetcode_redis_prefix
            store = FallbackStore(RedisStore(redis, prefix + "cache:"), local, health)
            window = RedisWindow(redis, prefix, rate, per, health)
        transport = GraphQLTransport(
            settings.leetcode_graphql_url,
            timeout=settings.leetcode_timeout,
            throttle=Throttle(window, settings.leetcode_max_concurrency),
        )
        ttls = CacheTTLs(
            daily=settings.leetcode_cache_ttl_daily,
            profile=settings.leetcode_cache_ttl_profile,
            problems=settings.leetcode_cache_ttl_problems,
            problem=settings.leetcode_cache_ttl_problem,
        )
        cache = ResponseCache(store, settings.leetcode_cache_stale_ttl)
        problem_list = queries.PROBLEM_LISTS[settings.leetcode_problem_list]
        return cls(transport, cache, ttls, redis, problem_list)

    async def aclose(self) -> None:
        await self.transport.aclose()
        if self._redis is not None:
            await self._redis.aclose()  # type: ignore[attr-defined]  # stubs predate aclose

    # --- problems ---------------------------------------------------------------------------

    async def daily(self) -> Fetched[DailyQuestion]:
        """Today's question (keyed by the UTC date, so a new day is never served yesterday's)."""
        today = datetime.now(UTC).date().isoformat()
        return await self._fetch(
            f"daily:{today}",
            self.ttls.daily,
            DailyQuestion,
            queries.DAILY_QUESTION,
            {},
            normalize.daily_question,
        )

    async def get_problem(self, slug: str) -> Fetched[Question]:
        _check(slug, SLUG_PATTERN, "slug")
        return await self._fetch(
            f"problem:{slug}",
            self.ttls.problem,
            Question,
            queries.QUESTION,
            {"titleSlug": slug},
            lambda data: normalize.question(data, slug),
        )

    async def list_problems(
        self,
        *,
        difficulty: DifficultyFilter | None = None,
        tags: Sequence[str] = (),
        search: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Fetched[ProblemPage]:
        """A page of LeetCode's problem list; `total` counts every match of the filters."""
        if not 1 <= limit <= MAX_PROBLEMS_PAGE or offset < 0:
            raise ValidationFailed(f"limit must be 1..{MAX_PROBLEMS_PAGE} and offset >= 0")
        for tag in tags:
            _check(tag, SLUG_PATTERN, "tag")
        keyword = search.strip() if search else ""
        variables: dict[str, Any] = {"categorySlug": "", "limit": limit, "skip": offset}
        v2 = self.problem_list is queries.PROBLEM_LIST_V2
        if v2:
            variables |= {"searchKeyword": keyword, "filters": _filters_v2(difficulty, tags)}
        else:
            variables["filters"] = _filters(difficulty, tags, keyword)
        key = json.dumps([self.problem_list.name, variables], sort_keys=True).encode()
        return await self._fetch(
            f"problems:{hashlib.sha256(key).hexdigest()[:32]}",
            self.ttls.problems,
            ProblemPage,
            self.problem_list,
            variables,
            partial(normalize.problem_page, rate_scale=100.0 if v2 else 1.0),
        )

    # --- users ------------------------------------------------------------------------------

    async def user_profile(self, username: str) -> Fetched[UserProfile]:
        _check(username, USERNAME_PATTERN, "username")
        return await self._fetch(
            f"profile:{username}",
            self.ttls.profile,
            UserProfile,
            queries.USER_PROFILE,
            {"username": username, "recentLimit": PROFILE_RECENT_SUBMISSIONS},
            lambda data: normalize.user_profile(data, username),
        )

    async def user_calendar(self, username: str, year: int | None = None) -> Fetched[UserCalendar]:
        """Submissions per day for `year`, or for the last twelve months when None."""
        _check(username, USERNAME_PATTERN, "username")
        return await self._fetch(
            f"calendar:{username}:{year or 'recent'}",
            self.ttls.profile,
            UserCalendar,
            queries.USER_CALENDAR,
            {"username": username, "year": year},
            lambda data: normalize.user_calendar(data, username, year),
        )

    async def recent_ac_submissions(
        self, username: str, limit: int = MAX_RECENT_SUBMISSIONS, *, refresh: bool = False
    ) -> Fetched[list[AcSubmission]]:
        """The latest accepted submissions, newest first (LeetCode keeps the last 20).

        `refresh=True` skips a fresh cache entry (a sync the user asked for), still coalesced.
        """
        _check(username, USERNAME_PATTERN, "username")
        if not 1 <= limit <= MAX_RECENT_SUBMISSIONS:
            raise ValidationFailed(f"limit must be 1..{MAX_RECENT_SUBMISSIONS}")
        fetched = await self._fetch(
            f"submissions:{username}",
            self.ttls.profile,
            list[AcSubmission],
            queries.RECENT_AC_SUBMISSIONS,
            {"username": username, "limit": MAX_RECENT_SUBMISSIONS},
            lambda data: normalize.recent_ac_submissions(data, username),
            refresh=refresh,
        )
        return Fetched(fetched.data[:limit], fetched.cache)

    async def user_contest(self, username: str) -> Fetched[ContestProfile]:
        _check(username, USERNAME_PATTERN, "username")
        return await self._fetch(
            f"contest:{username}",
            self.ttls.profile,
            ContestProfile,
            queries.USER_CONTEST,
            {"username": username},
            lambda data: normalize.contest_profile(data, username),
        )

    # --- state ------------------------------------------------------------------------------

    @property
    def backend(self) -> str:
        return self.cache.store.backend

    @property
    def healthy(self) -> bool:
        """False while Redis is configured but unreachable (the in-process cache serves)."""
        return self.backend == "redis" or self._redis is None

    async def stats(self) -> CacheStats:
        counters = self.cache.counters
        return CacheStats(
            backend=self.backend,
            healthy=self.healthy,
            size=await self.cache.store.size(),
            hits=counters.hits,
            misses=counters.misses,
            stale=counters.stale,
            errors=counters.errors,
            coalesced=counters.coalesced,
            upstream_requests=self.transport.requests,
        )

    async def health_check(self) -> dict[str, Any]:
        """For /health/deps: the cache backend, probing Redis when it is configured."""
        store = self.cache.store
        if isinstance(store, FallbackStore) and not await store.ping():
            return {"status": "degraded", "detail": "Redis unreachable; in-process cache serves"}
        return {"status": "ok", "detail": f"cache backend: {self.backend}"}

    async def _fetch(
        self,
        key: str,
        ttl: float,
        kind: Any,
        operation: queries.Operation,
        variables: dict[str, Any],
        parse: Callable[[dict[str, Any]], T],
        *,
        refresh: bool = False,
    ) -> Fetched[T]:
        async def load() -> T:
            data = await self.transport.execute(operation, variables)
            try:
                return parse(data)
            except (ValueError, TypeError, KeyError, OverflowError, OSError) as exc:
                # values the shape checks let through but cannot be converted (a year 30000...)
                raise UpstreamError(f"LeetCode's {operation.name} answer is malformed") from exc

        return await self.cache.fetch(
            CACHE_FORMAT + key, ttl, _adapter(kind), load, refresh=refresh
        )


def _filters(
    difficulty: DifficultyFilter | None, tags: Sequence[str], keyword: str
) -> dict[str, Any]:
    """questionList's filters: plain strings."""
    filters: dict[str, Any] = {}
    if difficulty:
        filters["difficulty"] = difficulty.upper()
    if tags:
        filters["tags"] = sorted(set(tags))
    if keyword:
        filters["searchKeywords"] = keyword
    return filters


def _filters_v2(difficulty: DifficultyFilter | None, tags: Sequence[str]) -> dict[str, Any]:
    """problemsetQuestionListV2's filters: one object per criterion, all of them to match."""
    filters: dict[str, Any] = {"filterCombineType": "ALL"}
    if difficulty:
        filters["difficultyFilter"] = {"difficulties": [difficulty.upper()], "operator": "IS"}
    if tags:
        filters["topicFilter"] = {"topicSlugs": sorted(set(tags)), "operator": "IS"}
    return filters


def _check(value: str, pattern: str, what: str) -> None:
    if not re.fullmatch(pattern, value):
        raise ValidationFailed(
            f"invalid {what}: use letters, digits, '_' and '-'",
            details={"fields": [{"field": what, "message": "invalid format"}]},
        )
