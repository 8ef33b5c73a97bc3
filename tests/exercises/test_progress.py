"""GET/POST /progress and GET /progress/stats, under /api/v1 and the Python Portal's /api."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from leettrack.exercises.content import CATEGORIES, DIFFICULTIES
from leettrack.exercises.models import ExerciseProgress
from tests.exercises.conftest import BUNDLED, bundled

PROGRESS = "/api/v1/progress"


async def set_status(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str, status: str, **extra: Any
) -> httpx.Response:
    return await client.post(
        PROGRESS,
        json={"exercise_id": exercise_id, "status": status, **extra},
        headers=user["headers"],
    )


async def test_progress_needs_a_login(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    for method, path in (("GET", PROGRESS), ("POST", PROGRESS), ("GET", f"{PROGRESS}/stats")):
        response = await client.request(method, path, json={})
        assert response.status_code == 401, path


async def test_set_and_list(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    response = await set_status(client, learner, "stack", "in_progress", last_code="class Stack:")
    assert response.status_code == 200
    row = response.json()["data"]
    metadata = bundled("stack").metadata
    assert row == {
        "exercise_id": "stack",
        "title": metadata.title,
        "difficulty": metadata.difficulty,
        "category": metadata.category,
        "status": "in_progress",
        "completion": None,
        "attempts": 0,
        "completion_time": None,
        "completed_at": None,
        "verified_at": None,
        "last_code": "class Stack:",
        "started_at": row["started_at"],
        "updated_at": row["updated_at"],
    }
    await set_status(client, learner, "hello-world", "completed")
    listed = (await client.get(PROGRESS, headers=learner["headers"])).json()
    assert listed["meta"] == {"total": 2, "limit": 100, "offset": 0}
    assert [item["exercise_id"] for item in listed["data"]] == ["hello-world", "stack"]
    only = await client.get(PROGRESS, params={"status": "completed"}, headers=learner["headers"])
    assert [item["exercise_id"] for item in only.json()["data"]] == ["hello-world"]


async def test_status_changes(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    await set_status(client, learner, "stack", "in_progress", last_code="v1")
    done = (await set_status(client, learner, "stack", "completed")).json()["data"]
    assert done["status"] == "completed" and done["completed_at"] is not None
    assert done["last_code"] == "v1"  # kept when not sent
    again = (await set_status(client, learner, "stack", "completed")).json()["data"]
    assert again["completed_at"] == done["completed_at"]  # the first completion counts
    reset = (await set_status(client, learner, "stack", "not_started")).json()["data"]
    assert (reset["status"], reset["completed_at"], reset["completion_time"]) == (
        "not_started",
        None,
        None,
    )
    assert reset["started_at"] == done["started_at"]


async def test_each_learner_sees_only_their_own(
    client: httpx.AsyncClient, learner: dict[str, Any], other: dict[str, Any]
) -> None:
    await set_status(client, learner, "stack", "completed")
    listed = await client.get(PROGRESS, headers=other["headers"])
    assert listed.json()["meta"]["total"] == 0
    stats = (await client.get(f"{PROGRESS}/stats", headers=other["headers"])).json()["data"]
    assert stats["completed"] == 0


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"status": "completed"}, 422, "VALIDATION_ERROR"),
        ({"exercise_id": "stack", "status": "done"}, 422, "VALIDATION_ERROR"),
        ({"exercise_id": "", "status": "completed"}, 422, "VALIDATION_ERROR"),
        ({"exercise_id": "no-such-exercise", "status": "completed"}, 404, "NOT_FOUND"),
        (
            {"exercise_id": "stack", "status": "in_progress", "last_code": "#" * 65537},
            413,
            "PAYLOAD_TOO_LARGE",
        ),
    ],
)
async def test_bad_updates(
    client: httpx.AsyncClient, learner: dict[str, Any], body: dict[str, Any], status: int, code: str
) -> None:
    response = await client.post(PROGRESS, json=body, headers=learner["headers"])
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


async def test_stats_of_a_new_learner(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    response = await client.get(f"{PROGRESS}/stats", headers=learner["headers"])
    data = response.json()["data"]
    total = len(BUNDLED)
    assert data["total_exercises"] == total == data["not_started"]
    assert data["completed"] == data["in_progress"] == data["attempts"] == 0
    assert data["completion_rate"] == data["success_rate"] == 0
    assert data["time_spent_seconds"] == 0 and data["last_activity_at"] is None
    assert list(data["by_difficulty"]) == list(DIFFICULTIES)
    assert list(data["by_category"]) == list(CATEGORIES)
    assert sum(group["total"] for group in data["by_category"].values()) == total


@pytest.mark.parametrize(
    "prefix", ["/api/v1"]
)  # /api speaks the Python Portal contract: tests/compat
async def test_stats_count_by_difficulty_and_category(
    client: httpx.AsyncClient, learner: dict[str, Any], prefix: str
) -> None:
    await set_status(client, learner, "hello-world", "completed")
    await set_status(client, learner, "dijkstra", "completed")
    await set_status(client, learner, "stack", "in_progress")
    response = await client.get(f"{prefix}/progress/stats", headers=learner["headers"])
    data = response.json()["data"]
    assert (data["completed"], data["in_progress"]) == (2, 1)
    assert data["not_started"] == len(BUNDLED) - 3
    assert data["completion_rate"] == round(200 / len(BUNDLED), 1)
    for exercise_id in ("hello-world", "dijkstra"):
        metadata = bundled(exercise_id).metadata
        assert data["by_difficulty"][metadata.difficulty]["completed"] >= 1
        assert data["by_category"][metadata.category]["completed"] >= 1
    assert sum(group["completed"] for group in data["by_difficulty"].values()) == 2
    assert sum(group["in_progress"] for group in data["by_category"].values()) == 1
    assert data["last_activity_at"] is not None


async def test_completion_time_counts_from_the_start(
    client: httpx.AsyncClient, learner: dict[str, Any], seeded: FastAPI
) -> None:
    await set_status(client, learner, "stack", "in_progress")
    async with seeded.state.db.sessionmaker() as session:  # started 90 s ago, not waited for
        row = await session.scalar(
            select(ExerciseProgress).where(ExerciseProgress.exercise_id == "stack")
        )
        assert row is not None
        row.started_at -= timedelta(seconds=90)
        await session.commit()
    done = (await set_status(client, learner, "stack", "completed")).json()["data"]
    assert 90 <= done["completion_time"] <= 95
    stats = (await client.get(f"{PROGRESS}/stats", headers=learner["headers"])).json()["data"]
    assert stats["time_spent_seconds"] == done["completion_time"]
