"""ExecutorPool: concurrency, the bounded queue, cancellation and shutdown."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from leettrack.executor import (
    ExecutorBusy,
    ExecutorPool,
    Sandbox,
    SandboxLimits,
    SandboxUnavailable,
    Status,
)
from leettrack.executor.pool import UserBusy
from tests.sandbox.support import QUICK, needs_bwrap, new_marker, processes_with_marker

pytestmark = needs_bwrap


def sleeper(marker: str) -> str:
    """A program that sleeps in a child whose command line carries ``marker``."""
    return (
        "import subprocess, sys\n"
        f"subprocess.run([sys.executable, '-c', 'import time; time.sleep(60)', '{marker}'])\n"
    )


async def wait_until(condition: Callable[[], bool], timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.02)


async def test_twenty_concurrent_runs_are_all_answered() -> None:
    sandbox = Sandbox()
    results = await asyncio.gather(
        *(sandbox.run_code(f"print({n} * {n})", limits=QUICK) for n in range(20))
    )
    assert [result.stdout for result in results] == [f"{n * n}\n" for n in range(20)]
    assert {result.status for result in results} == {Status.OK}


async def test_twenty_concurrent_runs_through_the_pool() -> None:
    pool = ExecutorPool(max_concurrency=4, max_queue=16)
    runs = [pool.run_code(f"print({n} + 1)", limits=QUICK) for n in range(10)]
    tests = [
        pool.run_tests(f"def f():\n    return {n}", [{"name": "f", "call": "f", "expected": n}])
        for n in range(10)
    ]
    results = await asyncio.gather(*runs, *tests)
    assert [result.stdout for result in results[:10]] == [f"{n + 1}\n" for n in range(10)]
    assert all(report.passed for report in results[10:])
    assert (pool.in_flight, pool.queued) == (0, 0)
    await pool.close()


async def test_a_full_queue_refuses_at_once() -> None:
    marker = new_marker()
    pool = ExecutorPool(max_concurrency=1, max_queue=1)
    limits = SandboxLimits(wall_seconds=1)
    running = asyncio.create_task(pool.run_code(sleeper(marker), limits=limits))
    waiting = asyncio.create_task(pool.run_code("print('queued')", limits=limits))
    await wait_until(lambda: (pool.in_flight, pool.queued) == (1, 1))
    started = time.perf_counter()
    with pytest.raises(ExecutorBusy) as busy:
        await pool.run_code("print('refused')")
    assert time.perf_counter() - started < 0.1
    assert busy.value.retry_after_seconds >= 1
    assert (await running).status == Status.TIMEOUT
    assert (await waiting).stdout == "queued\n"
    assert (pool.in_flight, pool.queued) == (0, 0)
    assert processes_with_marker(marker) == []
    await pool.close()


async def test_a_cancelled_caller_leaves_no_sandbox_behind() -> None:
    marker = new_marker()
    pool = ExecutorPool(max_concurrency=2)
    task = asyncio.create_task(pool.run_code(sleeper(marker)))
    await wait_until(lambda: processes_with_marker(marker) != [])
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert processes_with_marker(marker) == []
    assert (pool.in_flight, pool.queued) == (0, 0)
    await pool.close()


async def test_close_kills_running_sandboxes_and_refuses_new_runs() -> None:
    marker = new_marker()
    pool = ExecutorPool(max_concurrency=2, max_queue=2)
    runs = [asyncio.create_task(pool.run_code(sleeper(marker))) for _ in range(3)]
    await wait_until(lambda: len(processes_with_marker(marker)) == 2 and pool.queued == 1)
    started = time.perf_counter()
    await pool.close()
    assert time.perf_counter() - started < 2
    assert processes_with_marker(marker) == []
    for run in runs:
        with pytest.raises(SandboxUnavailable):
            await run
    with pytest.raises(SandboxUnavailable):
        await pool.run_code("print(1)")
    assert (pool.in_flight, pool.queued) == (0, 0)


async def test_a_user_over_their_share_is_refused_and_others_are_served_in_turn() -> None:
    pool = ExecutorPool(max_concurrency=1, max_queue=10, max_per_user=1, max_waiting_per_user=3)
    finished: list[str] = []

    async def run(user: str, name: str, code: str = "pass") -> None:
        result = await pool.run_code(code, limits=SandboxLimits(wall_seconds=1), user=user)
        assert result.status in (Status.OK, Status.TIMEOUT)
        finished.append(name)

    holder = asyncio.create_task(run("a", "a1", "import time\ntime.sleep(5)"))
    await wait_until(lambda: pool.in_flight == 1)
    flood = [asyncio.create_task(run("a", f"a{n}")) for n in (2, 3, 4)]
    await wait_until(lambda: pool.queued == 3)
    with pytest.raises(UserBusy) as refused:
        await pool.run_code("pass", user="a")
    assert refused.value.retry_after_seconds >= 1
    other = asyncio.create_task(run("b", "b1"))
    await asyncio.gather(holder, *flood, other)
    assert finished == ["a1", "a2", "b1", "a3", "a4"]  # b waits for one turn, not for all of a's
    assert (pool.in_flight, pool.queued) == (0, 0)
    await pool.close()


async def test_runs_without_a_user_have_no_share() -> None:
    pool = ExecutorPool(max_concurrency=3, max_per_user=1, max_waiting_per_user=0)
    results = await asyncio.gather(*(pool.run_code(f"print({n})", limits=QUICK) for n in range(6)))
    assert [result.stdout for result in results] == [f"{n}\n" for n in range(6)]
    await pool.close()
