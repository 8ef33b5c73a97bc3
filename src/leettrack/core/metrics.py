"""Prometheus metrics, served at `/metrics`.

Other domains record their events through the objects and functions here, for example
`metrics.REVIEWS.inc()`, or define their own next to the component they describe. The state of
long-lived components (the database pool here, the LeetCode client and the executor pool in their
domains) is copied into metrics by the collectors each registers in `Collectors`, the way health
checks are registered: run on every scrape, and every few seconds in each worker when several
workers share a `PROMETHEUS_MULTIPROC_DIR` (prometheus-client's multiprocess mode, set up by
`leettrack serve --workers N`, see `core.workers`).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
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
from starlette.types import Scope

from leettrack import __version__
from leettrack.core.routes import METHODS, resolve
from leettrack.core.workers import MULTIPROC_ENV

UNMATCHED_ROUTE = "<unmatched>"
_METHODS = frozenset(METHODS)
logger = logging.getLogger(__name__)

Collector = Callable[[], None]
"""Copies one long-lived component's state into its metrics (sets gauges, advances counters)."""

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

# --- business ---
REGISTRATIONS = Counter("leettrack_registrations_total", "Accounts created")
REVIEWS = Counter("leettrack_reviews_total", "Spaced-repetition reviews recorded")
SUBMISSIONS = Counter("leettrack_submissions_total", "Exercise submissions by result", ["result"])

BUILD_INFO.labels(version=__version__).set(1)


def record_submission(passed: bool) -> None:
    SUBMISSIONS.labels(result="passed" if passed else "failed").inc()


def multiprocess_enabled() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


def mark_worker_stopped() -> None:
    """Drop this process's live gauges from the shared directory (in-flight, pool, queue)."""
    if multiprocess_enabled():
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]


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


def database_collector(engine: Any) -> Collector:
    """The database pool's connections by state."""

    def collect() -> None:
        for state, value in pool_status(engine).items():
            DB_POOL.labels(state=state).set(value)

    return collect


class RequestMetrics:
    """Count and time every HTTP request by route template (never the raw path) and status;
    recorded by the edge middleware (`leettrack.core.middleware.EdgeMiddleware`)."""

    def __init__(self, api: FastAPI) -> None:
        self.api = api
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}
        self._templates = _RouteTemplates()

    def observe(self, scope: Scope, status: int, seconds: float) -> None:
        counter, histogram = self._series_for(scope, status)
        counter.inc()
        histogram.observe(seconds)

    def _series_for(self, scope: Scope, status: int) -> tuple[Any, Any]:
        method = scope["method"] if scope["method"] in _METHODS else "OTHER"
        template = self._templates.template(scope) or self._resolve(scope["path"])
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


class _RouteTemplates:
    """The full path template of the route that served a request, from the route the router
    put in `scope["route"]` (its `path_format` and `path_regex`, public on Starlette routes).

    A route included under a prefix may be one object serving several prefixes (`/api/v1/auth`
    and `/api/auth`) and know only its own part of the path, so the prefix is what precedes that
    part in the request path. The router matched it, so it is one of the included prefixes: the
    labels stay bounded.
    """

    def __init__(self) -> None:
        self._suffixes: dict[int, re.Pattern[str]] = {}

    def template(self, scope: Scope) -> str | None:
        route = scope.get("route")
        path_format = getattr(route, "path_format", None)
        path_regex = getattr(route, "path_regex", None)
        if not isinstance(path_format, str) or not isinstance(path_regex, re.Pattern):
            return None
        suffix = self._suffixes.get(id(route))
        if suffix is None:
            suffix = re.compile(r"(?P<_prefix>/.*?)?" + path_regex.pattern.removeprefix("^"))
            self._suffixes[id(route)] = suffix
        matched = suffix.fullmatch(scope.get("path", ""))
        if matched is None:
            return path_format
        return (matched.group("_prefix") or "") + path_format


class Collectors:
    """The registered collectors, each run in turn; one failing never stops the others."""

    def __init__(self) -> None:
        self._collectors: dict[str, Collector] = {}

    def register(self, name: str, collector: Collector) -> None:
        self._collectors[name] = collector

    def sync(self) -> None:
        for name, collect in self._collectors.items():
            try:
                collect()
            except Exception:  # metrics must never break a scrape or a worker
                logger.exception("metrics collector %r failed", name)


class CounterMirror:
    """Follows a component's own counts (per process, only growing) with Prometheus counters:
    each look adds what grew since the last one."""

    def __init__(self) -> None:
        self._seen: dict[int, int] = {}

    def advance(self, counter: Any, value: int) -> None:
        last = self._seen.get(id(counter), 0)
        if value > last:
            counter.inc(value - last)
        self._seen[id(counter)] = value


def _render() -> bytes:
    if multiprocess_enabled():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(REGISTRY)


router = APIRouter(tags=["operations"])


@router.get("/metrics", include_in_schema=False)
async def metrics_endpoint(request: Request) -> Response:
    collectors: Collectors | None = getattr(request.app.state, "collectors", None)
    if collectors is not None:
        collectors.sync()
    body = await run_in_threadpool(_render) if multiprocess_enabled() else _render()
    return Response(body, media_type=CONTENT_TYPE_LATEST)
