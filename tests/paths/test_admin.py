"""The admin routes: statistics and system path management; administrators only."""

from __future__ import annotations

import pytest

from leettrack.models import Base
from tests.paths.support import ADMIN, NEETCODE, PATHS, USER, data, error


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", f"{ADMIN}/stats"),
        ("GET", f"{ADMIN}/learning-paths"),
        ("POST", f"{ADMIN}/learning-paths"),
        ("POST", f"{ADMIN}/learning-paths/{NEETCODE}/restore"),
    ],
)
async def test_admin_routes_refuse_users_and_anonymous_callers(client, alice, method, url):
    body = {"name": "x"} if method == "POST" else None
    error(await client.request(method, url, json=body), 401, "UNAUTHORIZED")
    response = await client.request(method, url, json=body, headers=alice["headers"])
    error(response, 403, "FORBIDDEN")


async def test_stats_count_rows_activity_and_enrolments(client, seeded, alice, bob, admin):
    for account in (alice, bob):
        data(
            await client.post(
                f"{USER}/learning-paths/{NEETCODE}/enroll", headers=account["headers"]
            ),
            201,
        )
    data(await client.post(f"{USER}/learning-paths/blind-75/enroll", headers=alice["headers"]), 201)
    data(
        await client.put(
            f"{USER}/questions/two-sum", json={"status": "solved"}, headers=alice["headers"]
        )
    )
    stats = data(await client.get(f"{ADMIN}/stats", headers=admin["headers"]))
    counts = stats["row_counts"]
    assert set(counts) == set(Base.metadata.tables)
    assert counts["users"] == 3 and counts["learning_paths"] == 7
    assert counts["questions"] == seeded["questions_created"]
    assert counts["path_questions"] == seeded["path_questions_created"]
    assert counts["user_questions"] == 1 and counts["question_activity"] == 1
    assert counts["review_cards"] == 1
    assert stats["users"] == {
        "total": 3,
        "active_1d": 1,
        "active_7d": 1,
        "active_30d": 1,
        "signed_in_30d": 0,
    }
    assert stats["enrolments"]["total"] == 3
    top = stats["enrolments"]["top_paths"]
    assert [(p["slug"], p["enrolments"]) for p in top] == [(NEETCODE, 2), ("blind-75", 1)]


async def test_admins_list_every_path_and_create_system_paths(client, seeded, alice, admin):
    private = data(await client.post(PATHS, json={"name": "Hidden"}, headers=alice["headers"]), 201)
    listed = (
        await client.get(f"{ADMIN}/learning-paths", headers=admin["headers"], params={"limit": 100})
    ).json()
    assert listed["meta"]["total"] == 8
    assert private["slug"] in {p["slug"] for p in listed["data"]}
    only_users = (
        await client.get(
            f"{ADMIN}/learning-paths", headers=admin["headers"], params={"source": "user"}
        )
    ).json()
    assert [p["slug"] for p in only_users["data"]] == [private["slug"]]
    created = data(
        await client.post(
            f"{ADMIN}/learning-paths",
            json={"name": "Top Interview 150", "tags": ["interview"]},
            headers=admin["headers"],
        ),
        201,
    )
    assert created["source"] == "system" and created["owner_id"] is None
    assert created["is_public"] is True and created["slug"] == "top-interview-150"
    data(
        await client.post(
            f"{PATHS}/{created['slug']}/questions",
            json={"slug": "two-sum"},
            headers=admin["headers"],
        ),
        201,
    )
    # a system path is read-only to its readers, even to the one who asked for it
    response = await client.patch(
        f"{PATHS}/{created['slug']}", json={"name": "Mine"}, headers=alice["headers"]
    )
    error(response, 403, "FORBIDDEN")
    hidden = data(
        await client.post(
            f"{ADMIN}/learning-paths",
            json={"name": "Draft", "is_public": False},
            headers=admin["headers"],
        ),
        201,
    )
    error(await client.get(f"{PATHS}/{hidden['slug']}", headers=alice["headers"]), 404, "NOT_FOUND")


async def test_restore_puts_a_bundled_path_back_as_shipped(client, seeded, admin):
    headers = admin["headers"]
    original = data(await client.get(f"{PATHS}/{NEETCODE}"))
    data(await client.patch(f"{PATHS}/{NEETCODE}", json={"name": "Mangled"}, headers=headers))
    data(await client.delete(f"{PATHS}/{NEETCODE}/questions/two-sum", headers=headers))
    restored = data(
        await client.post(f"{ADMIN}/learning-paths/{NEETCODE}/restore", headers=headers)
    )
    assert restored["name"] == "NeetCode 150" and restored["question_count"] == 150
    again = data(await client.get(f"{PATHS}/{NEETCODE}"))
    assert again["questions"] == original["questions"] and again["id"] == original["id"]
    data(await client.delete(f"{PATHS}/trees", headers=headers))
    recreated = data(await client.post(f"{ADMIN}/learning-paths/trees/restore", headers=headers))
    assert recreated["question_count"] == 38 and recreated["source"] == "system"
    response = await client.post(f"{ADMIN}/learning-paths/not-bundled/restore", headers=headers)
    error(response, 404, "NOT_FOUND")
