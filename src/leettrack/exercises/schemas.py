"""Request and response bodies of the exercise, submission and exercise-progress routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from leettrack.executor import Status, SummaryOut, TimeoutMs
from leettrack.exercises.content import MAX_ID_LENGTH, Category, Difficulty

ProgressStatus = Literal["not_started", "in_progress", "completed"]
Completion = Literal["verified", "self_reported"]
Visibility = Literal["example", "hidden"]
ExerciseRef = Annotated[str, Field(min_length=1, max_length=MAX_ID_LENGTH, examples=["fizzbuzz"])]


class ExerciseSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str
    description: str
    difficulty: Difficulty
    category: Category
    topics: list[str]
    estimated_minutes: int
    order: int
    prerequisites: list[str]
    objectives: list[str]


class ExampleOut(BaseModel):
    """One example case as the learner sees it: its input and the answer expected."""

    name: str
    input: str
    expected: str


class ExerciseDetail(ExerciseSummary):
    """What a learner sees of an exercise: its examples, never its solution nor its hidden
    cases. `test_count` counts the fixed cases; `generated_tests` says whether every test run
    also draws fresh hidden cases."""

    instructions: str
    starter_code: str
    hint_count: int
    examples: list[ExampleOut]
    hidden_count: int
    test_count: int
    generated_tests: bool


class HintOut(BaseModel):
    exercise_id: str
    number: int
    total: int
    hint: str


class CategoryOut(BaseModel):
    id: Category
    name: str
    exercise_count: int
    by_difficulty: dict[Difficulty, int]


class RunRequest(BaseModel):
    code: str = Field(description="Python source, at most 64 KiB")
    stdin: str = Field(default="", description="Standard input, at most 64 KiB")
    timeout_ms: TimeoutMs = None


class TestRequest(BaseModel):
    __test__ = False  # not a pytest class

    exercise_id: ExerciseRef
    code: str = Field(description="Python source, at most 64 KiB")


class GradedCase(BaseModel):
    """One case of a test run. An example shows its input, the expected answer, what the code
    gave and a message; a hidden case shows its name and whether it passed, nothing more."""

    name: str
    visibility: Visibility
    passed: bool
    message: str = ""
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    duration_ms: float | None = None


class GradeReport(BaseModel):
    """The verdict on a test run. `stdout` and `stderr` are what the code printed while the
    examples ran; what it printed during hidden cases is never kept."""

    __test__ = False  # not a pytest class

    passed: bool
    status: Status
    summary: SummaryOut
    tests: list[GradedCase]
    stdout: str
    stderr: str
    duration_ms: float


class ProgressOut(BaseModel):
    """The caller's progress on one exercise. `completion_time` is the seconds from starting the
    exercise to its first full pass. `completion` tells a `verified` completion (a test run
    passed, at `verified_at`) from a `self_reported` one (POST /progress)."""

    exercise_id: str
    title: str
    difficulty: Difficulty
    category: Category
    status: ProgressStatus
    completion: Completion | None
    attempts: int
    completion_time: int | None
    completed_at: datetime | None
    verified_at: datetime | None
    last_code: str | None
    started_at: datetime
    updated_at: datetime


class TestOut(GradeReport):
    """The test report, the stored submission's id and the caller's progress after it."""

    submission_id: int
    progress: ProgressOut


class SubmissionOut(BaseModel):
    id: int
    exercise_id: str
    success: bool
    tests_passed: int
    tests_total: int
    duration_ms: int
    submitted_at: datetime


class SubmissionDetail(SubmissionOut):
    code: str
    result: GradeReport


class ProgressUpdate(BaseModel):
    exercise_id: ExerciseRef
    status: ProgressStatus
    last_code: str | None = Field(default=None, description="Python source, at most 64 KiB")


class Counts(BaseModel):
    """Exercises of a group: completed, in progress, and in all."""

    completed: int
    in_progress: int
    total: int


class CompletionCount(Counts):
    """`completed` is `verified` plus `self_reported`."""

    verified: int
    self_reported: int


class ActivityCounts(BaseModel):
    """The counts of a learner's exercise statistics, as every client reads them."""

    total_exercises: int
    in_progress: int
    not_started: int
    completion_rate: float
    attempts: int
    submissions: int
    successful_submissions: int
    success_rate: float
    last_activity_at: datetime | None


class ProgressStats(ActivityCounts):
    """Completed exercises by difficulty and category (`verified` ones passed a test run,
    `self_reported` ones were only marked completed); `success_rate` is the percentage of test
    submissions that passed; `time_spent_seconds` adds up the completion times."""

    completed: int
    verified: int
    self_reported: int
    by_difficulty: dict[Difficulty, CompletionCount]
    by_category: dict[Category, CompletionCount]
    time_spent_seconds: int
