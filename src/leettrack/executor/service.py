"""`leettrack executor`: the sandbox pool alone, over HTTP, for API replicas to share.

    POST /execute  {"mode": "run", "code", "stdin"?, "timeout_ms"?}
                   {"mode": "test", "code", "cases": [...], "timeout_ms"?}
    GET  /health   the sandbox and the pool's load; 503 when code cannot be run

Answers are envelopes like the API's; a full queue is 503 EXECUTOR_UNAVAILABLE with
Retry-After. The service always runs code itself, whatever EXECUTOR_SERVICE_URL says. It has no
authentication of its own: expose it only on a private network.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Body, FastAPI, Request

from leettrack import __version__
from leettrack.core.envelope import ERROR_RESPONSES, Envelope, ok
from leettrack.core.errors import install_error_handlers
from leettrack.core.logging import configure_logging
from leettrack.core.middleware import RequestContextMiddleware
from leettrack.executor.backend import LocalExecutor
from leettrack.executor.schemas import (
    ExecuteRequest,
    ExecuteRun,
    ExecutorHealth,
    RunOut,
    TestReportOut,
)
from leettrack.settings import Settings, get_settings

router = APIRouter(tags=["executor"])


def _executor(request: Request) -> LocalExecutor:
    executor: LocalExecutor = request.app.state.executor
    return executor


@router.post("/execute", response_model=Envelope[RunOut | TestReportOut], summary="Run code")
async def execute(request: Request, body: Annotated[ExecuteRequest, Body()]) -> Any:
    """Run a program (`mode: run`) or grade code against test cases (`mode: test`)."""
    executor = _executor(request)
    if isinstance(body, ExecuteRun):
        result = await executor.run_code(body.code, body.stdin, body.timeout_ms)
        return ok(RunOut.model_validate(result))
    report = await executor.run_tests(body.code, body.cases, body.timeout_ms)
    return ok(TestReportOut.model_validate(report))


@router.get("/health", response_model=Envelope[ExecutorHealth], summary="Sandbox and pool")
async def health(request: Request) -> Any:
    return ok(ExecutorHealth(**_executor(request).status()))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.executor = LocalExecutor.from_settings(app.state.settings)
    try:
        yield
    finally:
        await app.state.executor.aclose()


def create_executor_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)
    app = FastAPI(
        title="LeetTrack executor",
        version=__version__,
        description="Runs untrusted Python in a bubblewrap sandbox through a bounded pool.",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(RequestContextMiddleware)
    app.include_router(router)
    return app
