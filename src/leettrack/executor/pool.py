"""A fair, bounded pool in front of a Sandbox.

At most ``max_concurrency`` sandboxes run at once and at most ``max_queue`` runs wait for a
slot; beyond that a run is refused at once (``ExecutorBusy``, 503). Each user (the caller's key:
``user:<id>``, or a client address) may have ``max_per_user`` runs running and
``max_waiting_per_user`` waiting; more is ``UserBusy`` (429). Freed slots go to the waiting users
in turn (round-robin), so a flood from one user delays that user only. Runs without a user key
(the service's own, such as grading a reference solution) have no per-user share.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from leettrack.executor.harness import TestReport, answer_cases, run_tests
from leettrack.executor.sandbox import (
    DEFAULT_LIMITS,
    RunResult,
    Sandbox,
    SandboxError,
    SandboxLimits,
    SandboxUnavailable,
)

T = TypeVar("T")

DEFAULT_MAX_PER_USER = 2
DEFAULT_MAX_WAITING_PER_USER = 24


class ExecutorBusy(SandboxError):
    """Every slot is busy and the queue is full; try again after ``retry_after_seconds``."""

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(f"the executor is busy; retry in {retry_after_seconds} s")
        self.retry_after_seconds = retry_after_seconds


class UserBusy(ExecutorBusy):
    """This user has their share of runs running and waiting."""


class ExecutorPool:
    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        max_concurrency: int | None = None,
        max_queue: int | None = None,
        max_per_user: int = DEFAULT_MAX_PER_USER,
        max_waiting_per_user: int = DEFAULT_MAX_WAITING_PER_USER,
    ) -> None:
        self.sandbox = sandbox if sandbox is not None else Sandbox()
        self.max_concurrency = max_concurrency or os.cpu_count() or 1
        self.max_queue = 4 * self.max_concurrency if max_queue is None else max_queue
        self.max_per_user = max_per_user
        self.max_waiting_per_user = max_waiting_per_user
        if self.max_concurrency < 1 or self.max_queue < 0:
            raise ValueError("max_concurrency must be >= 1 and max_queue >= 0")
        if max_per_user < 1 or max_waiting_per_user < 0:
            raise ValueError("max_per_user must be >= 1 and max_waiting_per_user >= 0")
        self._free = self.max_concurrency
        self._running: Counter[str | None] = Counter()
        self._waiting: dict[str | None, deque[asyncio.Future[None]]] = {}
        self._turns: deque[str | None] = deque()  # users with runs waiting, next served first
        self._closed = False
        self._drained: asyncio.Event | None = None
        self._mean_seconds = 1.0  # moving average of a run's duration, for Retry-After

    @property
    def queued(self) -> int:
        """Runs waiting for a slot."""
        return sum(len(waiters) for waiters in self._waiting.values())

    @property
    def in_flight(self) -> int:
        """Runs holding a slot (a sandbox is or is about to be running)."""
        return self.max_concurrency - self._free

    async def run_code(
        self,
        code: str,
        stdin: str = "",
        limits: SandboxLimits = DEFAULT_LIMITS,
        *,
        user: str | None = None,
    ) -> RunResult:
        return await self._submit(lambda: self.sandbox.run_code(code, stdin, limits), user)

    async def run_tests(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        limits: SandboxLimits = DEFAULT_LIMITS,
        *,
        user: str | None = None,
    ) -> TestReport:
        return await self._submit(lambda: run_tests(self.sandbox, code, cases, limits), user)

    async def answer_cases(
        self,
        code: str,
        cases: Sequence[Mapping[str, Any]],
        limits: SandboxLimits = DEFAULT_LIMITS,
        *,
        user: str | None = None,
    ) -> list[dict[str, Any]]:
        return await self._submit(lambda: answer_cases(self.sandbox, code, cases, limits), user)

    async def close(self) -> None:
        """Refuse new runs, kill the running sandboxes and wait until every run has ended."""
        self._closed = True
        self.sandbox.kill_all()
        waiting, self._waiting = self._waiting, {}
        self._turns.clear()
        for waiters in waiting.values():
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(SandboxUnavailable("the executor is shutting down"))
        if self.queued or self.in_flight:
            self._drained = asyncio.Event()
            await self._drained.wait()

    async def _submit(self, job: Callable[[], Awaitable[T]], user: str | None) -> T:
        if self._closed:
            raise SandboxUnavailable("the executor is shutting down")
        await self._acquire(user)
        started = time.perf_counter()
        try:
            if self._closed:
                raise SandboxUnavailable("the executor is shutting down")
            result = await job()
            if self._closed:
                raise SandboxUnavailable("the executor shut down during the run")
            return result
        finally:
            self._mean_seconds += 0.2 * (time.perf_counter() - started - self._mean_seconds)
            self._release(user)

    async def _acquire(self, user: str | None) -> None:
        """A slot for ``user``: at once when one is free and the user is under their share,
        else after waiting for their turn."""
        waiters = self._waiting.get(user, deque())
        if user is not None:
            outstanding = self._running[user] + len(waiters)
            if outstanding >= self.max_per_user + self.max_waiting_per_user:
                raise UserBusy(self._retry_after(outstanding / self.max_per_user))
        if self._free > 0 and self._under_share(user) and not waiters:
            self._grant(user)
            return
        if self.queued >= self.max_queue:
            rounds = (self.queued + self.in_flight) / self.max_concurrency
            raise ExecutorBusy(self._retry_after(rounds))
        waiter = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(user, deque()).append(waiter)
        if user not in self._turns:
            self._turns.append(user)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._release(user)  # granted as the caller gave up
            else:
                self._forget(user, waiter)
            raise
        finally:
            self._drop_idle(user)

    def _under_share(self, user: str | None) -> bool:
        return user is None or self._running[user] < self.max_per_user

    def _grant(self, user: str | None) -> None:
        self._free -= 1
        self._running[user] += 1

    def _release(self, user: str | None) -> None:
        self._free += 1
        self._running[user] -= 1
        if self._running[user] <= 0:
            del self._running[user]
        self._dispatch()
        if self._drained is not None and not (self.queued or self.in_flight):
            self._drained.set()

    def _dispatch(self) -> None:
        """Hand free slots to waiting users in turn, skipping those at their share."""
        passed = 0
        while self._free > 0 and self._turns and passed < len(self._turns):
            user = self._turns[0]
            self._turns.rotate(-1)
            waiters = self._waiting.get(user)
            if not waiters:
                self._turns.remove(user)
                continue
            if not self._under_share(user):
                passed += 1
                continue
            passed = 0
            waiter = waiters.popleft()
            if waiter.done():
                continue
            self._grant(user)
            waiter.set_result(None)
            self._drop_idle(user)

    def _forget(self, user: str | None, waiter: asyncio.Future[None]) -> None:
        waiters = self._waiting.get(user)
        if waiters is not None and waiter in waiters:
            waiters.remove(waiter)

    def _drop_idle(self, user: str | None) -> None:
        if not self._waiting.get(user, True):
            del self._waiting[user]
            if user in self._turns:
                self._turns.remove(user)

    def _retry_after(self, rounds: float) -> int:
        return max(1, math.ceil(self._mean_seconds * rounds))
