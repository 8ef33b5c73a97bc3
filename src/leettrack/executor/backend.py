"""Where code runs: in this process through a bounded sandbox pool (``LocalExecutor``), or in
`leettrack executor` reached over HTTP (``RemoteExecutor``, when EXECUTOR_SERVICE_URL is set).

Both check the same bounds before anything runs (code and stdin size -> 413, timeout -> 422)
and fail the same way: a user over their share of runs is ``RateLimited`` (429 RATE_LIMITED,
with Retry-After); a full queue, a missing sandbox or an unreachable service is
``ExecutorUnavailable`` (503 EXECUTOR_UNAVAILABLE, with Retry-After when waiting helps). The
caller names the user a run is for (``user``: ``user:<id>``, or a client address): the pool's
fair share is per user, in this process and in the executor service alike.
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
    RateLimited,
    UpstreamError,
    ValidationFailed,
)
from leettrack.executor.client import ExecutorClient
from leettrack.executor.harness import InvalidTestCase, TestReport, Unanswered
from leettrack.executor.pool import ExecutorBusy, ExecutorPool, UserBusy
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
        self,
        code: str,
        stdin: str = "",
        timeout_ms: int | None = None,
        *,
        user: str | None = None,
    ) -> RunResult:
        check_size("code", code)
        check_size("stdin", stdin, MAX_STDIN_BYTES)
        self._check_timeout(timeout_ms)
        return await self._run_code(code, stdin, timeout_ms, user)

    async def run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None = None,
        *,
        user: str | None = None,
    ) -> TestReport:
        check_size("code", code)
        self._check_timeout(timeout_ms)
        return await self._run_tests(code, cases, timeout_ms, user)

    async def answer_cases(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None = None,
        *,
        user: str | None = None,
    ) -> list[dict[str, Any]]:
        """Trusted ``code``'s answers to ``cases`` (see harness.answer_cases); raises
        ExecutorUnavailable when it does not answer them all."""
        self._check_timeout(timeout_ms)
        answers = await self._answer_cases(code, cases, timeout_ms, user)
        if len(answers) != len(cases):
            raise UpstreamError("The executor answered a different number of cases")
        return answers

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
    async def _run_code(
        self, code: str, stdin: str, timeout_ms: int | None, user: str | None
    ) -> RunResult: ...

    @abc.abstractmethod
    async def _run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> TestReport: ...

    @abc.abstractmethod
    async def _answer_cases(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    async def health_check(self) -> dict[str, Any]:
        """For /health/deps: how code runs and under which limits; raises when it cannot."""

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
        limits = limits_from_settings(settings)
        sandbox = Sandbox(
            settings.executor_sandbox,
            uid_base=settings.executor_uid_base,
            concurrency=settings.executor_max_concurrency,
            prepare=settings.executor_prepare,
            limits=limits,
            cpu_share=1 / settings.executor_max_per_user,
        )
        pool = ExecutorPool(
            sandbox,
            max_concurrency=settings.executor_max_concurrency,
            max_queue=settings.executor_max_queue,
            max_per_user=settings.executor_max_per_user,
            max_waiting_per_user=settings.executor_max_waiting_per_user,
        )
        return cls(pool, limits)

    def _limits(self, timeout_ms: int | None) -> SandboxLimits:
        return self.limits.with_timeout(None if timeout_ms is None else timeout_ms / 1000)

    async def _run_code(
        self, code: str, stdin: str, timeout_ms: int | None, user: str | None
    ) -> RunResult:
        with _executor_errors():
            return await self.pool.run_code(code, stdin, self._limits(timeout_ms), user=user)

    async def _run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> TestReport:
        with _executor_errors():
            return await self.pool.run_tests(code, cases, self._limits(timeout_ms), user=user)

    async def _answer_cases(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> list[dict[str, Any]]:
        with _executor_errors():
            return await self.pool.answer_cases(code, cases, self._limits(timeout_ms), user=user)

    def status(self) -> dict[str, Any]:
        """The pool's shape and load; raises ExecutorUnavailable when runs would be refused."""
        with _executor_errors():
            self.pool.sandbox.ensure_available()
        return {
            "status": "ok",
            "sandbox": self.pool.sandbox.isolation,
            "limits": self.pool.sandbox.limits_kind,
            "max_concurrency": self.pool.max_concurrency,
            "max_queue": self.pool.max_queue,
            "max_per_user": self.pool.max_per_user,
            "in_flight": self.pool.in_flight,
            "queued": self.pool.queued,
        }

    async def health_check(self) -> dict[str, Any]:
        return _health(self.status())

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
        secret = settings.executor_secret
        client = ExecutorClient(
            settings.executor_service_url,
            settings.executor_timeout,
            secret=None if secret is None else secret.get_secret_value(),
        )
        return cls(client, limits_from_settings(settings))

    async def _run_code(
        self, code: str, stdin: str, timeout_ms: int | None, user: str | None
    ) -> RunResult:
        payload = {"mode": "run", "code": code, "stdin": stdin, "timeout_ms": timeout_ms}
        data = await self.client.execute(payload, user=user)
        with _malformed_answer():
            return RunResult.from_dict(data)

    async def _run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> TestReport:
        payload = {"mode": "test", "code": code, "cases": list(cases), "timeout_ms": timeout_ms}
        data = await self.client.execute(payload, user=user)
        with _malformed_answer():
            return TestReport.from_dict(data)

    async def _answer_cases(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        timeout_ms: int | None,
        user: str | None,
    ) -> list[dict[str, Any]]:
        payload = {"mode": "answer", "code": code, "cases": list(cases), "timeout_ms": timeout_ms}
        data = await self.client.execute(payload, user=user)
        with _malformed_answer():
            answers = data["answers"]
            if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
                raise TypeError("answers must be a list of objects")
            return answers

    async def health_check(self) -> dict[str, Any]:
        return _health(await self.client.health())

    async def aclose(self) -> None:
        await self.client.aclose()


def create_executor(settings: Settings) -> Executor:
    """The remote service when EXECUTOR_SERVICE_URL is set, else an in-process pool."""
    if settings.executor_service_url:
        return RemoteExecutor.from_settings(settings)
    return LocalExecutor.from_settings(settings)


def _health(status: Mapping[str, Any]) -> dict[str, Any]:
    """A /health/deps entry from an executor's status (this process's or the service's)."""
    return {
        "status": "ok",
        "limits": status.get("limits"),
        "detail": f"{status.get('sandbox')}: {status.get('in_flight')}/"
        f"{status.get('max_concurrency')} running, {status.get('queued')}/"
        f"{status.get('max_queue')} queued",
    }


@contextlib.contextmanager
def _executor_errors() -> Iterator[None]:
    try:
        yield
    except UserBusy as exc:
        raise RateLimited(
            "You have too many code runs going; wait for them to finish",
            retry_after=exc.retry_after_seconds,
        ) from exc
    except ExecutorBusy as exc:
        raise ExecutorUnavailable(
            "Every code runner is busy; try again shortly", retry_after=exc.retry_after_seconds
        ) from exc
    except SandboxUnavailable as exc:
        raise ExecutorUnavailable(f"Code cannot be run: {exc}") from exc
    except InvalidTestCase as exc:
        raise ValidationFailed(f"Invalid test case: {exc}") from exc
    except Unanswered as exc:
        raise ExecutorUnavailable(
            f"The expected answers could not be prepared ({exc}); try again shortly",
            retry_after=5,
        ) from exc


@contextlib.contextmanager
def _malformed_answer() -> Iterator[None]:
    try:
        yield
    except (KeyError, TypeError, ValueError) as exc:
        raise UpstreamError("The executor service sent a malformed answer") from exc
