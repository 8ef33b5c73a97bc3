"""How bwrap is started: as a uid/gid of the sandbox's range (one per concurrent run) with no
supplementary groups when the service is root (through setpriv, or Popen's user/group without
it), unchanged otherwise."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from leettrack.executor import Sandbox, Status
from leettrack.executor.sandbox import DEFAULT_UID_BASE
from leettrack.executor.sandbox.uids import leases
from tests.sandbox.support import (
    NAMESPACE_PROBE,
    QUICK,
    needs_bwrap,
    probed_namespace,
    processes_in_namespace,
)

pytestmark = needs_bwrap

ROOT = os.geteuid() == 0
WITH_SETPRIV = Sandbox()
WITHOUT_SETPRIV = Sandbox(setpriv="/nonexistent/setpriv")
BOTH = pytest.mark.parametrize(
    "sandbox", [WITH_SETPRIV, WITHOUT_SETPRIV], ids=["setpriv", "popen-user"]
)


def credentials(pid: int) -> dict[str, list[int]]:
    """Real, effective, saved and filesystem uids and gids, and the groups of a host process,
    as the host sees them."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, values = line.partition(":")
        if name in ("Uid", "Gid", "Groups", "PPid"):
            found[name] = [int(value) for value in values.split()]
    return found


def test_a_root_service_starts_bwrap_through_setpriv_only_when_it_is_there() -> None:
    with_setpriv = WITH_SETPRIV.command("-c", "pass")
    without = WITHOUT_SETPRIV.command("-c", "pass")
    assert without.argv[0].endswith("/bwrap")
    if ROOT:
        assert os.path.basename(with_setpriv.argv[0]) == "setpriv"
        base = DEFAULT_UID_BASE
        assert with_setpriv.argv[1:5] == [
            f"--reuid={base}",
            f"--regid={base}",
            "--clear-groups",
            "--",
        ]
        assert with_setpriv.argv[5] == without.argv[0]
        assert (with_setpriv.user, with_setpriv.group) == (None, None)
        assert (without.user, without.group) == (base, base)
    else:
        assert with_setpriv == without
        assert (without.user, without.group) == (None, None)


@BOTH
async def test_the_sandbox_runs_as_a_uid_of_its_range_when_the_service_is_root(
    sandbox: Sandbox,
) -> None:
    code = NAMESPACE_PROBE + "import time\ntime.sleep(30)\n"
    async with sandbox.launch("run", code, QUICK) as execution:
        deadline = time.monotonic() + 5
        while b"PIDNS" not in execution.stdout.data:
            assert time.monotonic() < deadline, execution.stderr.text()
            await asyncio.sleep(0.01)
        [runner] = processes_in_namespace(probed_namespace(execution.stdout.text()))
        seen = credentials(runner)
        bwrap = credentials(seen["PPid"][0])
        execution.kill(Status.INTERNAL_ERROR)
    if ROOT:
        uid = seen["Uid"][0]
        in_range = leases(DEFAULT_UID_BASE, 1).count  # as long as this process's sandboxes made it
        assert DEFAULT_UID_BASE <= uid < DEFAULT_UID_BASE + in_range
        expected = {"Uid": [uid] * 4, "Gid": [uid] * 4, "Groups": []}
    else:
        uid, gid = os.getresuid(), os.getresgid()
        expected = {"Uid": [*uid, uid[1]], "Gid": [*gid, gid[1]], "Groups": os.getgroups()}
    for process in (seen, bwrap):
        assert {key: process[key] for key in expected} == expected


@BOTH
async def test_the_process_limit_holds_whichever_way_bwrap_starts(sandbox: Sandbox) -> None:
    code = (
        "import os, time\nchildren = 0\ntry:\n    while True:\n        if os.fork() == 0:\n"
        "            time.sleep(60)\n            os._exit(0)\n        children += 1\n"
        "except OSError as exc:\n    print(children, exc.errno)\n"
    )
    result = await sandbox.run_code(code, limits=QUICK)
    children, errno = map(int, result.stdout.split())
    assert (result.status, errno) == (Status.OK, 11)  # EAGAIN
    assert children < QUICK.max_processes
