"""The sandbox under hostile load, as ratios measured in the same run:

- fairness: another user's ``print(1)`` through POST /api/v1/exercises/run on `leettrack serve`
  while one user keeps 50 callers asking for slow runs (CPU spinners of 3 s; a refused caller
  asks again after Retry-After), p50 against the same runs with the server idle. Budget: 2x.
- memory: one run forking 32 processes that hold memfd pages (written with write()), tmpfs
  files and heap, its cgroup's peak against EXECUTOR_MEMORY_MB + 64 MiB. Budget: under it.

    python -m bench.sandbox_fairness       # BENCH_FAIR_ROUNDS=40 trivial runs in each phase
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import time
from typing import Any

import httpx

from bench.common import base_env, fresh_database, leettrack_server, print_table, save
from leettrack.executor.sandbox import MIB, Sandbox, SandboxLimits, Status
from tests.sandbox.test_limits import MEMORY_ACROSS_CHILDREN

ROUNDS = int(os.environ.get("BENCH_FAIR_ROUNDS", "40"))
FLOOD = 50
SPINNER = {"code": "while True:\n    pass", "timeout_ms": 3000}
RUN = "/api/v1/exercises/run"
FAIRNESS_BUDGET = 2.0
HEADROOM = 64 * MIB
MEMORY_LIMIT = 256 * MIB


async def register(http: httpx.AsyncClient, name: str) -> dict[str, str]:
    response = await http.post(
        "/api/v1/auth/register",
        json={"username": name, "email": f"{name}@bench.example", "password": "bench pw 12345"},
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['data']['access_token']}"}


async def trivial(http: httpx.AsyncClient, auth: dict[str, str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = await http.post(RUN, json={"code": "print(1)"}, headers=auth)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.json()["data"]["stdout"] == "1\n", response.text
    return samples


async def keep_flooding(
    http: httpx.AsyncClient, auth: dict[str, str], stop: asyncio.Event, counts: dict[int, int]
) -> None:
    """One caller of the flood: a slow run, again and again (after Retry-After when refused)."""
    while not stop.is_set():
        response = await http.post(RUN, json=SPINNER, headers=auth)
        counts[response.status_code] = counts.get(response.status_code, 0) + 1
        if response.status_code == 429:
            with contextlib.suppress(TimeoutError):
                retry_after = float(response.headers["Retry-After"])
                await asyncio.wait_for(stop.wait(), retry_after)


async def fairness(base_url: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
        flooder = await register(http, "flooder")
        other = await register(http, "other")
        await trivial(http, other, 5)  # warm up
        idle = await trivial(http, other, ROUNDS)
        stop, counts = asyncio.Event(), {}
        callers = [
            asyncio.create_task(keep_flooding(http, flooder, stop, counts)) for _ in range(FLOOD)
        ]
        await asyncio.sleep(2)  # the flood has filled its share and its queue
        flooded = await trivial(http, other, ROUNDS)
        stop.set()
        await asyncio.gather(*callers)
    idle_p50, flooded_p50 = statistics.median(idle), statistics.median(flooded)
    return {"idle_p50": idle_p50, "flooded_p50": flooded_p50, "flood_answers": counts}


async def memory() -> dict[str, Any]:
    sandbox = Sandbox()
    limits = SandboxLimits(memory_bytes=MEMORY_LIMIT, wall_seconds=30, cpu_seconds=20)
    async with sandbox.launch("run", MEMORY_ACROSS_CHILDREN, limits) as execution:
        async with asyncio.timeout(60):
            await execution.finish()
        usage = execution.usage
        status = execution.status()
    peak = None if usage is None else usage.peak_memory_bytes
    return {"status": status, "peak": peak, "limits": sandbox.limits_kind}


def main() -> dict[str, Any]:
    with fresh_database() as url, leettrack_server(base_env(url)) as api:
        fair = asyncio.run(fairness(api.base_url))
    held = asyncio.run(memory())
    ratio = fair["flooded_p50"] / fair["idle_p50"]
    fair_met = ratio <= FAIRNESS_BUDGET
    peak = held["peak"]
    memory_met = held["status"] == Status.MEMORY_LIMIT and peak is not None
    memory_met = memory_met and peak <= MEMORY_LIMIT + HEADROOM
    rows = [
        {"measure": "other user's print(1) p50, idle (ms)", "value": fair["idle_p50"]},
        {
            "measure": f"... under a {FLOOD}-run flood by one user (ms)",
            "value": fair["flooded_p50"],
        },
        {"measure": "flooded / idle (budget <= 2)", "value": ratio},
        {"measure": "flood answers by status", "value": str(fair["flood_answers"])},
        {"measure": f"32-process run: status ({held['limits']})", "value": str(held["status"])},
        {"measure": "its peak memory (MiB)", "value": None if peak is None else peak / MIB},
        {"measure": "limit + 64 MiB (MiB)", "value": (MEMORY_LIMIT + HEADROOM) / MIB},
    ]
    print_table(f"Sandbox fairness and memory, {ROUNDS} trivial runs per phase", rows)
    held_mib = "-" if peak is None else f"{peak / MIB:.0f}"
    summary = (
        f"flooded/idle p50 {ratio:.2f}x (budget <= {FAIRNESS_BUDGET:.0f}x): "
        f"{'met' if fair_met else 'MISSED'}; peak of a 32-process run {held_mib} MiB vs "
        f"{(MEMORY_LIMIT + HEADROOM) / MIB:.0f} MiB: {'met' if memory_met else 'MISSED'}"
    )
    print(summary)
    result = {
        "title": "Sandbox: another user's run under a flood, and one run's peak memory",
        "rows": rows,
        "summary": summary,
        "ratio": ratio,
        "budget": FAIRNESS_BUDGET,
        "met": fair_met and memory_met,
    }
    print(f"written to {save('sandbox_fairness', result)}")
    return result


if __name__ == "__main__":
    main()
