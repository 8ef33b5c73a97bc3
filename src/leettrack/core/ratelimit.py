"""Rate limits: the global limit as a small ASGI middleware, and the limits a domain declares on
its own routes.

- global: `RATE_LIMIT_MAX_REQUESTS` per `RATE_LIMIT_WINDOW_MS` for every caller, keyed by user
  for a request with a validly signed access token (a Bearer header or the web app's session
  cookie; verified once per request, the routes reuse the result: `request_claims`) and by
  client address otherwise. Health, metrics, the API docs and static assets are exempt.
- per route: a domain declares a `RouteLimit` beside its routes and hits it from a dependency
  keyed by what the route has already validated (the account a sign-in names, the signed-in
  user). Core knows no route: `leettrack.auth.limits` and `leettrack.exercises.limits` do.

Each limit is a fixed window, counted by `FixedWindow` (the `limits` package's fixed-window
strategy). Over a limit -> 429 `RATE_LIMITED` with `Retry-After`; every limited response carries
`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` and `RateLimit-Policy` for the limit
closest to its end.

Counters live in Redis (`limits`' Redis storage, an atomic INCR + EXPIRE script) when
`REDIS_URL` is set, so that replicas share them, else in this process (`LocalStorage`). If Redis
fails, the counters fall back to this process until it answers again, and `/health/deps` says so.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Request
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter
from redis.asyncio import Connection, ConnectionPool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.core import metrics
from leettrack.core.cache import REDIS_ERRORS, RedisHealth
from leettrack.core.errors import AppError, RateLimited, error_response
from leettrack.core.security import SESSION_COOKIE, request_claims
from leettrack.settings import Settings

EXEMPT_PATHS = frozenset({"/health", "/health/ready", "/health/deps", "/metrics"})
# the web app's hashed static files and the docs' assets: cacheable files, never limited
EXEMPT_PREFIXES = ("/static/", "/docs/assets/")
REDIS_TIMEOUT_SECONDS = 0.5
Clock = Callable[[], float]
T = TypeVar("T")
# where a route limit leaves its tightest decision for the middleware to report
_ROUTE_DECISION = "rate_limit_decision"


def policy(name: str, amount: int, window_ms: int) -> RateLimitItem:
    """`amount` hits per window of `window_ms` (whole seconds, at least one), named `name`."""
    return RateLimitItemPerSecond(amount, max(1, math.ceil(window_ms / 1000)), namespace=name)


def address_key(scope: Scope) -> str:
    """The rate-limit identity of the client address (behind trusted proxies, the forwarded one)."""
    client = scope.get("client")
    return f"ip:{client[0]}" if client else "ip:unknown"


def user_key(user_id: int) -> str:
    return f"u:{user_id}"


def account_key(identifier: str) -> str:
    """The identity of an account named by what a client typed (case and spaces do not count)."""
    digest = hashlib.sha256(identifier.strip().lower().encode()).hexdigest()[:32]
    return f"acct:{digest}"


@dataclass(frozen=True, slots=True)
class Decision:
    item: RateLimitItem
    allowed: bool
    remaining: int
    reset_seconds: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        amount = self.item.amount
        return [
            (b"ratelimit-limit", str(amount).encode()),
            (b"ratelimit-remaining", str(self.remaining).encode()),
            (b"ratelimit-reset", str(self.reset_seconds).encode()),
            (b"ratelimit-policy", f"{amount};w={self.item.get_expiry()}".encode()),
        ]

    def tightest(self, other: Decision | None) -> Decision:
        """The decision to report: a refusal over an allowance, else the one with less left."""
        if other is None:
            return self
        if self.allowed != other.allowed:
            return other if self.allowed else self
        if not self.allowed:
            return self if self.reset_seconds >= other.reset_seconds else other
        return self if self.remaining <= other.remaining else other

    def refusal(self) -> RateLimited:
        """The 429 of a refused hit (counted in `leettrack_rate_limited_total`)."""
        name, retry = self.item.namespace, self.reset_seconds
        metrics.RATE_LIMITED.labels(policy=name).inc()
        return RateLimited(
            f"Too many requests; retry in {retry} s",
            retry_after=retry,
            details={
                "policy": name,
                "limit": self.item.amount,
                "window_seconds": self.item.get_expiry(),
            },
        )


@dataclass(slots=True)
class _Window:
    count: int
    expires_at: float


class LocalStorage(Storage):
    """Fixed-window counters of this process, for `limits`' strategies: O(1) a hit, expired
    windows swept every `sweep_interval` seconds.

    Not `limits`' own MemoryStorage: after each hit it schedules a task that walks every key it
    holds, so a hit costs time in proportion to the callers seen in the window. Measured with
    `python -m tests.production.measure_ratelimit` (docs/PRODUCTION.md): about 14 us a hit with
    10 callers, 1.6 ms with 10,000 and 8.7 ms with 50,000 (the global window is 15 minutes, so
    every address of a quarter of an hour), against 4-9 us here whatever the number.
    """

    STORAGE_SCHEME = None
    backend = "memory"

    def __init__(self, sweep_interval: float = 30.0, clock: Clock = time.time) -> None:
        super().__init__()
        self._windows: dict[str, _Window] = {}
        self._sweep_interval = sweep_interval
        self._clock = clock
        self._next_sweep = clock() + sweep_interval

    @property
    def base_exceptions(self) -> tuple[type[Exception], ...]:
        return ()

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = self._clock()
        if now >= self._next_sweep:
            self._windows = {k: w for k, w in self._windows.items() if w.expires_at > now}
            self._next_sweep = now + self._sweep_interval
        window = self._windows.get(key)
        if window is None or window.expires_at <= now:
            self._windows[key] = _Window(amount, now + expiry)
            return amount
        window.count += amount
        return window.count

    async def get(self, key: str) -> int:
        window = self._windows.get(key)
        return window.count if window and window.expires_at > self._clock() else 0

    async def get_expiry(self, key: str) -> float:
        window = self._windows.get(key)
        return window.expires_at if window else self._clock()

    async def check(self) -> bool:
        return True

    async def reset(self) -> int | None:
        count = len(self._windows)
        self._windows.clear()
        return count

    async def clear(self, key: str) -> None:
        self._windows.pop(key, None)

    def __len__(self) -> int:
        return len(self._windows)


class FallbackStorage(Storage):
    """Redis first (shared by every replica); this process's counters while Redis fails."""

    STORAGE_SCHEME = None

    def __init__(self, redis: RedisStorage, pool: ConnectionPool[Connection]) -> None:
        super().__init__()
        self.redis = redis
        self.pool = pool
        self.local = LocalStorage()
        self.health = RedisHealth()

    @classmethod
    def from_url(cls, url: str, prefix: str) -> FallbackStorage:
        pool: ConnectionPool[Connection] = ConnectionPool.from_url(
            url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS
        )
        storage = RedisStorage(
            "async+redis://",
            implementation="redispy",
            key_prefix=prefix,
            connection_pool=pool,  # type: ignore[arg-type]  # passed through to redis-py
        )
        return cls(storage, pool)

    @property
    def base_exceptions(self) -> tuple[type[Exception], ...]:
        return ()  # Redis's are caught here: a failing Redis is this storage's normal case

    @property
    def backend(self) -> str:
        return "redis" if self.health.healthy else "memory"

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        if self.health.usable():
            try:
                count = await self.redis.incr(key, expiry, amount)
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
            else:
                self.health.succeeded()
                return count
        return await self.local.incr(key, expiry, amount)

    async def get(self, key: str) -> int:
        return await self._read(lambda storage: storage.get(key))

    async def get_expiry(self, key: str) -> float:
        return await self._read(lambda storage: storage.get_expiry(key))

    async def _read(self, read: Callable[[Storage], Awaitable[T]]) -> T:
        if self.health.healthy:
            try:
                return await read(self.redis)
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
        return await read(self.local)

    async def check(self) -> bool:
        if await self.redis.check():
            self.health.succeeded()
            return True
        self.health.failed(ConnectionError("Redis did not answer PING"))
        return False

    async def reset(self) -> int | None:
        return await self.local.reset()

    async def clear(self, key: str) -> None:
        await self.local.clear(key)
        try:
            await self.redis.clear(key)
        except REDIS_ERRORS as exc:
            self.health.failed(exc)

    async def aclose(self) -> None:
        await self.pool.disconnect()


class FixedWindow(FixedWindowRateLimiter):
    """`limits`' fixed-window strategy, with a hit that also says what the RateLimit-* headers
    need: the count the storage's increment returns, and the window's end (remembered from the
    hit that opened the window, else asked of the storage once).

    `hit` answers only yes or no, and `get_window_stats` after it costs two more storage calls:
    on Redis 530 us a hit instead of 180 (`tests/production/measure_ratelimit.py`), on every
    request for the global limit.
    """

    def __init__(self, storage: Storage, clock: Clock = time.time) -> None:
        super().__init__(storage)
        self.clock = clock
        self._resets: dict[str, float] = {}

    async def consume(self, item: RateLimitItem, identity: str) -> Decision:
        key = item.key_for(identity)
        window = item.get_expiry()
        count = await self.storage.incr(key, window)
        now = self.clock()
        if count == 1:
            reset_at = self._remember(key, now + window)
        else:
            reset_at = self._resets.get(key, 0.0)
            if reset_at <= now:
                reset_at = self._remember(key, await self.storage.get_expiry(key))
        return Decision(
            item,
            allowed=count <= item.amount,
            remaining=max(0, item.amount - count),
            reset_seconds=max(1, math.ceil(reset_at - now)),
        )

    def _remember(self, key: str, reset_at: float) -> float:
        if len(self._resets) >= 65536:
            self._resets.clear()
        self._resets[key] = reset_at
        return reset_at


@dataclass(slots=True)
class RateLimits:
    """The application's rate limits: where they count, the global limit, and the items of the
    route limits the domains declare (built once from the settings)."""

    settings: Settings
    storage: LocalStorage | FallbackStorage
    window: FixedWindow
    global_limit: RateLimitItem
    exempt_paths: frozenset[str]
    _items: dict[str, RateLimitItem] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings, exempt_paths: Iterable[str] = ()) -> RateLimits:
        storage: LocalStorage | FallbackStorage = (
            FallbackStorage.from_url(settings.redis_url, settings.rate_limit_redis_prefix)
            if settings.redis_url
            else LocalStorage()
        )
        return cls(
            settings,
            storage,
            FixedWindow(storage),
            policy("global", settings.rate_limit_max_requests, settings.rate_limit_window_ms),
            EXEMPT_PATHS | frozenset(exempt_paths),
        )

    @property
    def backend(self) -> str:
        return self.storage.backend

    def item(self, limit: RouteLimit) -> RateLimitItem:
        found = self._items.get(limit.name)
        if found is None:
            found = self._items[limit.name] = policy(limit.name, *limit.budget(self.settings))
        return found

    async def health_check(self) -> dict[str, Any]:
        if isinstance(self.storage, FallbackStorage) and not await self.storage.check():
            return {
                "status": "degraded",
                "detail": "Redis unreachable; rate-limit counters are per process",
            }
        return {"status": "ok", "detail": f"rate-limit counters: {self.backend}"}

    async def aclose(self) -> None:
        if isinstance(self.storage, FallbackStorage):
            await self.storage.aclose()


@dataclass(frozen=True, slots=True)
class RouteLimit:
    """A limit a domain puts on some of its routes: `name` is the policy a refusal names, and
    `budget` reads its hits per window (in ms) from the settings."""

    name: str
    budget: Callable[[Settings], tuple[int, int]]

    async def hit(self, request: Request, *identities: str) -> None:
        """Count one hit for each identity in turn; the first refused raises `RateLimited`
        (the rest are not counted). Nothing to do when rate limits are switched off."""
        limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
        if limits is None:
            return
        item = limits.item(self)
        state = request.scope.setdefault("state", {})
        for identity in identities:
            decision = await limits.window.consume(item, identity)
            state[_ROUTE_DECISION] = decision.tightest(state.get(_ROUTE_DECISION))
            if not decision.allowed:
                raise decision.refusal()


class GlobalRateLimitMiddleware:
    """The global limit, per caller, and the RateLimit-* headers of every limited answer (the
    tightest of the global decision and any a route limit left in the request's state)."""

    def __init__(self, app: ASGIApp, limits: RateLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"] if scope["type"] == "http" else None
        limits = self.limits
        if path is None or path in limits.exempt_paths or path.startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        decision = await limits.window.consume(limits.global_limit, self._caller(scope))
        if not decision.allowed:
            refusal = decision.refusal()
            response = error_response(
                refusal.status_code, refusal.code, refusal.message, refusal.details, refusal.headers
            )
            response.raw_headers.extend(decision.headers())
            await response(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                reported = decision.tightest(state.get(_ROUTE_DECISION))
                message["headers"] = [*message.get("headers", ()), *reported.headers()]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _caller(self, scope: Scope) -> str:
        """`u:<id>` for a validly signed access token, else the client address."""
        token = _access_token(scope)
        if token:
            settings = self.limits.settings
            try:
                claims = request_claims(
                    scope, token, secret=settings.jwt_secret, algorithm=settings.jwt_algorithm
                )
            except AppError:
                pass
            else:
                return user_key(claims.user_id)
        return address_key(scope)


_SESSION_COOKIE = SESSION_COOKIE.encode()


def _access_token(scope: Scope) -> str | None:
    """The request's access token as the routes will read it: a `Bearer` Authorization header
    (an Authorization header of another kind means none), else the web app's session cookie."""
    cookie = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.partition(b" ")
            return token.decode("latin-1") if scheme.lower() == b"bearer" else None
        if name == b"cookie" and _SESSION_COOKIE in value:
            cookie = cookie or _cookie_value(value)
    return cookie


def _cookie_value(header: bytes) -> str | None:
    for part in header.split(b";"):
        name, _, value = part.strip().partition(b"=")
        if name == _SESSION_COOKIE:
            return value.decode("latin-1")
    return None
