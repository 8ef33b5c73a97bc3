"""Review cards: creation on solve, the dashboard counts, rating with FSRS, queue and statistics."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.db import utcnow
from leettrack.reviews.calendar import day_bounds, user_zone
from leettrack.reviews.models import ReviewCard

NEW_CARD_STATE = 1  # fsrs.State.Learning: a card nobody has rated yet


async def on_question_solved(
    session: AsyncSession, *, user_id: int, question_id: int, solved_at: datetime
) -> None:
    """Create the user's card for a question, waiting for its first rating and due at once.

    Idempotent (an existing card, even a retired one, is left as it is) and safe against a
    concurrent solve of the same question. Runs inside the caller's transaction: no commit.
    """
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    statement = (
        insert(ReviewCard)
        .values(
            user_id=user_id,
            question_id=question_id,
            state=NEW_CARD_STATE,
            step=0,
            due=solved_at,
            needs_rating=True,
            retired=False,
            version=1,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["user_id", "question_id"])
    )
    await session.execute(statement)


def _active(user_id: int) -> Any:
    return and_(ReviewCard.user_id == user_id, ReviewCard.retired.is_(False))


async def dashboard_counts(
    session: AsyncSession, user: User, *, now: datetime | None = None
) -> dict[str, int]:
    """Reviews due during the user's local today, overdue from earlier days, and cards
    waiting for their first rating. One aggregate query."""
    now = now or utcnow()
    start, end = day_bounds(now, user_zone(user.timezone))
    scheduled = ReviewCard.needs_rating.is_(False)
    row = (
        await session.execute(
            select(
                func.count().filter(scheduled, ReviewCard.due >= start, ReviewCard.due < end),
                func.count().filter(scheduled, ReviewCard.due < start),
                func.count().filter(ReviewCard.needs_rating.is_(True)),
            ).where(
                _active(user.id),
                or_(ReviewCard.needs_rating.is_(True), ReviewCard.due < end),
            )
        )
    ).one()
    return {"due_today": row[0], "overdue": row[1], "need_rating": row[2]}
