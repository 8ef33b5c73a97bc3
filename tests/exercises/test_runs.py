"""POST /exercises/run through the real sandbox: statuses, bounds, concurrency, a full queue and
a missing bubblewrap."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

import leettrack
from leettrack.executor.backend import LocalExecutor
from leettrack.settings import Settings
from tests.exercises.conftest import MakeClient
from tests.helpers import register
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

RUN = "/api/v1/exercises/run"
RUN_KEYS = {
    "status",
    "exit_code",
    "stdout",
    "stderr",
    "stdout_truncated",
    "stderr_truncated",
    "duration_ms",
    "memory_kb",
}


async def run(
    client: httpx.AsyncClient, user: dict[str, Any], **body: Any
) -> tuple[int, dict[str, Any]]:
    response = await client.post(RUN, json=body, headers=user["headers"])
    return response.status_code, response.json()


async def test_runs_need_a_login(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    response = await client.post(RUN, json={"code": "print(1)"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "UNAUTHORIZED"


async def test_a_program_with_stdin(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    code = "name = input()\nprint(f'Hello, {name}!')\nimport sys\nprint('note', file=sys.stderr)"
    status, body = await run(client, learner, code=code, stdin="Ada\n")
    assert status == 200
    data = body["data"]
    assert set(data) == RUN_KEYS
    assert (data["status"], data["exit_code"]) == ("ok", 0)
    assert (data["stdout"], data["stderr"]) == ("Hello, Ada!\n", "note\n")
    assert data["stdout_truncated"] is data["stderr_truncated"] is False
    assert data["duration_ms"] > 0 and data["memory_kb"] > 0


@pytest.mark.parametrize(
    ("code", "timeout_ms", "status", "exit_code"),
    [
        ("raise ValueError('no')", None, "runtime_error", 1),
        ("import sys; sys.exit(3)", None, "runtime_error", 3),
        ("while True: pass", 300, "timeout", None),
        ("import time; time.sleep(30)", 300, "timeout", None),
        ("x = bytearray(1 << 30)", None, "memory_limit", 1),
        ("print('x' * (1 << 20))", None, "output_limit", None),
    ],
)
async def test_each_status(
    client: httpx.AsyncClient,
    learner: dict[str, Any],
    code: str,
    timeout_ms: int | None,
    status: str,
    exit_code: int | None,
) -> None:
    http_status, body = await run(client, learner, code=code, timeout_ms=timeout_ms)
    assert http_status == 200, body
    assert body["data"]["status"] == status, body
    if status != "output_limit":
        assert body["data"]["exit_code"] == exit_code
    if status == "timeout":
        assert body["data"]["duration_ms"] < 3000


async def test_a_runaway_program_is_stopped_by_the_default_wall_clock(
    make_client: MakeClient,
) -> None:
    _, http = await make_client(executor_wall_seconds=1.0)
    user = await register(http)
    started = time.perf_counter()
    status, body = await run(http, user, code="import time; time.sleep(30)")
    assert (status, body["data"]["status"]) == (200, "timeout")
    assert time.perf_counter() - started < 5


async def test_code_and_stdin_over_64_kib_are_413(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    fits = "#" * (64 * 1024 - 1) + "\n"
    status, body = await run(client, learner, code=fits)
    assert (status, body["data"]["status"]) == (200, "ok")
    for body_fields in ({"code": fits + "#"}, {"code": "pass", "stdin": "é" * 40_000}):
        status, body = await run(client, learner, **body_fields)
        assert status == 413
        assert body["error"]["code"] == "PAYLOAD_TOO_LARGE"


@pytest.mark.parametrize("timeout_ms", [0, 99, 10_001, 600_001])
async def test_timeout_out_of_bounds_is_422(
    client: httpx.AsyncClient, learner: dict[str, Any], timeout_ms: int
) -> None:
    status, body = await run(client, learner, code="pass", timeout_ms=timeout_ms)
    assert status == 422
    assert body["error"]["code"] == "VALIDATION_ERROR"
    assert body["error"]["details"]["fields"][0]["field"] == "timeout_ms"


async def test_missing_code_is_422(client: httpx.AsyncClient, learner: dict[str, Any]) -> None:
    status, body = await run(client, learner, stdin="x")
    assert status == 422
    assert body["error"]["details"]["fields"][0]["field"] == "code"


async def test_twenty_concurrent_runs_are_all_answered(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    answers = await asyncio.gather(
        *(run(client, learner, code=f"print({n} * {n})") for n in range(20))
    )
    assert [status for status, _ in answers] == [200] * 20
    assert [body["data"]["stdout"] for _, body in answers] == [f"{n * n}\n" for n in range(20)]


async def test_a_full_queue_is_503_with_retry_after(make_client: MakeClient) -> None:
    app, http = await make_client(executor_max_concurrency=1, executor_max_queue=0)
    user = await register(http)
    pool = app.state.executor.pool
    assert isinstance(app.state.executor, LocalExecutor)
    slow = asyncio.create_task(run(http, user, code="import time; time.sleep(30)", timeout_ms=1500))
    while pool.in_flight == 0:
        await asyncio.sleep(0.01)
    status, body = await run(http, user, code="print(1)")
    assert status == 503
    assert body["error"]["code"] == "EXECUTOR_UNAVAILABLE"
    response = await http.post(RUN, json={"code": "print(1)"}, headers=user["headers"])
    assert int(response.headers["Retry-After"]) >= 1
    assert (await slow)[1]["data"]["status"] == "timeout"
    status, body = await run(http, user, code="print(2)")
    assert (status, body["data"]["stdout"]) == (200, "2\n")


async def test_without_bubblewrap_runs_are_refused_clearly(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no bwrap to be found
    _, http = await make_client()
    user = await register(http)
    status, body = await run(http, user, code="print(1)")
    assert status == 503
    assert body["error"]["code"] == "EXECUTOR_UNAVAILABLE"
    assert "bubblewrap" in body["error"]["message"]
    test = await http.post(
        "/api/v1/exercises/test",
        json={"exercise_id": "hello-world", "code": "print(1)"},
        headers=user["headers"],
    )
    assert (test.status_code, test.json()["error"]["code"]) == (503, "EXECUTOR_UNAVAILABLE")


async def test_a_long_run_holds_no_database_connection(make_client: MakeClient) -> None:
    _, http = await make_client(
        database_pool_size=1, database_max_overflow=0, executor_wall_seconds=2.0
    )
    user = await register(http)
    sleeper = "import time\ntime.sleep(30)"
    slow = [
        asyncio.create_task(run(http, user, code=sleeper)),
        asyncio.create_task(
            http.post(
                "/api/v1/exercises/test",
                json={"exercise_id": "fizzbuzz", "code": sleeper},
                headers=user["headers"],
            )
        ),
    ]
    await asyncio.sleep(0.5)
    started = time.perf_counter()
    listed = await http.get("/api/v1/progress", headers=user["headers"])
    assert listed.status_code == 200
    assert time.perf_counter() - started < 1.0
    assert all(not task.done() for task in slow)
    assert (await slow[0])[1]["data"]["status"] == "timeout"
    assert (await slow[1]).json()["data"]["status"] == "timeout"


async def test_no_isolation_only_when_asked_and_never_in_production(
    make_client: MakeClient,
) -> None:
    app, http = await make_client(executor_sandbox="none")
    assert app.state.executor.pool.sandbox.isolation == "none"
    status, body = await run(http, await register(http), code="print(6 * 7)")
    assert (status, body["data"]["stdout"]) == (200, "42\n")
    with pytest.raises(ValidationError, match="EXECUTOR_SANDBOX=none"):
        Settings(
            _env_file=None,  # type: ignore[call-arg]
            app_env="production",
            jwt_secret="p" * 40,
            executor_sandbox="none",
        )


async def test_hostile_programs_through_the_api_leave_it_healthy(
    client: httpx.AsyncClient, learner: dict[str, Any], settings: Settings
) -> None:
    source = Path(leettrack.__file__).resolve()
    database = settings.database_url.removeprefix("sqlite:///")
    fork_bomb = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"
    )
    probes = {
        fork_bomb: {"timeout"},
        f"print(open({str(source)!r}).read())": {"runtime_error"},
        f"print(open({database!r}, 'rb').read()[:16])": {"runtime_error"},
        "import os\nprint(sorted(os.environ.items()))\nprint(open('/proc/1/environ').read())": {
            "ok",
            "runtime_error",
        },
    }
    for code, statuses in probes.items():
        status, body = await run(client, learner, code=code, timeout_ms=1500)
        assert status == 200 and body["data"]["status"] in statuses, body
        assert settings.jwt_secret not in body["data"]["stdout"] + body["data"]["stderr"]
    assert (await client.get("/health")).status_code == 200
    status, body = await run(client, learner, code="print('still here')")
    assert (status, body["data"]["stdout"]) == (200, "still here\n")
