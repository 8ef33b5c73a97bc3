"""Learning paths: visibility, editing, ordered questions, enrolment, derived progress.

A path is addressed by its id (digits) or its slug. A private path does not exist (404) for
anyone but its owner and administrators; system paths are edited by administrators only.
Progress is never stored on a path: it is derived from `user_questions` in aggregate queries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypedDict, cast

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    delete,
    func,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    UpstreamUnavailable,
    ValidationFailed,
)
from leettrack.core.pagination import paginate
from leettrack.core.params import is_db_id
from leettrack.core.sql import json_array_contains, percent, upsert
from leettrack.db import utcnow
from leettrack.leetcode.catalog import load_paths
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.leetcode.sync import question_values
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.paths.schemas import (
    AddQuestion,
    CategoryProgress,
    Difficulty,
    Enrolment,
    PathCreate,
    PathOut,
    PathQuestionAdded,
    PathSource,
    PathUpdate,
    Progress,
)
from leettrack.tracking.changes import announce_paths, announce_progress
from leettrack.tracking.models import UserQuestion
from leettrack.tracking.status import SOLVED

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class CategoryStat:
    category: str | None
    total: int
    solved: int


def path_ref(ref: str) -> ColumnElement[bool]:
    """Digits address a path by id, anything else by slug."""
    return LearningPath.id == int(ref) if is_db_id(ref) else LearningPath.slug == ref


Viewer = Literal["anonymous", "user", "admin"]


def viewer_of(user: User | None) -> Viewer:
    if user is None:
        return "anonymous"
    return "admin" if user.is_admin else "user"


def visibility(viewer: Viewer, user_id: Any = None) -> ColumnElement[bool]:
    """Public paths for all, a user's own too, everything for administrators. `user_id` is a
    value or a bind parameter."""
    if viewer == "anonymous":
        return LearningPath.is_public.is_(True)
    if viewer == "admin":
        return true()
    return or_(LearningPath.is_public.is_(True), LearningPath.owner_id == user_id)


def visible_to(user: User | None) -> ColumnElement[bool]:
    return visibility(viewer_of(user), user.id if user is not None else None)


def can_edit(path: LearningPath, user: User) -> bool:
    return user.is_admin or (path.source == "user" and path.owner_id == user.id)


class QuestionFields(TypedDict):
    """A catalog question as the path and progress answers show it."""

    title_slug: str
    title: str
    difficulty: Difficulty
    frontend_id: int | None


def question_fields(question: Question) -> QuestionFields:
    """The one mapping from a catalog row to the values every answer about a question shows."""
    return {
        "title_slug": question.title_slug,
        "title": question.title,
        "difficulty": cast(Difficulty, question.difficulty),
        "frontend_id": question.frontend_id,
    }


def progress_totals(stats: Iterable[CategoryStat]) -> Progress:
    stats = list(stats)
    solved = sum(stat.solved for stat in stats)
    total = sum(stat.total for stat in stats)
    return Progress(solved=solved, total=total, percent=percent(solved, total))


def by_category(stats: Iterable[CategoryStat]) -> list[CategoryProgress]:
    return [
        CategoryProgress(
            category=stat.category,
            solved=stat.solved,
            total=stat.total,
            percent=percent(stat.solved, stat.total),
        )
        for stat in stats
    ]


def path_out(path: LearningPath, stats: Sequence[CategoryStat], user: User | None) -> PathOut:
    """A path's summary, from its row and its category statistics."""
    return PathOut(
        id=path.id,
        slug=path.slug,
        name=path.name,
        description=path.description,
        difficulty_level=path.difficulty_level,
        estimated_hours=path.estimated_hours,
        tags=path.tags,
        source=cast(PathSource, path.source),
        is_public=path.is_public,
        owner_id=path.owner_id,
        question_count=sum(stat.total for stat in stats),
        categories=[stat.category for stat in stats if stat.category is not None],
        progress=progress_totals(stats) if user is not None else None,
        created_at=path.created_at,
        updated_at=path.updated_at,
    )


async def category_stats(
    session: AsyncSession, path_ids: Sequence[int], user_id: int | None
) -> dict[int, list[CategoryStat]]:
    """Per path, its categories in path order with their size and the user's solved count.
    One aggregate query for any number of paths."""
    if not path_ids:
        return {}
    solved: Any = literal(0)
    statement = select(
        PathQuestion.path_id,
        PathQuestion.category,
        func.min(PathQuestion.position).label("first"),
        func.count().label("total"),
    )
    if user_id is not None:
        solved = func.count(UserQuestion.id)
        statement = statement.outerjoin(
            UserQuestion,
            and_(
                UserQuestion.question_id == PathQuestion.question_id,
                UserQuestion.user_id == user_id,
                UserQuestion.status == SOLVED,
            ),
        )
    rows = await session.execute(
        statement.add_columns(solved.label("solved"))
        .where(PathQuestion.path_id.in_(path_ids))
        .group_by(PathQuestion.path_id, PathQuestion.category)
        .order_by(PathQuestion.path_id, "first")
    )
    stats: dict[int, list[CategoryStat]] = {path_id: [] for path_id in path_ids}
    for row in rows:
        stats[row.path_id].append(CategoryStat(row.category, row.total, row.solved))
    return stats


def slugify(name: str) -> str:
    slug = _NOT_SLUG.sub("-", name.lower()).strip("-")[:70].strip("-")
    return slug if slug and not slug.isdigit() else f"path-{slug}".strip("-")


async def resolve_question(
    session: AsyncSession, slug: str, leetcode: LeetCodeClient | None
) -> Question:
    """The question with this slug: from the database, else from LeetCode (then stored).
    Unknown to both: 404. LeetCode unreachable: 503."""
    found = await session.scalar(select(Question).where(Question.title_slug == slug))
    if found is not None:
        return found
    if leetcode is None:
        raise NotFound(f"No problem {slug!r} in the catalog")
    problem = (await leetcode.get_problem(slug)).data
    if problem.difficulty is None:  # a row needs one; LeetCode will give it again
        raise UpstreamUnavailable(f"LeetCode did not give the difficulty of {slug!r}; try later")
    values = question_values(problem)
    for attempt in (values, values | {"frontend_id": None}):  # the number may be taken
        await session.execute(upsert(session)(Question).values(**attempt).on_conflict_do_nothing())
        found = await session.scalar(
            select(Question).where(Question.title_slug == problem.title_slug)
        )
        if found is not None:
            return found
    raise Conflict(f"Problem {slug!r} could not be added to the catalog")


class PathService:
    def __init__(self, session: AsyncSession, user: User | None) -> None:
        self.session = session
        self.user = user

    @property
    def user_id(self) -> int | None:
        return self.user.id if self.user is not None else None

    @property
    def caller(self) -> User:
        """The signed-in caller (the routes that write require one)."""
        assert self.user is not None
        return self.user

    # --- reading ------------------------------------------------------------------------------

    async def list_paths(
        self, *, limit: int, offset: int, search: str | None, tag: str | None
    ) -> tuple[list[PathOut], int]:
        """Public paths and the caller's own; system paths first, then by name."""
        # administrators too see only their own private paths here (all: the admin routes)
        conditions = [visibility("anonymous" if self.user is None else "user", self.user_id)]
        if search and search.strip():
            term = search.strip()
            conditions.append(
                or_(
                    LearningPath.name.icontains(term, autoescape=True),
                    LearningPath.description.icontains(term, autoescape=True),
                    LearningPath.slug.icontains(term, autoescape=True),
                )
            )
        if tag:
            conditions.append(json_array_contains(self.session, LearningPath.tags, tag))
        rows, total = await paginate(
            self.session,
            select(LearningPath)
            .where(*conditions)
            .order_by(
                case((LearningPath.source == "system", 0), else_=1),
                LearningPath.name,
                LearningPath.id,
            ),
            limit=limit,
            offset=offset,
        )
        paths = [path for (path,) in rows]
        stats = await category_stats(self.session, [path.id for path in paths], self.user_id)
        return [path_out(path, stats[path.id], self.user) for path in paths], total

    async def get_visible(self, ref: str) -> LearningPath:
        path = await self.session.scalar(
            select(LearningPath).where(path_ref(ref), visible_to(self.user))
        )
        if path is None:
            raise NotFound(f"No learning path {ref!r}")
        return path

    async def get_editable(self, ref: str) -> LearningPath:
        path = await self.get_visible(ref)
        if not can_edit(path, self.caller):
            raise Forbidden(
                "Only administrators edit system paths"
                if path.source == "system"
                else "Only the path's owner or an administrator can edit it"
            )
        return path

    # --- editing ------------------------------------------------------------------------------

    async def create(self, body: PathCreate, *, system: bool = False) -> PathOut:
        if body.slug is not None:
            self._check_reserved(body.slug)
            slug = body.slug
        else:
            slug = await self._free_slug(slugify(body.name))
        path = LearningPath(
            slug=slug,
            name=body.name,
            description=body.description,
            difficulty_level=body.difficulty_level,
            estimated_hours=body.estimated_hours,
            tags=list(dict.fromkeys(body.tags)),
            source="system" if system else "user",
            is_public=body.is_public if body.is_public is not None else system,
            owner_id=None if system else self.caller.id,
        )
        self.session.add(path)
        await announce_paths(self.session)
        await self._commit(f"The slug {slug!r} is taken")
        return path_out(path, [], self.user)

    async def update(self, ref: str, body: PathUpdate) -> PathOut:
        path = await self.get_editable(ref)
        # null leaves a field as it is, except estimated_hours, which it clears
        changes = {
            field: value
            for field, value in body.model_dump(exclude_unset=True).items()
            if value is not None or field == "estimated_hours"
        }
        new_slug = changes.get("slug")
        if new_slug is not None and new_slug != path.slug:
            self._check_reserved(new_slug)
        if "tags" in changes:
            changes["tags"] = list(dict.fromkeys(changes["tags"]))
        for field, value in changes.items():
            setattr(path, field, value)
        path.updated_at = utcnow()
        await announce_paths(self.session)
        await self._commit(f"The slug {new_slug!r} is taken")
        stats = await category_stats(self.session, [path.id], self.user_id)
        return path_out(path, stats[path.id], self.user)

    async def delete(self, ref: str) -> None:
        path = await self.get_editable(ref)
        await self.session.execute(delete(LearningPath).where(LearningPath.id == path.id))
        await announce_paths(self.session)
        await self.session.commit()

    async def add_question(
        self, ref: str, body: AddQuestion, leetcode: LeetCodeClient | None
    ) -> PathQuestionAdded:
        path = await self.get_editable(ref)
        question = await resolve_question(self.session, body.slug, leetcode)
        present, count = (
            await self.session.execute(
                select(
                    func.count().filter(PathQuestion.question_id == question.id),
                    func.count(),
                ).where(PathQuestion.path_id == path.id)
            )
        ).one()
        if present:
            raise Conflict(f"{body.slug!r} is already in this path")
        position = count + 1 if body.position is None else min(body.position, count + 1)
        if position <= count:
            await self._shift(path.id, position, +1)
        entry = PathQuestion(
            path_id=path.id,
            question_id=question.id,
            position=position,
            category=body.category,
            notes=body.notes,
        )
        self.session.add(entry)
        path.updated_at = utcnow()
        await announce_paths(self.session)
        await self._commit(f"{body.slug!r} is already in this path, or the path just changed")
        return PathQuestionAdded(
            path_id=path.id,
            position=position,
            category=entry.category,
            notes=entry.notes,
            **question_fields(question),
        )

    async def remove_question(self, ref: str, slug: str) -> None:
        path = await self.get_editable(ref)
        entry = await self.session.scalar(
            select(PathQuestion)
            .join(Question, Question.id == PathQuestion.question_id)
            .where(PathQuestion.path_id == path.id, Question.title_slug == slug)
        )
        if entry is None:
            raise NotFound(f"{slug!r} is not in this path")
        position = entry.position
        await self.session.execute(delete(PathQuestion).where(PathQuestion.id == entry.id))
        await self._shift(path.id, position + 1, -1)
        path.updated_at = utcnow()
        await announce_paths(self.session)
        await self.session.commit()

    async def reorder(self, ref: str, slugs: Sequence[str]) -> int:
        """Give the path's questions the order of `slugs` (a permutation), in one transaction."""
        path = await self.get_editable(ref)
        current = dict(
            (
                await self.session.execute(
                    select(Question.title_slug, PathQuestion.id)
                    .join(Question, Question.id == PathQuestion.question_id)
                    .where(PathQuestion.path_id == path.id)
                )
            ).all()
        )
        _require_permutation(slugs, current)
        # Two statements keep (path_id, position) unique at every row: all rows to negative
        # positions first, then each to its final one.
        unordered = update(PathQuestion).where(PathQuestion.path_id == path.id)
        await self.session.execute(
            unordered.values(position=-PathQuestion.position).execution_options(
                synchronize_session=False
            )
        )
        if slugs:
            final = {current[slug]: index for index, slug in enumerate(slugs, start=1)}
            await self.session.execute(
                unordered.values(position=case(final, value=PathQuestion.id)).execution_options(
                    synchronize_session=False
                )
            )
        path.updated_at = utcnow()
        await announce_paths(self.session)
        await self.session.commit()
        return path.id

    # --- enrolment ----------------------------------------------------------------------------

    async def enroll(self, ref: str) -> Enrolment:
        path = await self.get_visible(ref)
        enrolment = UserLearningPath(user_id=self.caller.id, path_id=path.id)
        self.session.add(enrolment)
        await announce_progress(self.session, [self.caller.id])
        await self._commit("Already enrolled in this path")
        return Enrolment(path_id=path.id, slug=path.slug, enrolled_at=enrolment.enrolled_at)

    async def unenroll(self, ref: str) -> None:
        path_ids = select(LearningPath.id).where(path_ref(ref)).scalar_subquery()
        result = await self.session.execute(
            delete(UserLearningPath).where(
                UserLearningPath.user_id == self.caller.id, UserLearningPath.path_id == path_ids
            )
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            raise NotFound(f"Not enrolled in a learning path {ref!r}")
        await announce_progress(self.session, [self.caller.id])
        await self.session.commit()

    # --- internals ----------------------------------------------------------------------------

    async def _shift(self, path_id: int, start: int, delta: int) -> None:
        """Move the questions at positions >= start by delta, through negative positions so
        that no statement ever holds two rows at one position."""
        await self.session.execute(
            update(PathQuestion)
            .where(PathQuestion.path_id == path_id, PathQuestion.position >= start)
            .values(position=-(PathQuestion.position + delta))
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(
            update(PathQuestion)
            .where(PathQuestion.path_id == path_id, PathQuestion.position < 0)
            .values(position=-PathQuestion.position)
            .execution_options(synchronize_session=False)
        )

    def _check_reserved(self, slug: str) -> None:
        if not self.caller.is_admin and slug in _bundled_slugs():
            raise Conflict(f"The slug {slug!r} is reserved for a bundled path")

    async def _free_slug(self, base: str) -> str:
        taken = set(
            (
                await self.session.scalars(
                    select(LearningPath.slug).where(
                        or_(LearningPath.slug == base, LearningPath.slug.startswith(f"{base}-"))
                    )
                )
            ).all()
        )
        if not self.caller.is_admin:
            taken |= _bundled_slugs()
        suffix = 1
        slug = base
        while slug in taken:
            suffix += 1
            slug = f"{base}-{suffix}"
        return slug

    async def _commit(self, conflict: str) -> None:
        try:
            await self.session.commit()
        except IntegrityError as exc:
            await self.session.rollback()
            raise Conflict(conflict) from exc


def _bundled_slugs() -> set[str]:
    return {path.slug for path in load_paths()}


def _require_permutation(slugs: Sequence[str], current: dict[str, int]) -> None:
    counts = Counter(slugs)
    duplicates = sorted(slug for slug, count in counts.items() if count > 1)
    missing = sorted(set(current) - counts.keys())
    unknown = sorted(counts.keys() - set(current))
    if duplicates or missing or unknown:
        raise ValidationFailed(
            "slugs must list every question of the path exactly once",
            details={"duplicates": duplicates, "missing": missing, "unknown": unknown},
        )
