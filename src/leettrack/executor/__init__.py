"""Sandboxed execution of learner code: ``Sandbox`` runs code in bubblewrap, ``run_tests``
grades it against exercise test cases, ``ExecutorPool`` bounds how many run at once, and
``create_executor`` picks the in-process or the remote ``Executor``.

The package's facade: other domains import the executor from here only (an import contract).
"""

from leettrack.executor.backend import Executor, check_size, create_executor
from leettrack.executor.harness import (
    Case,
    CaseResult,
    InvalidTestCase,
    Summary,
    TestReport,
    run_tests,
)
from leettrack.executor.metrics import executor_collector, record_execution
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
from leettrack.executor.schemas import RunOut, TestReportOut, TimeoutMs

__all__ = [
    "DEFAULT_LIMITS",
    "Case",
    "CaseResult",
    "Executor",
    "ExecutorBusy",
    "ExecutorPool",
    "InvalidTestCase",
    "RunOut",
    "RunResult",
    "Sandbox",
    "SandboxCommand",
    "SandboxError",
    "SandboxLimits",
    "SandboxUnavailable",
    "Status",
    "Summary",
    "TestReport",
    "TestReportOut",
    "TimeoutMs",
    "check_size",
    "create_executor",
    "executor_collector",
    "record_execution",
    "run_tests",
]
