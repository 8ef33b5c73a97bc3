"""Liveness, readiness and dependency health."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from leettrack import __version__
from leettrack.core.deps import get_database
from leettrack.core.envelope import Envelope, ok
from leettrack.core.errors import error_body

HealthCheck = Callable[[], Awaitable[dict[str, Any]]]
CHECK_TIMEOUT_SECONDS = 3.0

router = APIRouter(tags=["health"])


class Liveness(BaseModel):
    status: str
    version: str


class DependencyStatus(BaseModel):
    status: str
    latency_ms: float | None = None
    detail: str | None = None
    limits: str | None = None  # the executor's: cgroup-v1, cgroup-v2 or rlimit-only


class DependencyReport(BaseModel):
    status: str
    dependencies: dict[str, DependencyStatus]


async def timed(check: HealthCheck) -> DependencyStatus:
    """Run one check with a deadline; any failure is reported, never raised."""
    started = time.perf_counter()
    try:
        result = await asyncio.wait_for(check(), CHECK_TIMEOUT_SECONDS)
        result.setdefault("status", "ok")
    except Exception as exc:
        result = {"status": "down", "detail": f"{type(exc).__name__}: {exc}"[:200]}
    result["latency_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return DependencyStatus(**result)


def database_check(request: Request) -> HealthCheck:
    async def check() -> dict[str, Any]:
        async with get_database(request).engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return {"status": "ok"}

    return check


@router.get("/health")
async def health() -> Envelope[Liveness]:
    return ok(Liveness(status="ok", version=__version__))


@router.get("/health/ready", response_model=Envelope[DependencyReport])
async def ready(request: Request) -> Envelope[DependencyReport] | JSONResponse:
    result = await timed(database_check(request))
    report = DependencyReport(status=result.status, dependencies={"database": result})
    if result.status != "ok":
        return JSONResponse(
            error_body("SERVICE_UNAVAILABLE", "Database unreachable", report.model_dump()),
            status_code=503,
            headers={"Retry-After": "5"},
        )
    return ok(report)


@router.get("/health/deps")
async def dependencies(request: Request) -> Envelope[DependencyReport]:
    checks: dict[str, HealthCheck] = {"database": database_check(request)}
    checks.update(request.app.state.health_checks)
    results = await asyncio.gather(*(timed(check) for check in checks.values()))
    statuses = dict(zip(checks, results, strict=True))
    overall = "ok" if all(s.status == "ok" for s in statuses.values()) else "degraded"
    if statuses["database"].status != "ok":
        overall = "down"
    return ok(DependencyReport(status=overall, dependencies=statuses))


@router.get("/api/v1/ping")
async def ping() -> Envelope[str]:
    return ok("pong")
