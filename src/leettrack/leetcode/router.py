"""Public LeetCode data under /api/v1/leetcode, each answer marked `X-Cache: HIT|MISS|STALE`.

These routes read through the client's cache and never touch the database.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.routing import APIRoute

from leettrack.core.envelope import Envelope, ListEnvelope, ok, page
from leettrack.leetcode.cache import Fetched
from leettrack.leetcode.client import MAX_PROBLEMS_PAGE, MAX_RECENT_SUBMISSIONS
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.leetcode.schemas import (
    SLUG_PATTERN,
    USERNAME_PATTERN,
    AcSubmission,
    ContestProfile,
    DailyQuestion,
    DifficultyFilter,
    ProblemSummary,
    Question,
    UserCalendar,
    UserProfile,
)

X_CACHE = "X-Cache"


class XCacheRoute(APIRoute):
    """Adds `X-Cache: MISS` to any answer that did not say otherwise, errors included."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except Exception as exc:
                response = await _render_error(request, exc)
            response.headers.setdefault(X_CACHE, "MISS")
            return response

        return route


async def _render_error(request: Request, exc: Exception) -> Response:
    """Render `exc` with the application's own handler (the error envelope), here, so that the
    header can be added; exceptions without a handler propagate as usual."""
    handlers: dict[Any, Any] = request.app.exception_handlers
    for cls in type(exc).__mro__:
        if cls in handlers:
            response = handlers[cls](request, exc)
            rendered: Response = await response if inspect.isawaitable(response) else response
            return rendered
    raise exc


router = APIRouter(
    tags=["leetcode"],
    route_class=XCacheRoute,
    responses={
        200: {
            "headers": {
                X_CACHE: {
                    "description": "HIT (fresh cache), MISS (from LeetCode) or STALE (an older "
                    "cached answer, served because LeetCode failed)",
                    "schema": {"type": "string", "enum": ["HIT", "MISS", "STALE"]},
                }
            }
        }
    },
)

Username = Annotated[
    str, Path(pattern=USERNAME_PATTERN, max_length=50, description="LeetCode username")
]
Slug = Annotated[
    str, Path(pattern=SLUG_PATTERN, max_length=120, description="Problem slug, e.g. two-sum")
]


def _served(response: Response, fetched: Fetched[Any]) -> Any:
    response.headers[X_CACHE] = fetched.cache
    return fetched.data


@router.get("/daily-question", response_model=Envelope[DailyQuestion])
async def daily_question(leetcode: LeetCodeDep, response: Response) -> object:
    """Today's LeetCode daily challenge, with its full question."""
    return ok(_served(response, await leetcode.daily()))


@router.get("/problem/{slug}", response_model=Envelope[Question])
async def problem(slug: Slug, leetcode: LeetCodeDep, response: Response) -> object:
    """One problem: statement (null for paid problems), tags, hints, starter code."""
    return ok(_served(response, await leetcode.get_problem(slug)))


@router.get("/problems", response_model=ListEnvelope[ProblemSummary])
async def problems(
    leetcode: LeetCodeDep,
    response: Response,
    difficulty: DifficultyFilter | None = None,
    tags: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z0-9_,-]*$", max_length=500, description="tag slugs, a,b"),
    ] = None,
    search: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PROBLEMS_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> object:
    """LeetCode's problem list, filtered; `meta.total` counts every match."""
    tag_list = [tag for tag in (tags or "").split(",") if tag]
    fetched = await leetcode.list_problems(
        difficulty=difficulty, tags=tag_list, search=search, limit=limit, offset=offset
    )
    result = _served(response, fetched)
    return page(result.items, total=result.total, limit=limit, offset=offset)


@router.get("/user/{username}", response_model=Envelope[UserProfile])
async def user_profile(username: Username, leetcode: LeetCodeDep, response: Response) -> object:
    """A user's public profile: solved counts, acceptance, calendar, languages, skills."""
    return ok(_served(response, await leetcode.user_profile(username)))


@router.get("/user/{username}/calendar", response_model=Envelope[UserCalendar])
async def user_calendar(
    username: Username,
    leetcode: LeetCodeDep,
    response: Response,
    year: Annotated[int | None, Query(ge=2015, le=2100)] = None,
) -> object:
    """Submissions per UTC day for `year` (default: the last twelve months)."""
    return ok(_served(response, await leetcode.user_calendar(username, year)))


@router.get("/user/{username}/submissions", response_model=ListEnvelope[AcSubmission])
async def user_submissions(
    username: Username,
    leetcode: LeetCodeDep,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=MAX_RECENT_SUBMISSIONS)] = MAX_RECENT_SUBMISSIONS,
) -> object:
    """The latest accepted submissions, newest first."""
    items = _served(response, await leetcode.recent_ac_submissions(username, limit))
    return page(items, total=len(items), limit=limit, offset=0)


@router.get("/user/{username}/contest", response_model=Envelope[ContestProfile])
async def user_contest(username: Username, leetcode: LeetCodeDep, response: Response) -> object:
    """Contest rating, global ranking, top percentage, attended count and history."""
    return ok(_served(response, await leetcode.user_contest(username)))
