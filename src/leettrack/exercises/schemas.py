"""Request and response bodies of the exercise, submission and exercise-progress routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from leettrack.executor import TestReportOut, TimeoutMs
from leettrack.exercises.content import MAX_ID_LENGTH, Category, Difficulty

ProgressStatus = Literal["not_started", "in_progress", "completed"]
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


class ExerciseDetail(ExerciseSummary):
    """What a learner sees of an exercise: never its solution nor its tests' contents."""

    instructions: str
    starter_code: str
    hint_count: int
    test_count: int


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


class ProgressOut(BaseModel):
    """The caller's progress on one exercise. `completion_time` is the seconds from starting the
    exercise to its first full pass."""

    exercise_id: str
    title: str
    difficulty: Difficulty
    category: Category
    status: ProgressStatus
    attempts: int
    completion_time: int | None
    completed_at: datetime | None
    last_code: str | None
    started_at: datetime
    updated_at: datetime


class TestOut(TestReportOut):
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
    result: TestReportOut


class ProgressUpdate(BaseModel):
    exercise_id: ExerciseRef
    status: ProgressStatus
    last_code: str | None = Field(default=None, description="Python source, at most 64 KiB")


class CompletionCount(BaseModel):
    completed: int
    in_progress: int
    total: int


class ProgressStats(BaseModel):
    """Completed exercises by difficulty and category; `success_rate` is the percentage of test
    submissions that passed; `time_spent_seconds` adds up the completion times."""

    total_exercises: int
    completed: int
    in_progress: int
    not_started: int
    completion_rate: float
    by_difficulty: dict[Difficulty, CompletionCount]
    by_category: dict[Category, CompletionCount]
    attempts: int
    submissions: int
    successful_submissions: int
    success_rate: float
    time_spent_seconds: int
    last_activity_at: datetime | None
