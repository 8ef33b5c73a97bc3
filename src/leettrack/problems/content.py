"""The bundled problems under ``leettrack/data/problems/<slug>/``, read and checked.

docs/PROBLEMS.md describes the format. Each directory holds ``problem.json`` (the metadata
below), ``statement.md``, ``starter.py`` (LeetCode's Python 3 template for the problem),
``solution.py`` (the reference), ``tests.json`` (``{"examples": [...], "hidden": [...]}``, each
case ``{"name", "args", "expected"}`` in plain JSON values) and ``generate.py``, which defines
``generate(rng) -> list[list]`` (fresh argument lists for every submission) and ``check(*args)``
(asserts the constraints). Optional: ``naive.py``, a correct solution of a slower complexity
that must run out of time on the largest generated inputs, and ``judge.py``, which defines
``lt_judge(*args)`` where the default judge (``sandbox_judge.lt_call``) does not fit. A codec
problem's cases are round trips: each case's expected value is its one argument. Whether
the solutions pass, the starters fail and the naive solutions time out is checked by running
them (tests/problems/test_content.py); this module checks everything else.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from leettrack.exercises.content import ContentError, read_json, read_text, run_module

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MIN_EXAMPLES = 3
MIN_HIDDEN = 5
MAX_GENERATED = 40
MIN_TIME_LIMIT_MS = 500
MAX_TIME_LIMIT_MS = 10_000

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]
Text = Annotated[str, StringConstraints(min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Generate = Callable[[random.Random], list[list[Any]]]
Check = Callable[..., None]


class Param(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    name: Identifier
    type: Text  # as LeetCode names it: int, int[], string, ListNode, TreeNode, ListNode[], ...


class Metadata(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    slug: Slug
    title: Text
    difficulty: Literal["easy", "medium", "hard"]
    topics: list[Text]
    kind: Literal["function", "design", "codec"] = "function"
    method: Identifier | None = None  # function: the Solution method the judge calls
    class_name: Identifier | None = Field(default=None, alias="class")  # design, codec
    # codec: its encode and decode methods
    codec: Annotated[list[Identifier], Field(min_length=2, max_length=2)] | None = None
    params: list[Param] = []
    returns: Text = "None"
    inplace: Identifier | None = None  # the parameter whose final value is the answer
    order: Literal["exact", "any", "any-nested"] = "exact"
    compare: Literal["exact", "approx"] = "exact"
    time_limit_ms: Annotated[int, Field(ge=MIN_TIME_LIMIT_MS, le=MAX_TIME_LIMIT_MS)]


@dataclass(frozen=True, slots=True)
class BundledProblem:
    metadata: Metadata
    statement: str
    starter_code: str
    solution_code: str
    naive_code: str | None
    judge_code: str | None
    examples: list[dict[str, Any]]
    hidden: list[dict[str, Any]]
    generate: Generate
    check: Check

    @property
    def slug(self) -> str:
        return self.metadata.slug

    def generated(self, seed: int) -> list[dict[str, Any]]:
        """The generated cases of ``seed``: ``{"name": "generated N", "args": [...]}``."""
        # Reproducible on purpose: the seed itself is drawn with secrets.
        drawn = self.generate(random.Random(seed))  # noqa: S311
        if not isinstance(drawn, list) or not 1 <= len(drawn) <= MAX_GENERATED:
            raise ContentError(f"{self.slug}: a generator returns 1-{MAX_GENERATED} cases")
        if not all(isinstance(args, list) for args in drawn):
            raise ContentError(f"{self.slug}: each generated case is a list of arguments")
        return [
            {"name": f"generated {number}", "args": json.loads(json.dumps(args))}
            for number, args in enumerate(drawn, start=1)
        ]


def content_root() -> Traversable:
    return resources.files("leettrack") / "data" / "problems"


def problem_directories() -> list[Traversable]:
    """The directory of each bundled problem, by slug (caches such as ``__pycache__`` and
    hidden directories are not problems)."""
    return sorted(
        (
            entry
            for entry in content_root().iterdir()
            if entry.is_dir() and not entry.name.startswith((".", "_"))
        ),
        key=lambda entry: entry.name,
    )


@functools.cache
def bundled_problems() -> dict[str, BundledProblem]:
    """Every bundled problem by slug; raises ContentError on any defect."""
    problems = [load_problem(directory) for directory in problem_directories()]
    return {problem.slug: problem for problem in problems}


def load_problem(directory: Traversable) -> BundledProblem:
    name = directory.name
    try:
        metadata = Metadata.model_validate(read_json(directory, "problem.json"))
    except ValidationError as exc:
        raise ContentError(f"{name}/problem.json: {exc}") from exc
    if metadata.slug != name:
        raise ContentError(f"{name}: slug {metadata.slug!r} differs from the directory")
    _check_shape(name, metadata)
    examples, hidden = _check_tests(name, read_json(directory, "tests.json"))
    generate, check = _load_generator(directory)
    return BundledProblem(
        metadata=metadata,
        statement=read_text(directory, "statement.md"),
        starter_code=read_text(directory, "starter.py"),
        solution_code=read_text(directory, "solution.py"),
        naive_code=_optional_text(directory, "naive.py"),
        judge_code=_optional_text(directory, "judge.py"),
        examples=examples,
        hidden=hidden,
        generate=generate,
        check=check,
    )


def _check_shape(name: str, metadata: Metadata) -> None:
    if metadata.kind == "function" and metadata.method is None:
        raise ContentError(f"{name}/problem.json: a function problem names its method")
    if metadata.kind == "design" and metadata.class_name is None:
        raise ContentError(f"{name}/problem.json: a design problem names its class")
    if metadata.kind == "codec" and (
        metadata.class_name is None or metadata.codec is None or len(metadata.params) != 1
    ):
        raise ContentError(
            f"{name}/problem.json: a codec names its class, its codec methods and one parameter"
        )
    names = [param.name for param in metadata.params]
    if metadata.inplace is not None and metadata.inplace not in names:
        raise ContentError(f"{name}/problem.json: inplace names no parameter")


def _check_tests(name: str, tests: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not isinstance(tests, dict) or tests.keys() != {"examples", "hidden"}:
        raise ContentError(f"{name}/tests.json: needs exactly the keys examples and hidden")
    seen: set[str] = set()
    for kind, least in (("examples", MIN_EXAMPLES), ("hidden", MIN_HIDDEN)):
        cases = tests[kind]
        if not isinstance(cases, list) or len(cases) < least:
            raise ContentError(f"{name}/tests.json: needs at least {least} {kind} cases")
        for case in cases:
            if not (
                isinstance(case, dict)
                and case.keys() == {"name", "args", "expected"}
                and isinstance(case["name"], str)
                and case["name"]
                and isinstance(case["args"], list)
            ):
                raise ContentError(f"{name}/tests.json: a case is {{name, args, expected}}")
            if case["name"] in seen:
                raise ContentError(f"{name}/tests.json: case {case['name']!r} is named twice")
            seen.add(case["name"])
    return tests["examples"], tests["hidden"]


def _load_generator(directory: Traversable) -> tuple[Generate, Check]:
    """``generate`` and ``check`` from ``generate.py``: our own trusted content, run in this
    process."""
    namespace = run_module(directory, "generate.py")
    generate, check = namespace.get("generate"), namespace.get("check")
    if not callable(generate) or not callable(check):
        raise ContentError(f"{directory.name}/generate.py: defines generate(rng) and check(*args)")
    return generate, check


def _optional_text(directory: Traversable, filename: str) -> str | None:
    return read_text(directory, filename) if (directory / filename).is_file() else None
