"""The functions the progress service calls: card creation on solve and the dashboard counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from leettrack.auth.models import User
from leettrack.reviews import service
from leettrack.reviews.models import ReviewCard
from leettrack.reviews.schemas import DueCounts

pytestmark = pytest.mark.asyncio


async def _cards(app, user_id):
    async with app.state.db.sessionmaker() as session:
        rows = await session.scalars(select(ReviewCard).where(ReviewCard.user_id == user_id))
        return list(rows)


async def test_solving_creates_one_card_waiting_for_a_rating(app, learner, make_question, solve):
    user = await learner()
    question = await make_question()
    solved_at = datetime(2025, 1, 2, 9, 30, tzinfo=UTC)

    await solve(user.id, question.id, solved_at)
    await solve(user.id, question.id, solved_at + timedelta(days=3))

    [card] = await _cards(app, user.id)
    assert card.question_id == question.id
    assert card.needs_rating is True
    assert card.retired is False
    assert card.due == solved_at
    assert card.last_review is None
    assert card.stability is None


async def test_solving_runs_inside_the_callers_transaction(app, learner, make_question):
    user = await learner()
    question = await make_question()
    async with app.state.db.sessionmaker() as session:
        await service.on_question_solved(
            session, user_id=user.id, question_id=question.id, solved_at=datetime.now(UTC)
        )
        await session.rollback()
    assert await _cards(app, user.id) == []


async def test_an_existing_card_is_never_reset(app, learner, make_question, solve):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, datetime(2025, 1, 1, tzinfo=UTC))
    async with app.state.db.sessionmaker() as session:
        card = await session.scalar(select(ReviewCard).where(ReviewCard.user_id == user.id))
        assert card is not None
        card.needs_rating, card.retired, card.stability = False, True, 12.5
        await session.commit()

    await solve(user.id, question.id, datetime(2025, 2, 1, tzinfo=UTC))

    [card] = await _cards(app, user.id)
    assert (card.needs_rating, card.retired, card.stability) == (False, True, 12.5)


async def test_dashboard_counts_follow_the_users_day(app, learner, make_question, solve):
    user = await learner()
    # 2025-03-03 02:00 UTC is still 2025-03-02 (21:00) in New York.
    now = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
    due_times = {
        "yesterday-ny": datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        "today-ny-morning": datetime(2025, 3, 2, 14, 0, tzinfo=UTC),
        "today-ny-late": datetime(2025, 3, 3, 4, 0, tzinfo=UTC),
        "tomorrow-ny": datetime(2025, 3, 3, 6, 0, tzinfo=UTC),
        "retired": datetime(2025, 3, 1, 0, 0, tzinfo=UTC),
    }
    for slug, due in due_times.items():
        question = await make_question(slug)
        await solve(user.id, question.id, due)
    unrated = await make_question("unrated")
    await solve(user.id, unrated.id, now)

    async with app.state.db.sessionmaker() as session:
        cards = await session.scalars(
            select(ReviewCard).where(
                ReviewCard.user_id == user.id, ReviewCard.question_id != unrated.id
            )
        )
        for card in cards:
            card.needs_rating = False
            card.retired = card.due == due_times["retired"]
        db_user = await session.get(User, user.id)
        assert db_user is not None
        db_user.timezone = "America/New_York"
        await session.commit()

        counts = await service.dashboard_counts(session, db_user, now=now)
        assert counts == DueCounts(due_today=2, overdue=1, need_rating=1)

        db_user.timezone = "UTC"  # today is now 2025-03-03 UTC
        counts = await service.dashboard_counts(session, db_user, now=now)
        assert counts == DueCounts(due_today=2, overdue=2, need_rating=1)
        total = await session.scalar(select(func.count()).select_from(ReviewCard))
        assert total == 6
