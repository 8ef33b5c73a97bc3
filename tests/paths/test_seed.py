"""Seeding the bundled catalog and system paths: complete, faithful and idempotent."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from sqlalchemy import select, update

from leettrack.leetcode.catalog import load_catalog, load_paths
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion
from tests.helpers import leettrack, server_env
from tests.paths.support import NEETCODE, PATHS, data, seed

NEETCODE_CATEGORIES = [
    "Arrays & Hashing",
    "Two Pointers",
    "Sliding Window",
    "Stack",
    "Binary Search",
    "Linked List",
    "Trees",
    "Tries",
    "Heap / Priority Queue",
    "Backtracking",
    "Graphs",
    "Advanced Graphs",
    "1-D Dynamic Programming",
    "2-D Dynamic Programming",
    "Greedy",
    "Intervals",
    "Math & Geometry",
    "Bit Manipulation",
]


async def snapshot(app: FastAPI) -> dict[str, list[Any]]:
    """Every seeded row, every column, in a stable order."""
    async with app.state.db.sessionmaker() as session:
        tables: dict[str, list[Any]] = {}
        for model in (Question, LearningPath, PathQuestion):
            rows = (await session.scalars(select(model).order_by(model.id))).all()
            tables[model.__tablename__] = [
                {column.key: getattr(row, column.key) for column in model.__table__.columns}
                for row in rows
            ]
        return tables


async def test_seed_loads_every_bundled_problem_and_path(app, client, seeded):
    catalog, paths = load_catalog(), load_paths()
    assert seeded == {
        "questions_created": len(catalog),
        "questions_updated": 0,
        "paths_created": len(paths),
        "path_questions_created": sum(len(path.questions) for path in paths),
    }
    listed = (await client.get(PATHS, params={"limit": 100})).json()
    assert listed["meta"]["total"] == len(paths)
    assert {path["slug"] for path in listed["data"]} == {path.slug for path in paths}
    assert all(path["source"] == "system" and path["is_public"] for path in listed["data"])
    assert all(path["owner_id"] is None for path in listed["data"])


async def test_neetcode_150_is_seeded_in_order_with_its_18_categories(client, seeded):
    path = data(await client.get(f"{PATHS}/{NEETCODE}"))
    bundled = next(p for p in load_paths() if p.slug == NEETCODE)
    assert path["question_count"] == 150 and len(path["questions"]) == 150
    assert path["categories"] == NEETCODE_CATEGORIES
    assert [q["position"] for q in path["questions"]] == list(range(1, 151))
    assert [q["title_slug"] for q in path["questions"]] == [q.slug for q in bundled.questions]
    assert len({q["title_slug"] for q in path["questions"]}) == 150
    first = path["questions"][0]
    assert first["category"] == "Arrays & Hashing"
    assert first["title_slug"] == "contains-duplicate" and first["frontend_id"] == 217
    assert first["difficulty"] == "Easy" and first["title"] == "Contains Duplicate"
    assert {"name": "Array", "slug": "array"} in first["topic_tags"]
    assert path["name"] == "NeetCode 150" and path["estimated_hours"] == 150


async def test_blind_75_and_topic_paths(client, seeded):
    blind = data(await client.get(f"{PATHS}/blind-75"))
    assert blind["question_count"] == 75
    assert len(blind["categories"]) == len(set(blind["categories"])) >= 8
    for slug in ("binary-search", "graphs", "dynamic-programming"):
        topic = data(await client.get(f"{PATHS}/{slug}"))
        assert topic["question_count"] > 0 and "topic" in topic["tags"]


async def test_seeding_twice_changes_nothing(app, seeded):
    before = await snapshot(app)
    again = await seed(app)
    assert again == {
        "questions_created": 0,
        "questions_updated": 0,
        "paths_created": 0,
        "path_questions_created": 0,
    }
    assert await snapshot(app) == before


async def test_reseed_refreshes_catalog_metadata_but_keeps_edited_paths(app, client, seeded):
    async with app.state.db.sessionmaker() as session:
        await session.execute(
            update(Question).where(Question.title_slug == "two-sum").values(title="Stale")
        )
        await session.execute(
            update(LearningPath).where(LearningPath.slug == NEETCODE).values(name="Edited")
        )
        three_sum = next(p for p in load_catalog() if p.title_slug == "3sum")
        reordered = list(reversed(three_sum.topic_tag_dicts()))  # LeetCode's order may differ
        await session.execute(
            update(Question).where(Question.title_slug == "3sum").values(topic_tags=reordered)
        )
        await session.commit()
    counts = await seed(app)
    assert counts["questions_updated"] == 1 and counts["paths_created"] == 0
    path = data(await client.get(f"{PATHS}/{NEETCODE}"))
    assert path["name"] == "Edited"
    titles = {q["title_slug"]: q["title"] for q in path["questions"]}
    assert titles["two-sum"] == "Two Sum"


async def test_seed_recreates_a_deleted_system_path(app, client, seeded):
    async with app.state.db.sessionmaker() as session:
        await session.execute(LearningPath.__table__.delete().where(LearningPath.slug == "trees"))
        await session.commit()
    counts = await seed(app)
    assert counts["paths_created"] == 1
    assert data(await client.get(f"{PATHS}/trees"))["question_count"] == 38


def test_leettrack_seed_command_is_idempotent(database_url):
    env = server_env(database_url)
    leettrack("db", "upgrade", env=env)
    first = leettrack("seed", env=env)
    assert "catalog_and_paths: questions_created=" in first
    assert "paths_created=7" in first
    second = leettrack("seed", env=env)
    assert (
        "catalog_and_paths: questions_created=0, questions_updated=0, paths_created=0, "
        "path_questions_created=0" in second
    )
