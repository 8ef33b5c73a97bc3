"""What a test run costs: grading with examples, hidden and generated cases (three sandbox runs,
the reference one beside the examples one) against one sandbox run of every fixed case.

    .venv/bin/python -m tests.exercises.measure_grading [runs]

Prints p50/p95 in milliseconds of sequential test runs of the reference solution of two-sum
(which has a generator) and stack (which has none), interleaved so that every way sees the
same machine. Not a test: it asserts nothing.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

from leettrack.executor import DEFAULT_LIMITS, ExecutorPool, Sandbox
from leettrack.executor.backend import LocalExecutor
from leettrack.exercises.content import BundledExercise, load_exercises
from leettrack.exercises.grading import Suite, grade, new_seed


async def timed(run: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await run()
    return (time.perf_counter() - started) * 1000


async def measure(executor: LocalExecutor, exercise: BundledExercise, runs: int) -> None:
    exercise_id, code = exercise.metadata.id, exercise.solution_code
    suite = Suite(exercise_id, exercise.examples, exercise.hidden, code)
    ways: dict[str, Callable[[], Awaitable[object]]] = {
        "one run of the fixed cases": lambda: executor.run_tests(code, exercise.cases),
        "graded test run": lambda: grade(executor, suite, code, new_seed()),
    }
    samples: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(runs):
        for name, run in ways.items():
            samples[name].append(await timed(run))
    for name, values in samples.items():
        p50 = statistics.median(values)
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"{exercise_id:10} {name:28} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")


async def main(runs: int) -> None:
    executor = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=4), DEFAULT_LIMITS)
    exercises = {exercise.metadata.id: exercise for exercise in load_exercises()}
    try:
        for exercise_id in ("two-sum", "stack"):
            await measure(executor, exercises[exercise_id], runs)
    finally:
        await executor.aclose()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
