"""The bundled exercises into the database, idempotently: new ones are inserted, changed ones
updated in place (learners' progress and submissions stay), unchanged ones left alone."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.exercises.content import BundledExercise, load_exercises
from leettrack.exercises.models import Exercise


def exercise_values(bundled: BundledExercise) -> dict[str, Any]:
    """The columns of ``exercises`` for one bundled exercise."""
    metadata = bundled.metadata
    return {
        "title": metadata.title,
        "description": metadata.description,
        "difficulty": metadata.difficulty,
        "category": metadata.category,
        "topics": list(metadata.topics),
        "estimated_minutes": metadata.estimated_minutes,
        "sort_order": metadata.order,
        "prerequisites": list(metadata.prerequisites),
        "objectives": list(metadata.objectives),
        "instructions": bundled.instructions,
        "starter_code": bundled.starter_code,
        "solution_code": bundled.solution_code,
        "hints": list(bundled.hints),
        "tests": bundled.tests,
    }


async def seed_exercises(session: AsyncSession) -> dict[str, int]:
    rows = {row.id: row for row in (await session.scalars(select(Exercise))).all()}
    created = updated = 0
    for bundled in load_exercises():
        values = exercise_values(bundled)
        row = rows.get(bundled.metadata.id)
        if row is None:
            session.add(Exercise(id=bundled.metadata.id, **values))
            created += 1
            continue
        changed = {key: value for key, value in values.items() if getattr(row, key) != value}
        for key, value in changed.items():
            setattr(row, key, value)
        updated += bool(changed)
    await session.flush()
    return {"exercises_created": created, "exercises_updated": updated}
