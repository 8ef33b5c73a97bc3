"""Routes of the Python exercises under /api/v1: the catalog, runs and test runs, submissions
and progress. Python Portal clients are served under /api by `leettrack.compat.portal`. Runs
count against the execution limit (`leettrack.exercises.limits`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from leettrack.auth.deps import CurrentUser
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, ok, page
from leettrack.core.params import MAX_DB_INT, Offset
from leettrack.executor import Executor, RunOut
from leettrack.exercises.content import MAX_ID_LENGTH, Category, Difficulty
from leettrack.exercises.limits import execution_limit
from leettrack.exercises.progress import ProgressService
from leettrack.exercises.schemas import (
    CategoryOut,
    ExerciseDetail,
    ExerciseSummary,
    HintOut,
    ProgressOut,
    ProgressStats,
    ProgressStatus,
    ProgressUpdate,
    RunRequest,
    SubmissionDetail,
    SubmissionOut,
    TestOut,
    TestRequest,
)
from leettrack.exercises.service import ExerciseFilters, ExerciseService
from leettrack.exercises.submissions import SubmissionService

router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=200)]
ExerciseId = Annotated[str, Path(min_length=1, max_length=MAX_ID_LENGTH)]


# The dependencies are coroutines, though they never wait: FastAPI runs a plain function in a
# worker thread, a round trip between threads per dependency and request.


async def get_executor(request: Request) -> Executor:
    executor: Executor = request.app.state.executor
    return executor


async def get_catalog(session: SessionDep) -> ExerciseService:
    return ExerciseService(session)


async def get_submissions(
    session: SessionDep, user: CurrentUser, executor: Annotated[Executor, Depends(get_executor)]
) -> SubmissionService:
    return SubmissionService(session, user, executor)


async def get_progress(session: SessionDep, user: CurrentUser) -> ProgressService:
    return ProgressService(session, user)


Catalog = Annotated[ExerciseService, Depends(get_catalog)]
Submissions = Annotated[SubmissionService, Depends(get_submissions)]
Progress = Annotated[ProgressService, Depends(get_progress)]


@router.get(
    "/exercises",
    response_model=ListEnvelope[ExerciseSummary],
    tags=["exercises"],
    summary="List exercises",
)
async def list_exercises(
    catalog: Catalog,
    difficulty: Difficulty | None = None,
    category: Category | None = None,
    topic: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    search: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Exercises in learning order; `topic` matches one topic (any case), `search` a part of
    the title, description or id."""
    filters = ExerciseFilters(difficulty, category, topic, search)
    items, total = await catalog.find_many(filters, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.get(
    "/exercises/categories",
    response_model=Envelope[list[CategoryOut]],
    tags=["exercises"],
    summary="Exercise categories",
)
async def categories(catalog: Catalog) -> Any:
    return ok(await catalog.categories())


@router.post(
    "/exercises/run",
    response_model=Envelope[RunOut],
    tags=["exercises"],
    summary="Run code",
    dependencies=[Depends(execution_limit)],
)
async def run_code(body: RunRequest, submissions: Submissions) -> Any:
    """Run a program in the sandbox with `stdin`. `status` is one of ok, runtime_error,
    timeout, memory_limit, output_limit, internal_error. Code over 64 KiB is refused (413); a
    busy or missing executor is 503 EXECUTOR_UNAVAILABLE."""
    return ok(await submissions.run(body.code, body.stdin, body.timeout_ms))


@router.post(
    "/exercises/test",
    response_model=Envelope[TestOut],
    tags=["exercises"],
    summary="Run an exercise's tests",
    dependencies=[Depends(execution_limit)],
)
async def test_code(body: TestRequest, submissions: Submissions) -> Any:
    """Grade code against the exercise's hidden tests. The submission is stored and the
    caller's progress updated: one more attempt, and `completed` on the first full pass."""
    return ok(await submissions.test(body.exercise_id, body.code))


@router.get(
    "/exercises/{exercise_id}",
    response_model=Envelope[ExerciseDetail],
    tags=["exercises"],
    summary="One exercise",
)
async def get_exercise(catalog: Catalog, exercise_id: ExerciseId) -> Any:
    """Instructions, starter code and metadata; never the solution or the hidden tests."""
    return ok(await catalog.get(exercise_id))


@router.get(
    "/exercises/{exercise_id}/hints/{number}",
    response_model=Envelope[HintOut],
    tags=["exercises"],
    summary="One hint",
)
async def get_hint(
    catalog: Catalog, exercise_id: ExerciseId, number: Annotated[int, Path(ge=1, le=100)]
) -> Any:
    """Hint `number` (from 1); each reveals more than the one before."""
    return ok(await catalog.hint(exercise_id, number))


@router.get(
    "/exercises/{exercise_id}/submissions",
    response_model=ListEnvelope[SubmissionOut],
    tags=["exercises"],
    summary="My submissions to an exercise",
)
async def list_submissions(
    submissions: Submissions, exercise_id: ExerciseId, limit: Limit = 50, offset: Offset = 0
) -> Any:
    items, total = await submissions.history(exercise_id, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.get(
    "/submissions/{submission_id}",
    response_model=Envelope[SubmissionDetail],
    tags=["exercises"],
    summary="One of my submissions",
)
async def get_submission(
    submissions: Submissions, submission_id: Annotated[int, Path(ge=1, le=MAX_DB_INT)]
) -> Any:
    """The code and the full test report; another user's submission is not found (404)."""
    return ok(await submissions.get(submission_id))


@router.get(
    "/progress",
    response_model=ListEnvelope[ProgressOut],
    tags=["exercise progress"],
    summary="My exercise progress",
)
async def list_progress(
    progress: Progress,
    status: ProgressStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> Any:
    items, total = await progress.entries(status, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.post(
    "/progress",
    response_model=Envelope[ProgressOut],
    tags=["exercise progress"],
    summary="Set my status on an exercise",
)
async def update_progress(body: ProgressUpdate, progress: Progress) -> Any:
    return ok(await progress.update(body.exercise_id, body.status, body.last_code))


@router.get(
    "/progress/stats",
    response_model=Envelope[ProgressStats],
    tags=["exercise progress"],
    summary="My exercise statistics",
)
async def progress_stats(progress: Progress) -> Any:
    """Completed exercises by difficulty and category, attempts, the success rate of test
    runs and the time spent."""
    return ok(await progress.stats())
