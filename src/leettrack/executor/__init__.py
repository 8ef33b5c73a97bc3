"""Sandboxed execution of learner code: ``Sandbox`` runs code in bubblewrap, ``run_tests``
grades it against exercise test cases, ``ExecutorPool`` bounds how many run at once."""

from leettrack.executor.harness import CaseResult, InvalidTestCase, Summary, TestReport, run_tests
from leettrack.executor.pool import ExecutorBusy, ExecutorPool
from leettrack.executor.sandbox import (
    DEFAULT_LIMITS,
    RunResult,
    Sandbox,
    SandboxCommand,
    SandboxError,
    SandboxLimits,
    SandboxUnavailable,
    Status,
)

__all__ = [
    "DEFAULT_LIMITS",
    "CaseResult",
    "ExecutorBusy",
    "ExecutorPool",
    "InvalidTestCase",
    "RunResult",
    "Sandbox",
    "SandboxCommand",
    "SandboxError",
    "SandboxLimits",
    "SandboxUnavailable",
    "Status",
    "Summary",
    "TestReport",
    "run_tests",
]
