"""Latency of a trivial program: run_code against launching the same bwrap command directly.

    .venv/bin/python -m tests.sandbox.measure_latency [runs]

Prints p50/p95 in milliseconds of sequential runs of each, interleaved so that both see the
same machine. Not a test: it asserts nothing.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

from leettrack.executor import Sandbox, Status, run_tests


async def direct(sandbox: Sandbox) -> float:
    command = sandbox.command("-c", "pass")
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command.argv,
        cwd="/",
        env={},
        user=command.user,
        group=command.group,
        extra_groups=None if command.user is None else [],
    )
    assert await process.wait() == 0
    return time.perf_counter() - started


async def through_run_code(sandbox: Sandbox) -> float:
    started = time.perf_counter()
    result = await sandbox.run_code("pass")
    assert result.status == Status.OK, result
    return time.perf_counter() - started


async def through_run_tests(sandbox: Sandbox) -> float:
    started = time.perf_counter()
    report = await run_tests(
        sandbox, "def f():\n    return 1", [{"name": "f", "call": "f", "expected": 1}]
    )
    assert report.passed, report
    return time.perf_counter() - started


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {p50 * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms"


async def main(runs: int) -> None:
    sandbox = Sandbox()
    sandbox.ensure_available()
    for _ in range(5):  # warm caches
        await direct(sandbox)
        await through_run_code(sandbox)
    timings: dict[str, list[float]] = {"direct bwrap": [], "run_code": [], "run_tests": []}
    for _ in range(runs):
        timings["direct bwrap"].append(await direct(sandbox))
        timings["run_code"].append(await through_run_code(sandbox))
        timings["run_tests"].append(await through_run_tests(sandbox))
    for name, samples in timings.items():
        print(f"{name:13} {percentiles(samples)}   ({runs} sequential runs)")
    ratio = statistics.median(timings["run_code"]) / statistics.median(timings["direct bwrap"])
    print(f"run_code p50 / direct p50 = {ratio:.2f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
