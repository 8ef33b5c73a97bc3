"""The numeric ids LeetTrack 1.x used, as LeetTrack's own integer primary keys.

- `user_question_id` is the id of the user's review card for the question (the thing the
  1.x client rates), scoped to the caller: another user's card is not found;
- `question_id` is `questions.id`, `path_id` is `learning_paths.id`;
- `path_question_id` is the question's position in its path (the 1.x admin page sends the
  `sequence_number` where it means `path_question_id`, so both are the position).

Read-only lookups; every change still goes through the domains' services.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.core.errors import NotFound
from leettrack.leetcode.models import Question
from leettrack.paths.models import PathQuestion, UserLearningPath
from leettrack.reviews.models import ReviewCard, ReviewLog


@dataclass(frozen=True, slots=True)
class CardRef:
    card_id: int
    question_id: int
    times_reviewed: int
    last_confidence: str | None
    last_rating: int | None


async def cards(session: AsyncSession, user_id: int, slugs: Iterable[str]) -> dict[str, CardRef]:
    """The caller's cards for these problems, with how often each was reviewed and how."""
    wanted = sorted(set(slugs))
    if not wanted:
        return {}
    logs = select(ReviewLog).where(ReviewLog.card_id == ReviewCard.id)
    latest = logs.order_by(ReviewLog.id.desc()).limit(1)
    rows = await session.execute(
        select(
            Question.title_slug,
            ReviewCard.id,
            ReviewCard.question_id,
            logs.with_only_columns(func.count()).scalar_subquery(),
            latest.with_only_columns(ReviewLog.confidence).scalar_subquery(),
            latest.with_only_columns(ReviewLog.rating).scalar_subquery(),
        )
        .join(Question, Question.id == ReviewCard.question_id)
        .where(ReviewCard.user_id == user_id, Question.title_slug.in_(wanted))
    )
    return {row[0]: CardRef(row[1], row[2], row[3], row[4], row[5]) for row in rows}


async def card_slug(session: AsyncSession, user_id: int, card_id: int) -> str:
    slug = await session.scalar(
        select(Question.title_slug)
        .join(ReviewCard, ReviewCard.question_id == Question.id)
        .where(ReviewCard.id == card_id, ReviewCard.user_id == user_id)
    )
    if slug is None:
        raise NotFound("Question not found or access denied")
    return slug


async def question_ids(session: AsyncSession, slugs: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(slugs))
    if not wanted:
        return {}
    rows = await session.execute(
        select(Question.title_slug, Question.id).where(Question.title_slug.in_(wanted))
    )
    return {slug: question_id for slug, question_id in rows}


async def path_slugs(session: AsyncSession, path_id: int) -> dict[int, str]:
    """The path's problems by position."""
    rows = await session.execute(
        select(PathQuestion.position, Question.title_slug)
        .join(Question, Question.id == PathQuestion.question_id)
        .where(PathQuestion.path_id == path_id)
    )
    return {position: slug for position, slug in rows}


async def enrolment_counts(session: AsyncSession, path_ids: Iterable[int]) -> dict[int, int]:
    rows = await session.execute(
        select(UserLearningPath.path_id, func.count())
        .where(UserLearningPath.path_id.in_(list(path_ids)))
        .group_by(UserLearningPath.path_id)
    )
    return {path_id: count for path_id, count in rows}
