"""Graceful shutdown of a real server: on SIGTERM, requests in flight finish (a slow LeetCode
call, a sandbox run), runs still going when the grace period ends are killed, the process
exits, and none of its processes is left behind."""

from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import LiveServer, server_env
from tests.production.conftest import seed_exercises_into

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]


def descendants(root: int) -> set[tuple[int, str]]:
    """(pid, start time) of every process under `root`; the start time tells a reused pid."""
    children: dict[int, list[int]] = {}
    started: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        started[int(entry.name)] = fields[19]
    found, pending = set(), [root]
    while pending:
        for child in children.get(pending.pop(), []):
            found.add((child, started[child]))
            pending.append(child)
    return found


def alive(processes: set[tuple[int, str]]) -> set[tuple[int, str]]:
    still = set()
    for pid, start in processes:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[19] == start and fields[0] != "Z":
            still.add((pid, start))
    return still


def sign_in(http: httpx.Client) -> dict[str, str]:
    account = {"username": "stopper", "email": "stopper@example.com", "password": "x" * 12}
    token = http.post("/api/v1/auth/register", json=account).json()["data"]["access_token"]
    return {"Authorization": f"Bearer {token}"}


def wait_for_sandbox(server: LiveServer, timeout: float = 10) -> set[tuple[int, str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = descendants(server.process.pid)
        if any(Path(_command(pid).split(" ", 1)[0]).name == "bwrap" for pid, _ in tree):
            return tree
        time.sleep(0.05)
    raise AssertionError("no sandbox started")


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.fixture
async def env(database_url: str, fake_leetcode: FakeLeetCode) -> dict[str, str]:
    await seed_exercises_into(database_url)
    return server_env(database_url, LEETCODE_GRAPHQL_URL=fake_leetcode.url, LEETCODE_TIMEOUT="10")


def test_requests_in_flight_finish_before_the_process_exits(env, fake_leetcode):
    server = LiveServer(env)
    with httpx.Client(base_url=server.base_url, timeout=30) as http, ThreadPoolExecutor(2) as pool:
        auth = sign_in(http)
        fake_leetcode.set_fault(Fault.SLOW, delay=2.0)
        slow_lookup: Future[httpx.Response] = pool.submit(
            http.get, "/api/v1/leetcode/problem/two-sum"
        )
        slow_run: Future[httpx.Response] = pool.submit(
            http.post,
            "/api/v1/exercises/run",
            json={"code": "import time\ntime.sleep(1.5)\nprint('finished')"},
            headers=auth,
        )
        tree = wait_for_sandbox(server)
        server.process.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        with pytest.raises(httpx.TransportError):  # no new connections once stopping
            httpx.get(server.base_url + "/health", timeout=2)
        lookup, run = slow_lookup.result(30), slow_run.result(30)
    assert server.process.wait(15) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    server.stop()
    assert lookup.status_code == 200
    assert lookup.json()["data"]["title"] == "Two Sum"
    assert run.status_code == 200
    assert run.json()["data"]["status"] == "ok"
    assert run.json()["data"]["stdout"] == "finished\n"
    assert not alive(tree)


def test_runs_past_the_grace_period_are_killed(env):
    server = LiveServer(env | {"GRACEFUL_SHUTDOWN_SECONDS": "1"})
    answers: list[httpx.Response | Exception] = []
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        auth = sign_in(http)

        def endless() -> None:
            try:
                answers.append(
                    http.post(
                        "/api/v1/exercises/run",
                        json={"code": "import time\ntime.sleep(9)"},
                        headers=auth,
                    )
                )
            except httpx.TransportError as exc:
                answers.append(exc)

        caller = threading.Thread(target=endless)
        caller.start()
        tree = wait_for_sandbox(server)
        stopped_at = time.monotonic()
        os.kill(server.process.pid, signal.SIGTERM)
        assert server.process.wait(15) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
        took = time.monotonic() - stopped_at
        caller.join(15)
    output = server.stop()
    assert took < 6, f"shutdown took {took:.1f}s"  # the grace period, not the 9 s sleep
    assert not alive(tree), [_command(pid) for pid, _ in alive(tree)]
    # the cancelled request was answered: retry elsewhere
    [answer] = answers
    assert isinstance(answer, httpx.Response), answer
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "SERVICE_UNAVAILABLE"
    assert answer.headers["Retry-After"] == "1"
    assert "leettrack.errors" not in output  # nothing failed in the application itself
