"""The bundled catalog and system paths into the database, idempotently.

Questions are matched by slug: missing ones are inserted and the bundled metadata (title,
difficulty, tags, paid flag) is refreshed when it differs. A bundled path is created when its
slug is absent and otherwise left alone, so that administrators' edits survive a re-seed
(`restore_bundled_path` puts one back as shipped). Running the seed twice changes nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.core.errors import NotFound
from leettrack.db import utcnow
from leettrack.leetcode.catalog import BundledPath, CatalogProblem, load_catalog, load_paths
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion
from leettrack.tracking.changes import announce_paths

_REFRESHED = ("title", "difficulty", "topic_tags", "is_paid_only")


def _metadata(problem: CatalogProblem) -> dict[str, Any]:
    return {
        "title": problem.title,
        "difficulty": problem.difficulty,
        "topic_tags": problem.topic_tag_dicts(),
        "is_paid_only": problem.is_paid_only,
    }


def _same(field: str, stored: Any, bundled: Any) -> bool:
    if field == "topic_tags":  # LeetCode's own order may differ; the set is what matters
        return sorted(stored or [], key=lambda tag: tag.get("slug", "")) == sorted(
            bundled, key=lambda tag: tag["slug"]
        )
    return bool(stored == bundled)


async def seed_catalog(session: AsyncSession) -> tuple[dict[str, int], dict[str, int]]:
    """Upsert the bundled problems; returns the slug -> id map and the counts."""
    rows = {row.title_slug: row for row in (await session.scalars(select(Question))).all()}
    numbers = {row.frontend_id for row in rows.values()}
    created = updated = 0
    for problem in load_catalog():
        values = _metadata(problem)
        row = rows.get(problem.title_slug)
        if row is None:
            # a renamed problem may hold the number under its new slug: keep the id unique
            number = None if problem.frontend_id in numbers else problem.frontend_id
            row = Question(frontend_id=number, title_slug=problem.title_slug, **values)
            session.add(row)
            rows[problem.title_slug] = row
            numbers.add(number)
            created += 1
            continue
        changed = False
        for field in _REFRESHED:
            if not _same(field, getattr(row, field), values[field]):
                setattr(row, field, values[field])
                changed = True
        updated += changed
    await session.flush()
    ids = {slug: row.id for slug, row in rows.items()}
    return ids, {"questions_created": created, "questions_updated": updated}


def _path_entries(path_id: int, bundled: BundledPath, ids: dict[str, int]) -> list[PathQuestion]:
    return [
        PathQuestion(
            path_id=path_id,
            question_id=ids[question.slug],
            position=position,
            category=question.category,
            notes=question.notes,
        )
        for position, question in enumerate(bundled.questions, start=1)
    ]


def _path_metadata(bundled: BundledPath) -> dict[str, Any]:
    return {
        "name": bundled.name,
        "description": bundled.description,
        "difficulty_level": bundled.difficulty_level,
        "estimated_hours": bundled.estimated_hours,
        "tags": list(bundled.tags),
        "source": "system",
        "is_public": bundled.is_public,
        "owner_id": None,
    }


async def seed_catalog_and_paths(session: AsyncSession) -> dict[str, int]:
    """The seeder registered in `leettrack.seed`: the catalog, then the missing system paths."""
    ids, counts = await seed_catalog(session)
    bundled = load_paths()
    present = set(
        (
            await session.scalars(
                select(LearningPath.slug).where(
                    LearningPath.slug.in_([path.slug for path in bundled])
                )
            )
        ).all()
    )
    created = entries = 0
    for path in bundled:
        if path.slug in present:
            continue
        row = LearningPath(slug=path.slug, **_path_metadata(path))
        session.add(row)
        await session.flush()
        session.add_all(_path_entries(row.id, path, ids))
        created += 1
        entries += len(path.questions)
    await session.flush()
    if created or any(counts.values()):
        await announce_paths(session)  # running servers drop the views they kept
    return counts | {"paths_created": created, "path_questions_created": entries}


async def restore_bundled_path(session: AsyncSession, slug: str) -> LearningPath:
    """Put a bundled path back exactly as shipped (metadata and questions); creates it when it
    was deleted. The caller commits."""
    bundled = next((path for path in load_paths() if path.slug == slug), None)
    if bundled is None:
        raise NotFound(f"No bundled learning path {slug!r}")
    ids, _counts = await seed_catalog(session)
    row = await session.scalar(select(LearningPath).where(LearningPath.slug == slug))
    if row is None:
        row = LearningPath(slug=slug)
        session.add(row)
    for field, value in _path_metadata(bundled).items():
        setattr(row, field, value)
    row.updated_at = utcnow()
    await session.flush()
    await session.execute(delete(PathQuestion).where(PathQuestion.path_id == row.id))
    session.add_all(_path_entries(row.id, bundled, ids))
    await session.flush()
    return row
