"""How a problem is put to the sandbox: the learner's (or the reference's) code between the
prelude and the judge, and the problem's cases as harness cases calling ``lt_run``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from leettrack.problems import sandbox_judge
from leettrack.problems.content import BundledProblem

_HERE = Path(__file__).parent
PRELUDE = (_HERE / "prelude.py").read_text(encoding="utf-8")
JUDGE = (_HERE / "sandbox_judge.py").read_text(encoding="utf-8")
# One line, so that the learner's code starts on line 2 of what runs.
PRELUDE_LINE = f"exec(compile({PRELUDE!r}, '<prelude>', 'exec'))\n"


def program(problem: BundledProblem, code: str) -> str:
    """``code`` as it runs for ``problem``: after the prelude, before the judge."""
    metadata = problem.metadata
    names = [param.name for param in metadata.params]
    spec = {
        "kind": metadata.kind,
        "method": metadata.method,
        "class": metadata.class_name,
        "codec": metadata.codec,
        "types": [param.type for param in metadata.params],
        "returns": metadata.returns,
        "inplace": None if metadata.inplace is None else names.index(metadata.inplace),
        "order": metadata.order,
        "compare": metadata.compare,
        "custom": problem.judge_code is not None,
    }
    parts = [
        PRELUDE_LINE,
        code,
        "\n\n",
        JUDGE,
        f"\nlt_spec = lt_json.loads({json.dumps(spec)!r})\n",
    ]
    if problem.judge_code is not None:
        parts.append(problem.judge_code)
    return "".join(parts)


def harness_case(problem: BundledProblem, case: dict[str, Any]) -> dict[str, Any]:
    """A problem case as the executor's test format; an expected answer is put in the form the
    judge gives it (canonical order, digest when long)."""
    harness = {"name": case["name"], "call": "lt_run", "args": case["args"]}
    if problem.metadata.compare == "approx":
        harness["compare"] = "approx"
    if "expected" in case:
        harness["expected"] = expected_form(problem, case["expected"])
    return harness


def expected_form(problem: BundledProblem, expected: Any) -> Any:
    """``expected`` as the judge gives an answer (see ``sandbox_judge.lt_answer``)."""
    canonical = sandbox_judge.lt_canonical(expected, problem.metadata.order)
    if problem.metadata.compare == "approx":
        return canonical
    return sandbox_judge.lt_compact(canonical)
