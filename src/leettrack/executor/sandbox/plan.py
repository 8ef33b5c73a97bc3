"""The launch plan: which interpreter runs the runner, and the bwrap command line that starts it
with a read-only system, no network, a private /tmp, its own uid, cgroup and syscall filter.

The runner is compiled once, by the sandbox's interpreter: each run starts ``python3 -I -S -c
BOOTSTRAP``, which receives the compiled runner as the control channel's first frame and runs it.
Compiling runner.py in every run would cost milliseconds.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import shutil
import site
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from leettrack.executor.sandbox.limits import MIB, SandboxLimits, SandboxUnavailable

logger = logging.getLogger(__name__)

RUNNER_SOURCE = Path(__file__).resolve().parents[1] / "runner.py"
RUNNER_FILENAME = "<runner>"  # the runner's code says it comes from here, e.g. in tracebacks
# Run with argv FD ...: read one frame (the runner's marshalled code) from FD and run it.
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
fd = int(sys.argv[1])
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
SANDBOX_ID = 65534  # "nobody": the uid/gid inside the sandbox
SETPRIV = "/usr/bin/setpriv"  # util-linux; drops root before bwrap without costing a fork()
SHELL = "/bin/sh"  # enters the run's cgroup, then becomes setpriv/bwrap (exec)
MIN_PYTHON = (3, 11)
SHM_BYTES = 1 * MIB


@dataclass(frozen=True, slots=True)
class Interpreter:
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
class Plan:
    """What every run of a sandbox shares, computed once."""

    bwrap: tuple[str, ...]  # bwrap and its fixed options; empty without isolation
    interpreter: str
    runner: bytes  # runner.py compiled by the interpreter, marshalled
    drops_root: bool  # the service is root: bwrap starts as the run's own unprivileged uid
    setpriv: str | None  # how it drops root; None: Popen's user/group do it

    def command(
        self,
        limits: SandboxLimits,
        program: Sequence[str],
        *,
        uid: int | None = None,
        info_fd: int | None = None,
        seccomp_fd: int | None = None,
        cgroup_procs: Sequence[str] = (),
    ) -> SandboxCommand:
        """``python3 -I -S *program`` in the sandbox, as ``uid`` when the service is root, in the
        cgroup whose ``cgroup.procs`` files are given."""
        argv = [self.interpreter, "-I", "-S", *program]
        owner = uid if self.drops_root else None
        launcher: list[str] = []
        if self.bwrap:
            if owner is not None and self.setpriv is not None:
                launcher = [self.setpriv, f"--reuid={owner}", f"--regid={owner}"]
                launcher += ["--clear-groups", "--"]
            argv = [
                *launcher,
                *self.bwrap,
                *("--size", str(limits.tmp_bytes), "--tmpfs", SANDBOX_TMP),
                *("--chdir", SANDBOX_TMP, "--remount-ro", "/"),  # last: the root tmpfs is uncapped
                *(() if seccomp_fd is None else ("--seccomp", str(seccomp_fd))),
                *(() if info_fd is None else ("--info-fd", str(info_fd))),
                "--",
                *argv,
            ]
        if cgroup_procs:
            enter = " && ".join(f"echo $$ > {shlex.quote(path)}" for path in cgroup_procs)
            argv = [SHELL, "-c", f'{enter} && exec "$@"', "sh", *argv]
        popen_owner = None if launcher or not self.bwrap else owner
        return SandboxCommand(argv, popen_owner, popen_owner)


def bwrap_plan(bwrap_name: str, setpriv: str, python: str | None, uid: int) -> Plan:
    """The plan of a bwrap sandbox; ``uid`` is one the runs may use (to check that the
    interpreter is within its reach)."""
    bwrap = shutil.which(bwrap_name)
    if bwrap is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed; install it (Debian/Ubuntu: apt-get install "
            "bubblewrap) to run code"
        )
    # Root's processes ignore RLIMIT_NPROC, and bwrap started by root maps the sandbox onto
    # root: start bwrap as an unprivileged uid instead.
    drops_root = os.geteuid() == 0
    interpreter = pick_interpreter(python, (uid, uid) if drops_root else None)
    options = [
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
    return Plan(
        bwrap=tuple(options),
        interpreter=interpreter.executable,
        runner=compile_runner(interpreter.executable),
        drops_root=drops_root,
        setpriv=shutil.which(setpriv),
    )


def bare_plan(python: str | None) -> Plan:
    """The plan without isolation (development only)."""
    executable = pick_interpreter(python, owner=None).executable
    return Plan((), executable, compile_runner(executable), drops_root=False, setpriv=None)


def compile_runner(interpreter: str) -> bytes:
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


def _filesystem(interpreter: Interpreter) -> list[str]:
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


def _package_dirs(interpreter: Interpreter) -> set[str]:
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
    found.add(str(Path(__file__).resolve().parents[2]))  # the leettrack package itself
    return {os.path.realpath(path) for path in found}


def _inside(path: str, roots: Iterable[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == root or real.startswith(root.rstrip("/") + "/") for root in roots)


def pick_interpreter(python: str | None, owner: tuple[int, int] | None) -> Interpreter:
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


def _interpreter_at(path: str) -> Interpreter | None:
    real = os.path.realpath(path)
    match = re.fullmatch(r"python(\d+)\.(\d+)", os.path.basename(real))
    if match is None or not os.access(real, os.X_OK):
        return None
    interpreter = Interpreter(
        executable=real,
        prefix=os.path.dirname(os.path.dirname(real)),
        version=(int(match[1]), int(match[2])),
    )
    if interpreter.version < MIN_PYTHON or not os.path.isfile(interpreter.landmark):
        return None
    return interpreter


def _usable_by(interpreter: Interpreter, owner: tuple[int, int]) -> bool:
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
