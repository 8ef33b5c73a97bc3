"""`leettrack executor` as a real process on a free loopback port."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.helpers import free_port, server_env


class ExecutorProcess:
    """`leettrack executor` in a child process; ``stop()`` ends it and returns its log."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "leettrack", "executor", "--host", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"executor exited early:\n{self.stop()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("executor did not become ready in time")

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.stdout.read() if self.process.stdout else ""


StartExecutor = Callable[..., ExecutorProcess]


@pytest.fixture
def start_executor(database_url: str) -> Iterator[StartExecutor]:
    """Start executors with extra environment; all are stopped at teardown."""
    started: list[ExecutorProcess] = []

    def start(**env: str) -> ExecutorProcess:
        executor = ExecutorProcess(server_env(database_url, **env))
        started.append(executor)
        return executor

    yield start
    for executor in started:
        executor.stop()
