"""What every benchmark shares: servers on loopback, a wrk driver, result tables and JSON."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WRK_SCRIPT = ROOT / "bench" / "wrk_report.lua"
BENCH_JWT_SECRET = "bench-secret-0123456789abcdef0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def base_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_"))}
    env.update(
        DATABASE_URL=database_url,
        JWT_SECRET=BENCH_JWT_SECRET,
        APP_ENV="testing",
        LOG_LEVEL="WARNING",
        RATE_LIMIT_MAX_REQUESTS="100000000",
        RATE_LIMIT_AUTH_MAX="100000000",
        RATE_LIMIT_EXEC_MAX="100000000",
        # A slow (shared) machine stretches a run past the default 15-minute access token.
        JWT_EXPIRES_IN="86400",
    )
    env.update(extra)
    return env


def leettrack(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "leettrack", *args], env=env, check=True, stdout=subprocess.DEVNULL
    )


@contextmanager
def fresh_database(env_var: str = "BENCH_DATABASE_URL") -> Iterator[str]:
    """A migrated, seeded database: PostgreSQL from `env_var` when set, else a temp SQLite file."""
    url = os.environ.get(env_var)
    tmp = tempfile.mkdtemp(prefix="leettrack-bench-")
    try:
        url = url or f"sqlite:///{tmp}/bench.db"
        env = base_env(url)
        leettrack("db", "downgrade", "base", env=env)
        leettrack("db", "upgrade", env=env)
        leettrack("seed", env=env)
        yield url
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Server:
    """A Uvicorn server in a child process, ready when its health route answers."""

    def __init__(self, argv: list[str], env: dict[str, str], port: int) -> None:
        self.base_url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 120  # a loaded machine imports slowly
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stderr.read()}")  # type: ignore[union-attr]
            try:
                httpx.get(f"{self.base_url}/health", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@contextmanager
def leettrack_server(env: dict[str, str], workers: int = 1) -> Iterator[Server]:
    port = free_port()
    server = Server(
        [
            sys.executable,
            "-m",
            "leettrack",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env,
        port,
    )
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def uvicorn_app(app_spec: str, env: dict[str, str], workers: int = 1) -> Iterator[Server]:
    """Any ASGI app factory under the same Uvicorn settings as `leettrack serve`."""
    port = free_port()
    argv = [
        sys.executable,
        "-m",
        "uvicorn",
        app_spec,
        "--factory",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    server = Server(argv, env, port)
    try:
        yield server
    finally:
        server.stop()


def settle(base_url: str, timeout: float = 60) -> None:
    """Wait until the server has drained what the last wrk run left queued (a slow server keeps
    answering the requests of connections wrk has already closed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(httpx.TransportError):
            httpx.get(f"{base_url}/health", timeout=timeout)
        if time.monotonic() - started < 0.2:
            return
        time.sleep(0.5)


def wrk(
    url: str,
    *,
    connections: int = 64,
    seconds: int = 10,
    threads: int = 2,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    body: str | None = None,
    requests_file: Path | None = None,
) -> dict[str, float]:
    """Drive `url` with wrk; returns requests/s, p50/p99 latency (ms) and non-2xx counts."""
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    env = dict(
        os.environ,
        WRK_METHOD=method,
        WRK_BODY=body or "",
        WRK_HEADERS=json.dumps(headers or {}),
        WRK_REQUESTS_FILE=str(requests_file or ""),
    )
    done = subprocess.run(
        [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            # A slow answer is a latency to report, not a socket error (wrk's default is 2 s).
            "--timeout",
            "30s",
            "-s",
            str(WRK_SCRIPT),
            url,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("JSON "))
    report: dict[str, float] = json.loads(line[5:])
    return report


def print_table(title: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    widths = [max(len(str(c)), *(len(_fmt(r[c])) for r in rows)) for c in columns]
    print(f"\n{title}")
    print("  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(_fmt(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True)))


def _fmt(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def save(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {
        "benchmark": name,
        "machine": machine(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    } | payload
    path.write_text(json.dumps(payload, indent=2) + "\n")
    return path


PASSWORD = "bench password 123"


def register(http: httpx.Client, username: str) -> dict[str, str]:
    """Register a user and return its Authorization header."""
    response = http.post(
        "/api/v1/auth/register",
        json={"username": username, "email": f"{username}@bench.example", "password": PASSWORD},
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['data']['access_token']}"}


PATH_URL = "/api/v1/learning-paths/neetcode-150"
SOLVED = 60


def prepare_reader(http: httpx.Client, username: str = "reader") -> dict[str, str]:
    """The reads' user: enrolled in NeetCode 150 with its first 60 questions solved; returns
    its Authorization header."""
    auth = register(http, username)
    path = http.get(PATH_URL).json()["data"]
    http.post(f"/api/v1/user/learning-paths/{path['id']}/enroll", headers=auth).raise_for_status()
    for question in path["questions"][:SOLVED]:
        http.put(
            f"/api/v1/user/questions/{question['title_slug']}",
            json={"status": "solved"},
            headers=auth,
        ).raise_for_status()
    return auth


@contextmanager
def reader_database() -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """A fresh seeded database (see `fresh_database`) with the reader in it: yields the
    servers' environment and the reader's Authorization header."""
    with fresh_database() as url:
        env = base_env(url)
        with (
            leettrack_server(env) as server,
            httpx.Client(base_url=server.base_url, timeout=60) as http,
        ):
            auth = prepare_reader(http)
        yield env, auth


def budget_row(name: str, measured: float, floor: float, budget: str, met: bool) -> dict[str, Any]:
    return {
        "benchmark": name,
        "measured": measured,
        "floor": floor,
        "ratio": measured / floor if floor else float("nan"),
        "budget": budget,
        "met": "yes" if met else "NO",
    }
