"""The Python Learning Portal's calls (python-portal-types, its backend, exercises and executor
services), each as its client sends it, against /api. docs/COMPATIBILITY.md lists them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from leettrack.exercises.content import load_exercises
from tests.compat.conftest import portal_error, portal_ok, portal_user
from tests.helpers import PASSWORD, make_admin
from tests.sandbox.support import needs_bwrap

pytestmark = pytest.mark.usefixtures("seeded")

BUNDLED = {exercise.metadata.id: exercise for exercise in load_exercises()}
EXERCISE_FIELDS = {
    "id",
    "title",
    "description",
    "instructions",
    "starterCode",
    "testCode",
    "solutionCode",
    "difficulty",
    "topics",
    "order",
    "estimatedTime",
    "category",
}
# The table of Portal exercise ids in docs/COMPATIBILITY.md: `| `E5_math_utils` | `math-utils` |`
COMPATIBILITY = Path(__file__).resolve().parents[2] / "docs" / "COMPATIBILITY.md"
ID_ROW = re.compile(r"^\| `(E\d+_\w+)` \| `?([\w-]+)`? \|$", re.MULTILINE)
USER_FIELDS = {
    "id",
    "username",
    "email",
    "createdAt",
    "totalExercisesCompleted",
    "totalTimeSpent",
    "currentStreak",
    "longestStreak",
}


def sandboxed(test: Any) -> Any:
    for mark in needs_bwrap:
        test = mark(test)
    return test


def assert_tokens(data: dict[str, Any]) -> None:
    assert set(data) == {"user", "accessToken", "refreshToken", "tokenType", "expiresIn"}
    assert set(data["user"]) == USER_FIELDS
    assert isinstance(data["user"]["id"], str)
    assert data["accessToken"].count(".") == 2 and data["refreshToken"]


# --- accounts -----------------------------------------------------------------------------


async def test_register(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/auth/register",
        json={"username": "grace", "email": "grace@example.com", "password": PASSWORD},
    )
    data = portal_ok(response, 201)
    assert_tokens(data)
    assert data["user"]["username"] == "grace"
    assert data["user"]["totalExercisesCompleted"] == 0
    again = await client.post(
        "/api/auth/register",
        json={"username": "grace2", "email": "GRACE@example.com", "password": PASSWORD},
    )
    assert "email" in portal_error(again, 409, "CONFLICT")["error"]
    invalid = await client.post(
        "/api/auth/register", json={"username": "g", "email": "nope", "password": "short"}
    )
    fields = {
        f["field"] for f in portal_error(invalid, 422, "VALIDATION_ERROR")["details"]["fields"]
    }
    assert fields == {"username", "email", "password"}


async def test_login(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    by_name = await client.post(
        "/api/auth/login", json={"username": user["user"]["username"], "password": PASSWORD}
    )
    assert_tokens(portal_ok(by_name))
    by_email = await client.post(
        "/api/auth/login", json={"email": user["user"]["email"], "password": PASSWORD}
    )
    assert portal_ok(by_email)["user"]["id"] == user["user"]["id"]
    wrong = await client.post(
        "/api/auth/login", json={"email": user["user"]["email"], "password": "wrong password"}
    )
    body = portal_error(wrong, 401, "UNAUTHORIZED")
    assert body["correlationId"] == wrong.headers["x-request-id"]


async def test_refresh(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    rotated = portal_ok(
        await client.post("/api/auth/refresh", json={"refreshToken": user["refreshToken"]})
    )
    assert_tokens(rotated)
    assert rotated["refreshToken"] != user["refreshToken"]
    reused = await client.post("/api/auth/refresh", json={"refreshToken": user["refreshToken"]})
    assert "reuse" in portal_error(reused, 401, "UNAUTHORIZED")["error"]


async def test_logout(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    out = await client.post(
        "/api/auth/logout", json={"refreshToken": user["refreshToken"]}, headers=user["headers"]
    )
    assert portal_ok(out) is None
    refused = await client.get("/api/progress", headers=user["headers"])
    portal_error(refused, 401, "UNAUTHORIZED")
    spent = await client.post("/api/auth/refresh", json={"refreshToken": user["refreshToken"]})
    portal_error(spent, 401, "UNAUTHORIZED")


# --- the exercise catalog -----------------------------------------------------------------


async def test_list_exercises(client: httpx.AsyncClient) -> None:
    data = portal_ok(await client.get("/api/exercises"))
    assert [item["id"] for item in data] == sorted(
        BUNDLED, key=lambda i: (BUNDLED[i].metadata.order, i)
    )
    assert all(set(item) == EXERCISE_FIELDS for item in data)
    hello = next(item for item in data if item["id"] == "hello-world")
    assert hello["starterCode"] == BUNDLED["hello-world"].starter_code
    assert hello["estimatedTime"] == BUNDLED["hello-world"].metadata.estimated_minutes
    beginner = portal_ok(await client.get("/api/exercises?difficulty=beginner&limit=3"))
    assert len(beginner) == 3 and {item["difficulty"] for item in beginner} == {"beginner"}
    wrong = await client.get("/api/exercises?difficulty=expert")
    portal_error(wrong, 422, "VALIDATION_ERROR")


async def test_get_exercise_by_portal_id(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/exercises/E0_greet")
    data = portal_ok(response)
    assert set(data) == EXERCISE_FIELDS
    assert data["id"] == "hello-world"
    assert data["instructions"] == BUNDLED["hello-world"].instructions
    # LeetTrack never sends an exercise's tests or solution
    assert data["testCode"] == "" and data["solutionCode"] == ""
    assert "testCode" in response.json()["message"]
    assert portal_ok(await client.get("/api/exercises/fizzbuzz"))["id"] == "fizzbuzz"
    missing = await client.get("/api/exercises/E10_unknown")
    assert "no equivalent" in portal_error(missing, 404, "NOT_FOUND")["error"]
    portal_error(await client.get("/api/exercises/no-such-exercise"), 404, "NOT_FOUND")


async def test_every_portal_exercise_opens_its_documented_equivalent(
    client: httpx.AsyncClient,
) -> None:
    documented = dict(ID_ROW.findall(COMPATIBILITY.read_text(encoding="utf-8")))
    assert len(documented) == 16  # the Portal's whole curriculum, E0_greet to E9_bug_hunt
    for portal_id, exercise_id in documented.items():
        data = portal_ok(await client.get(f"/api/exercises/{portal_id}/metadata"))
        assert data["id"] == exercise_id, portal_id
        assert data["title"] == BUNDLED[exercise_id].metadata.title


async def test_exercise_metadata(client: httpx.AsyncClient) -> None:
    data = portal_ok(await client.get("/api/exercises/E4_fizzbuzz/metadata"))
    assert data == {
        "id": "fizzbuzz",
        "title": BUNDLED["fizzbuzz"].metadata.title,
        "description": BUNDLED["fizzbuzz"].metadata.description,
        "difficulty": BUNDLED["fizzbuzz"].metadata.difficulty,
        "topics": list(BUNDLED["fizzbuzz"].metadata.topics),
        "order": BUNDLED["fizzbuzz"].metadata.order,
        "estimatedTime": BUNDLED["fizzbuzz"].metadata.estimated_minutes,
        "category": BUNDLED["fizzbuzz"].metadata.category,
    }


async def test_exercises_by_difficulty(client: httpx.AsyncClient) -> None:
    data = portal_ok(await client.get("/api/exercises/difficulty/advanced"))
    expected = {i for i, x in BUNDLED.items() if x.metadata.difficulty == "advanced"}
    assert {item["id"] for item in data} == expected
    portal_error(await client.get("/api/exercises/difficulty/expert"), 422, "VALIDATION_ERROR")


async def test_topics(client: httpx.AsyncClient) -> None:
    data = portal_ok(await client.get("/api/topics"))
    assert data == sorted({topic for x in BUNDLED.values() for topic in x.metadata.topics})


async def test_catalog_stats(client: httpx.AsyncClient) -> None:
    data = portal_ok(await client.get("/api/stats"))
    minutes = [x.metadata.estimated_minutes for x in BUNDLED.values()]
    assert data["total"] == len(BUNDLED)
    assert data["totalTime"] == sum(minutes)
    assert data["averageTime"] == round(sum(minutes) / len(minutes))
    assert sum(data["byDifficulty"].values()) == len(BUNDLED)
    assert data["conceptCoverage"]["recursion"] == sum(
        "recursion" in x.metadata.topics for x in BUNDLED.values()
    )


async def test_refresh_catalog(app: FastAPI, client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    portal_error(await client.post("/api/refresh", headers=user["headers"]), 403, "FORBIDDEN")
    await make_admin(app, int(user["user"]["id"]))
    data = portal_ok(await client.post("/api/refresh", headers=user["headers"]))
    assert data == {"count": len(BUNDLED), "created": 0, "updated": 0}


# --- running code -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/exercises/run", "/api/execute"])
@sandboxed
async def test_run_code(client: httpx.AsyncClient, path: str) -> None:
    user = await portal_user(client)
    body = {"code": "import sys\nprint('hi')\nprint('oops', file=sys.stderr)", "exerciseId": "x"}
    data = portal_ok(await client.post(path, json=body, headers=user["headers"]))
    assert data["success"] is True
    assert data["output"] == "hi\n" and data["errors"] == "oops\n"
    assert data["executionTime"] > 0
    assert data.get("testResult") is None
    failing = portal_ok(
        await client.post(path, json={"code": "raise SystemExit(3)"}, headers=user["headers"])
    )
    assert failing["success"] is False
    anonymous = await client.post(path, json={"code": "print(1)"})
    portal_error(anonymous, 401, "UNAUTHORIZED")


@sandboxed
async def test_run_with_run_tests_grades_the_exercise(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    wrong = portal_ok(
        await client.post(
            "/api/exercises/run",
            json={
                "code": "def fizzbuzz(n):\n    return []\n",
                "exerciseId": "E4_fizzbuzz",
                "runTests": True,
            },
            headers=user["headers"],
        )
    )
    result = wrong["testResult"]
    assert wrong["success"] is False and result["passed"] is False
    assert set(result) >= {"passed", "output", "executionTime", "testCases"}
    assert result["testCases"] and all(set(c) >= {"name", "passed"} for c in result["testCases"])
    assert not all(case["passed"] for case in result["testCases"])
    right = portal_ok(
        await client.post(
            "/api/exercises/run",
            json={
                "code": BUNDLED["fizzbuzz"].solution_code,
                "exerciseId": "fizzbuzz",
                "runTests": True,
            },
            headers=user["headers"],
        )
    )
    assert right["success"] is True and right["testResult"]["passed"] is True
    assert all(
        case["passed"] and case["error"] is None for case in right["testResult"]["testCases"]
    )
    no_exercise = await client.post(
        "/api/exercises/run", json={"code": "print(1)", "runTests": True}, headers=user["headers"]
    )
    portal_error(no_exercise, 400, "BAD_REQUEST")


@sandboxed
async def test_test_code(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    graded = portal_ok(
        await client.post(
            "/api/exercises/test",
            json={"code": BUNDLED["leap-year"].solution_code, "exerciseId": "E3_leap_year"},
            headers=user["headers"],
        )
    )
    assert graded["success"] is True and graded["testResult"]["passed"] is True
    progress = portal_ok(await client.get("/api/progress", headers=user["headers"]))
    assert [(p["exerciseId"], p["completed"], p["attempts"]) for p in progress] == [
        ("leap-year", True, 1)
    ]


async def test_execute_refuses_test_code(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    response = await client.post(
        "/api/execute",
        json={
            "code": "x = 1",
            "exerciseId": "E0_greet",
            "runTests": True,
            "testCode": "import starter",
        },
        headers=user["headers"],
    )
    assert "testCode" in portal_error(response, 400, "BAD_REQUEST")["error"]


# --- progress -----------------------------------------------------------------------------


async def test_list_progress(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    assert portal_ok(await client.get("/api/progress", headers=user["headers"])) == []
    await client.post(
        "/api/progress",
        json={"exerciseId": "E2_initials", "completed": False, "timeSpent": 30},
        headers=user["headers"],
    )
    [entry] = portal_ok(await client.get("/api/progress", headers=user["headers"]))
    assert entry == {
        "userId": user["user"]["id"],
        "exerciseId": "initials",
        "completed": False,
        "attempts": 0,
        "bestSolution": None,
        "completedAt": None,
        "timeSpent": 0,
    }
    portal_error(await client.get("/api/progress"), 401, "UNAUTHORIZED")


async def test_update_progress(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    data = portal_ok(
        await client.post(
            "/api/progress",
            json={"exerciseId": "E4_fizzbuzz", "completed": True, "timeSpent": 120},
            headers=user["headers"],
        )
    )
    assert data["exerciseId"] == "fizzbuzz" and data["completed"] is True
    assert data["completedAt"] is not None and data["userId"] == user["user"]["id"]
    mapped = await client.post(
        "/api/progress",
        json={"exerciseId": "E6_set_ops", "completed": True, "timeSpent": 1},
        headers=user["headers"],
    )
    assert portal_ok(mapped)["exerciseId"] == "set-operations"
    unknown = await client.post(
        "/api/progress",
        json={"exerciseId": "E10_unknown", "completed": True, "timeSpent": 1},
        headers=user["headers"],
    )
    portal_error(unknown, 404, "NOT_FOUND")
    negative = await client.post(
        "/api/progress",
        json={"exerciseId": "fizzbuzz", "completed": True, "timeSpent": -5},
        headers=user["headers"],
    )
    portal_error(negative, 422, "VALIDATION_ERROR")


async def test_progress_stats(client: httpx.AsyncClient) -> None:
    user = await portal_user(client)
    await client.post(
        "/api/progress",
        json={"exerciseId": "E3_grade_mapper", "completed": True, "timeSpent": 60},
        headers=user["headers"],
    )
    data = portal_ok(await client.get("/api/progress/stats", headers=user["headers"]))
    assert data["totalExercises"] == len(BUNDLED)
    assert data["totalExercisesCompleted"] == 1
    assert data["byDifficulty"]["beginner"]["completed"] == 1
    assert {"successRate", "totalTimeSpent", "lastActivityAt"} <= set(data)
    login = portal_ok(
        await client.post(
            "/api/auth/login", json={"username": user["user"]["username"], "password": PASSWORD}
        )
    )
    assert login["user"]["totalExercisesCompleted"] == 1


# --- health and metrics -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/health", "/health/ready", "/health/deps"])
async def test_health(client: httpx.AsyncClient, path: str) -> None:
    data = portal_ok(await client.get(path))
    assert data["status"] in ("ok", "healthy", "ready")


async def test_metrics(client: httpx.AsyncClient) -> None:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert "# TYPE" in response.text


# --- errors -------------------------------------------------------------------------------


async def test_errors_never_take_the_native_shape(client: httpx.AsyncClient) -> None:
    broken = await client.post(
        "/api/auth/login", content=b"{not json", headers={"content-type": "application/json"}
    )
    portal_error(broken, 422, "VALIDATION_ERROR")
    portal_error(await client.get("/api/nothing-here"), 404, "NOT_FOUND")
    portal_error(await client.delete("/api/exercises"), 405, "METHOD_NOT_ALLOWED")
    native = await client.get("/api/v1/exercises/nope")
    assert native.json()["error"]["code"] == "NOT_FOUND"  # /api/v1 keeps its own envelope
