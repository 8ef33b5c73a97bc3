"""Exercises: the catalog by category with the learner's status, and an exercise's page with
its instructions, the editor, Run and Test, hints one at a time and the submissions so far.

Run and Test post the form (or `exercise.js` posts it with fetch) and are answered with the
exercise page itself, the code and stdin kept in their fields whatever happened: a refusal
(rate limited, executor unavailable, code too large) is a message on the page, never a lost
editor. They count against the same per-user execution limit as the JSON API.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from leettrack.auth.models import User
from leettrack.core.deps import SessionDep
from leettrack.core.errors import AppError, RateLimited
from leettrack.executor import Executor, RunResult
from leettrack.exercises.content import MAX_ID_LENGTH
from leettrack.exercises.limits import count_run
from leettrack.exercises.progress import ProgressService
from leettrack.exercises.schemas import RunRequest, TestRequest
from leettrack.exercises.service import ExerciseFilters, ExerciseService
from leettrack.exercises.submissions import SubmissionService
from leettrack.web.forms import form_data, parse
from leettrack.web.markdown import render_markdown, without_title
from leettrack.web.render import render
from leettrack.web.session import WebUser

router = APIRouter()

CATALOG_LIMIT = 200
SUBMISSIONS_SHOWN = 10
ExerciseId = Annotated[str, Path(min_length=1, max_length=MAX_ID_LENGTH)]
STATUS_LABELS = {"not_started": "Not started", "in_progress": "In progress", "completed": "Done"}


@dataclass(frozen=True, slots=True)
class Attempt:
    """What the learner last sent from the editor, and what came of it."""

    code: str
    stdin: str = ""
    run: RunResult | None = None
    report: dict[str, Any] | None = None
    error: AppError | None = None


def _executor(request: Request) -> Executor:
    executor: Executor = request.app.state.executor
    return executor


async def _statuses(session: SessionDep, user: User) -> dict[str, dict[str, Any]]:
    entries, _total = await ProgressService(session, user).entries(None, limit=500, offset=0)
    return {entry.exercise_id: entry.model_dump() for entry in entries}


@router.get("/exercises")
async def catalog(request: Request, session: SessionDep, user: WebUser) -> Response:
    service = ExerciseService(session)
    categories = await service.categories()
    exercises, _total = await service.find_many(ExerciseFilters(), limit=CATALOG_LIMIT, offset=0)
    progress = await _statuses(session, user)
    by_category: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for exercise in exercises:
        status = progress.get(exercise.id, {}).get("status", "not_started")
        by_category[exercise.category].append(
            exercise.model_dump() | {"status": status, "status_label": STATUS_LABELS[status]}
        )
    sections = [
        category.model_dump() | {"exercises": by_category[category.id]}
        for category in categories
        if by_category[category.id]
    ]
    done = sum(1 for entry in progress.values() if entry["status"] == "completed")
    return render(
        request,
        "exercises.html",
        {"sections": sections, "completed": done, "total": len(exercises)},
    )


async def _exercise_page(
    request: Request,
    session: SessionDep,
    user: User,
    exercise_id: str,
    attempt: Attempt | None = None,
) -> Response:
    service = ExerciseService(session)
    exercise = await service.get(exercise_id)
    hints = [
        render_markdown((await service.hint(exercise_id, number)).hint)
        for number in range(1, exercise.hint_count + 1)
    ]
    progress = (await _statuses(session, user)).get(exercise_id)
    submissions = SubmissionService(session, user, _executor(request))
    recent, submission_total = await submissions.recent(exercise_id, limit=SUBMISSIONS_SHOWN)
    history = [item.model_dump() for item in recent]
    if attempt is None:
        last_code = progress["last_code"] if progress else None
        attempt = Attempt(code=last_code or exercise.starter_code)
    status = progress["status"] if progress else "not_started"
    error = attempt.error
    return render(
        request,
        "exercise.html",
        {
            "exercise": exercise,
            "instructions": render_markdown(without_title(exercise.instructions, exercise.title)),
            "hints": hints,
            "status": status,
            "status_label": STATUS_LABELS[status],
            "attempts": progress["attempts"] if progress else 0,
            "attempt": attempt,
            "history": history,
            "submission_total": submission_total,
            "problem": error.message if error else None,
            "problem_kind": problem_kind(error),
        },
        status_code=error.status_code if error else 200,
        headers=retry_after(error),
    )


def problem_kind(error: AppError | None) -> str | None:
    if error is None:
        return None
    return {
        "RATE_LIMITED": "Too many runs",
        "EXECUTOR_UNAVAILABLE": "The code runner is unavailable",
        "PAYLOAD_TOO_LARGE": "Too large",
        "VALIDATION_ERROR": "Not accepted",
    }.get(error.code, "Not run")


def retry_after(error: AppError | None) -> dict[str, str] | None:
    headers = (error.headers or {}) if error else {}
    retry = headers.get("Retry-After")
    return {"Retry-After": retry} if retry else None


@router.get("/exercises/{exercise_id}")
async def exercise_page(
    request: Request, session: SessionDep, user: WebUser, exercise_id: ExerciseId
) -> Response:
    return await _exercise_page(request, session, user, exercise_id)


async def check_execution_limit(request: Request, user: User) -> None:
    """The API's execution limit, in the same budget as this user's API runs, refused in the
    page's words."""
    try:
        await count_run(request, user)
    except RateLimited as refused:
        retry = refused.retry_after
        raise RateLimited(
            f"You have started too many runs; wait {retry} s, then try again.",
            retry_after=retry,
            details=refused.details,
        ) from None


def editor_text(value: str | None) -> str:
    """A textarea's value as the browser sent it (CRLF line ends), as the code was written."""
    return (value or "").replace("\r\n", "\n")


@router.post("/exercises/{exercise_id}/run")
async def run(
    request: Request, session: SessionDep, user: WebUser, exercise_id: ExerciseId
) -> Response:
    form = await form_data(request)
    attempt = Attempt(code=editor_text(form.get("code")), stdin=editor_text(form.get("stdin")))
    await ExerciseService(session).find(exercise_id)  # an unknown exercise is a 404 page
    try:
        body = parse(RunRequest, {"code": attempt.code, "stdin": attempt.stdin})
        await check_execution_limit(request, user)
        result = await SubmissionService(session, user, _executor(request)).run(
            body.code, body.stdin, None
        )
    except AppError as error:
        attempt = Attempt(attempt.code, attempt.stdin, error=error)
    else:
        attempt = Attempt(attempt.code, attempt.stdin, run=result)
    return await _exercise_page(request, session, user, exercise_id, attempt)


@router.post("/exercises/{exercise_id}/test")
async def run_tests(
    request: Request, session: SessionDep, user: WebUser, exercise_id: ExerciseId
) -> Response:
    form = await form_data(request)
    attempt = Attempt(code=editor_text(form.get("code")), stdin=editor_text(form.get("stdin")))
    try:
        body = parse(TestRequest, {"exercise_id": exercise_id, "code": attempt.code})
        await check_execution_limit(request, user)
        report = await SubmissionService(session, user, _executor(request)).test(
            body.exercise_id, body.code
        )
    except AppError as error:
        if error.status_code == 404:
            raise
        attempt = Attempt(attempt.code, attempt.stdin, error=error)
    else:
        attempt = Attempt(attempt.code, attempt.stdin, report=report.model_dump())
    return await _exercise_page(request, session, user, exercise_id, attempt)
