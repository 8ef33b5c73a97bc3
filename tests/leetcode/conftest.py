"""Fixtures for the LeetCode integration tests: apps pointed at the fake LeetCode, whose caches
read a `clock` the test moves."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.app import create_app
from leettrack.core.cache import FallbackStore, MemoryStore
from leettrack.leetcode.client import LeetCodeClient
from leettrack.settings import Settings
from tests.helpers import ManualClock

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


def set_cache_clock(client: LeetCodeClient, clock: ManualClock) -> None:
    """Let the response cache and its in-process store tell time by `clock`."""
    client.cache.clock = clock
    store = client.cache.store
    local = store.local if isinstance(store, FallbackStore) else store
    if isinstance(local, MemoryStore):
        local.clock = clock


@pytest.fixture
def clock() -> ManualClock:
    """The time every `make_instance` cache reads; TTLs pass when the test advances it."""
    return ManualClock()


@pytest.fixture
async def make_instance(settings: Settings, clock: ManualClock) -> AsyncIterator[MakeInstance]:
    """Start another app (a replica) with settings overrides; all are stopped at teardown."""
    async with AsyncExitStack() as stack:

        async def make(**overrides: Any) -> Instance:
            app = create_app(settings.model_copy(update=overrides))
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
            )
            instance = Instance(app, http)
            set_cache_clock(instance.leetcode, clock)
            return instance

        yield make
