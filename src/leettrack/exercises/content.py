"""The bundled exercises under ``leettrack/data/exercises/<id>/``, read and checked.

Each directory holds ``metadata.json``, ``instructions.md``, ``starter.py``, ``solution.py``,
``hints.json`` (2-4 strings, each revealing more) and ``tests.json`` (``{"cases": [...]}`` in
the executor's test format). Whether the solutions pass and the starters fail is checked by
running them (tests/exercises/test_content.py); this module checks everything else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from leettrack.executor import Case, InvalidTestCase

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_ID_LENGTH = 80

Category = Literal[
    "basics", "control-flow", "data-structures", "algorithms", "modules", "debugging"
]
Difficulty = Literal["beginner", "intermediate", "advanced"]
CATEGORIES: tuple[str, ...] = get_args(Category)  # in the order a learner meets them
DIFFICULTIES: tuple[str, ...] = get_args(Difficulty)
ExerciseId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH)]
Text = Annotated[str, StringConstraints(min_length=1)]


class ContentError(ValueError):
    """The bundled exercises are malformed or inconsistent: a packaging bug."""


class Metadata(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: ExerciseId
    title: Text
    description: Text
    difficulty: Difficulty
    category: Category
    topics: list[Text]
    estimated_minutes: Annotated[int, Field(ge=1)]
    order: Annotated[int, Field(ge=1)]
    prerequisites: list[ExerciseId]
    objectives: list[Text]


@dataclass(frozen=True, slots=True)
class BundledExercise:
    metadata: Metadata
    instructions: str
    starter_code: str
    solution_code: str
    hints: list[str]
    tests: dict[str, Any]

    @property
    def cases(self) -> list[dict[str, Any]]:
        cases: list[dict[str, Any]] = self.tests["cases"]
        return cases


def content_root() -> Traversable:
    return resources.files("leettrack") / "data" / "exercises"


def load_exercises(root: Traversable | None = None) -> list[BundledExercise]:
    """Every bundled exercise, in their global order; raises ContentError on any defect."""
    root = root or content_root()
    exercises = [
        load_exercise(directory)
        for directory in sorted(root.iterdir(), key=lambda entry: entry.name)
        if directory.is_dir()
    ]
    _check_catalog(exercises)
    return sorted(exercises, key=lambda exercise: exercise.metadata.order)


def load_exercise(directory: Traversable) -> BundledExercise:
    name = directory.name
    try:
        metadata = Metadata.model_validate(_json(directory, "metadata.json"))
    except ValidationError as exc:
        raise ContentError(f"{name}/metadata.json: {exc}") from exc
    if metadata.id != name:
        raise ContentError(f"{name}: metadata id {metadata.id!r} differs from the directory")
    hints = _json(directory, "hints.json")
    if not (
        isinstance(hints, list)
        and 2 <= len(hints) <= 4
        and all(isinstance(hint, str) and hint.strip() for hint in hints)
    ):
        raise ContentError(f"{name}/hints.json: needs a list of 2-4 non-empty strings")
    tests = _json(directory, "tests.json")
    _check_tests(name, tests)
    return BundledExercise(
        metadata=metadata,
        instructions=_text(directory, "instructions.md"),
        starter_code=_text(directory, "starter.py"),
        solution_code=_text(directory, "solution.py"),
        hints=hints,
        tests=tests,
    )


def _check_tests(name: str, tests: Any) -> None:
    cases = tests.get("cases") if isinstance(tests, dict) else None
    if not isinstance(cases, list) or not cases or not all(isinstance(c, dict) for c in cases):
        raise ContentError(f"{name}/tests.json: needs a non-empty list of cases")
    try:
        names = [Case.parse(case).name for case in cases]
    except InvalidTestCase as exc:
        raise ContentError(f"{name}/tests.json: {exc}") from exc
    if len(set(names)) != len(names):
        raise ContentError(f"{name}/tests.json: case names must be unique")


def _check_catalog(exercises: Iterable[BundledExercise]) -> None:
    by_id = {exercise.metadata.id: exercise.metadata for exercise in exercises}
    orders = sorted(metadata.order for metadata in by_id.values())
    if orders != list(range(1, len(orders) + 1)):
        raise ContentError("exercise orders must be 1..N, each used once")
    for metadata in by_id.values():
        for prerequisite in metadata.prerequisites:
            required = by_id.get(prerequisite)
            if required is None or required.order >= metadata.order:
                raise ContentError(
                    f"{metadata.id}: prerequisite {prerequisite!r} must be an earlier exercise"
                )


def _text(directory: Traversable, filename: str) -> str:
    try:
        return (directory / filename).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{directory.name}/{filename}: {exc}") from exc


def _json(directory: Traversable, filename: str) -> Any:
    try:
        return json.loads(_text(directory, filename))
    except json.JSONDecodeError as exc:
        raise ContentError(f"{directory.name}/{filename}: {exc}") from exc
