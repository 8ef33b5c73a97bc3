"""`GET /due` with 10,000 cards: right answers, the (user_id, due) index, and its latency."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, text

from leettrack.leetcode.models import Question
from leettrack.reviews.models import ReviewCard
from tests.reviews.conftest import REVIEWS, START

pytestmark = pytest.mark.asyncio

CARDS = 10_000
DUE_NOW = 7_000  # cards 0..6999 are due, 7000.. are not
UNRATED, RETIRED = range(0, 7_000, 10), range(5, 7_000, 10)  # excluded from the queue


def _due(n: int) -> Any:
    """Card n falls due n minutes after the earliest; the first DUE_NOW are due at START."""
    return START - timedelta(minutes=DUE_NOW - n)


async def _bulk_cards(app, user_id: int) -> None:
    async with app.state.db.sessionmaker() as session:
        await session.execute(
            insert(Question),
            [
                {
                    "frontend_id": 100_000 + n,
                    "title_slug": f"scale-{n}",
                    "title": f"Scale {n}",
                    "difficulty": "Hard",
                    "topic_tags": [],
                }
                for n in range(CARDS)
            ],
        )
        first_id = await session.scalar(
            text("SELECT MIN(id) FROM questions WHERE title_slug LIKE 'scale-%'")
        )
        await session.execute(
            insert(ReviewCard),
            [
                {
                    "user_id": user_id,
                    "question_id": first_id + n,
                    "state": 2,
                    "step": None,
                    "stability": 3.0 + n % 50,
                    "difficulty": 5.0,
                    "due": _due(n),
                    "last_review": _due(n) - timedelta(days=3),
                    "needs_rating": n in UNRATED,
                    "retired": n in RETIRED,
                }
                for n in range(CARDS)
            ],
        )
        await session.commit()


@pytest.fixture
def page_queries(app):
    """The statements (and parameters) of the paged queue query the app sends."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if "FROM review_cards JOIN questions" in statement and "LIMIT" in statement:
            sent.append((statement, parameters))

    engine = app.state.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    yield sent
    event.remove(engine, "before_cursor_execute", record)


@pytest.mark.slow
async def test_due_with_ten_thousand_cards(app, client, clock, learner, page_queries):
    user = await learner()
    await _bulk_cards(app, user.id)
    expected = [n for n in range(DUE_NOW + 1) if n not in UNRATED and n not in RETIRED]

    first = (await client.get(f"{REVIEWS}/due?limit=50", headers=user.headers)).json()
    assert first["meta"] == {"total": len(expected), "limit": 50, "offset": 0}
    assert [card["question"]["slug"] for card in first["data"]] == [
        f"scale-{n}" for n in expected[:50]
    ]
    assert all(0 < card["retrievability"] < 1 for card in first["data"])
    tail = len(expected) - 150
    last = await client.get(f"{REVIEWS}/due?limit=200&offset={tail}", headers=user.headers)
    assert [card["question"]["slug"] for card in last.json()["data"]] == [
        f"scale-{n}" for n in expected[tail:]
    ]

    async with app.state.db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("ANALYZE review_cards"))
            explain = "EXPLAIN"
        else:
            explain = "EXPLAIN QUERY PLAN"
        statement, parameters = page_queries[0]
        plan = await connection.exec_driver_sql(f"{explain} {statement}", parameters)
        plan_text = "\n".join(str(row) for row in plan)
    assert "ix_review_cards_user_due" in plan_text, plan_text

    timings = []
    for _ in range(20):
        began = time.perf_counter()
        response = await client.get(f"{REVIEWS}/due?limit=50", headers=user.headers)
        timings.append(time.perf_counter() - began)
        assert response.status_code == 200
    median_ms = statistics.median(timings) * 1000
    print(f"\nGET /due?limit=50 over {CARDS} cards: median {median_ms:.1f} ms")
    assert median_ms < 250
