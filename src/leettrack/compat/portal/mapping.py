"""LeetTrack's answers in the Python Portal's shapes, and its error body."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, get_args

from leettrack.auth.models import User
from leettrack.auth.schemas import AuthTokens
from leettrack.compat.errors import NativeError
from leettrack.compat.portal.schemas import (
    AuthAnswer,
    CatalogStats,
    CodeExecutionResult,
    ExerciseMetadata,
    PortalExercise,
    PortalUser,
    ProgressStats,
    TestCase,
    TestResult,
    UserProgress,
)
from leettrack.db import utcnow
from leettrack.executor import RunResult
from leettrack.exercises import schemas as exercises
from leettrack.exercises.content import Difficulty
from leettrack.progress.schemas import Streak


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


def user(account: User, stats: exercises.ProgressStats, streak: Streak) -> PortalUser:
    return PortalUser(
        id=str(account.id),
        username=account.username,
        email=account.email,
        created_at=account.created_at,
        total_exercises_completed=stats.completed,
        total_time_spent=stats.time_spent_seconds,
        current_streak=streak.current,
        longest_streak=streak.longest,
    )


def auth_answer(tokens: AuthTokens, portal_user: PortalUser) -> AuthAnswer:
    return AuthAnswer(
        user=portal_user,
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
    )


def exercise_metadata(native: exercises.ExerciseSummary) -> ExerciseMetadata:
    return ExerciseMetadata.model_validate(
        native.model_dump() | {"estimated_time": native.estimated_minutes}
    )


def exercise(native: exercises.ExerciseDetail) -> PortalExercise:
    return PortalExercise.model_validate(
        native.model_dump() | {"estimated_time": native.estimated_minutes}
    )


def run_result(run: RunResult) -> CodeExecutionResult:
    return CodeExecutionResult(
        success=run.status == "ok" and run.exit_code == 0,
        output=run.stdout,
        errors=run.stderr or _status_error(run.status),
        execution_time=run.duration_ms,
    )


def test_result(report: exercises.GradeReport) -> CodeExecutionResult:
    """A graded run. Each case carries what the grader chose to reveal: hidden cases only
    their name and verdict, examples their message, the answer expected and the one given."""
    errors = report.stderr or _status_error(report.status)
    cases = [
        TestCase(
            name=case.name,
            passed=case.passed,
            expected=case.expected,
            actual=case.got,
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


def progress(row: exercises.ProgressOut, user_id: int) -> UserProgress:
    return UserProgress(
        user_id=str(user_id),
        exercise_id=row.exercise_id,
        completed=row.status == "completed",
        attempts=row.attempts,
        best_solution=row.last_code,
        completed_at=row.completed_at,
        time_spent=row.completion_time or 0,
    )


def progress_stats(native: exercises.ProgressStats) -> ProgressStats:
    """The native statistics under the Portal's names (the counts they share keep theirs)."""
    return ProgressStats.model_validate(
        native.model_dump()
        | {
            "total_exercises_completed": native.completed,
            "total_time_spent": native.time_spent_seconds,
        }
    )


def catalog_stats(rows: Iterable[exercises.ExerciseSummary]) -> CatalogStats:
    rows = list(rows)
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


def topics(rows: Iterable[exercises.ExerciseSummary]) -> list[str]:
    return sorted({topic for row in rows for topic in row.topics})


_DIFFICULTIES: tuple[Difficulty, ...] = get_args(Difficulty)
_STATUS_ERRORS = {
    "timeout": "Execution timed out",
    "memory_limit": "Memory limit exceeded",
    "output_limit": "Output limit exceeded",
    "internal_error": "The sandbox failed to run the code",
}


def _status_error(status: str) -> str | None:
    return _STATUS_ERRORS.get(status)
