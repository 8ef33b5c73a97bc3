"""The LeetTrack 1.x frontend's calls (EdwardJiazhenTan/leettrack at 881c44b), each as its
Next.js client sends it, against /legacy with the Flask backend's answers. The fields asserted
are the ones that frontend reads; docs/COMPATIBILITY.md lists the calls."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.db import utcnow
from leettrack.reviews.deps import get_now
from tests.compat.conftest import legacy_error, legacy_ok, legacy_user
from tests.fakes.leetcode_data import AC_SUBMISSIONS, ACTIVE_USER, DAILY_SLUG
from tests.helpers import PASSWORD

pytestmark = pytest.mark.usefixtures("seeded")

API = "/legacy/api/v1"
LEVELS = ["mastered", "confident", "understood", "struggled", "confused"]
PATH_FIELDS = {
    "path_id",
    "name",
    "description",
    "difficulty_level",
    "estimated_hours",
    "tags",
    "question_count",
    "created_at",
    "source",
}


async def solve(client: httpx.AsyncClient, user: dict[str, Any], slug: str) -> None:
    """Solve a problem through LeetTrack's own API: the 1.x token is an ordinary token."""
    response = await client.put(
        f"/api/v1/user/questions/{slug}", json={"status": "solved"}, headers=user["headers"]
    )
    assert response.status_code == 200, response.text


async def waiting(client: httpx.AsyncClient, user: dict[str, Any]) -> list[dict[str, Any]]:
    body = legacy_ok(
        await client.get(f"{API}/auth/user/questions/need-rating", headers=user["headers"])
    )
    questions: list[dict[str, Any]] = body["data"]["questions"]
    return questions


async def path_id(client: httpx.AsyncClient, name: str) -> int:
    listed = legacy_ok(await client.get(f"{API}/learning-paths"))["data"]["learning_paths"]
    return next(p["path_id"] for p in listed if p["name"] == name)


# --- accounts -----------------------------------------------------------------------------


async def test_register_with_an_email_and_no_username(client: httpx.AsyncClient) -> None:
    body = legacy_ok(
        await client.post(
            f"{API}/auth/register",
            json={"email": "ada.l@example.com", "password": PASSWORD, "leetcode_username": "ada"},
        ),
        201,
    )
    assert body["access_token"] and body["refresh_token"]
    assert body["user"]["user_id"] == body["user"]["id"]
    assert body["user"]["email"] == "ada.l@example.com"
    # the same local part under another domain gets another valid, unique username
    second = legacy_ok(
        await client.post(
            f"{API}/auth/register",
            json={"email": "ada.l@example.org", "password": PASSWORD, "leetcode_username": ""},
        ),
        201,
    )
    me = (
        await client.get(
            "/api/v1/auth/me", headers={"Authorization": f"Bearer {second['access_token']}"}
        )
    ).json()["data"]
    assert me["username"] == "ada-l-2" and me["leetcode_username"] is None
    taken = await client.post(
        f"{API}/auth/register", json={"email": "ADA.L@example.com", "password": PASSWORD}
    )
    assert "email" in legacy_error(taken, 409)["message"]
    weak = await client.post(
        f"{API}/auth/register", json={"email": "x@example.com", "password": "1"}
    )
    legacy_error(weak, 422)


async def test_login(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    body = legacy_ok(
        await client.post(
            f"{API}/auth/login", json={"email": user["user"]["email"], "password": PASSWORD}
        )
    )
    assert body["message"] == "Login successful"
    assert body["user"]["user_id"] == user["user"]["user_id"]
    assert {"email", "leetcode_username", "is_admin", "created_at"} <= set(body["user"])
    wrong = await client.post(
        f"{API}/auth/login", json={"email": user["user"]["email"], "password": "wrong one"}
    )
    assert legacy_error(wrong, 401)["error"] == "authorization_required"
    missing = await client.post(f"{API}/auth/login", json={"email": user["user"]["email"]})
    legacy_error(missing, 422)


async def test_me(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    body = legacy_ok(await client.get(f"{API}/auth/me", headers=user["headers"]))
    assert body["user"]["user_id"] == user["user"]["user_id"]
    assert body["user"]["leetcode_username"] == ACTIVE_USER
    assert body["user"]["last_login"] is None
    legacy_error(await client.get(f"{API}/auth/me"), 401)
    bad = await client.get(f"{API}/auth/me", headers={"Authorization": "Bearer nope"})
    legacy_error(bad, 401)


async def test_settings(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    body = legacy_ok(
        await client.put(
            f"{API}/auth/user/settings",
            json={"leetcode_username": "  new_name "},
            headers=user["headers"],
        )
    )
    assert body["data"] == {"leetcode_username": "new_name"}
    me = legacy_ok(await client.get(f"{API}/auth/me", headers=user["headers"]))
    assert me["user"]["leetcode_username"] == "new_name"
    invalid = await client.put(
        f"{API}/auth/user/settings",
        json={"leetcode_username": "no spaces"},
        headers=user["headers"],
    )
    legacy_error(invalid, 422)


# --- the review loop ----------------------------------------------------------------------


async def test_questions_need_rating(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    await solve(client, user, "two-sum")
    body = legacy_ok(
        await client.get(f"{API}/auth/user/questions/need-rating", headers=user["headers"])
    )
    [question] = body["data"]["questions"]
    assert question["title"] == "Two Sum" and question["difficulty"] == "Easy"
    assert question["url"] == "https://leetcode.com/problems/two-sum/"
    assert isinstance(question["user_question_id"], int) and isinstance(
        question["question_id"], int
    )
    assert question["times_reviewed"] == 0 and question["solved_at"]
    assert [level["value"] for level in body["data"]["confidence_levels"]] == LEVELS
    assert all(
        {"label", "description", "color", "intervals"} <= set(level)
        for level in body["data"]["confidence_levels"]
    )


async def test_rate(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    other = await legacy_user(client)
    await solve(client, user, "valid-parentheses")
    [question] = await waiting(client, user)
    url = f"{API}/auth/user/questions/{question['user_question_id']}/rate"
    legacy_error(await client.post(url, json={"confidence": "great"}, headers=user["headers"]), 422)
    assert (
        "not found"
        in legacy_error(
            await client.post(url, json={"confidence": "confident"}, headers=other["headers"]), 404
        )["message"].lower()
    )
    body = legacy_ok(
        await client.post(
            url, json={"confidence": "understood", "notes": "stack"}, headers=user["headers"]
        )
    )
    assert body["message"] == "Question rated successfully"
    assert body["data"]["confidence"] == "understood"
    assert body["data"]["next_review"] > utcnow().isoformat()
    assert await waiting(client, user) == []
    history = await client.get(
        "/api/v1/user/reviews/valid-parentheses/history", headers=user["headers"]
    )
    assert history.json()["data"][0]["confidence"] == "understood"
    mastered_slug = "climbing-stairs"
    await solve(client, user, mastered_slug)
    [second] = await waiting(client, user)
    mastered = legacy_ok(
        await client.post(
            f"{API}/auth/user/questions/{second['user_question_id']}/rate",
            json={"confidence": "mastered"},
            headers=user["headers"],
        )
    )
    assert mastered["data"] == {"next_review": None, "confidence": "mastered"}


async def test_reviews_today_and_complete_review(app: FastAPI, client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    await solve(client, user, "contains-duplicate")
    [question] = await waiting(client, user)
    card = question["user_question_id"]
    legacy_ok(
        await client.post(
            f"{API}/auth/user/questions/{card}/rate",
            json={"confidence": "struggled"},
            headers=user["headers"],
        )
    )
    today = legacy_ok(await client.get(f"{API}/auth/user/reviews/today", headers=user["headers"]))
    assert today["data"] == {"reviews": [], "count": 0}
    app.dependency_overrides[get_now] = lambda: utcnow() + timedelta(days=60)
    try:
        body = legacy_ok(
            await client.get(f"{API}/auth/user/reviews/today", headers=user["headers"])
        )
        [review] = body["data"]["reviews"]
        assert body["data"]["count"] == 1
        assert review["user_question_id"] == card
        assert review["title"] == "Contains Duplicate"
        assert review["confidence"] == "struggled" and review["times_reviewed"] == 1
        assert review["last_reviewed"] and review["next_review"]
        url = f"{API}/auth/user/questions/{card}/complete-review"
        legacy_error(await client.post(url, json={}, headers=user["headers"]), 422)
        done = legacy_ok(
            await client.post(url, json={"confidence": "confident"}, headers=user["headers"])
        )
        assert done["message"] == "Review completed successfully"
        assert done["data"]["confidence"] == "confident"
        again = legacy_ok(
            await client.get(f"{API}/auth/user/reviews/today", headers=user["headers"])
        )
        assert again["data"]["count"] == 0
    finally:
        app.dependency_overrides.pop(get_now, None)
    missing = await client.post(
        f"{API}/auth/user/questions/999999/complete-review",
        json={"confidence": "confident"},
        headers=user["headers"],
    )
    legacy_error(missing, 404)


async def test_dashboard_summary(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    blind = await path_id(client, "Blind 75")
    enrolled = await client.post(
        f"/api/v1/user/learning-paths/{blind}/enroll", headers=user["headers"]
    )
    assert enrolled.status_code == 201
    await solve(client, user, "two-sum")
    body = legacy_ok(
        await client.get(f"{API}/auth/user/dashboard/summary", headers=user["headers"])
    )
    assert body["data"] == {
        "questions_needing_rating": 1,
        "reviews_due_today": 0,
        "new_questions_available": 1,
        "active_learning_paths": 1,
    }


async def test_recent_submissions_need_rating(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    body = legacy_ok(
        await client.get(f"{API}/auth/user/recent-submissions/need-rating", headers=user["headers"])
    )
    items = body["data"]["submissions"]
    assert body["data"]["count"] == len(items) > 0
    assert [level["value"] for level in body["data"]["confidence_levels"]] == LEVELS
    slugs = {s["titleSlug"] for s in AC_SUBMISSIONS[ACTIVE_USER]}
    first = items[0]
    assert first["title_slug"] in slugs
    assert first["url"] == f"https://leetcode.com/problems/{first['title_slug']}/"
    assert first["leetcode_submission"]["status"] == "Accepted"
    assert first["language"] and first["difficulty"] in ("Easy", "Medium", "Hard")
    stamps = [item["leetcode_submission"]["timestamp"] for item in items]
    assert stamps == sorted(stamps, reverse=True)
    # each is a card waiting for its first rating, rated through the same route
    rated = await client.post(
        f"{API}/auth/user/questions/{first['user_question_id']}/rate",
        json={"confidence": "confident"},
        headers=user["headers"],
    )
    legacy_ok(rated)
    again = legacy_ok(
        await client.get(f"{API}/auth/user/recent-submissions/need-rating", headers=user["headers"])
    )
    assert again["data"]["count"] == len(items) - 1
    unlinked = await legacy_user(client, "")
    refused = await client.get(
        f"{API}/auth/user/recent-submissions/need-rating", headers=unlinked["headers"]
    )
    assert "LeetCode username" in legacy_error(refused, 400)["message"]


# --- LeetCode -----------------------------------------------------------------------------


async def test_leetcode_daily(client: httpx.AsyncClient) -> None:
    body = (await client.get(f"{API}/leetcode/daily")).json()
    assert body["question"]["titleSlug"] == DAILY_SLUG
    assert {"title", "difficulty", "topicTags", "questionFrontendId", "isPaidOnly"} <= set(
        body["question"]
    )
    assert body["date"] and body["link"]


async def test_leetcode_daily_unreachable(client: httpx.AsyncClient, fake_leetcode: Any) -> None:
    fake_leetcode.set_fault("down")
    legacy_error(await client.get(f"{API}/leetcode/daily"), 503)


async def test_leetcode_problems(client: httpx.AsyncClient) -> None:
    body = (await client.get(f"{API}/leetcode/problems?limit=5&skip=0&difficulty=Easy")).json()
    assert body["total"] > 5 and len(body["questions"]) == 5
    assert {q["difficulty"] for q in body["questions"]} == {"Easy"}
    assert {"titleSlug", "title", "frontendQuestionId", "topicTags", "paidOnly"} <= set(
        body["questions"][0]
    )
    legacy_error(await client.get(f"{API}/leetcode/problems?difficulty=Extreme"), 422)


async def test_leetcode_problem(client: httpx.AsyncClient) -> None:
    body = (await client.get(f"{API}/leetcode/problem/two-sum")).json()
    assert (body["titleSlug"], body["title"], body["difficulty"]) == ("two-sum", "Two Sum", "Easy")
    assert body["content"] and body["codeSnippets"]
    legacy_error(await client.get(f"{API}/leetcode/problem/no-such-problem-at-all"), 404)


async def test_leetcode_profile_stats(client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    await solve(client, user, "two-sum")
    body = legacy_ok(await client.get(f"{API}/leetcode/profile/stats", headers=user["headers"]))
    assert body["username"] == ACTIVE_USER
    stats = body["leetcodeStats"]
    assert stats["solvingStats"]["totalSolved"] == 312
    assert stats["solvingStats"]["easySolved"] == 120
    native = (await client.get(f"/api/v1/leetcode/user/{ACTIVE_USER}")).json()["data"]
    easy = (native["solved"]["easy"], native["totals"]["easy"])
    assert stats["difficultyProgress"]["easy"] == {
        "solved": easy[0],
        "total": easy[1],
        "percentage": round(easy[0] / easy[1] * 100, 1),
    }
    assert stats["solvingStats"]["totalQuestions"] == native["totals"]["all"]
    assert stats["recentSubmissions"] and {"title", "titleSlug", "language", "date"} <= set(
        stats["recentSubmissions"][0]
    )
    assert stats["languageStats"]["uniqueLanguages"] == len(stats["languageStats"]["languages"])
    assert body["localStats"] == {"tracked_questions": 1, "enrolled_paths": 0, "completed_paths": 0}
    unlinked = await legacy_user(client, "")
    refused = await client.get(f"{API}/leetcode/profile/stats", headers=unlinked["headers"])
    legacy_error(refused, 400)


# --- learning paths -----------------------------------------------------------------------


async def test_learning_paths(client: httpx.AsyncClient) -> None:
    body = legacy_ok(await client.get(f"{API}/learning-paths"))
    paths = body["data"]["learning_paths"]
    assert len(paths) == 7 and all(set(p) == PATH_FIELDS for p in paths)
    neetcode = next(p for p in paths if p["name"] == "NeetCode 150")
    assert neetcode["question_count"] == 150 and isinstance(neetcode["path_id"], int)
    assert neetcode["difficulty_level"] == "Intermediate" and neetcode["source"] == "System"
    five = legacy_ok(await client.get(f"{API}/learning-paths?limit=5"))["data"]["learning_paths"]
    assert len(five) == 5


@pytest.mark.parametrize("prefix", [API, "/legacy"])
async def test_learning_path(client: httpx.AsyncClient, prefix: str) -> None:
    blind = await path_id(client, "Blind 75")
    body = legacy_ok(await client.get(f"{prefix}/learning-paths/{blind}"))
    data = body["data"]
    assert data["path_id"] == blind and data["name"] == "Blind 75"
    assert len(data["questions"]) == 75
    first = data["questions"][0]
    assert first["sequence_number"] == 1
    assert {"question_id", "leetcode_id", "title", "url", "difficulty", "tags"} <= set(first)
    assert len({q["question_id"] for q in data["questions"]}) == 75
    legacy_error(await client.get(f"{prefix}/learning-paths/999999"), 404)


# --- administration -----------------------------------------------------------------------


async def admin_user(app: FastAPI, client: httpx.AsyncClient) -> dict[str, Any]:
    return await legacy_user(client, admin=app)


async def test_admin_paths(app: FastAPI, client: httpx.AsyncClient) -> None:
    user = await legacy_user(client)
    legacy_error(await client.get(f"{API}/admin/learning-paths", headers=user["headers"]), 403)
    admin = await admin_user(app, client)
    blind = await path_id(client, "Blind 75")
    await client.post(f"/api/v1/user/learning-paths/{blind}/enroll", headers=user["headers"])
    body = legacy_ok(await client.get(f"{API}/admin/learning-paths", headers=admin["headers"]))
    assert len(body["data"]) == 7
    entry = next(p for p in body["data"] if p["path_id"] == blind)
    assert entry["enrollment_count"] == 1 and entry["is_active"] is True
    assert {"updated_at", "is_public", "creator_id", "question_count"} <= set(entry)


async def test_admin_create_path(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    form = {
        "name": "Graph Drills",
        "description": "BFS and DFS",
        "difficulty_level": "Intermediate",
        "estimated_hours": 0,
        "tags": ["Graphs", "Breadth First Search"],
        "is_public": True,
    }
    body = legacy_ok(
        await client.post(f"{API}/admin/learning-paths", json=form, headers=admin["headers"]), 201
    )
    created = body["data"]
    assert created["name"] == "Graph Drills" and created["is_public"] is True
    detail = legacy_ok(await client.get(f"{API}/learning-paths/{created['path_id']}"))["data"]
    assert detail["difficulty_level"] == "Intermediate" and detail["source"] == "System"
    assert detail["tags"] == ["graphs", "breadth-first-search"]
    assert detail["estimated_hours"] is None
    bad = await client.post(
        f"{API}/admin/learning-paths",
        json=form | {"difficulty_level": "Expert"},
        headers=admin["headers"],
    )
    legacy_error(bad, 422)


async def test_admin_bulk_create(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    url = f"{API}/admin/learning-paths/bulk-create"
    trees = await path_id(client, "Binary Trees & BSTs")
    assert (
        await client.delete(f"{API}/admin/learning-paths/{trees}", headers=admin["headers"])
    ).status_code == 200
    body = legacy_ok(
        await client.post(url, json={"path_type": "topic"}, headers=admin["headers"]), 201
    )
    names = {p["name"] for p in body["data"]["created_paths"]}
    assert "Binary Trees & BSTs" in names and len(names) == 4
    assert body["message"] == "Created 4 topic learning paths"
    listed = legacy_ok(await client.get(f"{API}/learning-paths"))["data"]["learning_paths"]
    assert len(listed) == 7
    company = await client.post(url, json={"path_type": "company"}, headers=admin["headers"])
    assert "company" in legacy_error(company, 400)["message"].lower()
    legacy_error(await client.post(url, json={"path_type": "x"}, headers=admin["headers"]), 400)


async def test_admin_update_path(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    graphs = await path_id(client, "Graph Algorithms")
    url = f"{API}/admin/learning-paths/{graphs}"
    body = legacy_ok(await client.put(url, json={"is_active": False}, headers=admin["headers"]))
    assert body["data"]["is_active"] is False and body["data"]["is_public"] is False
    listed = legacy_ok(await client.get(f"{API}/learning-paths"))["data"]["learning_paths"]
    assert graphs not in {p["path_id"] for p in listed}
    renamed = legacy_ok(
        await client.put(
            url,
            json={"name": "Graphs!", "is_active": True, "difficulty_level": "Advanced"},
            headers=admin["headers"],
        )
    )
    assert renamed["data"]["name"] == "Graphs!" and renamed["data"]["is_active"] is True
    legacy_error(
        await client.put(
            f"{API}/admin/learning-paths/999999", json={"name": "x"}, headers=admin["headers"]
        ),
        404,
    )


async def test_admin_delete_path(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    created = legacy_ok(
        await client.post(
            f"{API}/admin/learning-paths",
            json={"name": "Scratch", "description": ""},
            headers=admin["headers"],
        ),
        201,
    )["data"]
    url = f"{API}/admin/learning-paths/{created['path_id']}"
    body = legacy_ok(await client.delete(url, headers=admin["headers"]))
    assert body["message"] == "Learning path deleted successfully"
    legacy_error(await client.get(f"{API}/learning-paths/{created['path_id']}"), 404)
    legacy_error(await client.delete(url, headers=admin["headers"]), 404)


async def _path_with(client: httpx.AsyncClient, admin: dict[str, Any], slugs: list[str]) -> int:
    created = legacy_ok(
        await client.post(
            f"{API}/admin/learning-paths",
            json={"name": "Drills", "description": "d"},
            headers=admin["headers"],
        ),
        201,
    )["data"]["path_id"]
    for number, slug in enumerate(slugs, start=1):
        legacy_ok(
            await client.post(
                f"{API}/admin/learning-paths/{created}/questions",
                json={
                    "question_title_slug": slug,
                    "sequence_number": number,
                    "estimated_minutes": 30,
                    "importance": 3,
                },
                headers=admin["headers"],
            ),
            201,
        )
    return int(created)


async def order_of(client: httpx.AsyncClient, path: int) -> list[str]:
    data = legacy_ok(await client.get(f"/legacy/learning-paths/{path}"))["data"]
    return [q["url"].rsplit("/", 2)[1] for q in data["questions"]]


async def test_admin_add_question(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    path = await _path_with(client, admin, ["two-sum"])
    body = legacy_ok(
        await client.post(
            f"{API}/admin/learning-paths/{path}/questions",
            json={
                "question_title_slug": "valid-parentheses",
                "sequence_number": 2,
                "estimated_minutes": 30,
                "importance": 3,
            },
            headers=admin["headers"],
        ),
        201,
    )
    assert body["data"] == {"path_question_id": 2, "sequence_number": 2}
    assert await order_of(client, path) == ["two-sum", "valid-parentheses"]
    twice = await client.post(
        f"{API}/admin/learning-paths/{path}/questions",
        json={"question_title_slug": "two-sum", "sequence_number": 3},
        headers=admin["headers"],
    )
    legacy_error(twice, 409)


async def test_admin_remove_question(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    path = await _path_with(client, admin, ["two-sum", "valid-parentheses", "climbing-stairs"])
    # the 1.x editor sends the question's sequence_number as its path_question_id
    body = legacy_ok(
        await client.delete(
            f"{API}/admin/learning-paths/{path}/questions/2", headers=admin["headers"]
        )
    )
    assert body["message"] == "Question removed from learning path successfully"
    assert await order_of(client, path) == ["two-sum", "climbing-stairs"]
    legacy_error(
        await client.delete(
            f"{API}/admin/learning-paths/{path}/questions/9", headers=admin["headers"]
        ),
        404,
    )


async def test_admin_reorder(app: FastAPI, client: httpx.AsyncClient) -> None:
    admin = await admin_user(app, client)
    path = await _path_with(client, admin, ["two-sum", "valid-parentheses", "climbing-stairs"])
    orders = [
        {"path_question_id": 3, "sequence_number": 1},
        {"path_question_id": 1, "sequence_number": 2},
        {"path_question_id": 2, "sequence_number": 3},
    ]
    body = legacy_ok(
        await client.put(
            f"{API}/admin/learning-paths/{path}/questions/reorder",
            json={"question_orders": orders},
            headers=admin["headers"],
        )
    )
    assert body["message"] == "Questions reordered successfully"
    assert await order_of(client, path) == ["climbing-stairs", "two-sum", "valid-parentheses"]
    missing = await client.put(
        f"{API}/admin/learning-paths/{path}/questions/reorder", json={}, headers=admin["headers"]
    )
    legacy_error(missing, 422)


# --- errors -------------------------------------------------------------------------------


async def test_errors_take_the_flask_shape(client: httpx.AsyncClient) -> None:
    legacy_error(await client.get("/legacy/api/v1/nothing"), 404)
    broken = await client.post(
        f"{API}/auth/login", content=b"{nope", headers={"content-type": "application/json"}
    )
    legacy_error(broken, 422)
    huge = await client.post(
        f"{API}/auth/login",
        content=b"x" * (3 * 1024 * 1024),
        headers={"content-type": "application/json"},
    )
    legacy_error(huge, 413)
