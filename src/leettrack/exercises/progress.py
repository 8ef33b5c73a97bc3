"""A learner's progress on exercises: one row per (user, exercise), written by atomic upserts
(`INSERT ... ON CONFLICT DO UPDATE SET attempts = attempts + 1`) so that concurrent test runs
lose no attempt, and read back by a fixed number of aggregate queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, func, null, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.sql import dialect_name, percent, upsert
from leettrack.db import utcnow
from leettrack.executor import check_size
from leettrack.exercises.content import CATEGORIES, DIFFICULTIES
from leettrack.exercises.models import Exercise, ExerciseProgress, ExerciseSubmission
from leettrack.exercises.service import ExerciseService

COMPLETED, IN_PROGRESS, NOT_STARTED = "completed", "in_progress", "not_started"
P = ExerciseProgress

PROGRESS_COLUMNS = (
    P.exercise_id,
    P.status,
    P.attempts,
    P.completion_time,
    P.completed_at,
    P.last_code,
    P.started_at,
    P.updated_at,
)
EXERCISE_COLUMNS = (Exercise.title, Exercise.difficulty, Exercise.category)


def _seconds_between(session: AsyncSession, start: Any, end: Any) -> ColumnElement[int]:
    if dialect_name(session) == "postgresql":
        return cast(func.extract("epoch", end - start), Integer)
    return cast((func.julianday(end) - func.julianday(start)) * 86400, Integer)


def _first_completion(session: AsyncSession, excluded: Any) -> dict[str, Any]:
    """Columns set when the new values complete the exercise: the completion time is kept from
    the first completion, or measured now from the start."""
    return {
        "completed_at": func.coalesce(P.completed_at, excluded.completed_at),
        "completion_time": case(
            (P.completed_at.is_not(None), P.completion_time),
            else_=_seconds_between(session, P.started_at, excluded.completed_at),
        ),
    }


async def _upsert_progress(
    session: AsyncSession,
    *,
    user_id: int,
    exercise_id: str,
    status: str,
    attempts: int,
    last_code: str | None,
    now: datetime,
    changes: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """Insert the user's first progress row on the exercise, or apply `changes` (built from
    `excluded`, the row that was proposed) to the row already there. Returns the row's values."""
    completed = status == COMPLETED
    insert = upsert(session)(P)
    statement = (
        insert.values(
            user_id=user_id,
            exercise_id=exercise_id,
            status=status,
            attempts=attempts,
            completion_time=0 if completed else None,
            completed_at=now if completed else None,
            last_code=last_code,
            started_at=now,
            updated_at=now,
        )
        .on_conflict_do_update(
            index_elements=["user_id", "exercise_id"], set_=changes(insert.excluded)
        )
        .returning(*PROGRESS_COLUMNS)
    )
    return dict((await session.execute(statement)).one()._mapping)


async def record_attempt(
    session: AsyncSession,
    *,
    user_id: int,
    exercise_id: str,
    code: str,
    passed: bool,
    now: datetime,
) -> dict[str, Any]:
    """Count a test run: one more attempt, the code kept, and `completed` on the first full
    pass (a later failure does not undo it). Returns the progress row's values."""

    def changes(excluded: Any) -> dict[str, Any]:
        counted: dict[str, Any] = {
            "attempts": P.attempts + 1,
            "last_code": excluded.last_code,
            "status": case(
                (excluded.status == COMPLETED, COMPLETED),
                (P.status == COMPLETED, COMPLETED),
                else_=IN_PROGRESS,
            ),
            "updated_at": excluded.updated_at,
        }
        if passed:
            counted |= _first_completion(session, excluded)
        return counted

    return await _upsert_progress(
        session,
        user_id=user_id,
        exercise_id=exercise_id,
        status=COMPLETED if passed else IN_PROGRESS,
        attempts=1,
        last_code=code,
        now=now,
        changes=changes,
    )


class ProgressService:
    def __init__(self, session: AsyncSession, user: User) -> None:
        self.session = session
        self.user = user

    async def update(self, exercise_id: str, status: str, last_code: str | None) -> dict[str, Any]:
        """Set the caller's status on an exercise (the Python Portal's POST /progress).
        `completed` keeps the first completion's time; any other status clears it."""
        if last_code is not None:
            check_size("last_code", last_code)
        exercise = await ExerciseService(self.session).find(exercise_id)

        def changes(excluded: Any) -> dict[str, Any]:
            updated: dict[str, Any] = {
                "status": excluded.status,
                "updated_at": excluded.updated_at,
            }
            if status == COMPLETED:
                updated |= _first_completion(self.session, excluded)
            else:
                updated |= {"completed_at": null(), "completion_time": null()}
            if last_code is not None:
                updated["last_code"] = excluded.last_code
            return updated

        row = await _upsert_progress(
            self.session,
            user_id=self.user.id,
            exercise_id=exercise.id,
            status=status,
            attempts=0,
            last_code=last_code,
            now=utcnow(),
            changes=changes,
        )
        await self.session.commit()
        return row | {
            "title": exercise.title,
            "difficulty": exercise.difficulty,
            "category": exercise.category,
        }

    async def entries(
        self, status: str | None, *, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        conditions = [P.user_id == self.user.id]
        if status is not None:
            conditions.append(P.status == status)
        total = await self.session.scalar(select(func.count(P.id)).where(*conditions))
        rows = await self.session.execute(
            select(*PROGRESS_COLUMNS, *EXERCISE_COLUMNS)
            .join(Exercise, Exercise.id == P.exercise_id)
            .where(*conditions)
            .order_by(Exercise.sort_order, Exercise.id)
            .limit(limit)
            .offset(offset)
        )
        return [dict(row._mapping) for row in rows], total or 0

    async def stats(self) -> dict[str, Any]:
        """Three aggregate queries, whatever the size of the history."""
        mine = and_(P.exercise_id == Exercise.id, P.user_id == self.user.id)
        counts = await self.session.execute(
            select(
                Exercise.difficulty,
                Exercise.category,
                func.count(Exercise.id),
                func.count(case((P.status == COMPLETED, 1))),
                func.count(case((P.status == IN_PROGRESS, 1))),
            )
            .outerjoin(P, mine)
            .group_by(Exercise.difficulty, Exercise.category)
        )
        progress = (
            await self.session.execute(
                select(
                    func.coalesce(func.sum(P.attempts), 0),
                    func.coalesce(
                        func.sum(case((P.status == COMPLETED, P.completion_time), else_=0)), 0
                    ),
                    func.max(P.updated_at),
                ).where(P.user_id == self.user.id)
            )
        ).one()
        submissions = (
            await self.session.execute(
                select(
                    func.count(ExerciseSubmission.id),
                    func.count(case((ExerciseSubmission.success.is_(True), 1))),
                    func.max(ExerciseSubmission.submitted_at),
                ).where(ExerciseSubmission.user_id == self.user.id)
            )
        ).one()
        return _stats(counts.all(), progress, submissions)


def _stats(counts: Any, progress: Any, submissions: Any) -> dict[str, Any]:
    by_difficulty = {name: _zero() for name in DIFFICULTIES}
    by_category = {name: _zero() for name in CATEGORIES}
    for difficulty, category, total, completed, in_progress in counts:
        for group in (by_difficulty.get(difficulty), by_category.get(category)):
            if group is not None:
                group["total"] += total
                group["completed"] += completed
                group["in_progress"] += in_progress
    total = sum(group["total"] for group in by_difficulty.values())
    completed = sum(group["completed"] for group in by_difficulty.values())
    in_progress = sum(group["in_progress"] for group in by_difficulty.values())
    attempts, time_spent, progress_at = progress
    submitted, succeeded, submitted_at = submissions
    moments = [moment for moment in (progress_at, submitted_at) if moment is not None]
    return {
        "total_exercises": total,
        "completed": completed,
        "in_progress": in_progress,
        "not_started": total - completed - in_progress,
        "completion_rate": percent(completed, total),
        "by_difficulty": by_difficulty,
        "by_category": by_category,
        "attempts": int(attempts),
        "submissions": submitted,
        "successful_submissions": succeeded,
        "success_rate": percent(succeeded, submitted),
        "time_spent_seconds": int(time_spent),
        "last_activity_at": max(moments) if moments else None,
    }


def _zero() -> dict[str, int]:
    return {"completed": 0, "in_progress": 0, "total": 0}
