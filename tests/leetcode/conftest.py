"""Fixtures for the LeetCode integration tests: apps pointed at the fake, Redis key prefixes."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis

from leettrack.app import create_app
from leettrack.leetcode.client import LeetCodeClient
from leettrack.settings import Settings

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
LC = "/api/v1/leetcode"


@pytest.fixture
def settings(settings: Settings, leetcode_overrides: dict[str, Any]) -> Settings:
    return settings.model_copy(update=leetcode_overrides)


@dataclass
class Instance:
    app: FastAPI
    http: httpx.AsyncClient

    @property
    def leetcode(self) -> LeetCodeClient:
        client: LeetCodeClient = self.app.state.leetcode
        return client


MakeInstance = Callable[..., Awaitable[Instance]]


@pytest.fixture
async def make_instance(settings: Settings) -> AsyncIterator[MakeInstance]:
    """Start another app (a replica) with settings overrides; all are stopped at teardown."""
    async with AsyncExitStack() as stack:

        async def make(**overrides: Any) -> Instance:
            app = create_app(settings.model_copy(update=overrides))
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
            )
            return Instance(app, http)

        yield make


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    redis = Redis.from_url(REDIS_URL)
    try:
        await redis.ping()
    except Exception as exc:  # no Redis on this machine
        await redis.aclose()
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    prefix = f"leettrack-test:{uuid.uuid4().hex}:"
    yield prefix
    keys = [key async for key in redis.scan_iter(match=prefix + "*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()
