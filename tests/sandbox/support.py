"""Shared helpers of the sandbox tests (no conftest: they must run with --noconftest)."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

import pytest

from leettrack.executor import RunResult, Sandbox, SandboxLimits, Status

needs_bwrap = [
    pytest.mark.sandbox,
    pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap (bwrap) is not installed"),
]

QUICK = SandboxLimits(cpu_seconds=2, wall_seconds=3)

# Prepended to hostile programs: prints the sandbox's pid namespace, so the test can check that
# no process is left in it afterwards.
NAMESPACE_PROBE = (
    'import os as _os\nprint("PIDNS", _os.readlink("/proc/self/ns/pid"), flush=True)\n'
)


def new_marker() -> str:
    return f"lt-marker-{uuid.uuid4().hex}"


def processes_with_marker(marker: str) -> list[int]:
    """Host processes whose command line contains ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def processes_in_namespace(namespace: str) -> list[int]:
    """Host processes in the pid namespace ``namespace`` (as in ``pid:[4026532181]``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "ns" / "pid") == namespace:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def probed_namespace(stdout: str) -> str:
    match = re.search(r"^PIDNS (pid:\[\d+\])$", stdout, re.MULTILINE)
    assert match, f"the namespace probe did not print: {stdout!r}"
    assert match[1] != os.readlink("/proc/self/ns/pid"), "the code ran in the host pid namespace"
    return match[1]


async def assert_host_fine(sandbox: Sandbox, result: RunResult, marker: str | None = None) -> None:
    """Nothing of the run is left on the host, and the sandbox still runs code."""
    assert processes_in_namespace(probed_namespace(result.stdout)) == []
    if marker is not None:
        assert processes_with_marker(marker) == []
    after = await sandbox.run_code("print(6 * 7)", limits=QUICK)
    assert (after.status, after.stdout) == (Status.OK, "42\n")
