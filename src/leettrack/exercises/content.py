"""The bundled exercises under ``leettrack/data/exercises/<id>/``, read and checked.

Each directory holds ``metadata.json``, ``instructions.md``, ``starter.py``, ``solution.py`` (the
reference), ``hints.json`` (2-4 strings, each revealing more) and ``tests.json``:
``{"examples": [...], "hidden": [...]}``, cases in the executor's test format, at least
``MIN_EXAMPLES`` examples (shown with their answers) and ``MIN_HIDDEN`` hidden cases (graded,
never shown). An optional ``generate.py`` defines ``generate(rng: random.Random) -> list[dict]``:
fresh inputs for every submission, cases without a name or an answer, whose answers come from
running the reference on them (see docs/EXERCISES.md). Whether the solutions pass and the
starters fail is checked by running them (tests/exercises/test_content.py); this module checks
everything else.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from leettrack.executor import Case, InvalidTestCase

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_ID_LENGTH = 80
MIN_EXAMPLES = 3
MIN_HIDDEN = 5
MAX_GENERATED = 40
ANSWER_KEYS = frozenset({"expected", "raises", "stdout"})

Generator = Callable[[random.Random], list[dict[str, Any]]]

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
    examples: list[dict[str, Any]]
    hidden: list[dict[str, Any]]
    generator: Generator | None

    @property
    def tests(self) -> dict[str, Any]:
        """The fixed cases as stored with the exercise."""
        return {"examples": self.examples, "hidden": self.hidden}

    @property
    def cases(self) -> list[dict[str, Any]]:
        """Every fixed case, examples first."""
        return [*self.examples, *self.hidden]


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
        metadata = Metadata.model_validate(read_json(directory, "metadata.json"))
    except ValidationError as exc:
        raise ContentError(f"{name}/metadata.json: {exc}") from exc
    if metadata.id != name:
        raise ContentError(f"{name}: metadata id {metadata.id!r} differs from the directory")
    hints = read_json(directory, "hints.json")
    if not (
        isinstance(hints, list)
        and 2 <= len(hints) <= 4
        and all(isinstance(hint, str) and hint.strip() for hint in hints)
    ):
        raise ContentError(f"{name}/hints.json: needs a list of 2-4 non-empty strings")
    tests = read_json(directory, "tests.json")
    examples, hidden = _check_tests(name, tests)
    generator = _load_generator(directory)
    if generator is not None:
        _check_generator(name, generator)
    return BundledExercise(
        metadata=metadata,
        instructions=read_text(directory, "instructions.md"),
        starter_code=read_text(directory, "starter.py"),
        solution_code=read_text(directory, "solution.py"),
        hints=hints,
        examples=examples,
        hidden=hidden,
        generator=generator,
    )


def _check_tests(name: str, tests: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not isinstance(tests, dict) or tests.keys() != {"examples", "hidden"}:
        raise ContentError(f"{name}/tests.json: needs exactly the keys examples and hidden")
    examples, hidden = tests["examples"], tests["hidden"]
    bounds = (("examples", examples, MIN_EXAMPLES), ("hidden", hidden, MIN_HIDDEN))
    for kind, cases, least in bounds:
        if not isinstance(cases, list) or not all(isinstance(case, dict) for case in cases):
            raise ContentError(f"{name}/tests.json: {kind} must be a list of cases")
        if len(cases) < least:
            raise ContentError(f"{name}/tests.json: needs at least {least} {kind} cases")
    try:
        names = [Case.parse(case).name for case in [*examples, *hidden]]
    except InvalidTestCase as exc:
        raise ContentError(f"{name}/tests.json: {exc}") from exc
    if len(set(names)) != len(names):
        raise ContentError(f"{name}/tests.json: case names must be unique")
    return examples, hidden


@functools.cache
def exercise_generator(exercise_id: str) -> Generator | None:
    """The bundled exercise's ``generate`` function, or None when it has none."""
    return _load_generator(content_root() / exercise_id)


def _load_generator(directory: Traversable) -> Generator | None:
    """``generate`` from the directory's ``generate.py``. Generators are our own trusted
    content and run in this process."""
    if not (directory / "generate.py").is_file():
        return None
    generate = run_module(directory, "generate.py").get("generate")
    if not callable(generate):
        raise ContentError(f"{directory.name}/generate.py: defines no generate(rng) function")
    generator: Generator = generate
    return generator


def run_module(directory: Traversable, filename: str) -> dict[str, Any]:
    """The names a bundled Python file defines, run in this process: our own trusted content
    (a generator), never a learner's. ContentError when it fails to run."""
    name = f"{directory.name}/{filename}"
    module = "".join(char if char.isalnum() else "_" for char in name)
    namespace: dict[str, Any] = {"__name__": f"leettrack_content_{module}"}
    source = read_text(directory, filename)
    try:
        exec(compile(source, name, "exec"), namespace)  # noqa: S102 - ours
    except Exception as exc:
        raise ContentError(f"{name}: {exc!r}") from exc
    return namespace


def generated_cases(generator: Generator, seed: int) -> list[dict[str, Any]]:
    """The generator's cases for ``seed``, named ``generated 1``, ``generated 2``, ...; each is
    a case without its answer. Raises ContentError when the generator breaks the format."""
    # Reproducible on purpose: the seed itself is drawn with secrets (grading.new_seed).
    cases = generator(random.Random(seed))  # noqa: S311
    if not isinstance(cases, list) or not 1 <= len(cases) <= MAX_GENERATED:
        raise ContentError(f"a generator must return 1-{MAX_GENERATED} cases")
    named = []
    for number, case in enumerate(cases, start=1):
        if not isinstance(case, dict) or "name" in case or ANSWER_KEYS & case.keys():
            raise ContentError("a generated case is a dict with neither a name nor an answer")
        named.append({"name": f"generated {number}", **case})
        answered = {"stdout": ""} if "stdin" in case else {"expected": None}
        try:
            Case.parse({**named[-1], **answered})
        except InvalidTestCase as exc:
            raise ContentError(f"generated case {number}: {exc}") from exc
    return named


def _check_generator(name: str, generator: Generator) -> None:
    """Valid cases for a few seeds, the same ones for the same seed."""
    for seed in range(3):
        try:
            first = generated_cases(generator, seed)
        except ContentError as exc:
            raise ContentError(f"{name}/generate.py: {exc}") from exc
        if first != generated_cases(generator, seed):
            raise ContentError(f"{name}/generate.py: must depend on the seed alone")


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


def read_text(directory: Traversable, filename: str) -> str:
    """A bundled content file's text; ContentError (naming the file) when it cannot be read."""
    try:
        return (directory / filename).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{directory.name}/{filename}: {exc}") from exc


def read_json(directory: Traversable, filename: str) -> Any:
    """A bundled content file's JSON; ContentError (naming the file) when it is not JSON."""
    try:
        return json.loads(read_text(directory, filename))
    except json.JSONDecodeError as exc:
        raise ContentError(f"{directory.name}/{filename}: {exc}") from exc
