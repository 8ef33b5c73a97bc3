"""The judge on problems made up for the test, through the real sandbox: a codec is judged by
round trips over two runs, so one that keeps the values in memory fails; a design problem's
operations; in-place answers; answers in any order; long answers compared by digest."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any

import pytest

from leettrack.executor import DEFAULT_LIMITS, ExecutorPool, Sandbox
from leettrack.executor.backend import LocalExecutor
from leettrack.problems.content import BundledProblem, Metadata
from leettrack.problems.grading import judge
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap


@pytest.fixture
async def executor() -> AsyncIterator[LocalExecutor]:
    local = LocalExecutor(ExecutorPool(Sandbox(), max_concurrency=2), DEFAULT_LIMITS)
    yield local
    await local.aclose()


def made_up(
    metadata: dict[str, Any],
    examples: list[dict[str, Any]],
    hidden: list[dict[str, Any]],
    solution: str,
    generate: Any = None,
) -> BundledProblem:
    return BundledProblem(
        metadata=Metadata.model_validate(
            {"slug": "made-up", "title": "Made up", "difficulty": "easy", "topics": []}
            | {"time_limit_ms": 3000}
            | metadata
        ),
        statement="",
        starter_code="",
        solution_code=solution,
        naive_code=None,
        judge_code=None,
        examples=examples,
        hidden=hidden,
        generate=generate or (lambda rng: [[rng.randint(0, 9)]]),
        check=lambda *args: None,
    )


def trees(values: list[list[Any]]) -> list[dict[str, Any]]:
    return [{"name": f"tree {n}", "args": [v], "expected": v} for n, v in enumerate(values)]


CODEC = made_up(
    {
        "kind": "codec",
        "class": "Codec",
        "codec": ["serialize", "deserialize"],
        "params": [{"name": "root", "type": "TreeNode"}],
        "returns": "TreeNode",
    },
    trees([[1, 2, 3], [], [5, None, 6]]),
    trees([[1], [1, 2], [3, None, 4, 5]]),
    "",
    generate=lambda rng: [[[rng.randint(0, 9), None, rng.randint(0, 9)]]],
)
HONEST_CODEC = """
class Codec:
    def serialize(self, root):
        if root is None:
            return "#"
        return f"{root.val},{self.serialize(root.left)},{self.serialize(root.right)}"

    def deserialize(self, data):
        tokens = iter(data.split(","))
        def build():
            token = next(tokens)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left, node.right = build(), build()
            return node
        return build()
"""
STASHING_CODEC = """
KEPT = {}

class Codec:
    def serialize(self, root):
        KEPT[str(len(KEPT))] = root
        return str(len(KEPT) - 1)

    def deserialize(self, data):
        return KEPT[data]
"""
NOT_A_STRING = """
class Codec:
    def serialize(self, root):
        return [root.val] if root else []

    def deserialize(self, data):
        return None
"""


async def test_a_codec_round_trips_through_two_runs(executor: LocalExecutor) -> None:
    verdict, report = await judge(executor, CODEC, HONEST_CODEC, seed=1)
    assert verdict == "accepted", [test.message for test in report.tests if not test.passed]
    assert report.tests[0].input == "root = [1, 2, 3]"


async def test_a_codec_that_keeps_the_values_in_memory_fails(executor: LocalExecutor) -> None:
    verdict, report = await judge(executor, CODEC, STASHING_CODEC, seed=1)
    assert verdict == "runtime_error"  # KeyError: the decoding run has nothing kept
    assert not any(test.passed for test in report.tests)


async def test_an_encoding_that_is_not_a_string_fails(executor: LocalExecutor) -> None:
    verdict, report = await judge(executor, CODEC, NOT_A_STRING, seed=1)
    assert verdict == "wrong_answer"
    assert report.tests[0].message == "encoding must give a string, got [1]"


STACK = made_up(
    {"kind": "design", "class": "MaxStack"},
    [
        {
            "name": "push and peek",
            "args": [["MaxStack", "push", "push", "top_max"], [[], [3], [7], []]],
            "expected": [None, None, None, 7],
        }
    ],
    [],
    "class MaxStack:\n    def __init__(self):\n        self.items = []\n"
    "    def push(self, x):\n        self.items.append(x)\n"
    "    def top_max(self):\n        return max(self.items)\n",
)


async def test_a_design_problem_runs_its_operations(executor: LocalExecutor) -> None:
    problem = made_up(
        STACK.metadata.model_dump(by_alias=True),
        STACK.examples,
        [],
        STACK.solution_code,
        generate=lambda rng: [[["MaxStack", "push", "top_max"], [[], [rng.randint(0, 9)], []]]],
    )
    verdict, report = await judge(executor, problem, problem.solution_code, seed=3)
    assert verdict == "accepted", report.tests
    wrong = problem.solution_code.replace("max(self.items)", "min(self.items)")
    verdict, report = await judge(executor, problem, wrong, seed=3)
    assert verdict == "wrong_answer" and report.tests[0].got == "[null, null, null, 3]"


async def test_in_place_answers_any_order_and_long_answers(executor: LocalExecutor) -> None:
    numbers = list(range(2000))
    problem = made_up(
        {
            "method": "shuffled",
            "params": [{"name": "nums", "type": "int[]"}],
            "inplace": "nums",
            "order": "any",
        },
        [{"name": "short", "args": [[3, 1, 2]], "expected": [1, 2, 3]}],
        [{"name": "long", "args": [numbers], "expected": numbers}],
        "class Solution:\n    def shuffled(self, nums):\n        nums.reverse()\n",
        generate=lambda rng: [[random.Random(rng.random()).sample(range(9), 5)]],
    )
    verdict, report = await judge(executor, problem, problem.solution_code, seed=5)
    assert verdict == "accepted", report.tests
    dropping = "class Solution:\n    def shuffled(self, nums):\n        nums.pop()\n"
    verdict, _ = await judge(executor, problem, dropping, seed=5)
    assert verdict == "wrong_answer"


async def test_long_answers_compared_approximately_are_not_digested(
    executor: LocalExecutor,
) -> None:
    halves = [n / 2 for n in range(1000)]
    problem = made_up(
        {"method": "halves", "params": [{"name": "n", "type": "int"}], "compare": "approx"},
        [{"name": "long", "args": [1000], "expected": halves}],
        [],
        "class Solution:\n    def halves(self, n):\n        return [k / 2 for k in range(n)]\n",
        generate=lambda rng: [[rng.randint(500, 900)]],
    )
    close = (
        "class Solution:\n    def halves(self, n):\n        return [k / 2 + 1e-9 for k in range(n)]"
    )
    verdict, report = await judge(executor, problem, close, seed=2)
    assert verdict == "accepted", report.tests
