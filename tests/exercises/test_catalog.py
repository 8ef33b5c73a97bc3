"""The exercise catalog: listing and its filters, one exercise, hints, categories, the seed."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from leettrack.exercises.content import CATEGORIES, DIFFICULTIES
from leettrack.exercises.models import Exercise
from leettrack.exercises.seed import seed_exercises
from tests.exercises.conftest import BUNDLED, bundled

pytestmark = pytest.mark.usefixtures("seeded")

V1 = "/api/v1/exercises"


async def ids(client: httpx.AsyncClient, **params: object) -> list[str]:
    response = await client.get(V1, params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["meta"]["total"] == len(body["data"])
    return [item["id"] for item in body["data"]]


async def test_list_is_in_learning_order_with_meta(client: httpx.AsyncClient) -> None:
    response = await client.get(V1, params={"limit": 5, "offset": 2})
    body = response.json()
    assert response.status_code == 200
    assert body["success"] is True
    assert body["meta"] == {"total": len(BUNDLED), "limit": 5, "offset": 2}
    ordered = sorted(BUNDLED.values(), key=lambda exercise: exercise.metadata.order)
    assert [item["id"] for item in body["data"]] == [e.metadata.id for e in ordered[2:7]]
    first = body["data"][0]
    metadata = ordered[2].metadata
    assert first == {
        "id": metadata.id,
        "title": metadata.title,
        "description": metadata.description,
        "difficulty": metadata.difficulty,
        "category": metadata.category,
        "topics": metadata.topics,
        "estimated_minutes": metadata.estimated_minutes,
        "order": metadata.order,
        "prerequisites": metadata.prerequisites,
        "objectives": metadata.objectives,
    }


async def test_filters(client: httpx.AsyncClient) -> None:
    for difficulty in DIFFICULTIES:
        expected = [e for e, x in BUNDLED.items() if x.metadata.difficulty == difficulty]
        assert sorted(await ids(client, difficulty=difficulty)) == sorted(expected)
    for category in CATEGORIES:
        expected = [e for e, x in BUNDLED.items() if x.metadata.category == category]
        assert sorted(await ids(client, category=category)) == sorted(expected)
    both = await ids(client, difficulty="beginner", category="debugging")
    assert both and all(
        BUNDLED[e].metadata.difficulty == "beginner" and BUNDLED[e].metadata.category == "debugging"
        for e in both
    )


async def test_topic_matches_a_whole_topic_in_any_case(client: httpx.AsyncClient) -> None:
    topic = bundled("dijkstra").metadata.topics[0]
    expected = sorted(e for e, x in BUNDLED.items() if topic in x.metadata.topics)
    assert sorted(await ids(client, topic=topic.upper())) == expected
    assert await ids(client, topic=topic[:-1]) == []  # a part of a topic is not a topic


async def test_search_title_description_and_id_without_wildcards(
    client: httpx.AsyncClient,
) -> None:
    assert await ids(client, search="FIZZ") == ["fizzbuzz"]
    assert "two-sum" in await ids(client, search="add up to a target")
    assert await ids(client, search="%") == []
    assert await ids(client, search="_") == []
    fixes = await ids(client, search="fix-")
    assert fixes and all(exercise.startswith("fix-") for exercise in fixes)


@pytest.mark.parametrize(
    "params",
    [
        {"difficulty": "easy"},
        {"category": "networking"},
        {"limit": 0},
        {"limit": 201},
        {"offset": -1},
        {"search": ""},
    ],
)
async def test_bad_filters_are_422(client: httpx.AsyncClient, params: dict[str, object]) -> None:
    response = await client.get(V1, params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"


async def test_one_exercise_shows_its_examples_but_never_the_solution_or_hidden_cases(
    client: httpx.AsyncClient,
) -> None:
    exercise = bundled("two-sum")
    response = await client.get(f"{V1}/two-sum")
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["instructions"] == exercise.instructions
    assert data["starter_code"] == exercise.starter_code
    assert data["hint_count"] == len(exercise.hints)
    assert data["test_count"] == len(exercise.cases)
    assert data["objectives"] == exercise.metadata.objectives
    assert set(data) == {
        *("id", "title", "description", "difficulty", "category", "topics"),
        *("estimated_minutes", "order", "prerequisites", "objectives"),
        *("instructions", "starter_code", "hint_count", "test_count"),
        *("examples", "hidden_count", "generated_tests"),
    }
    assert exercise.solution_code.strip() not in response.text
    assert data["examples"][0] == {
        "name": "classic example",
        "input": "two_sum([2, 7, 11, 15], 9)",
        "expected": "[0, 1]",
    }
    assert [example["name"] for example in data["examples"]] == [
        case["name"] for case in exercise.examples
    ]
    assert data["hidden_count"] == len(exercise.hidden) >= 5
    assert data["generated_tests"] is True
    for case in exercise.hidden:
        assert case["name"] not in response.text


async def test_unknown_exercise_is_404(client: httpx.AsyncClient) -> None:
    for path in (f"{V1}/no-such-exercise", f"{V1}/no-such-exercise/hints/1"):
        response = await client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "NOT_FOUND"


async def test_hints_one_by_one_and_404_past_the_end(client: httpx.AsyncClient) -> None:
    hints = bundled("fizzbuzz").hints
    for number, hint in enumerate(hints, start=1):
        response = await client.get(f"{V1}/fizzbuzz/hints/{number}")
        assert response.status_code == 200
        assert response.json()["data"] == {
            "exercise_id": "fizzbuzz",
            "number": number,
            "total": len(hints),
            "hint": hint,
        }
    past = await client.get(f"{V1}/fizzbuzz/hints/{len(hints) + 1}")
    assert past.status_code == 404
    assert past.json()["error"]["details"] == {"hint_count": len(hints)}
    assert (await client.get(f"{V1}/fizzbuzz/hints/0")).status_code == 422


async def test_categories_in_learning_order_with_counts(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{V1}/categories")
    assert response.status_code == 200
    data = response.json()["data"]
    assert [category["id"] for category in data] == list(CATEGORIES)
    for category in data:
        members = [x for x in BUNDLED.values() if x.metadata.category == category["id"]]
        assert category["exercise_count"] == len(members)
        assert category["by_difficulty"] == {
            difficulty: sum(x.metadata.difficulty == difficulty for x in members)
            for difficulty in DIFFICULTIES
        }
    assert data[2]["name"] == "Data structures"


async def test_portal_paths_serve_the_same_exercises(client: httpx.AsyncClient) -> None:
    """/api speaks the Python Portal's contract (tests/compat) over the same catalog."""
    for query in ("?limit=100", "?category=modules&limit=100"):  # the Portal's page is 1-100
        v1 = (await client.get(f"{V1}{query}")).json()["data"]
        portal = (await client.get(f"/api/exercises{query}")).json()["data"]
        assert [item["id"] for item in portal] == [item["id"] for item in v1]
    v1_one = (await client.get(f"{V1}/lru-cache")).json()["data"]
    portal_one = (await client.get("/api/exercises/lru-cache")).json()["data"]
    assert portal_one["starterCode"] == v1_one["starter_code"]
    assert portal_one["instructions"] == v1_one["instructions"]


async def test_portal_paths_stay_out_of_the_schema(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert "/api/v1/exercises/{exercise_id}" in paths
    assert "/api/v1/progress/stats" in paths
    assert not any(path.startswith(("/api/exercises", "/api/progress")) for path in paths)


async def test_seeding_again_changes_nothing_and_repairs_edits(seeded: FastAPI) -> None:
    async with seeded.state.db.sessionmaker() as session:
        assert await seed_exercises(session) == {"exercises_created": 0, "exercises_updated": 0}
        await session.commit()
    async with seeded.state.db.sessionmaker() as session:
        row = await session.get(Exercise, "fizzbuzz")
        assert row is not None
        row.title = "Edited"
        await session.commit()
    async with seeded.state.db.sessionmaker() as session:
        assert await seed_exercises(session) == {"exercises_created": 0, "exercises_updated": 1}
        await session.commit()
        row = await session.get(Exercise, "fizzbuzz")
        assert row is not None and row.title == bundled("fizzbuzz").metadata.title
