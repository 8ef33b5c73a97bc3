"""The content check of the problems, through the real sandbox: every reference solution is
accepted on its examples, hidden cases and generated ones; every starter is not; every naive
solution runs out of time on the largest generated inputs; every input of every case satisfies
the problem's constraints (its ``check``); and Blind 75 is all there."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from leettrack.executor import DEFAULT_LIMITS, ExecutorPool, Sandbox
from leettrack.executor.backend import LocalExecutor
from leettrack.problems.content import (
    BundledProblem,
    content_root,
    load_problem,
    problem_directories,
)
from leettrack.problems.grading import judge
from tests.sandbox.support import needs_bwrap

pytestmark = [*needs_bwrap, pytest.mark.content]

SLUGS = [directory.name for directory in problem_directories()]
SEEDS = (20261206, 7)
DRAWN_SEEDS = (*SEEDS, 1, 2, 3)  # the generators run here alone: cheap enough for more seeds
BLIND_75 = Path(__file__).parents[2] / "src/leettrack/data/paths/blind-75.json"


def problem_of(slug: str) -> BundledProblem:
    """Each problem loaded by its own test, so that one broken problem fails alone."""
    return load_problem(content_root() / slug)


@pytest.fixture
async def executor() -> AsyncIterator[LocalExecutor]:
    local = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=2), DEFAULT_LIMITS)
    yield local
    await local.aclose()


def test_every_blind_75_problem_is_solvable_here() -> None:
    blind = [question["slug"] for question in json.loads(BLIND_75.read_text())["questions"]]
    missing = sorted(set(blind) - set(SLUGS))
    assert not missing, f"{len(missing)} of Blind 75 have no problem: {missing}"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_input_satisfies_the_constraints(slug: str) -> None:
    problem = problem_of(slug)
    drawn = [case for seed in DRAWN_SEEDS for case in problem.generated(seed)]
    assert problem.generated(SEEDS[0]) == problem.generated(SEEDS[0]), "seed alone decides"
    assert problem.generated(SEEDS[0]) != problem.generated(SEEDS[1]), "seeds draw alike"
    for case in [*problem.examples, *problem.hidden, *drawn]:
        try:
            problem.check(*case["args"])
        except AssertionError as exc:
            pytest.fail(f"{case['name']} breaks a constraint: {exc}")


@pytest.mark.parametrize("slug", SLUGS)
async def test_reference_accepted_starter_rejected_naive_too_slow(
    slug: str, executor: LocalExecutor
) -> None:
    problem = problem_of(slug)
    for seed in SEEDS:
        verdict, report = await judge(executor, problem, problem.solution_code, seed)
        failures = [f"{test.name}: {test.message}" for test in report.tests if not test.passed]
        assert verdict == "accepted", (seed, report.status, failures, report.stderr[-2000:])
    verdict, report = await judge(executor, problem, problem.starter_code, SEEDS[0])
    assert verdict != "accepted", "the starter is accepted"
    if problem.naive_code is not None:
        verdict, report = await judge(executor, problem, problem.naive_code, SEEDS[0])
        examples = [test for test in report.tests if test.visibility == "example"]
        assert all(test.passed for test in examples), "the naive solution is wrong"
        assert verdict == "time_limit", f"the naive solution is {verdict}, not too slow"
