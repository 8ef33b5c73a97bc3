"""Administration under /api/v1/admin (administrators only): statistics and system paths.

System paths are also edited through the ordinary path routes (PATCH, DELETE, questions,
order), which let administrators through.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, status

from leettrack.auth.deps import API, AdminUser
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, ok, page
from leettrack.core.params import Offset
from leettrack.leetcode.catalog import SLUG_PATTERN
from leettrack.paths.admin_service import AdminPathService, instance_stats
from leettrack.paths.schemas import InstanceStats, PathCreate, PathOut

router = APIRouter(tags=["admin"], dependencies=[Depends(API.admin)])


@router.get("/stats")
async def stats(session: SessionDep) -> Envelope[InstanceStats]:
    """Row counts of every table, active users, enrolments and the most followed paths."""
    return ok(await instance_stats(session))


@router.get("/learning-paths")
async def all_paths(
    session: SessionDep,
    admin: AdminUser,
    source: Literal["system", "user"] | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    offset: Offset = 0,
) -> ListEnvelope[PathOut]:
    """Every path, private ones included, by id."""
    items, total = await AdminPathService(session, admin).list_all(
        limit=limit, offset=offset, source=source
    )
    return page(items, total=total, limit=limit, offset=offset)


@router.post("/learning-paths", status_code=status.HTTP_201_CREATED)
async def create_system_path(
    body: PathCreate, session: SessionDep, admin: AdminUser
) -> Envelope[PathOut]:
    """A new system path (no owner; public unless `is_public` is false)."""
    created = await AdminPathService(session, admin).create(body, system=True)
    return ok(created, "System path created")


@router.post("/learning-paths/{slug}/restore")
async def restore_path(
    slug: Annotated[str, Path(max_length=80, pattern=SLUG_PATTERN)],
    session: SessionDep,
    admin: AdminUser,
) -> Envelope[PathOut]:
    """Put a bundled path back as shipped: metadata and questions (created if deleted)."""
    return ok(await AdminPathService(session, admin).restore(slug), "Bundled path restored")
