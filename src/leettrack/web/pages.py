"""Every page of the web app, each route checked for CSRF and marked as a page."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from leettrack.web.csrf import verify_csrf
from leettrack.web.routes import (
    account,
    admin,
    exercises,
    leetcode,
    paths,
    problems,
    progress,
    reviews,
    settings,
    today,
)


async def mark_page(request: Request) -> None:
    """Errors raised from here on are answered with an HTML page (see `web.errors`)."""
    request.state.web_page = True


router = APIRouter(include_in_schema=False, dependencies=[Depends(mark_page), Depends(verify_csrf)])
router.include_router(account.router)
router.include_router(today.router)
router.include_router(paths.router)
router.include_router(settings.router)
router.include_router(admin.router)
router.include_router(reviews.router)
router.include_router(exercises.router)
router.include_router(problems.router)
router.include_router(progress.router)
router.include_router(leetcode.router)
