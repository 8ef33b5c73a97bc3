"""Where code runs: in this process through a bounded sandbox pool (``LocalExecutor``), or in
`leettrack executor` reached over HTTP (``RemoteExecutor``, when EXECUTOR_SERVICE_URL is set).

Both check the same bounds before anything runs (code and stdin size -> 413, timeout -> 422)
and fail the same way: a full queue, a missing sandbox or an unreachable service is
``ExecutorUnavailable`` (503 EXECUTOR_UNAVAILABLE, with Retry-After when waiting helps).
"""

from __future__ import annotations

import abc
import contextlib
import logging
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from leettrack.core.errors import (
    ExecutorUnavailable,
    PayloadTooLarge,
    UpstreamError,
    ValidationFailed,
)
from leettrack.executor.client import ExecutorClient
from leettrack.executor.harness import InvalidTestCase, TestReport
from leettrack.executor.pool import ExecutorBusy, ExecutorPool
from leettrack.executor.sandbox import (
    KIB,
    MIB,
    RunResult,
    Sandbox,
    SandboxLimits,
    SandboxUnavailable,
)
from leettrack.executor.schemas import MIN_TIMEOUT_MS
from leettrack.settings import Settings

logger = logging.getLogger(__name__)

MAX_CODE_BYTES = 64 * KIB
MAX_STDIN_BYTES = 64 * KIB


def limits_from_settings(settings: Settings) -> SandboxLimits:
    return SandboxLimits(
        cpu_seconds=settings.executor_cpu_seconds,
        wall_seconds=settings.executor_wall_seconds,
        memory_bytes=settings.executor_memory_mb * MIB,
        max_processes=settings.executor_max_processes,
        max_file_bytes=settings.executor_max_file_kb * KIB,
        max_open_files=settings.executor_max_open_files,
        max_output_bytes=settings.executor_max_output_kb * KIB,
    )


def check_size(field: str, text: str, limit: int = MAX_CODE_BYTES) -> None:
    """413 PAYLOAD_TOO_LARGE when ``text`` is more than ``limit`` bytes of UTF-8."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise PayloadTooLarge(
            f"{field} is {size} bytes; at most {limit} bytes are accepted",
            details={"field": field, "size_bytes": size, "limit_bytes": limit},
        )


class Executor(abc.ABC):
    """Runs code and grades it; ``timeout_ms`` lowers this run's wall clock."""

    def __init__(self, limits: SandboxLimits) -> None:
        self.limits = limits

    @property
    def max_timeout_ms(self) -> int:
        return int(self.limits.wall_seconds * 1000)

    async def run_code(
        self, code: str, stdin: str = "", timeout_ms: int | None = None
    ) -> RunResult:
        check_size("code", code)
        check_size("stdin", stdin, MAX_STDIN_BYTES)
        self._check_timeout(timeout_ms)
        return await self._run_code(code, stdin, timeout_ms)

    async def run_tests(
        self, code: str, cases: Sequence[Mapping[str, Any]], timeout_ms: int | None = None
    ) -> TestReport:
        check_size("code", code)
        self._check_timeout(timeout_ms)
        return await self._run_tests(code, cases, timeout_ms)

    def _check_timeout(self, timeout_ms: int | None) -> None:
        if timeout_ms is not None and not MIN_TIMEOUT_MS <= timeout_ms <= self.max_timeout_ms:
            message = f"timeout_ms must be between {MIN_TIMEOUT_MS} and {self.max_timeout_ms}"
            raise ValidationFailed(
                "Request validation failed",
                details={
                    "fields": [
                        {
                            "field": "timeout_ms",
                            "location": "body",
                            "message": message,
                            "type": "out_of_bounds",
                        }
                    ]
                },
            )

    @abc.abstractmethod
    async def _run_code(self, code: str, stdin: str, timeout_ms: int | None) -> RunResult: ...

    @abc.abstractmethod
    async def _run_tests(
        self, code: str, cases: Sequence[Mapping[str, Any]], timeout_ms: int | None
    ) -> TestReport: ...

    @abc.abstractmethod
    async def aclose(self) -> None: ...


class LocalExecutor(Executor):
    """The sandbox pool of this process."""

    def __init__(self, pool: ExecutorPool, limits: SandboxLimits) -> None:
        super().__init__(limits)
        self.pool = pool

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalExecutor:
        if settings.executor_sandbox == "none":
            logger.warning("EXECUTOR_SANDBOX=none: learner code runs WITHOUT isolation")
        pool = ExecutorPool(
            Sandbox(settings.executor_sandbox),
            max_concurrency=settings.executor_max_concurrency,
            max_queue=settings.executor_max_queue,
        )
        return cls(pool, limits_from_settings(settings))

    def _limits(self, timeout_ms: int | None) -> SandboxLimits:
        return self.limits.with_timeout(None if timeout_ms is None else timeout_ms / 1000)

    async def _run_code(self, code: str, stdin: str, timeout_ms: int | None) -> RunResult:
        with _executor_errors():
            return await self.pool.run_code(code, stdin, self._limits(timeout_ms))

    async def _run_tests(
        self, code: str, cases: Sequence[Mapping[str, Any]], timeout_ms: int | None
    ) -> TestReport:
        with _executor_errors():
            return await self.pool.run_tests(code, cases, self._limits(timeout_ms))

    def status(self) -> dict[str, Any]:
        """The pool's shape and load; raises ExecutorUnavailable when runs would be refused."""
        with _executor_errors():
            self.pool.sandbox.ensure_available()
        return {
            "status": "ok",
            "sandbox": self.pool.sandbox.isolation,
            "max_concurrency": self.pool.max_concurrency,
            "max_queue": self.pool.max_queue,
            "in_flight": self.pool.in_flight,
            "queued": self.pool.queued,
        }

    async def aclose(self) -> None:
        await self.pool.close()


class RemoteExecutor(Executor):
    """`leettrack executor` at EXECUTOR_SERVICE_URL."""

    def __init__(self, client: ExecutorClient, limits: SandboxLimits) -> None:
        super().__init__(limits)
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings) -> RemoteExecutor:
        assert settings.executor_service_url
        client = ExecutorClient(settings.executor_service_url, settings.executor_timeout)
        return cls(client, limits_from_settings(settings))

    async def _run_code(self, code: str, stdin: str, timeout_ms: int | None) -> RunResult:
        payload = {"mode": "run", "code": code, "stdin": stdin, "timeout_ms": timeout_ms}
        data = await self.client.execute(payload)
        with _malformed_answer():
            return RunResult.from_dict(data)

    async def _run_tests(
        self, code: str, cases: Sequence[Mapping[str, Any]], timeout_ms: int | None
    ) -> TestReport:
        payload = {"mode": "test", "code": code, "cases": list(cases), "timeout_ms": timeout_ms}
        data = await self.client.execute(payload)
        with _malformed_answer():
            return TestReport.from_dict(data)

    async def health_check(self) -> dict[str, Any]:
        """For /health/deps: the service's sandbox and load; raises when it is down."""
        status = await self.client.health()
        return {
            "status": "ok",
            "detail": f"{status.get('sandbox')}: {status.get('in_flight')}/"
            f"{status.get('max_concurrency')} running, {status.get('queued')}/"
            f"{status.get('max_queue')} queued",
        }

    async def aclose(self) -> None:
        await self.client.aclose()


def create_executor(settings: Settings) -> Executor:
    """The remote service when EXECUTOR_SERVICE_URL is set, else an in-process pool."""
    if settings.executor_service_url:
        return RemoteExecutor.from_settings(settings)
    return LocalExecutor.from_settings(settings)


@contextlib.contextmanager
def _executor_errors() -> Iterator[None]:
    try:
        yield
    except ExecutorBusy as exc:
        raise ExecutorUnavailable(
            "Every code runner is busy; try again shortly", retry_after=exc.retry_after_seconds
        ) from exc
    except SandboxUnavailable as exc:
        raise ExecutorUnavailable(f"Code cannot be run: {exc}") from exc
    except InvalidTestCase as exc:
        raise ValidationFailed(f"Invalid test case: {exc}") from exc


@contextlib.contextmanager
def _malformed_answer() -> Iterator[None]:
    try:
        yield
    except (KeyError, TypeError, ValueError) as exc:
        raise UpstreamError("The executor service sent a malformed answer") from exc
