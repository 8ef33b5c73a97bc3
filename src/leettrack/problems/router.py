"""Routes of the problems under /api/v1: the list, a problem, submitting a solution (counted
against the execution limit) and the caller's submissions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from leettrack.auth.deps import CurrentUser
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, ok, page
from leettrack.core.params import MAX_DB_INT, Offset
from leettrack.executor import Executor
from leettrack.exercises.limits import execution_limit
from leettrack.problems.content import SLUG_PATTERN
from leettrack.problems.schemas import (
    Difficulty,
    ProblemDetail,
    ProblemSummary,
    SubmissionDetail,
    SubmissionOut,
    SubmissionResult,
    SubmitRequest,
)
from leettrack.problems.service import ProblemCatalog, ProblemFilters, ProblemSubmissions, detail

router = APIRouter(tags=["problems"])

Limit = Annotated[int, Query(ge=1, le=200)]
Slug = Annotated[str, Path(min_length=1, max_length=100, pattern=SLUG_PATTERN)]


async def get_catalog(session: SessionDep) -> ProblemCatalog:
    return ProblemCatalog(session)


async def get_submissions(
    request: Request, session: SessionDep, user: CurrentUser
) -> ProblemSubmissions:
    executor: Executor = request.app.state.executor
    return ProblemSubmissions(session, user, executor)


Catalog = Annotated[ProblemCatalog, Depends(get_catalog)]
Submissions = Annotated[ProblemSubmissions, Depends(get_submissions)]


@router.get("/problems", response_model=ListEnvelope[ProblemSummary], summary="List problems")
async def list_problems(
    catalog: Catalog,
    difficulty: Difficulty | None = None,
    topic: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    path: Annotated[
        str | None, Query(min_length=1, max_length=100, description="a learning path's slug")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """The problems solvable here, by title, or in the path's order with `path`; `topic`
    matches one topic (any case)."""
    filters = ProblemFilters(difficulty, topic, path)
    items, total = await catalog.find_many(filters, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.get(
    "/problems/submissions/{submission_id}",
    response_model=Envelope[SubmissionDetail],
    summary="One of your problem submissions",
)
async def get_submission(
    submissions: Submissions, submission_id: Annotated[int, Path(ge=1, le=MAX_DB_INT)]
) -> Any:
    return ok(await submissions.get(submission_id))


@router.get("/problems/{slug}", response_model=Envelope[ProblemDetail], summary="A problem")
async def get_problem(slug: Slug) -> Any:
    """The statement, the signature, the starter code and the examples; the hidden cases and
    the reference solution are never sent."""
    return ok(detail(slug))


@router.post(
    "/problems/{slug}/submit",
    response_model=Envelope[SubmissionResult],
    summary="Submit a solution",
    dependencies=[Depends(execution_limit)],
)
async def submit(slug: Slug, body: SubmitRequest, submissions: Submissions) -> Any:
    """Judge the code on the examples (full feedback), the hidden cases and fresh generated
    cases (name and pass/fail only). `verdict` is accepted, wrong_answer, time_limit,
    runtime_error or memory_limit. Accepted marks the question solved (verified) in every path
    and counts as a review when its card is due; anything else counts an attempt."""
    return ok(await submissions.submit(slug, body.code))


@router.get(
    "/problems/{slug}/submissions",
    response_model=ListEnvelope[SubmissionOut],
    summary="Your submissions to a problem",
)
async def list_submissions(
    slug: Slug, submissions: Submissions, limit: Limit = 20, offset: Offset = 0
) -> Any:
    items, total = await submissions.history(slug, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)
