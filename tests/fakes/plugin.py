"""pytest fixtures for the fake LeetCode server.

Registered for the whole suite by `pytest_plugins = ["tests.fakes.plugin"]` in tests/conftest.py.
`fake_leetcode` is one server per test session, reset (healthy, counters zeroed) around each test.
Point an app at it with `settings.model_copy(update=leetcode_overrides)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.leetcode_server import FakeLeetCode


@pytest.fixture(scope="session")
def fake_leetcode_server() -> Iterator[FakeLeetCode]:
    server = FakeLeetCode().start()
    yield server
    server.stop()


@pytest.fixture
def fake_leetcode(fake_leetcode_server: FakeLeetCode) -> Iterator[FakeLeetCode]:
    fake_leetcode_server.reset()
    yield fake_leetcode_server
    fake_leetcode_server.reset()


@pytest.fixture
def leetcode_overrides(fake_leetcode: FakeLeetCode) -> dict[str, Any]:
    """Settings fields for an app that talks to the fake: short timeout, no throttle in the way."""
    return {
        "leetcode_graphql_url": fake_leetcode.url,
        "leetcode_timeout": 5.0,
        "leetcode_rate": "10000/1",
    }
