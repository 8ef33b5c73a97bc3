"""Fixtures and helpers shared by the learning path and progress tests.

Its fixtures (`seeded`, `alice`, `bob`, `admin`) are registered for the whole suite by
`pytest_plugins` in tests/conftest.py; import only its helpers and constants."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from leettrack.paths.seed import seed_catalog_and_paths
from tests.helpers import make_admin, register

PATHS = "/api/v1/learning-paths"
USER = "/api/v1/user"
ADMIN = "/api/v1/admin"
NEETCODE = "neetcode-150"


async def seed(app: FastAPI) -> dict[str, int]:
    async with app.state.db.sessionmaker() as session:
        counts = await seed_catalog_and_paths(session)
        await session.commit()
    return counts


@pytest.fixture
async def seeded(app: FastAPI) -> dict[str, int]:
    """The bundled catalog and system paths, seeded into this test's database."""
    return await seed(app)


@pytest.fixture
async def alice(client: httpx.AsyncClient) -> dict[str, Any]:
    return await register(client, "alice")


@pytest.fixture
async def bob(client: httpx.AsyncClient) -> dict[str, Any]:
    return await register(client, "bob")


@pytest.fixture
async def admin(app: FastAPI, client: httpx.AsyncClient) -> dict[str, Any]:
    account = await register(client, "root")
    await make_admin(app, account["user"]["id"])
    return account


@contextmanager
def count_statements(app: FastAPI) -> Iterator[list[str]]:
    """Every SQL statement the app sends while the block runs: through SQLAlchemy, and the hot
    reads' statements that `Database.fetch` runs on asyncpg directly."""
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    def record_fetch(sql: str, _arguments: tuple[Any, ...]) -> None:
        statements.append(sql)

    engine = app.state.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    app.state.db.fetch_observers.append(record_fetch)
    try:
        yield statements
    finally:
        app.state.db.fetch_observers.remove(record_fetch)
        event.remove(engine, "before_cursor_execute", record)


def data(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is True
    return body["data"]


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False and body["error"]["code"] == code, body
    return dict(body["error"])
