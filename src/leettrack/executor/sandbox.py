"""Run untrusted Python in a bubblewrap sandbox with resource limits and a wall clock.

A ``Sandbox`` works out its launch plan (interpreter, bwrap arguments) once. Each run starts
``bwrap`` (through setpriv, as an unprivileged uid, when the service is root) which sets up
fresh user, pid, ipc, uts, cgroup and network namespaces, a read-only view of ``/usr`` and the
interpreter, and a size-capped private ``/tmp``, then runs the runner (see runner.py) as the
namespace's pid 1. Killing the runner tears the whole namespace down, and bwrap exits only after
that, so once bwrap is reaped nothing of a run is left.

The runner is compiled once, by the sandbox's interpreter: each run starts ``python3 -I -S -c
BOOTSTRAP``, which receives the compiled runner as the control channel's first frame and runs it.
Compiling runner.py in every run would cost milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import logging
import math
import os
import re
import select
import shutil
import signal
import site
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

logger = logging.getLogger(__name__)

KIB = 1024
MIB = 1024 * KIB

Isolation = Literal["bwrap", "none"]
Mode = Literal["run", "test"]

RUNNER_SOURCE = Path(__file__).resolve().with_name("runner.py")
RUNNER_FILENAME = "<runner>"  # the runner's code says it comes from here, e.g. in tracebacks
# Run with argv MODE FD ...: read one frame (the runner's marshalled code) from FD and run it.
BOOTSTRAP = f"""\
import marshal, os, sys
def read(fd, size):
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            os._exit(2)
        data += chunk
    return data
fd = int(sys.argv[2])
runner = marshal.loads(read(fd, int.from_bytes(read(fd, 4), "big")))
exec(runner, {{"__name__": "__main__", "__file__": {RUNNER_FILENAME!r}}})
"""
# Run by the sandbox's interpreter once: runner.py's source on stdin, its marshalled code out.
COMPILE_RUNNER = (
    "import marshal, sys\n"
    "code = compile(sys.stdin.buffer.read(), sys.argv[1], 'exec', dont_inherit=True)\n"
    "sys.stdout.buffer.write(marshal.dumps(code))\n"
)
SANDBOX_TMP = "/tmp"  # noqa: S108 - the sandbox's own private tmpfs, not the host's
SANDBOX_SHM = "/dev/shm"  # noqa: S108 - likewise
SANDBOX_ENV = {
    "PATH": "/usr/bin:/bin",
    "HOME": SANDBOX_TMP,
    "LANG": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}
SANDBOX_ID = 65534  # "nobody": the uid/gid inside the sandbox, and outside when the service is root
SETPRIV = "/usr/bin/setpriv"  # util-linux; drops root before bwrap without costing a fork()
MIN_PYTHON = (3, 11)
SHM_BYTES = 1 * MIB
FLOOD_FACTOR = 4  # output beyond this many times the cap gets the sandbox killed
MAX_FRAME_BYTES = 8 * MIB
PIPE_GRACE_SECONDS = 0.5
KILL_GRACE_SECONDS = 5.0


class SandboxError(Exception):
    """Base class of the executor's errors."""


class SandboxUnavailable(SandboxError):
    """Code cannot be run here (bwrap missing, no usable interpreter, executor closed)."""


class ProtocolError(SandboxError):
    """The runner sent something that is not a well-formed frame or message."""


class Status(enum.StrEnum):
    OK = "ok"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    INTERNAL_ERROR = "internal_error"


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    """Limits of one run. ``cpu_seconds``, ``max_processes``, ``max_file_bytes`` and
    ``max_open_files`` hold per process; ``memory_bytes`` is the address space of each process."""

    cpu_seconds: int = 5
    wall_seconds: float = 10.0
    memory_bytes: int = 256 * MIB
    max_processes: int = 32
    max_file_bytes: int = 1 * MIB
    max_open_files: int = 64
    max_output_bytes: int = 64 * KIB
    tmp_bytes: int = 16 * MIB

    def __post_init__(self) -> None:
        checks = {
            "cpu_seconds": self.cpu_seconds >= 1,
            "wall_seconds": 0.1 <= self.wall_seconds <= 600,
            "memory_bytes": self.memory_bytes >= 32 * MIB,
            "max_processes": self.max_processes >= 4,
            "max_file_bytes": self.max_file_bytes >= 0,
            "max_open_files": self.max_open_files >= 16,
            "max_output_bytes": KIB <= self.max_output_bytes <= MIB,
            "tmp_bytes": self.tmp_bytes >= 64 * KIB,
        }
        wrong = [name for name, ok in checks.items() if not ok]
        if wrong:
            raise ValueError(f"invalid sandbox limits: {', '.join(wrong)}")

    def with_timeout(self, seconds: float | None) -> SandboxLimits:
        """These limits with a per-request wall-clock timeout, clamped to [0.1 s, wall_seconds]."""
        if seconds is None:
            return self
        if not math.isfinite(seconds):
            raise ValueError("timeout must be a finite number of seconds")
        return replace(self, wall_seconds=min(self.wall_seconds, max(0.1, seconds)))


DEFAULT_LIMITS = SandboxLimits()


@dataclass(frozen=True, slots=True)
class RunResult:
    """Outcome of running a program. ``exit_code`` is None when the sandbox was killed (timeout,
    output flood); a signal death reads 128 + signal. ``memory_kb`` is the peak resident size of
    the program's largest process, None when it did not end by itself."""

    status: Status
    exit_code: int | None
    stdout: str
    stderr: str
    stdout_truncated: bool
    stderr_truncated: bool
    duration_ms: float
    memory_kb: int | None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, e.g. for the executor service."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunResult:
        return cls(**{**data, "status": Status(data["status"])})


@dataclass(frozen=True, slots=True)
class _Interpreter:
    executable: str
    prefix: str
    version: tuple[int, int]

    @property
    def landmark(self) -> str:
        """A file of its standard library."""
        return "{}/lib/python{}.{}/os.py".format(self.prefix, *self.version)


@dataclass(frozen=True, slots=True)
class SandboxCommand:
    """A command line as the sandbox starts it: ``argv``, run as ``user``/``group`` (with no
    supplementary groups) when set. A root service's commands start with setpriv instead when
    it is installed, and then leave both unset."""

    argv: list[str]
    user: int | None
    group: int | None


@dataclass(frozen=True, slots=True)
class _Plan:
    """What every run of a sandbox shares, computed once."""

    bwrap: tuple[str, ...]  # [setpriv ... --] bwrap and its fixed options; empty without isolation
    interpreter: str
    runner: bytes  # runner.py compiled by the interpreter, marshalled
    user: int | None  # uid/gid for Popen to start bwrap as (a root service without setpriv)
    group: int | None

    def command(
        self, limits: SandboxLimits, program: Sequence[str], info_fd: int | None = None
    ) -> SandboxCommand:
        python = [self.interpreter, "-I", "-S", *program]
        if not self.bwrap:
            return SandboxCommand(python, None, None)
        argv = [
            *self.bwrap,
            *("--size", str(limits.tmp_bytes), "--tmpfs", SANDBOX_TMP, "--chdir", SANDBOX_TMP),
            *("--remount-ro", "/"),  # last: bwrap's root tmpfs has no size cap
            *(() if info_fd is None else ("--info-fd", str(info_fd))),
            "--",
            *python,
        ]
        return SandboxCommand(argv, self.user, self.group)


class Sandbox:
    """Runs code in bubblewrap (``isolation="bwrap"``) or, for development only, as a plain
    child process with the same rlimits and wall clock but no isolation (``"none"``)."""

    def __init__(
        self,
        isolation: Isolation = "bwrap",
        *,
        bwrap: str = "bwrap",
        setpriv: str = SETPRIV,
        python: str | None = None,
    ) -> None:
        if isolation not in ("bwrap", "none"):
            raise ValueError(f"unknown isolation {isolation!r}")
        self.isolation = isolation
        self._bwrap = bwrap
        self._setpriv = setpriv
        self._python = python
        self._plan: _Plan | None = None
        self._live: set[Execution] = set()

    def ensure_available(self) -> None:
        """Raise SandboxUnavailable now if runs would be refused."""
        self._get_plan()

    def _get_plan(self) -> _Plan:
        if self._plan is None:
            if self.isolation == "bwrap":
                self._plan = _bwrap_plan(self._bwrap, self._setpriv, self._python)
            else:
                executable = _pick_interpreter(self._python, owner=None).executable
                self._plan = _Plan((), executable, _compile_runner(executable), None, None)
        return self._plan

    def command(self, *program: str, limits: SandboxLimits = DEFAULT_LIMITS) -> SandboxCommand:
        """The command line that runs ``python3 -I -S *program`` the way this sandbox runs its
        runner: the baseline a benchmark compares ``run_code`` with."""
        return self._get_plan().command(limits, program)

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
        """Start the runner, hand it the code and wait for it to be ready (``started``). On exit
        the sandbox is killed if still running and always reaped."""
        plan = self._get_plan()
        execution = _spawn(plan, mode, limits, stdin.encode("utf-8", "replace"))
        self._live.add(execution)
        try:
            try:
                async with asyncio.timeout_at(execution.deadline):
                    await execution.handshake(plan.runner, code.encode("utf-8", "surrogatepass"))
            except TimeoutError:
                execution.kill(Status.TIMEOUT)
            yield execution
        finally:
            self._live.discard(execution)
            execution.close()

    def kill_all(self) -> None:
        """Kill every running sandbox; their runs end with ``internal_error``."""
        for execution in list(self._live):
            execution.kill(Status.INTERNAL_ERROR)


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


class Execution:
    """One runner process in a sandbox: its control channel, captured output and exit."""

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        control: socket.socket,
        stdout_fd: int,
        stderr_fd: int,
        info_fd: int | None,
        limits: SandboxLimits,
        workdir: str | None,
    ) -> None:
        self._loop = asyncio.get_running_loop()
        self._process = process
        self._control = control
        self._isolated = info_fd is not None
        self._workdir = workdir
        self._closed = False
        self.limits = limits
        self.started = False
        self.killed_for: Status | None = None
        self.deadline = self._loop.time() + limits.wall_seconds
        self._started_at = time.perf_counter()
        self._ended_at: float | None = None
        self._buffer = bytearray()
        self._wait_status: int | None = None
        self._rusage: Any = None
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

    async def handshake(self, runner: bytes, code: bytes) -> None:
        """Send the compiled runner (for the bootstrap) and the code, and wait for the runner's
        ready message."""
        await self.send(runner, code)
        with contextlib.suppress(ProtocolError):
            self.started = await self.receive_message() == {"ready": True}

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
        if memory_error:
            return Status.MEMORY_LIMIT
        if self.stdout.truncated or self.stderr.truncated:
            return Status.OUTPUT_LIMIT
        return Status.OK if self.exit_code == 0 else Status.RUNTIME_ERROR

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
        self.stdout.close()
        self.stderr.close()
        self._control.close()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)


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


def _spawn(plan: _Plan, mode: Mode, limits: SandboxLimits, stdin: bytes) -> Execution:
    """Start bwrap (or the bare runner) with the learner's stdin, pipes and a control socket."""
    parent, child = socket.socketpair()
    parent.setblocking(False)
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    stdin_fd = _stdin_file(stdin)
    runner_args = [
        mode,
        str(child.fileno()),
        str(limits.cpu_seconds),
        str(limits.memory_bytes),
        str(limits.max_processes),
        str(limits.max_file_bytes),
        str(limits.max_open_files),
        str(limits.max_output_bytes),
    ]
    info_read = info_write = workdir = None
    pass_fds = [child.fileno()]
    try:
        if plan.bwrap:
            info_read, info_write = os.pipe()
            pass_fds.append(info_write)
            cwd, env = "/", {}
        else:
            workdir = tempfile.mkdtemp(prefix="leettrack-run-")
            cwd, env = workdir, {**SANDBOX_ENV, "HOME": workdir}
        command = plan.command(limits, ["-c", BOOTSTRAP, *runner_args], info_write)
        try:
            process = subprocess.Popen(  # noqa: S603 - a fixed argv; code goes over the socket
                command.argv,
                stdin=stdin_fd,
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
        for fd in (out_read, err_read, info_read):
            if fd is not None:
                os.close(fd)
        parent.close()
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
        raise
    finally:
        for fd in (out_write, err_write, *pass_fds[1:]):
            os.close(fd)
        if stdin_fd != subprocess.DEVNULL:
            os.close(stdin_fd)
        child.close()
    return Execution(process, parent, out_read, err_read, info_read, limits, workdir)


def _stdin_file(data: bytes) -> int:
    """The learner's stdin as an in-memory file (so a program that never reads cannot block
    us), or /dev/null when empty."""
    if not data:
        return subprocess.DEVNULL
    fd = os.memfd_create("stdin")
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


# -- the launch plan ---------------------------------------------------------------------------


def _bwrap_plan(bwrap_name: str, setpriv: str, python: str | None) -> _Plan:
    bwrap = shutil.which(bwrap_name)
    if bwrap is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed; install it (Debian/Ubuntu: apt-get install "
            "bubblewrap) to run code"
        )
    # Root's processes ignore RLIMIT_NPROC, and bwrap started by root maps the sandbox onto
    # root: start bwrap as an unprivileged uid instead.
    owner = (SANDBOX_ID, SANDBOX_ID) if os.geteuid() == 0 else None
    interpreter = _pick_interpreter(python, owner)
    launcher = _setpriv_prefix(setpriv, owner)
    options = [
        *launcher,
        bwrap,
        *("--unshare-all", "--unshare-user", "--disable-userns"),
        *("--uid", str(SANDBOX_ID), "--gid", str(SANDBOX_ID), "--hostname", "sandbox"),
        *("--as-pid-1", "--die-with-parent", "--new-session", "--clearenv"),
    ]
    for name, value in SANDBOX_ENV.items():
        options += ["--setenv", name, value]
    options += _filesystem(interpreter)
    options += ["--proc", "/proc", "--dev", "/dev"]
    options += ["--size", str(SHM_BYTES), "--tmpfs", SANDBOX_SHM, "--remount-ro", "/dev"]
    popen_owner = None if launcher else owner
    return _Plan(
        bwrap=tuple(options),
        interpreter=interpreter.executable,
        runner=_compile_runner(interpreter.executable),
        user=None if popen_owner is None else popen_owner[0],
        group=None if popen_owner is None else popen_owner[1],
    )


def _setpriv_prefix(setpriv: str, owner: tuple[int, int] | None) -> list[str]:
    """A command prefix that runs bwrap as ``owner`` with no supplementary groups, or nothing
    when there is no owner or no setpriv. Popen's user/group/extra_groups do the same but make
    CPython fork() the whole service instead of vfork(), milliseconds per run for a large
    process, so they are only the fallback."""
    path = shutil.which(setpriv)
    if owner is None or path is None:
        return []
    uid, gid = owner
    return [path, f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--"]


def _compile_runner(interpreter: str) -> bytes:
    """runner.py compiled by ``interpreter``, marshalled (so that it loads there, whatever its
    version)."""
    try:
        done = subprocess.run(  # noqa: S603 - our interpreter, our source
            [interpreter, "-I", "-S", "-c", COMPILE_RUNNER, RUNNER_FILENAME],
            input=RUNNER_SOURCE.read_bytes(),
            capture_output=True,
            env={},
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise SandboxUnavailable(f"{interpreter} cannot compile the runner: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        error = done.stderr.decode("utf-8", "replace").strip()[-500:]
        raise SandboxUnavailable(f"{interpreter} cannot compile the runner: {error}")
    return done.stdout


def _filesystem(interpreter: _Interpreter) -> list[str]:
    """Read-only /usr, the /bin and /lib* links or trees, the interpreter's prefix, with every
    package directory (and this application) hidden under an empty read-only tmpfs."""
    options = ["--ro-bind", "/usr", "/usr"]
    roots = ["/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(name):
            options += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            options += ["--ro-bind", name, name]
            roots.append(name)
    if not _inside(interpreter.prefix, roots):
        options += ["--ro-bind", interpreter.prefix, interpreter.prefix]
        roots.append(interpreter.prefix)
    options += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    for directory in sorted(_package_dirs(interpreter)):
        if os.path.isdir(directory) and _inside(directory, roots):
            options += ["--tmpfs", directory, "--remount-ro", directory]
    return options


def _package_dirs(interpreter: _Interpreter) -> set[str]:
    version = "python{}.{}".format(*interpreter.version)
    prefix = interpreter.prefix
    found = {
        f"{base}/{version}/{kind}"
        for base in (f"{prefix}/lib", f"{prefix}/local/lib", "/usr/local/lib")
        for kind in ("site-packages", "dist-packages")
    }
    found.add(f"{prefix}/lib/python3/dist-packages")
    found.update(site.getsitepackages())
    found.update(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    found.add(str(Path(__file__).resolve().parents[1]))  # the leettrack package itself
    return {os.path.realpath(path) for path in found}


def _inside(path: str, roots: Iterable[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == root or real.startswith(root.rstrip("/") + "/") for root in roots)


def _pick_interpreter(python: str | None, owner: tuple[int, int] | None) -> _Interpreter:
    """The configured interpreter, else this process's base interpreter (never a venv), else a
    system one when the base interpreter is out of the sandbox user's reach."""
    base = os.path.join(sys.base_prefix, "bin", "python{}.{}".format(*sys.version_info[:2]))
    candidates = [python] if python else [base, "/usr/bin/python3", "/usr/local/bin/python3"]
    for candidate in candidates:
        interpreter = _interpreter_at(candidate)
        if interpreter is None or (owner is not None and not _usable_by(interpreter, owner)):
            continue
        if candidate != candidates[0]:
            logger.warning("sandbox uses %s, %s is not usable", interpreter.executable, base)
        return interpreter
    raise SandboxUnavailable(
        f"no Python >= {MIN_PYTHON[0]}.{MIN_PYTHON[1]} usable in the sandbox among {candidates}"
    )


def _interpreter_at(path: str) -> _Interpreter | None:
    real = os.path.realpath(path)
    match = re.fullmatch(r"python(\d+)\.(\d+)", os.path.basename(real))
    if match is None or not os.access(real, os.X_OK):
        return None
    interpreter = _Interpreter(
        executable=real,
        prefix=os.path.dirname(os.path.dirname(real)),
        version=(int(match[1]), int(match[2])),
    )
    if interpreter.version < MIN_PYTHON or not os.path.isfile(interpreter.landmark):
        return None
    return interpreter


def _usable_by(interpreter: _Interpreter, owner: tuple[int, int]) -> bool:
    return _reachable(interpreter.executable, *owner, want=os.R_OK | os.X_OK) and _reachable(
        interpreter.landmark, *owner, want=os.R_OK
    )


def _reachable(path: str, uid: int, gid: int, *, want: int) -> bool:
    """Whether ``uid``/``gid`` (no supplementary groups) may reach ``path`` and access it with
    ``want`` (os.R_OK, os.X_OK), judging by mode bits."""
    real = Path(os.path.realpath(path))
    try:
        steps = [(parent, os.X_OK) for parent in reversed(real.parents)] + [(real, want)]
        for step, need in steps:
            info = step.stat()
            if info.st_uid == uid:
                bits = info.st_mode >> 6
            elif info.st_gid == gid:
                bits = info.st_mode >> 3
            else:
                bits = info.st_mode
            if bits & need != need:
                return False
    except OSError:
        return False
    return True
