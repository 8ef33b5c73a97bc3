"""Fixtures of the exercise tests: the app with the bundled exercises seeded, learners."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.app import create_app
from leettrack.exercises.content import BundledExercise, load_exercises
from leettrack.exercises.seed import seed_exercises
from leettrack.settings import Settings
from tests.helpers import register

BUNDLED = {exercise.metadata.id: exercise for exercise in load_exercises()}


def bundled(exercise_id: str) -> BundledExercise:
    return BUNDLED[exercise_id]


async def seed(app: FastAPI) -> None:
    async with app.state.db.sessionmaker() as session:
        await seed_exercises(session)
        await session.commit()


@pytest.fixture
async def seeded(app: FastAPI) -> FastAPI:
    await seed(app)
    return app


@pytest.fixture
async def learner(client: httpx.AsyncClient, seeded: FastAPI) -> dict[str, Any]:
    return await register(client)


@pytest.fixture
async def other(client: httpx.AsyncClient, seeded: FastAPI) -> dict[str, Any]:
    return await register(client)


MakeClient = Callable[..., Awaitable[tuple[FastAPI, httpx.AsyncClient]]]


@pytest.fixture
async def make_client(settings: Settings) -> AsyncIterator[MakeClient]:
    """Another app on the same database with settings overrides, and a client on it."""
    async with AsyncExitStack() as stack:

        async def make(**overrides: Any) -> tuple[FastAPI, httpx.AsyncClient]:
            app = create_app(settings.model_copy(update=overrides))
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
            )
            await seed(app)
            return app, http

        yield make
