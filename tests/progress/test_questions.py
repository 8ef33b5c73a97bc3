"""PUT/GET /api/v1/user/questions: one row per (user, question), attempts and first solves."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from sqlalchemy import func, select

from leettrack.reviews.models import ReviewCard
from leettrack.tracking.models import QuestionActivity, UserQuestion
from tests.paths.support import NEETCODE, USER, data, error

QUESTIONS = f"{USER}/questions"


async def put(client, account, slug, **body):
    return await client.put(f"{QUESTIONS}/{slug}", json=body, headers=account["headers"])


async def count(app, model, **where):
    async with app.state.db.sessionmaker() as session:
        conditions = [getattr(model, key) == value for key, value in where.items()]
        return await session.scalar(select(func.count()).select_from(model).where(*conditions))


async def test_upsert_counts_attempts_and_keeps_the_first_solve(app, client, seeded, alice):
    first = data(await put(client, alice, "two-sum", status="attempted", time_spent_seconds=600))
    assert first["status"] == "attempted" and first["attempts"] == 1
    assert first["time_spent_seconds"] == 600 and first["first_solved_at"] is None
    assert first["newly_solved"] is False and first["title"] == "Two Sum"
    solved = data(await put(client, alice, "two-sum", status="solved", time_spent_seconds=300))
    assert solved["attempts"] == 2 and solved["time_spent_seconds"] == 900
    assert solved["newly_solved"] is True
    solved_at = datetime.fromisoformat(solved["first_solved_at"])
    assert solved["last_attempted_at"] == solved["first_solved_at"]
    again = data(await put(client, alice, "two-sum", status="solved", notes="hash map"))
    assert again["attempts"] == 3 and again["newly_solved"] is False
    assert datetime.fromisoformat(again["first_solved_at"]) == solved_at
    assert again["notes"] == "hash map"
    reset = data(await put(client, alice, "two-sum", status="todo"))
    assert reset["status"] == "todo" and reset["attempts"] == 3  # todo is not an attempt
    assert reset["notes"] == "hash map"  # absent notes are kept
    assert datetime.fromisoformat(reset["first_solved_at"]) == solved_at
    resolved = data(await put(client, alice, "two-sum", status="solved", notes=None))
    assert resolved["newly_solved"] is False and resolved["notes"] is None
    assert await count(app, UserQuestion) == 1
    assert await count(app, QuestionActivity, kind="solved") == 3
    assert await count(app, QuestionActivity, kind="attempted") == 1
    assert await count(app, ReviewCard, needs_rating=True) == 1


async def test_progress_belongs_to_each_user(app, client, seeded, alice, bob):
    data(await put(client, alice, "two-sum", status="solved"))
    fresh = data(await put(client, bob, "two-sum", status="attempted"))
    assert fresh["attempts"] == 1 and fresh["first_solved_at"] is None
    listed = (await client.get(QUESTIONS, headers=bob["headers"])).json()
    assert [(q["title_slug"], q["status"]) for q in listed["data"]] == [("two-sum", "attempted")]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"status": "done"},
        {"status": "solved", "time_spent_seconds": -1},
        {"status": "solved", "time_spent_seconds": 86_401},
        {"status": "solved", "notes": "x" * 5001},
        {"status": "solved", "rating": 3},
    ],
)
async def test_bad_updates_are_422(client, seeded, alice, body):
    error(await put(client, alice, "two-sum", **body), 422, "VALIDATION_ERROR")


async def test_unknown_problems_and_anonymous_callers(client, seeded, alice, fake_leetcode):
    error(await put(client, alice, "no-such-problem-here", status="solved"), 404, "NOT_FOUND")
    assert fake_leetcode.calls["questionData"] == 1
    response = await client.put(f"{QUESTIONS}/two-sum", json={"status": "solved"})
    error(response, 401, "UNAUTHORIZED")
    error(await client.get(QUESTIONS), 401, "UNAUTHORIZED")
    # a real problem missing from the catalog is fetched once and tracked
    tracked = data(await put(client, alice, "recyclable-and-low-fat-products", status="solved"))
    assert tracked["frontend_id"] == 1757 and fake_leetcode.calls["questionData"] == 2
    data(await put(client, alice, "recyclable-and-low-fat-products", status="solved"))
    assert fake_leetcode.calls["questionData"] == 2


async def test_concurrent_updates_lose_no_attempt(app, client, seeded, alice):
    updates = 40
    statuses = ["attempted", "solved"] * (updates // 2)
    responses = await asyncio.gather(
        *(put(client, alice, "3sum", status=status, time_spent_seconds=10) for status in statuses)
    )
    assert [response.status_code for response in responses] == [200] * updates
    row = data(await client.get(QUESTIONS, headers=alice["headers"]))[0]
    assert row["attempts"] == updates
    assert row["time_spent_seconds"] == 10 * updates
    assert await count(app, QuestionActivity) == updates
    assert await count(app, UserQuestion) == 1
    assert await count(app, ReviewCard) == 1
    assert sum(r.json()["data"]["newly_solved"] for r in responses) == 1


async def test_list_filters_by_status_difficulty_and_path(client, seeded, alice, bob):
    for slug, status in [
        ("two-sum", "solved"),
        ("3sum", "attempted"),
        ("median-of-two-sorted-arrays", "solved"),
        ("climbing-stairs", "todo"),
        ("4sum", "solved"),
    ]:
        data(await put(client, alice, slug, status=status))
    headers = alice["headers"]

    async def slugs(**params):
        body = (await client.get(QUESTIONS, headers=headers, params=params)).json()
        assert body["meta"]["total"] == len(body["data"]) or "limit" in params
        return [q["title_slug"] for q in body["data"]]

    assert await slugs() == [
        "4sum",
        "climbing-stairs",
        "median-of-two-sorted-arrays",
        "3sum",
        "two-sum",
    ]
    assert await slugs(status="solved") == ["4sum", "median-of-two-sorted-arrays", "two-sum"]
    assert await slugs(difficulty="Hard") == ["median-of-two-sorted-arrays"]
    assert await slugs(status="solved", difficulty="Medium") == ["4sum"]
    assert set(await slugs(path=NEETCODE)) == {
        "two-sum",
        "3sum",
        "median-of-two-sorted-arrays",
        "climbing-stairs",
    }
    body = (await client.get(QUESTIONS, headers=headers, params={"limit": 2, "offset": 1})).json()
    assert body["meta"] == {"total": 5, "limit": 2, "offset": 1}
    assert [q["title_slug"] for q in body["data"]] == [
        "climbing-stairs",
        "median-of-two-sorted-arrays",
    ]
    error(
        await client.get(QUESTIONS, headers=headers, params={"status": "x"}),
        422,
        "VALIDATION_ERROR",
    )
    error(await client.get(QUESTIONS, headers=headers, params={"path": "nope"}), 404, "NOT_FOUND")
    private = data(
        await client.post("/api/v1/learning-paths", json={"name": "p"}, headers=headers), 201
    )
    response = await client.get(QUESTIONS, headers=bob["headers"], params={"path": private["slug"]})
    error(response, 404, "NOT_FOUND")
