"""Small helpers the tests share."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx
import pytest
import redis
from sqlalchemy import create_engine, make_url, text

from leettrack.models import Base
from leettrack.settings import Settings


def worker_database_url(url: str) -> str:
    """`url` with the pytest-xdist worker's id appended to its database name (`lt_me` becomes
    `lt_me_gw0`), so parallel workers never share a PostgreSQL database; a plain run keeps it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


PASSWORD = "correct horse battery"
# This process's own PostgreSQL test database ("" on SQLite); see worker_database_url.
TEST_DATABASE_URL = worker_database_url(os.environ.get("TEST_DATABASE_URL", "").strip())
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_JWT_SECRET = "test-secret-0123456789abcdef0123456789abcdef"
_counter = itertools.count(1)


async def register(
    client: httpx.AsyncClient,
    username: str | None = None,
    password: str = PASSWORD,
    **extra: Any,
) -> dict[str, Any]:
    """Register a new user; returns the response data plus ready-made auth `headers`."""
    username = username or f"user{next(_counter)}_{os.getpid()}"
    response = await client.post(
        "/api/v1/auth/register",
        json={"username": username, "email": f"{username}@example.com", "password": password}
        | extra,
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    data["headers"] = {"Authorization": f"Bearer {data['access_token']}"}
    return data


async def make_admin(app: Any, user_id: int) -> None:
    from leettrack.auth.models import User
    from leettrack.auth.sessions import announce_user_change

    async with app.state.db.sessionmaker() as session:
        user = await session.get(User, user_id)
        assert user is not None
        user.is_admin = True
        await announce_user_change(session, [user_id])  # as `admin promote` does
        await session.commit()


class ManualClock:
    """A clock (seconds, like `time.time`) that moves only when `advance` is called: inject it
    where code takes a `clock`, instead of sleeping through a TTL."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def leettrack(*args: str, env: dict[str, str], timeout: float = 120) -> str:
    """Run the installed `leettrack` command and return its output; fail loudly on error."""
    done = subprocess.run(
        [sys.executable, "-m", "leettrack", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"leettrack {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


class LiveServer:
    """`leettrack serve` (or another serving `command`) in a child process on a free loopback
    port, ready once its `/health` answers 200 (waited for here unless `wait` is false: then
    call `wait_ready`, after starting the others that may start meanwhile)."""

    def __init__(
        self,
        env: dict[str, str],
        workers: int = 1,
        *,
        command: Sequence[str] | None = None,
        wait: bool = True,
    ) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        command = command or ("serve", "--workers", str(workers))
        address = ("--host", "127.0.0.1", "--port", str(self.port))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "leettrack", *command, *address],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # Drained while the server runs: a chatty log level must not fill the pipe and block it.
        self._output: list[str] = []
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        if wait:
            self.wait_ready()

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._output.append(line)

    @property
    def output(self) -> str:
        """What the server has written so far (stdout and stderr)."""
        return "".join(self._output)

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._reader.join(5)
                raise RuntimeError(f"server exited early:\n{self.output}")
            try:
                if httpx.get(f"{self.base_url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not become ready in time")

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(5)
        return self.output


@contextmanager
def live_replicas(env: dict[str, str], count: int = 2) -> Iterator[list[httpx.Client]]:
    """`count` servers of one service (the same `env`), started together, and a client on each;
    all stopped on the way out."""
    with ExitStack() as stack:
        servers = []
        for _ in range(count):
            server = LiveServer(env, wait=False)
            stack.callback(server.stop)
            servers.append(server)
        clients = []
        for server in servers:
            server.wait_ready()
            clients.append(stack.enter_context(httpx.Client(base_url=server.base_url, timeout=30)))
        yield clients


@contextmanager
def redis_namespace() -> Iterator[str]:
    """A Redis key prefix no one else uses, its keys deleted on the way out; the test is skipped
    when no Redis answers at TEST_REDIS_URL."""
    connection = redis.Redis.from_url(TEST_REDIS_URL)
    try:
        connection.ping()
    except redis.RedisError as exc:
        connection.close()
        pytest.skip(f"Redis not reachable at {TEST_REDIS_URL}: {exc}")
    prefix = f"leettrack-test:{uuid.uuid4().hex}:"
    try:
        yield prefix
    finally:
        keys = list(connection.scan_iter(match=prefix + "*"))
        if keys:
            connection.delete(*keys)
        connection.close()


def make_settings(database_url: str, **overrides: Any) -> Settings:
    """Testing settings that ignore the developer's `.env` and environment."""
    values: dict[str, Any] = {
        "app_env": "testing",
        "database_url": database_url,
        "redis_url": None,
        "jwt_secret": TEST_JWT_SECRET,
        "bcrypt_rounds": 4,
        "log_level": "WARNING",
        "log_format": "text",
        "rate_limit_max_requests": 100_000,
        "rate_limit_auth_max": 100_000,
        "rate_limit_exec_max": 100_000,
        "executor_service_url": None,
        # Nothing listens on port 9 of loopback: no test can reach leetcode.com by accident.
        "leetcode_graphql_url": "http://127.0.0.1:9/graphql",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def sync_database_url(url: str) -> str:
    """The SQLAlchemy URL of a blocking driver for the database `url` names (psycopg, sqlite3)."""
    return (
        make_settings(url)
        .async_database_url.replace("+asyncpg", "+psycopg")
        .replace("+aiosqlite", "")
    )


def recreate_postgres_database(url: str) -> None:
    """Drop the PostgreSQL database `url` names if it exists and create it empty, through the
    server's `postgres` maintenance database: whatever an earlier run left there is gone."""
    target = make_url(sync_database_url(url))
    engine = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    quoted = engine.dialect.identifier_preparer.quote(target.database or "")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {quoted}"))
    finally:
        engine.dispose()


def empty_postgres_database(url: str) -> None:
    """Delete every row of the migrated PostgreSQL database `url` names; sequences restart."""
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    engine = create_engine(sync_database_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    """Environment for a child server: the test's database, fast hashing, no `.env` surprises."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("DATABASE_", "REDIS_", "JWT_", "LEETCODE_", "EXECUTOR_", "RATE_LIMIT_")
        )
    }
    env.update(
        DATABASE_URL=database_url,
        JWT_SECRET=TEST_JWT_SECRET,
        BCRYPT_ROUNDS="4",
        APP_ENV="testing",
        LOG_LEVEL="INFO",
        RATE_LIMIT_MAX_REQUESTS="100000",
        RATE_LIMIT_AUTH_MAX="100000",
        RATE_LIMIT_EXEC_MAX="100000",
    )
    env.update(extra)
    return env
