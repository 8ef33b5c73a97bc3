"""A card from solve to lapse, under a frozen clock, and the rules around rating it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from prometheus_client import REGISTRY

from tests.reviews.conftest import REVIEWS, START

pytestmark = pytest.mark.asyncio


def at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_full_card_life(client, clock, learner, make_question, solve):
    user = await learner()
    question = await make_question("two-sum", title="Two Sum", difficulty="Easy")
    await solve(user.id, question.id, START)

    waiting = (await client.get(f"{REVIEWS}/need-rating", headers=user.headers)).json()
    assert waiting["meta"]["total"] == 1
    assert waiting["data"][0]["question"]["slug"] == "two-sum"
    assert at(waiting["data"][0]["solved_at"]) == START
    due = (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()
    assert due["data"] == [] and due["meta"]["total"] == 0

    first = await client.post(f"{REVIEWS}/two-sum", json={"rating": "good"}, headers=user.headers)
    assert first.status_code == 200, first.text
    card, log = first.json()["data"]["card"], first.json()["data"]["log"]
    assert card["state"] == "review"
    assert card["needs_rating"] is False
    assert card["interval_days"] == 2
    assert at(card["due"]) == START + timedelta(days=2)
    assert at(card["last_review"]) == START
    assert card["retrievability"] == pytest.approx(1.0)
    assert log["rating"] == "good" and log["state_before"] == "learning"
    assert log["interval_days"] == 2 and log["desired_retention"] == 0.9

    clock.advance(days=1)
    assert (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()["data"] == []
    waiting = (await client.get(f"{REVIEWS}/need-rating", headers=user.headers)).json()
    assert waiting["data"] == []

    clock.advance(days=1)
    due = (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()
    assert due["meta"]["total"] == 1
    [queued] = due["data"]
    assert queued["question"] == {
        "slug": "two-sum",
        "frontend_id": question.frontend_id,
        "title": "Two Sum",
        "difficulty": "Easy",
    }
    assert queued["stability"] == card["stability"]
    assert queued["retrievability"] == pytest.approx(0.9, abs=0.02)

    body = {"rating": "again", "duration_seconds": 600}
    lapse = await client.post(f"{REVIEWS}/two-sum", json=body, headers=user.headers)
    assert lapse.status_code == 200, lapse.text
    lapsed = lapse.json()["data"]["card"]
    assert lapsed["interval_days"] == 1
    assert at(lapsed["due"]) == clock.now + timedelta(days=1)
    assert lapsed["stability"] < card["stability"]
    assert lapsed["difficulty"] > card["difficulty"]
    assert (await client.get(f"{REVIEWS}/due", headers=user.headers)).json()["data"] == []

    history = (await client.get(f"{REVIEWS}/two-sum/history", headers=user.headers)).json()
    assert history["meta"]["total"] == 2
    assert [entry["rating"] for entry in history["data"]] == ["good", "again"]
    assert [entry["duration_seconds"] for entry in history["data"]] == [None, 600]
    assert [at(entry["reviewed_at"]) for entry in history["data"]] == [START, clock.now]


@pytest.mark.parametrize(
    "body",
    [
        {"rating": "meh"},
        {"rating": 5},
        {"rating": 0},
        {"rating": "5"},
        {"rating": 2.5},
        {"rating": True},
        {"confidence": "sure"},
        {"rating": "good", "confidence": "mastered"},
        {},
        {"rating": "good", "duration_seconds": -1},
        {"rating": "good", "extra": 1},
    ],
)
async def test_unknown_ratings_are_422(client, clock, learner, make_question, solve, body):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    response = await client.post(
        f"{REVIEWS}/{question.title_slug}", json=body, headers=user.headers
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"
    history = await client.get(f"{REVIEWS}/{question.title_slug}/history", headers=user.headers)
    assert history.json()["data"] == []


async def test_only_recorded_reviews_are_counted(client, clock, learner, make_question, solve):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    url = f"{REVIEWS}/{question.title_slug}"

    def reviews_counted() -> float:
        return REGISTRY.get_sample_value("leettrack_reviews_total") or 0.0

    before = reviews_counted()
    assert (await client.post(url, json={"rating": "meh"}, headers=user.headers)).status_code == 422
    assert reviews_counted() == before
    assert (await client.post(url, json={"rating": 3}, headers=user.headers)).status_code == 200
    assert reviews_counted() == before + 1


async def test_an_unknown_rating_names_the_field_and_the_choices(
    client, clock, learner, make_question, solve
):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    response = await client.post(
        f"{REVIEWS}/{question.title_slug}", json={"confidence": "meh"}, headers=user.headers
    )
    [field] = response.json()["error"]["details"]["fields"]
    assert field["field"] == "confidence"
    assert "again, hard, good, easy, 1, 2, 3, 4, confused" in field["message"]


@pytest.mark.parametrize("rating", [3, "3", "good", " Good ", "GOOD", "understood"])
async def test_rating_spellings(client, clock, learner, make_question, solve, rating):
    user = await learner()
    question = await make_question()
    await solve(user.id, question.id, START)
    response = await client.post(
        f"{REVIEWS}/{question.title_slug}", json={"rating": rating}, headers=user.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["log"]["rating"] == "good"


async def test_another_users_card_is_404(client, clock, learner, make_question, solve):
    owner, stranger = await learner(), await learner()
    question = await make_question("valid-parentheses")
    await solve(owner.id, question.id, START)
    slug = question.title_slug

    for response in (
        await client.post(f"{REVIEWS}/{slug}", json={"rating": "easy"}, headers=stranger.headers),
        await client.get(f"{REVIEWS}/{slug}/history", headers=stranger.headers),
        await client.post(f"{REVIEWS}/no-such-problem", json={"rating": 3}, headers=owner.headers),
    ):
        assert response.status_code == 404, response.text
        assert response.json()["error"]["code"] == "NOT_FOUND"

    for path in ("/due", "/need-rating", "/forecast", "/stats"):
        response = (await client.get(f"{REVIEWS}{path}", headers=stranger.headers)).json()
        assert slug not in str(response)
    stats = (await client.get(f"{REVIEWS}/stats", headers=stranger.headers)).json()["data"]
    assert stats["cards"] == 0 and stats["need_rating"] == 0
    owner_history = await client.get(f"{REVIEWS}/{slug}/history", headers=owner.headers)
    assert owner_history.json()["data"] == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/due"),
        ("GET", "/need-rating"),
        ("GET", "/forecast"),
        ("GET", "/stats"),
        ("POST", "/two-sum"),
        ("GET", "/two-sum/history"),
    ],
)
async def test_reviews_need_a_signed_in_user(client, method, path):
    response = await client.request(method, f"{REVIEWS}{path}", json={"rating": "good"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "UNAUTHORIZED"


async def test_query_bounds_are_422(client, learner):
    user = await learner()
    for query in (
        "/due?limit=0",
        "/due?limit=201",
        "/due?offset=-1",
        "/forecast?days=0",
        "/forecast?days=366",
        "/need-rating?limit=abc",
    ):
        response = await client.get(f"{REVIEWS}{query}", headers=user.headers)
        assert response.status_code == 422, query
