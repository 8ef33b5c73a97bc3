"""Fixtures every test can use; the whole suite runs in parallel under pytest-xdist.

Each xdist worker is a process of its own that runs its share of the tests one after another, so
a fixture gives a test something no other running test can touch:

- `database_url`: a migrated database of this test alone. On SQLite a copy of a template migrated
  once per worker, in the test's `tmp_path`. On PostgreSQL (TEST_DATABASE_URL set) the worker's own
  database, `<name>_gw0`, `<name>_gw1`... (`<name>` itself in a plain run), created afresh and
  migrated once per worker, then emptied before each test. `tests.helpers.TEST_DATABASE_URL`
  already names the worker's database.
- `settings`: testing settings on that database (fast hashing, no limits, LeetCode unreachable:
  override with `leetcode_overrides` from tests/fakes/plugin.py to talk to the fake).
- `app` (lifespan running), `client` (httpx on the ASGI app), `db_session`.
- `redis_prefix`: a Redis key prefix of the test's own, its keys deleted afterwards; the test is
  skipped when no Redis answers at TEST_REDIS_URL.
- Live servers (`tests.helpers.LiveServer`) listen on free loopback ports, the fake LeetCode too
  (`fake_leetcode`, one per worker, reset around each test).
- Time: code that keeps time takes a `clock`; tests pass a `tests.helpers.ManualClock` and
  `advance` it rather than sleep (the LeetCode tests' `clock` fixture does it for their apps).

A new test needs nothing more: take these fixtures and it is isolated under `make test`
(`pytest -n auto`). Mark a test that takes more than a few seconds `slow` (`-m "not slow"` skips
it for a quick loop). Shared fixture modules are registered below in `pytest_plugins`
(tests/fakes/plugin.py: the fake LeetCode; tests/paths/support.py: seeded paths and learners),
never re-exported by import.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack import migrate
from leettrack.app import create_app
from leettrack.settings import Settings
from tests.helpers import (
    TEST_DATABASE_URL,
    empty_postgres_database,
    make_settings,
    recreate_postgres_database,
    redis_namespace,
)

pytest_plugins = ["tests.fakes.plugin", "tests.paths.support"]


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate once per worker: a template SQLite file, or the worker's PostgreSQL database."""
    if TEST_DATABASE_URL:
        recreate_postgres_database(TEST_DATABASE_URL)
        migrate.upgrade(make_settings(TEST_DATABASE_URL))
        return TEST_DATABASE_URL
    template = tmp_path_factory.mktemp("db") / "template.db"
    migrate.upgrade(make_settings(f"sqlite:///{template}"))
    return str(template)


@pytest.fixture
def database_url(migrated_template: str, tmp_path: Path) -> Iterator[str]:
    """A database that belongs to this test alone."""
    if TEST_DATABASE_URL:
        empty_postgres_database(TEST_DATABASE_URL)
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


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    with redis_namespace() as prefix:
        yield prefix
