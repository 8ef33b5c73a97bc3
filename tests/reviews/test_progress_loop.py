"""The loop through the progress routes: solving creates the card, un-solving keeps history."""

from __future__ import annotations

import pytest

from tests.reviews.conftest import REVIEWS

pytestmark = pytest.mark.asyncio


async def test_solve_rate_unsolve_resolve(client, learner, make_question):
    user = await learner()
    question = await make_question("merge-intervals")
    progress = f"/api/v1/user/questions/{question.title_slug}"

    async def dashboard():
        response = await client.get("/api/v1/user/dashboard", headers=user.headers)
        assert response.status_code == 200, response.text
        return response.json()["data"]["reviews"]

    attempted = await client.put(progress, json={"status": "attempted"}, headers=user.headers)
    assert attempted.status_code == 200, attempted.text
    no_card = await client.post(
        f"{REVIEWS}/merge-intervals", json={"rating": 3}, headers=user.headers
    )
    assert no_card.status_code == 404

    solved = await client.put(progress, json={"status": "solved"}, headers=user.headers)
    assert solved.status_code == 200, solved.text
    waiting = (await client.get(f"{REVIEWS}/need-rating", headers=user.headers)).json()
    assert [item["question"]["slug"] for item in waiting["data"]] == ["merge-intervals"]
    assert await dashboard() == {"due_today": 0, "overdue": 0, "need_rating": 1}

    rated = await client.post(
        f"{REVIEWS}/merge-intervals", json={"confidence": "understood"}, headers=user.headers
    )
    assert rated.status_code == 200, rated.text
    assert await dashboard() == {"due_today": 0, "overdue": 0, "need_rating": 0}

    for status in ("todo", "solved"):
        response = await client.put(progress, json={"status": status}, headers=user.headers)
        assert response.status_code == 200, response.text
        history = await client.get(f"{REVIEWS}/merge-intervals/history", headers=user.headers)
        assert [entry["confidence"] for entry in history.json()["data"]] == ["understood"]
        assert await dashboard() == {"due_today": 0, "overdue": 0, "need_rating": 0}
