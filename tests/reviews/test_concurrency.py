"""Simultaneous ratings of one card: none is lost, and the card reflects all of them in order.

Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from leettrack.auth.models import User
from leettrack.db import create_engine
from leettrack.reviews.models import ReviewCard, ReviewLog
from leettrack.reviews.scheduling import parse_grade
from leettrack.reviews.service import ReviewService
from tests.reviews.conftest import REVIEWS, START

pytestmark = pytest.mark.asyncio


class CardWrites:
    """Every UPDATE of review_cards the app sends to the database, as it is sent."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self._changed = asyncio.Event()

    def record(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # Runs on the event loop's thread (SQLAlchemy's async bridge), so the event is safe.
        if statement.lstrip().upper().startswith("UPDATE REVIEW_CARDS"):
            self.sent.append(statement)
            self._changed.set()

    async def wait_for(self, count: int) -> None:
        async with asyncio.timeout(10):
            while len(self.sent) < count:
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
def card_writes(app) -> Iterator[CardWrites]:
    writes = CardWrites()
    engine = app.state.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", writes.record)
    yield writes
    event.remove(engine, "before_cursor_execute", writes.record)


async def _reviewed_card(client, clock, learner, make_question, solve):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    first = await client.post(
        f"{REVIEWS}/{question.title_slug}", json={"rating": "good"}, headers=user.headers
    )
    assert first.status_code == 200, first.text
    clock.advance(days=3)
    return user, question.title_slug


async def _assert_card_is_its_log_in_order(app, user_id, slug, ratings):
    async with app.state.db.sessionmaker() as session:
        db_user = await session.get(User, user_id)
        assert db_user is not None
        stored, replayed = await ReviewService(session, db_user, START).replayed(slug)
        logs = list(
            await session.scalars(
                select(ReviewLog).where(ReviewLog.card_id == stored.id).order_by(ReviewLog.id)
            )
        )
    assert sorted(log.rating for log in logs[1:]) == sorted(parse_grade(r).rating for r in ratings)
    assert stored.version == 1 + len(logs)
    # Each review was computed on top of the one before it: the log chains, and replaying it
    # in order lands exactly on the stored card.
    assert [log.state_before for log in logs[1:]] == [log.state_after for log in logs[:-1]]
    assert (logs[-1].stability, logs[-1].difficulty, logs[-1].due) == (
        stored.stability,
        stored.difficulty,
        stored.due,
    )
    assert (replayed.stability, replayed.difficulty, replayed.due) == (
        stored.stability,
        stored.difficulty,
        stored.due,
    )


async def test_two_ratings_racing_for_one_version_are_both_applied(
    app, settings, client, clock, learner, make_question, solve, card_writes
):
    """Hold the card's row (PostgreSQL) or the database's write lock (SQLite) until both
    requests have read the same version and sent their compare-and-set; then let go."""
    user, slug = await _reviewed_card(client, clock, learner, make_question, solve)
    card_writes.sent.clear()
    blocker = create_engine(settings)
    try:
        async with blocker.connect() as connection:
            await connection.execute(
                update(ReviewCard)
                .where(ReviewCard.user_id == user.id)
                .values(version=ReviewCard.version)
            )
            requests = [
                asyncio.create_task(
                    client.post(f"{REVIEWS}/{slug}", json={"rating": rating}, headers=user.headers)
                )
                for rating in ("again", "easy")
            ]
            await card_writes.wait_for(2)
            await connection.rollback()
        responses = await asyncio.gather(*requests)
    finally:
        await blocker.dispose()

    assert [response.status_code for response in responses] == [200, 200]
    assert len(card_writes.sent) == 3  # two compare-and-sets, one lost and was retried
    await _assert_card_is_its_log_in_order(app, user.id, slug, ["again", "easy"])


async def test_a_burst_of_simultaneous_ratings_loses_none(
    app, client, clock, learner, make_question, solve
):
    user, slug = await _reviewed_card(client, clock, learner, make_question, solve)
    ratings = ["again", "hard", "good", "easy", "good"]
    responses = await asyncio.gather(
        *(
            client.post(f"{REVIEWS}/{slug}", json={"rating": rating}, headers=user.headers)
            for rating in ratings
        )
    )
    assert [response.status_code for response in responses] == [200] * len(ratings)
    assert len({response.json()["data"]["log"]["id"] for response in responses}) == len(ratings)
    await _assert_card_is_its_log_in_order(app, user.id, slug, ratings)


async def test_a_late_rating_started_earlier_is_dated_after_the_one_it_follows(
    app, client, clock, learner, make_question, solve
):
    """A rating that lost the race to a later one is applied on top of it, never dated
    before it, so the log stays in the order the reviews were applied."""
    user, slug = await _reviewed_card(client, clock, learner, make_question, solve)
    async with app.state.db.sessionmaker() as session:
        db_user = await session.get(User, user.id)
        assert db_user is not None
        earlier = ReviewService(session, db_user, clock.now)
        later = ReviewService(session, db_user, clock.now + timedelta(minutes=5))
        first = await later.rate(slug, parse_grade("good"), None)
        second = await earlier.rate(slug, parse_grade("again"), None)
    assert second.log.reviewed_at == first.log.reviewed_at == clock.now + timedelta(minutes=5)
    assert second.card.last_review == first.card.last_review
    await _assert_card_is_its_log_in_order(app, user.id, slug, ["good", "again"])
