"""Administration: the system paths, edited with the path editor (`/paths/<slug>/edit`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from leettrack.core.deps import SessionDep
from leettrack.paths.admin_service import AdminPathService
from leettrack.web.render import redirect, render
from leettrack.web.session import WebAdmin

router = APIRouter()
MAX_SYSTEM_PATHS = 100


@router.get("/admin/paths")
async def system_paths(request: Request, user: WebAdmin, session: SessionDep) -> Response:
    paths, _total = await AdminPathService(session, user).list_all(
        limit=MAX_SYSTEM_PATHS, offset=0, source="system"
    )
    return render(request, "admin_paths.html", {"paths": paths})


@router.post("/admin/paths/{slug}/restore")
async def restore(
    request: Request,
    slug: Annotated[str, Path(min_length=1, max_length=80)],
    user: WebAdmin,
    session: SessionDep,
) -> Response:
    """Put a bundled path back as it ships (its questions and order)."""
    restored = await AdminPathService(session, user).restore(slug)
    return redirect(request, "/admin/paths", f"{restored.name} restored as bundled")
