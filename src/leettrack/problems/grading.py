"""Grading a solution to a problem: the exercises' grading (examples with full feedback; hidden
and freshly generated cases, answered by the reference in a run of its own, with pass/fail only)
on the problem's program, with the problem's time limit on the hidden run, and one verdict."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Any, Literal

from leettrack.executor import CaseResult, Executor, Status, Summary, TestReport, worst_status
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
    if problem.metadata.kind == "codec":
        examples, hidden, seconds = await _round_trips(executor, problem, code, seed, user)
    else:
        suite = suite_of(problem)
        examples, hidden, seconds = await run_suite(
            executor, suite, program(problem, code), seed, user=user
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


async def _round_trips(
    executor: Executor, problem: BundledProblem, code: str, seed: int, user: str | None
) -> tuple[TestReport, TestReport, float]:
    """A codec's cases: every value encoded in one run, the encoded forms decoded in others
    (the examples' and the hidden ones', like any problem's), so that nothing but the encoded
    string goes from encoding to decoding. A case passes when its value comes back; one whose
    encoding failed, or was not a string, fails with what went wrong."""
    started = time.perf_counter()
    source = program(problem, code)
    cases = [*problem.examples, *problem.hidden, *problem.generated(seed)]
    limit = problem.metadata.time_limit_ms
    encoding = [
        {"name": case["name"], "call": "lt_encode", "args": case["args"], "expected": None}
        for case in cases
    ]
    encoded = await executor.run_tests(source, encoding, limit, user=user)
    decoding = [
        harness_case(
            problem,
            {"name": case["name"], "args": [result.value], "expected": case["args"][0]},
        )
        | {"call": "lt_decode"}
        for case, result in zip(cases, encoded.tests, strict=True)
    ]
    shown = len(problem.examples)
    # Decoding draws no cases of its own: no reference run.
    decoding_suite = Suite(
        problem.slug, decoding[:shown], decoding[shown:], "", draw=lambda _: [], time_limit_ms=limit
    )
    examples, hidden, _ = await run_suite(executor, decoding_suite, source, seed, user=user)
    reports = (
        _with_encoding(examples, encoded.tests[:shown], encoded.status),
        _with_encoding(hidden, encoded.tests[shown:], encoded.status),
    )
    return *reports, time.perf_counter() - started


def _with_encoding(decoded: TestReport, encodings: list[CaseResult], status: Status) -> TestReport:
    """The decoding run's report, each case failed where its encoding went wrong."""
    tests = [
        result if isinstance(encoding.value, str) else _encoding_failed(result, encoding)
        for result, encoding in zip(decoded.tests, encodings, strict=True)
    ]
    passed = sum(result.passed for result in tests)
    return replace(
        decoded,
        passed=passed == len(tests),
        status=worst_status(decoded.status, status),
        summary=Summary(passed=passed, failed=len(tests) - passed, total=len(tests)),
        tests=tests,
    )


def _encoding_failed(result: CaseResult, encoding: CaseResult) -> CaseResult:
    if encoding.got is None or encoding.raised is not None:
        message = f"encoding: {encoding.message}"
    else:
        message = f"encoding must give a string, got {encoding.got}"
    return replace(result, passed=False, message=message, got=encoding.got, raised=encoding.raised)


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
