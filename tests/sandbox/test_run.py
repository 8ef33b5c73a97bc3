"""run_code: every status, the result fields, the limits and the two isolation modes."""

from __future__ import annotations

import json
import time

import pytest

from leettrack.executor import (
    DEFAULT_LIMITS,
    RunResult,
    Sandbox,
    SandboxLimits,
    SandboxUnavailable,
    Status,
)
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = needs_bwrap

SANDBOX = Sandbox()


async def test_ok_with_stdin_and_unicode() -> None:
    result = await SANDBOX.run_code(
        "name = input()\nprint(f'Hello, {name}! ✓')\nimport sys; print('warn', file=sys.stderr)",
        stdin="Ada\n",
    )
    assert result.status == Status.OK
    assert result.exit_code == 0
    assert result.stdout == "Hello, Ada! ✓\n"
    assert result.stderr == "warn\n"
    assert not result.stdout_truncated and not result.stderr_truncated
    assert result.duration_ms > 0
    assert result.memory_kb is not None and 1000 < result.memory_kb < 100_000


async def test_a_result_travels_as_json() -> None:
    result = await SANDBOX.run_code("print('hi')")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["status"] == "ok" and data["stdout"] == "hi\n"
    assert RunResult.from_dict(data) == result


async def test_program_sees_itself_as_main_in_a_private_tmp() -> None:
    code = (
        "import os, sys\n"
        "if __name__ == '__main__':\n"
        "    print(os.getcwd(), os.environ['HOME'], sys.argv, sys.flags.isolated)\n"
    )
    result = await SANDBOX.run_code(code)
    assert result.stdout == "/tmp /tmp ['main.py'] 1\n"


async def test_memory_is_reported() -> None:
    result = await SANDBOX.run_code("x = bytearray(80 * 2**20)\nx[::4096] = b'1' * len(x[::4096])")
    assert result.status == Status.OK
    assert result.memory_kb is not None and result.memory_kb > 80 * 1024


async def test_runtime_error_shows_the_learners_traceback_only() -> None:
    result = await SANDBOX.run_code("def f():\n    raise ValueError('bad input')\n\nf()\n")
    assert result.status == Status.RUNTIME_ERROR
    assert result.exit_code == 1
    assert 'File "main.py", line 2, in f' in result.stderr
    assert "raise ValueError('bad input')" in result.stderr
    assert result.stderr.rstrip().endswith("ValueError: bad input")
    assert "runner" not in result.stderr


@pytest.mark.parametrize(
    ("code", "exit_code", "stderr"),
    [
        ("import sys; sys.exit(3)", 3, ""),
        ("import sys; sys.exit('giving up')", 1, "giving up\n"),
        ("import os; os._exit(4)", 4, ""),
        ("def broken(:\n    pass", 1, "SyntaxError"),
    ],
)
async def test_non_zero_exits_are_runtime_errors(code: str, exit_code: int, stderr: str) -> None:
    result = await SANDBOX.run_code(code, limits=QUICK)
    assert (result.status, result.exit_code) == (Status.RUNTIME_ERROR, exit_code)
    assert stderr in result.stderr


async def test_sys_exit_zero_is_ok() -> None:
    result = await SANDBOX.run_code("print('bye')\nraise SystemExit(0)")
    assert (result.status, result.exit_code, result.stdout) == (Status.OK, 0, "bye\n")


async def test_cpu_spin_is_a_timeout_at_the_cpu_limit() -> None:
    limits = SandboxLimits(cpu_seconds=1, wall_seconds=8)
    result = await SANDBOX.run_code("while True:\n    pass", limits=limits)
    assert result.status == Status.TIMEOUT
    assert result.duration_ms < 4000  # the CPU limit, not the wall clock, ended it


async def test_ignoring_sigxcpu_only_delays_the_timeout_to_the_hard_limit() -> None:
    code = "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True:\n    pass"
    result = await SANDBOX.run_code(code, limits=SandboxLimits(cpu_seconds=1, wall_seconds=8))
    assert result.status == Status.TIMEOUT
    assert result.duration_ms < 4000


async def test_sleeping_past_the_wall_clock_is_a_timeout() -> None:
    limits = SandboxLimits(wall_seconds=1)
    started = time.perf_counter()
    result = await SANDBOX.run_code(
        "print('before', flush=True)\nimport time; time.sleep(30)", limits=limits
    )
    assert result.status == Status.TIMEOUT
    assert result.exit_code is None and result.memory_kb is None
    assert result.stdout == "before\n"
    assert 1.0 <= time.perf_counter() - started < 3


async def test_memory_error_is_a_memory_limit() -> None:
    result = await SANDBOX.run_code("blocks = []\nwhile True:\n    blocks.append(bytearray(10**7))")
    assert result.status == Status.MEMORY_LIMIT
    assert "MemoryError" in result.stderr


async def test_output_over_the_cap_is_truncated() -> None:
    limits = SandboxLimits(max_output_bytes=4096)
    result = await SANDBOX.run_code("print('x' * 6000)\nprint('done')", limits=limits)
    assert result.status == Status.OUTPUT_LIMIT
    assert result.exit_code == 0  # a little over the cap: the program was let finish
    assert result.stdout_truncated and result.stdout == "x" * 4096


async def test_output_far_over_the_cap_gets_the_program_killed() -> None:
    result = await SANDBOX.run_code("while True:\n    print('y' * 1000)", limits=QUICK)
    assert result.status == Status.OUTPUT_LIMIT
    assert result.exit_code is None
    assert len(result.stdout) == DEFAULT_LIMITS.max_output_bytes
    assert result.duration_ms < 2000


async def test_stderr_has_its_own_cap() -> None:
    limits = SandboxLimits(max_output_bytes=1024)
    result = await SANDBOX.run_code("import sys\nsys.stderr.write('e' * 3000)", limits=limits)
    assert result.status == Status.OUTPUT_LIMIT
    assert result.stderr_truncated and not result.stdout_truncated
    assert result.stderr == "e" * 1024


async def test_unread_large_stdin_does_not_block() -> None:
    result = await SANDBOX.run_code("print('ignored my input')", stdin="z" * (4 * 2**20))
    assert (result.status, result.stdout) == (Status.OK, "ignored my input\n")


async def test_a_sandbox_that_cannot_start_is_an_internal_error() -> None:
    result = await Sandbox(bwrap="false").run_code("print(1)")
    assert result.status == Status.INTERNAL_ERROR


async def test_missing_bwrap_is_reported_as_unavailable() -> None:
    sandbox = Sandbox(bwrap="/nonexistent/bwrap")
    with pytest.raises(SandboxUnavailable, match="bubblewrap"):
        sandbox.ensure_available()
    with pytest.raises(SandboxUnavailable):
        await sandbox.run_code("print(1)")


async def test_without_isolation_limits_and_clock_still_hold() -> None:
    sandbox = Sandbox("none")
    result = await sandbox.run_code("print(input().upper())", stdin="dev\n")
    assert (result.status, result.stdout) == (Status.OK, "DEV\n")
    slow = await sandbox.run_code(
        "import time; time.sleep(30)", limits=SandboxLimits(wall_seconds=1)
    )
    assert slow.status == Status.TIMEOUT
    hog = await sandbox.run_code("x = bytearray(10**9)")
    assert hog.status == Status.MEMORY_LIMIT


def test_limits_are_validated_and_timeouts_clamped() -> None:
    with pytest.raises(ValueError, match="cpu_seconds"):
        SandboxLimits(cpu_seconds=0)
    with pytest.raises(ValueError, match="max_output_bytes"):
        SandboxLimits(max_output_bytes=10)
    assert DEFAULT_LIMITS.with_timeout(2.5).wall_seconds == 2.5
    assert DEFAULT_LIMITS.with_timeout(3600).wall_seconds == DEFAULT_LIMITS.wall_seconds
    assert DEFAULT_LIMITS.with_timeout(0).wall_seconds == 0.1
    assert DEFAULT_LIMITS.with_timeout(None) is DEFAULT_LIMITS
    with pytest.raises(ValueError):
        DEFAULT_LIMITS.with_timeout(float("nan"))
