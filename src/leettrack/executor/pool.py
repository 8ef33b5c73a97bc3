"""A bounded pool in front of a Sandbox: at most ``max_concurrency`` sandboxes run at once and
at most ``max_queue`` runs wait for a slot; beyond that a run is refused at once."""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from leettrack.executor.harness import TestReport, run_tests
from leettrack.executor.sandbox import (
    DEFAULT_LIMITS,
    RunResult,
    Sandbox,
    SandboxError,
    SandboxLimits,
    SandboxUnavailable,
)

T = TypeVar("T")


class ExecutorBusy(SandboxError):
    """Every slot is busy and the queue is full; try again after ``retry_after_seconds``."""

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(f"the executor is busy; retry in {retry_after_seconds} s")
        self.retry_after_seconds = retry_after_seconds


class ExecutorPool:
    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        max_concurrency: int | None = None,
        max_queue: int | None = None,
    ) -> None:
        self.sandbox = sandbox if sandbox is not None else Sandbox()
        self.max_concurrency = max_concurrency or os.cpu_count() or 1
        self.max_queue = 4 * self.max_concurrency if max_queue is None else max_queue
        if self.max_concurrency < 1 or self.max_queue < 0:
            raise ValueError("max_concurrency must be >= 1 and max_queue >= 0")
        self._slots = asyncio.Semaphore(self.max_concurrency)
        self._queued = 0
        self._in_flight = 0
        self._closed = False
        self._drained: asyncio.Event | None = None
        self._mean_seconds = 1.0  # moving average of a run's duration, for Retry-After

    @property
    def queued(self) -> int:
        """Runs waiting for a slot."""
        return self._queued

    @property
    def in_flight(self) -> int:
        """Runs holding a slot (a sandbox is or is about to be running)."""
        return self._in_flight

    async def run_code(
        self, code: str, stdin: str = "", limits: SandboxLimits = DEFAULT_LIMITS
    ) -> RunResult:
        return await self._submit(lambda: self.sandbox.run_code(code, stdin, limits))

    async def run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        limits: SandboxLimits = DEFAULT_LIMITS,
    ) -> TestReport:
        return await self._submit(lambda: run_tests(self.sandbox, code, cases, limits))

    async def close(self) -> None:
        """Refuse new runs, kill the running sandboxes and wait until every run has ended."""
        self._closed = True
        self.sandbox.kill_all()
        if self._queued or self._in_flight:
            self._drained = asyncio.Event()
            await self._drained.wait()

    async def _submit(self, job: Callable[[], Awaitable[T]]) -> T:
        if self._closed:
            raise SandboxUnavailable("the executor is shutting down")
        if self._queued + self._in_flight >= self.max_concurrency + self.max_queue:
            raise ExecutorBusy(self._retry_after())
        self._queued += 1
        try:
            await self._slots.acquire()
        finally:
            self._queued -= 1
        self._in_flight += 1
        started = time.perf_counter()
        try:
            if self._closed:
                raise SandboxUnavailable("the executor is shutting down")
            result = await job()
            if self._closed:
                raise SandboxUnavailable("the executor shut down during the run")
            return result
        finally:
            self._in_flight -= 1
            self._slots.release()
            self._mean_seconds += 0.2 * (time.perf_counter() - started - self._mean_seconds)
            if self._drained is not None and not (self._queued or self._in_flight):
                self._drained.set()

    def _retry_after(self) -> int:
        waiting_rounds = (self._queued + self._in_flight) / self.max_concurrency
        return max(1, math.ceil(self._mean_seconds * waiting_rounds))
