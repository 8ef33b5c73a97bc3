"""Running code and grading it: free runs, test runs stored as submissions, their history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core import metrics
from leettrack.core.errors import NotFound
from leettrack.db import utcnow
from leettrack.executor import Executor, RunResult, check_size, record_execution
from leettrack.exercises.models import Exercise, ExerciseSubmission
from leettrack.exercises.progress import record_attempt

S = ExerciseSubmission
SUMMARY_COLUMNS = (
    S.id,
    S.exercise_id,
    S.success,
    S.passed.label("tests_passed"),
    S.total.label("tests_total"),
    S.duration_ms,
    S.submitted_at,
)


class SubmissionService:
    def __init__(self, session: AsyncSession, user: User, executor: Executor) -> None:
        self.session = session
        self.user = user
        self.executor = executor
        self._user_key = f"user:{user.id}"  # the executor's fair share is per user

    async def run(self, code: str, stdin: str, timeout_ms: int | None) -> RunResult:
        await self.session.commit()  # authentication read the user: release the connection
        result = await self.executor.run_code(code, stdin, timeout_ms, user=self._user_key)
        record_execution(result.status, result.duration_ms / 1000)
        return result

    async def test(self, exercise_id: str, code: str) -> dict[str, Any]:
        """Grade ``code`` against the exercise's hidden tests, store the submission and count
        the attempt. Nothing is stored when the code could not be run at all (503)."""
        check_size("code", code)
        exercise = await self.session.get(Exercise, exercise_id)
        if exercise is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        cases = exercise.tests["cases"]
        await self.session.commit()  # hold no connection while the code runs
        report = await self.executor.run_tests(code, cases, user=self._user_key)
        record_execution(report.status, report.duration_ms / 1000)
        now = utcnow()
        submission = ExerciseSubmission(
            user_id=self.user.id,
            exercise_id=exercise.id,
            code=code,
            test_results=report.to_dict(),
            success=report.passed,
            passed=report.summary.passed,
            total=report.summary.total,
            duration_ms=round(report.duration_ms),
            submitted_at=now,
        )
        self.session.add(submission)
        await self.session.flush()
        progress = await record_attempt(
            self.session,
            user_id=self.user.id,
            exercise_id=exercise.id,
            code=code,
            passed=report.passed,
            now=now,
        )
        await self.session.commit()
        metrics.record_submission(report.passed)
        return report.to_dict() | {
            "submission_id": submission.id,
            "progress": progress
            | {
                "title": exercise.title,
                "difficulty": exercise.difficulty,
                "category": exercise.category,
            },
        }

    async def history(
        self, exercise_id: str, *, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """The caller's submissions to an exercise, newest first."""
        if await self.session.scalar(select(Exercise.id).where(Exercise.id == exercise_id)) is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        mine = (S.user_id == self.user.id, S.exercise_id == exercise_id)
        total = await self.session.scalar(select(func.count(S.id)).where(*mine))
        rows = await self.session.execute(
            select(*SUMMARY_COLUMNS)
            .where(*mine)
            .order_by(S.submitted_at.desc(), S.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [dict(row._mapping) for row in rows], total or 0

    async def get(self, submission_id: int) -> dict[str, Any]:
        """One of the caller's submissions; anyone else's is not found."""
        row = (
            await self.session.execute(
                select(*SUMMARY_COLUMNS, S.code, S.test_results).where(
                    S.id == submission_id, S.user_id == self.user.id
                )
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"Submission {submission_id} not found")
        values = dict(row._mapping)
        values["result"] = values.pop("test_results")
        return values
