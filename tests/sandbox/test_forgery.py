"""A passing grade cannot be forged: the expected values never enter the sandbox and every
verdict is made outside it. Each attack below runs against cases whose expected values are
secrets of this test; only an honest control case may pass."""

from __future__ import annotations

from typing import Any

import pytest

from leettrack.executor import Sandbox, SandboxLimits, Status, run_tests
from tests.sandbox.support import (
    NAMESPACE_PROBE,
    needs_bwrap,
    new_marker,
    probed_namespace,
    processes_in_namespace,
)

pytestmark = needs_bwrap

SANDBOX = Sandbox()
SECRET = new_marker()
CASES: list[dict[str, Any]] = [
    {"name": "control", "call": "add", "args": [1, 2], "expected": 3},
    {"name": "secret call", "call": "token", "args": [1], "expected": f"{SECRET}-1"},
    {"name": "secret kwargs", "call": "token", "kwargs": {"n": 2}, "expected": f"{SECRET}-2"},
    {"name": "secret expression", "setup": "n = 3", "expr": "token(n)", "expected": f"{SECRET}-3"},
    {"name": "secret program", "stdin": "4", "stdout": f"{SECRET}-4\n"},
]
HONEST = "def add(a, b):\n    return a + b\n"

FIND_CONTROL_SOCKET = """
import os
def control_socket():
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                return int(fd)
        except OSError:
            pass
def frame(text):
    data = text.encode()
    return len(data).to_bytes(4, "big") + data
"""

ATTACKS = {
    "print-ok": """
print("OK")
print("All tests passed", '{"passed": true}')
def token(n):
    print("OK", "PASSED", "ok")
    return "OK"
if __name__ == "__main__":
    print("OK\\nPASSED")
""",
    "os-exit-at-import": "import os\nos._exit(0)\n",
    "sys-exit-at-import": "import sys\nsys.exit(0)\n",
    "system-exit-in-call": "def token(n):\n    raise SystemExit(0)\n",
    "os-exit-in-call": "import os\ndef token(n):\n    os._exit(0)\n",
    "always-equal": """
class Anything(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
def token(n):
    return Anything("whatever")
import builtins
builtins.isinstance = lambda *args: True
""",
    "patch-runner": """
import sys
runner = sys.modules["__main__"]
runner._value_reply = lambda value: '"value":true,"passed":true'
runner._describe = lambda exc: '{"passed":true}'
original_send = runner._Channel.send
def send(self, text):
    original_send(self, text.replace('"value"', '"passed":true,"value"'))
runner._Channel.send = send
def token(n):
    return None
""",
    "fake-frames": FIND_CONTROL_SOCKET
    + """
fd = control_socket()
for request_id in range(12):
    for body in ('"value":"OK"', '"passed":true', '"value":true'):
        os.write(fd, frame('{"id":%d,%s}' % (request_id, body)))
def token(n):
    os.write(fd, frame('{"id":%d,"value":"OK"}' % n))
    return "OK"
""",
    "garbage-frames": FIND_CONTROL_SOCKET
    + """
def token(n):
    os.write(control_socket(), b"\\xff\\xff\\xff\\xffPASSED" * 100)
    return "OK"
""",
    "oversized-frame": FIND_CONTROL_SOCKET
    + """
def token(n):
    os.write(control_socket(), (2**31).to_bytes(4, "big"))
    return "OK"
""",
    "close-channel-and-linger": FIND_CONTROL_SOCKET
    + """
import threading, time
def token(n):
    threading.Thread(target=time.sleep, args=(600,)).start()
    os.close(control_socket())
    return "OK"
""",
    "search-for-the-answer": """
import gc, os
def token(n):
    seen = [obj for obj in gc.get_objects() if isinstance(obj, (str, bytes)) and b"lt-marker" in
            (obj if isinstance(obj, bytes) else obj.encode("utf-8", "replace"))]
    for path in ("/proc/self/environ", "/proc/self/cmdline", "/proc/1/environ"):
        with open(path, "rb") as handle:
            seen.append(handle.read())
    return [s for s in seen if "lt-marker-" + "" in str(s) and str(s).count("-") > 2]
""",
}


@pytest.mark.parametrize("attack", list(ATTACKS), ids=list(ATTACKS))
async def test_no_attack_forges_a_pass(attack: str) -> None:
    code = NAMESPACE_PROBE + HONEST + ATTACKS[attack]
    report = await run_tests(SANDBOX, code, CASES, SandboxLimits(wall_seconds=3))
    assert processes_in_namespace(probed_namespace(report.stdout)) == []
    verdicts = {test.name: test.passed for test in report.tests}
    assert not report.passed
    assert not any(passed for name, passed in verdicts.items() if name != "control"), (
        attack,
        report,
    )
    assert SECRET not in report.stdout and SECRET not in report.stderr


async def test_control_case_passes_when_nothing_interferes() -> None:
    report = await run_tests(SANDBOX, HONEST + "def token(n):\n    return None\n", CASES)
    assert [test.passed for test in report.tests] == [True, False, False, False, False]
    assert report.status == Status.OK


@pytest.mark.parametrize(
    ("attack", "status", "message"),
    [
        ("os-exit-at-import", Status.RUNTIME_ERROR, "your code ended the test run (exit status 0)"),
        ("sys-exit-at-import", Status.RUNTIME_ERROR, "your code failed to load: SystemExit: 0"),
        ("system-exit-in-call", Status.OK, "raised SystemExit: 0"),
        ("os-exit-in-call", Status.RUNTIME_ERROR, "your code ended the test run (exit status 0)"),
        ("fake-frames", Status.RUNTIME_ERROR, "invalid data on the result channel"),
        ("garbage-frames", Status.RUNTIME_ERROR, "invalid data on the result channel"),
        ("oversized-frame", Status.RUNTIME_ERROR, "invalid data on the result channel"),
        ("close-channel-and-linger", Status.TIMEOUT, "time limit exceeded"),
    ],
)
async def test_attacks_are_reported_for_what_they_are(
    attack: str, status: Status, message: str
) -> None:
    report = await run_tests(
        SANDBOX, HONEST + ATTACKS[attack], CASES, SandboxLimits(wall_seconds=3)
    )
    assert report.status == status
    first_secret = next(test for test in report.tests if test.name == "secret call")
    assert message in first_secret.message
