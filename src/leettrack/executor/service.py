"""`leettrack executor`: the sandbox pool alone, over HTTP, for API replicas to share.

    POST /execute  {"mode": "run", "code", "stdin"?, "timeout_ms"?}
                   {"mode": "test", "code", "cases": [...], "timeout_ms"?}
                   {"mode": "answer", "code", "cases": [...], "timeout_ms"?}
    GET  /health   the sandbox and the pool's load; 503 when code cannot be run

Answers are envelopes like the API's; a user over their share of runs (``X-Executor-User``,
sent by the API) is 429 RATE_LIMITED and a full queue 503 EXECUTOR_UNAVAILABLE, both with
Retry-After. /execute must carry ``Authorization: Bearer <EXECUTOR_SECRET>`` (compared in
constant time), else 401; /health, for probes, tells only the load and which limits hold.
Production refuses to start without a secret; development warns and lets anyone in. The
service always runs code itself, whatever EXECUTOR_SERVICE_URL says.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Header, Request

from leettrack import __version__
from leettrack.core.envelope import ERROR_RESPONSES, Envelope, ok
from leettrack.core.errors import Unauthorized, install_error_handlers
from leettrack.core.logging import configure_logging
from leettrack.core.middleware import EdgeMiddleware
from leettrack.executor.backend import LocalExecutor
from leettrack.executor.client import USER_HEADER
from leettrack.executor.schemas import (
    AnswersOut,
    ExecuteAnswers,
    ExecuteRequest,
    ExecuteRun,
    ExecutorHealth,
    RunOut,
    TestReportOut,
)
from leettrack.settings import Settings, get_settings

logger = logging.getLogger(__name__)

MIN_SECRET_LENGTH = 32


async def authenticated(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> None:
    """The caller holds EXECUTOR_SECRET (when one is set)."""
    secret = request.app.state.settings.executor_secret
    if secret is None:
        return
    scheme, _, given = (authorization or "").partition(" ")
    expected = secret.get_secret_value().encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected):
        raise Unauthorized("A valid executor secret is required")


router = APIRouter(tags=["executor"])
UserKey = Annotated[str | None, Header(alias=USER_HEADER, max_length=200)]


def _executor(request: Request) -> LocalExecutor:
    executor: LocalExecutor = request.app.state.executor
    return executor


@router.post(
    "/execute",
    response_model=Envelope[RunOut | TestReportOut | AnswersOut],
    summary="Run code",
    dependencies=[Depends(authenticated)],
)
async def execute(
    request: Request, body: Annotated[ExecuteRequest, Body()], user: UserKey = None
) -> Any:
    """Run a program (`mode: run`), grade code against test cases (`mode: test`) or collect a
    reference solution's answers (`mode: answer`) for the user named by `X-Executor-User`
    (runs without one have no per-user share)."""
    executor = _executor(request)
    if isinstance(body, ExecuteAnswers):
        answers = await executor.answer_cases(body.code, body.cases, body.timeout_ms, user=user)
        return ok(AnswersOut(answers=answers))
    if isinstance(body, ExecuteRun):
        result = await executor.run_code(body.code, body.stdin, body.timeout_ms, user=user)
        return ok(RunOut.model_validate(result))
    report = await executor.run_tests(body.code, body.cases, body.timeout_ms, user=user)
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
    secret = settings.executor_secret
    if secret is None or len(secret.get_secret_value()) < MIN_SECRET_LENGTH:
        if settings.app_env == "production":
            raise RuntimeError(
                f"EXECUTOR_SECRET must be set to at least {MIN_SECRET_LENGTH} random characters "
                "for the executor service in production"
            )
        logger.warning("EXECUTOR_SECRET is unset or short: the executor service is open to anyone")
    app = FastAPI(
        title="LeetTrack executor",
        version=__version__,
        description="Runs untrusted Python in a bubblewrap sandbox through a bounded pool.",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(EdgeMiddleware)
    app.include_router(router)
    return app
