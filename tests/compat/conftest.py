"""Fixtures of the contract tests: the bundled catalog, paths and exercises seeded, the fake
LeetCode server, and sign-up helpers speaking each original client's own protocol."""

from __future__ import annotations

import itertools
import os
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.exercises.seed import seed_exercises
from leettrack.paths.seed import seed_catalog_and_paths
from leettrack.settings import Settings
from tests.helpers import PASSWORD, make_admin

_counter = itertools.count(1)


@pytest.fixture
def settings(settings: Settings, leetcode_overrides: dict[str, Any]) -> Settings:
    return settings.model_copy(update=leetcode_overrides)


@pytest.fixture
async def seeded(app: FastAPI) -> FastAPI:
    async with app.state.db.sessionmaker() as session:
        await seed_catalog_and_paths(session)
        await seed_exercises(session)
        await session.commit()
    return app


def unique(name: str) -> str:
    return f"{name}{next(_counter)}x{os.getpid()}"


async def portal_user(client: httpx.AsyncClient) -> dict[str, Any]:
    """A Python Portal sign-up; the answer's data plus ready-made `headers`."""
    name = unique("portal")
    response = await client.post(
        "/api/auth/register",
        json={"username": name, "email": f"{name}@example.com", "password": PASSWORD},
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    data["headers"] = {"Authorization": f"Bearer {data['accessToken']}"}
    return data


async def legacy_user(
    client: httpx.AsyncClient, leetcode_username: str = "lt_alice", *, admin: FastAPI | None = None
) -> dict[str, Any]:
    """A LeetTrack 1.x sign-up (email, password, LeetCode username; no username)."""
    email = f"{unique('ada')}@example.com"
    response = await client.post(
        "/legacy/api/v1/auth/register",
        json={"email": email, "password": PASSWORD, "leetcode_username": leetcode_username},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    if admin is not None:
        await make_admin(admin, body["user"]["user_id"])
    body["headers"] = {"Authorization": f"Bearer {body['access_token']}"}
    return body


def portal_ok(response: httpx.Response, status: int = 200) -> Any:
    """The Portal's success envelope: `{success: true, data, message}`."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is True
    assert set(body) == {"success", "data", "message"}
    return body["data"]


def portal_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """python-portal-types' failure: `error` is a message string, never an object."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["success"] is False
    assert isinstance(body["error"], str) and body["error"]
    assert body["message"] == body["error"]
    assert body["code"] == code
    return body


def legacy_ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == "success"
    return body


def legacy_error(response: httpx.Response, status: int) -> dict[str, Any]:
    """Flask's failure: `{"status": "error", "message": ...}` (the frontend shows `message`)."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == "error"
    assert isinstance(body["message"], str) and body["message"]
    assert "success" not in body
    return body
