"""Reads on PostgreSQL, each against its same-work floor (`bench.read_floor`).

The five reads a user of the original Flask backend makes most: the NeetCode 150 path signed in
(150 questions with the caller's statuses), the list of paths, the user's progress, the user's
paths, and a login (bcrypt at cost 12). For each, LeetTrack (`leettrack serve --workers N`) and
a bare Starlette + asyncpg app that verifies the same token, runs the statements LeetTrack ran
(captured from its engine in this run) and answers the same bytes.

BENCH_DATABASE_URL=postgresql://... python -m bench.reads [--workers 1] [--connections 64]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import event

from bench.common import (
    PASSWORD,
    base_env,
    fresh_database,
    leettrack_server,
    print_table,
    register,
    save,
    settle,
    uvicorn_app,
    wrk,
)
from bench.read_floor import ReadWork, Statement

SOLVED = 60
PATH_URL = "/api/v1/learning-paths/neetcode-150"
LOGIN_BODY = f'{{"username":"reader","password":"{PASSWORD}"}}'
# name, method, path, signed in, body
READS = [
    ("path, signed in", "GET", PATH_URL, True, None),
    ("list of paths", "GET", "/api/v1/learning-paths", False, None),
    ("user's progress", "GET", "/api/v1/user/progress", True, None),
    ("user's paths", "GET", "/api/v1/user/learning-paths", True, None),
    ("login", "POST", "/api/v1/auth/login", False, LOGIN_BODY),  # its bytes: the first login's
]
FLOOR_BUDGET = 0.5  # the signed-in path read, of its floor


def prepare(http: httpx.Client) -> dict[str, str]:
    """The reader: enrolled in NeetCode 150 with its first 60 questions solved."""
    auth = register(http, "reader")
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
def _recording(engine: Any) -> Iterator[list[Statement]]:
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_: Any) -> None:
        statements.append((sql, tuple(parameters or ())))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def capture(env: dict[str, str], auth: dict[str, str]) -> list[ReadWork]:
    """Each read's statements in the steady state (its second call), from an app in this
    process on the same database, and the bytes it answers."""
    os.environ.update(env)
    from leettrack.app import create_app
    from leettrack.settings import Settings

    app = create_app(Settings())
    works = []
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            for name, method, path, signed_in, body in READS:
                headers = {"Content-Type": "application/json"} | (auth if signed_in else {})
                await http.request(method, path, headers=headers, content=body)
                with _recording(app.state.db.engine) as statements:
                    response = await http.request(method, path, headers=headers, content=body)
                response.raise_for_status()
                works.append(ReadWork(name, method, path, signed_in, statements, response.content))
    connection = await asyncpg.connect(env["DATABASE_URL"].replace("+asyncpg", ""))
    try:
        hashed = await connection.fetchval(
            "SELECT password_hash FROM users WHERE username = $1", "reader"
        )
    finally:
        await connection.close()
    login = works[-1]
    works[-1] = ReadWork(
        login.name,
        login.method,
        login.path,
        False,
        login.statements,
        login.body,
        password_hash=hashed.encode(),
        password=PASSWORD.encode(),
    )
    return works


def _check(base_url: str, works: list[ReadWork], auth: dict[str, str]) -> None:
    """The server answers each read with the captured status and bytes."""
    with httpx.Client(base_url=base_url, timeout=60) as http:
        for work, (_name, method, path, signed_in, body) in zip(works, READS, strict=True):
            headers = {"Content-Type": "application/json"} | (auth if signed_in else {})
            response = http.request(method, path, headers=headers, content=body)
            same = response.content == work.body or work.password_hash is not None  # new tokens
            if response.status_code != 200 or not same:
                raise RuntimeError(f"{base_url} differs on {work.name}: {response.text[:300]}")


def _connections(name: str, connections: int) -> int:
    return min(connections, 16) if name == "login" else connections


def measure(
    base_url: str, auth: dict[str, str], seconds: int, connections: int
) -> dict[str, dict[str, float]]:
    results = {}
    for name, method, path, signed_in, body in READS:
        headers = {"Content-Type": "application/json"} | (auth if signed_in else {})
        settle(base_url)
        wrk(
            base_url + path,
            seconds=1,
            connections=_connections(name, connections),
            headers=headers,
            method=method,
            body=body,
        )
        settle(base_url)
        results[name] = wrk(
            base_url + path,
            seconds=seconds,
            connections=_connections(name, connections),
            headers=headers,
            method=method,
            body=body,
        )
    return results


def run(seconds: int, connections: int, workers: int, repeats: int) -> dict[str, Any]:
    with fresh_database() as url, tempfile.TemporaryDirectory() as tmp:
        env = base_env(url)
        with (
            leettrack_server(env) as server,
            httpx.Client(base_url=server.base_url, timeout=60) as http,
        ):
            auth = prepare(http)
        works = asyncio.run(capture(env, auth))
        floor_file = Path(tmp) / "floor.pickle"
        floor_file.write_bytes(pickle.dumps(works))
        rows: list[dict[str, Any]] = []
        samples: dict[str, list[tuple[dict[str, float], dict[str, float]]]] = {}
        for _ in range(repeats):  # interleaved, so that both see the same machine
            with leettrack_server(env, workers=workers) as server:
                _check(server.base_url, works, auth)
                ours = measure(server.base_url, auth, seconds, connections)
            floor_env = env | {"READ_FLOOR_FILE": str(floor_file)}
            with uvicorn_app("bench.read_floor:create_app", floor_env, workers=workers) as floor:
                _check(floor.base_url, works, auth)
                bare = measure(floor.base_url, auth, seconds, connections)
            for work in works:
                samples.setdefault(work.name, []).append((ours[work.name], bare[work.name]))
    for work in works:
        pairs = samples[work.name]
        ratios = sorted(o["rps"] / f["rps"] for o, f in pairs)
        mine, floor_result = pairs[len(pairs) // 2]
        rows.append(
            {
                "read": work.name,
                "bytes": len(work.body),
                "statements": len(work.statements),
                "rps": mine["rps"],
                "p50_ms": mine["p50_ms"],
                "p99_ms": mine["p99_ms"],
                "floor_rps": floor_result["rps"],
                "floor_p99_ms": floor_result["p99_ms"],
                "of_floor": ratios[len(ratios) // 2],
                "errors": mine["errors"] + mine["http_errors"],
            }
        )
    title = (
        f"Reads on PostgreSQL, {workers} worker(s), {connections} connections, "
        f"{seconds}s x {repeats}"
    )
    print_table(title, rows)
    path_ratio = rows[0]["of_floor"]
    met = path_ratio >= FLOOR_BUDGET
    summary = (
        f"signed-in path read at {path_ratio:.2f} of its same-work floor (budget >= "
        f"{FLOOR_BUDGET}): {'met' if met else 'MISSED'}"
    )
    print(summary)
    result = {"title": title, "rows": rows, "summary": summary, "ratio": path_ratio, "met": met}
    save(f"reads_w{workers}_c{connections}", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not os.environ.get("BENCH_DATABASE_URL", "").startswith("postgres"):
        print("skipped: the floor runs on asyncpg; set BENCH_DATABASE_URL to a PostgreSQL database")
        return
    run(args.seconds, args.connections, args.workers, args.repeats)


if __name__ == "__main__":
    main()
