"""Run untrusted Python in a bubblewrap sandbox with whole-run limits and a wall clock.

``Sandbox`` is the facade: it works out its launch plan (plan.py) once, gives every run its own
uid (uids.py) and cgroup (cgroups.py), has bwrap install the syscall filter (seccomp.py), and
starts, watches and reaps the processes (process.py). With ``prepare=True`` it keeps one
sandbox per concurrent run launched ahead, waiting for its code, so a run costs no launch: each
is used once, then replaced in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

from leettrack.executor.sandbox import cgroups, seccomp
from leettrack.executor.sandbox.cgroups import Cgroups, RunCgroup
from leettrack.executor.sandbox.limits import (
    DEFAULT_LIMITS,
    KIB,
    MIB,
    Isolation,
    Mode,
    ProtocolError,
    RunResult,
    SandboxError,
    SandboxLimits,
    SandboxUnavailable,
    Status,
)
from leettrack.executor.sandbox.plan import SETPRIV, Plan, SandboxCommand, bare_plan, bwrap_plan
from leettrack.executor.sandbox.process import Execution, spawn
from leettrack.executor.sandbox.uids import DEFAULT_UID_BASE, UidLeases, leases

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_UID_BASE",
    "KIB",
    "MIB",
    "Execution",
    "ProtocolError",
    "RunResult",
    "Sandbox",
    "SandboxCommand",
    "SandboxError",
    "SandboxLimits",
    "SandboxUnavailable",
    "Status",
]

logger = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
RLIMIT_ONLY = "rlimit-only"


@functools.cache
def _cgroups() -> Cgroups | None:
    """The cgroups of this process's runs, looked for once (and said once in the log)."""
    return cgroups.detect()


class Sandbox:
    """Runs code in bubblewrap (``isolation="bwrap"``) or, for development only, as a plain
    child process with the same limits and wall clock but no isolation (``"none"``).

    A root service runs each sandbox as a host uid of its own from ``uid_base``, never two at
    once as the same uid: ``concurrency`` uids for the runs, and as many again for the sandboxes
    prepared beside them, so that runs holding their uids never leave the next run without a
    prepared sandbox. ``limits`` are those of the prepared sandboxes: a run with other limits
    (its wall clock aside) is launched when it comes. With cgroups, a run may use
    ``cpu_share`` of one CPU (a pool gives each of a user's runs 1/their share, so that one
    user's runs together never take more than one CPU from the others)."""

    def __init__(
        self,
        isolation: Isolation = "bwrap",
        *,
        bwrap: str = "bwrap",
        setpriv: str = SETPRIV,
        python: str | None = None,
        uid_base: int = DEFAULT_UID_BASE,
        concurrency: int = DEFAULT_CONCURRENCY,
        prepare: bool = False,
        limits: SandboxLimits = DEFAULT_LIMITS,
        cpu_share: float = 1.0,
    ) -> None:
        if isolation not in ("bwrap", "none"):
            raise ValueError(f"unknown isolation {isolation!r}")
        self.isolation = isolation
        if not 0 < cpu_share <= 1:
            raise ValueError("cpu_share must be in (0, 1]")
        self.prepare = prepare
        self.limits = limits
        self.cpu_share = cpu_share
        self._bwrap = bwrap
        self._setpriv = setpriv
        self._python = python
        self._uids: UidLeases = leases(uid_base, concurrency * (2 if prepare else 1))
        self._target = concurrency
        self._plan: Plan | None = None
        self._live: set[Execution] = set()
        self._prepared: list[_Prepared] = []
        self._preparing: set[asyncio.Task[None]] = set()

    @property
    def limits_kind(self) -> str:
        """How whole-run limits hold: "cgroup-v1", "cgroup-v2" or "rlimit-only"."""
        found = _cgroups()
        return RLIMIT_ONLY if found is None else found.kind

    @property
    def prepared(self) -> int:
        """Sandboxes launched ahead, waiting for a run."""
        return len(self._prepared)

    @property
    def interpreter(self) -> str:
        """The interpreter binary the runs use."""
        return self._get_plan().interpreter

    def ensure_available(self) -> None:
        """Raise SandboxUnavailable now if runs would be refused."""
        self._get_plan()

    def _get_plan(self) -> Plan:
        if self._plan is None:
            if self.isolation == "bwrap":
                seccomp.filter_program()
                plan = bwrap_plan(self._bwrap, self._setpriv, self._python, self._uids.base)
            else:
                plan = bare_plan(self._python)
            _cgroups()
            self._plan = plan
        return self._plan

    def command(self, *program: str, limits: SandboxLimits = DEFAULT_LIMITS) -> SandboxCommand:
        """The command line that runs ``python3 -I -S *program`` the way this sandbox runs its
        runner, as the first uid of its range, without the run's cgroup and syscall filter
        (which need a descriptor and a directory of their own): the baseline a benchmark
        compares ``run_code`` with."""
        return self._get_plan().command(limits, program, uid=self._uids.base)

    async def run_code(
        self, code: str, stdin: str = "", limits: SandboxLimits = DEFAULT_LIMITS
    ) -> RunResult:
        """Run ``code`` as ``__main__`` with ``stdin``. Whatever the code does ends up in the
        result; only a sandbox that cannot be used at all raises SandboxUnavailable."""
        async with self.launch("run", code, limits, stdin=stdin) as execution:
            report = _RunnerReport()
            try:
                async with asyncio.timeout_at(execution.deadline):
                    await execution.finish()
                    await report.read(execution)
            except TimeoutError:
                execution.kill(Status.TIMEOUT)
                await execution.finish()
            return execution.result(
                memory_error=report.exception == "MemoryError", memory_kb=report.memory_kb
            )

    @contextlib.asynccontextmanager
    async def launch(
        self, mode: Mode, code: str, limits: SandboxLimits, *, stdin: str = ""
    ) -> AsyncIterator[Execution]:
        """A runner ready for the code (``started``), given the code and stdin. On exit the
        sandbox is killed if still running and always reaped."""
        execution = await self._take(limits)
        self._live.add(execution)
        try:
            try:
                async with asyncio.timeout_at(execution.deadline):
                    if execution.started:
                        await execution.submit(
                            mode,
                            code.encode("utf-8", "surrogatepass"),
                            stdin.encode("utf-8", "replace"),
                        )
            except TimeoutError:
                execution.kill(Status.TIMEOUT)
            yield execution
        finally:
            self._live.discard(execution)
            execution.close()
            self._replenish()

    def kill_all(self) -> None:
        """Kill every running sandbox (their runs end with ``internal_error``) and every
        prepared one."""
        for execution in list(self._live):
            execution.kill(Status.INTERNAL_ERROR)
        for task in list(self._preparing):
            task.cancel()
        prepared, self._prepared = self._prepared, []
        for waiting in prepared:
            waiting.discard()

    # -- where a run's sandbox comes from ------------------------------------------------------

    async def _take(self, limits: SandboxLimits) -> Execution:
        """A prepared sandbox when one fits, else a fresh one; its clock is started."""
        loop = asyncio.get_running_loop()
        if self.prepare and replace(limits, wall_seconds=self.limits.wall_seconds) == self.limits:
            while self._prepared:
                ready = [n for n, waiting in enumerate(self._prepared) if waiting.handshake.done()]
                waiting = self._prepared.pop(ready[0] if ready else 0)  # a loaded one first
                if waiting.loop is loop and not waiting.execution.ended:
                    waiting.execution.begin(limits)
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout_at(waiting.execution.deadline):
                            await asyncio.shield(waiting.handshake)
                    if waiting.execution.started:
                        return waiting.execution
                waiting.discard()  # of another event loop, or it did not come up: launch anew
        uid = await self._lease_uid()
        execution = self._spawn(limits, uid)
        execution.begin(limits)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(execution.deadline):
                await execution.handshake(self._get_plan().runner)
        return execution

    async def _lease_uid(self) -> int | None:
        """A uid for a new sandbox (None when the service is not root and runs as itself); a
        prepared sandbox gives its uid back when it is needed for a run that it cannot serve."""
        if not self._get_plan().drops_root:
            return None
        uid = self._uids.try_acquire()
        if uid is None and self._prepared:
            self._prepared.pop().discard()
        return await self._uids.acquire() if uid is None else uid

    def _spawn(self, limits: SandboxLimits, uid: int | None) -> Execution:
        plan = self._get_plan()
        cgroup: RunCgroup | None = None
        try:
            if (found := _cgroups()) is not None:
                try:
                    cgroup = found.create(limits, self.cpu_share)
                    if uid is not None and plan.setpriv is None:
                        # Popen's user/group drop root before the shell enters the cgroup
                        for procs in cgroup.procs_files:
                            os.chown(procs, uid, uid)
                except OSError as exc:
                    raise SandboxUnavailable(f"cannot make the run's cgroup: {exc}") from exc
            execution = spawn(plan, limits, uid, cgroup)
        except BaseException:
            if cgroup is not None:
                cgroup.remove()
            if uid is not None:
                self._uids.release(uid)
            raise
        if uid is not None:
            execution.on_close.append(lambda _: self._uids.release(uid))
        return execution

    def _replenish(self) -> None:
        """Prepare sandboxes in the background until one waits per concurrent run."""
        if not self.prepare:
            return
        loop = asyncio.get_running_loop()
        while len(self._prepared) + len(self._preparing) < self._target:
            task = loop.create_task(self._prepare_one())
            self._preparing.add(task)
            task.add_done_callback(self._preparing.discard)

    async def _prepare_one(self) -> None:
        try:
            uid = await self._lease_uid()
            execution = self._spawn(self.limits, uid)
        except SandboxUnavailable as exc:
            logger.warning("cannot prepare a sandbox: %s", exc)
            return
        handshake = asyncio.ensure_future(execution.handshake(self._get_plan().runner))
        self._prepared.append(_Prepared(execution, handshake, asyncio.get_running_loop()))


@dataclass(slots=True)
class _Prepared:
    """A sandbox launched ahead of its run: the runner is loaded (``handshake``) or loading."""

    execution: Execution
    handshake: asyncio.Future[None]
    loop: asyncio.AbstractEventLoop

    def discard(self) -> None:
        self.handshake.cancel()
        self.execution.close()


@dataclass(slots=True)
class _RunnerReport:
    """What the runner says as a program ends: the type of an uncaught exception and its peak
    memory. The learner's code could forge both; they only describe its own run."""

    exception: str | None = None
    memory_kb: int | None = None

    async def read(self, execution: Execution) -> None:
        with contextlib.suppress(ProtocolError):
            while (message := await execution.receive_message()) is not None:
                described = message.get("exception")
                if isinstance(described, dict) and isinstance(described.get("type"), str):
                    self.exception = described["type"]
                memory = message.get("memory_kb")
                if isinstance(memory, int) and not isinstance(memory, bool) and memory >= 0:
                    self.memory_kb = memory
