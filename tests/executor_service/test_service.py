"""Executor-service mode end to end: `leettrack executor` as a real process, the API pointed at
it with EXECUTOR_SERVICE_URL, and what happens when it is busy, slow or gone."""

from __future__ import annotations

import asyncio

import httpx

from leettrack.executor.backend import RemoteExecutor
from leettrack.exercises.content import load_exercises
from tests.executor_service.conftest import Api, StartExecutor, seed
from tests.helpers import PASSWORD, LiveServer, register, server_env
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

FIZZBUZZ = next(e for e in load_exercises() if e.metadata.id == "fizzbuzz")
SLEEPER = "import time\ntime.sleep(30)"


def test_a_real_api_server_runs_code_in_a_real_executor(
    start_executor: StartExecutor, database_url: str
) -> None:
    asyncio.run(seed(database_url))
    executor = start_executor()
    server = LiveServer(server_env(database_url, EXECUTOR_SERVICE_URL=executor.base_url))
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            user = http.post(
                "/api/v1/auth/register",
                json={"username": "ada", "email": "ada@example.com", "password": PASSWORD},
            ).json()["data"]
            auth = {"Authorization": f"Bearer {user['access_token']}"}
            run = http.post(
                "/api/v1/exercises/run",
                json={"code": "print(input()[::-1])", "stdin": "olleh"},
                headers=auth,
            )
            assert run.status_code == 200, run.text
            assert (run.json()["data"]["status"], run.json()["data"]["stdout"]) == ("ok", "hello\n")
            graded = http.post(
                "/api/v1/exercises/test",
                json={"exercise_id": "fizzbuzz", "code": FIZZBUZZ.solution_code},
                headers=auth,
            ).json()["data"]
            assert graded["passed"] is True
            assert graded["progress"]["status"] == "completed"
            deps = http.get("/health/deps").json()["data"]["dependencies"]
            assert deps["executor"]["status"] == "ok"

            executor.stop()
            gone = http.post("/api/v1/exercises/run", json={"code": "print(1)"}, headers=auth)
            assert gone.status_code == 503
            assert gone.json()["error"]["code"] == "EXECUTOR_UNAVAILABLE"
            assert int(gone.headers["Retry-After"]) >= 1
            deps = http.get("/health/deps").json()["data"]
            assert deps["status"] == "degraded"
            assert deps["dependencies"]["executor"]["status"] == "down"
            assert http.get("/health").status_code == 200
    finally:
        server.stop()


async def test_same_answers_as_in_process(
    start_executor: StartExecutor, api: Api, client: httpx.AsyncClient
) -> None:
    executor = start_executor()
    app, remote = await api(executor.base_url)
    assert isinstance(app.state.executor, RemoteExecutor)
    user = await register(remote)
    for http in (remote, client):
        answers = [
            await http.post("/api/v1/exercises/run", json=body, headers=user["headers"])
            for body in (
                {"code": "print(2 + 2)"},
                {"code": "raise KeyError('k')"},
                {"code": SLEEPER, "timeout_ms": 300},
                {"code": "#" * 70_000},
                {"code": "pass", "timeout_ms": 60_000},
            )
        ]
        assert [answer.status_code for answer in answers] == [200, 200, 200, 413, 422]
        assert [answer.json()["data"]["status"] for answer in answers[:3]] == [
            "ok",
            "runtime_error",
            "timeout",
        ]
        assert answers[0].json()["data"]["stdout"] == "4\n"
        assert "KeyError" in answers[1].json()["data"]["stderr"]
        assert answers[3].json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
        failed = await http.post(
            "/api/v1/exercises/test",
            json={"exercise_id": "fizzbuzz", "code": FIZZBUZZ.starter_code},
            headers=user["headers"],
        )
        assert failed.json()["data"]["passed"] is False
    history = await remote.get("/api/v1/exercises/fizzbuzz/submissions", headers=user["headers"])
    assert history.json()["meta"]["total"] == 2  # both apps share the database


async def test_reference_answers_through_the_service(
    start_executor: StartExecutor, api: Api
) -> None:
    executor = start_executor()
    app, _ = await api(executor.base_url)
    cases = [{"name": "a", "call": "fizzbuzz", "args": [3]}, {"name": "b", "expr": "1 / 0"}]
    remote = await app.state.executor.answer_cases(FIZZBUZZ.solution_code, cases)
    assert remote == [{"value": ["1", "2", "Fizz"]}, {"raised": "ZeroDivisionError"}]


async def test_twenty_concurrent_runs_through_the_service(
    start_executor: StartExecutor, api: Api
) -> None:
    executor = start_executor()
    _, http = await api(executor.base_url)
    user = await register(http)
    answers = await asyncio.gather(
        *(
            http.post(
                "/api/v1/exercises/run", json={"code": f"print({n} + 1)"}, headers=user["headers"]
            )
            for n in range(20)
        )
    )
    assert [answer.status_code for answer in answers] == [200] * 20
    assert [answer.json()["data"]["stdout"] for answer in answers] == [
        f"{n + 1}\n" for n in range(20)
    ]


async def test_a_full_service_queue_is_503_with_retry_after(
    start_executor: StartExecutor, api: Api
) -> None:
    executor = start_executor(EXECUTOR_MAX_CONCURRENCY="1", EXECUTOR_MAX_QUEUE="0")
    _, http = await api(executor.base_url)
    user = await register(http)
    slow = asyncio.create_task(
        http.post(
            "/api/v1/exercises/run",
            json={"code": SLEEPER, "timeout_ms": 2000},
            headers=user["headers"],
        )
    )
    async with httpx.AsyncClient(base_url=executor.base_url) as direct:
        while (await direct.get("/health")).json()["data"]["in_flight"] == 0:
            await asyncio.sleep(0.02)
    busy = await http.post(
        "/api/v1/exercises/run", json={"code": "print(1)"}, headers=user["headers"]
    )
    assert busy.status_code == 503
    assert busy.json()["error"]["code"] == "EXECUTOR_UNAVAILABLE"
    assert "busy" in busy.json()["error"]["message"]
    assert int(busy.headers["Retry-After"]) >= 1
    assert (await slow).json()["data"]["status"] == "timeout"


async def test_a_slow_service_is_503_after_executor_timeout(
    start_executor: StartExecutor, api: Api
) -> None:
    executor = start_executor()
    _, http = await api(executor.base_url, executor_timeout=500)
    user = await register(http)
    response = await http.post(
        "/api/v1/exercises/run", json={"code": SLEEPER, "timeout_ms": 3000}, headers=user["headers"]
    )
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "EXECUTOR_UNAVAILABLE"
    assert "500 ms" in response.json()["error"]["message"]


async def test_an_unreachable_service_counts_no_attempt(
    start_executor: StartExecutor, api: Api
) -> None:
    executor = start_executor()
    executor.stop()
    _, http = await api(executor.base_url)
    user = await register(http)
    response = await http.post(
        "/api/v1/exercises/test",
        json={"exercise_id": "fizzbuzz", "code": FIZZBUZZ.solution_code},
        headers=user["headers"],
    )
    assert (response.status_code, response.json()["error"]["code"]) == (
        503,
        "EXECUTOR_UNAVAILABLE",
    )
    progress = await http.get("/api/v1/progress", headers=user["headers"])
    assert progress.json()["meta"]["total"] == 0
    history = await http.get("/api/v1/exercises/fizzbuzz/submissions", headers=user["headers"])
    assert history.json()["meta"]["total"] == 0


async def test_the_service_alone(start_executor: StartExecutor) -> None:
    # the service always runs code itself, whatever EXECUTOR_SERVICE_URL says
    executor = start_executor(EXECUTOR_SERVICE_URL="http://127.0.0.1:9", EXECUTOR_MAX_QUEUE="5")
    async with httpx.AsyncClient(base_url=executor.base_url, timeout=30) as http:
        health = (await http.get("/health")).json()["data"]
        assert health["status"] == "ok" and health["sandbox"] == "bwrap"
        assert health["max_queue"] == 5 and health["in_flight"] == 0
        ran = await http.post("/execute", json={"mode": "run", "code": "print(7 * 6)"})
        assert ran.json()["data"]["stdout"] == "42\n"
        graded = await http.post(
            "/execute",
            json={"mode": "test", "code": FIZZBUZZ.solution_code, "cases": FIZZBUZZ.cases},
        )
        assert graded.json()["data"]["summary"]["failed"] == 0
        for body, status in (
            ({"mode": "test", "code": "x = 1", "cases": [{"name": "no kind"}]}, 422),
            ({"mode": "test", "code": "x = 1", "cases": []}, 422),
            ({"mode": "compile", "code": "x = 1"}, 422),
            ({"mode": "run", "code": "#" * 70_000}, 413),
        ):
            response = await http.post("/execute", json=body)
            assert response.status_code == status, response.text
            assert response.json()["success"] is False
