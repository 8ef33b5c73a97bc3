"""The harvest-then-lookup forgery, through the HTTP API: a first submission records every input
and expected value the report reveals, a second one is a lookup table built from them with no
algorithm at all. It must not pass, and no response nor stored report may carry anything of a
hidden case beyond its name and verdict."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from leettrack.executor.harness import Case
from leettrack.exercises.models import ExerciseSubmission
from tests.exercises.conftest import bundled
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

MARK = "HARVEST:"

HARVEST_CALLS = """
import json, sys
def _recorder(name):
    def record(*args, **kwargs):
        line = "{mark}" + json.dumps([name, args, kwargs])
        print(line)
        print(line, file=sys.stderr)
        raise ValueError(line)
    return record
"""
HARVEST_PROGRAM = """
import json, sys
line = "{mark}" + json.dumps(sys.stdin.read())
print(line)
print(line, file=sys.stderr)
raise ValueError(line)
"""
LOOKUP_CALLS = """
import builtins, json
TABLE = json.loads({table!r})
def _lookup(name):
    def answer(*args):
        shown = name + "(" + ", ".join(json.dumps(a, ensure_ascii=False) for a in args) + ")"
        expected = TABLE.get(shown)
        if expected is None:
            return None
        if expected.startswith("raises "):
            raise getattr(builtins, expected.split()[1], ValueError)("looked up")
        return json.loads(expected)
    return answer
"""
LOOKUP_PROGRAM = """
import json, sys
TABLE = json.loads({table!r})
print(TABLE.get(sys.stdin.read(), ""), end="")
"""


def functions_of(exercise_id: str) -> list[str]:
    return sorted({case["call"] for case in bundled(exercise_id).cases if "call" in case})


def harvester(exercise_id: str) -> str:
    functions = functions_of(exercise_id)
    if not functions:
        return HARVEST_PROGRAM.replace("{mark}", MARK)
    code = HARVEST_CALLS.replace("{mark}", MARK)
    return code + "".join(f"{name} = _recorder({name!r})\n" for name in functions)


def lookup(exercise_id: str, table: dict[str, str]) -> str:
    functions = functions_of(exercise_id)
    if not functions:
        return LOOKUP_PROGRAM.format(table=json.dumps(table))
    code = LOOKUP_CALLS.format(table=json.dumps(table))
    return code + "".join(f"{name} = _lookup({name!r})\n" for name in functions)


async def submit(
    client: httpx.AsyncClient, user: dict[str, Any], exercise_id: str, code: str
) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/exercises/test",
        json={"exercise_id": exercise_id, "code": code},
        headers=user["headers"],
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def harvested_table(report: dict[str, Any]) -> dict[str, str]:
    """Everything the report pairs: an input with its expected answer."""
    return {
        test["input"]: test["expected"]
        for test in report["tests"]
        if test["input"] is not None and test["expected"] is not None
    }


def harvested_inputs(text: str) -> set[str]:
    """Every input the harvesting code printed that came back in a report."""
    return {line.split(MARK, 1)[1] for line in text.splitlines() if MARK in line}


def assert_reveals_nothing_hidden(report: dict[str, Any], exercise_id: str) -> None:
    exercise = bundled(exercise_id)
    hidden = [test for test in report["tests"] if test["visibility"] == "hidden"]
    assert len(hidden) >= len(exercise.hidden)
    for test in hidden:
        assert set(test) == {
            *("name", "visibility", "passed", "message", "input", "expected", "got"),
            "duration_ms",
        }
        assert (test["message"], test["input"], test["expected"], test["got"]) == (
            "",
            None,
            None,
            None,
        )
        assert test["duration_ms"] is None
    examples = {Case.parse(case).shown_input() for case in exercise.examples}
    text = json.dumps(report, ensure_ascii=False)
    for case in exercise.hidden:
        shown = Case.parse(case).shown_input()
        if shown not in examples and len(shown) > 3:
            assert json.dumps(shown, ensure_ascii=False)[1:-1] not in text, case["name"]
    printed = harvested_inputs(report["stdout"]) | harvested_inputs(report["stderr"])
    assert len(printed) <= len(exercise.examples)  # only the examples' runs come back


@pytest.mark.parametrize("exercise_id", ["two-sum", "dijkstra", "parse-age", "hello-world"])
async def test_a_lookup_table_built_from_earlier_reports_does_not_pass(
    client: httpx.AsyncClient, learner: dict[str, Any], seeded: FastAPI, exercise_id: str
) -> None:
    first = await submit(client, learner, exercise_id, harvester(exercise_id))
    assert first["passed"] is False
    assert_reveals_nothing_hidden(first, exercise_id)
    table = harvested_table(first)
    assert len(table) == len(bundled(exercise_id).examples)  # the examples are shown in full

    second = await submit(client, learner, exercise_id, lookup(exercise_id, table))
    assert_reveals_nothing_hidden(second, exercise_id)
    verdicts = {test["name"]: test["passed"] for test in second["tests"]}
    assert all(verdicts[case["name"]] for case in bundled(exercise_id).examples), verdicts
    assert second["passed"] is False
    assert not all(passed for name, passed in verdicts.items() if name.startswith("generated"))
    assert second["progress"]["status"] == "in_progress"
    assert second["progress"]["completion"] is None

    for report in (first, second):
        detail = await client.get(
            f"/api/v1/submissions/{report['submission_id']}", headers=learner["headers"]
        )
        stored = detail.json()["data"]
        assert stored["success"] is False
        assert_reveals_nothing_hidden(stored["result"], exercise_id)
    async with seeded.state.db.sessionmaker() as session:
        rows = (
            await session.execute(
                select(ExerciseSubmission.success, ExerciseSubmission.test_results).where(
                    ExerciseSubmission.exercise_id == exercise_id
                )
            )
        ).all()
    assert [success for success, _ in rows] == [False, False]
    for _, stored_report in rows:
        assert_reveals_nothing_hidden(stored_report, exercise_id)
    progress = await client.get("/api/v1/progress/stats", headers=learner["headers"])
    assert progress.json()["data"]["completed"] == 0


async def test_the_honest_solution_passes_every_kind_of_case(
    client: httpx.AsyncClient, learner: dict[str, Any]
) -> None:
    report = await submit(client, learner, "dijkstra", bundled("dijkstra").solution_code)
    assert report["passed"] is True
    kinds = {test["visibility"] for test in report["tests"]}
    assert kinds == {"example", "hidden"}
    assert any(test["name"].startswith("generated") for test in report["tests"])
    assert report["progress"]["completion"] == "verified"
