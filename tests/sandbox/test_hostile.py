"""Hostile programs: each is contained with the right status, nothing of it survives the run,
and the host (and the sandbox) are fine afterwards."""

from __future__ import annotations

import asyncio
import json
import os
import socket
from pathlib import Path

import pytest

from leettrack.executor import RunResult, Sandbox, SandboxLimits, Status
from tests.sandbox.support import (
    NAMESPACE_PROBE,
    QUICK,
    assert_host_fine,
    needs_bwrap,
    new_marker,
)

pytestmark = needs_bwrap

SANDBOX = Sandbox()
SOURCE_TREE = Path(__file__).resolve().parents[2] / "src"
SYSTEM_DIRS = {"bin", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "run", "sbin", "tmp"}
SYSTEM_DIRS |= {"usr"}


async def hostile(code: str, limits: SandboxLimits = QUICK, stdin: str = "") -> RunResult:
    return await SANDBOX.run_code(NAMESPACE_PROBE + code, stdin=stdin, limits=limits)


def report(result: RunResult) -> dict[str, object]:
    """The last stdout line of a probe program, a JSON object."""
    return json.loads(result.stdout.strip().splitlines()[-1])


async def test_fork_bomb_is_capped_at_the_process_limit() -> None:
    code = """
import os, time, json
children = 0
try:
    while True:
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
        children += 1
except OSError as exc:
    print(json.dumps({"children": children, "error": exc.errno}))
"""
    result = await hostile(code)
    assert result.status == Status.OK
    assert report(result)["error"] == 11  # EAGAIN
    assert 20 <= report(result)["children"] < QUICK.max_processes
    await assert_host_fine(SANDBOX, result)


async def test_endless_fork_bomb_times_out_while_the_host_keeps_working() -> None:
    code = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    bomb = asyncio.create_task(hostile(code, limits=SandboxLimits(wall_seconds=2)))
    await asyncio.sleep(0.5)
    host = await asyncio.create_subprocess_exec("true")
    assert await host.wait() == 0
    neighbour = await SANDBOX.run_code("print('still here')", limits=QUICK)
    assert neighbour.stdout == "still here\n"
    result = await bomb
    assert result.status == Status.TIMEOUT
    await assert_host_fine(SANDBOX, result)


@pytest.mark.parametrize(
    "code",
    [
        "hog = []\nwhile True:\n    hog.append(bytearray(10**7))",
        "hog = ' ' * (2**40)",
        "import os\nfor _ in range(4):\n    if not os.fork():\n        break\nhog = b' ' * 2**30",
    ],
    ids=["growing", "one-huge-block", "in-every-child"],
)
async def test_memory_bomb_is_a_memory_limit(code: str) -> None:
    result = await hostile(code)
    assert result.status == Status.MEMORY_LIMIT
    await assert_host_fine(SANDBOX, result)


async def test_infinite_loop_spends_its_cpu_and_stops() -> None:
    result = await hostile("while True:\n    pass", limits=SandboxLimits(cpu_seconds=1))
    assert result.status == Status.TIMEOUT
    assert result.duration_ms < 3000
    await assert_host_fine(SANDBOX, result)


async def test_sleeping_past_the_wall_clock_is_killed() -> None:
    result = await hostile("import time\ntime.sleep(600)", limits=SandboxLimits(wall_seconds=1))
    assert result.status == Status.TIMEOUT
    assert result.duration_ms < 2500
    await assert_host_fine(SANDBOX, result)


async def test_huge_output_is_cut_and_killed() -> None:
    result = await hostile("import sys\nwhile True:\n    sys.stdout.write('z' * 65536)")
    assert result.status == Status.OUTPUT_LIMIT
    assert result.stdout_truncated
    await assert_host_fine(SANDBOX, result)


async def test_there_is_no_network_not_even_to_host_services() -> None:
    for port in (5432, 6379):  # real services on this host: the check means something
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    host_ip = socket.gethostbyname(socket.gethostname())
    abstract = "\0" + new_marker()  # abstract unix sockets belong to the network namespace
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(abstract)
    listener.listen()
    code = f"""
import json, socket
outcome = {{}}
for host, port in [("127.0.0.1", 5432), ("127.0.0.1", 6379), ("{host_ip}", 5432),
                   ("1.1.1.1", 53), ("localhost", 6379)]:
    try:
        socket.create_connection((host, port), timeout=2).close()
        outcome[f"{{host}}:{{port}}"] = "connected"
    except OSError as exc:
        outcome[f"{{host}}:{{port}}"] = type(exc).__name__
try:
    socket.socket(socket.AF_UNIX).connect({abstract!r})
    outcome["abstract"] = "connected"
except OSError as exc:
    outcome["abstract"] = type(exc).__name__
with open("/proc/net/dev") as devices:
    outcome["interfaces"] = [line.split(":")[0].strip() for line in devices if ":" in line]
print(json.dumps(outcome))
"""
    result = await hostile(code)
    listener.close()
    outcome = report(result)
    assert outcome.pop("interfaces") == ["lo"]
    assert outcome and "connected" not in outcome.values()
    await assert_host_fine(SANDBOX, result)


async def test_host_files_are_out_of_sight(tmp_path: Path) -> None:
    database = tmp_path / "leettrack.db"
    database.write_text("secret rows")
    targets = ["/etc/shadow", "/etc/passwd", str(database), str(SOURCE_TREE), "/root", "/home"]
    code = f"""
import json, os
outcome = {{}}
for path in {targets!r}:
    try:
        outcome[path] = os.listdir(path) if os.path.isdir(path) else open(path).read()
    except OSError as exc:
        outcome[path] = type(exc).__name__
outcome["/"] = sorted(os.listdir("/"))
outcome["/etc"] = sorted(os.listdir("/etc"))
print(json.dumps(outcome))
"""
    result = await hostile(code)
    outcome = report(result)
    assert set(outcome.pop("/")) <= SYSTEM_DIRS | {"root"}  # root: if the interpreter is there
    assert outcome.pop("/etc") == ["ld.so.cache"]
    assert outcome.pop("/root") in ("FileNotFoundError", [".pyenv"], [".local"])
    assert set(outcome.values()) == {"FileNotFoundError"}
    assert "secret rows" not in result.stdout
    await assert_host_fine(SANDBOX, result)


async def test_the_hosts_environment_stays_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = new_marker()
    monkeypatch.setenv("LEETTRACK_TEST_SECRET", secret)
    code = """
import os
print(dict(os.environ))
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    for name in ("environ", "cmdline"):
        try:
            print(pid, name, open(f"/proc/{pid}/{name}", "rb").read())
        except OSError as exc:
            print(pid, name, exc)
"""
    result = await hostile(code)
    assert result.status == Status.OK
    assert "'HOME': '/tmp'" in result.stdout and "1 environ" in result.stdout
    assert secret not in result.stdout and "LEETTRACK_TEST_SECRET" not in result.stdout
    await assert_host_fine(SANDBOX, result)


async def test_the_filesystem_is_read_only_outside_tmp() -> None:
    code = """
import json, os
outcome = {}
for path in ["/evil", "/usr/evil", "/etc/evil", "/run/evil", "/bin/python3",
             "/dev/evil", "/proc/evil"]:
    try:
        with open(path, "w") as handle:
            handle.write("owned")
        outcome[path] = "written"
    except OSError as exc:
        outcome[path] = type(exc).__name__
with open("/tmp/fine.txt", "w") as handle:
    outcome["/tmp/fine.txt"] = handle.write("ok")
print(json.dumps(outcome))
"""
    result = await hostile(code)
    outcome = report(result)
    assert outcome.pop("/tmp/fine.txt") == 2
    assert "written" not in outcome.values()
    assert not Path("/evil").exists() and not Path("/usr/evil").exists()
    await assert_host_fine(SANDBOX, result)


async def test_filling_tmp_hits_the_file_and_tmpfs_caps() -> None:
    code = """
import errno, json
outcome = {}
try:
    with open("/tmp/one-big-file", "wb") as handle:
        while True:
            handle.write(b"x" * 65536)
except OSError as exc:
    outcome["big"] = errno.errorcode[exc.errno]
written = 0
try:
    for index in range(1000):
        with open(f"/tmp/f{index}", "wb") as handle:
            handle.write(b"x" * 512 * 1024)
            written += 1
except OSError as exc:
    outcome["many"] = errno.errorcode[exc.errno]
for shm in range(1000):
    try:
        with open(f"/dev/shm/s{shm}", "wb") as handle:
            handle.write(b"x" * 512 * 1024)
    except OSError as exc:
        outcome["shm"] = errno.errorcode[exc.errno]
        break
outcome["written"] = written
print(json.dumps(outcome))
"""
    limits = SandboxLimits(tmp_bytes=4 * 2**20)
    result = await hostile(code, limits=limits)
    outcome = report(result)
    assert outcome["big"] == "EFBIG"  # RLIMIT_FSIZE
    assert (outcome["many"], outcome["shm"]) == ("ENOSPC", "ENOSPC")  # the tmpfs size caps
    assert outcome["written"] < 8
    await assert_host_fine(SANDBOX, result)


async def test_subprocesses_run_but_die_with_the_sandbox() -> None:
    marker = new_marker()
    code = f"""
import subprocess, sys
print(subprocess.run(["/bin/sh", "-c", "echo from a shell"], capture_output=True, text=True).stdout)
subprocess.Popen(["/bin/sh", "-c", "sleep 60; : {marker}"], start_new_session=True)
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "{marker}"])
print("spawned")
"""
    result = await hostile(code)
    assert result.status == Status.OK
    assert "from a shell" in result.stdout and "spawned" in result.stdout
    await assert_host_fine(SANDBOX, result, marker)


async def test_a_timed_out_process_tree_is_killed_whole() -> None:
    marker = new_marker()
    code = f"""
import subprocess, sys, time
for _ in range(5):
    subprocess.Popen([sys.executable, "-c", "while True: pass", "{marker}"])
time.sleep(600)
"""
    result = await hostile(code, limits=SandboxLimits(wall_seconds=1.5))
    assert result.status == Status.TIMEOUT
    await assert_host_fine(SANDBOX, result, marker)


async def test_killing_the_parent_or_everyone_hurts_only_the_sandbox() -> None:
    host_pid = os.getpid()
    code = f"""
import json, os, signal
outcome = {{}}
for name, target in [("parent", os.getppid()), ("host", {host_pid}), ("init", 1)]:
    try:
        os.kill(target, signal.SIGKILL)
        outcome[name] = "sent"
    except OSError as exc:
        outcome[name] = type(exc).__name__
print(json.dumps(outcome), flush=True)
os.kill(-1, signal.SIGKILL)
"""
    result = await hostile(code)
    outcome = report(result)
    assert outcome["host"] == "ProcessLookupError"  # the host's processes are not even visible
    assert os.getpid() == host_pid
    await assert_host_fine(SANDBOX, result)


async def test_signals_and_ptrace_cannot_reach_out() -> None:
    code = f"""
import ctypes, json, os
libc = ctypes.CDLL(None, use_errno=True)
outcome = {{"ptrace_host": libc.ptrace(16, {os.getpid()}, 0, 0), "errno": ctypes.get_errno()}}
try:
    os.setuid(0)
    outcome["setuid"] = "became root"
except OSError as exc:
    outcome["setuid"] = type(exc).__name__
outcome["userns"] = libc.unshare(0x10000000)  # CLONE_NEWUSER
print(json.dumps(outcome))
"""
    result = await hostile(code)
    outcome = report(result)
    assert outcome["ptrace_host"] == -1
    assert outcome["setuid"] != "became root"
    assert outcome["userns"] == -1
    await assert_host_fine(SANDBOX, result)
