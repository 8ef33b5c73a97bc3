"""Rate limits, as pure ASGI middleware.

Three policies, each a fixed window:
- global: `RATE_LIMIT_MAX_REQUESTS` per `RATE_LIMIT_WINDOW_MS` for every caller, keyed by user for a
  request with a validly signed access token (a Bearer header or the web app's session cookie,
  checked without a database query) and by client address otherwise; health, metrics, the API
  docs and static assets are exempt;
- auth: `RATE_LIMIT_AUTH_MAX` per `RATE_LIMIT_AUTH_WINDOW_MS` on login, register and refresh, per
  client address and, for login and register, per account (the username or email in the body);
- execution: `RATE_LIMIT_EXEC_MAX` per `RATE_LIMIT_EXEC_WINDOW_MS` on `/exercises/run` and
  `/exercises/test`, per caller.

Over a limit -> 429 `RATE_LIMITED` with `Retry-After`; every limited response carries
`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` and `RateLimit-Policy`.

Counters live in this process by default and in Redis (the `limits` library's storage, an atomic
INCR + EXPIRE script) when `REDIS_URL` is set, so that replicas share them. If Redis fails, the
counters fall back to this process until it answers again, and `/health/deps` says so. The
in-process counters are our own: `limits`' async memory storage sweeps every key on each hit.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import jwt
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import RedisStorage
from redis.asyncio import Connection, ConnectionPool, Redis
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.core import metrics
from leettrack.core.cache import REDIS_ERRORS, RedisHealth
from leettrack.core.errors import error_response
from leettrack.core.security import SESSION_COOKIE
from leettrack.settings import Settings

EXEMPT_PATHS = frozenset({"/health", "/health/ready", "/health/deps", "/metrics"})
AUTH_PATHS = frozenset(
    f"{prefix}/auth/{action}"
    for prefix in ("/api/v1", "/api", "/legacy/api/v1")
    for action in ("login", "register", "refresh")
)
ACCOUNT_PATHS = frozenset(path for path in AUTH_PATHS if not path.endswith("/refresh"))
EXECUTION_PATHS = frozenset(
    f"{prefix}/exercises/{action}" for prefix in ("/api/v1", "/api") for action in ("run", "test")
) | {"/api/execute"}
REDIS_TIMEOUT_SECONDS = 0.5
_BEARER = b"bearer "
_SESSION_COOKIE = SESSION_COOKIE.encode() + b"="
# the web app's hashed static files and the docs' assets: cacheable files, never limited
EXEMPT_PREFIXES = ("/static/", "/docs/assets/")


class Policy:
    """A fixed window: `amount` hits per `window_seconds`, counted per identity."""

    __slots__ = ("_fixed_headers", "_key_suffix", "amount", "item", "name", "window_seconds")

    def __init__(self, name: str, item: RateLimitItem) -> None:
        self.name = name
        self.item = item
        self.amount: int = item.amount
        self.window_seconds: int = item.get_expiry()
        # what every hit would otherwise rebuild: the key around the identity, the fixed headers
        self._key_suffix = item.key_for("")[len(name) + 1 :]
        self._fixed_headers = (
            (b"ratelimit-limit", str(self.amount).encode()),
            (b"ratelimit-policy", f"{self.amount};w={self.window_seconds}".encode()),
        )

    @classmethod
    def per_window(cls, name: str, amount: int, window_ms: int) -> Policy:
        seconds = max(1, math.ceil(window_ms / 1000))
        return cls(name, RateLimitItemPerSecond(amount, seconds, namespace=name))

    def key(self, identity: str) -> str:
        """`limits`' key for the identity (`item.key_for(identity)`), without rebuilding it."""
        return f"{self.name}/{identity}{self._key_suffix}"


@dataclass(frozen=True, slots=True)
class Decision:
    policy: Policy
    allowed: bool
    remaining: int
    reset_seconds: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        limit, policy = self.policy._fixed_headers
        return [
            limit,
            (b"ratelimit-remaining", str(self.remaining).encode()),
            (b"ratelimit-reset", str(self.reset_seconds).encode()),
            policy,
        ]


class Counters(Protocol):
    """What a counter storage offers: the subset of `limits`' storage API used here."""

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int: ...

    async def get_expiry(self, key: str) -> float: ...


@dataclass(slots=True)
class _Window:
    count: int
    expires_at: float


class LocalCounters:
    """Fixed-window counters of one process: O(1) per hit; expired windows swept periodically."""

    backend = "memory"

    def __init__(self, sweep_interval: float = 30.0) -> None:
        self._windows: dict[str, _Window] = {}
        self._sweep_interval = sweep_interval
        self._next_sweep = time.time() + sweep_interval

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        if now >= self._next_sweep:
            self._windows = {k: w for k, w in self._windows.items() if w.expires_at > now}
            self._next_sweep = now + self._sweep_interval
        window = self._windows.get(key)
        if window is None or window.expires_at <= now:
            self._windows[key] = _Window(amount, now + expiry)
            return amount
        window.count += amount
        return window.count

    async def get_expiry(self, key: str) -> float:
        window = self._windows.get(key)
        return window.expires_at if window else time.time()

    def __len__(self) -> int:
        return len(self._windows)


class SharedCounters:
    """Redis first (shared by every replica); this process's counters while Redis fails."""

    def __init__(
        self, redis: RedisStorage, pool: ConnectionPool[Connection], health: RedisHealth
    ) -> None:
        self.redis = redis
        self.pool = pool
        self._client = Redis(connection_pool=pool)
        self.local = LocalCounters()
        self.health = health

    @classmethod
    def from_url(cls, url: str, prefix: str) -> SharedCounters:
        pool: ConnectionPool[Connection] = ConnectionPool.from_url(
            url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS
        )
        storage = RedisStorage(
            "async+redis://",
            implementation="redispy",
            key_prefix=prefix,
            connection_pool=pool,  # type: ignore[arg-type]  # passed through to redis-py
        )
        return cls(storage, pool, RedisHealth())

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

    async def get_expiry(self, key: str) -> float:
        if self.health.healthy:
            try:
                return await self.redis.get_expiry(key)
            except REDIS_ERRORS as exc:
                self.health.failed(exc)
        return await self.local.get_expiry(key)

    async def ping(self) -> bool:
        try:
            await self._client.ping()
        except REDIS_ERRORS as exc:
            self.health.failed(exc)
            return False
        self.health.succeeded()
        return True

    async def aclose(self) -> None:
        await self.pool.disconnect()


class _Callers:
    """The rate-limit identity of a request: `u:<id>` for a validly signed access token (cached
    per token until it expires), else `ip:<address>`."""

    def __init__(self, secret: str, algorithm: str, max_entries: int = 4096) -> None:
        self.secret = secret
        self.algorithm = algorithm
        self.max_entries = max_entries
        self._tokens: dict[bytes, tuple[str, float]] = {}

    def identify(self, scope: Scope) -> str:
        for name, value in scope["headers"]:
            if name == b"authorization":
                user = self._user(value[7:].strip()) if value[:7].lower() == _BEARER else None
                if user is not None:
                    return user
                break
            if name == b"cookie" and _SESSION_COOKIE in value:
                user = self._user(_cookie_value(value))
                if user is not None:
                    return user
        return address_key(scope)

    def _user(self, token: bytes) -> str | None:
        cached = self._tokens.get(token)
        now = time.time()
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            claims = jwt.decode(
                token,
                self.secret,
                algorithms=[self.algorithm],
                options={"require": ["exp", "sub"]},
            )
        except jwt.InvalidTokenError:
            return None
        if claims.get("type") != "access":
            return None
        if len(self._tokens) >= self.max_entries:
            self._tokens.clear()
        user = f"u:{claims['sub']}"
        self._tokens[token] = (user, float(claims["exp"]))
        return user


def _cookie_value(header: bytes) -> bytes:
    """The browser session's token in a Cookie header (the web app's sign-in)."""
    for part in header.split(b";"):
        name, _, value = part.strip().partition(b"=")
        if name == _SESSION_COOKIE[:-1]:
            return value
    return b""


def address_key(scope: Scope) -> str:
    client = scope.get("client")
    return f"ip:{client[0]}" if client else "ip:unknown"


class RateLimiter:
    def __init__(
        self,
        counters: LocalCounters | SharedCounters,
        *,
        global_policy: Policy,
        auth_policy: Policy,
        execution_policy: Policy,
        callers: _Callers,
        exempt_paths: Iterable[str] = (),
    ) -> None:
        self.counters = counters
        self.global_policy = global_policy
        self.auth_policy = auth_policy
        self.execution_policy = execution_policy
        self.callers = callers
        self.exempt_paths = EXEMPT_PATHS | frozenset(exempt_paths)
        # When each window ends, so that a hit costs one storage call, not two.
        self._resets: dict[str, float] = {}

    @classmethod
    def from_settings(cls, settings: Settings, exempt_paths: Iterable[str] = ()) -> RateLimiter:
        counters: LocalCounters | SharedCounters = (
            SharedCounters.from_url(settings.redis_url, settings.rate_limit_redis_prefix)
            if settings.redis_url
            else LocalCounters()
        )
        return cls(
            counters,
            global_policy=Policy.per_window(
                "global", settings.rate_limit_max_requests, settings.rate_limit_window_ms
            ),
            auth_policy=Policy.per_window(
                "auth", settings.rate_limit_auth_max, settings.rate_limit_auth_window_ms
            ),
            execution_policy=Policy.per_window(
                "execution", settings.rate_limit_exec_max, settings.rate_limit_exec_window_ms
            ),
            callers=_Callers(settings.jwt_secret, settings.jwt_algorithm),
            exempt_paths=exempt_paths,
        )

    @property
    def backend(self) -> str:
        return self.counters.backend

    async def hit(self, policy: Policy, identity: str) -> Decision:
        key = policy.key(identity)
        window = policy.window_seconds
        count = await self.counters.incr(key, window)
        now = time.time()
        if count == 1:
            reset_at = self._remember(key, now + window)
        else:
            reset_at = self._resets.get(key, 0.0)
            if reset_at <= now:
                reset_at = self._remember(key, await self.counters.get_expiry(key))
        return Decision(
            policy,
            allowed=count <= policy.amount,
            remaining=max(0, policy.amount - count),
            reset_seconds=max(1, math.ceil(reset_at - now)),
        )

    def _remember(self, key: str, reset_at: float) -> float:
        if len(self._resets) >= 65536:
            self._resets.clear()
        self._resets[key] = reset_at
        return reset_at

    async def health_check(self) -> dict[str, Any]:
        counters = self.counters
        if isinstance(counters, SharedCounters) and not await counters.ping():
            return {
                "status": "degraded",
                "detail": "Redis unreachable; rate-limit counters are per process",
            }
        return {"status": "ok", "detail": f"rate-limit counters: {self.backend}"}

    async def aclose(self) -> None:
        if isinstance(self.counters, SharedCounters):
            await self.counters.aclose()


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"] if scope["type"] == "http" else None
        if path is None or path in self.limiter.exempt_paths or path.startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        limiter = self.limiter
        caller = limiter.callers.identify(scope)
        decision = await limiter.hit(limiter.global_policy, caller)
        if path in AUTH_PATHS:
            decision = _tightest(decision, await limiter.hit(limiter.auth_policy, caller))
            if decision.allowed and path in ACCOUNT_PATHS:
                receive, account = await _account_of(receive)
                if account is not None:
                    account_decision = await limiter.hit(limiter.auth_policy, account)
                    decision = _tightest(decision, account_decision)
        elif path in EXECUTION_PATHS:
            decision = _tightest(decision, await limiter.hit(limiter.execution_policy, caller))
        if not decision.allowed:
            await _refuse(decision, scope, receive, send)
            return
        extra = decision.headers()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _tightest(first: Decision, second: Decision) -> Decision:
    """The decision to report: a refusal over an allowance, else the one with less left."""
    if first.allowed != second.allowed:
        return second if first.allowed else first
    if not first.allowed:
        return first if first.reset_seconds >= second.reset_seconds else second
    return first if first.remaining <= second.remaining else second


async def _refuse(decision: Decision, scope: Scope, receive: Receive, send: Send) -> None:
    policy = decision.policy
    metrics.RATE_LIMITED.labels(policy=policy.name).inc()
    retry = decision.reset_seconds
    response = error_response(
        429,
        "RATE_LIMITED",
        f"Too many requests; retry in {retry} s",
        {"policy": policy.name, "limit": policy.amount, "window_seconds": policy.window_seconds},
        headers={"Retry-After": str(retry)},
    )
    response.raw_headers.extend(decision.headers())
    await response(scope, receive, send)


async def _account_of(receive: Receive) -> tuple[Receive, str | None]:
    """Read the (size-capped) body, name the account it signs in or registers, and hand back a
    `receive` that replays the body to the application."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return _replay(message, receive), None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    replay = _replay({"type": "http.request", "body": body, "more_body": False}, receive)
    try:
        data = json.loads(body)
    except ValueError:
        return replay, None
    if not isinstance(data, dict):
        return replay, None
    for field in ("email", "username"):
        value = data.get(field)
        if isinstance(value, str) and value.strip():
            return replay, account_key(value)
    return replay, None


def account_key(identifier: str) -> str:
    """The rate-limit identity of the account a sign-in or registration names."""
    digest = hashlib.sha256(identifier.strip().lower().encode()).hexdigest()[:32]
    return f"acct:{digest}"


def _replay(first: Message, receive: Receive) -> Receive:
    pending: list[Message] = [first]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay
