"""Idempotent seeding of the bundled content: catalog, learning paths, exercises."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.db import Database
from leettrack.exercises.seed import seed_exercises
from leettrack.paths.seed import seed_catalog_and_paths
from leettrack.settings import Settings

Seeder = Callable[[AsyncSession], Awaitable[dict[str, int]]]


def seeders() -> list[tuple[str, Seeder]]:
    """Each domain's seeder, in dependency order; each returns counts of what it changed."""
    return [("catalog_and_paths", seed_catalog_and_paths), ("exercises", seed_exercises)]


async def seed_all(settings: Settings) -> dict[str, dict[str, int]]:
    database = Database(settings)
    report: dict[str, dict[str, int]] = {}
    try:
        for name, seeder in seeders():
            async with database.sessionmaker() as session:
                report[name] = await seeder(session)
                await session.commit()
    finally:
        await database.dispose()
    return report
