"""Whole-run limits through cgroups: one cgroup per run holds every process the run starts, the
pages of its tmpfs and memfd files included, under one memory cap, one process cap and one CPU.

Version 1 hierarchies (``/sys/fs/cgroup/{memory,pids,cpu,cpuacct}``, writable by root) are used
where the host has them; a delegated version 2 subtree otherwise. A run's cgroup is made below
the service's own (``<own>/leettrack-<pid>/run-<n>``), so whatever limits the service has still
bound its runs. Where no cgroup can be made (an unprivileged service without delegation),
``detect()`` says so once in the log and the sandbox keeps its per-process rlimits.

The launcher (a shell, before it executes setpriv and bwrap) writes its own pid into the run's
``cgroup.procs`` files, so the run is inside from its first instruction.
"""

from __future__ import annotations

import abc
import asyncio
import atexit
import contextlib
import errno
import itertools
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from leettrack.executor.sandbox.limits import SandboxLimits

logger = logging.getLogger(__name__)

CGROUP_ROOT = Path("/sys/fs/cgroup")
V1_CONTROLLERS = ("memory", "pids", "cpu", "cpuacct")
V2_CONTROLLERS = ("memory", "pids", "cpu")
CPU_PERIOD_US = 100_000  # a run may use at most one CPU: its CPU time never runs ahead of the clock
PIDS_SLACK = 4  # bwrap and the sandbox's init beside the learner's processes
REMOVE_RETRIES = 50
REMOVE_RETRY_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class RunUsage:
    """What a run used, read once it has ended."""

    peak_memory_bytes: int | None
    oom_killed: bool


class RunCgroup(abc.ABC):
    """The cgroup (one directory per hierarchy) of one run."""

    def __init__(self, directories: tuple[Path, ...]) -> None:
        self.directories = directories

    @property
    def procs_files(self) -> tuple[str, ...]:
        """Where the launcher writes its pid to enter the cgroup."""
        return tuple(str(directory / "cgroup.procs") for directory in self.directories)

    @abc.abstractmethod
    def cpu_seconds(self) -> float:
        """CPU time spent so far by every process of the run."""

    @abc.abstractmethod
    def usage(self) -> RunUsage: ...

    def remove(self) -> bool:
        """Remove the cgroup; False while processes are still leaving it."""
        for directory in self.directories:
            try:
                directory.rmdir()
            except FileNotFoundError:
                continue
            except OSError as exc:
                if exc.errno == errno.EBUSY:
                    return False
                logger.warning("cannot remove cgroup %s: %s", directory, exc)
        return True

    def remove_soon(self) -> None:
        """Remove now, or retry from the event loop until the last process has left."""
        if self.remove():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop to retry from: the service's exit removes the rest
            return
        attempts = itertools.count(1)

        def retry() -> None:
            if not self.remove() and next(attempts) < REMOVE_RETRIES:
                loop.call_later(REMOVE_RETRY_SECONDS, retry)

        loop.call_later(REMOVE_RETRY_SECONDS, retry)


class _V1Cgroup(RunCgroup):
    def __init__(self, directories: dict[str, Path]) -> None:
        super().__init__(tuple(dict.fromkeys(directories.values())))
        self._by_controller = directories

    def cpu_seconds(self) -> float:
        return int(_read(self._by_controller["cpuacct"] / "cpuacct.usage") or 0) / 1e9

    def usage(self) -> RunUsage:
        memory = self._by_controller["memory"]
        peak = _read(memory / "memory.max_usage_in_bytes")
        return RunUsage(
            peak_memory_bytes=int(peak) if peak else None,
            oom_killed=_counter(memory / "memory.oom_control", "oom_kill") > 0,
        )


class _V2Cgroup(RunCgroup):
    def cpu_seconds(self) -> float:
        return _counter(self.directories[0] / "cpu.stat", "usage_usec") / 1e6

    def usage(self) -> RunUsage:
        peak = _read(self.directories[0] / "memory.peak")
        return RunUsage(
            peak_memory_bytes=int(peak) if peak else None,
            oom_killed=_counter(self.directories[0] / "memory.events", "oom_kill") > 0,
        )


class Cgroups(abc.ABC):
    """Makes the cgroups of runs below this service's own."""

    kind: str

    def __init__(self) -> None:
        self._names = itertools.count()

    def create(self, limits: SandboxLimits, cpu_share: float = 1.0) -> RunCgroup:
        """A fresh cgroup with ``limits`` and ``cpu_share`` of one CPU (in (0, 1]); OSError
        when it cannot be made."""
        name = f"run-{next(self._names)}"
        made: list[Path] = []
        quota = max(1000, round(CPU_PERIOD_US * min(1.0, cpu_share)))
        try:
            return self._create(name, limits, quota, made)
        except BaseException:
            for directory in reversed(made):
                with contextlib.suppress(OSError):
                    directory.rmdir()
            raise

    @abc.abstractmethod
    def _create(
        self, name: str, limits: SandboxLimits, quota_us: int, made: list[Path]
    ) -> RunCgroup: ...

    @abc.abstractmethod
    def base_directories(self) -> list[Path]:
        """The directories this service's runs are made in."""

    def remove_bases(self) -> None:
        """Remove this service's directories at exit, giving the last runs' processes a
        moment to leave."""
        for _ in range(REMOVE_RETRIES):
            left = [base for base in self.base_directories() if not _remove_tree(base)]
            if not left:
                return
            time.sleep(REMOVE_RETRY_SECONDS / 2)


class CgroupsV1(Cgroups):
    kind = "cgroup-v1"

    def __init__(self, bases: dict[str, Path]) -> None:
        super().__init__()
        self.bases = bases

    def base_directories(self) -> list[Path]:
        return list(dict.fromkeys(self.bases.values()))

    def _create(
        self, name: str, limits: SandboxLimits, quota_us: int, made: list[Path]
    ) -> RunCgroup:
        directories: dict[str, Path] = {}
        for controller, base in self.bases.items():
            directory = base / name
            if directory not in made:
                directory.mkdir()
                made.append(directory)
            directories[controller] = directory
        memory = directories["memory"]
        _write(memory / "memory.limit_in_bytes", limits.memory_bytes)
        if (memory / "memory.memsw.limit_in_bytes").exists():  # swap counts too
            _write(memory / "memory.memsw.limit_in_bytes", limits.memory_bytes)
        _write(directories["pids"] / "pids.max", limits.max_processes + PIDS_SLACK)
        _write(directories["cpu"] / "cpu.cfs_period_us", CPU_PERIOD_US)
        _write(directories["cpu"] / "cpu.cfs_quota_us", quota_us)
        return _V1Cgroup(directories)


class CgroupsV2(Cgroups):
    kind = "cgroup-v2"

    def __init__(self, base: Path) -> None:
        super().__init__()
        self.base = base

    def base_directories(self) -> list[Path]:
        return [self.base]

    def _create(
        self, name: str, limits: SandboxLimits, quota_us: int, made: list[Path]
    ) -> RunCgroup:
        directory = self.base / name
        directory.mkdir()
        made.append(directory)
        _write(directory / "memory.max", limits.memory_bytes)
        if (directory / "memory.swap.max").exists():
            _write(directory / "memory.swap.max", 0)
        _write(directory / "pids.max", limits.max_processes + PIDS_SLACK)
        _write(directory / "cpu.max", f"{quota_us} {CPU_PERIOD_US}")
        return _V2Cgroup((directory,))


def detect(root: Path = CGROUP_ROOT) -> Cgroups | None:
    """The cgroups this process may make, trying v1 hierarchies, then a v2 subtree; None (said
    once in the log) when neither works."""
    problems = []
    for attempt in (_v1, _v2):
        try:
            found = attempt(root)
        except OSError as exc:
            problems.append(f"{attempt.__name__[1:]}: {exc}")
            continue
        if found is not None:
            _remove_stale(found)
            atexit.register(found.remove_bases)
            logger.info("sandbox runs are limited by %s", found.kind)
            return found
    logger.warning(
        "no cgroup can be made for sandbox runs (%s): memory, processes and CPU time are "
        "limited per process only (rlimits)",
        "; ".join(problems) or "no cgroup hierarchy",
    )
    return None


def _own_paths() -> dict[str, str]:
    """This process's cgroup per controller ("" for the v2 hierarchy), from /proc/self/cgroup."""
    paths = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else [""]:
            paths[controller] = path
    return paths


def _v1(root: Path) -> Cgroups | None:
    own = _own_paths()
    if not all(controller in own for controller in V1_CONTROLLERS):
        return None
    bases = {}
    for controller in V1_CONTROLLERS:
        base = root / controller / own[controller].lstrip("/") / f"leettrack-{os.getpid()}"
        base.mkdir(exist_ok=True)
        bases[controller] = base.resolve()
    found = CgroupsV1(bases)
    found.create(SandboxLimits()).remove()  # the proof that runs can be limited
    return found


def _v2(root: Path) -> Cgroups | None:
    if not (root / "cgroup.controllers").exists():  # not a v2-only host
        return None
    own = root / _own_paths().get("", "/").lstrip("/")
    wanted = " ".join(f"+{name}" for name in V2_CONTROLLERS)
    if not set(V2_CONTROLLERS) <= set((own / "cgroup.controllers").read_text().split()):
        return None
    base = own / f"leettrack-{os.getpid()}"
    base.mkdir(exist_ok=True)
    try:
        (own / "cgroup.subtree_control").write_text(wanted)
    except OSError as exc:
        if exc.errno != errno.EBUSY:
            raise
        # A cgroup with processes cannot give controllers to its children: this process moves
        # to a leaf of its own first, as container runtimes do.
        service = own / "leettrack-service"
        service.mkdir(exist_ok=True)
        (service / "cgroup.procs").write_text(str(os.getpid()))
        (own / "cgroup.subtree_control").write_text(wanted)
    (base / "cgroup.subtree_control").write_text(wanted)
    found = CgroupsV2(base)
    found.create(SandboxLimits()).remove()
    return found


def _remove_stale(cgroups: Cgroups) -> None:
    """Remove what services that are gone (by pid) left behind."""
    for base in cgroups.base_directories():
        for stale in base.parent.glob("leettrack-[0-9]*"):
            if stale != base and not _alive(int(stale.name.rsplit("-", 1)[1])):
                _remove_tree(stale)


def _remove_tree(base: Path) -> bool:
    """Remove a service's directory and its runs' (which hold no subdirectories)."""
    for run in base.glob("run-*"):
        with contextlib.suppress(OSError):
            run.rmdir()
    try:
        base.rmdir()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(path: Path, value: int | str) -> None:
    path.write_text(str(value))


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def _counter(path: Path, name: str) -> int:
    """The value of ``name`` in a flat-keyed file such as memory.events or cpu.stat."""
    for line in (_read(path) or "").splitlines():
        key, _, value = line.partition(" ")
        if key == name and value.strip().isdigit():
            return int(value)
    return 0
