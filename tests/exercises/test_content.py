"""The content check: the bundled exercises span every category and level, and every solution
passes all of its tests (examples, hidden and generated cases) while every starter fails at
least one, through the real sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from leettrack.executor import DEFAULT_LIMITS, ExecutorPool, Sandbox, Status, run_tests
from leettrack.executor.backend import LocalExecutor
from leettrack.exercises.content import (
    CATEGORIES,
    DIFFICULTIES,
    MIN_EXAMPLES,
    MIN_HIDDEN,
    generated_cases,
    load_exercises,
)
from leettrack.exercises.grading import Suite, answer_cases
from tests.exercises.conftest import BUNDLED
from tests.sandbox.support import needs_bwrap

pytestmark = [*needs_bwrap, pytest.mark.content]

GENERATED = sorted(name for name, exercise in BUNDLED.items() if exercise.generator is not None)


@pytest.fixture
async def executor() -> AsyncIterator[LocalExecutor]:
    local = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=2), DEFAULT_LIMITS)
    yield local
    await local.aclose()


def test_the_catalog_spans_every_category_and_level() -> None:
    exercises = load_exercises()
    assert len(exercises) >= 100
    assert {exercise.metadata.category for exercise in exercises} == set(CATEGORIES)
    assert {exercise.metadata.difficulty for exercise in exercises} == set(DIFFICULTIES)
    assert [exercise.metadata.order for exercise in exercises] == list(range(1, len(exercises) + 1))
    for exercise in exercises:
        assert len(exercise.examples) >= MIN_EXAMPLES and len(exercise.hidden) >= MIN_HIDDEN


def test_the_exercises_that_compute_a_value_generate_cases() -> None:
    assert {"two-sum", "dijkstra", "parse-age", "hello-world"} <= set(GENERATED)
    for name in GENERATED:
        generator = BUNDLED[name].generator
        assert generator is not None
        assert generated_cases(generator, 1) != generated_cases(generator, 2), name


@pytest.mark.parametrize("exercise_id", sorted(BUNDLED))
async def test_solution_passes_and_starter_fails(exercise_id: str, executor: LocalExecutor) -> None:
    exercise = BUNDLED[exercise_id]
    suite = Suite(exercise_id, exercise.examples, exercise.hidden, exercise.solution_code)
    generated = await answer_cases(executor, suite, seed=20261201)
    assert len(generated) == (0 if exercise.generator is None else len(suite.generated(20261201)))
    cases = [*exercise.cases, *generated]
    sandbox = Sandbox()
    solved = await run_tests(sandbox, exercise.solution_code, cases)
    failures = [f"{test.name}: {test.message}" for test in solved.tests if not test.passed]
    assert solved.passed and solved.status == Status.OK, failures or solved
    assert solved.summary.total == len(cases)
    started = await run_tests(sandbox, exercise.starter_code, cases)
    assert not started.passed and started.summary.failed >= 1, "the starter passes every test"
