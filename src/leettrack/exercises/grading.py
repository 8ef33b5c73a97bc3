"""Grading a test run so that a report reveals nothing a later submission could look up.

A test run is three sandbox runs. The learner's code runs the examples (full feedback, and the
only run whose stdout and stderr are kept) while, at the same time, the reference solution
answers the cases the exercise's generator drew for this submission's seed; then the learner's
code runs the hidden cases and those generated ones, of which the report keeps only the name and
whether it passed. The learner's code never runs next to the reference, and the fresh inputs
make a lookup table built from earlier reports useless.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from leettrack.core.errors import ExecutorUnavailable
from leettrack.executor import (
    CaseResult,
    Executor,
    ExecutorBusy,
    SummaryOut,
    TestReport,
    worst_status,
)
from leettrack.exercises.content import exercise_generator, generated_cases
from leettrack.exercises.models import Exercise
from leettrack.exercises.schemas import GradedCase, GradeReport

logger = logging.getLogger(__name__)

SEED_BITS = 63  # fits a signed 64-bit column


def new_seed() -> int:
    """A seed nobody can predict before submitting."""
    return secrets.randbits(SEED_BITS)


@dataclass(frozen=True, slots=True)
class Suite:
    """What code is graded on: fixed cases, the reference solution that answers the generated
    ones, and the wall clock of the hidden run (``None``: the executor's limit). An exercise's
    suite draws its generated cases from its generator; a problem brings its own ``draw``."""

    name: str
    examples: list[dict[str, Any]]
    hidden: list[dict[str, Any]]
    solution_code: str
    draw: Callable[[int], list[dict[str, Any]]] | None = None
    time_limit_ms: int | None = None

    @classmethod
    def of(cls, exercise: Exercise) -> Suite:
        return cls(
            exercise.id,
            exercise.tests["examples"],
            exercise.tests["hidden"],
            exercise.solution_code,
        )

    def generated(self, seed: int) -> list[dict[str, Any]]:
        """The generated cases of ``seed``, without their answers; none without a generator."""
        if self.draw is not None:
            return self.draw(seed)
        generator = exercise_generator(self.name)
        return [] if generator is None else generated_cases(generator, seed)


async def grade(
    executor: Executor, suite: Suite, code: str, seed: int, *, user: str | None = None
) -> GradeReport:
    """Grade ``code``: the examples' run goes on while the generated cases are answered and
    the hidden run waits only for those answers. The same seed draws the same cases again.
    ``user`` is whose share of the executor the runs count against."""
    return report_of(*await run_suite(executor, suite, code, seed, user=user))


async def run_suite(
    executor: Executor, suite: Suite, code: str, seed: int, *, user: str | None = None
) -> tuple[TestReport, TestReport, float]:
    """The examples' and the hidden run's reports (everything in them, for the server's eyes
    only) and the seconds both took; see ``grade``."""
    started = time.perf_counter()
    examples_run = asyncio.ensure_future(executor.run_tests(code, suite.examples, user=user))
    try:
        generated = await answer_cases(executor, suite, seed, user=user)
        hidden = await executor.run_tests(
            code, [*suite.hidden, *generated], suite.time_limit_ms, user=user
        )
        examples = await examples_run
    finally:
        examples_run.cancel()  # a no-op once it is done
    return examples, hidden, time.perf_counter() - started


async def answer_cases(
    executor: Executor, suite: Suite, seed: int, *, user: str | None = None
) -> list[dict[str, Any]]:
    """The generated cases of ``seed`` with the answers of the reference solution, found in a
    sandbox run of its own. Raises ExecutorUnavailable when that run fails."""
    cases = suite.generated(seed)
    if not cases:
        return []
    try:
        answers = await executor.answer_cases(suite.solution_code, cases, user=user)
    except ExecutorUnavailable as exc:
        busy = isinstance(exc.__cause__, ExecutorBusy)  # load, not a broken reference
        logger.log(
            logging.WARNING if busy else logging.ERROR,
            "reference run refused: the executor is busy" if busy else "reference run failed",
            extra={"suite": suite.name, "seed": seed, "error": str(exc)},
        )
        raise
    return [answered(case, answer) for case, answer in zip(cases, answers, strict=True)]


def answered(case: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """A case with the reference's answer as its expected one."""
    if "stdout" in answer:
        return {**case, "stdout": answer["stdout"]}
    if "raised" in answer:
        return {**case, "raises": answer["raised"]}
    return {**case, "expected": answer["value"]}


def report_of(examples: TestReport, hidden: TestReport, seconds: float) -> GradeReport:
    """What a learner may see of a graded run."""
    tests = [_example(result) for result in examples.tests]
    tests += [_hidden(result) for result in hidden.tests]
    passed = sum(test.passed for test in tests)
    return GradeReport(
        passed=examples.passed and hidden.passed,
        status=worst_status(examples.status, hidden.status),
        summary=SummaryOut(passed=passed, failed=len(tests) - passed, total=len(tests)),
        tests=tests,
        stdout=examples.stdout,
        stderr=examples.stderr,
        duration_ms=round(seconds * 1000, 1),
    )


def _hidden(result: CaseResult) -> GradedCase:
    return GradedCase(name=result.name, visibility="hidden", passed=result.passed)


def _example(result: CaseResult) -> GradedCase:
    return GradedCase(
        name=result.name,
        visibility="example",
        passed=result.passed,
        message=result.message,
        input=result.input,
        expected=result.expected,
        got=result.got,
        duration_ms=result.duration_ms,
    )
