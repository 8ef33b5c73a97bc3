"""Every app in the learning path tests talks to the fake LeetCode (tests/fakes/plugin.py)."""

from __future__ import annotations

from typing import Any

import pytest

from leettrack.settings import Settings


@pytest.fixture
def settings(settings: Settings, leetcode_overrides: dict[str, Any]) -> Settings:
    return settings.model_copy(update=leetcode_overrides)
