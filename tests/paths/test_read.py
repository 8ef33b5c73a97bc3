"""Browsing and reading paths: visibility, progress, filters, and a constant query count."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import update

from leettrack.app import create_app
from leettrack.core.envelope import Envelope
from leettrack.leetcode.models import Question
from leettrack.paths.reader import PathContentCache
from leettrack.paths.schemas import PathDetail
from tests.paths.support import NEETCODE, PATHS, USER, count_statements, data, error


async def make_path(client, account, **body):
    values = {"name": "My drills"} | body
    return data(await client.post(PATHS, json=values, headers=account["headers"]), 201)


async def solve(client, account, *slugs, status="solved"):
    for slug in slugs:
        data(
            await client.put(
                f"{USER}/questions/{slug}", json={"status": status}, headers=account["headers"]
            )
        )


async def test_anonymous_read_has_no_personal_fields(client, seeded):
    path = data(await client.get(f"{PATHS}/{NEETCODE}"))
    assert path["progress"] is None and path["by_category"] is None and path["enrolled"] is None
    assert all(question["status"] is None for question in path["questions"])
    listed = (await client.get(PATHS)).json()
    assert all(item["progress"] is None for item in listed["data"])


async def test_read_by_id_or_slug_gives_the_same_path(client, seeded):
    by_slug = data(await client.get(f"{PATHS}/{NEETCODE}"))
    by_id = data(await client.get(f"{PATHS}/{by_slug['id']}"))
    assert by_id == by_slug
    error(await client.get(f"{PATHS}/no-such-path"), 404, "NOT_FOUND")
    error(await client.get(f"{PATHS}/999999"), 404, "NOT_FOUND")
    error(await client.get(f"{PATHS}/Not_A_Slug"), 422, "VALIDATION_ERROR")


async def test_read_with_progress_per_question_and_category(client, seeded, alice):
    await solve(client, alice, "contains-duplicate", "valid-anagram", "valid-palindrome")
    await solve(client, alice, "two-sum", status="attempted")
    await solve(client, alice, "climbing-stairs", status="todo")
    path = data(await client.get(f"{PATHS}/{NEETCODE}", headers=alice["headers"]))
    status = {q["title_slug"]: q["status"] for q in path["questions"]}
    assert status["contains-duplicate"] == status["valid-anagram"] == "solved"
    assert status["two-sum"] == "attempted"
    assert status["climbing-stairs"] == "todo" and status["3sum"] == "todo"
    assert path["progress"] == {"solved": 3, "total": 150, "percent": 2.0}
    assert path["enrolled"] is False
    categories = {c["category"]: c for c in path["by_category"]}
    assert [c["category"] for c in path["by_category"]] == path["categories"]
    assert categories["Arrays & Hashing"] == {
        "category": "Arrays & Hashing",
        "solved": 2,
        "total": 9,
        "percent": 22.2,
    }
    assert categories["Two Pointers"]["solved"] == 1
    assert sum(c["total"] for c in path["by_category"]) == 150
    # the same progress shows in the list, and in another path sharing the problems
    listed = (await client.get(PATHS, headers=alice["headers"], params={"limit": 100})).json()
    by_slug = {item["slug"]: item for item in listed["data"]}
    assert by_slug[NEETCODE]["progress"] == path["progress"]
    assert by_slug["blind-75"]["progress"]["solved"] == 3  # stored once, derived everywhere
    assert by_slug[NEETCODE]["categories"] == path["categories"]
    assert by_slug[NEETCODE]["question_count"] == 150


async def test_reading_a_path_takes_a_constant_number_of_statements(app, client, seeded, alice):
    slugs = [q["title_slug"] for q in data(await client.get(f"{PATHS}/{NEETCODE}"))["questions"]]
    data(
        await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=alice["headers"]), 201
    )
    await solve(client, alice, *slugs[:60])
    small = await make_path(client, alice, name="Two problems", is_public=True)
    for slug in ("two-sum", "3sum"):
        data(
            await client.post(
                f"{PATHS}/{small['id']}/questions", json={"slug": slug}, headers=alice["headers"]
            ),
            201,
        )
    counts = {}
    for ref, size in ((NEETCODE, 150), (small["slug"], 2)):
        for state in ("cold", "warm"):
            if state == "cold":
                app.state.path_contents = PathContentCache()
            for who, headers in (("user", alice["headers"]), ("anonymous", {})):
                with count_statements(app) as statements:
                    path = data(await client.get(f"{PATHS}/{ref}", headers=headers))
                assert len(path["questions"]) == size
                counts[ref, state, who] = len(statements)
    # the caller's session (unless this process's change feed vouches for it, on PostgreSQL),
    # then the path with the caller's enrolment and statuses folded in (kept per caller while
    # the feed announces no change, on PostgreSQL); cold, its questions too (warm, they come
    # from the cache). Never a query per question.
    session_check = 0 if app.state.sessions.trusted else 1
    path_row = 0 if app.state.changes.trusted else 1
    assert counts == {
        (ref, state, who): expected
        for ref in (NEETCODE, small["slug"])
        for (state, who), expected in {
            ("cold", "user"): session_check + 2,
            ("cold", "anonymous"): 1,  # the user's read filled the cache
            ("warm", "user"): session_check + path_row,
            ("warm", "anonymous"): path_row,
        }.items()
    }
    app.state.path_contents = PathContentCache()
    with count_statements(app) as statements:
        data(await client.get(f"{PATHS}/{NEETCODE}"))
    assert len(statements) == path_row + 1  # the path, its questions
    with count_statements(app) as statements:
        await client.get(PATHS, headers=alice["headers"], params={"limit": 100})
    # (the session,) count, page, one aggregate for every path
    assert len(statements) == session_check + 3


async def test_private_paths_are_hidden_from_everyone_but_owner_and_admins(
    client, seeded, alice, bob, admin
):
    private = await make_path(client, alice, name="Secret plan")
    assert private["is_public"] is False and private["source"] == "user"
    for ref in (private["slug"], str(private["id"])):
        error(await client.get(f"{PATHS}/{ref}"), 404, "NOT_FOUND")
        error(await client.get(f"{PATHS}/{ref}", headers=bob["headers"]), 404, "NOT_FOUND")
        assert (
            data(await client.get(f"{PATHS}/{ref}", headers=alice["headers"]))["id"]
            == private["id"]
        )
        assert (
            data(await client.get(f"{PATHS}/{ref}", headers=admin["headers"]))["id"]
            == private["id"]
        )
    mine = (await client.get(PATHS, headers=alice["headers"], params={"limit": 100})).json()
    theirs = (await client.get(PATHS, headers=bob["headers"], params={"limit": 100})).json()
    nobody = (await client.get(PATHS, params={"limit": 100})).json()
    assert private["slug"] in {p["slug"] for p in mine["data"]}
    assert private["slug"] not in {p["slug"] for p in theirs["data"]}
    assert private["slug"] not in {p["slug"] for p in nobody["data"]}
    assert mine["meta"]["total"] == nobody["meta"]["total"] + 1


async def test_list_filters_and_pagination(client, seeded, alice):
    await make_path(client, alice, name="Weekend graph drills", tags=["graphs", "weekend"])
    everything = (await client.get(PATHS, params={"limit": 100})).json()
    assert everything["meta"] == {"total": 7, "limit": 100, "offset": 0}
    system_first = [p["source"] for p in everything["data"]]
    assert system_first == sorted(system_first)
    page = (await client.get(PATHS, params={"limit": 3, "offset": 3})).json()
    assert page["meta"] == {"total": 7, "limit": 3, "offset": 3}
    assert [p["slug"] for p in page["data"]] == [p["slug"] for p in everything["data"][3:6]]
    tagged = (await client.get(PATHS, params={"tag": "graphs"}, headers=alice["headers"])).json()
    assert {p["slug"] for p in tagged["data"]} == {"graphs", "weekend-graph-drills"}
    found = (await client.get(PATHS, params={"search": "neetcode"})).json()
    assert [p["slug"] for p in found["data"]] == [NEETCODE]
    found = (await client.get(PATHS, params={"search": "GRAPH"})).json()
    assert "graphs" in {p["slug"] for p in found["data"]}
    none = (await client.get(PATHS, params={"search": "100%_"})).json()
    assert none["meta"]["total"] == 0
    error(await client.get(PATHS, params={"limit": 0}), 422, "VALIDATION_ERROR")
    error(await client.get(PATHS, params={"tag": "Bad Tag"}), 422, "VALIDATION_ERROR")


@pytest.mark.parametrize("url", [PATHS, f"{PATHS}/{NEETCODE}"])
async def test_a_bad_token_is_refused_not_ignored(client, seeded, url):
    response = await client.get(url, headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401


async def test_the_fast_answer_matches_its_documented_model(client, seeded, alice):
    await solve(client, alice, "two-sum")
    for headers in ({}, alice["headers"]):
        response = await client.get(f"{PATHS}/{NEETCODE}", headers=headers)
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        parsed = Envelope[PathDetail].model_validate(body)
        assert parsed.model_dump(mode="json") == body
        assert body["data"]["created_at"].endswith("Z")


async def test_cached_contents_follow_edits_made_through_another_replica(
    client, settings, seeded, admin
):
    before = data(await client.get(f"{PATHS}/{NEETCODE}"))["questions"]
    replica = create_app(settings)
    async with (
        replica.router.lifespan_context(replica),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=replica), base_url="http://r") as other,
    ):
        slugs = [q["title_slug"] for q in before]
        swapped = [slugs[2], *slugs[:2], *slugs[3:]]
        response = await other.put(
            f"{PATHS}/{NEETCODE}/questions/order",
            json={"slugs": swapped},
            headers=admin["headers"],
        )
        data(response)
        after = data(await client.get(f"{PATHS}/{NEETCODE}"))["questions"]
        assert [q["title_slug"] for q in after] == swapped
        response = await other.delete(
            f"{PATHS}/{NEETCODE}/questions/{slugs[0]}", headers=admin["headers"]
        )
        data(response)
        assert data(await client.get(f"{PATHS}/{NEETCODE}"))["question_count"] == 149


async def test_catalog_changes_show_once_the_cached_contents_expire(app, client, seeded):
    assert data(await client.get(f"{PATHS}/{NEETCODE}"))["questions"][2]["title"] == "Two Sum"
    async with app.state.db.sessionmaker() as session:
        await session.execute(
            update(Question).where(Question.title_slug == "two-sum").values(title="2Sum")
        )
        await session.commit()
    app.state.path_contents.ttl = 0
    assert data(await client.get(f"{PATHS}/{NEETCODE}"))["questions"][2]["title"] == "2Sum"


async def test_the_anonymous_list_is_kept_while_no_path_changes(app, client, seeded, alice):
    """A kept page costs no statement where the change feed announces every path change
    (PostgreSQL), else one (the paths' version, checked in the database); any edit shows at the
    next read of this process, and of every other once announced."""
    first = (await client.get(PATHS)).json()
    with count_statements(app) as statements:
        assert (await client.get(PATHS)).json() == first
    assert len(statements) == (0 if app.state.changes.trusted else 1)
    mine = await make_path(client, alice, is_public=True, name="Zebra drills")
    names = [
        item["name"] for item in (await client.get(PATHS, params={"limit": 100})).json()["data"]
    ]
    assert "Zebra drills" in names
    data(
        await client.patch(
            f"{PATHS}/{mine['slug']}", json={"name": "Zebra drills II"}, headers=alice["headers"]
        )
    )
    listed = (await client.get(PATHS, params={"limit": 100})).json()["data"]
    assert [i["name"] for i in listed if i["slug"] == mine["slug"]] == ["Zebra drills II"]
    data(await client.delete(f"{PATHS}/{mine['slug']}", headers=alice["headers"]))
    listed = (await client.get(PATHS, params={"limit": 100})).json()["data"]
    assert mine["slug"] not in [item["slug"] for item in listed]
