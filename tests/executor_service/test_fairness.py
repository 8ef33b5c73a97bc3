"""Fair shares and the executor service's secret: a flood of runs from one user delays that user
only (the others' runs keep succeeding; the flooder gets 429 RATE_LIMITED with Retry-After, not a
503 for everybody), in process and through `leettrack executor`, which only answers callers that
hold EXECUTOR_SECRET."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from leettrack.app import create_app
from leettrack.executor.sandbox import Sandbox
from leettrack.executor.service import create_executor_app
from leettrack.settings import Settings
from tests.executor_service.conftest import Api, StartExecutor
from tests.helpers import TEST_JWT_SECRET, register
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

RUN = "/api/v1/exercises/run"
SPINNER = "while True:\n    pass"
SECRET = "s" * 40
FILTERED = (  # personality(0xffffffff) only asks, and succeeds without the filter
    "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
    "print(ctypes.get_errno() if libc.syscall(135, 0xFFFFFFFF) == -1 else 0)"
)


async def flood(http: httpx.AsyncClient, user: dict[str, Any], runs: int) -> list[httpx.Response]:
    return await asyncio.gather(
        *(
            http.post(RUN, json={"code": SPINNER, "timeout_ms": 1500}, headers=user["headers"])
            for _ in range(runs)
        )
    )


async def trivial_runs(http: httpx.AsyncClient, user: dict[str, Any], count: int) -> list[float]:
    """``count`` sequential print(1) runs; each must succeed. Their durations in seconds."""
    durations = []
    for _ in range(count):
        started = time.perf_counter()
        response = await http.post(RUN, json={"code": "print(1)"}, headers=user["headers"])
        durations.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
        assert (response.json()["data"]["status"], response.json()["data"]["stdout"]) == (
            "ok",
            "1\n",
        )
    return durations


def assert_flooder_was_limited(answers: list[httpx.Response]) -> None:
    statuses = {answer.status_code for answer in answers}
    assert statuses <= {200, 429}, statuses
    refused = [answer for answer in answers if answer.status_code == 429]
    assert refused, "the flood was never limited"
    assert {answer.json()["error"]["code"] for answer in refused} == {"RATE_LIMITED"}
    assert all(int(answer.headers["Retry-After"]) >= 1 for answer in refused)
    ran = [answer.json()["data"]["status"] for answer in answers if answer.status_code == 200]
    assert set(ran) == {"timeout"}


@pytest.mark.slow
async def test_a_flood_from_one_user_delays_only_that_user(settings: Settings) -> None:
    app = create_app(
        settings.model_copy(
            update={
                "executor_max_concurrency": 4,
                "executor_max_per_user": 2,
                "executor_max_waiting_per_user": 4,
            }
        )
    )
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http,
    ):
        flooder, other = await register(http), await register(http)
        flooding = asyncio.create_task(flood(http, flooder, 50))
        pool = app.state.executor.pool
        while pool.in_flight < 2:
            await asyncio.sleep(0.01)
        durations = await trivial_runs(http, other, 10)
        assert max(durations) < 3.0, durations  # a flooder's run alone takes 1.5 s
        assert_flooder_was_limited(await flooding)


async def test_the_service_keeps_each_users_share(start_executor: StartExecutor, api: Api) -> None:
    executor = start_executor(
        EXECUTOR_MAX_CONCURRENCY="2",
        EXECUTOR_MAX_PER_USER="1",
        EXECUTOR_MAX_WAITING_PER_USER="0",
        EXECUTOR_SECRET=SECRET,
    )
    _, http = await api(executor.base_url, executor_secret=SecretStr(SECRET))
    flooder, other = await register(http), await register(http)
    slow = asyncio.create_task(
        http.post(RUN, json={"code": SPINNER, "timeout_ms": 2000}, headers=flooder["headers"])
    )
    async with httpx.AsyncClient(
        base_url=executor.base_url, headers={"Authorization": f"Bearer {SECRET}"}
    ) as direct:
        while (await direct.get("/health")).json()["data"]["in_flight"] == 0:
            await asyncio.sleep(0.02)
    refused = await http.post(RUN, json={"code": "print(1)"}, headers=flooder["headers"])
    assert refused.status_code == 429, refused.text
    assert refused.json()["error"]["code"] == "RATE_LIMITED"
    assert int(refused.headers["Retry-After"]) >= 1
    await trivial_runs(http, other, 3)
    assert (await slow).json()["data"]["status"] == "timeout"


async def test_the_service_answers_only_holders_of_the_secret(
    start_executor: StartExecutor,
    api: Api,
) -> None:
    executor = start_executor(EXECUTOR_SECRET=SECRET)
    body = {"mode": "run", "code": "print(1)"}
    async with httpx.AsyncClient(base_url=executor.base_url, timeout=30) as http:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": SECRET}):
            answer = await http.post("/execute", json=body, headers=headers)
            assert answer.status_code == 401, answer.text
            assert answer.json()["success"] is False
            assert answer.json()["error"]["code"] == "UNAUTHORIZED"
            assert SECRET not in answer.text
        health = (await http.get("/health")).json()["data"]
        assert health["limits"] == Sandbox().limits_kind  # the same isolation as in process
        ran = await http.post(
            "/execute",
            json={"mode": "run", "code": FILTERED},
            headers={"Authorization": f"Bearer {SECRET}"},
        )
        assert ran.json()["data"]["stdout"] == "1\n"  # EPERM: the syscall filter holds there too
    _, wrong = await api(executor.base_url, executor_secret=SecretStr("x" * 40))
    user = await register(wrong)
    answer = await wrong.post(RUN, json={"code": "print(1)"}, headers=user["headers"])
    assert (answer.status_code, answer.json()["error"]["code"]) == (502, "UPSTREAM_ERROR")
    _, right = await api(executor.base_url, executor_secret=SecretStr(SECRET))
    answer = await right.post(RUN, json={"code": "print(1)"}, headers=user["headers"])
    assert answer.json()["data"]["stdout"] == "1\n"


def test_production_refuses_an_executor_service_without_a_secret(settings: Settings) -> None:
    production = settings.model_copy(
        update={"app_env": "production", "jwt_secret": TEST_JWT_SECRET}
    )
    for secret in (None, "short"):
        with pytest.raises(RuntimeError, match="EXECUTOR_SECRET"):
            wrapped = None if secret is None else SecretStr(secret)
            create_executor_app(production.model_copy(update={"executor_secret": wrapped}))
    app: FastAPI = create_executor_app(
        production.model_copy(update={"executor_secret": SecretStr(SECRET)})
    )
    assert app.title == "LeetTrack executor"
