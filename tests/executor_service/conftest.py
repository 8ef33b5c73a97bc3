"""`leettrack executor` as a real process on a free loopback port."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.app import create_app
from leettrack.db import Database
from leettrack.exercises.seed import seed_exercises
from leettrack.settings import Settings
from tests.helpers import LiveServer, make_settings, server_env

StartExecutor = Callable[..., LiveServer]


@pytest.fixture
def start_executor(database_url: str) -> Iterator[StartExecutor]:
    """Start executors with extra environment; all are stopped at teardown."""
    started: list[LiveServer] = []

    def start(**env: str) -> LiveServer:
        executor = LiveServer(server_env(database_url, **env), command=("executor",))
        started.append(executor)
        return executor

    yield start
    for executor in started:
        executor.stop()


async def seed(database_url: str) -> None:
    database = Database(make_settings(database_url))
    try:
        async with database.sessionmaker() as session:
            await seed_exercises(session)
            await session.commit()
    finally:
        await database.dispose()


Api = Callable[[str], Awaitable[tuple[FastAPI, httpx.AsyncClient]]]


@pytest.fixture
async def api(settings: Settings, database_url: str) -> AsyncIterator[Api]:
    """The API in process, pointed at an executor service, with the exercises seeded."""
    await seed(database_url)
    async with AsyncExitStack() as stack:

        async def make(url: str, **overrides: Any) -> tuple[FastAPI, httpx.AsyncClient]:
            app = create_app(settings.model_copy(update={"executor_service_url": url, **overrides}))
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
            )
            return app, http

        yield make
