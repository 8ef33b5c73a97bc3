"""Verified completions (a test run passed) and self-reported ones (POST /progress) are told
apart in the progress rows and counted apart in the statistics."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.exercises.conftest import bundled
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap


async def set_status(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str, status: str, prefix: str
) -> dict[str, Any]:
    response = await client.post(
        f"{prefix}/progress",
        json={"exercise_id": exercise_id, "status": status},
        headers=user["headers"],
    )
    assert response.status_code == 200
    data: dict[str, Any] = response.json()["data"]
    return data


async def submit(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str, code: str, prefix: str
) -> dict[str, Any]:
    response = await client.post(
        f"{prefix}/exercises/test",
        json={"exercise_id": exercise_id, "code": code},
        headers=user["headers"],
    )
    assert response.status_code == 200
    data: dict[str, Any] = response.json()["data"]
    return data


async def stats_of(client: httpx.AsyncClient, user: dict[str, Any], prefix: str) -> Any:
    return (await client.get(f"{prefix}/progress/stats", headers=user["headers"])).json()["data"]


@pytest.mark.parametrize(
    "prefix", ["/api/v1"]
)  # /api speaks the Python Portal contract: tests/compat
async def test_self_reported_and_verified_completions_are_counted_apart(
    client: httpx.AsyncClient, learner: dict[str, Any], prefix: str
) -> None:
    claimed = await set_status(client, learner, "fizzbuzz", "completed", prefix)
    assert (claimed["completion"], claimed["verified_at"]) == ("self_reported", None)
    failed = await submit(client, learner, "fizzbuzz", bundled("fizzbuzz").starter_code, prefix)
    assert failed["progress"]["completion"] == "self_reported"  # a failing run verifies nothing

    solved = await submit(client, learner, "two-sum", bundled("two-sum").solution_code, prefix)
    assert solved["passed"] is True
    assert solved["progress"]["completion"] == "verified"
    assert solved["progress"]["verified_at"] is not None

    stats = await stats_of(client, learner, prefix)
    assert (stats["completed"], stats["verified"], stats["self_reported"]) == (2, 1, 1)
    two_sum, fizzbuzz = bundled("two-sum").metadata, bundled("fizzbuzz").metadata
    by_difficulty = stats["by_difficulty"]
    if two_sum.difficulty != fizzbuzz.difficulty:
        assert by_difficulty[two_sum.difficulty]["verified"] == 1
        assert by_difficulty[fizzbuzz.difficulty]["self_reported"] == 1
    assert sum(group["verified"] for group in by_difficulty.values()) == 1
    assert sum(group["self_reported"] for group in stats["by_category"].values()) == 1

    listed = (await client.get(f"{prefix}/progress", headers=learner["headers"])).json()["data"]
    assert {row["exercise_id"]: row["completion"] for row in listed} == {
        "fizzbuzz": "self_reported",
        "two-sum": "verified",
    }


async def test_a_passing_run_verifies_a_self_reported_completion_and_a_reset_clears_it(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    prefix = "/api/v1"
    await set_status(client, learner, "fizzbuzz", "completed", prefix)
    solution = bundled("fizzbuzz").solution_code
    verified = (await submit(client, learner, "fizzbuzz", solution, prefix))["progress"]
    assert verified["completion"] == "verified"
    again = await set_status(client, learner, "fizzbuzz", "completed", prefix)
    assert again["completion"] == "verified"  # saying it again keeps the verification
    assert again["verified_at"] == verified["verified_at"]

    reset = await set_status(client, learner, "fizzbuzz", "in_progress", prefix)
    assert (reset["completion"], reset["verified_at"]) == (None, None)
    reclaimed = await set_status(client, learner, "fizzbuzz", "completed", prefix)
    assert reclaimed["completion"] == "self_reported"
    stats = await stats_of(client, learner, prefix)
    assert (stats["verified"], stats["self_reported"]) == (0, 1)
