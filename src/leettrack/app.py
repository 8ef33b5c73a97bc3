"""The application factory: settings, logging, middleware, error handlers, routers, lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from leettrack import __version__, compat, web
from leettrack.auth.router import router as auth_router
from leettrack.auth.sessions import SessionCache
from leettrack.core import health, metrics, production
from leettrack.core.changes import ChangeFeed
from leettrack.core.envelope import ERROR_RESPONSES
from leettrack.core.errors import install_error_handlers
from leettrack.core.logging import configure_logging
from leettrack.core.routes import install_lean_routes
from leettrack.db import Database
from leettrack.debug.router import router as debug_router
from leettrack.executor import create_executor, executor_collector
from leettrack.exercises.router import router as exercises_router
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.metrics import client_collector
from leettrack.leetcode.router import router as leetcode_router
from leettrack.paths.admin_router import router as admin_router
from leettrack.paths.router import LEAN_READS as PATH_READS
from leettrack.paths.router import enrolment_router
from leettrack.paths.router import router as paths_router
from leettrack.problems.content import bundled_problems
from leettrack.problems.router import router as problems_router
from leettrack.progress.router import LEAN_READS as PROGRESS_READS
from leettrack.progress.router import account_router
from leettrack.progress.router import router as progress_router
from leettrack.reviews.router import router as reviews_router
from leettrack.settings import Settings, get_settings
from leettrack.tracking.changes import progress_versions

API_PREFIX = "/api/v1"
DESCRIPTION = (
    "LeetTrack: LeetCode data, learning paths, FSRS spaced-repetition reviews and sandboxed "
    "Python exercises. Every JSON answer is an envelope: `{success, data, message}` or "
    "`{success: false, error: {code, message, details}}`."
)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    bundled_problems()  # read and checked once: a malformed problem stops the start here
    app.state.db = Database(settings)
    await app.state.db.start()
    app.state.changes = changes = ChangeFeed.for_settings(settings)
    app.state.sessions = SessionCache(changes)
    app.state.progress_versions = progress_versions(changes)
    app.state.health_checks = {}
    if changes.dsn is not None:
        await changes.start()
        app.state.health_checks["sessions"] = app.state.sessions.health_check
    app.state.collectors = collectors = metrics.Collectors()
    collectors.register("database", metrics.database_collector(app.state.db.engine))
    app.state.leetcode = LeetCodeClient.from_settings(settings)
    app.state.health_checks["leetcode_cache"] = app.state.leetcode.health_check
    collectors.register("leetcode", client_collector(app.state.leetcode))
    app.state.executor = create_executor(settings)
    app.state.health_checks["executor"] = app.state.executor.health_check
    executor_metrics = executor_collector(app.state.executor)
    if executor_metrics is not None:
        collectors.register("executor", executor_metrics)
    await production.startup(app)
    try:
        yield
    finally:
        await production.shutdown(app)
        await app.state.executor.aclose()
        await app.state.leetcode.aclose()
        await app.state.changes.aclose()
        await app.state.db.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)
    app = FastAPI(
        title="LeetTrack API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
        docs_url=None,  # the web app serves the docs pages with local assets
        redoc_url=None,
    )
    app.state.settings = settings
    install_error_handlers(app)
    # The JSON API first, the paths and progress routers at its head (behind the lean routes of
    # their hot reads, below): a request is matched against every route in order until one
    # fits, at a few microseconds each. No two of these routers have a route in common, so
    # their order changes nothing else.
    app.include_router(health.router)
    app.include_router(paths_router, prefix=f"{API_PREFIX}/learning-paths")
    app.include_router(progress_router, prefix=f"{API_PREFIX}/user")
    app.include_router(enrolment_router, prefix=f"{API_PREFIX}/user/learning-paths")
    app.include_router(metrics.router)
    if settings.app_env == "development":
        app.include_router(debug_router, prefix=f"{API_PREFIX}/debug")
    app.include_router(auth_router, prefix=f"{API_PREFIX}/auth")
    app.include_router(account_router, prefix=f"{API_PREFIX}/auth")
    app.include_router(leetcode_router, prefix=f"{API_PREFIX}/leetcode")
    app.include_router(reviews_router, prefix=f"{API_PREFIX}/user/reviews")
    app.include_router(admin_router, prefix=f"{API_PREFIX}/admin")
    app.include_router(exercises_router, prefix=API_PREFIX)
    app.include_router(problems_router, prefix=API_PREFIX)
    # the hot reads, matched first and answered past FastAPI's request handling
    install_lean_routes(app, f"{API_PREFIX}/learning-paths", PATH_READS)
    install_lean_routes(app, f"{API_PREFIX}/user", PROGRESS_READS)
    web.install(app)
    production.install_middleware(app, settings)  # after web.install, which sets the docs paths
    compat.install(app)  # /api (Python Portal) and /legacy (LeetTrack 1.x)
    return app
