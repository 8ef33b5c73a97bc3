"""The problems through the API, judged in the real sandbox: the list and its filters, a
problem's page without its hidden cases or reference, each verdict, and what a submission does
to progress (solved and verified, or one more attempt) and to the review queue."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from leettrack.db import utcnow
from leettrack.paths.seed import seed_catalog_and_paths
from leettrack.problems.content import bundled_problems
from leettrack.reviews.models import ReviewCard
from tests.helpers import register
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

TWO_SUM = bundled_problems()["two-sum"]
ALWAYS_FIRST_PAIR = """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 1]
"""


@pytest.fixture
async def seeded(app: FastAPI) -> FastAPI:
    async with app.state.db.sessionmaker() as session:
        await seed_catalog_and_paths(session)
        await session.commit()
    return app


@pytest.fixture
async def learner(client: httpx.AsyncClient, seeded: FastAPI) -> dict[str, Any]:
    return await register(client)


async def submit(
    client: httpx.AsyncClient, user: dict[str, Any], code: str, slug: str = "two-sum"
) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/problems/{slug}/submit", json={"code": code}, headers=user["headers"]
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def test_the_list_filters_by_difficulty_topic_and_path(
    client: httpx.AsyncClient, seeded: FastAPI
) -> None:
    everything = (await client.get("/api/v1/problems?limit=200")).json()
    assert everything["meta"]["total"] == len(bundled_problems())
    titles = [item["title"] for item in everything["data"]]
    assert titles == sorted(titles)
    easy = (await client.get("/api/v1/problems?difficulty=easy&limit=200")).json()["data"]
    assert easy and {item["difficulty"] for item in easy} == {"easy"}
    hashing = (await client.get("/api/v1/problems?topic=HASH%20TABLE&limit=200")).json()["data"]
    assert "two-sum" in [item["slug"] for item in hashing]
    assert all("hash table" in item["topics"] for item in hashing)
    blind = (await client.get("/api/v1/problems?path=blind-75&limit=200")).json()
    assert blind["data"][0]["slug"] == "two-sum"  # the path's order
    missing = await client.get("/api/v1/problems?path=no-such-path")
    assert missing.status_code == 404
    assert (await client.get("/api/v1/problems?difficulty=trivial")).status_code == 422


async def test_a_problem_shows_examples_never_hidden_cases_or_the_reference(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/api/v1/problems/two-sum")
    assert response.status_code == 200
    problem = response.json()["data"]
    assert problem["method"] == "twoSum"
    assert problem["starter_code"] == TWO_SUM.starter_code
    assert [example["name"] for example in problem["examples"]] == [
        case["name"] for case in TWO_SUM.examples
    ]
    assert problem["examples"][0]["input"] == "nums = [3, 8, 12, 5], target = 13"
    assert problem["hidden_cases"] == len(TWO_SUM.hidden)
    for case in TWO_SUM.hidden:
        assert case["name"] not in response.text
    assert "seen[number] = index" not in response.text
    assert (await client.get("/api/v1/problems/no-such-problem")).status_code == 404
    assert (await client.get("/api/v1/problems/Not_A_Slug")).status_code == 422


async def test_an_accepted_solution_solves_verifies_and_opens_a_review(
    client: httpx.AsyncClient, learner: dict[str, Any], seeded: FastAPI
) -> None:
    accepted = await submit(client, learner, TWO_SUM.solution_code)
    assert accepted["verdict"] == "accepted" and accepted["passed"] is True
    hidden = [test for test in accepted["tests"] if test["visibility"] == "hidden"]
    assert len(hidden) > len(TWO_SUM.hidden)  # the generated cases come on top
    assert all(test["expected"] is None and test["input"] is None for test in hidden)
    progress = accepted["progress"]
    assert progress["status"] == "solved" and progress["newly_solved"] is True
    assert progress["verified_at"] is not None and accepted["reviewed"] is False
    due = (await client.get("/api/v1/user/reviews/need-rating", headers=learner["headers"])).json()
    assert [card["question"]["slug"] for card in due["data"]] == ["two-sum"]

    wrong = await submit(client, learner, ALWAYS_FIRST_PAIR)
    assert wrong["verdict"] == "wrong_answer"
    assert wrong["progress"]["status"] == "solved"  # a failed try does not undo the solve
    assert wrong["progress"]["attempts"] == 2

    rated = await client.post(
        "/api/v1/user/reviews/two-sum", json={"rating": "good"}, headers=learner["headers"]
    )
    assert rated.status_code == 200
    async with seeded.state.db.sessionmaker() as session:
        await session.execute(update(ReviewCard).values(due=utcnow() - timedelta(days=1)))
        await session.commit()
    again = await submit(client, learner, TWO_SUM.solution_code)
    assert again["verdict"] == "accepted" and again["reviewed"] is True
    history = await client.get("/api/v1/user/reviews/two-sum/history", headers=learner["headers"])
    assert len(history.json()["data"]) == 2


async def test_a_failed_first_try_counts_an_attempt(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    wrong = await submit(client, learner, ALWAYS_FIRST_PAIR)
    assert wrong["verdict"] == "wrong_answer" and wrong["passed"] is False
    assert wrong["progress"]["status"] == "attempted"
    assert wrong["progress"]["verified_at"] is None
    example = wrong["tests"][0]
    assert example["visibility"] == "example" and example["got"] == "[0, 1]"


@pytest.mark.parametrize(
    ("code", "verdict"),
    [
        ("NAIVE", "time_limit"),
        (
            "class Solution:\n    def twoSum(self, nums, target):\n        raise KeyError(1)\n",
            "runtime_error",
        ),
        ("class Solution:\n    def twoSum(self nums):\n", "runtime_error"),
        (
            "class Solution:\n    def twoSum(self, nums, target):\n        return [0] * 10**10\n",
            "memory_limit",
        ),
    ],
)
async def test_each_verdict(
    client: httpx.AsyncClient, learner: dict[str, Any], code: str, verdict: str
) -> None:
    judged = await submit(client, learner, TWO_SUM.naive_code if code == "NAIVE" else code)
    assert judged["verdict"] == verdict, judged["status"]


async def test_the_history_is_the_callers_own(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    first = await submit(client, learner, ALWAYS_FIRST_PAIR)
    second = await submit(client, learner, TWO_SUM.solution_code)
    listed = await client.get("/api/v1/problems/two-sum/submissions", headers=learner["headers"])
    body = listed.json()
    assert body["meta"]["total"] == 2
    assert [item["id"] for item in body["data"]] == [
        second["submission_id"],
        first["submission_id"],
    ]
    assert [item["verdict"] for item in body["data"]] == ["accepted", "wrong_answer"]
    one = await client.get(
        f"/api/v1/problems/submissions/{first['submission_id']}", headers=learner["headers"]
    )
    assert one.json()["data"]["code"] == ALWAYS_FIRST_PAIR
    other = await register(client, username="grace", email="grace@example.com")
    hidden = await client.get(
        f"/api/v1/problems/submissions/{first['submission_id']}", headers=other["headers"]
    )
    assert hidden.status_code == 404
    exported = (await client.get("/api/v1/auth/me/export", headers=learner["headers"])).json()
    kept = exported["data"]["problem_submissions"]
    assert [(item["code"], item["verdict"]) for item in kept] == [
        (ALWAYS_FIRST_PAIR, "wrong_answer"),
        (TWO_SUM.solution_code, "accepted"),
    ]
    assert exported["data"]["questions"][0]["verified_at"] is not None


async def test_bad_submissions_are_clear_errors(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    anonymous = await client.post("/api/v1/problems/two-sum/submit", json={"code": "pass"})
    assert anonymous.status_code == 401
    unknown = await client.post(
        "/api/v1/problems/no-such/submit", json={"code": "pass"}, headers=learner["headers"]
    )
    assert unknown.status_code == 404
    huge = await client.post(
        "/api/v1/problems/two-sum/submit",
        json={"code": "#" * 70_000},
        headers=learner["headers"],
    )
    assert huge.status_code == 413
    malformed = await client.post(
        "/api/v1/problems/two-sum/submit", json={"source": "x"}, headers=learner["headers"]
    )
    assert malformed.status_code == 422
