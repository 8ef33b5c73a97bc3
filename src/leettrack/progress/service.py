"""The user's progress: one row per (user, question), events for the calendar, derived views.

Updates are atomic upserts (`INSERT ... ON CONFLICT DO UPDATE SET attempts = attempts + 1`),
so concurrent updates of one question lose no attempt. Every view is a fixed number of
aggregate queries, whatever the size of the history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import and_, func, literal_column, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.pagination import paginate
from leettrack.core.sql import dialect_name, upsert
from leettrack.db import utcnow
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.paths.service import (
    CategoryStat,
    PathService,
    by_category,
    category_stats,
    progress_totals,
    question_fields,
    resolve_question,
    visible_to,
)
from leettrack.progress.activity import calendar, events_per_day, local_today, streaks, user_zone
from leettrack.progress.schemas import (
    ActivePath,
    Dashboard,
    EnrolledPath,
    NextQuestion,
    NotesUpdate,
    PathProgress,
    ProgressSummary,
    QuestionProgress,
    QuestionUpdate,
    SolvedCounts,
    Streak,
    TopicProgress,
    TrackedQuestion,
)
from leettrack.reviews import service as reviews_service
from leettrack.tracking.models import QuestionActivity, UserQuestion
from leettrack.tracking.status import ATTEMPTED, EVENTS, SOLVED

_TRACKED_COLUMNS = (
    UserQuestion.status,
    UserQuestion.attempts,
    UserQuestion.time_spent_seconds,
    UserQuestion.first_solved_at,
    UserQuestion.last_attempted_at,
    UserQuestion.notes,
    UserQuestion.updated_at,
)


Tracked = TypeVar("Tracked", bound=TrackedQuestion)


def _tracked(model: type[Tracked], question: Question, row: Any, **extra: object) -> Tracked:
    """A tracked question from its catalog row and a row of `_TRACKED_COLUMNS`."""
    tracked = {column.key: getattr(row, column.key) for column in _TRACKED_COLUMNS}
    return model(**question_fields(question), topic_tags=question.topic_tags, **tracked, **extra)


class ProgressService:
    def __init__(self, session: AsyncSession, user: User) -> None:
        self.session = session
        self.user = user

    # --- writing ------------------------------------------------------------------------------

    async def update_question(
        self, slug: str, body: QuestionUpdate, leetcode: LeetCodeClient | None
    ) -> QuestionProgress:
        """Upsert the caller's progress on a question in one atomic statement; an `attempted`
        or `solved` event adds an attempt and an activity row; a first solve opens a review."""
        question = await resolve_question(self.session, slug, leetcode)
        now = utcnow()
        event = body.status in EVENTS
        solved = body.status == SOLVED
        insert = upsert(self.session)(UserQuestion)
        excluded = insert.excluded
        changes: dict[str, Any] = {
            "status": excluded.status,
            "attempts": UserQuestion.attempts + excluded.attempts,
            "time_spent_seconds": UserQuestion.time_spent_seconds + excluded.time_spent_seconds,
            "first_solved_at": func.coalesce(
                UserQuestion.first_solved_at, excluded.first_solved_at
            ),
            "last_attempted_at": func.coalesce(
                excluded.last_attempted_at, UserQuestion.last_attempted_at
            ),
            "updated_at": excluded.updated_at,
        }
        if "notes" in body.model_fields_set:
            changes["notes"] = excluded.notes
        statement = (
            insert.values(
                user_id=self.user.id,
                question_id=question.id,
                status=body.status,
                attempts=int(event),
                time_spent_seconds=body.time_spent_seconds or 0,
                first_solved_at=now if solved else None,
                last_attempted_at=now if event else None,
                notes=body.notes,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_update(index_elements=["user_id", "question_id"], set_=changes)
            .returning(*_TRACKED_COLUMNS)
        )
        row = (await self.session.execute(statement)).one()
        newly_solved = solved and row.first_solved_at == now
        if event:
            self.session.add(
                QuestionActivity(
                    user_id=self.user.id, question_id=question.id, kind=body.status, occurred_at=now
                )
            )
        if newly_solved:
            await reviews_service.on_question_solved(
                self.session, user_id=self.user.id, question_id=question.id, solved_at=now
            )
        await self.session.commit()
        return _tracked(QuestionProgress, question, row, newly_solved=newly_solved)

    async def set_notes(
        self, slug: str, body: NotesUpdate, leetcode: LeetCodeClient | None
    ) -> QuestionProgress:
        """Replace the caller's notes on a question; its status and attempts stay as they are
        (a question not tracked yet starts as `todo`)."""
        question = await resolve_question(self.session, slug, leetcode)
        now = utcnow()
        insert = upsert(self.session)(UserQuestion)
        statement = (
            insert.values(
                user_id=self.user.id,
                question_id=question.id,
                status="todo",
                attempts=0,
                time_spent_seconds=0,
                notes=body.notes,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_update(
                index_elements=["user_id", "question_id"],
                set_={"notes": insert.excluded.notes, "updated_at": insert.excluded.updated_at},
            )
            .returning(*_TRACKED_COLUMNS)
        )
        row = (await self.session.execute(statement)).one()
        await self.session.commit()
        return _tracked(QuestionProgress, question, row, newly_solved=False)

    # --- reading ------------------------------------------------------------------------------

    async def list_questions(
        self,
        *,
        status: str | None,
        difficulty: str | None,
        path: str | None,
        limit: int,
        offset: int,
    ) -> tuple[list[TrackedQuestion], int]:
        """The caller's tracked questions, most recently updated first."""
        conditions: list[Any] = [UserQuestion.user_id == self.user.id]
        if status:
            conditions.append(UserQuestion.status == status)
        if difficulty:
            conditions.append(Question.difficulty == difficulty)
        if path:
            path_id = (await PathService(self.session, self.user).get_visible(path)).id
            conditions.append(
                UserQuestion.question_id.in_(
                    select(PathQuestion.question_id).where(PathQuestion.path_id == path_id)
                )
            )
        rows, total = await paginate(
            self.session,
            select(Question, *_TRACKED_COLUMNS)
            .join(UserQuestion, UserQuestion.question_id == Question.id)
            .where(*conditions)
            .order_by(UserQuestion.updated_at.desc(), UserQuestion.id.desc()),
            limit=limit,
            offset=offset,
        )
        return [_tracked(TrackedQuestion, row.Question, row) for row in rows], total

    async def enrolled_paths(self) -> list[EnrolledPath]:
        """Enrolled (and still visible) paths with the caller's progress, by category too."""
        paths, stats = await self._enrolled()
        return [
            EnrolledPath(
                path_id=path.id,
                slug=path.slug,
                name=path.name,
                source=path.source,
                enrolled_at=enrolled_at,
                **progress_totals(stats[path.id]).model_dump(),
                by_category=by_category(stats[path.id]),
            )
            for path, enrolled_at in paths
        ]

    async def summary(self) -> ProgressSummary:
        zone = user_zone(self.user.timezone)
        now = utcnow()
        solved = {"total": 0, "easy": 0, "medium": 0, "hard": 0}
        attempted = 0
        counts = await self.session.execute(
            select(Question.difficulty, UserQuestion.status, func.count())
            .join(Question, Question.id == UserQuestion.question_id)
            .where(UserQuestion.user_id == self.user.id, UserQuestion.status.in_(EVENTS))
            .group_by(Question.difficulty, UserQuestion.status)
        )
        for difficulty, status, count in counts:
            if status == SOLVED:
                solved["total"] += count
                solved[difficulty.lower()] = solved.get(difficulty.lower(), 0) + count
            else:
                attempted += count
        paths, stats = await self._enrolled()
        per_day = await events_per_day(self.session, self.user.id, zone, now)
        today = local_today(zone, now)
        current, longest = streaks(per_day, today)
        return ProgressSummary(
            timezone=zone.key,
            solved=SolvedCounts(**solved),
            attempted=attempted,
            by_category=await self._by_topic(),
            by_path=[_path_progress(path, stats[path.id]) for path, _ in paths],
            streak=Streak(current=current, longest=longest),
            activity=calendar(per_day, today),
        )

    async def dashboard(self) -> Dashboard:
        zone = user_zone(self.user.timezone)
        now = utcnow()
        reviews = await reviews_service.dashboard_counts(self.session, self.user, now=now)
        paths, stats = await self._enrolled()
        upcoming = await self._next_questions([path.id for path, _ in paths])
        per_day = await events_per_day(self.session, self.user.id, zone, now)
        today = local_today(zone, now)
        current, longest = streaks(per_day, today)
        return Dashboard(
            reviews=reviews,
            active_paths=[
                ActivePath(
                    **_path_progress(path, stats[path.id]).model_dump(),
                    next_question=upcoming.get(path.id),
                )
                for path, _ in paths
            ],
            streak=Streak(current=current, longest=longest),
            activity_today=per_day.get(today, 0),
        )

    # --- internals ----------------------------------------------------------------------------

    async def _enrolled(
        self,
    ) -> tuple[list[tuple[LearningPath, datetime]], dict[int, list[CategoryStat]]]:
        rows = await self.session.execute(
            select(LearningPath, UserLearningPath.enrolled_at)
            .join(UserLearningPath, UserLearningPath.path_id == LearningPath.id)
            .where(UserLearningPath.user_id == self.user.id, visible_to(self.user))
            .order_by(UserLearningPath.enrolled_at, LearningPath.id)
        )
        paths = [(path, enrolled_at) for path, enrolled_at in rows]
        stats = await category_stats(self.session, [path.id for path, _ in paths], self.user.id)
        return paths, stats

    async def _next_questions(self, path_ids: list[int]) -> dict[int, NextQuestion]:
        """The first unsolved question of each path, in one query."""
        if not path_ids:
            return {}
        first = (
            select(PathQuestion.path_id, func.min(PathQuestion.position).label("position"))
            .outerjoin(
                UserQuestion,
                and_(
                    UserQuestion.question_id == PathQuestion.question_id,
                    UserQuestion.user_id == self.user.id,
                    UserQuestion.status == SOLVED,
                ),
            )
            .where(PathQuestion.path_id.in_(path_ids), UserQuestion.id.is_(None))
            .group_by(PathQuestion.path_id)
            .subquery()
        )
        rows = await self.session.execute(
            select(PathQuestion.path_id, PathQuestion.position, PathQuestion.category, Question)
            .join(
                first,
                and_(
                    PathQuestion.path_id == first.c.path_id,
                    PathQuestion.position == first.c.position,
                ),
            )
            .join(Question, Question.id == PathQuestion.question_id)
        )
        return {
            row.path_id: NextQuestion(
                position=row.position, category=row.category, **question_fields(row.Question)
            )
            for row in rows
        }

    async def _by_topic(self) -> list[TopicProgress]:
        """Solved and attempted questions per LeetCode topic tag, aggregated in SQL."""
        if dialect_name(self.session) == "postgresql":
            tags: Any = func.jsonb_array_elements(Question.topic_tags).table_valued(
                "value", joins_implicitly=True
            )
            name: Any = tags.c.value.op("->>")(literal_column("'name'"))
        else:
            tags = func.json_each(Question.topic_tags).table_valued("value", joins_implicitly=True)
            name = func.json_extract(tags.c.value, literal_column("'$.name'"))
        tag = name.label("tag")
        solved = func.count().filter(UserQuestion.status == SOLVED).label("solved")
        attempted = func.count().filter(UserQuestion.status == ATTEMPTED).label("attempted")
        rows = await self.session.execute(
            select(tag, solved, attempted)
            .select_from(UserQuestion)
            .join(Question, Question.id == UserQuestion.question_id)
            .join(tags, true())
            .where(UserQuestion.user_id == self.user.id, UserQuestion.status.in_(EVENTS))
            .group_by(name)
            .order_by(solved.desc(), attempted.desc(), tag)
        )
        return [
            TopicProgress(category=row.tag, solved=row.solved, attempted=row.attempted)
            for row in rows
        ]


def _path_progress(path: LearningPath, stats: list[CategoryStat]) -> PathProgress:
    return PathProgress(
        path_id=path.id, slug=path.slug, name=path.name, **progress_totals(stats).model_dump()
    )
