"""LeetTrack's answers in the Python Portal's shapes, and its error body."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from leettrack.compat.errors import NativeError
from leettrack.compat.portal.schemas import (
    AuthAnswer,
    CatalogStats,
    CodeExecutionResult,
    CountsByDifficulty,
    ExerciseMetadata,
    PortalExercise,
    PortalUser,
    ProgressStats,
    TestCase,
    TestResult,
    UserProgress,
)
from leettrack.compat.reading import Read as _Read
from leettrack.compat.reading import get as _get
from leettrack.db import utcnow


class _Run(_Read):
    status: str
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    duration_ms: float = 0.0


class _Case(_Read):
    name: str
    passed: bool
    message: str | None = None
    expected: Any = None
    actual: Any = None


class _Report(_Read):
    passed: bool
    status: str = "ok"
    tests: list[_Case] = []
    stdout: str = ""
    stderr: str = ""
    duration_ms: float = 0.0


class _Exercise(_Read):
    id: str
    title: str
    description: str
    difficulty: str
    category: str
    topics: list[str]
    estimated_minutes: int
    order: int
    instructions: str = ""
    starter_code: str = ""


class _Progress(_Read):
    exercise_id: str
    status: str
    attempts: int
    completion_time: int | None = None
    completed_at: Any = None
    last_code: str | None = None


def error_body(error: NativeError) -> dict[str, Any]:
    """python-portal-types' `APIResponse` for a failure: `error` is the message."""
    body: dict[str, Any] = {
        "success": False,
        "error": error.message,
        "message": error.message,
        "code": error.code,
        "timestamp": utcnow().isoformat().replace("+00:00", "Z"),
    }
    if error.details:
        body["details"] = error.details
    if error.request_id:
        body["correlationId"] = error.request_id
    return body


def user(account: Any, stats: Any, streak: Any) -> PortalUser:
    return PortalUser(
        id=str(account.id),
        username=account.username,
        email=account.email,
        created_at=account.created_at,
        total_exercises_completed=_get(stats, "completed"),
        total_time_spent=_get(stats, "time_spent_seconds"),
        current_streak=_get(streak, "current"),
        longest_streak=_get(streak, "longest"),
    )


def auth_answer(tokens: Any, portal_user: PortalUser) -> AuthAnswer:
    return AuthAnswer(
        user=portal_user,
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
    )


def exercise_metadata(native: Any) -> ExerciseMetadata:
    row = _Exercise.model_validate(native)
    return ExerciseMetadata(
        id=row.id,
        title=row.title,
        description=row.description,
        difficulty=row.difficulty,
        topics=row.topics,
        order=row.order,
        estimated_time=row.estimated_minutes,
        category=row.category,
    )


def exercise(native: Any) -> PortalExercise:
    row = _Exercise.model_validate(native)
    return PortalExercise(
        **exercise_metadata(native).model_dump(),
        instructions=row.instructions,
        starter_code=row.starter_code,
    )


def run_result(native: Any) -> CodeExecutionResult:
    run = _Run.model_validate(native)
    return CodeExecutionResult(
        success=run.status == "ok" and run.exit_code == 0,
        output=run.stdout,
        errors=run.stderr or _status_error(run.status),
        execution_time=run.duration_ms,
    )


def test_result(native: Any) -> CodeExecutionResult:
    """A graded run. Each case carries what the grader chose to reveal: hidden cases only
    their name and verdict, examples their message (and expected/actual when given)."""
    report = _Report.model_validate(native)
    errors = report.stderr or _status_error(report.status)
    cases = [
        TestCase(
            name=case.name,
            passed=case.passed,
            expected=case.expected,
            actual=case.actual,
            error=None if case.passed else (case.message or None),
        )
        for case in report.tests
    ]
    return CodeExecutionResult(
        success=report.passed,
        output=report.stdout,
        errors=errors,
        test_result=TestResult(
            passed=report.passed,
            output=report.stdout,
            errors=errors,
            execution_time=report.duration_ms,
            test_cases=cases,
        ),
        execution_time=report.duration_ms,
    )


def progress(native: Any, user_id: int) -> UserProgress:
    row = _Progress.model_validate(native)
    return UserProgress(
        user_id=str(user_id),
        exercise_id=row.exercise_id,
        completed=row.status == "completed",
        attempts=row.attempts,
        best_solution=row.last_code,
        completed_at=row.completed_at,
        time_spent=row.completion_time or 0,
    )


def progress_stats(native: Any) -> ProgressStats:
    def counts(groups: Any) -> dict[str, CountsByDifficulty]:
        return {
            name: CountsByDifficulty.model_validate(group, from_attributes=True)
            for name, group in dict(groups).items()
        }

    return ProgressStats(
        total_exercises=_get(native, "total_exercises"),
        total_exercises_completed=_get(native, "completed"),
        in_progress=_get(native, "in_progress"),
        not_started=_get(native, "not_started"),
        completion_rate=_get(native, "completion_rate"),
        by_difficulty=counts(_get(native, "by_difficulty")),
        by_category=counts(_get(native, "by_category")),
        attempts=_get(native, "attempts"),
        submissions=_get(native, "submissions"),
        successful_submissions=_get(native, "successful_submissions"),
        success_rate=_get(native, "success_rate"),
        total_time_spent=_get(native, "time_spent_seconds"),
        last_activity_at=_get(native, "last_activity_at"),
    )


def catalog_stats(exercises: Iterable[Any]) -> CatalogStats:
    rows = [_Exercise.model_validate(item) for item in exercises]
    total_time = sum(row.estimated_minutes for row in rows)
    by_difficulty = Counter(row.difficulty for row in rows)
    topics = Counter(topic for row in rows for topic in row.topics)
    return CatalogStats(
        total=len(rows),
        by_difficulty={level: by_difficulty.get(level, 0) for level in _DIFFICULTIES},
        average_time=round(total_time / len(rows)) if rows else 0,
        total_time=total_time,
        concept_coverage=dict(sorted(topics.items())),
    )


def topics(exercises: Iterable[Any]) -> list[str]:
    return sorted({topic for item in exercises for topic in _Exercise.model_validate(item).topics})


_DIFFICULTIES = ("beginner", "intermediate", "advanced")
_STATUS_ERRORS = {
    "timeout": "Execution timed out",
    "memory_limit": "Memory limit exceeded",
    "output_limit": "Output limit exceeded",
    "internal_error": "The sandbox failed to run the code",
}


def _status_error(status: str) -> str | None:
    return _STATUS_ERRORS.get(status)
