"""Wire shapes of the problems: the list, a problem's page (never its hidden cases or its
reference), a judged submission and the history."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from leettrack.exercises.schemas import GradeReport
from leettrack.problems.grading import Verdict
from leettrack.progress.schemas import QuestionProgress

Difficulty = Literal["easy", "medium", "hard"]


class ProblemSummary(BaseModel):
    slug: str = Field(description="the catalog question's title slug")
    title: str
    difficulty: Difficulty
    topics: list[str]
    kind: Literal["function", "design", "codec"]


class ParamOut(BaseModel):
    name: str
    type: str


class ExampleOut(BaseModel):
    """A visible example: its arguments (named as the signature names them) and answer."""

    name: str
    input: str
    args: list[Any]
    expected: Any


class ProblemDetail(ProblemSummary):
    statement: str = Field(description="Markdown, constraints included")
    method: str | None = Field(description="the Solution method to write (function problems)")
    class_name: str | None = Field(description="the class to write (design problems)")
    params: list[ParamOut]
    returns: str
    any_order: bool = Field(description="an answer list may come in any order")
    time_limit_ms: int = Field(
        description="wall clock of the run of the hidden and generated cases"
    )
    starter_code: str
    examples: list[ExampleOut]
    hidden_cases: int = Field(description="how many hidden cases there are (never shown)")


class SubmitRequest(BaseModel):
    code: str = Field(description="Python source, at most 64 KiB")


class SubmissionResult(GradeReport):
    """A judged submission: the verdict, per-case results (hidden cases by name and pass/fail
    only) and the caller's progress on the question afterwards."""

    submission_id: int
    verdict: Verdict
    reviewed: bool = Field(description="the accepted solution counted as a due review")
    progress: QuestionProgress | None = Field(
        description="null when the question is not in the catalog"
    )


class SubmissionOut(BaseModel):
    id: int
    slug: str
    verdict: Verdict
    tests_passed: int
    tests_total: int
    duration_ms: int
    submitted_at: datetime


class SubmissionDetail(SubmissionOut):
    code: str
    result: GradeReport
