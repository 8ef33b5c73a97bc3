"""Whole-run limits: memory, processes and CPU time hold for everything a run starts, whatever
it forks, where the host lets the service make cgroups (root with v1 hierarchies, or a
delegated v2 subtree); the run's cgroup is gone once it has ended."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from leettrack.executor.sandbox import MIB, Sandbox, SandboxLimits, Status
from leettrack.executor.sandbox.cgroups import RunUsage
from tests.sandbox.support import QUICK, needs_bwrap

SANDBOX = Sandbox()
with_cgroups = pytest.mark.skipif(
    SANDBOX.limits_kind == "rlimit-only", reason="no cgroup can be made here"
)
pytestmark = [*needs_bwrap, with_cgroups]

HEADROOM = 64 * MIB

# 32 processes, each holding memory three ways RLIMIT_AS does not count as one: memfd pages
# written with write(), files in the sandbox's tmpfs, and its own heap.
MEMORY_ACROSS_CHILDREN = r"""
import os, time
children = []
for index in range(31):
    pid = os.fork()
    if pid == 0:
        try:
            chunk = b"m" * (1000 << 10)
            for fd in [os.memfd_create("hold") for _ in range(40)]:
                os.write(fd, chunk)
            with open(f"/tmp/hold-{index}", "wb") as file:
                file.write(b"t" * (400 << 10))
            heap = bytearray(40 << 20)
            for offset in range(0, len(heap), 4096):
                heap[offset] = 1
            time.sleep(30)
        finally:
            os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
print("all children held their memory")
"""


async def run_with_usage(
    code: str, limits: SandboxLimits, sandbox: Sandbox = SANDBOX
) -> tuple[Status, str, RunUsage, list[Path]]:
    async with sandbox.launch("run", code, limits) as execution:
        try:
            async with asyncio.timeout_at(execution.deadline):
                await execution.finish()
        except TimeoutError:
            execution.kill(Status.TIMEOUT)
            await execution.finish()
        assert execution.usage is not None and execution.cgroup is not None
        directories = list(execution.cgroup.directories)
        return execution.status(), execution.stdout.text(), execution.usage, directories


@pytest.mark.slow
async def test_memory_across_32_children_memfd_and_tmpfs_is_one_limit() -> None:
    limits = SandboxLimits(memory_bytes=256 * MIB, wall_seconds=30, cpu_seconds=20)
    status, stdout, usage, _ = await run_with_usage(MEMORY_ACROSS_CHILDREN, limits)
    assert status == Status.MEMORY_LIMIT, stdout
    assert "all children held their memory" not in stdout
    assert usage.oom_killed
    assert usage.peak_memory_bytes is not None
    assert usage.peak_memory_bytes <= limits.memory_bytes + HEADROOM


async def test_tmpfs_pages_are_charged_to_the_run() -> None:
    code = (
        "data = b'x' * (1000 << 10)\n"
        "for index in range(12):\n"
        "    with open(f'/tmp/file-{index}', 'wb') as file:\n"
        "        file.write(data)\n"
        "print('written')\n"
    )
    status, stdout, usage, _ = await run_with_usage(code, QUICK)
    assert (status, stdout) == (Status.OK, "written\n")
    assert usage.peak_memory_bytes is not None and usage.peak_memory_bytes >= 12 * 1000 * 1024


async def test_the_process_limit_holds_for_the_run_not_per_uid() -> None:
    code = (
        "import os, time\nborn = 0\ntry:\n    while True:\n        if os.fork() == 0:\n"
        "            time.sleep(30)\n            os._exit(0)\n        born += 1\n"
        "except OSError as exc:\n    print(born, exc.errno)\n"
    )
    status, stdout, _, _ = await run_with_usage(code, QUICK)
    born, errno = map(int, stdout.split())
    assert (status, errno) == (Status.OK, 11)
    assert born < QUICK.max_processes


async def test_cpu_time_is_counted_for_every_process_of_the_run() -> None:
    # Four spinners of 1.5 s each stay under RLIMIT_CPU (2 s per process) but not under the
    # run's 2 CPU seconds; one CPU for the run keeps them from spending it faster than the clock.
    code = (
        "import os, time\n"
        "for _ in range(4):\n"
        "    if os.fork() == 0:\n"
        "        start = time.process_time()\n"
        "        while time.process_time() - start < 1.5:\n"
        "            pass\n"
        "        os._exit(0)\n"
        "while True:\n"
        "    try:\n"
        "        os.wait()\n"
        "    except ChildProcessError:\n"
        "        break\n"
        "print('spun')\n"
    )
    limits = SandboxLimits(cpu_seconds=2, wall_seconds=20)
    status, stdout, _, _ = await run_with_usage(code, limits)
    assert (status, stdout) == (Status.TIMEOUT, "")


async def test_a_runs_cgroup_is_removed_after_it() -> None:
    status, _, _, directories = await run_with_usage("print(1)", QUICK)
    assert status == Status.OK
    for _ in range(50):
        if not any(directory.exists() for directory in directories):
            break
        await asyncio.sleep(0.1)
    assert [directory for directory in directories if directory.exists()] == []


async def test_a_run_is_in_its_cgroup_from_its_first_process() -> None:
    async with SANDBOX.launch("run", "import time\ntime.sleep(5)", QUICK) as execution:
        assert execution.cgroup is not None
        for procs in execution.cgroup.procs_files:
            pids = Path(procs).read_text().split()
            assert pids, procs  # bwrap, the runner
        execution.kill(Status.INTERNAL_ERROR)
