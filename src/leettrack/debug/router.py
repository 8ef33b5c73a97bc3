"""`/api/v1/debug`: database status, model information and cache statistics.

Mounted only when `APP_ENV=development` (so every path here is a 404 elsewhere), and only for
administrators.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import Table, func, literal, select, text, union_all

from leettrack.auth.deps import AdminUser
from leettrack.core.deps import SessionDep, get_database
from leettrack.core.envelope import Envelope, ok
from leettrack.core.metrics import pool_status
from leettrack.leetcode.schemas import CacheStats
from leettrack.models import Base

router = APIRouter(tags=["debug"])


class DatabaseStatus(BaseModel):
    status: str
    dialect: str
    driver: str
    revision: str | None
    latency_ms: float
    pool: dict[str, int]


class ColumnInfo(BaseModel):
    name: str
    type: str
    nullable: bool
    primary_key: bool


class ModelInfo(BaseModel):
    table: str
    model: str | None
    rows: int
    columns: list[ColumnInfo]
    indexes: list[str]


class RateLimitStats(BaseModel):
    enabled: bool
    backend: str | None


class CacheReport(BaseModel):
    leetcode: CacheStats | None
    rate_limit: RateLimitStats


def mappers() -> list[Any]:
    return list(Base.registry.mappers)


@router.get("/db-status")
async def db_status(
    request: Request, _admin: AdminUser, session: SessionDep
) -> Envelope[DatabaseStatus]:
    engine = get_database(request).engine
    started = time.perf_counter()
    revision = (await session.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    latency = (time.perf_counter() - started) * 1000
    return ok(
        DatabaseStatus(
            status="ok",
            dialect=engine.dialect.name,
            driver=engine.dialect.driver,
            revision=revision,
            latency_ms=round(latency, 2),
            pool=pool_status(engine),
        )
    )


@router.get("/models")
async def models(_admin: AdminUser, session: SessionDep) -> Envelope[list[ModelInfo]]:
    tables: list[Table] = list(Base.metadata.sorted_tables)
    counts_query = union_all(
        *(select(literal(table.name), func.count()).select_from(table) for table in tables)
    )
    counts = {name: count for name, count in (await session.execute(counts_query)).all()}
    classes = {
        mapper.class_.__tablename__: mapper.class_.__name__ for mapper in Base.registry.mappers
    }
    return ok(
        [
            ModelInfo(
                table=table.name,
                model=classes.get(table.name),
                rows=counts.get(table.name, 0),
                columns=[
                    ColumnInfo(
                        name=column.name,
                        type=str(column.type),
                        nullable=bool(column.nullable),
                        primary_key=column.primary_key,
                    )
                    for column in table.columns
                ],
                indexes=sorted(index.name for index in table.indexes if index.name),
            )
            for table in tables
        ]
    )


@router.get("/cache-stats")
async def cache_stats(request: Request, _admin: AdminUser) -> Envelope[CacheReport]:
    state = request.app.state
    leetcode = getattr(state, "leetcode", None)
    limits = getattr(state, "rate_limits", None)
    return ok(
        CacheReport(
            leetcode=await leetcode.stats() if leetcode is not None else None,
            rate_limit=RateLimitStats(
                enabled=limits is not None, backend=limits.backend if limits else None
            ),
        )
    )
