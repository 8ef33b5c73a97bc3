"""The caller's own progress under /api/v1/user: followed paths, questions, statistics, sync.

Enrolling and leaving are path operations: `leettrack.paths.router.enrolment_router`. The
account's data export (`account_router`) is served under /api/v1/auth: it reads every room."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from leettrack.auth.deps import CurrentUser, Reader, lean_reader
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, json_response, ok, page
from leettrack.core.params import Offset
from leettrack.core.routes import LeanAnswer
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.paths.params import ProblemSlugParam
from leettrack.paths.schemas import Difficulty
from leettrack.progress.export import AccountExport, export_account
from leettrack.progress.schemas import (
    Dashboard,
    EnrolledPath,
    ProgressSummary,
    QuestionProgress,
    QuestionUpdate,
    SyncResult,
    TrackedQuestion,
)
from leettrack.progress.service import ProgressReads, ProgressService, progress_answers
from leettrack.progress.sync import sync_leetcode
from leettrack.tracking.status import QuestionStatus

router = APIRouter(tags=["progress"])
account_router = APIRouter(tags=["auth"])


@account_router.get("/me/export", response_model=Envelope[AccountExport])
async def export_me(user: CurrentUser, session: SessionDep) -> object:
    """Everything the account holds, in one document: profile, progress and notes, activity,
    reviews with their logs, enrolments, own paths, exercise progress and submissions."""
    return ok(await export_account(session, user))


@router.get("/learning-paths", response_model=Envelope[list[EnrolledPath]])
async def enrolled_paths(request: Request, user: Reader) -> Response:
    """The paths the caller follows, with progress overall and per category."""
    reads = ProgressReads(request.app.state.db, user)
    return json_response(await progress_answers(request.app.state).enrolled_paths(reads))


@router.put("/questions/{slug}")
async def update_question(
    slug: ProblemSlugParam,
    body: QuestionUpdate,
    session: SessionDep,
    user: CurrentUser,
    leetcode: LeetCodeDep,
) -> Envelope[QuestionProgress]:
    """Record progress on a problem (created on first use). A problem missing from the
    catalog is looked up on LeetCode; unknown there: 404."""
    return ok(await ProgressService(session, user).update_question(slug, body, leetcode))


@router.get("/questions")
async def tracked_questions(
    session: SessionDep,
    user: CurrentUser,
    status: QuestionStatus | None = None,
    difficulty: Difficulty | None = None,
    path: Annotated[
        str | None,
        Query(max_length=80, pattern=r"^[a-z0-9-]+$", description="a path's id or slug"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Offset = 0,
) -> ListEnvelope[TrackedQuestion]:
    """The caller's tracked questions, most recently updated first."""
    items, total = await ProgressService(session, user).list_questions(
        status=status, difficulty=difficulty, path=path, limit=limit, offset=offset
    )
    return page(items, total=total, limit=limit, offset=offset)


@router.get("/progress", response_model=Envelope[ProgressSummary])
async def progress(request: Request, user: Reader) -> Response:
    """Solved counts, progress per topic and per enrolled path, streaks and the activity
    calendar of the last 365 days, in the caller's timezone."""
    reads = ProgressReads(request.app.state.db, user)
    return json_response(await progress_answers(request.app.state).summary(reads))


@router.get("/dashboard")
async def dashboard(session: SessionDep, user: CurrentUser) -> Envelope[Dashboard]:
    """Reviews due today, questions waiting for a first rating, and each followed path with
    its next unsolved question."""
    return ok(await ProgressService(session, user).dashboard())


@router.post("/leetcode/sync")
async def leetcode_sync(
    session: SessionDep, user: CurrentUser, leetcode: LeetCodeDep
) -> Envelope[SyncResult]:
    """Import recent accepted submissions of the caller's `leetcode_username` as solves
    (idempotent). 400 without a username; 503 when LeetCode is unreachable."""
    return ok(await sync_leetcode(session, user, leetcode), "LeetCode submissions imported")


async def _lean_progress(request: Request) -> Response:
    return await progress(request, await lean_reader(request))


async def _lean_enrolled_paths(request: Request) -> Response:
    return await enrolled_paths(request, await lean_reader(request))


# the hot reads, answered past FastAPI's request handling (`core.routes.LeanRoute`)
LEAN_READS: dict[str, LeanAnswer] = {
    "/progress": _lean_progress,
    "/learning-paths": _lean_enrolled_paths,
}
