"""GET /api/v1/auth/me/export and DELETE /api/v1/auth/me."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from leettrack.models import ExerciseSubmission, ReviewCard, ReviewLog, UserQuestion
from leettrack.settings import Settings
from tests.helpers import PASSWORD, register
from tests.paths.support import seed

ME = "/api/v1/auth/me"


@pytest.fixture
def settings(settings: Settings, leetcode_overrides: dict[str, Any]) -> Settings:
    return settings.model_copy(update=leetcode_overrides)


async def _practise(app: FastAPI, client: httpx.AsyncClient, headers: dict[str, str]) -> None:
    await seed(app)
    user = "/api/v1/user"
    solved = await client.put(
        f"{user}/questions/two-sum",
        json={"status": "solved", "notes": "complements"},
        headers=headers,
    )
    assert solved.status_code == 200, solved.text
    rated = await client.post(
        "/api/v1/user/reviews/two-sum", json={"rating": "good"}, headers=headers
    )
    assert rated.status_code == 200, rated.text
    enrolled = await client.post(f"{user}/learning-paths/neetcode-150/enroll", headers=headers)
    assert enrolled.status_code in (200, 201), enrolled.text


async def test_export_is_everything_of_mine_and_nothing_secret(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    me = await register(client)
    other = await register(client)
    await _practise(app, client, me["headers"])
    await client.put(
        "/api/v1/user/questions/valid-anagram", json={"status": "solved"}, headers=other["headers"]
    )
    response = await client.get(f"{ME}/export", headers=me["headers"])
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["profile"]["username"] == me["user"]["username"]
    assert [q["slug"] for q in data["questions"]] == ["two-sum"]  # not the other user's
    assert data["questions"][0]["notes"] == "complements"
    [card] = data["reviews"]
    assert card["needs_rating"] is False and len(card["logs"]) == 1
    assert card["logs"][0]["rating"] == 3
    assert data["enrolments"][0]["path"] == "neetcode-150"
    assert data["exercises"] == [] and data["submissions"] == []
    assert data["problem_submissions"] == []
    for secret in ("password_hash", me["access_token"], me["refresh_token"]):
        assert secret not in response.text
    assert (await client.get(f"{ME}/export")).status_code == 401


async def test_delete_needs_the_password_then_removes_the_account_and_its_data(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    me = await register(client)
    await _practise(app, client, me["headers"])
    wrong = await client.request("DELETE", ME, json={"password": "nope"}, headers=me["headers"])
    assert wrong.status_code == 401
    assert wrong.json()["error"]["message"] == "Password is incorrect"
    missing = await client.request("DELETE", ME, json={}, headers=me["headers"])
    assert missing.status_code == 422
    deleted = await client.request("DELETE", ME, json={"password": PASSWORD}, headers=me["headers"])
    assert deleted.status_code == 200
    assert (await client.get(ME, headers=me["headers"])).status_code == 401
    refreshed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": me["refresh_token"]}
    )
    assert refreshed.status_code == 401
    login = await client.post(
        "/api/v1/auth/login", json={"username": me["user"]["username"], "password": PASSWORD}
    )
    assert login.status_code == 401
    async with app.state.db.sessionmaker() as session:
        for model in (UserQuestion, ReviewCard, ReviewLog, ExerciseSubmission):
            assert await session.scalar(select(func.count()).select_from(model)) == 0
