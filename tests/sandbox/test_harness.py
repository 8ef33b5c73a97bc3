"""run_tests: grading of every case kind and comparison, messages, and the run's status."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from leettrack.executor import (
    InvalidTestCase,
    Sandbox,
    SandboxLimits,
    Status,
    TestReport,
    run_tests,
)
from leettrack.executor.harness import Unanswered, answer_cases
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = needs_bwrap

SANDBOX = Sandbox()


async def grade(
    code: str, cases: list[dict[str, Any]], limits: SandboxLimits = QUICK
) -> TestReport:
    return await run_tests(SANDBOX, code, cases, limits)


def messages(report: TestReport) -> dict[str, str]:
    return {test.name: test.message for test in report.tests}


SOLUTION = """
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()

class InsufficientFunds(Exception):
    pass

class Overdrawn(InsufficientFunds):
    pass

def add(a, b):
    return a + b

def mean(values):
    return sum(values) / len(values)

def parse_age(text):
    return int(text)

def withdraw(balance, amount):
    if amount > balance:
        raise Overdrawn(f"balance {balance} is below {amount}")
    return balance - amount

def pairs(values):
    return [[b, a] for a, b in zip(values, values[1:])][::-1]

if __name__ == "__main__":
    name = input()
    print(f"Hello, {name}!   ")
else:
    print("imported")
"""

CASES: list[dict[str, Any]] = [
    {"name": "adds", "call": "add", "args": [1, 2], "kwargs": {}, "expected": 3},
    {
        "name": "adds by keyword",
        "call": "add",
        "args": [],
        "kwargs": {"a": 2, "b": 5},
        "expected": 7,
    },
    {"name": "mean", "call": "mean", "args": [[0.1, 0.2]], "expected": 0.15, "compare": "approx"},
    {
        "name": "pairs",
        "call": "pairs",
        "args": [[1, 2, 3]],
        "expected": [[2, 1], [3, 2]],
        "compare": "unordered",
    },
    {"name": "rejects words", "call": "parse_age", "args": ["x"], "raises": "ValueError"},
    {"name": "custom exception", "call": "withdraw", "args": [1, 5], "raises": "InsufficientFunds"},
    {
        "name": "stack",
        "setup": "s = Stack()\ns.push(1)\ns.push(2)",
        "expr": "s.pop()",
        "expected": 2,
    },
    {"name": "fresh namespace", "expr": "'s' in globals()", "expected": False},
    {"name": "greets", "stdin": "Ada\n", "stdout": "Hello, Ada!\n"},
    {"name": "greets again", "stdin": "Grace", "stdout": "Hello, Grace!"},
]


async def test_a_correct_solution_passes_every_kind_of_case() -> None:
    report = await grade(SOLUTION, CASES)
    assert messages(report) == {case["name"]: "" for case in CASES}
    assert report.passed and report.status == Status.OK
    assert (report.summary.passed, report.summary.failed, report.summary.total) == (10, 0, 10)
    assert [test.name for test in report.tests] == [case["name"] for case in CASES]
    assert all(test.duration_ms > 0 for test in report.tests)
    assert report.stdout == "imported\n"  # the module's own print; program output is graded
    assert report.duration_ms > 0


async def test_a_report_travels_as_json() -> None:
    report = await grade(SOLUTION, CASES[:2])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["status"] == "ok" and data["summary"] == {"passed": 2, "failed": 0, "total": 2}
    assert data["tests"][0].keys() == {
        "name",
        "passed",
        "message",
        "duration_ms",
        "input",
        "expected",
        "got",
        "raised",
        "value",
    }
    assert TestReport.from_dict(data) == report


async def test_a_result_names_what_was_raised_and_keeps_the_value_answered() -> None:
    code = SOLUTION.replace("return a + b", "return a * b").replace("self.items = []", "pass")
    report = await grade(code, CASES)
    results = {test.name: test for test in report.tests}
    assert (results["adds"].value, results["adds"].raised) == (2, None)
    assert (results["stack"].value, results["stack"].raised) == (None, "AttributeError")
    assert results["rejects words"].raised is None  # it answered, without raising


async def test_each_verdict_shows_the_input_the_expected_answer_and_what_was_got() -> None:
    code = SOLUTION.replace("return a + b", "return a * b").replace("int(text)", "text")
    report = await grade(code, CASES)
    shown = {test.name: (test.input, test.expected, test.got) for test in report.tests}
    assert shown["adds"] == ("add(1, 2)", "3", "2")
    assert shown["adds by keyword"] == ("add(a=2, b=5)", "7", "10")
    assert shown["rejects words"] == ('parse_age("x")', "raises ValueError", '"x"')
    assert shown["custom exception"][1:] == (
        "raises InsufficientFunds",
        "raised Overdrawn: balance 1 is below 5",
    )
    assert shown["stack"] == ("s = Stack()\ns.push(1)\ns.push(2)\ns.pop()", "2", "2")
    assert shown["greets"] == ("Ada\n", "Hello, Ada!\n", "Hello, Ada!   \n")


async def test_cases_that_were_never_answered_show_no_result() -> None:
    report = await grade("import os\nos._exit(3)\n", CASES[:1])
    assert [(test.input, test.expected, test.got) for test in report.tests] == [
        ("add(1, 2)", "3", None)
    ]


async def test_wrong_answers_get_precise_messages() -> None:
    code = """
def add(a, b):
    return a - b
def mean(values):
    return 0.1501
def parse_age(text):
    return 4
def withdraw(balance, amount):
    raise KeyError("account")
def pairs(values):
    return [[1, 2]]
Stack = list
if __name__ == "__main__":
    print(input())
"""
    report = await grade(code, CASES)
    assert messages(report) == {
        "adds": "expected 3, got -1",
        "adds by keyword": "expected 7, got -3",
        "mean": "expected 0.15, got 0.1501",
        "pairs": "expected [[2, 1], [3, 2]], got [[1, 2]]",
        "rejects words": "expected ValueError to be raised, got 4",
        "custom exception": (
            "expected InsufficientFunds to be raised, but it raised KeyError: 'account'"
        ),
        "stack": "raised AttributeError: 'list' object has no attribute 'push'",
        "fresh namespace": "",
        "greets": 'expected output "Hello, Ada!\\n", got "Ada\\n"',
        "greets again": 'expected output "Hello, Grace!", got "Grace\\n"',
    }
    assert not report.passed and report.status == Status.OK
    assert report.summary.passed == 1


@pytest.mark.parametrize(
    ("returned", "expected", "compare", "passes"),
    [
        ("(1, 2)", [1, 2], "exact", True),
        ("{3, 1, 2}", [1, 2, 3], "exact", True),
        ("{1: 'a', (2, 3): 'b'}", {"1": "a", "[2,3]": "b"}, "exact", True),
        ("True", 1, "exact", False),
        ("1.0", 1, "exact", True),
        ("0.1 + 0.2", 0.3, "exact", False),
        ("0.1 + 0.2", 0.3, "approx", True),
        ("[[0.1 + 0.2], 2]", [[0.3], 2], "approx", True),
        ("[3, 1, 2]", [1, 2, 3], "unordered", True),
        ("[3, 1]", [1, 2, 3], "unordered", False),
        ("'3'", 3, "exact", False),
        ("None", None, "exact", True),
    ],
)
async def test_values_are_normalised_then_compared(
    returned: str, expected: Any, compare: str, passes: bool
) -> None:
    report = await grade(
        f"def f():\n    return {returned}",
        [{"name": "c", "call": "f", "expected": expected, "compare": compare}],
    )
    assert report.tests[0].passed is passes, report.tests[0].message


async def test_objects_are_shown_by_their_repr() -> None:
    code = (
        "class P:\n    def __repr__(self):\n        return 'Point(1, 2)'\ndef f():\n    return P()"
    )
    report = await grade(code, [{"name": "c", "call": "f", "expected": [1, 2]}])
    assert report.tests[0].message == "expected [1, 2], got Point(1, 2)"


@pytest.mark.parametrize(
    ("code", "passes"),
    [
        ("class Bad(ValueError):\n    pass\ndef f():\n    raise Bad('no')", True),
        ("def f():\n    int('x')", True),
        ("class ValueError(Exception):\n    pass\ndef f():\n    raise ValueError('fake')", False),
        ("def f():\n    raise TypeError('no')", False),
    ],
)
async def test_raises_matches_builtins_and_their_subclasses(code: str, passes: bool) -> None:
    report = await grade(code, [{"name": "c", "call": "f", "raises": "ValueError"}])
    assert report.tests[0].passed is passes


async def test_missing_function_and_broken_module() -> None:
    report = await grade("x = 1", [{"name": "c", "call": "add", "args": [1, 2], "expected": 3}])
    assert report.tests[0].message == "add is not defined as a function"
    broken = await grade(
        "def add(a, b:\n    pass",
        [
            {"name": "call", "call": "add", "args": [1, 2], "expected": 3},
            {"name": "program", "stdout": ""},
        ],
    )
    assert broken.status == Status.RUNTIME_ERROR
    assert messages(broken) == {
        "call": "your code failed to load: SyntaxError: '(' was never closed (main.py, line 1)",
        "program": "raised SyntaxError: '(' was never closed (main.py, line 1)",
    }
    assert "SyntaxError" in broken.stderr


async def test_program_cases_report_crashes_and_exit_statuses() -> None:
    cases = [
        {"name": "crash", "stdin": "x", "stdout": "1\n"},
        {"name": "exit", "stdin": "exit", "stdout": ""},
        {"name": "fine", "stdin": "7", "stdout": "7\n"},
    ]
    code = "import sys\ntext = input()\nif text == 'exit':\n    sys.exit(2)\nprint(int(text))"
    report = await grade(code, cases)
    assert messages(report) == {
        "crash": "raised ValueError: invalid literal for int() with base 10: 'x'",
        "exit": "exited with status 2",
        "fine": "",
    }
    assert report.status == Status.RUNTIME_ERROR
    assert "Traceback" in report.stderr


async def test_a_program_that_leaves_a_child_behind_does_not_hang_the_run() -> None:
    code = (
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print('done')\n"
    )
    started = time.perf_counter()
    report = await grade(code, [{"name": "c", "stdout": "done"}])
    assert report.passed
    assert time.perf_counter() - started < 2


async def test_a_hanging_case_times_out_and_the_rest_are_not_run() -> None:
    code = "def ok():\n    return 1\ndef hang():\n    while True:\n        pass"
    cases = [
        {"name": "first", "call": "ok", "expected": 1},
        {"name": "second", "call": "hang", "expected": 1},
        {"name": "third", "call": "ok", "expected": 1},
    ]
    started = time.perf_counter()
    report = await grade(code, cases, SandboxLimits(cpu_seconds=10, wall_seconds=1.5))
    assert time.perf_counter() - started < 3
    assert report.status == Status.TIMEOUT and not report.passed
    assert messages(report) == {
        "first": "",
        "second": "time limit exceeded",
        "third": "not run: time limit exceeded",
    }


async def test_cpu_limit_in_a_call_case() -> None:
    code = "def spin():\n    while True:\n        pass"
    cases = [{"name": "spin", "call": "spin", "expected": 1}]
    report = await grade(code, cases, SandboxLimits(cpu_seconds=1, wall_seconds=8))
    assert report.status == Status.TIMEOUT
    assert report.tests[0].message == "time limit exceeded"
    assert report.duration_ms < 4000


async def test_cpu_limit_in_a_program_case() -> None:
    report = await grade(
        "while True:\n    pass", [{"name": "spin", "stdout": ""}], SandboxLimits(cpu_seconds=1)
    )
    assert report.status == Status.TIMEOUT
    assert report.tests[0].message == "time limit exceeded"


async def test_memory_error_in_a_case_is_a_memory_limit() -> None:
    code = "def hog():\n    return bytearray(2**40)"
    report = await grade(code, [{"name": "hog", "call": "hog", "expected": 0}])
    assert report.status == Status.MEMORY_LIMIT
    assert report.tests[0].message == "raised MemoryError"


async def test_program_output_over_the_cap_fails_the_case() -> None:
    code = "print('x' * 100_000)"
    report = await grade(code, [{"name": "flood", "stdout": "x"}])
    assert report.status == Status.OUTPUT_LIMIT
    assert report.tests[0].message == "output limit exceeded"


async def test_printing_past_the_cap_in_a_call_stops_the_run() -> None:
    code = "def noisy():\n    while True:\n        print('z' * 1000)"
    cases = [
        {"name": "noisy", "call": "noisy", "expected": 1},
        {"name": "after", "call": "noisy", "expected": 1},
    ]
    report = await grade(code, cases)
    assert report.status == Status.OUTPUT_LIMIT
    assert messages(report) == {
        "noisy": "output limit exceeded",
        "after": "not run: output limit exceeded",
    }


async def test_no_cases_is_not_a_pass() -> None:
    report = await grade("x = 1", [])
    assert not report.passed and report.summary.total == 0 and report.status == Status.OK


@pytest.mark.parametrize(
    "case",
    [
        {"call": "f", "expected": 1},
        {"name": "", "call": "f", "expected": 1},
        {"name": "two kinds", "call": "f", "expr": "1", "expected": 1},
        {"name": "no kind", "expected": 1},
        {"name": "no expectation", "call": "f"},
        {"name": "both", "call": "f", "expected": 1, "raises": "ValueError"},
        {"name": "bad compare", "call": "f", "expected": 1, "compare": "fuzzy"},
        {"name": "bad args", "call": "f", "args": {"a": 1}, "expected": 1},
        {"name": "bad call", "call": "f()", "expected": 1},
        {"name": "bad raises", "call": "f", "raises": "not a name"},
        {"name": "bad stdout", "stdout": 3},
        {"name": "not json", "call": "f", "expected": {1, 2}},
    ],
)
async def test_malformed_cases_are_rejected(case: dict[str, Any]) -> None:
    with pytest.raises(InvalidTestCase):
        await grade("def f():\n    return 1", [case])


async def test_answer_cases_collects_a_reference_solutions_answers() -> None:
    reference = (
        "def double(n):\n    if n < 0:\n        raise ValueError(n)\n    return (n * 2, {n})\n"
    )
    cases = [
        {"name": "value", "call": "double", "args": [4]},
        {"name": "raised", "call": "double", "args": [-1]},
        {"name": "expression", "expr": "double(1)[0] + 1"},
    ]
    answers = await answer_cases(SANDBOX, reference, cases, QUICK)
    assert answers == [{"value": [8, [4]]}, {"raised": "ValueError"}, {"value": 3}]
    program = await answer_cases(SANDBOX, "print(input() * 2)", [{"name": "p", "stdin": "ab\n"}])
    assert program == [{"stdout": "abab\n"}]


@pytest.mark.parametrize(
    "reference",
    ["import os\nos._exit(3)\n", "def double(n):\n    while True: pass\n", "syntax error("],
)
async def test_a_reference_that_does_not_answer_every_case_is_refused(reference: str) -> None:
    cases = [{"name": "value", "call": "double", "args": [4]}]
    with pytest.raises(Unanswered):
        await answer_cases(SANDBOX, reference, cases, QUICK)
