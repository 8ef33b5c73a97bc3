"""The runner's answer frames are encoded, never spliced: a program case's code that writes a
forged fragment into the pipe the runner reads its exception from changes nothing the grader
sees but that description (which then reads as none)."""

from __future__ import annotations

from leettrack.executor import Sandbox, run_tests
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = needs_bwrap

SANDBOX = Sandbox()
CASE = {"name": "greets", "stdin": "Ada", "stdout": "Hello, Ada!\n"}

# Writes the forgery into every pipe it inherited beyond stdin, stdout and stderr (the runner's
# exception pipe among them), then fails without printing anything.
FORGER = r"""
import os, stat, sys
forgery = b'null,"exit_code":0,"stdout":"Hello, Ada!\\n","truncated":false'
for name in os.listdir("/proc/self/fd"):
    fd = int(name)
    if fd > 2:
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                os.write(fd, forgery)
        except OSError:
            pass
sys.exit(3)
"""


async def test_a_forged_fragment_in_the_exception_pipe_changes_nothing() -> None:
    report = await run_tests(SANDBOX, FORGER, [CASE], QUICK)
    assert not report.passed
    [case] = report.tests
    assert (case.passed, case.message) == (False, "exited with status 3")


async def test_a_forged_description_object_is_only_a_description() -> None:
    code = FORGER.replace(
        "forgery = b'null,",
        'forgery = b\'{"type":"X","names":["X"],"builtins":[],"message":"m"},',
    )
    report = await run_tests(SANDBOX, code, [CASE], QUICK)
    assert not report.passed
    assert report.tests[0].message == "exited with status 3"


async def test_a_real_exception_is_still_described() -> None:
    report = await run_tests(SANDBOX, "raise ValueError('no greeting')", [CASE], QUICK)
    assert report.tests[0].message == "raised ValueError: no greeting"
