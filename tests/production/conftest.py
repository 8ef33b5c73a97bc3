"""Fixtures for the production-layer tests: apps with their own settings, Redis key prefixes,
a PostgreSQL database of this directory's own, and TCP proxies to cut dependencies."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
import redis
from fastapi import FastAPI
from sqlalchemy import create_engine, make_url, text

from leettrack import migrate
from leettrack.app import create_app
from leettrack.db import Database
from leettrack.exercises.seed import seed_exercises
from leettrack.models import Base
from leettrack.settings import Settings
from tests.helpers import TEST_DATABASE_URL, make_settings

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# PostgreSQL for the multi-replica and fault tests: the suite's own when it runs on PostgreSQL,
# else a database of this directory's own.
POSTGRES_URL = (
    TEST_DATABASE_URL
    if TEST_DATABASE_URL.startswith("postgres")
    else os.environ.get(
        "PRODUCTION_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1/lt_production"
    )
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


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    prefix = f"leettrack-prod-test:{uuid.uuid4().hex}:"
    yield prefix
    keys = list(connection.scan_iter(match=prefix + "*"))
    if keys:
        connection.delete(*keys)
    connection.close()


def _sync_url(url: str) -> str:
    return make_settings(url).async_database_url.replace("+asyncpg", "+psycopg")


def _create_database_if_missing(url: str) -> None:
    """Create the database `url` names, through the server's `postgres` maintenance database."""
    target = make_url(url)
    engine = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
            ).first()
            if found is None:
                quoted = engine.dialect.identifier_preparer.quote(target.database or "")
                connection.execute(text(f"CREATE DATABASE {quoted}"))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def migrated_postgres() -> str:
    try:
        _create_database_if_missing(_sync_url(POSTGRES_URL))
    except Exception as exc:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    migrate.upgrade(make_settings(POSTGRES_URL))
    return POSTGRES_URL


@pytest.fixture
def postgres_url(migrated_postgres: str) -> str:
    """The PostgreSQL database, emptied for this test."""
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    engine = create_engine(_sync_url(migrated_postgres))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
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
