"""The exercise catalog: filtered listing, one exercise, its hints, the categories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.core.errors import NotFound
from leettrack.core.sql import dialect_name
from leettrack.exercises.content import CATEGORIES, DIFFICULTIES
from leettrack.exercises.models import Exercise

SUMMARY_COLUMNS = (
    Exercise.id,
    Exercise.title,
    Exercise.description,
    Exercise.difficulty,
    Exercise.category,
    Exercise.topics,
    Exercise.estimated_minutes,
    Exercise.sort_order.label("order"),
    Exercise.prerequisites,
    Exercise.objectives,
)


@dataclass(frozen=True, slots=True)
class ExerciseFilters:
    difficulty: str | None = None
    category: str | None = None
    topic: str | None = None
    search: str | None = None


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ExerciseService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find_many(
        self, filters: ExerciseFilters, *, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        conditions = self._conditions(filters)
        total = await self.session.scalar(select(func.count(Exercise.id)).where(*conditions))
        rows = await self.session.execute(
            select(*SUMMARY_COLUMNS)
            .where(*conditions)
            .order_by(Exercise.sort_order, Exercise.id)
            .limit(limit)
            .offset(offset)
        )
        return [dict(row._mapping) for row in rows], total or 0

    async def get(self, exercise_id: str) -> dict[str, Any]:
        """One exercise as a learner may see it (no solution, no test contents)."""
        row = await self.find(exercise_id)
        return {
            "id": row.id,
            "title": row.title,
            "description": row.description,
            "difficulty": row.difficulty,
            "category": row.category,
            "topics": row.topics,
            "estimated_minutes": row.estimated_minutes,
            "order": row.sort_order,
            "prerequisites": row.prerequisites,
            "objectives": row.objectives,
            "instructions": row.instructions,
            "starter_code": row.starter_code,
            "hint_count": len(row.hints),
            "test_count": len(row.tests.get("cases", [])),
        }

    async def hint(self, exercise_id: str, number: int) -> dict[str, Any]:
        """Hint ``number`` (1-based) of an exercise."""
        hints = await self.session.scalar(select(Exercise.hints).where(Exercise.id == exercise_id))
        if hints is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        if not 1 <= number <= len(hints):
            raise NotFound(
                f"Exercise {exercise_id!r} has {len(hints)} hints; there is no hint {number}",
                details={"hint_count": len(hints)},
            )
        return {
            "exercise_id": exercise_id,
            "number": number,
            "total": len(hints),
            "hint": hints[number - 1],
        }

    async def categories(self) -> list[dict[str, Any]]:
        """Every category, in learning order, with its exercise count per difficulty."""
        rows = await self.session.execute(
            select(Exercise.category, Exercise.difficulty, func.count(Exercise.id)).group_by(
                Exercise.category, Exercise.difficulty
            )
        )
        counts = {category: dict.fromkeys(DIFFICULTIES, 0) for category in CATEGORIES}
        for category, difficulty, count in rows:
            if category in counts and difficulty in DIFFICULTIES:
                counts[category][difficulty] = count
        return [
            {
                "id": category,
                "name": category.replace("-", " ").capitalize(),
                "exercise_count": sum(by_difficulty.values()),
                "by_difficulty": by_difficulty,
            }
            for category, by_difficulty in counts.items()
        ]

    async def find(self, exercise_id: str) -> Exercise:
        exercise = await self.session.get(Exercise, exercise_id)
        if exercise is None:
            raise NotFound(f"Exercise {exercise_id!r} not found")
        return exercise

    def _conditions(self, filters: ExerciseFilters) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filters.difficulty:
            conditions.append(Exercise.difficulty == filters.difficulty)
        if filters.category:
            conditions.append(Exercise.category == filters.category)
        if filters.topic:
            conditions.append(self._has_topic(filters.topic))
        if filters.search:
            pattern = f"%{escape_like(filters.search)}%"
            conditions.append(
                or_(
                    Exercise.title.ilike(pattern, escape="\\"),
                    Exercise.description.ilike(pattern, escape="\\"),
                    Exercise.id.ilike(pattern, escape="\\"),
                )
            )
        return conditions

    def _has_topic(self, topic: str) -> ColumnElement[bool]:
        """``topic`` is one of the exercise's topics, ignoring case."""
        if dialect_name(self.session) == "postgresql":
            elements = func.jsonb_array_elements_text(Exercise.topics)
        else:
            elements = func.json_each(Exercise.topics)
        topics = elements.table_valued("value").alias("topics")
        return exists(
            select(1).select_from(topics).where(func.lower(topics.c.value) == topic.lower())
        )
