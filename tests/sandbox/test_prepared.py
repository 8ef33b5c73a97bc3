"""Sandboxes prepared ahead of their runs: each is used once with the run's own stdin and clock,
replaced in the background, never shared by two runs, and none is left once the sandbox is
closed."""

from __future__ import annotations

import asyncio

from leettrack.executor import Sandbox, SandboxLimits, Status
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = needs_bwrap


async def wait_prepared(sandbox: Sandbox, count: int) -> None:
    async with asyncio.timeout(20):
        while sandbox.prepared < count:
            await asyncio.sleep(0.02)


async def test_each_run_takes_a_fresh_prepared_sandbox() -> None:
    sandbox = Sandbox(prepare=True, limits=QUICK, concurrency=2)
    try:
        await sandbox.run_code("pass", limits=QUICK)  # the first launches cold and fills up
        for n in range(4):
            await wait_prepared(sandbox, 2)
            code = (
                "import os\n"
                f"open('/tmp/run-{n}', 'w').close()\n"
                "print(sorted(os.listdir('/tmp')), input() * 2)\n"
            )
            result = await sandbox.run_code(code, stdin=f"{n}\n", limits=QUICK)
            assert result.status == Status.OK, result.stderr
            # a fresh sandbox each time: nothing of an earlier run is in its /tmp
            assert result.stdout == f"['run-{n}'] {n}{n}\n"
    finally:
        sandbox.kill_all()


async def test_a_prepared_runs_clock_starts_with_its_code() -> None:
    sandbox = Sandbox(prepare=True, limits=QUICK, concurrency=1)
    try:
        await sandbox.run_code("pass", limits=QUICK)
        await wait_prepared(sandbox, 1)
        await asyncio.sleep(QUICK.wall_seconds + 0.5)  # longer than a run may take
        result = await sandbox.run_code("print('in time')", limits=QUICK)
        assert (result.status, result.stdout) == (Status.OK, "in time\n")
        slow = await sandbox.run_code("import time\ntime.sleep(5)", limits=QUICK.with_timeout(0.5))
        assert slow.status == Status.TIMEOUT and slow.duration_ms < 2500
    finally:
        sandbox.kill_all()


async def test_other_limits_launch_anew_and_close_leaves_nothing() -> None:
    sandbox = Sandbox(prepare=True, limits=QUICK, concurrency=2)
    await sandbox.run_code("pass", limits=QUICK)
    await wait_prepared(sandbox, 2)
    prepared = [waiting.execution for waiting in sandbox._prepared]
    other = SandboxLimits(cpu_seconds=1, wall_seconds=3, max_output_bytes=2048)
    result = await sandbox.run_code("print('x' * 4000)", limits=other)
    assert (result.status, result.stdout_truncated) == (Status.OUTPUT_LIMIT, True)
    sandbox.kill_all()
    assert sandbox.prepared == 0
    for execution in prepared:
        assert execution.ended and execution.exit_code is not None  # killed and reaped


async def test_runs_holding_their_uids_leave_a_prepared_sandbox_for_the_next_run() -> None:
    sandbox = Sandbox(prepare=True, limits=QUICK, concurrency=2)
    slow = [
        asyncio.create_task(sandbox.run_code("import time\ntime.sleep(30)", limits=QUICK))
        for _ in range(2)
    ]
    try:
        async with asyncio.timeout(20):
            while len(sandbox._live) < 2:
                await asyncio.sleep(0.02)
        await wait_prepared(sandbox, 2)  # beside the two running, each with a uid of its own
        prepared = [waiting.execution for waiting in sandbox._prepared]
        result = await sandbox.run_code("print('ready')", limits=QUICK)
        assert (result.status, result.stdout) == (Status.OK, "ready\n")
        assert any(execution.ended for execution in prepared)  # one served it: no cold launch
    finally:
        sandbox.kill_all()
        await asyncio.gather(*slow)
