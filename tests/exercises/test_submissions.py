"""POST /exercises/test: grading through the real sandbox, stored submissions, the progress
it updates (also under concurrency), and who may read a submission."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from leettrack.exercises.content import generated_cases
from tests.exercises.conftest import bundled
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

TEST = "/api/v1/exercises/test"
EXERCISE = "fizzbuzz"
GENERATOR = bundled(EXERCISE).generator
assert GENERATOR is not None
# Examples, then hidden cases, then generated ones (fizzbuzz draws as many for every seed).
NAMES = [case["name"] for case in [*bundled(EXERCISE).cases, *generated_cases(GENERATOR, 0)]]
CASES = len(NAMES)
SOLUTION = bundled(EXERCISE).solution_code
STARTER = bundled(EXERCISE).starter_code


async def submit(
    client: httpx.AsyncClient, user: dict[str, Any], code: str, exercise_id: str = EXERCISE
) -> httpx.Response:
    return await client.post(
        TEST, json={"exercise_id": exercise_id, "code": code}, headers=user["headers"]
    )


async def progress_of(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str = EXERCISE
) -> dict[str, Any]:
    response = await client.get("/api/v1/progress", headers=user["headers"])
    rows = [row for row in response.json()["data"] if row["exercise_id"] == exercise_id]
    assert len(rows) == 1
    return rows[0]


async def test_a_failing_submission(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    response = await submit(client, learner, STARTER)
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["passed"] is False
    assert data["status"] in ("ok", "runtime_error")
    assert data["summary"]["total"] == CASES == len(data["tests"])
    assert data["summary"]["failed"] >= 1
    assert data["summary"]["passed"] + data["summary"]["failed"] == CASES
    assert [test["name"] for test in data["tests"]] == NAMES
    failed = next(test for test in data["tests"] if not test["passed"])
    assert failed["message"] and failed["duration_ms"] >= 0
    assert {"stdout", "stderr", "duration_ms", "submission_id"} <= set(data)
    progress = data["progress"]
    assert (progress["status"], progress["attempts"]) == ("in_progress", 1)
    assert progress["completed_at"] is None and progress["last_code"] == STARTER


async def test_first_full_pass_completes_and_later_failures_keep_it(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    await submit(client, learner, STARTER)
    passed = (await submit(client, learner, SOLUTION)).json()["data"]
    assert passed["passed"] is True and passed["status"] == "ok"
    assert passed["summary"] == {"passed": CASES, "failed": 0, "total": CASES}
    assert all(test["passed"] and test["message"] == "" for test in passed["tests"])
    completed = passed["progress"]
    assert (completed["status"], completed["attempts"]) == ("completed", 2)
    assert completed["completed_at"] is not None and completed["completion_time"] >= 0

    await submit(client, learner, SOLUTION)
    await submit(client, learner, "syntax error(")
    after = await progress_of(client, learner)
    assert after["status"] == "completed" and after["attempts"] == 4
    assert after["completed_at"] == completed["completed_at"]
    assert after["completion_time"] == completed["completion_time"]
    assert after["last_code"] == "syntax error("


async def test_a_program_exercise_is_graded_on_its_output(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    response = await submit(client, learner, bundled("hello-world").solution_code, "hello-world")
    assert response.json()["data"]["passed"] is True


async def test_printing_ok_and_exiting_zero_pass_nothing(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    code = "print('OK')\nprint('all tests passed')\nimport os\nos._exit(0)\n"
    data = (await submit(client, learner, code)).json()["data"]
    assert data["passed"] is False and data["summary"]["passed"] == 0
    assert (await progress_of(client, learner))["status"] == "in_progress"


async def test_bad_requests(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    missing = await client.post(TEST, json={"code": "pass"}, headers=learner["headers"])
    assert missing.status_code == 422
    assert missing.json()["error"]["details"]["fields"][0]["field"] == "exercise_id"
    unknown = await submit(client, learner, "pass", "no-such-exercise")
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "NOT_FOUND")
    too_big = await submit(client, learner, "#" * (64 * 1024 + 1))
    assert (too_big.status_code, too_big.json()["error"]["code"]) == (413, "PAYLOAD_TOO_LARGE")
    anonymous = await client.post(TEST, json={"exercise_id": EXERCISE, "code": "pass"})
    assert anonymous.status_code == 401
    listed = await client.get("/api/v1/progress", headers=learner["headers"])
    assert listed.json()["meta"]["total"] == 0  # nothing was counted


async def test_concurrent_submissions_lose_no_attempt(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    codes = [SOLUTION if n % 3 == 0 else STARTER for n in range(12)]
    responses = await asyncio.gather(*(submit(client, learner, code) for code in codes))
    assert [response.status_code for response in responses] == [200] * 12
    ids = {response.json()["data"]["submission_id"] for response in responses}
    assert len(ids) == 12
    progress = await progress_of(client, learner)
    assert (progress["status"], progress["attempts"]) == ("completed", 12)
    history = await client.get(
        f"/api/v1/exercises/{EXERCISE}/submissions",
        params={"limit": 50},
        headers=learner["headers"],
    )
    assert history.json()["meta"]["total"] == 12
    assert sum(item["success"] for item in history.json()["data"]) == 4
    stats = (await client.get("/api/v1/progress/stats", headers=learner["headers"])).json()
    assert stats["data"]["attempts"] == 12
    assert stats["data"]["submissions"] == 12
    assert stats["data"]["successful_submissions"] == 4


async def test_submission_history_and_detail_are_private(
    client: httpx.AsyncClient, learner: dict[str, Any], other: dict[str, Any]
) -> None:
    first = (await submit(client, learner, STARTER)).json()["data"]
    second = (await submit(client, learner, SOLUTION)).json()["data"]
    await submit(client, other, SOLUTION)

    history = await client.get(
        f"/api/v1/exercises/{EXERCISE}/submissions", headers=learner["headers"]
    )
    body = history.json()
    assert body["meta"] == {"total": 2, "limit": 50, "offset": 0}
    assert [item["id"] for item in body["data"]] == [
        second["submission_id"],
        first["submission_id"],
    ]
    newest = body["data"][0]
    assert newest == {
        "id": second["submission_id"],
        "exercise_id": EXERCISE,
        "success": True,
        "tests_passed": CASES,
        "tests_total": CASES,
        "duration_ms": newest["duration_ms"],
        "submitted_at": newest["submitted_at"],
    }

    detail = await client.get(
        f"/api/v1/submissions/{first['submission_id']}", headers=learner["headers"]
    )
    data = detail.json()["data"]
    assert data["code"] == STARTER and data["success"] is False
    assert data["result"] == {key: first[key] for key in data["result"]}
    assert set(data["result"]) == {
        "passed",
        "status",
        "summary",
        "tests",
        "stdout",
        "stderr",
        "duration_ms",
    }

    for path in (f"/api/v1/submissions/{first['submission_id']}", "/api/v1/submissions/999999"):
        hidden = await client.get(path, headers=other["headers"])
        assert (hidden.status_code, hidden.json()["error"]["code"]) == (404, "NOT_FOUND")
    assert (await client.get(path)).status_code == 401
    unknown = await client.get(
        "/api/v1/exercises/no-such-exercise/submissions", headers=learner["headers"]
    )
    assert unknown.status_code == 404


async def test_stats_count_submissions_and_success_rate(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    exercise = bundled("leap-year")
    for code in (exercise.starter_code, exercise.solution_code, exercise.starter_code):
        response = await client.post(
            "/api/v1/exercises/test",
            json={"exercise_id": "leap-year", "code": code},
            headers=learner["headers"],
        )
        assert response.status_code == 200
    data = (await client.get("/api/v1/progress/stats", headers=learner["headers"])).json()["data"]
    assert (data["submissions"], data["successful_submissions"], data["attempts"]) == (3, 1, 3)
    assert data["success_rate"] == 33.3
    assert data["completed"] == 1
    assert data["time_spent_seconds"] >= 0


async def test_runs_and_submissions_are_counted_in_metrics(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    def sample(text: str, name: str) -> float:
        return sum(
            float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name)
        )

    before = (await client.get("/metrics")).text
    await client.post(
        "/api/v1/exercises/run", json={"code": "print(1)"}, headers=learner["headers"]
    )
    await submit(client, learner, SOLUTION)
    await submit(client, learner, STARTER)
    after = (await client.get("/metrics")).text
    runs = 'leettrack_executor_runs_total{status="ok"}'
    assert sample(after, runs) - sample(before, runs) >= 2
    for result, count in (("passed", 1), ("failed", 1)):
        name = f'leettrack_submissions_total{{result="{result}"}}'
        assert sample(after, name) - sample(before, name) == count
