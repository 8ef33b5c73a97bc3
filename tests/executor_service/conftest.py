"""`leettrack executor` as a real process on a free loopback port."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.helpers import LiveServer, server_env

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
