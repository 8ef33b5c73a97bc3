"""The syscall filter: each denied family fails with EPERM in learner code (called through
ctypes' syscall(), so Python's own wrappers cannot hide anything), and ordinary Python,
threads, subprocesses and the sockets the network namespace already isolates keep working."""

from __future__ import annotations

import json
import platform

import pytest

from leettrack.executor import Sandbox, Status
from leettrack.executor.sandbox.seccomp import DENIED_SYSCALLS, filter_program
from tests.sandbox.support import QUICK, needs_bwrap

pytestmark = [
    *needs_bwrap,
    pytest.mark.skipif(platform.machine() != "x86_64", reason="x86_64 syscall numbers"),
]

SANDBOX = Sandbox()

# x86_64 numbers, with arguments that would succeed (or fail otherwise than EPERM) unfiltered.
CALLS = {
    "io_uring_setup": (425, 1, "params"),
    "io_uring_enter": (426, 0, 0, 0, 0),
    "io_uring_register": (427, 0, 0, 0, 0),
    "perf_event_open": (298, "perf", 0, -1, -1, 0),
    "keyctl": (250, 0, -3, 0),  # KEYCTL_GET_KEYRING_ID of the user keyring
    "add_key": (248, "user", "lt-key", "secret", 6, -3),
    "request_key": (249, "user", "lt-key", 0, 0),
    "bpf": (321, 0, 0, 0),
    "userfaultfd": (323, 0),
    "memfd_secret": (447, 0),
    "personality": (135, 0xFFFFFFFF),  # only asks for the current one
    "mount": (165, "none", "/tmp", "tmpfs", 0, 0),
    "umount2": (166, "/tmp", 0),
    "pivot_root": (155, "/tmp", "/tmp"),
    "unshare": (272, 0),  # no flags: would succeed
    "setns": (308, 0, 0),
    "ptrace": (101, 0, 0, 0, 0),  # PTRACE_TRACEME
    "process_vm_readv": (310, "self", 0, 0, 0, 0, 0),
    "process_vm_writev": (311, "self", 0, 0, 0, 0, 0),
    "kexec_load": (246, 0, 0, 0, 0),
    "kexec_file_load": (320, -1, -1, 0, 0, 0),
    "init_module": (175, 0, 0, 0),
    "finit_module": (313, -1, 0, 0),
    "delete_module": (176, "lt", 0),
    "socket AF_VSOCK": (41, 40, 1, 0),
    "socket AF_NETLINK": (41, 16, 3, 0),
    "socket AF_PACKET": (41, 17, 3, 0),
    "socket AF_BLUETOOTH": (41, 31, 1, 0),
    "socket AF_ALG": (41, 38, 5, 0),
}

PROBE = r"""
import ctypes, json, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
params = ctypes.create_string_buffer(120)
perf = ctypes.create_string_buffer(128)
def argument(value):
    if value == "self":
        return ctypes.c_long(os.getpid())
    if value == "params":
        return params
    if value == "perf":
        return perf
    if isinstance(value, str):
        return ctypes.c_char_p(value.encode())
    return ctypes.c_long(value)
errors = {}
for name, (number, *args) in CALLS.items():
    ctypes.set_errno(0)
    result = libc.syscall(ctypes.c_long(number), *map(argument, args))
    errors[name] = ctypes.get_errno() if result == -1 else 0
print(json.dumps(errors))
"""


def test_the_filter_is_compiled_once_per_process() -> None:
    assert filter_program() is filter_program()
    assert len(filter_program()) % 8 == 0  # struct sock_filter instructions


def test_the_deny_list_covers_the_families_asked_for() -> None:
    asked = {name for name in CALLS if not name.startswith("socket")}
    assert asked <= set(DENIED_SYSCALLS)


async def test_each_denied_syscall_fails_with_eperm() -> None:
    code = f"CALLS = {CALLS!r}\n" + PROBE
    result = await SANDBOX.run_code(code, limits=QUICK)
    assert result.status == Status.OK, result.stderr
    errors = json.loads(result.stdout)
    assert errors == dict.fromkeys(CALLS, 1), {
        name: errno for name, errno in errors.items() if errno != 1
    }


async def test_ordinary_python_keeps_working_under_the_filter() -> None:
    code = (
        "import json, os, socket, subprocess, sys, tempfile, threading\n"
        "results = []\n"
        "worker = threading.Thread(target=lambda: results.append('thread'))\n"
        "worker.start(); worker.join()\n"
        "done = subprocess.run([sys.executable, '-c', 'print(2)'], capture_output=True)\n"
        "results.append(done.stdout.decode().strip())\n"
        "left, right = socket.socketpair()\n"
        "left.sendall(b'unix'); results.append(right.recv(4).decode())\n"
        "for family in (socket.AF_INET, socket.AF_INET6):\n"
        "    socket.socket(family, socket.SOCK_STREAM).close()\n"
        "results.append('inet')\n"
        "with tempfile.TemporaryFile() as file:\n"
        "    file.write(b'x'); results.append('file')\n"
        "fd = os.memfd_create('ok'); os.write(fd, b'x'); results.append('memfd')\n"
        "print(json.dumps(results))\n"
    )
    result = await SANDBOX.run_code(code, limits=QUICK)
    assert result.status == Status.OK, result.stderr
    assert json.loads(result.stdout) == ["thread", "2", "unix", "inet", "file", "memfd"]
