"""No state shared between runs: what one run makes (a file, an abstract or path unix socket, a
SysV or POSIX shared-memory segment, a keyring key) is invisible to a concurrent run, which runs
as another host uid."""

from __future__ import annotations

import asyncio
import json
import time

from leettrack.executor import Sandbox, SandboxLimits, Status
from tests.sandbox.support import needs_bwrap

pytestmark = needs_bwrap

SANDBOX = Sandbox()
LIMITS = SandboxLimits(cpu_seconds=5, wall_seconds=20)

COMMON = r"""
import ctypes, json, os, socket
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
SHM_KEY = 0x4C54
def add_key():
    ctypes.set_errno(0)
    result = libc.syscall(248, b"user", b"lt-shared-key", b"payload", 7, ctypes.c_long(-4))
    return ctypes.get_errno() if result == -1 else 0
"""

MAKER = (
    COMMON
    + r"""
made = {}
with open("/tmp/lt-shared-file", "w") as file:
    file.write("mine")
abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
abstract.bind("\0lt-shared-socket")
abstract.listen()
on_disk = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
on_disk.bind("/tmp/lt-shared.sock")
on_disk.listen()
made["sysv"] = libc.shmget(SHM_KEY, 4096, 0o1666) >= 0
fd = os.open("/dev/shm/lt-shared-posix", os.O_CREAT | os.O_RDWR, 0o666)
os.write(fd, b"mine")
made["add_key"] = add_key()
print(json.dumps(made), flush=True)
import time
time.sleep(15)
"""
)

LOOKER = (
    COMMON
    + r"""
seen = {}
seen["file"] = os.path.exists("/tmp/lt-shared-file")
def reaches(address):
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(address)
        return True
    except OSError:
        return False
seen["abstract"] = reaches("\0lt-shared-socket")
seen["unix"] = reaches("/tmp/lt-shared.sock")
seen["sysv"] = libc.shmget(SHM_KEY, 0, 0) >= 0
seen["posix"] = os.path.exists("/dev/shm/lt-shared-posix")
with open("/proc/keys") as keys:
    seen["key"] = "lt-shared-key" in keys.read()
seen["add_key"] = add_key()
print(json.dumps(seen))
"""
)


async def test_what_one_run_makes_is_invisible_to_a_concurrent_run() -> None:
    async with SANDBOX.launch("run", MAKER, LIMITS) as maker:
        deadline = time.monotonic() + 10
        while b"\n" not in maker.stdout.data:
            assert time.monotonic() < deadline, maker.stderr.text()
            await asyncio.sleep(0.02)
        made = json.loads(maker.stdout.text())
        assert made == {"sysv": True, "add_key": 1}  # keyrings are denied outright
        async with SANDBOX.launch("run", LOOKER, LIMITS) as looker:
            async with asyncio.timeout(15):
                await looker.finish()
            assert looker.status() == Status.OK, looker.stderr.text()
            seen = json.loads(looker.stdout.text())
            if maker.uid is not None:
                assert looker.uid is not None and looker.uid != maker.uid
        maker.kill(Status.INTERNAL_ERROR)
    assert seen == {
        "file": False,
        "abstract": False,
        "unix": False,
        "sysv": False,
        "posix": False,
        "key": False,
        "add_key": 1,
    }
