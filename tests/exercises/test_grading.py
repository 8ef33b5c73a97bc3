"""Grading with generated cases: every submission draws its own seed, the stored seed replays
the run exactly, a failing reference run stores nothing, and the learner's code never sees the
reference solution."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from leettrack.core.errors import ExecutorUnavailable
from leettrack.executor import ExecutorPool, Sandbox
from leettrack.executor.backend import LocalExecutor
from leettrack.exercises.grading import Suite, answer_cases, grade
from leettrack.exercises.models import Exercise, ExerciseSubmission
from tests.exercises.conftest import bundled
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = needs_bwrap

# Right only when the first two numbers are the pair: which generated cases pass depends on the
# inputs drawn, so a replay with another seed would tell.
FIRST_PAIR_ONLY = """
def two_sum(nums, target):
    if len(nums) >= 2 and nums[0] + nums[1] == target:
        return [0, 1]
    return None
"""


async def submit(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str, code: str
) -> httpx.Response:
    return await client.post(
        "/api/v1/exercises/test",
        json={"exercise_id": exercise_id, "code": code},
        headers=user["headers"],
    )


def without_durations(tests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: value for key, value in test.items() if key != "duration_ms"} for test in tests]


async def stored_submissions(app: FastAPI) -> list[ExerciseSubmission]:
    async with app.state.db.sessionmaker() as session:
        rows = await session.scalars(select(ExerciseSubmission).order_by(ExerciseSubmission.id))
        return list(rows)


async def test_the_stored_seed_replays_the_run(
    client: httpx.AsyncClient, learner: dict[str, Any], seeded: FastAPI
) -> None:
    reports = [
        (await submit(client, learner, "two-sum", FIRST_PAIR_ONLY)).json()["data"] for _ in range(2)
    ]
    first, second = await stored_submissions(seeded)
    assert first.seed is not None and second.seed is not None and first.seed != second.seed
    async with seeded.state.db.sessionmaker() as session:
        exercise = await session.get(Exercise, "two-sum")
        assert exercise is not None
        suite = Suite.of(exercise)
    assert suite.generated(first.seed) == suite.generated(first.seed)
    assert suite.generated(first.seed) != suite.generated(second.seed)

    replayed = await grade(seeded.state.executor, suite, first.code, first.seed)
    verdicts = [(test["name"], test["passed"]) for test in reports[0]["tests"]]
    assert [(test.name, test.passed) for test in replayed.tests] == verdicts
    assert without_durations(replayed.model_dump(mode="json")["tests"]) == without_durations(
        first.test_results["tests"]
    )


async def test_a_failing_reference_run_is_unavailable_and_stores_nothing(
    client: httpx.AsyncClient, learner: dict[str, Any], seeded: FastAPI
) -> None:
    exercise = bundled("two-sum")
    broken = Suite("two-sum", exercise.examples, exercise.hidden, "import os\nos._exit(3)\n")
    try:
        await answer_cases(seeded.state.executor, broken, seed=1)
    except ExecutorUnavailable as exc:
        assert exc.status_code == 503
    else:
        raise AssertionError("a reference run that fails must not grade anything")

    async with seeded.state.db.sessionmaker() as session:
        row = await session.get(Exercise, "two-sum")
        assert row is not None
        row.solution_code = "raise SystemExit(3)\n"
        await session.commit()
    response = await submit(client, learner, "two-sum", exercise.solution_code)
    assert (response.status_code, response.json()["error"]["code"]) == (
        503,
        "EXECUTOR_UNAVAILABLE",
    )
    assert await stored_submissions(seeded) == []


async def test_the_learners_code_never_runs_next_to_the_reference(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    snippet = "heapq.heappush(heap, (new_cost, neighbour))"
    assert snippet in bundled("dijkstra").solution_code
    probe = """
import os, sys
def _places():
    yield from ("/proc/self/cmdline", "/proc/self/environ", "/proc/1/cmdline")
    for root, _, files in os.walk("/tmp"):
        yield from (os.path.join(root, name) for name in files)
def _seen():
    needle = "heapq.heappush(heap, " + "(new_cost, neighbour))"
    found = [path for path in _places() if needle in open(path, errors="replace").read()]
    for module in list(sys.modules.values()):
        found += [key for key, value in vars(module).items()
                  if isinstance(value, str) and needle in value]
    return found
def shortest_distances(graph, start):
    print("FOUND", bool(_seen()))
    return {}
cheapest_route = shortest_distances
"""
    data = (await submit(client, learner, "dijkstra", probe)).json()["data"]
    assert "FOUND False" in data["stdout"] and "FOUND True" not in data["stdout"]
    assert snippet not in data["stdout"] + data["stderr"]


async def test_a_reference_run_refused_for_load_is_a_warning_not_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A broken reference is logged as an error (someone must mend the content); a reference
    run the executor had no room for is load, and only a warning."""
    exercise = bundled("two-sum")
    suite = Suite("two-sum", exercise.examples, exercise.hidden, exercise.solution_code)
    executor = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=1, max_queue=0), QUICK)
    holding = asyncio.create_task(executor.run_code("import time\ntime.sleep(30)", user="u:1"))
    try:
        async with asyncio.timeout(10):
            while executor.pool.in_flight < 1:
                await asyncio.sleep(0.01)
        with caplog.at_level(logging.WARNING), pytest.raises(ExecutorUnavailable):
            await answer_cases(executor, suite, seed=1)
        [busy] = [r for r in caplog.records if r.name == "leettrack.exercises.grading"]
        assert (busy.levelno, busy.getMessage()) == (
            logging.WARNING,
            "reference run refused: the executor is busy",
        )
    finally:
        await executor.aclose()
        holding.cancel()
        with contextlib.suppress(BaseException):
            await holding
    caplog.clear()
    broken = Suite("two-sum", exercise.examples, exercise.hidden, "import os\nos._exit(3)\n")
    idle = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=1), QUICK)
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(ExecutorUnavailable):
            await answer_cases(idle, broken, seed=1)
    finally:
        await idle.aclose()
    [failed] = [r for r in caplog.records if r.name == "leettrack.exercises.grading"]
    assert (failed.levelno, failed.getMessage()) == (logging.ERROR, "reference run failed")
