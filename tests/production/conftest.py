"""Fixtures for the production-layer tests: apps with their own settings, a PostgreSQL database
even when the suite runs on SQLite, and TCP proxies to cut dependencies."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine, text

from leettrack import migrate
from leettrack.app import create_app
from leettrack.core import changes
from leettrack.db import Database
from leettrack.exercises.seed import seed_exercises
from leettrack.settings import Settings
from tests.helpers import (
    TEST_DATABASE_URL,
    TEST_REDIS_URL,
    empty_postgres_database,
    make_settings,
    recreate_postgres_database,
    sync_database_url,
    worker_database_url,
)

REDIS_URL = TEST_REDIS_URL
# PostgreSQL for the multi-replica and fault tests when the suite itself runs on SQLite.
PRODUCTION_DATABASE_URL = worker_database_url(
    os.environ.get("PRODUCTION_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1/lt_production")
)

MakeClient = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def make_app(settings: Settings) -> AsyncIterator[Callable[..., Awaitable[FastAPI]]]:
    """Start apps (each a replica) from the test's settings plus overrides; stopped at teardown."""
    async with AsyncExitStack() as stack:

        async def make(**overrides: Any) -> FastAPI:
            app = create_app(settings.model_copy(update=overrides))
            await stack.enter_async_context(app.router.lifespan_context(app))
            return app

        yield make


def client_for(app: FastAPI, address: str = "127.0.0.1") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://test")


@pytest.fixture
async def make_client(make_app: Callable[..., Awaitable[FastAPI]]) -> AsyncIterator[MakeClient]:
    """An HTTP client on a fresh app with settings overrides."""
    clients: list[httpx.AsyncClient] = []

    async def make(**overrides: Any) -> httpx.AsyncClient:
        client = client_for(await make_app(**overrides))
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture(scope="session")
def migrated_postgres(migrated_template: str) -> str:
    """PostgreSQL migrated once per worker: the suite's own database when it runs on PostgreSQL,
    else this directory's (PRODUCTION_TEST_DATABASE_URL, per worker like TEST_DATABASE_URL)."""
    if TEST_DATABASE_URL:
        return migrated_template
    try:
        recreate_postgres_database(PRODUCTION_DATABASE_URL)
    except Exception as exc:
        pytest.skip(f"PostgreSQL not reachable at {PRODUCTION_DATABASE_URL}: {exc}")
    migrate.upgrade(make_settings(PRODUCTION_DATABASE_URL))
    return PRODUCTION_DATABASE_URL


@pytest.fixture
def postgres_url(migrated_postgres: str) -> str:
    """The PostgreSQL database, emptied for this test."""
    empty_postgres_database(migrated_postgres)
    return migrated_postgres


async def seed_exercises_into(database_url: str) -> None:
    """Load the bundled exercises into a database a live server will use."""
    database = Database(make_settings(database_url))
    try:
        async with database.sessionmaker() as session:
            await seed_exercises(session)
            await session.commit()
    finally:
        await database.dispose()


def terminate_change_feeds(url: str) -> None:
    """Cut every process's change feed on the database at `url` (they reconnect on their own)."""
    engine = create_engine(sync_database_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": changes.APPLICATION_NAME},
            )
    finally:
        engine.dispose()


async def until(condition: Callable[[], bool], timeout: float = changes.STALENESS_SECONDS) -> None:
    """Wait for `condition`, failing after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)
