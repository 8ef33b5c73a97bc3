"""What a run may use and how it went: limits, statuses, results and the sandbox's errors."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

KIB = 1024
MIB = 1024 * KIB

Isolation = Literal["bwrap", "none"]
Mode = Literal["run", "test"]


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
    """Limits of one run. ``memory_bytes``, ``max_processes`` and ``cpu_seconds`` hold for the
    whole run (every process, tmpfs and memfd pages) where a cgroup can be made, and per process
    (address space, RLIMIT_NPROC, RLIMIT_CPU) always; ``max_file_bytes`` and ``max_open_files``
    hold per process."""

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
