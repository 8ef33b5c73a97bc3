"""Grading a solution to a problem: the exercises' grading (examples with full feedback; hidden
and freshly generated cases, answered by the reference in a run of its own, with pass/fail only)
on the problem's program, with the problem's time limit on the hidden run, and one verdict."""

from __future__ import annotations

import json
from typing import Any, Literal

from leettrack.executor import Executor, Status
from leettrack.exercises.grading import Suite, report_of, run_suite
from leettrack.exercises.schemas import GradeReport
from leettrack.problems.content import BundledProblem
from leettrack.problems.judge import harness_case, program

Verdict = Literal["accepted", "wrong_answer", "time_limit", "runtime_error", "memory_limit"]
VERDICT_OF_STATUS: dict[Status, Verdict] = {
    Status.TIMEOUT: "time_limit",
    Status.MEMORY_LIMIT: "memory_limit",
    Status.RUNTIME_ERROR: "runtime_error",
    Status.OUTPUT_LIMIT: "runtime_error",
}


def suite_of(problem: BundledProblem) -> Suite:
    def draw(seed: int) -> list[dict[str, object]]:
        return [harness_case(problem, case) for case in problem.generated(seed)]

    return Suite(
        problem.slug,
        [harness_case(problem, case) for case in problem.examples],
        [harness_case(problem, case) for case in problem.hidden],
        program(problem, problem.solution_code),
        draw=draw,
        time_limit_ms=problem.metadata.time_limit_ms,
    )


async def judge(
    executor: Executor, problem: BundledProblem, code: str, seed: int, *, user: str | None = None
) -> tuple[Verdict, GradeReport]:
    """The verdict on ``code`` and its report; the same seed draws the same cases again."""
    examples, hidden, seconds = await run_suite(
        executor, suite_of(problem), program(problem, code), seed, user=user
    )
    report = report_of(examples, hidden, seconds)
    raised = any(test.raised for test in [*examples.tests, *hidden.tests] if not test.passed)
    shown = [shown_input(problem, case["args"]) for case in problem.examples]
    tests = [
        test.model_copy(update={"input": text})
        for test, text in zip(report.tests, shown, strict=False)
    ]
    report = report.model_copy(update={"tests": tests + report.tests[len(tests) :]})
    return verdict_of(report, raised=raised), report


def shown_input(problem: BundledProblem, args: list[Any]) -> str:
    """A case's arguments as LeetCode shows them: ``nums = [2, 7], target = 9``."""
    names = [param.name for param in problem.metadata.params]
    if problem.metadata.kind == "design":
        names = ["operations", "arguments"]
    return ", ".join(
        f"{name} = {json.dumps(value)}" for name, value in zip(names, args, strict=False)
    )


def verdict_of(report: GradeReport, *, raised: bool) -> Verdict:
    """``accepted`` when every case passed; else what went worst: out of time or memory, a
    crash or an exception where an answer was due, or else a wrong answer."""
    if report.passed:
        return "accepted"
    verdict = VERDICT_OF_STATUS.get(report.status)
    if verdict is None:
        verdict = "runtime_error" if raised else "wrong_answer"
    return verdict
