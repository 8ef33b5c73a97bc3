"""A sandbox's processes: starting bwrap with its pipes and control channel, capturing its
output, killing it whole and reaping it.

Each run starts ``bwrap`` (through a shell that enters the run's cgroup, then setpriv, as the
run's own unprivileged uid, when the service is root), which sets up fresh user, pid, ipc, uts,
cgroup and network namespaces, a read-only view of ``/usr`` and the interpreter, a size-capped
private ``/tmp`` and the syscall filter, then runs the runner (see runner.py) as the namespace's
pid 1. Killing the runner tears the whole namespace down, and bwrap exits only after that, so
once bwrap is reaped nothing of a run is left.

An execution may be started ahead of its code (``Sandbox`` keeps one ready per concurrent run):
the runner then waits on its control channel, and the run's clock starts when the code is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from typing import Any

from leettrack.executor.sandbox import seccomp
from leettrack.executor.sandbox.cgroups import RunCgroup, RunUsage
from leettrack.executor.sandbox.limits import (
    KIB,
    MIB,
    Mode,
    ProtocolError,
    RunResult,
    SandboxLimits,
    SandboxUnavailable,
    Status,
)
from leettrack.executor.sandbox.plan import BOOTSTRAP, SANDBOX_ENV, Plan

FLOOD_FACTOR = 4  # output beyond this many times the cap gets the sandbox killed
MAX_FRAME_BYTES = 8 * MIB
PIPE_GRACE_SECONDS = 0.5
KILL_GRACE_SECONDS = 5.0
CPU_CHECK_SECONDS = 0.01  # the shortest wait between two looks at a run's CPU time


class _Capture:
    """Collects one output pipe up to a cap, counting (and dropping) the rest."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, fd: int, cap: int, on_flood: Callable[[], None]
    ) -> None:
        self._loop = loop
        self._fd = fd
        self._cap = cap
        self._on_flood = on_flood
        self.data = bytearray()
        self.total = 0
        self.closed: asyncio.Future[None] = loop.create_future()
        os.set_blocking(fd, False)
        loop.add_reader(fd, self._read)

    @property
    def truncated(self) -> bool:
        return self.total > self._cap

    def text(self) -> str:
        return self.data.decode("utf-8", "replace")

    def _read(self) -> None:
        try:
            chunk = os.read(self._fd, 64 * KIB)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self.close()
            return
        self.total += len(chunk)
        self.data += chunk[: max(0, self._cap - len(self.data))]
        if self.total > FLOOD_FACTOR * self._cap:
            self._on_flood()

    def close(self) -> None:
        if not self.closed.done():
            self._loop.remove_reader(self._fd)
            os.close(self._fd)
            self.closed.set_result(None)


class _Feed:
    """Writes the learner's stdin into the runner's stdin pipe as fast as the program reads it,
    then closes the pipe: a program that never reads blocks nobody."""

    def __init__(self, loop: asyncio.AbstractEventLoop, fd: int) -> None:
        self._loop = loop
        self._fd: int | None = fd
        self._data = memoryview(b"")
        os.set_blocking(fd, False)

    def start(self, data: bytes) -> None:
        self._data = memoryview(data)
        if self._fd is not None:
            self._loop.add_writer(self._fd, self._write)
            self._write()

    def _write(self) -> None:
        if self._fd is None:
            return
        try:
            while self._data:
                self._data = self._data[os.write(self._fd, self._data[: 64 * KIB]) :]
        except BlockingIOError:
            return
        except OSError:  # the program closed its stdin or ended
            pass
        self.close()

    def close(self) -> None:
        if self._fd is not None:
            self._loop.remove_writer(self._fd)
            os.close(self._fd)
            self._fd = None


class Execution:
    """One runner process in a sandbox: its control channel, captured output and exit."""

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        control: socket.socket,
        stdin_fd: int,
        stdout_fd: int,
        stderr_fd: int,
        info_fd: int | None,
        limits: SandboxLimits,
        workdir: str | None,
        uid: int | None = None,
        cgroup: RunCgroup | None = None,
    ) -> None:
        self._loop = asyncio.get_running_loop()
        self.uid = uid
        self.cgroup = cgroup
        self.usage: RunUsage | None = None  # what the cgroup saw, once the run has ended
        self.on_close: list[Callable[[Execution], None]] = []
        self._cpu_check: asyncio.TimerHandle | None = None
        self._process = process
        self._control = control
        self._isolated = info_fd is not None
        self._workdir = workdir
        self._closed = False
        self.limits = limits
        self.started = False
        self.killed_for: Status | None = None
        self.deadline = math.inf
        self._started_at = time.perf_counter()
        self._ended_at: float | None = None
        self._buffer = bytearray()
        self._wait_status: int | None = None
        self._rusage: Any = None
        self.stdin = _Feed(self._loop, stdin_fd)
        self.stdout = _Capture(self._loop, stdout_fd, limits.max_output_bytes, self._flooded)
        self.stderr = _Capture(self._loop, stderr_fd, limits.max_output_bytes, self._flooded)
        self._pidfd = os.pidfd_open(process.pid)
        self._exited: asyncio.Future[None] = self._loop.create_future()
        self._loop.add_reader(self._pidfd, self._on_exit)
        self._init_pidfd: int | None = None
        self._info_fd = info_fd
        self._info = bytearray()
        if info_fd is not None:
            os.set_blocking(info_fd, False)
            self._loop.add_reader(info_fd, self._read_info)

    # -- the control channel -------------------------------------------------------------------

    async def handshake(self, runner: bytes) -> None:
        """Send the compiled runner (for the bootstrap) and wait for its ready message."""
        await self.send(runner)
        with contextlib.suppress(ProtocolError):
            self.started = await self.receive_message() == {"ready": True}

    def begin(self, limits: SandboxLimits) -> None:
        """Start the run's clock (its wall clock is ``limits.wall_seconds``) and CPU watch."""
        self.limits = limits
        self.deadline = self._loop.time() + limits.wall_seconds
        self._started_at = time.perf_counter()
        if self.cgroup is not None:
            self._cpu_check = self._loop.call_later(limits.cpu_seconds, self._check_cpu)

    async def submit(self, mode: Mode, code: bytes, stdin: bytes) -> bool:
        """Give the waiting runner its mode and the learner's code, and the program its stdin."""
        self.stdin.start(stdin)
        return await self.send(mode.encode(), code)

    async def send(self, *payloads: bytes) -> bool:
        """Send one frame per payload; False when the runner is gone."""
        frames = b"".join(len(payload).to_bytes(4, "big") + payload for payload in payloads)
        try:
            await self._loop.sock_sendall(self._control, frames)
        except OSError:
            return False
        return True

    async def receive(self) -> bytes | None:
        """One frame from the runner, or None once it has closed the channel."""
        header = await self._receive_exactly(4)
        if header is None:
            return None
        size = int.from_bytes(header, "big")
        if size > MAX_FRAME_BYTES:
            raise ProtocolError(f"frame of {size} bytes")
        return await self._receive_exactly(size)

    async def receive_message(self) -> dict[str, Any] | None:
        """One JSON object from the runner, or None once it has closed the channel."""
        frame = await self.receive()
        if frame is None:
            return None
        try:
            message = json.loads(frame)
        except (ValueError, RecursionError) as exc:
            raise ProtocolError("malformed message") from exc
        if not isinstance(message, dict):
            raise ProtocolError("message is not an object")
        return message

    def close_channel(self) -> None:
        """Tell the runner there are no more requests."""
        with contextlib.suppress(OSError):
            self._control.shutdown(socket.SHUT_WR)

    async def _receive_exactly(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            try:
                chunk = await self._loop.sock_recv(self._control, 64 * KIB)
            except OSError:
                chunk = b""
            if not chunk:
                return None
            self._buffer += chunk
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    # -- the process ---------------------------------------------------------------------------

    def kill(self, reason: Status) -> None:
        """Kill the whole sandbox (idempotent); ``reason`` becomes the status of the run.

        Killing the sandbox's init (the runner) empties its pid namespace, after which bwrap
        exits. Until bwrap has named that process (its first milliseconds), bwrap itself is
        killed and --die-with-parent takes the rest down. Without isolation the runner's
        process group is killed."""
        if self._wait_status is not None:
            return
        if self.killed_for is None:
            self.killed_for = reason
        self._kill_processes()

    async def finish(self) -> None:
        """Wait until the runner has exited, nothing of the sandbox is left, and the output
        pipes are closed."""
        if not self._exited.done():
            await asyncio.shield(self._exited)
        self._reap()
        pipes = [self.stdout.closed, self.stderr.closed]
        await asyncio.wait(pipes, timeout=PIPE_GRACE_SECONDS)

    def result(self, *, memory_error: bool = False, memory_kb: int | None = None) -> RunResult:
        return RunResult(
            status=self.status(memory_error=memory_error),
            exit_code=None if self.killed_for else self.exit_code,
            stdout=self.stdout.text(),
            stderr=self.stderr.text(),
            stdout_truncated=self.stdout.truncated,
            stderr_truncated=self.stderr.truncated,
            duration_ms=self.duration_ms,
            memory_kb=None if self.killed_for else memory_kb,
        )

    def status(self, *, memory_error: bool = False) -> Status:
        """How the run went, once it has finished."""
        if self.killed_for is not None:
            return self.killed_for
        if not self.started:
            return Status.INTERNAL_ERROR
        if self.cpu_exhausted:
            return Status.TIMEOUT
        if memory_error or (self.usage is not None and self.usage.oom_killed):
            return Status.MEMORY_LIMIT
        if self.stdout.truncated or self.stderr.truncated:
            return Status.OUTPUT_LIMIT
        return Status.OK if self.exit_code == 0 else Status.RUNTIME_ERROR

    @property
    def ended(self) -> bool:
        """The runner has exited (or been killed)."""
        return self._exited.done() or self.killed_for is not None

    @property
    def exit_code(self) -> int | None:
        """The runner's exit status (bwrap passes it on), 128 + N for a death by signal N."""
        if self._wait_status is None:
            return None
        code = os.waitstatus_to_exitcode(self._wait_status)
        return 128 - code if code < 0 else code

    @property
    def cpu_exhausted(self) -> bool:
        """Ended by RLIMIT_CPU: SIGXCPU at the soft limit (the runner, as pid 1, exits with
        128 + SIGXCPU itself), or SIGKILL at the hard limit."""
        code = self.exit_code
        used = 0.0 if self._rusage is None else self._rusage.ru_utime + self._rusage.ru_stime
        return code == 128 + signal.SIGXCPU or (
            code == 128 + signal.SIGKILL and used >= self.limits.cpu_seconds
        )

    @property
    def duration_ms(self) -> float:
        end = self._ended_at if self._ended_at is not None else time.perf_counter()
        return round((end - self._started_at) * 1000, 1)

    def _flooded(self) -> None:
        self.kill(Status.OUTPUT_LIMIT)

    def _check_cpu(self) -> None:
        """Kill the run once all its processes together have used its CPU seconds. A run's
        cgroup gets one CPU, so its CPU time never runs ahead of the clock: looking again when
        the rest could at the earliest be spent is exact enough."""
        assert self.cgroup is not None
        if self._wait_status is not None:
            return
        left = self.limits.cpu_seconds - self.cgroup.cpu_seconds()
        if left <= 0:
            self.kill(Status.TIMEOUT)
        else:
            self._cpu_check = self._loop.call_later(max(left, CPU_CHECK_SECONDS), self._check_cpu)

    def _kill_processes(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if self._init_pidfd is not None:
                signal.pidfd_send_signal(self._init_pidfd, signal.SIGKILL)
            elif self._isolated:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            else:
                os.killpg(self._process.pid, signal.SIGKILL)

    def _on_exit(self) -> None:
        self._loop.remove_reader(self._pidfd)
        self._ended_at = time.perf_counter()
        if not self._exited.done():
            self._exited.set_result(None)

    def _read_info(self) -> None:
        """bwrap's --info-fd: a JSON object naming the host pid of the sandbox's init."""
        assert self._info_fd is not None
        while True:
            chunk = _read_some(self._info_fd)
            if chunk is None:  # the rest is still to come
                return
            if not chunk or len(self._info) > 64 * KIB:
                break
            self._info += chunk
        self._loop.remove_reader(self._info_fd)
        os.close(self._info_fd)
        self._info_fd = None
        with contextlib.suppress(ValueError, TypeError, KeyError, OSError):
            pid = json.loads(self._info)["child-pid"]
            if isinstance(pid, int) and self._wait_status is None:
                self._init_pidfd = os.pidfd_open(pid)
                if self.killed_for is not None:
                    self._kill_processes()

    def _reap(self) -> None:
        """Collect bwrap's exit. The runner is the sandbox's pid 1 (--as-pid-1): its exit ends
        every process of the namespace, and bwrap reaps it before exiting, so nothing is left
        and nothing is orphaned. Without isolation, stragglers in the group are killed."""
        if self._wait_status is not None:
            return
        _, self._wait_status, self._rusage = os.wait4(self._process.pid, 0)
        self._process.returncode = os.waitstatus_to_exitcode(self._wait_status)
        if self._ended_at is None:
            self._ended_at = time.perf_counter()
        if not self._isolated:
            self._kill_processes()
        if self._cpu_check is not None:
            self._cpu_check.cancel()
        if self.cgroup is not None:
            self.usage = self.cgroup.usage()
            self.cgroup.remove_soon()

    def close(self) -> None:
        """Kill if still running, reap, release every descriptor. Blocking, but only for as
        long as the kernel takes to tear a killed sandbox down."""
        if self._closed:
            return
        self._closed = True
        if not self._exited.done():
            self.kill(self.killed_for or Status.INTERNAL_ERROR)
            if not _wait_readable(self._pidfd, KILL_GRACE_SECONDS):
                with contextlib.suppress(ProcessLookupError):
                    signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            self._on_exit()
        self._reap()
        if self._init_pidfd is not None:
            os.close(self._init_pidfd)
        if self._info_fd is not None:
            self._loop.remove_reader(self._info_fd)
            os.close(self._info_fd)
        os.close(self._pidfd)
        self.stdin.close()
        self.stdout.close()
        self.stderr.close()
        self._control.close()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
        for callback in self.on_close:
            callback(self)


def _read_some(fd: int) -> bytes | None:
    """Up to 4 KiB from a non-blocking fd: b"" at its end, None when nothing is there yet."""
    try:
        return os.read(fd, 4 * KIB)
    except BlockingIOError:
        return None
    except OSError:
        return b""


def _wait_readable(fd: int, timeout: float) -> bool:
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(timeout * 1000))


def spawn(
    plan: Plan, limits: SandboxLimits, uid: int | None, cgroup: RunCgroup | None
) -> Execution:
    """Start bwrap (or the bare runner) with pipes and a control socket."""
    parent, child = socket.socketpair()
    parent.setblocking(False)
    in_read, in_write = os.pipe()
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    runner_args = [
        str(child.fileno()),
        str(limits.cpu_seconds),
        str(limits.memory_bytes),
        str(limits.max_processes),
        str(limits.max_file_bytes),
        str(limits.max_open_files),
        str(limits.max_output_bytes),
    ]
    info_read = info_write = seccomp_fd = workdir = None
    pass_fds = [child.fileno()]
    try:
        if plan.bwrap:
            info_read, info_write = os.pipe()
            seccomp_fd = seccomp.program_fd()
            pass_fds += [info_write, seccomp_fd]
            cwd, env = "/", {}
        else:
            workdir = tempfile.mkdtemp(prefix="leettrack-run-")
            cwd, env = workdir, {**SANDBOX_ENV, "HOME": workdir}
        command = plan.command(
            limits,
            ["-c", BOOTSTRAP, *runner_args],
            uid=uid,
            info_fd=info_write,
            seccomp_fd=seccomp_fd,
            cgroup_procs=() if cgroup is None else cgroup.procs_files,
        )
        try:
            process = subprocess.Popen(  # noqa: S603 - a fixed argv; code goes over the socket
                command.argv,
                stdin=in_read,
                stdout=out_write,
                stderr=err_write,
                pass_fds=pass_fds,
                cwd=cwd,
                env=env,
                start_new_session=True,
                user=command.user,
                group=command.group,
                extra_groups=None if command.user is None else [],
            )
        except OSError as exc:
            raise SandboxUnavailable(f"cannot start the sandbox: {exc}") from exc
    except BaseException:
        for fd in (in_write, out_read, err_read, info_read):
            if fd is not None:
                os.close(fd)
        parent.close()
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
        raise
    finally:
        for fd in (in_read, out_write, err_write, *pass_fds[1:]):
            os.close(fd)
        child.close()
    return Execution(
        process, parent, in_write, out_read, err_read, info_read, limits, workdir, uid, cgroup
    )
