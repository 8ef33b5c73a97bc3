"""The Python Portal's routes under /api: accounts, exercises, runs, progress, catalog.

Each route parses the Portal's camelCase body, calls the same service as the native
/api/v1 route, and answers in `{success, data, message}` with camelCase fields. Refusals are
the services' own, rendered in the Portal's error shape by `leettrack.compat.errors`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, status
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth import limits
from leettrack.auth.deps import AdminUser, Claims, CurrentUser
from leettrack.auth.schemas import AuthTokens, LoginRequest, RegisterRequest
from leettrack.auth.service import AuthService
from leettrack.compat.errors import to_native
from leettrack.compat.portal import exercise_ids
from leettrack.compat.portal import mapping as portal
from leettrack.compat.portal.schemas import (
    AuthAnswer,
    CatalogStats,
    CodeExecution,
    CodeExecutionResult,
    ExecuteRequest,
    ExerciseMetadata,
    LoginBody,
    LogoutBody,
    PortalExercise,
    ProgressBody,
    ProgressStats,
    RefreshBody,
    RefreshOut,
    RegisterBody,
    UserProgress,
)
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.envelope import Envelope, ok
from leettrack.core.errors import BadRequest
from leettrack.executor import Executor
from leettrack.exercises.content import Difficulty
from leettrack.exercises.limits import execution_limit
from leettrack.exercises.progress import ProgressService as ExerciseProgress
from leettrack.exercises.schemas import ProgressUpdate, RunRequest
from leettrack.exercises.seed import seed_exercises
from leettrack.exercises.service import ExerciseFilters, ExerciseService
from leettrack.exercises.submissions import SubmissionService
from leettrack.progress.service import ProgressService as QuestionProgress
from leettrack.settings import Settings

PORTAL_PREFIX = "/api"
CATALOG_PAGE = 200  # more than the bundled catalog holds; the native maximum

router = APIRouter()
ExerciseRef = Annotated[str, Path(min_length=1, max_length=80)]


async def get_executor(request: Request) -> Executor:
    executor: Executor = request.app.state.executor
    return executor


async def get_submissions(
    session: SessionDep, user: CurrentUser, executor: Annotated[Executor, Depends(get_executor)]
) -> SubmissionService:
    return SubmissionService(session, user, executor)


Submissions = Annotated[SubmissionService, Depends(get_submissions)]


async def _answer(session: AsyncSession, settings: Settings, tokens: AuthTokens) -> AuthAnswer:
    """The tokens with the Portal's `User`: exercise totals and the practice streak."""
    account, _claims = await AuthService(session, settings).authenticate(tokens.access_token)
    stats = await ExerciseProgress(session, account).stats()
    dashboard = await QuestionProgress(session, account).dashboard()
    return portal.auth_answer(tokens, portal.user(account, stats, dashboard.streak))


# --- accounts -----------------------------------------------------------------------------


# The Portal's bodies become the native requests first, so that a sign-in counts against the
# native budgets (`leettrack.auth.limits`) exactly when the native route would count it.


async def registration(request: Request, body: RegisterBody) -> RegisterRequest:
    return await limits.registration(request, to_native(RegisterRequest, body.model_dump()))


async def login_attempt(request: Request, body: LoginBody) -> LoginRequest:
    native = to_native(LoginRequest, body.model_dump(exclude_none=True))
    return await limits.login_attempt(request, native)


async def refresh_attempt(request: Request, body: RefreshBody) -> RefreshBody:
    """Any token string is passed on, as the Portal did: the service refuses unknown ones."""
    await limits.count_refresh(request)
    return body


Registration = Annotated[RegisterRequest, Depends(registration)]
LoginAttempt = Annotated[LoginRequest, Depends(login_attempt)]
RefreshAttempt = Annotated[RefreshBody, Depends(refresh_attempt)]


@router.post(
    "/auth/register", status_code=status.HTTP_201_CREATED, response_model=Envelope[AuthAnswer]
)
async def register(body: Registration, session: SessionDep, settings: SettingsDep) -> Any:
    tokens = await AuthService(session, settings).register(body)
    return ok(await _answer(session, settings, tokens), "Account created")


@router.post("/auth/login", response_model=Envelope[AuthAnswer])
async def login(body: LoginAttempt, session: SessionDep, settings: SettingsDep) -> Any:
    tokens = await AuthService(session, settings).login(body)
    return ok(await _answer(session, settings, tokens), "Signed in")


@router.post("/auth/refresh", response_model=Envelope[AuthAnswer])
async def refresh(body: RefreshAttempt, session: SessionDep, settings: SettingsDep) -> Any:
    tokens = await AuthService(session, settings).refresh(body.refresh_token)
    return ok(await _answer(session, settings, tokens), "Tokens refreshed")


@router.post("/auth/logout", response_model=Envelope[None])
async def logout(
    user: CurrentUser,
    claims: Claims,
    session: SessionDep,
    settings: SettingsDep,
    body: LogoutBody | None = None,
) -> Any:
    await AuthService(session, settings).logout(user, claims, body.refresh_token if body else None)
    return ok(None, "Signed out")


# --- the exercise catalog -----------------------------------------------------------------


async def _exercises(
    session: AsyncSession, filters: ExerciseFilters, limit: int, offset: int
) -> list[PortalExercise]:
    catalog = ExerciseService(session)
    items, _total = await catalog.find_many(filters, limit=limit, offset=offset)
    return [portal.exercise(await catalog.get(item.id)) for item in items]


@router.get("/exercises", response_model=Envelope[list[PortalExercise]])
async def list_exercises(
    session: SessionDep,
    difficulty: Difficulty | None = None,
    topic: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    category: Annotated[str | None, Query(max_length=64)] = None,
    search: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 100,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Any:
    filters = ExerciseFilters(difficulty, category, topic, search)
    exercises = await _exercises(session, filters, limit, offset)
    return ok(exercises, f"Retrieved {len(exercises)} exercises")


@router.get("/exercises/difficulty/{level}", response_model=Envelope[list[PortalExercise]])
async def exercises_by_difficulty(level: Difficulty, session: SessionDep) -> Any:
    exercises = await _exercises(session, ExerciseFilters(difficulty=level), CATALOG_PAGE, 0)
    return ok(exercises, f"Retrieved {len(exercises)} {level} exercises")


@router.get("/exercises/{exercise_id}", response_model=Envelope[PortalExercise])
async def get_exercise(exercise_id: ExerciseRef, session: SessionDep) -> Any:
    native = await ExerciseService(session).get(exercise_ids.resolve(exercise_id))
    return ok(
        portal.exercise(native),
        "testCode and solutionCode are not sent: LeetTrack grades on the server (runTests)",
    )


@router.get("/exercises/{exercise_id}/metadata", response_model=Envelope[ExerciseMetadata])
async def exercise_metadata(exercise_id: ExerciseRef, session: SessionDep) -> Any:
    native = await ExerciseService(session).get(exercise_ids.resolve(exercise_id))
    return ok(portal.exercise_metadata(native), f"Retrieved metadata for exercise {exercise_id}")


@router.get("/topics", response_model=Envelope[list[str]])
async def topics(session: SessionDep) -> Any:
    items, _total = await ExerciseService(session).find_many(
        ExerciseFilters(), limit=CATALOG_PAGE, offset=0
    )
    found = portal.topics(items)
    return ok(found, f"Retrieved {len(found)} topics")


@router.get("/stats", response_model=Envelope[CatalogStats])
async def catalog_stats(session: SessionDep) -> Any:
    items, _total = await ExerciseService(session).find_many(
        ExerciseFilters(), limit=CATALOG_PAGE, offset=0
    )
    return ok(portal.catalog_stats(items), "Retrieved exercise statistics")


@router.post("/refresh", response_model=Envelope[RefreshOut])
async def refresh_catalog(session: SessionDep, _admin: AdminUser) -> Any:
    """Reload the bundled exercises into the database (idempotent; administrators only)."""
    counts = await seed_exercises(session)
    await session.commit()
    total = (await ExerciseService(session).find_many(ExerciseFilters(), limit=1, offset=0))[1]
    refreshed = RefreshOut(
        count=total, created=counts["exercises_created"], updated=counts["exercises_updated"]
    )
    return ok(refreshed, "Catalog refreshed")


# --- running code: each run counts against the execution limit --------------------------

runs = APIRouter(dependencies=[Depends(execution_limit)])


async def _execute(
    submissions: SubmissionService, body: CodeExecution, timeout_ms: int | None
) -> CodeExecutionResult:
    if body.run_tests:
        if not body.exercise_id:
            raise BadRequest("runTests needs an exerciseId", details={"field": "exerciseId"})
        report = await submissions.test(exercise_ids.resolve(body.exercise_id), body.code)
        return portal.test_result(report)
    run = to_native(RunRequest, {"code": body.code, "stdin": body.stdin, "timeout_ms": timeout_ms})
    return portal.run_result(await submissions.run(run.code, run.stdin, run.timeout_ms))


@runs.post("/exercises/run", response_model=Envelope[CodeExecutionResult])
async def run_code(body: CodeExecution, submissions: Submissions) -> Any:
    """Run the code; with `runTests` grade it with the exercise's tests (stored as a
    submission, counted as an attempt)."""
    return ok(await _execute(submissions, body, None), "Code executed successfully")


@runs.post("/exercises/test", response_model=Envelope[CodeExecutionResult])
async def test_code(body: CodeExecution, submissions: Submissions) -> Any:
    graded = body.model_copy(update={"run_tests": True})
    return ok(await _execute(submissions, graded, None), "Tests executed")


@runs.post("/execute", response_model=Envelope[CodeExecutionResult])
async def execute(body: ExecuteRequest, submissions: Submissions) -> Any:
    """The executor service's call. `timeout` (ms) bounds the run as `timeout_ms` does."""
    if body.test_code:
        raise BadRequest(
            "testCode is not accepted: LeetTrack grades an exercise only with its own tests; "
            "send runTests with the exerciseId",
            details={"field": "testCode"},
        )
    return ok(await _execute(submissions, body, body.timeout), "Code executed successfully")


router.include_router(runs)


# --- progress -----------------------------------------------------------------------------


async def get_progress(session: SessionDep, user: CurrentUser) -> ExerciseProgress:
    return ExerciseProgress(session, user)


Progress = Annotated[ExerciseProgress, Depends(get_progress)]


@router.get("/progress", response_model=Envelope[list[UserProgress]])
async def list_progress(progress: Progress, user: CurrentUser) -> Any:
    items, _total = await progress.entries(None, limit=500, offset=0)
    return ok([portal.progress(item, user.id) for item in items])


@router.post("/progress", response_model=Envelope[UserProgress])
async def update_progress(body: ProgressBody, progress: Progress, user: CurrentUser) -> Any:
    """`completed` sets the exercise completed (or back in progress). `timeSpent` is not
    stored: LeetTrack measures the time from the first start to the first completion."""
    update = to_native(
        ProgressUpdate,
        {
            "exercise_id": exercise_ids.resolve(body.exercise_id),
            "status": "completed" if body.completed else "in_progress",
            "last_code": body.best_solution,
        },
    )
    row = await progress.update(update.exercise_id, update.status, update.last_code)
    return ok(portal.progress(row, user.id), "Progress updated")


@router.get("/progress/stats", response_model=Envelope[ProgressStats])
async def progress_stats(progress: Progress) -> Any:
    return ok(portal.progress_stats(await progress.stats()))
