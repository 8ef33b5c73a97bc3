"""Wire shapes of runs and test reports: the executor service's and the API's bodies."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from leettrack.executor.sandbox import Status

MIN_TIMEOUT_MS = 100
MAX_TIMEOUT_MS = 600_000
MAX_CASES = 500

TimeoutMs = Annotated[
    int | None,
    Field(
        ge=MIN_TIMEOUT_MS,
        le=MAX_TIMEOUT_MS,
        description="Wall-clock limit of this run in milliseconds, at least 100 and at most "
        "the configured wall limit (EXECUTOR_WALL_SECONDS); default: that limit",
    ),
]


class RunOut(BaseModel):
    """How a program ran. `exit_code` and `memory_kb` are null when the sandbox was killed."""

    model_config = ConfigDict(from_attributes=True)

    status: Status
    exit_code: int | None
    stdout: str
    stderr: str
    stdout_truncated: bool
    stderr_truncated: bool
    duration_ms: float
    memory_kb: int | None


class CaseOut(BaseModel):
    """One case's verdict with display texts of its input, expected answer and what the code
    gave (``got`` is null when the case was not answered), and the exception it raised."""

    model_config = ConfigDict(from_attributes=True)

    name: str
    passed: bool
    message: str
    duration_ms: float
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    raised: str | None = Field(
        default=None, description="the exception the code raised where it was to answer"
    )
    value: Any = Field(default=None, description="the value the code answered")


class SummaryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    passed: int
    failed: int
    total: int


class TestReportOut(BaseModel):
    """The verdict on every test case; `status` is how the run as a whole went."""

    __test__ = False  # not a pytest class
    model_config = ConfigDict(from_attributes=True)

    passed: bool
    status: Status
    summary: SummaryOut
    tests: list[CaseOut]
    stdout: str
    stderr: str
    duration_ms: float


class ExecuteRun(BaseModel):
    mode: Literal["run"]
    code: str
    stdin: str = ""
    timeout_ms: TimeoutMs = None


class ExecuteTests(BaseModel):
    mode: Literal["test"]
    code: str
    cases: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_CASES)
    timeout_ms: TimeoutMs = None


class ExecuteAnswers(BaseModel):
    """Trusted code (a reference solution) answering cases that carry no answers."""

    mode: Literal["answer"]
    code: str
    cases: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_CASES)
    timeout_ms: TimeoutMs = None


class AnswersOut(BaseModel):
    """Per case: ``{"value": ...}``, ``{"raised": "ExceptionClass"}`` or ``{"stdout": ...}``."""

    answers: list[dict[str, Any]]


ExecuteRequest = Annotated[ExecuteRun | ExecuteTests | ExecuteAnswers, Field(discriminator="mode")]


class ExecutorHealth(BaseModel):
    status: str
    sandbox: str
    limits: str  # cgroup-v1, cgroup-v2 or rlimit-only
    max_concurrency: int
    max_queue: int
    max_per_user: int
    in_flight: int
    queued: int
