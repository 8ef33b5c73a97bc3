"""The Python Portal's bodies (python-portal-types), camelCase on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from leettrack.exercises.content import Category, Difficulty
from leettrack.exercises.schemas import ActivityCounts, Counts


class CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class CamelBody(CamelModel):
    """A request body: unknown fields are ignored, as the Portal's Express services did."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")


# --- requests ---------------------------------------------------------------------------


class RegisterBody(CamelBody):
    username: str
    email: str
    password: str


class LoginBody(CamelBody):
    username: str | None = None
    email: str | None = None
    password: str


class RefreshBody(CamelBody):
    refresh_token: str


class LogoutBody(CamelBody):
    refresh_token: str | None = None


class CodeExecution(CamelBody):
    """`CodeExecution`: `runTests` grades the code with the exercise's tests."""

    code: str
    exercise_id: str | None = None
    run_tests: bool = False
    stdin: str = ""


class ExecuteRequest(CodeExecution):
    """The executor service's body: `CodeExecution` plus its own limits. LeetTrack grades only
    with an exercise's own tests, so `testCode` is refused."""

    test_code: str | None = None
    timeout: int | None = Field(default=None, description="milliseconds")
    memory_limit: int | None = Field(default=None, description="MB; the server's limit applies")


class ProgressBody(CamelBody):
    exercise_id: str
    completed: bool
    time_spent: Annotated[int, Field(ge=0, le=10_000_000)] = 0
    best_solution: str | None = None


# --- answers ----------------------------------------------------------------------------


class PortalUser(CamelModel):
    id: str
    username: str
    email: str | None
    created_at: datetime
    total_exercises_completed: int
    total_time_spent: int
    current_streak: int
    longest_streak: int


class AuthAnswer(CamelModel):
    user: PortalUser
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int


class ExerciseMetadata(CamelModel):
    id: str
    title: str
    description: str
    difficulty: Difficulty
    topics: list[str]
    order: int
    estimated_time: int
    category: Category


class PortalExercise(ExerciseMetadata):
    """`Exercise`. LeetTrack never sends an exercise's tests nor its solution: `testCode` and
    `solutionCode` are empty; `runTests` grades on the server."""

    instructions: str
    starter_code: str
    test_code: str = ""
    solution_code: str = ""


class TestCase(CamelModel):
    __test__ = False  # not a pytest class

    name: str
    passed: bool
    expected: Any = None
    actual: Any = None
    error: str | None = None


class TestResult(CamelModel):
    __test__ = False

    passed: bool
    output: str
    errors: str | None = None
    execution_time: float
    test_cases: list[TestCase]


class CodeExecutionResult(CamelModel):
    success: bool
    output: str
    errors: str | None = None
    test_result: TestResult | None = None
    execution_time: float


class UserProgress(CamelModel):
    user_id: str
    exercise_id: str
    completed: bool
    attempts: int
    best_solution: str | None = None
    completed_at: datetime | None = None
    time_spent: int


class CountsByDifficulty(CamelModel, Counts):
    pass


class ProgressStats(CamelModel, ActivityCounts):
    """The native statistics' counts, under the Portal's names where they differ."""

    total_exercises_completed: int
    by_difficulty: dict[str, CountsByDifficulty]
    by_category: dict[str, CountsByDifficulty]
    total_time_spent: int


class CatalogStats(CamelModel):
    total: int
    by_difficulty: dict[str, int]
    average_time: int
    total_time: int
    concept_coverage: dict[str, int] = Field(description="exercises per topic")


class RefreshOut(CamelModel):
    count: int
    created: int
    updated: int
