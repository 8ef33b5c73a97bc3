"""Shared fixtures: a fresh database per test (SQLite by default, PostgreSQL when
TEST_DATABASE_URL is set), the app with its lifespan running, and an HTTP client on it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack import migrate
from leettrack.app import create_app
from leettrack.models import Base
from leettrack.settings import Settings
from tests.helpers import TEST_DATABASE_URL, make_settings

pytest_plugins = ["tests.fakes.plugin"]


def _sync_url(url: str) -> str:
    return (
        make_settings(url)
        .async_database_url.replace("+asyncpg", "+psycopg")
        .replace("+aiosqlite", "")
    )


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate once per run: a template SQLite file, or the PostgreSQL test database."""
    if TEST_DATABASE_URL:
        settings = make_settings(TEST_DATABASE_URL)
        migrate.downgrade(settings, "base")
        migrate.upgrade(settings)
        return TEST_DATABASE_URL
    template = tmp_path_factory.mktemp("db") / "template.db"
    migrate.upgrade(make_settings(f"sqlite:///{template}"))
    return str(template)


def _truncate_postgres(url: str) -> None:
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    engine = create_sync_engine(_sync_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture
def database_url(migrated_template: str, tmp_path: Path) -> Iterator[str]:
    """A database that belongs to this test alone."""
    if TEST_DATABASE_URL:
        _truncate_postgres(TEST_DATABASE_URL)
        yield TEST_DATABASE_URL
        return
    path = tmp_path / "leettrack.db"
    shutil.copyfile(migrated_template, path)
    yield f"sqlite:///{path}"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def db_session(app: FastAPI) -> AsyncIterator[AsyncSession]:
    async with app.state.db.sessionmaker() as session:
        yield session
