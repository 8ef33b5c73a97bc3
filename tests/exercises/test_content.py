"""The content check: the bundled exercises span every category and level, and every solution
passes all of its tests while every starter fails at least one, through the real sandbox."""

from __future__ import annotations

import pytest

from leettrack.executor import Sandbox, Status, run_tests
from leettrack.exercises.content import CATEGORIES, DIFFICULTIES, load_exercises
from tests.exercises.conftest import BUNDLED
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap


def test_the_catalog_spans_every_category_and_level() -> None:
    exercises = load_exercises()
    assert len(exercises) >= 30
    assert {exercise.metadata.category for exercise in exercises} == set(CATEGORIES)
    assert {exercise.metadata.difficulty for exercise in exercises} == set(DIFFICULTIES)
    assert [exercise.metadata.order for exercise in exercises] == list(range(1, len(exercises) + 1))


@pytest.mark.parametrize("exercise_id", sorted(BUNDLED))
async def test_solution_passes_and_starter_fails(exercise_id: str) -> None:
    exercise = BUNDLED[exercise_id]
    sandbox = Sandbox()
    solved = await run_tests(sandbox, exercise.solution_code, exercise.cases)
    failures = [f"{test.name}: {test.message}" for test in solved.tests if not test.passed]
    assert solved.passed and solved.status == Status.OK, failures or solved
    assert solved.summary.total == len(exercise.cases)
    started = await run_tests(sandbox, exercise.starter_code, exercise.cases)
    assert not started.passed and started.summary.failed >= 1, "the starter passes every test"
