"""The user's progress: one row per (user, question), events for the calendar, derived views.

Updates are atomic upserts (`INSERT ... ON CONFLICT DO UPDATE SET attempts = attempts + 1`),
so concurrent updates of one question lose no attempt. Every view is a fixed number of
aggregate queries, whatever the size of the history; the API's two hot views are kept per
process while the caller's progress is unchanged (`ProgressAnswers`); every write announces
the change to every process (`leettrack.tracking.changes`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import and_, bindparam, case, func, join, literal_column, null, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.cache import VersionedCache, per_process
from leettrack.core.changes import UserVersions
from leettrack.core.envelope import ok_bytes
from leettrack.core.pagination import paginate
from leettrack.core.sql import json_rows, upsert
from leettrack.db import Database, utcnow
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.paths.service import (
    CategoryStat,
    PathService,
    Viewer,
    by_category,
    progress_totals,
    question_fields,
    resolve_question,
    viewer_of,
    visibility,
)
from leettrack.progress.activity import (
    calendar,
    day_counts,
    events_per_day,
    history_start,
    local_today,
    streaks,
    user_zone,
)
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
from leettrack.tracking.changes import announce_progress, versions_of
from leettrack.tracking.models import QuestionActivity, UserQuestion
from leettrack.tracking.status import ATTEMPTED, EVENTS, SOLVED

_TRACKED_COLUMNS = (
    UserQuestion.status,
    UserQuestion.attempts,
    UserQuestion.time_spent_seconds,
    UserQuestion.first_solved_at,
    UserQuestion.verified_at,
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
        return await self._record(question, body)

    async def record_judged_attempt(
        self, question: Question, *, accepted: bool
    ) -> QuestionProgress:
        """A solution judged here: accepted, the question is solved and verified (a first solve
        opens its review); not accepted, an attempt is counted and a solved question stays
        solved."""
        status = SOLVED if accepted else ATTEMPTED
        return await self._record(question, QuestionUpdate(status=status), judged=True)

    async def _record(
        self, question: Question, body: QuestionUpdate, *, judged: bool = False
    ) -> QuestionProgress:
        now = utcnow()
        event = body.status in EVENTS
        solved = body.status == SOLVED
        insert = upsert(self.session)(UserQuestion)
        excluded = insert.excluded
        status: Any = excluded.status
        if judged and not solved:  # a failed submission does not undo an earlier solve
            status = case((UserQuestion.status == SOLVED, SOLVED), else_=excluded.status)
        changes: dict[str, Any] = {
            "status": status,
            "verified_at": func.coalesce(UserQuestion.verified_at, excluded.verified_at),
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
                verified_at=now if judged and solved else None,
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
        await announce_progress(self.session, [self.user.id])
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

    async def dashboard(self) -> Dashboard:
        zone = user_zone(self.user.timezone)
        now = utcnow()
        reviews = await reviews_service.dashboard_counts(self.session, self.user, now=now)
        rows = await self.session.execute(
            _enrolled_statement(viewer_of(self.user), summary=True), {"user_id": self.user.id}
        )
        paths = _per_path(rows)
        upcoming = await self._next_questions([path_id for (path_id, _, _), _ in paths])
        per_day = await events_per_day(self.session, self.user.id, zone, now)
        today = local_today(zone, now)
        current, longest = streaks(per_day, today)
        return Dashboard(
            reviews=reviews,
            active_paths=[
                ActivePath(
                    path_id=path_id,
                    slug=slug,
                    name=name,
                    **progress_totals(stats).model_dump(),
                    next_question=upcoming.get(path_id),
                )
                for (path_id, slug, name), stats in paths
            ],
            streak=Streak(current=current, longest=longest),
            activity_today=per_day.get(today, 0),
        )

    # --- internals ----------------------------------------------------------------------------

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


_ENROLLED_HEAD = (
    LearningPath.id,
    LearningPath.slug,
    LearningPath.name,
    LearningPath.source,
    UserLearningPath.enrolled_at,
)
_SUMMARY_HEAD = (LearningPath.id, LearningPath.slug, LearningPath.name)
_FIRST_POSITION = func.min(PathQuestion.position)
_ENROLLED_ORDER = (UserLearningPath.enrolled_at, LearningPath.id, _FIRST_POSITION)


def _enrolled_categories(viewer: Viewer, *head: Any) -> Any:
    """The caller's (`user_id`) enrolled and visible paths, a row per category in each: `head`
    (columns of the path and enrolment), the category, its size and the caller's solved count.
    A path without questions has one row with a size of 0."""
    user_id: Any = bindparam("user_id")
    return (
        select(
            *head,
            PathQuestion.category,
            func.count(PathQuestion.id).label("total"),
            func.count(UserQuestion.id).label("solved"),
        )
        .select_from(LearningPath)
        .join(UserLearningPath, UserLearningPath.path_id == LearningPath.id)
        .outerjoin(PathQuestion, PathQuestion.path_id == LearningPath.id)
        .outerjoin(
            UserQuestion,
            and_(
                UserQuestion.question_id == PathQuestion.question_id,
                UserQuestion.user_id == user_id,
                UserQuestion.status == SOLVED,
            ),
        )
        .where(UserLearningPath.user_id == user_id, visibility(viewer, user_id))
        .group_by(*_ENROLLED_HEAD, PathQuestion.category)
    )


@cache
def _enrolled_statement(viewer: Viewer, *, summary: bool) -> Any:
    """`_enrolled_categories` in order: with the enrolment (the user's paths) or without it
    (the summaries); built once per shape."""
    head = _SUMMARY_HEAD if summary else _ENROLLED_HEAD
    return _enrolled_categories(viewer, *head).order_by(*_ENROLLED_ORDER)


def _topics(dialect: str) -> Any:
    """Solved and attempted questions of `user_id` per LeetCode topic tag, in SQL."""
    if dialect == "postgresql":
        tags: Any = func.jsonb_array_elements(Question.topic_tags).table_valued(
            "value", joins_implicitly=True
        )
        name: Any = tags.c.value.op("->>")(literal_column("'name'"))
    else:
        tags = func.json_each(Question.topic_tags).table_valued("value", joins_implicitly=True)
        name = func.json_extract(tags.c.value, literal_column("'$.name'"))
    solved = func.count().filter(UserQuestion.status == SOLVED).label("solved")
    attempted = func.count().filter(UserQuestion.status == ATTEMPTED).label("attempted")
    return (
        select(name.label("tag"), solved, attempted)
        .select_from(UserQuestion)
        .join(Question, Question.id == UserQuestion.question_id)
        .join(tags, true())
        .where(UserQuestion.user_id == bindparam("user_id"), UserQuestion.status.in_(EVENTS))
        .group_by(name)
    )


def _summary_statement(viewer: Viewer, dialect: str, days: Any) -> Any:
    """The summary's parts for `user_id`, each a scalar subquery aggregated to JSON rows."""
    counts = (
        select(Question.difficulty, UserQuestion.status, func.count().label("n"))
        .join(Question, Question.id == UserQuestion.question_id)
        .where(UserQuestion.user_id == bindparam("user_id"), UserQuestion.status.in_(EVENTS))
        .group_by(Question.difficulty, UserQuestion.status)
        .subquery()
    )
    rank = func.row_number().over(order_by=_ENROLLED_ORDER).label("rank")
    paths = _enrolled_categories(viewer, *_SUMMARY_HEAD).add_columns(rank).subquery()
    topics = _topics(dialect).subquery()

    def rows_of(subquery: Any, *columns: Any) -> Any:
        return select(json_rows(*columns)).select_from(subquery).scalar_subquery()

    parts = [
        rows_of(counts, *counts.c).label("counts"),
        rows_of(paths, paths.c.rank, *list(paths.c)[:-1]).label("paths"),
        rows_of(topics, *topics.c).label("topics"),
    ]
    if days is None:
        parts.append(null().label("days"))
    else:
        days = days.subquery()
        parts.append(rows_of(days, *days.c).label("days"))
    return select(*parts)


@cache
def _postgresql_summary(viewer: Viewer) -> Any:
    return _summary_statement(viewer, "postgresql", day_counts("postgresql"))


class ProgressReads:
    """The caller's progress views that are one statement, run on the database directly
    (`Database.fetch`): no session, no transaction."""

    def __init__(self, database: Database, user: User) -> None:
        self.database = database
        self.user = user

    async def enrolled_paths(self) -> list[EnrolledPath]:
        """Enrolled (and still visible) paths with the caller's progress, by category too."""
        rows = await self.database.fetch(
            _enrolled_statement(viewer_of(self.user), summary=False), {"user_id": self.user.id}
        )
        return [
            EnrolledPath(
                path_id=path_id,
                slug=slug,
                name=name,
                source=source,
                enrolled_at=enrolled_at,
                **progress_totals(stats).model_dump(),
                by_category=by_category(stats),
            )
            for (path_id, slug, name, source, enrolled_at), stats in _per_path(
                tuple(row.values()) for row in rows
            )
        ]

    async def summary(self) -> ProgressSummary:
        """One statement on PostgreSQL; on SQLite a first one reads when the history starts,
        to map instants to local days (it has no time zone database)."""
        zone = user_zone(self.user.timezone)
        now = utcnow()
        parameters = {"user_id": self.user.id, "zone": zone.key}
        viewer = viewer_of(self.user)
        if self.database.dialect == "postgresql":
            statement = _postgresql_summary(viewer)
        else:
            since = await history_start(self.database, self.user.id)
            days = day_counts("sqlite", zone, since, now)
            statement = _summary_statement(viewer, "sqlite", days)
        row = (await self.database.fetch(statement, parameters))[0]
        solved = {"total": 0, "easy": 0, "medium": 0, "hard": 0}
        attempted = 0
        for difficulty, status, count in row["counts"] or ():
            if status == SOLVED:
                solved["total"] += count
                solved[difficulty.lower()] = solved.get(difficulty.lower(), 0) + count
            else:
                attempted += count
        topics = sorted(row["topics"] or (), key=lambda t: (-t[1], -t[2], t[0]))
        paths = _per_path(rank_and_row[1:] for rank_and_row in sorted(row["paths"] or ()))
        per_day = {date.fromisoformat(day): events for day, events in row["days"] or ()}
        today = local_today(zone, now)
        current, longest = streaks(per_day, today)
        return ProgressSummary(
            timezone=zone.key,
            solved=SolvedCounts(**solved),
            attempted=attempted,
            by_category=[
                TopicProgress(category=tag, solved=solved_count, attempted=attempted_count)
                for tag, solved_count, attempted_count in topics
            ],
            by_path=[
                PathProgress(
                    path_id=path_id, slug=slug, name=name, **progress_totals(stats).model_dump()
                )
                for (path_id, slug, name), stats in paths
            ],
            streak=Streak(current=current, longest=longest),
            activity=calendar(per_day, today),
        )


PROGRESS_TTL = 60.0
MAX_KEPT_ANSWERS = 10_000


def _of_user(column: Any, user_column: Any, source: Any = None) -> Any:
    statement = select(column).where(user_column == bindparam("user_id"))
    if source is not None:
        statement = statement.select_from(source)
    return statement.scalar_subquery()


_ENROLMENTS = join(UserLearningPath, LearningPath, LearningPath.id == UserLearningPath.path_id)
# What the progress views of `user_id` are made from, changing with each change to them: the
# tracked questions (every write sets `updated_at`; a removed one lowers the count), the events
# (of the calendar), the enrolments and the followed paths (every edit of a path or its
# questions sets its `updated_at`). Indexed by user, each is cheap whatever the history's size.
_PROGRESS_VERSION = select(
    _of_user(func.count(UserQuestion.id), UserQuestion.user_id),
    _of_user(func.max(UserQuestion.updated_at), UserQuestion.user_id),
    _of_user(func.count(QuestionActivity.id), QuestionActivity.user_id),
    _of_user(func.count(UserLearningPath.id), UserLearningPath.user_id, _ENROLMENTS),
    _of_user(func.max(UserLearningPath.enrolled_at), UserLearningPath.user_id, _ENROLMENTS),
    _of_user(func.max(LearningPath.updated_at), UserLearningPath.user_id, _ENROLMENTS),
)


class ProgressAnswers(VersionedCache[tuple[Any, ...], bytes]):
    """Per process: the API's answers (envelope JSON) of the caller's progress and followed
    paths, each kept with the version of the caller's progress it was made from, and served
    without serialisation while that version holds.

    With the change feed up (PostgreSQL), the version is the caller's in `versions`, moved by
    every announced change (`leettrack.tracking.changes`): a kept answer costs no statement,
    and a change made through any replica shows here as soon as its announcement arrives (at
    once on the replica that made it). With the feed down, or on SQLite, the version is read in
    the database on every read (one indexed statement), so a change shows at the next read. The
    summary is kept per local day (its calendar and streak end today); `ttl` bounds what no
    version sees: a catalog edit (a question's difficulty or topics), an edit in SQL."""

    def __init__(
        self,
        versions: UserVersions | None = None,
        ttl: float = PROGRESS_TTL,
        max_entries: int = MAX_KEPT_ANSWERS,
    ) -> None:
        super().__init__(ttl, max_entries)
        self.versions = versions

    async def summary(self, reads: ProgressReads) -> bytes:
        zone = user_zone(reads.user.timezone)
        day = local_today(zone)
        key = ("summary", reads.user.id, viewer_of(reads.user), zone.key, day)
        return await self._answer(key, reads, reads.summary)

    async def enrolled_paths(self, reads: ProgressReads) -> bytes:
        key = ("paths", reads.user.id, viewer_of(reads.user))
        return await self._answer(key, reads, reads.enrolled_paths)

    async def _answer(
        self, key: tuple[Any, ...], reads: ProgressReads, make: Callable[[], Awaitable[Any]]
    ) -> bytes:
        version: Any = self.versions.of(reads.user.id) if self.versions is not None else None
        if version is None:
            rows = await reads.database.fetch(_PROGRESS_VERSION, {"user_id": reads.user.id})
            version = tuple(rows[0].values())
        body = self.get(key, version)
        if body is None:
            body = ok_bytes(await make())
            self.put(key, version, body)
        return body


def progress_answers(state: Any) -> ProgressAnswers:
    """This process's kept progress answers, on the app's `state`."""
    return per_process(state, "progress_answers", lambda: ProgressAnswers(versions_of(state)))


def _per_path(rows: Iterable[Sequence[Any]]) -> list[tuple[tuple[Any, ...], list[CategoryStat]]]:
    """Rows of `_enrolled_categories` in order: each path's head with its categories."""
    paths: dict[tuple[Any, ...], list[CategoryStat]] = {}
    for *head, category, total, solved in rows:
        stats = paths.setdefault(tuple(head), [])
        if total:
            stats.append(CategoryStat(category, total, solved))
    return list(paths.items())
