"""Code run latency: ``print(1)`` through POST /api/v1/exercises/run on `leettrack serve`, with
all the isolation on (cgroup, seccomp filter, a uid per run), against the bare floor, a minimal
bubblewrap launch, interleaved in the same run:

    bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-all --die-with-parent \
      --new-session python3 -I -S -c 'print(1)'

(``python3`` is the sandbox's own interpreter binary, never a wrapper script on PATH.)

Budget (DESIGN.md section 8): the API's p50 within 1.5x of the floor's p50. Also shown, for the
breakdown: the sandbox's full command launched directly (as before: its own bwrap options, no
cgroup or filter), the sandbox's run_code in this process (no HTTP), a test run through POST
/api/v1/exercises/test, and a run through an API that delegates to `leettrack executor`.

    python -m bench.run_latency            # BENCH_RUN_ROUNDS=200 sequential samples of each
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from bench.common import (
    Server,
    base_env,
    free_port,
    fresh_database,
    leettrack_server,
    print_table,
    register,
    save,
)
from leettrack.executor import Sandbox, Status
from leettrack.exercises.content import load_exercises

ROUNDS = int(os.environ.get("BENCH_RUN_ROUNDS", "200"))
WARMUP = 10
PROGRAM = "print(1)"
OUTPUT = "1\n"
BUDGET = 1.5
EXECUTOR_SECRET = "bench-executor-secret-" + "0" * 24


def floor(sandbox: Sandbox) -> Callable[[], None]:
    """The minimal bubblewrap launch the budget is measured against."""
    argv = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
    argv += ["--tmpfs", "/tmp", "--unshare-all", "--die-with-parent", "--new-session"]
    argv += [sandbox.interpreter, "-I", "-S", "-c", PROGRAM]

    def launch() -> None:
        done = subprocess.run(argv, cwd="/", env={}, capture_output=True, check=False)
        assert (done.returncode, done.stdout) == (0, OUTPUT.encode()), done

    return launch


def direct(sandbox: Sandbox) -> Callable[[], None]:
    """`bwrap <the sandbox's options> -- python3 -I -S -c PROGRAM`, as the sandbox starts it."""
    command = sandbox.command("-c", PROGRAM)

    def launch() -> None:
        done = subprocess.run(
            command.argv,
            cwd="/",
            env={},
            user=command.user,
            group=command.group,
            extra_groups=None if command.user is None else [],
            capture_output=True,
            check=False,
        )
        assert (done.returncode, done.stdout) == (0, OUTPUT.encode()), done

    return launch


def in_process(sandbox: Sandbox, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """run_code of a sandbox that prepares its runs ahead, like the API's."""

    def run() -> None:
        result = loop.run_until_complete(sandbox.run_code(PROGRAM))
        assert (result.status, result.stdout) == (Status.OK, OUTPUT), result

    return run


async def close(sandbox: Sandbox) -> None:
    sandbox.kill_all()
    await asyncio.sleep(0)  # the prepared sandboxes' cancelled loading ends


def api_run(http: httpx.Client, auth: dict[str, str]) -> Callable[[], None]:
    def run() -> None:
        response = http.post("/api/v1/exercises/run", json={"code": PROGRAM}, headers=auth)
        data = response.json()["data"]
        assert (data["status"], data["stdout"]) == ("ok", OUTPUT), response.text

    return run


def api_test(http: httpx.Client, auth: dict[str, str]) -> Callable[[], None]:
    hello = next(e for e in load_exercises() if e.metadata.id == "hello-world")
    body = {"exercise_id": "hello-world", "code": hello.solution_code}

    def run() -> None:
        response = http.post("/api/v1/exercises/test", json=body, headers=auth)
        assert response.json()["data"]["passed"] is True, response.text

    return run


@contextmanager
def executor_service(env: dict[str, str]) -> Iterator[Server]:
    port = free_port()
    argv = [sys.executable, "-m", "leettrack", "executor", "--host", "127.0.0.1"]
    server = Server([*argv, "--port", str(port)], env, port)
    try:
        yield server
    finally:
        server.stop()


def measure(subjects: dict[str, Callable[[], None]]) -> dict[str, list[float]]:
    """Sequential samples in milliseconds, the subjects interleaved round by round."""
    for subject in subjects.values():
        for _ in range(WARMUP):
            subject()
    samples: dict[str, list[float]] = {name: [] for name in subjects}
    for _ in range(ROUNDS):
        for name, subject in subjects.items():
            started = time.perf_counter()
            subject()
            samples[name].append((time.perf_counter() - started) * 1000)
    return samples


def row(name: str, samples: list[float], bare: float, direct: float) -> dict[str, Any]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    return {
        "path": name,
        "p50_ms": p50,
        "p95_ms": ordered[round(0.95 * (len(ordered) - 1))],
        "p50_vs_floor": p50 / bare,
        "p50_vs_direct": p50 / direct,
    }


def main() -> dict[str, Any]:
    sandbox = Sandbox(prepare=True)
    sandbox.ensure_available()
    loop = asyncio.new_event_loop()
    with fresh_database() as url:
        env = base_env(url, EXECUTOR_SECRET=EXECUTOR_SECRET)
        with (
            leettrack_server(env) as api,
            executor_service(env) as executor,
            leettrack_server(env | {"EXECUTOR_SERVICE_URL": executor.base_url}) as delegating,
            httpx.Client(base_url=api.base_url, timeout=30) as http,
            httpx.Client(base_url=delegating.base_url, timeout=30) as remote,
        ):
            auth = register(http, "runner")
            samples = measure(
                {
                    "bare floor (minimal bwrap)": floor(sandbox),
                    "direct bwrap launch": direct(sandbox),
                    "Sandbox.run_code (in process)": in_process(sandbox, loop),
                    "API POST /exercises/run": api_run(http, auth),
                    "API POST /exercises/test": api_test(http, auth),
                    "API -> leettrack executor, run": api_run(remote, auth),
                }
            )
    loop.run_until_complete(close(sandbox))
    loop.close()
    bare = statistics.median(samples["bare floor (minimal bwrap)"])
    direct_p50 = statistics.median(samples["direct bwrap launch"])
    rows = [row(name, values, bare, direct_p50) for name, values in samples.items()]
    api = next(r for r in rows if r["path"] == "API POST /exercises/run")
    ratio = api["p50_vs_floor"]
    met = ratio <= BUDGET
    print_table(f"Run latency of {PROGRAM!r}, {ROUNDS} sequential samples each, interleaved", rows)
    summary = (
        f"API run p50 {api['p50_ms']:.1f} ms = {ratio:.2f}x the bare floor's {bare:.1f} ms "
        f"(budget <= {BUDGET}x), with cgroups ({sandbox.limits_kind}), seccomp and a uid per "
        f"run: {'met' if met else 'MISSED'}"
    )
    print(summary)
    result = {
        "title": f"Code run: {PROGRAM!r} through the API vs a minimal bwrap launch, {ROUNDS} runs",
        "rows": rows,
        "summary": summary,
        "ratio": ratio,
        "budget": BUDGET,
        "met": met,
    }
    print(f"written to {save('run_latency', result)}")
    return result


if __name__ == "__main__":
    main()
