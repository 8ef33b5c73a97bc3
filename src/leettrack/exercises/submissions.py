"""Running code and grading it: free runs, test runs stored as submissions, their history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core import metrics
from leettrack.core.errors import NotFound
from leettrack.core.pagination import paginate
from leettrack.db import utcnow
from leettrack.executor import Executor, RunResult, check_size, record_execution
from leettrack.exercises.grading import Suite, grade, new_seed
from leettrack.exercises.models import Exercise, ExerciseSubmission
from leettrack.exercises.progress import record_attempt
from leettrack.exercises.schemas import GradeReport, SubmissionDetail, SubmissionOut, TestOut

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
DETAIL_COLUMNS = (*SUMMARY_COLUMNS, S.code, S.test_results)


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

    async def test(self, exercise_id: str, code: str) -> TestOut:
        """Grade ``code`` on the exercise's examples, hidden cases and freshly generated cases
        (see grading.py), store the submission with its seed and count the attempt. Nothing is
        stored when the code could not be run at all (503)."""
        check_size("code", code)
        exercise = await self.session.get(Exercise, exercise_id)
        if exercise is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        suite, seed = Suite.of(exercise), new_seed()
        await self.session.commit()  # hold no connection while the code runs
        report = await grade(self.executor, suite, code, seed, user=self._user_key)
        record_execution(report.status, report.duration_ms / 1000)
        now = utcnow()
        submission = ExerciseSubmission(
            user_id=self.user.id,
            exercise_id=exercise.id,
            code=code,
            test_results=report.model_dump(mode="json"),
            success=report.passed,
            passed=report.summary.passed,
            total=report.summary.total,
            duration_ms=round(report.duration_ms),
            seed=seed,
            submitted_at=now,
        )
        self.session.add(submission)
        await self.session.flush()
        progress = await record_attempt(
            self.session,
            user_id=self.user.id,
            exercise=exercise,
            code=code,
            passed=report.passed,
            now=now,
        )
        await self.session.commit()
        metrics.record_submission(report.passed)
        return TestOut(**report.model_dump(), submission_id=submission.id, progress=progress)

    async def history(
        self, exercise_id: str, *, limit: int, offset: int
    ) -> tuple[list[SubmissionOut], int]:
        """The caller's submissions to an exercise, newest first."""
        rows, total = await self._page(exercise_id, SUMMARY_COLUMNS, limit=limit, offset=offset)
        return [SubmissionOut.model_validate(dict(row._mapping)) for row in rows], total

    async def recent(self, exercise_id: str, *, limit: int) -> tuple[list[SubmissionDetail], int]:
        """The caller's newest submissions to an exercise in full, and how many there are."""
        rows, total = await self._page(exercise_id, DETAIL_COLUMNS, limit=limit, offset=0)
        return [_detail(row) for row in rows], total

    async def get(self, submission_id: int) -> SubmissionDetail:
        """One of the caller's submissions; anyone else's is not found."""
        row = (
            await self.session.execute(
                select(*DETAIL_COLUMNS).where(S.id == submission_id, S.user_id == self.user.id)
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"Submission {submission_id} not found")
        return _detail(row)

    async def _page(
        self, exercise_id: str, columns: tuple[Any, ...], *, limit: int, offset: int
    ) -> tuple[Sequence[Row[Any]], int]:
        if await self.session.scalar(select(Exercise.id).where(Exercise.id == exercise_id)) is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        statement = (
            select(*columns)
            .where(S.user_id == self.user.id, S.exercise_id == exercise_id)
            .order_by(S.submitted_at.desc(), S.id.desc())
        )
        return await paginate(self.session, statement, limit=limit, offset=offset)


def _detail(row: Row[Any]) -> SubmissionDetail:
    values = dict(row._mapping)
    result = GradeReport.model_validate(values.pop("test_results"))
    return SubmissionDetail(**values, result=result)
