"""Grade learner code against an exercise's test cases, OUTSIDE the sandbox.

One sandboxed runner serves a whole test run. The harness sends it the code and then, one at a
time, each case's request (program cases first, so they start from a pristine process): the
function call, the expression, or the program's stdin. Expected values never leave this module:
the runner answers with the value produced or the exception raised, and the pass/fail decision
and its message are made here. An answer that is malformed, out of step or missing (the runner
exited, was killed, or ran out of time) fails the case it was for and every case after it.
Each verdict also carries display texts of the case's input, its expected answer and what the
code gave; which of them a learner may see is for the caller to decide (exercises/grading.py
shows them for examples only).
"""

from __future__ import annotations

import asyncio
import builtins
import json
import marshal
import math
import signal
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from leettrack.executor.sandbox import (
    DEFAULT_LIMITS,
    Execution,
    ProtocolError,
    Sandbox,
    SandboxLimits,
    Status,
)

Compare = Literal["exact", "approx", "unordered"]
Kind = Literal["call", "expr", "program"]

SEVERITY = (
    Status.INTERNAL_ERROR,
    Status.TIMEOUT,
    Status.MEMORY_LIMIT,
    Status.OUTPUT_LIMIT,
    Status.RUNTIME_ERROR,
    Status.OK,
)
SHOWN_CHARS = 300
BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


def worst_status(*statuses: Status) -> Status:
    """The most severe of ``statuses``: internal_error, timeout, memory_limit, output_limit,
    runtime_error, ok."""
    return min(statuses, key=SEVERITY.index)


class InvalidTestCase(ValueError):
    """A test case that does not follow the exercise test format."""


@dataclass(frozen=True, slots=True)
class Case:
    """A parsed test case. ``request`` is all the runner gets to see of it."""

    name: str
    kind: Kind
    request: dict[str, Any]
    expected: Any = None
    raises: str | None = None
    stdout: str | None = None
    compare: Compare = "exact"

    @classmethod
    def parse(cls, case: Mapping[str, Any]) -> Case:
        name = case.get("name")
        if not isinstance(name, str) or not name:
            raise InvalidTestCase("every case needs a non-empty string name")
        kinds = [key for key in ("call", "expr", "stdout") if key in case]
        if len(kinds) != 1:
            raise InvalidTestCase(f"case {name!r}: needs exactly one of call, expr, stdout")
        compare = case.get("compare", "exact")
        if compare not in ("exact", "approx", "unordered"):
            raise InvalidTestCase(f"case {name!r}: unknown compare {compare!r}")
        if kinds[0] == "stdout":
            stdout, stdin = case["stdout"], case.get("stdin", "")
            if not isinstance(stdout, str) or not isinstance(stdin, str):
                raise InvalidTestCase(f"case {name!r}: stdin and stdout must be strings")
            return cls(name, "program", {"kind": "program", "stdin": stdin}, stdout=stdout)
        if ("expected" in case) == ("raises" in case):
            raise InvalidTestCase(f"case {name!r}: needs exactly one of expected, raises")
        raises = case.get("raises")
        if raises is not None and not (isinstance(raises, str) and raises.isidentifier()):
            raise InvalidTestCase(f"case {name!r}: raises must name an exception class")
        request = _json_copy(name, _request(name, case, kinds[0]))
        return cls(
            name,
            "call" if kinds[0] == "call" else "expr",
            request,
            expected=_json_copy(name, case.get("expected")),
            raises=raises,
            compare=compare,
        )

    def shown_input(self) -> str:
        """The case's input as a learner would write it: a call, an expression, or stdin."""
        request = self.request
        if self.kind == "program":
            return _clip(request["stdin"])
        if self.kind == "expr":
            setup = request["setup"]
            return _clip(f"{setup}\n{request['expr']}" if setup else request["expr"])
        arguments = [_json_text(arg) for arg in request["args"]]
        arguments += [f"{key}={_json_text(value)}" for key, value in request["kwargs"].items()]
        return _clip(f"{request['call']}({', '.join(arguments)})")

    def shown_expected(self) -> str:
        if self.kind == "program":
            assert self.stdout is not None
            return _clip(self.stdout)
        if self.raises is not None:
            return f"raises {self.raises}"
        return _show(self.expected)


def _request(name: str, case: Mapping[str, Any], kind: str) -> dict[str, Any]:
    if kind == "call":
        args, kwargs = case.get("args", []), case.get("kwargs", {})
        if not (isinstance(case["call"], str) and case["call"].isidentifier()):
            raise InvalidTestCase(f"case {name!r}: call must name a function")
        if not isinstance(args, list) or not isinstance(kwargs, dict):
            raise InvalidTestCase(f"case {name!r}: args must be a list and kwargs an object")
        return {"kind": "call", "call": case["call"], "args": args, "kwargs": kwargs}
    setup = case.get("setup")
    if not isinstance(case["expr"], str) or not isinstance(setup, str | None):
        raise InvalidTestCase(f"case {name!r}: expr and setup must be strings")
    return {"kind": "expr", "setup": setup, "expr": case["expr"]}


def _json_copy(name: str, value: Any) -> Any:
    """The value as JSON would carry it (tuples become lists, keys strings)."""
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError) as exc:
        raise InvalidTestCase(f"case {name!r}: values must be JSON") from exc


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The verdict on one case; ``message`` is empty when it passed. ``input``, ``expected``
    and ``got`` are display texts (``got`` is None when the case was not answered); ``raised``
    names the exception the code raised where it should have answered otherwise, and ``value``
    is the value it answered (for the server's eyes: a codec's encoded form, say)."""

    name: str
    passed: bool
    message: str
    duration_ms: float
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    raised: str | None = None
    value: Any = None


@dataclass(frozen=True, slots=True)
class Summary:
    passed: int
    failed: int
    total: int


@dataclass(frozen=True, slots=True)
class TestReport:
    """The outcome of a test run. ``status`` tells how the run went (see ``run_tests``);
    ``stdout``/``stderr`` are what the code printed, capped like a run's output."""

    __test__ = False  # not a pytest class

    passed: bool
    status: Status
    summary: Summary
    tests: list[CaseResult]
    stdout: str
    stderr: str
    duration_ms: float

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, e.g. for the executor service."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TestReport:
        return cls(
            **{
                **data,
                "status": Status(data["status"]),
                "summary": Summary(**data["summary"]),
                "tests": [CaseResult(**test) for test in data["tests"]],
            }
        )


class _SessionEnded(Exception):
    """The runner stopped answering: it exited, or broke the protocol."""

    def __init__(self, broken: bool) -> None:
        super().__init__("protocol violation" if broken else "runner exited")
        self.broken = broken


@dataclass(frozen=True, slots=True)
class _Verdict:
    passed: bool
    message: str
    got: str | None
    raised: str | None = None
    value: Any = None


@dataclass(slots=True)
class _Grader:
    """Turns the runner's answers into verdicts, and the run into one status."""

    statuses: set[Status] = field(default_factory=set)

    def grade(self, case: Case, answer: dict[str, Any]) -> _Verdict:
        if case.kind == "program":
            return self._program(case, answer)
        if "import_error" in answer:
            self.statuses.add(Status.RUNTIME_ERROR)
            text = _exception_text(answer["import_error"])
            return _Verdict(False, f"your code failed to load: {text}", f"raised {text}")
        if answer.get("missing") is True:
            message = f"{case.request.get('call')} is not defined as a function"
            return _Verdict(False, message, None)
        if isinstance(answer.get("bad_value"), str):
            return _Verdict(False, answer["bad_value"], None)
        if "raised" in answer:
            return self._raised(case, answer["raised"])
        if "value" not in answer:
            raise _SessionEnded(broken=True)
        value = answer["value"]
        got = _show(value)
        if case.raises is not None:
            message = f"expected {case.raises} to be raised, got {got}"
            return _Verdict(False, message, got, value=value)
        if _same(case.expected, value, case.compare):
            return _Verdict(True, "", got, value=value)
        return _Verdict(False, f"expected {_show(case.expected)}, got {got}", got, value=value)

    def _raised(self, case: Case, described: Any) -> _Verdict:
        exception = _exception(described)
        if exception["type"] == "MemoryError":
            self.statuses.add(Status.MEMORY_LIMIT)
        text = _exception_text(exception)
        got = f"raised {text}"
        if case.raises is not None and _matches(case.raises, exception):
            return _Verdict(True, "", got)
        if case.raises is not None:
            message = f"expected {case.raises} to be raised, but it {got}"
            return _Verdict(False, message, got, exception["type"])
        return _Verdict(False, got, got, exception["type"])

    def _program(self, case: Case, answer: dict[str, Any]) -> _Verdict:
        exit_code, stdout = answer.get("exit_code"), answer.get("stdout")
        if not isinstance(exit_code, int) or not isinstance(stdout, str):
            raise _SessionEnded(broken=True)
        got = _clip(stdout)
        if answer.get("truncated") is True:
            self.statuses.add(Status.OUTPUT_LIMIT)
            return _Verdict(False, "output limit exceeded", got)
        if answer.get("raised") is not None:
            exception = _exception(answer["raised"])
            memory = exception["type"] == "MemoryError"
            self.statuses.add(Status.MEMORY_LIMIT if memory else Status.RUNTIME_ERROR)
            return _Verdict(False, f"raised {_exception_text(exception)}", got)
        if exit_code == -signal.SIGXCPU:
            self.statuses.add(Status.TIMEOUT)
            return _Verdict(False, "time limit exceeded", got)
        if exit_code < 0:
            self.statuses.add(Status.RUNTIME_ERROR)
            return _Verdict(False, f"killed by signal {-exit_code}", got)
        if exit_code != 0:
            self.statuses.add(Status.RUNTIME_ERROR)
            return _Verdict(False, f"exited with status {exit_code}", got)
        assert case.stdout is not None
        if _lines(stdout) == _lines(case.stdout):
            return _Verdict(True, "", got)
        return _Verdict(False, f"expected output {_show(case.stdout)}, got {_show(stdout)}", got)


async def run_tests(
    sandbox: Sandbox,
    code: str,
    cases: Sequence[Mapping[str, Any]],
    limits: SandboxLimits = DEFAULT_LIMITS,
) -> TestReport:
    """Run ``cases`` (the exercise test format) against ``code``; the whole run shares one wall
    clock. ``status`` is the worst of: how the runner process ended (``internal_error`` when the
    sandbox did not start, ``timeout``, ``output_limit``), a MemoryError in any case
    (``memory_limit``), and ``runtime_error`` when the code failed to load, a program case
    crashed, or the runner ended or broke the protocol before answering everything.
    Raises InvalidTestCase for malformed cases."""
    parsed = [Case.parse(case) for case in cases]
    started = time.perf_counter()
    order = sorted(range(len(parsed)), key=lambda index: parsed[index].kind != "program")
    verdicts: dict[int, CaseResult] = {}
    grader = _Grader()
    async with sandbox.launch("test", code, limits) as execution:
        try:
            async with asyncio.timeout_at(execution.deadline):
                if execution.started:
                    await _serve(execution, parsed, order, grader, verdicts)
                await execution.finish()
        except TimeoutError:
            execution.kill(Status.TIMEOUT)
            await execution.finish()
        run_status = execution.status()
        unanswered = [index for index in order if index not in verdicts]
        if unanswered:
            grader.statuses.add(Status.RUNTIME_ERROR)
            why = _why_stopped(execution, run_status)
            for position, index in enumerate(unanswered):
                message = why if position == 0 and execution.started else f"not run: {why}"
                case = parsed[index]
                verdicts[index] = CaseResult(
                    case.name, False, message, 0.0, case.shown_input(), case.shown_expected()
                )
        results = [verdicts[index] for index in range(len(parsed))]
        passed = sum(result.passed for result in results)
        return TestReport(
            passed=bool(results) and passed == len(results),
            status=worst_status(run_status, *grader.statuses),
            summary=Summary(passed=passed, failed=len(results) - passed, total=len(results)),
            tests=results,
            stdout=execution.stdout.text(),
            stderr=execution.stderr.text(),
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
        )


class Unanswered(RuntimeError):
    """A run of trusted code (a reference solution) did not answer every case."""


async def answer_cases(
    sandbox: Sandbox,
    code: str,
    cases: Sequence[Mapping[str, Any]],
    limits: SandboxLimits = DEFAULT_LIMITS,
) -> list[dict[str, Any]]:
    """What ``code`` answers to ``cases`` (the test format without answers), one per case:
    ``{"value": ...}``, ``{"raised": "ExceptionClass"}`` or, for a program case,
    ``{"stdout": "..."}``. It serves reference solutions, whose answers become the expected
    ones; raises Unanswered when the run did not answer each case (the solution failed to load,
    a program exited non-zero, the time ran out)."""
    parsed = [
        Case.parse({**case, **({"stdout": ""} if "stdin" in case else {"expected": None})})
        for case in cases
    ]
    answers: list[dict[str, Any]] = []
    async with sandbox.launch("test", code, limits) as execution:
        try:
            async with asyncio.timeout_at(execution.deadline):
                if execution.started:
                    for request_id, case in enumerate(parsed):
                        answers.append(_plain_answer(await _ask(execution, request_id, case)))
                    execution.close_channel()
                await execution.finish()
        except (TimeoutError, _SessionEnded, Unanswered) as exc:
            timed_out = isinstance(exc, TimeoutError)
            execution.kill(Status.TIMEOUT if timed_out else Status.RUNTIME_ERROR)
            await execution.finish()
            raise Unanswered(f"the reference answered {len(answers)} of {len(cases)}") from exc
    if len(answers) != len(cases):
        raise Unanswered(f"the reference answered {len(answers)} of {len(cases)} cases")
    return answers


def _plain_answer(answer: dict[str, Any]) -> dict[str, Any]:
    if "value" in answer:
        return {"value": answer["value"]}
    if "raised" in answer and "exit_code" not in answer:
        return {"raised": _exception(answer["raised"])["type"]}
    program_ok = answer.get("exit_code") == 0 and answer.get("raised") is None
    if program_ok and isinstance(answer.get("stdout"), str) and not answer.get("truncated"):
        return {"stdout": answer["stdout"]}
    raise Unanswered(f"the reference gave no answer: {sorted(answer)}")


async def _serve(
    execution: Execution,
    cases: list[Case],
    order: list[int],
    grader: _Grader,
    verdicts: dict[int, CaseResult],
) -> None:
    """Ask every case in ``order`` until the runner stops answering properly."""
    try:
        for request_id, index in enumerate(order):
            case = cases[index]
            started = time.perf_counter()
            answer = await _ask(execution, request_id, case)
            verdict = grader.grade(case, answer)
            # Microseconds: a fast case answers within a tenth of a millisecond.
            elapsed = round((time.perf_counter() - started) * 1000, 3)
            verdicts[index] = CaseResult(
                case.name,
                verdict.passed,
                verdict.message,
                elapsed,
                case.shown_input(),
                case.shown_expected(),
                verdict.got,
                verdict.raised,
                verdict.value,
            )
    except _SessionEnded as ended:
        if ended.broken:
            execution.kill(Status.RUNTIME_ERROR)
    else:
        execution.close_channel()


async def _ask(execution: Execution, request_id: int, case: Case) -> dict[str, Any]:
    if not await execution.send(marshal.dumps({"id": request_id, **case.request}, 4)):
        raise _SessionEnded(broken=False)
    try:
        answer = await execution.receive_message()
    except ProtocolError:
        raise _SessionEnded(broken=True) from None
    if answer is None:
        raise _SessionEnded(broken=False)
    if answer.get("id") != request_id or isinstance(answer.get("id"), bool):
        raise _SessionEnded(broken=True)
    return answer


def _why_stopped(execution: Execution, status: Status) -> str:
    if status == Status.TIMEOUT:
        return "time limit exceeded"
    if status == Status.OUTPUT_LIMIT:
        return "output limit exceeded"
    if not execution.started:
        return "the sandbox failed to start"
    if execution.killed_for == Status.RUNTIME_ERROR:
        return "the test run was disrupted: invalid data on the result channel"
    return f"your code ended the test run (exit status {execution.exit_code})"


def _exception(described: Any) -> dict[str, Any]:
    """A runner's exception description, checked."""
    if not (
        isinstance(described, dict)
        and isinstance(described.get("type"), str)
        and isinstance(described.get("message"), str)
        and _strings(described.get("names"))
        and _strings(described.get("builtins"))
    ):
        raise _SessionEnded(broken=True)
    return described


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _matches(expected: str, exception: dict[str, Any]) -> bool:
    """The exception is ``expected``, or a subclass of it; a builtin name only matches the
    builtin class (a learner's own ``ValueError`` class is not the builtin one)."""
    if expected in BUILTIN_EXCEPTIONS:
        return expected in exception["builtins"]
    return expected in exception["names"]


def _exception_text(exception: Any) -> str:
    exception = _exception(exception)
    message = exception["message"]
    return f"{exception['type']}: {message}" if message else exception["type"]


def _show(value: Any) -> str:
    if isinstance(value, dict) and value.keys() == {"$repr"} and isinstance(value["$repr"], str):
        return _clip(value["$repr"])
    return _clip(_json_text(value))


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _clip(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "..."


def _lines(text: str) -> list[str]:
    """Output compared without trailing whitespace on lines and at the end."""
    return [line.rstrip() for line in text.rstrip().splitlines()]


def _same(expected: Any, actual: Any, compare: Compare) -> bool:
    if compare == "unordered" and isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _equal(left, right, approx=False)
            for left, right in zip(
                sorted(expected, key=_key), sorted(actual, key=_key), strict=True
            )
        )
    return _equal(expected, actual, approx=compare == "approx")


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _equal(expected: Any, actual: Any, *, approx: bool) -> bool:
    """JSON equality where true is not 1 and, with ``approx``, numbers may differ slightly."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        if approx:
            try:
                return math.isclose(expected, actual, rel_tol=1e-6, abs_tol=1e-9)
            except OverflowError:
                return expected == actual
        return expected == actual
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _equal(left, right, approx=approx) for left, right in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            _equal(expected[key], actual[key], approx=approx) for key in expected
        )
    return type(expected) is type(actual) and expected == actual
