"""Fixtures for the review tests: a frozen clock the routes read, questions, solved cards."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.leetcode.models import Question
from leettrack.reviews import service
from leettrack.reviews.deps import get_now
from tests.helpers import register

START = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
REVIEWS = "/api/v1/user/reviews"
_ids = itertools.count(1)


@dataclass
class FrozenClock:
    """A clock that moves only when told to; the routes read it through `get_now`."""

    now: datetime = field(default=START)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FrozenClock]:
    frozen = FrozenClock()
    app.dependency_overrides[get_now] = frozen
    yield frozen
    app.dependency_overrides.pop(get_now, None)


MakeQuestion = Callable[..., Awaitable[Question]]


@pytest.fixture
def make_question(app: FastAPI) -> MakeQuestion:
    async def create(slug: str | None = None, **extra: Any) -> Question:
        number = next(_ids)
        slug = slug or f"problem-{number}"
        values: dict[str, Any] = {
            "frontend_id": number,
            "title_slug": slug,
            "title": slug.replace("-", " ").title(),
            "difficulty": "Medium",
            "topic_tags": [{"name": "Array", "slug": "array"}],
        } | extra
        async with app.state.db.sessionmaker() as session:
            question = Question(**values)
            session.add(question)
            await session.commit()
            return question

    return create


Solve = Callable[[int, int, datetime], Awaitable[None]]


@pytest.fixture
def solve(app: FastAPI) -> Solve:
    """Mark a question solved the way the progress service does: the contract call, then commit."""

    async def mark(user_id: int, question_id: int, solved_at: datetime) -> None:
        async with app.state.db.sessionmaker() as session:
            await service.on_question_solved(
                session, user_id=user_id, question_id=question_id, solved_at=solved_at
            )
            await session.commit()

    return mark


@dataclass
class Learner:
    id: int
    headers: dict[str, str]


@pytest.fixture
def learner(client: httpx.AsyncClient) -> Callable[..., Awaitable[Learner]]:
    async def create(**extra: Any) -> Learner:
        data = await register(client, **extra)
        return Learner(id=data["user"]["id"], headers=data["headers"])

    return create
