"""GET /api/v1/user/dashboard: reviews to do, and where each followed path goes next."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from leettrack.db import utcnow
from leettrack.leetcode.models import Question
from leettrack.reviews.models import ReviewCard
from tests.paths.support import NEETCODE, PATHS, USER, count_statements, data, error

DASHBOARD = f"{USER}/dashboard"


async def solve(client, account, *slugs):
    for slug in slugs:
        data(
            await client.put(
                f"{USER}/questions/{slug}", json={"status": "solved"}, headers=account["headers"]
            )
        )


async def test_dashboard(app, client, seeded, alice, bob):
    headers = alice["headers"]
    empty = data(await client.get(DASHBOARD, headers=headers))
    assert empty == {
        "reviews": {"due_today": 0, "overdue": 0, "need_rating": 0},
        "active_paths": [],
        "streak": {"current": 0, "longest": 0},
        "activity_today": 0,
    }
    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    own = data(await client.post(PATHS, json={"name": "Pair"}, headers=headers), 201)
    for slug in ("two-sum", "3sum"):
        data(
            await client.post(
                f"{PATHS}/{own['slug']}/questions", json={"slug": slug}, headers=headers
            ),
            201,
        )
    data(await client.post(f"{USER}/learning-paths/{own['slug']}/enroll", headers=headers), 201)
    await solve(client, alice, "contains-duplicate", "valid-anagram", "two-sum", "3sum", "4sum")
    await solve(client, bob, "group-anagrams")
    # two of alice's cards are rated and scheduled: one overdue, one due today
    async with app.state.db.sessionmaker() as session:
        ids = dict(
            (
                await session.execute(
                    select(Question.title_slug, Question.id).where(
                        Question.title_slug.in_(["contains-duplicate", "valid-anagram"])
                    )
                )
            ).all()
        )
        now = utcnow()
        for slug, due in (("contains-duplicate", now - timedelta(days=3)), ("valid-anagram", now)):
            await session.execute(
                update(ReviewCard)
                .where(
                    ReviewCard.user_id == alice["user"]["id"], ReviewCard.question_id == ids[slug]
                )
                .values(needs_rating=False, due=due)
            )
        await session.commit()
    with count_statements(app) as statements:
        board = data(await client.get(DASHBOARD, headers=headers))
    assert board["reviews"] == {"due_today": 1, "overdue": 1, "need_rating": 3}
    neetcode, pair = board["active_paths"]
    assert (neetcode["slug"], neetcode["solved"], neetcode["total"]) == (NEETCODE, 4, 150)
    assert neetcode["next_question"] == {
        "position": 4,
        "category": "Arrays & Hashing",
        "title_slug": "group-anagrams",  # bob's solve is not alice's
        "title": "Group Anagrams",
        "difficulty": "Medium",
        "frontend_id": 49,
    }
    assert (pair["solved"], pair["total"], pair["percent"]) == (2, 2, 100.0)
    assert pair["next_question"] is None
    assert board["streak"] == {"current": 1, "longest": 1}
    assert board["activity_today"] == 5
    # session, reviews, enrolled paths, their progress, next questions, activity
    assert len(statements) <= 7
    error(await client.get(DASHBOARD), 401, "UNAUTHORIZED")
