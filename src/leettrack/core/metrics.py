"""Prometheus metrics, served at `/metrics`.

Other domains record their events through the objects and functions here, for example
`metrics.REVIEWS.inc()` or `metrics.record_execution("ok", 0.12)`. The state of long-lived
components (database pool, LeetCode client, executor pool) is copied into metrics by
`RuntimeMetrics.sync()`: on every scrape, and every few seconds in each worker when several
workers share a `PROMETHEUS_MULTIPROC_DIR` (prometheus-client's multiprocess mode, set up by
`leettrack serve --workers N`, see `core.workers`).
"""

from __future__ import annotations

import os
import time
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack import __version__
from leettrack.core.routes import METHODS, resolve
from leettrack.core.workers import MULTIPROC_ENV

UNMATCHED_ROUTE = "<unmatched>"
_LEETCODE_RESULTS = {"hits": "hit", "misses": "miss", "stale": "stale", "coalesced": "coalesced"}
_METHODS = frozenset(METHODS)

# --- HTTP ---
REQUESTS = Counter(
    "leettrack_http_requests_total",
    "HTTP requests by method, route template and status",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "leettrack_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, route template and status",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
IN_FLIGHT = Gauge(
    "leettrack_http_requests_in_flight", "HTTP requests being served", multiprocess_mode="livesum"
)
RATE_LIMITED = Counter(
    "leettrack_rate_limited_total", "Requests refused with 429, by policy", ["policy"]
)
BUILD_INFO = Gauge(
    "leettrack_build_info", "The running version", ["version"], multiprocess_mode="max"
)

# --- database ---
DB_POOL = Gauge(
    "leettrack_db_pool_connections",
    "Database pool connections: size (configured), checked_out, checked_in, overflow",
    ["state"],
    multiprocess_mode="livesum",
)

# --- LeetCode client ---
LEETCODE_UPSTREAM = Counter(
    "leettrack_leetcode_upstream_requests_total", "Requests sent to LeetCode's GraphQL endpoint"
)
LEETCODE_CACHE = Counter(
    "leettrack_leetcode_cache_total",
    "LeetCode reads by outcome: hit, miss, stale (served old after an upstream failure), "
    "coalesced (joined a call already in flight)",
    ["result"],
)
LEETCODE_ERRORS = Counter(
    "leettrack_leetcode_errors_total", "LeetCode reads that failed with no cached answer"
)

# --- executor ---
EXECUTOR_RUNS = Counter("leettrack_executor_runs_total", "Sandbox runs by status", ["status"])
EXECUTOR_DURATION = Histogram(
    "leettrack_executor_run_duration_seconds",
    "Wall-clock duration of a sandbox run",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0),
)
EXECUTOR_QUEUE = Gauge(
    "leettrack_executor_queue_depth", "Runs waiting for a sandbox slot", multiprocess_mode="livesum"
)
EXECUTOR_ACTIVE = Gauge(
    "leettrack_executor_runs_in_progress",
    "Runs holding a sandbox slot",
    multiprocess_mode="livesum",
)

# --- business ---
REGISTRATIONS = Counter("leettrack_registrations_total", "Accounts created")
REVIEWS = Counter("leettrack_reviews_total", "Spaced-repetition reviews recorded")
SUBMISSIONS = Counter("leettrack_submissions_total", "Exercise submissions by result", ["result"])

BUILD_INFO.labels(version=__version__).set(1)


def record_execution(status: str, duration_seconds: float) -> None:
    """Count one sandbox run (`status` as the executor reports it) and its duration."""
    EXECUTOR_RUNS.labels(status=status).inc()
    EXECUTOR_DURATION.observe(duration_seconds)


def record_submission(passed: bool) -> None:
    SUBMISSIONS.labels(result="passed" if passed else "failed").inc()


def multiprocess_enabled() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


def mark_worker_stopped() -> None:
    """Drop this process's live gauges from the shared directory (in-flight, pool, queue)."""
    if multiprocess_enabled():
        multiprocess.mark_process_dead(os.getpid())


def pool_status(engine: Any) -> dict[str, int]:
    """An engine's pool connections by state (size, checked_out, checked_in, overflow), for
    pools that count them (SQLite in memory and NullPool do not)."""
    pool = getattr(engine, "pool", None)
    status = {}
    for name in ("size", "checkedout", "checkedin", "overflow"):
        reader = getattr(pool, name, None)
        if callable(reader):
            status[name.replace("checked", "checked_")] = int(reader())
    return status


class MetricsMiddleware:
    """Count and time every HTTP request by route template (never the raw path) and status."""

    def __init__(self, app: ASGIApp, api: FastAPI) -> None:
        self.app = app
        self.api = api
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        IN_FLIGHT.inc()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_with_status)
        finally:
            elapsed = time.perf_counter() - started
            IN_FLIGHT.dec()
            counter, histogram = self._series_for(scope, status)
            counter.inc()
            histogram.observe(elapsed)

    def _series_for(self, scope: Scope, status: int) -> tuple[Any, Any]:
        method = scope["method"] if scope["method"] in _METHODS else "OTHER"
        template = route_template(scope) or self._resolve(scope["path"])
        key = (method, template, status)
        series = self._series.get(key)
        if series is None:
            labels = {"method": method, "route": template, "status": str(status)}
            series = (REQUESTS.labels(**labels), LATENCY.labels(**labels))
            self._series[key] = series
        return series

    def _resolve(self, path: str) -> str:
        """The template of a request answered before routing (429, 413, a CORS preflight),
        from the documented routes."""
        try:
            routes = resolve(self.api, path)
        except Exception:  # a broken schema must not break the request
            routes = []
        return routes[0].template if routes else UNMATCHED_ROUTE


def route_template(scope: Scope) -> str | None:
    """The matched route's full path template, once the router has run."""
    fastapi_scope = scope.get("fastapi")
    # FastAPI that includes routers lazily keeps the prefixed route here; scope["route"] is the
    # route as declared in its own router, without the prefix.
    context = (
        fastapi_scope.get("effective_route_context") if isinstance(fastapi_scope, dict) else None
    )
    template = getattr(context, "path_format", None) or getattr(
        scope.get("route"), "path_format", None
    )
    return str(template) if template else None


class RuntimeMetrics:
    """Copies the state of an application's long-lived components into metrics."""

    def __init__(self, state: Any) -> None:
        self.state = state
        self._seen: dict[str, int] = {}

    def sync(self) -> None:
        self._sync_database()
        self._sync_leetcode()
        self._sync_executor()

    def _sync_database(self) -> None:
        database = getattr(self.state, "db", None)
        for state, value in pool_status(getattr(database, "engine", None)).items():
            DB_POOL.labels(state=state).set(value)

    def _sync_leetcode(self) -> None:
        client = getattr(self.state, "leetcode", None)
        counters = getattr(getattr(client, "cache", None), "counters", None)
        if counters is None:
            return
        for field, result in _LEETCODE_RESULTS.items():
            self._advance(LEETCODE_CACHE.labels(result=result), field, getattr(counters, field, 0))
        self._advance(LEETCODE_ERRORS, "errors", getattr(counters, "errors", 0))
        transport = getattr(client, "transport", None)
        self._advance(LEETCODE_UPSTREAM, "upstream", getattr(transport, "requests", 0))

    def _sync_executor(self) -> None:
        # the in-process executor's pool; a remote executor's load is the executor service's
        pool = getattr(getattr(self.state, "executor", None), "pool", None)
        if pool is None:
            return
        EXECUTOR_QUEUE.set(getattr(pool, "queued", 0))
        EXECUTOR_ACTIVE.set(getattr(pool, "in_flight", 0))

    def _advance(self, counter: Any, name: str, value: int) -> None:
        """Counters of a component only grow; add what grew since the last sync."""
        last = self._seen.get(name, 0)
        if value > last:
            counter.inc(value - last)
        self._seen[name] = value


def _render() -> bytes:
    if multiprocess_enabled():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


router = APIRouter(tags=["operations"])


@router.get("/metrics", include_in_schema=False)
async def metrics_endpoint(request: Request) -> Response:
    runtime: RuntimeMetrics | None = getattr(request.app.state, "runtime_metrics", None)
    if runtime is not None:
        runtime.sync()
    body = await run_in_threadpool(_render) if multiprocess_enabled() else _render()
    return Response(body, media_type=CONTENT_TYPE_LATEST)
