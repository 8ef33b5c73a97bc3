"""Forecast and statistics, counted in the user's own calendar."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from leettrack.reviews.models import ReviewCard
from tests.reviews.conftest import REVIEWS, START

pytestmark = pytest.mark.asyncio


@pytest.fixture
def place_cards(app, make_question, solve):
    """Cards already rated, due at the given instants (the last ones unrated or retired)."""

    async def place(user_id, dues, *, unrated=(), retired=()):
        for due in [*dues, *unrated, *retired]:
            question = await make_question()
            await solve(user_id, question.id, due)
        async with app.state.db.sessionmaker() as session:
            await session.execute(
                update(ReviewCard)
                .where(ReviewCard.user_id == user_id, ReviewCard.due.not_in(list(unrated)))
                .values(needs_rating=False, last_review=START - timedelta(days=1), stability=1.0)
            )
            await session.execute(
                update(ReviewCard)
                .where(ReviewCard.user_id == user_id, ReviewCard.due.in_(list(retired)))
                .values(retired=True)
            )
            await session.commit()

    return place


async def _set_timezone(client, user, name):
    response = await client.patch("/api/v1/auth/me", json={"timezone": name}, headers=user.headers)
    assert response.status_code == 200, response.text


async def _get(client, user, path):
    response = await client.get(f"{REVIEWS}{path}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def test_forecast_counts_per_local_day(client, clock, learner, place_cards):
    user = await learner()
    await _set_timezone(client, user, "Asia/Tokyo")  # now: 2025-03-03 21:00 in Tokyo
    await place_cards(
        user.id,
        [
            utc(2025, 3, 1, 0, 0),  # overdue: before Tokyo's 2025-03-03 began
            utc(2025, 3, 2, 16, 0),  # today, 01:00 local
            utc(2025, 3, 3, 14, 59, 59),  # today, 23:59:59 local
            utc(2025, 3, 3, 15, 0),  # tomorrow, 00:00 local
            utc(2025, 3, 5, 10, 0),
            utc(2025, 3, 5, 14, 0),
            utc(2025, 3, 9, 15, 0),  # 2025-03-10 local: the eighth day
        ],
        unrated=[utc(2025, 3, 4, 0, 0)],
        retired=[utc(2025, 3, 4, 1, 0)],
    )

    week = await _get(client, user, "/forecast?days=7")
    assert week["timezone"] == "Asia/Tokyo"
    assert week["overdue"] == 1
    assert week["days"] == [
        {"date": (date(2025, 3, 3) + timedelta(days=n)).isoformat(), "count": count}
        for n, count in enumerate([2, 1, 2, 0, 0, 0, 0])
    ]
    assert week["total"] == 6
    eight = await _get(client, user, "/forecast?days=8")
    assert eight["days"][-1] == {"date": "2025-03-10", "count": 1}
    assert eight["total"] == 7
    default = await _get(client, user, "/forecast")
    assert len(default["days"]) == 30


@pytest.mark.parametrize(
    "zone",
    ["UTC", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe"],
)
async def test_forecast_agrees_with_the_calendar_across_dst(
    client, clock, learner, place_cards, zone
):
    """Dues every 7h13m over 45 days, through DST changes and half-hour offsets."""
    user = await learner()
    await _set_timezone(client, user, zone)
    dues = [START + timedelta(minutes=433 * n) for n in range(150)]
    await place_cards(user.id, dues)

    forecast = await _get(client, user, "/forecast?days=40")

    today = START.astimezone(ZoneInfo(zone)).date()
    expected = Counter(due.astimezone(ZoneInfo(zone)).date() for due in dues)
    assert {day["date"]: day["count"] for day in forecast["days"]} == {
        (today + timedelta(days=n)).isoformat(): expected[today + timedelta(days=n)]
        for n in range(40)
    }


async def test_stats(client, clock, learner, make_question, solve):
    user = await learner()
    await _set_timezone(client, user, "America/Los_Angeles")
    empty = await _get(client, user, "/stats")
    assert empty["reviews"] == {"today": 0, "last_7_days": 0, "all_time": 0}
    assert empty["true_retention"] is None and empty["average_interval_days"] is None

    slugs = {}
    for name in "abcd":
        question = await make_question()
        slugs[name] = question.title_slug
        await solve(user.id, question.id, START)
    cards = {}

    async def rate(name, rating):
        response = await client.post(
            f"{REVIEWS}/{slugs[name]}", json={"rating": rating}, headers=user.headers
        )
        assert response.status_code == 200, response.text
        cards[name] = response.json()["data"]["card"]

    # 2025-03-03 04:00 PST: first ratings, none of them on a card in the review state
    for name, rating in zip("abcd", ["good", "easy", "again", "good"], strict=True):
        await rate(name, rating)
    clock.advance(days=3)  # 2025-03-06 04:00 PST
    await rate("a", "good")
    await rate("c", "again")
    clock.advance(days=6)  # 2025-03-12 05:00 PDT
    await rate("b", "hard")
    await rate("d", "again")
    clock.advance(hours=6)  # 2025-03-12 11:00 PDT
    await rate("c", "good")

    stats = await _get(client, user, "/stats")
    assert stats["timezone"] == "America/Los_Angeles"
    assert stats["reviews"] == {"today": 3, "last_7_days": 5, "all_time": 9}
    assert stats["true_retention"] == pytest.approx(3 / 5)
    intervals = [card["interval_days"] for card in cards.values()]
    assert stats["average_interval_days"] == pytest.approx(sum(intervals) / 4)
    zone = ZoneInfo("America/Los_Angeles")
    today = clock.now.astimezone(zone).date()
    local_due = [
        datetime.fromisoformat(card["due"]).astimezone(zone).date() for card in cards.values()
    ]
    assert stats["due_today"] == sum(day == today for day in local_due)
    assert stats["overdue"] == sum(day < today for day in local_due)
    assert (stats["cards"], stats["retired"], stats["need_rating"]) == (4, 0, 0)

    await _set_timezone(client, user, "Asia/Tokyo")  # now 2025-03-13 03:00 in Tokyo
    tokyo = await _get(client, user, "/stats")
    assert tokyo["reviews"] == {"today": 1, "last_7_days": 3, "all_time": 9}


async def test_dashboard_and_stats_agree(client, clock, learner, place_cards):
    user = await learner()
    await place_cards(
        user.id,
        [utc(2025, 3, 1), utc(2025, 3, 3, 1), utc(2025, 3, 3, 23), utc(2025, 3, 4)],
        unrated=[utc(2025, 3, 3, 2)],
    )
    stats = await _get(client, user, "/stats")
    assert (stats["due_today"], stats["overdue"], stats["need_rating"]) == (2, 1, 1)
    forecast = await _get(client, user, "/forecast?days=2")
    assert forecast["overdue"] == 1
    assert [day["count"] for day in forecast["days"]] == [2, 1]
