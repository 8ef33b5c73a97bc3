"""Creating and editing paths, their questions and their order; who may do what."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from leettrack.leetcode.models import Question
from tests.paths.support import NEETCODE, PATHS, USER, data, error

NOT_IN_CATALOG = "recyclable-and-low-fat-products"  # known to the fake LeetCode only


async def create(client, account, **body):
    values = {"name": "My drills"} | body
    return data(await client.post(PATHS, json=values, headers=account["headers"]), 201)


async def add(client, account, ref, slug, status=201, **extra):
    return await client.post(
        f"{PATHS}/{ref}/questions", json={"slug": slug} | extra, headers=account["headers"]
    )


async def order(client, ref, account=None):
    headers = account["headers"] if account else {}
    path = data(await client.get(f"{PATHS}/{ref}", headers=headers))
    positions = [q["position"] for q in path["questions"]]
    assert positions == list(range(1, len(positions) + 1))
    return [q["title_slug"] for q in path["questions"]]


async def test_create_is_private_and_owned_by_the_caller(client, alice):
    path = await create(
        client,
        alice,
        name="Graph Drills: Week 1!",
        description="BFS first",
        difficulty_level="advanced",
        estimated_hours=12,
        tags=["graphs", "bfs", "graphs"],
    )
    assert path["slug"] == "graph-drills-week-1"
    assert path["owner_id"] == alice["user"]["id"] and path["source"] == "user"
    assert path["is_public"] is False and path["question_count"] == 0
    assert path["tags"] == ["graphs", "bfs"] and path["progress"] == {
        "solved": 0,
        "total": 0,
        "percent": 0.0,
    }
    again = await create(client, alice, name="Graph drills: week 1")
    assert again["slug"] == "graph-drills-week-1-2"
    explicit = await create(client, alice, name="x", slug="handpicked", is_public=True)
    assert explicit["slug"] == "handpicked" and explicit["is_public"] is True
    response = await client.post(
        PATHS, json={"name": "y", "slug": "handpicked"}, headers=alice["headers"]
    )
    error(response, 409, "CONFLICT")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": ""},
        {"name": "x", "slug": "12345"},
        {"name": "x", "slug": "Bad Slug"},
        {"name": "x", "difficulty_level": "expert"},
        {"name": "x", "estimated_hours": 0},
        {"name": "x", "tags": ["Not a slug"]},
        {"name": "x", "source": "system"},
        {"name": "x", "owner_id": 1},
    ],
)
async def test_create_rejects_bad_input(client, alice, body):
    error(await client.post(PATHS, json=body, headers=alice["headers"]), 422, "VALIDATION_ERROR")


async def test_bundled_slugs_are_reserved_for_users(client, seeded, alice):
    response = await client.post(
        PATHS, json={"name": "x", "slug": NEETCODE}, headers=alice["headers"]
    )
    error(response, 409, "CONFLICT")
    derived = await create(client, alice, name="NeetCode 150")
    assert derived["slug"] == "neetcode-150-2"


async def test_anonymous_callers_cannot_write(client, seeded):
    assert (await client.post(PATHS, json={"name": "x"})).status_code == 401
    assert (await client.patch(f"{PATHS}/{NEETCODE}", json={"name": "x"})).status_code == 401
    assert (await client.delete(f"{PATHS}/{NEETCODE}")).status_code == 401
    response = await client.post(f"{PATHS}/{NEETCODE}/questions", json={"slug": "two-sum"})
    assert response.status_code == 401
    assert (await client.delete(f"{PATHS}/{NEETCODE}/questions/two-sum")).status_code == 401
    response = await client.put(f"{PATHS}/{NEETCODE}/questions/order", json={"slugs": []})
    assert response.status_code == 401


async def test_owner_edits_others_cannot(client, alice, bob, admin):
    private = await create(client, alice, name="Private")
    public = await create(client, alice, name="Public", is_public=True)
    # another user: a private path does not exist for them, a public one is read-only
    for path, status, code in ((private, 404, "NOT_FOUND"), (public, 403, "FORBIDDEN")):
        ref = path["slug"]
        headers = bob["headers"]
        error(
            await client.patch(f"{PATHS}/{ref}", json={"name": "x"}, headers=headers), status, code
        )
        error(await client.delete(f"{PATHS}/{ref}", headers=headers), status, code)
        error(await add(client, bob, ref, "two-sum"), status, code)
        response = await client.put(
            f"{PATHS}/{ref}/questions/order", json={"slugs": []}, headers=headers
        )
        error(response, status, code)
    updated = data(
        await client.patch(
            f"{PATHS}/{private['id']}",
            json={"name": "Renamed", "is_public": True, "estimated_hours": 3},
            headers=alice["headers"],
        )
    )
    assert updated["name"] == "Renamed" and updated["is_public"] is True
    assert updated["slug"] == private["slug"] and updated["estimated_hours"] == 3
    cleared = data(
        await client.patch(
            f"{PATHS}/{private['id']}",
            json={"estimated_hours": None, "name": None},
            headers=alice["headers"],
        )
    )
    assert cleared["estimated_hours"] is None and cleared["name"] == "Renamed"
    # an administrator may edit and delete anyone's path
    by_admin = data(
        await client.patch(
            f"{PATHS}/{public['slug']}", json={"slug": "moderated"}, headers=admin["headers"]
        )
    )
    assert by_admin["slug"] == "moderated"
    data(await client.delete(f"{PATHS}/moderated", headers=admin["headers"]))
    error(await client.get(f"{PATHS}/moderated", headers=alice["headers"]), 404, "NOT_FOUND")
    data(await client.delete(f"{PATHS}/{private['id']}", headers=alice["headers"]))
    error(await client.get(f"{PATHS}/{private['id']}", headers=alice["headers"]), 404, "NOT_FOUND")


async def test_system_paths_are_edited_by_admins_only(client, seeded, alice, admin):
    headers = alice["headers"]
    response = await client.patch(f"{PATHS}/{NEETCODE}", json={"name": "Mine"}, headers=headers)
    error(response, 403, "FORBIDDEN")
    error(await client.delete(f"{PATHS}/{NEETCODE}", headers=headers), 403, "FORBIDDEN")
    error(await add(client, alice, NEETCODE, NOT_IN_CATALOG), 403, "FORBIDDEN")
    response = await client.delete(f"{PATHS}/{NEETCODE}/questions/two-sum", headers=headers)
    error(response, 403, "FORBIDDEN")
    slugs = await order(client, NEETCODE)
    response = await client.put(
        f"{PATHS}/{NEETCODE}/questions/order", json={"slugs": slugs[::-1]}, headers=headers
    )
    error(response, 403, "FORBIDDEN")
    assert await order(client, NEETCODE) == slugs
    renamed = data(
        await client.patch(
            f"{PATHS}/{NEETCODE}", json={"description": "Curated"}, headers=admin["headers"]
        )
    )
    assert renamed["description"] == "Curated" and renamed["source"] == "system"
    data(await client.delete(f"{PATHS}/blind-75", headers=admin["headers"]))
    error(await client.get(f"{PATHS}/blind-75"), 404, "NOT_FOUND")


async def test_add_questions_append_or_insert(client, seeded, alice):
    path = await create(client, alice, name="Mix")
    ref = path["slug"]
    added = data(await add(client, alice, ref, "two-sum", category="Warm-up"), 201)
    assert added == {
        "path_id": path["id"],
        "position": 1,
        "category": "Warm-up",
        "notes": None,
        "title_slug": "two-sum",
        "title": "Two Sum",
        "difficulty": "Easy",
        "frontend_id": 1,
    }
    data(await add(client, alice, ref, "3sum"), 201)
    data(await add(client, alice, ref, "4sum", notes="after 3sum"), 201)
    inserted = data(await add(client, alice, ref, "valid-anagram", position=1), 201)
    assert inserted["position"] == 1
    data(await add(client, alice, ref, "group-anagrams", position=3), 201)
    clamped = data(await add(client, alice, ref, "climbing-stairs", position=99), 201)
    assert clamped["position"] == 6
    assert await order(client, ref, alice) == [
        "valid-anagram",
        "two-sum",
        "group-anagrams",
        "3sum",
        "4sum",
        "climbing-stairs",
    ]
    error(await add(client, alice, ref, "two-sum"), 409, "CONFLICT")
    error(await add(client, alice, ref, "two-sum", position=0), 422, "VALIDATION_ERROR")
    error(await add(client, alice, ref, "Two Sum"), 422, "VALIDATION_ERROR")
    detail = data(await client.get(f"{PATHS}/{ref}", headers=alice["headers"]))
    assert detail["questions"][4]["notes"] == "after 3sum"
    assert detail["categories"] == ["Warm-up"]


async def test_a_slug_missing_from_the_catalog_comes_from_leetcode(
    app, client, seeded, alice, fake_leetcode
):
    path = await create(client, alice, name="SQL")
    added = data(await add(client, alice, path["slug"], NOT_IN_CATALOG), 201)
    assert added["title"] == "Recyclable and Low Fat Products"
    assert added["frontend_id"] == 1757 and added["difficulty"] == "Easy"
    assert fake_leetcode.calls["questionData"] == 1
    async with app.state.db.sessionmaker() as session:
        stored = await session.scalar(select(Question).where(Question.title_slug == NOT_IN_CATALOG))
        assert stored is not None and stored.topic_tags == [
            {"name": "Database", "slug": "database"}
        ]
    # now in the catalog: another path adds it without asking LeetCode again
    other = await create(client, alice, name="SQL again")
    data(await add(client, alice, other["slug"], NOT_IN_CATALOG), 201)
    assert fake_leetcode.calls["questionData"] == 1
    error(await add(client, alice, path["slug"], "no-such-problem-anywhere"), 404, "NOT_FOUND")


async def test_leetcode_down_while_adding_an_unknown_slug_is_503(
    client, seeded, alice, fake_leetcode
):
    path = await create(client, alice, name="Offline")
    fake_leetcode.set_fault("down")
    error(await add(client, alice, path["slug"], NOT_IN_CATALOG), 503, "UPSTREAM_UNAVAILABLE")
    data(await add(client, alice, path["slug"], "two-sum"), 201)  # the catalog still serves


async def test_remove_question_closes_the_gap(client, seeded, alice):
    path = await create(client, alice, name="Trim")
    for slug in ("two-sum", "3sum", "4sum", "valid-anagram"):
        data(await add(client, alice, path["slug"], slug), 201)
    data(await client.delete(f"{PATHS}/{path['slug']}/questions/3sum", headers=alice["headers"]))
    assert await order(client, path["slug"], alice) == ["two-sum", "4sum", "valid-anagram"]
    response = await client.delete(
        f"{PATHS}/{path['slug']}/questions/3sum", headers=alice["headers"]
    )
    error(response, 404, "NOT_FOUND")
    data(await add(client, alice, path["slug"], "3sum", position=2), 201)
    assert await order(client, path["slug"], alice) == ["two-sum", "3sum", "4sum", "valid-anagram"]


async def test_reorder_swaps_and_reverses_in_one_transaction(client, seeded, admin, alice):
    slugs = await order(client, NEETCODE)
    swapped = [slugs[1], slugs[0], *slugs[2:]]
    response = await client.put(
        f"{PATHS}/{NEETCODE}/questions/order", json={"slugs": swapped}, headers=admin["headers"]
    )
    result = data(response)
    assert [q["title_slug"] for q in result["questions"]] == swapped
    assert await order(client, NEETCODE) == swapped
    reversed_ = swapped[::-1]
    data(
        await client.put(
            f"{PATHS}/{NEETCODE}/questions/order",
            json={"slugs": reversed_},
            headers=admin["headers"],
        )
    )
    assert await order(client, NEETCODE) == reversed_
    # the caller's progress follows the questions, not the positions
    data(
        await client.put(
            f"{USER}/questions/{slugs[1]}", json={"status": "solved"}, headers=alice["headers"]
        )
    )
    path = data(await client.get(f"{PATHS}/{NEETCODE}", headers=alice["headers"]))
    assert path["questions"][-1]["title_slug"] == slugs[1]
    assert path["questions"][-1]["status"] == "solved"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda s: s[:-1], "missing"),
        (lambda s: [*s, s[0]], "duplicates"),
        (lambda s: [*s[:-1], "two-sum"], "unknown"),
        (lambda s: [], "missing"),
    ],
)
async def test_reorder_needs_a_permutation(client, seeded, alice, change, problem):
    path = await create(client, alice, name="Perm")
    for slug in ("3sum", "4sum", "valid-anagram"):
        data(await add(client, alice, path["slug"], slug), 201)
    before = await order(client, path["slug"], alice)
    response = await client.put(
        f"{PATHS}/{path['slug']}/questions/order",
        json={"slugs": change(before)},
        headers=alice["headers"],
    )
    details = error(response, 422, "VALIDATION_ERROR")["details"]
    assert details[problem]
    assert await order(client, path["slug"], alice) == before


async def test_reorder_of_an_empty_path(client, alice):
    path = await create(client, alice, name="Empty")
    response = await client.put(
        f"{PATHS}/{path['slug']}/questions/order", json={"slugs": []}, headers=alice["headers"]
    )
    assert data(response)["questions"] == []


async def test_concurrent_appends_never_share_a_position(app, client, seeded, alice):
    path = await create(client, alice, name="Race")
    slugs = ["two-sum", "3sum", "4sum", "valid-anagram", "group-anagrams", "climbing-stairs"]
    responses = await asyncio.gather(*(add(client, alice, path["slug"], slug) for slug in slugs))
    assert {response.status_code for response in responses} <= {201, 409}
    added = [r.json()["data"]["title_slug"] for r in responses if r.status_code == 201]
    assert added and sorted(await order(client, path["slug"], alice)) == sorted(added)
    async with app.state.db.sessionmaker() as session:
        total = await session.scalar(select(func.count()).select_from(Question))
        assert total >= len(slugs)
