"""Answers generated cases with an exercise's reference solution, INSIDE the sandbox.

Run as a program (``python3 -I -S``) whose stdin is ``{"solution": source, "cases": [...]}``, the
cases in the test format without their answers. It prints one JSON list, an answer per case:
``{"value": ...}`` (normalised like the runner's values: tuples and sets become lists),
``{"raised": "ExceptionClass"}`` or, for a program case, ``{"stdout": "..."}``. Everything the
solution prints itself is captured, so this program's stdout is that list alone. It runs our own
reference code on our own inputs; a learner's code never runs here.
"""
# ruff: noqa: S102, S307

import io
import json
import sys
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    return {"$repr": repr(value)}


def _program(solution: str, stdin: str) -> dict[str, Any]:
    sys.stdin, sys.stdout = io.StringIO(stdin), io.StringIO()
    try:
        exec(compile(solution, "solution.py", "exec"), {"__name__": "__main__"})
    except SystemExit as exc:
        if exc.code not in (None, 0):
            raise
    return {"stdout": sys.stdout.getvalue()}


def _call(namespace: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    try:
        if "call" in case:
            value = namespace[case["call"]](*case.get("args", []), **case.get("kwargs", {}))
        else:
            scope = dict(namespace)
            if case.get("setup"):
                exec(compile(case["setup"], "<setup>", "exec"), scope)
            value = eval(compile(case["expr"], "<expr>", "eval"), scope)
    except Exception as exc:
        return {"raised": type(exc).__name__}
    return {"value": json.loads(json.dumps(value, default=_plain))}


def main() -> None:
    request = json.load(sys.stdin)
    solution, cases = request["solution"], request["cases"]
    out = sys.stdout
    sys.stdout = io.StringIO()
    namespace: dict[str, Any] = {"__name__": "solution"}
    if any("stdin" not in case for case in cases):
        exec(compile(solution, "solution.py", "exec"), namespace)
    answers = [
        _program(solution, case["stdin"]) if "stdin" in case else _call(namespace, case)
        for case in cases
    ]
    out.write(json.dumps(answers))
    out.flush()


if __name__ == "__main__":
    main()
