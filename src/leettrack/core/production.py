"""The production layer's middleware, and what it starts and stops with the application.

Outermost first: the edge middleware (metrics, gzip, security headers, request id with its
access log and last-resort 500, CORS, body size limit: `leettrack.core.middleware.EdgeMiddleware`)
-> the global rate limit -> the application. Each is pure ASGI. (The limits of particular routes
are dependencies of those routes, declared by their domains.)
"""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import FastAPI

from leettrack.core import metrics
from leettrack.core.middleware import EdgeMiddleware
from leettrack.core.ratelimit import GlobalRateLimitMiddleware, RateLimits
from leettrack.core.security_headers import SecurityHeaders, cors_options
from leettrack.core.workers import freeze_startup_objects
from leettrack.settings import Settings

GZIP_MINIMUM_BYTES = 1024
METRICS_SYNC_SECONDS = 5.0


def docs_paths(app: FastAPI) -> list[str]:
    paths = [app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url]
    return [path for path in paths if path]


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Add the stack; `add_middleware` wraps, so the innermost is added first."""
    if settings.rate_limit_enabled:
        exempt = [*docs_paths(app), app.openapi_url or "/openapi.json"]
        app.state.rate_limits = RateLimits.from_settings(settings, exempt_paths=exempt)
        app.add_middleware(GlobalRateLimitMiddleware, limits=app.state.rate_limits)
    app.add_middleware(
        EdgeMiddleware,
        metrics=metrics.RequestMetrics(app),
        security=SecurityHeaders(hsts=settings.app_env == "production", docs_paths=docs_paths(app)),
        max_body_bytes=settings.max_body_bytes,
        gzip_minimum_bytes=GZIP_MINIMUM_BYTES,
        cors=cors_options(settings),
    )


async def startup(app: FastAPI) -> None:
    """Register health checks, start copying component state into metrics, and spare the
    garbage collector what lives as long as the process."""
    limits: RateLimits | None = getattr(app.state, "rate_limits", None)
    if limits is not None:
        app.state.health_checks["rate_limit"] = limits.health_check
    app.state.metrics_sync = (
        asyncio.create_task(_sync_every(app.state.collectors, METRICS_SYNC_SECONDS))
        if metrics.multiprocess_enabled()
        else None
    )
    freeze_startup_objects()


async def shutdown(app: FastAPI) -> None:
    task: asyncio.Task[None] | None = getattr(app.state, "metrics_sync", None)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    limits: RateLimits | None = getattr(app.state, "rate_limits", None)
    if limits is not None:
        await limits.aclose()
    metrics.mark_worker_stopped()


async def _sync_every(collectors: metrics.Collectors, seconds: float) -> None:
    """In multiprocess mode each worker publishes its own state; a scrape reads them all."""
    while True:
        collectors.sync()
        await asyncio.sleep(seconds)
