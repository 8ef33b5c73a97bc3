"""Confidence labels, per-user retention and maximum interval, and replaying a card's log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from leettrack.auth.models import User
from leettrack.reviews.service import ReviewService
from tests.reviews.conftest import REVIEWS, START

pytestmark = pytest.mark.asyncio

LABELS = [
    # label, FSRS rating, first interval in days at retention 0.9, retired
    ("confused", "again", 1, False),
    ("struggled", "hard", 1, False),
    ("understood", "good", 2, False),
    ("confident", "easy", 8, False),
    ("mastered", "easy", 8, True),
]


async def _set(client, user, **settings):
    response = await client.patch("/api/v1/auth/me", json=settings, headers=user.headers)
    assert response.status_code == 200, response.text


async def _rate(client, user, slug, **body):
    response = await client.post(f"{REVIEWS}/{slug}", json=body, headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


@pytest.mark.parametrize(("label", "rating", "interval", "retired"), LABELS)
async def test_each_confidence_label_maps_to_a_rating(
    client, clock, learner, make_question, solve, label, rating, interval, retired
):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)

    review = await _rate(client, user, question.title_slug, confidence=label)

    assert review["log"]["rating"] == rating
    assert review["log"]["confidence"] == label
    assert review["card"]["interval_days"] == interval
    assert review["card"]["retired"] is retired
    clock.advance(days=30)
    due = (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()
    assert due["meta"]["total"] == (0 if retired else 1)


async def test_mastered_leaves_the_queue_until_rated_again(
    client, clock, learner, make_question, solve
):
    user = await learner()
    kept, mastered = await make_question(), await make_question()
    for question in (kept, mastered):
        await solve(user.id, question.id, START)
        await _rate(client, user, question.title_slug, rating="good")
    clock.advance(days=3)
    await _rate(client, user, mastered.title_slug, confidence="mastered")
    await _rate(client, user, kept.title_slug, rating="easy")

    clock.advance(days=400)
    due = (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()
    assert [card["question"]["slug"] for card in due["data"]] == [kept.title_slug]
    forecast = (await client.get(f"{REVIEWS}/forecast", headers=user.headers)).json()["data"]
    assert forecast["total"] == 1
    stats = (await client.get(f"{REVIEWS}/stats", headers=user.headers)).json()["data"]
    assert (stats["cards"], stats["retired"], stats["overdue"]) == (2, 1, 1)

    back = await _rate(client, user, mastered.title_slug, rating="hard")
    assert back["card"]["retired"] is False


async def test_higher_desired_retention_schedules_sooner(
    client, clock, learner, make_question, solve
):
    question = await make_question()
    intervals = {}
    for retention in (0.7, 0.9, 0.97):
        user = await learner()
        await _set(client, user, desired_retention=retention)
        await solve(user.id, question.id, START)
        review = await _rate(client, user, question.title_slug, rating="easy")
        assert review["log"]["desired_retention"] == retention
        intervals[retention] = review["card"]["interval_days"]
    assert intervals[0.7] > intervals[0.9] > intervals[0.97]
    assert intervals == {0.7: 77, 0.9: 8, 0.97: 2}


async def test_changing_retention_affects_only_future_reviews(
    client, clock, learner, make_question, solve
):
    question = await make_question()
    steady, careful = await learner(), await learner()
    firsts = []
    for user in (steady, careful):
        await solve(user.id, question.id, START)
        firsts.append(await _rate(client, user, question.title_slug, rating="easy"))
    assert firsts[0]["card"] == firsts[1]["card"]

    await _set(client, careful, desired_retention=0.97)
    history = await client.get(f"{REVIEWS}/{question.title_slug}/history", headers=careful.headers)
    assert history.json()["data"][0]["interval_days"] == 8  # the past stays as it was

    clock.advance(days=8)
    steady_next = await _rate(client, steady, question.title_slug, rating="good")
    careful_next = await _rate(client, careful, question.title_slug, rating="good")
    assert steady_next["card"]["stability"] == careful_next["card"]["stability"]
    assert careful_next["card"]["interval_days"] < steady_next["card"]["interval_days"]


async def test_maximum_interval_caps_the_schedule(client, clock, learner, make_question, solve):
    user = await learner()
    question = await make_question()
    await _set(client, user, maximum_interval_days=5)
    await solve(user.id, question.id, START)
    first = await _rate(client, user, question.title_slug, rating="easy")
    assert first["card"]["interval_days"] == 5
    clock.advance(days=5)
    second = await _rate(client, user, question.title_slug, rating="easy")
    assert second["card"]["interval_days"] == 5
    assert second["log"]["maximum_interval_days"] == 5


async def test_replaying_the_log_reproduces_the_stored_card(
    app, client, clock, learner, make_question, solve
):
    user = await learner()
    question = await make_question()
    slug = question.title_slug
    await solve(user.id, question.id, START)
    steps = [
        ("good", 0, {}),
        ("again", 3, {}),
        ("hard", 1, {"desired_retention": 0.8}),
        ("good", 0.25, {}),
        ("easy", 9, {"maximum_interval_days": 20}),
        ("good", 40, {"desired_retention": 0.95}),
    ]
    for rating, days, settings in steps:
        if settings:
            await _set(client, user, **settings)
        clock.advance(days=days)
        await _rate(client, user, slug, rating=rating)

    async with app.state.db.sessionmaker() as session:
        db_user = await session.scalar(select(User).where(User.id == user.id))
        assert db_user is not None
        stored, replayed = await ReviewService(session, db_user, clock.now).replayed(slug)

    assert replayed.card_id == stored.id
    assert int(replayed.state) == stored.state
    assert replayed.step == stored.step
    assert replayed.stability == stored.stability
    assert replayed.difficulty == stored.difficulty
    assert replayed.due == stored.due
    assert replayed.last_review == stored.last_review == clock.now


async def test_replaying_an_unrated_card_leaves_it_as_solved(
    app, clock, learner, make_question, solve
):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    async with app.state.db.sessionmaker() as session:
        db_user = await session.get(User, user.id)
        assert db_user is not None
        stored, replayed = await ReviewService(session, db_user, clock.now).replayed(
            question.title_slug
        )
    assert (replayed.due, replayed.stability, replayed.last_review) == (START, None, None)
    assert stored.needs_rating is True
