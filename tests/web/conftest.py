"""Web app tests: the app in process, driven over httpx like a browser without JavaScript."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI

from leettrack.settings import Settings
from tests.paths.support import seed


@pytest.fixture
def settings(settings: Settings, leetcode_overrides: dict[str, Any]) -> Settings:
    """Every app in these tests talks to the fake LeetCode, never to leetcode.com."""
    return settings.model_copy(update=leetcode_overrides)


@pytest.fixture
async def seeded(app: FastAPI) -> dict[str, int]:
    return await seed(app)
