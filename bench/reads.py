"""Reads on PostgreSQL, each against its same-work floor (`bench.read_floor`) and, when one is
running, against the original Flask backend, in one interleaved run.

The five reads a user of the original makes most: the NeetCode 150 path signed in (150
questions with the caller's statuses), the list of paths, the user's progress, the user's
paths, and a login (bcrypt at cost 12). For each: LeetTrack (`leettrack serve --workers N`); a
bare Starlette + asyncpg app that verifies the same token, runs the statements LeetTrack ran
(captured from its engine in this run) and answers the same bytes; and, when
`BENCH_ORIGINAL_URL` names an original already serving the same catalog, its route for the same
read. The servers take turns on every repeat (the order rotates), so all of them see the same
machine; ratios are medians of the pairs of one repeat.

    BENCH_DATABASE_URL=postgresql://... python -m bench.reads [--workers 1] [--connections 16,64]

The original, when measured (it is not part of this repository; docs/PERFORMANCE.md says how
it was installed and seeded):
    BENCH_ORIGINAL_URL       its base URL, e.g. http://127.0.0.1:5055
    BENCH_ORIGINAL_WORKERS   how many workers it runs (compare at the same count as --workers)
    BENCH_ORIGINAL_PATH_ID   the id of its NeetCode 150 path
    BENCH_ORIGINAL_EMAIL     its reader (enrolled in NeetCode 150, 60 solved) and password;
    BENCH_ORIGINAL_PASSWORD  defaults: reader@bench.example and bench.common.PASSWORD
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import statistics
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import event

from bench.common import (
    PASSWORD,
    PATH_URL,
    leettrack_server,
    print_table,
    reader_database,
    save,
    settle,
    uvicorn_app,
    wrk,
)
from bench.read_floor import ReadWork, Statement

FLOOR_BUDGET = 0.5  # the signed-in path read, of its floor
ORIGINAL_BUDGET = 5.0  # every read, of the original's requests/s at the same worker count
LOGIN_CONNECTIONS = 16  # bcrypt saturates the cores long before
LOGIN_SECONDS_FACTOR = 3  # a login takes a bcrypt hash: a longer run to count enough of them


@dataclass(frozen=True)
class Read:
    """One read as a client sends it."""

    name: str
    method: str
    path: str
    signed_in: bool
    body: str | None = None

    def headers(self, auth: dict[str, str]) -> dict[str, str]:
        return {"Content-Type": "application/json"} | (auth if self.signed_in else {})


READS = [
    Read("path, signed in", "GET", PATH_URL, True),
    Read("list of paths", "GET", "/api/v1/learning-paths", False),
    Read("user's progress", "GET", "/api/v1/user/progress", True),
    Read("user's paths", "GET", "/api/v1/user/learning-paths", True),
    # its bytes are the first login's (new tokens every time)
    Read(
        "login",
        "POST",
        "/api/v1/auth/login",
        False,
        json.dumps({"username": "reader", "password": PASSWORD}),
    ),
]


@dataclass(frozen=True)
class Original:
    """The original Flask backend, already running: its route for each of `READS`."""

    url: str
    workers: str
    reads: list[Read]
    login: Read

    @classmethod
    def from_env(cls) -> Original | None:
        url = os.environ.get("BENCH_ORIGINAL_URL")
        if not url:
            return None
        path_id = os.environ.get("BENCH_ORIGINAL_PATH_ID", "5")
        credentials = json.dumps(
            {
                "email": os.environ.get("BENCH_ORIGINAL_EMAIL", "reader@bench.example"),
                "password": os.environ.get("BENCH_ORIGINAL_PASSWORD", PASSWORD),
            }
        )
        login = Read("login", "POST", "/api/v1/auth/login", False, credentials)
        reads = [
            Read("path, signed in", "GET", f"/api/v1/learning-paths/{path_id}", True),
            Read("list of paths", "GET", "/api/v1/learning-paths", False),
            # its progress view: three counts
            Read("user's progress", "GET", "/api/v1/auth/user/dashboard/summary", True),
            Read("user's paths", "GET", "/api/v1/user/learning-paths", True),
            login,
        ]
        return cls(url.rstrip("/"), os.environ.get("BENCH_ORIGINAL_WORKERS", "?"), reads, login)

    def sign_in(self) -> dict[str, str]:
        """A fresh access token (the original's last an hour), after checking every read."""
        with httpx.Client(base_url=self.url, timeout=60) as http:
            response = http.post(self.login.path, content=self.login.body, headers=_JSON)
            response.raise_for_status()
            auth = {"Authorization": f"Bearer {response.json()['access_token']}"}
            for read in self.reads:
                answer = http.request(
                    read.method, read.path, headers=read.headers(auth), content=read.body
                )
                if answer.status_code != 200:
                    raise RuntimeError(f"the original answers {answer.status_code} on {read}")
        return auth


_JSON = {"Content-Type": "application/json"}


@contextmanager
def _recording(database: Any) -> Iterator[list[Statement]]:
    """Every statement the app runs: through SQLAlchemy's engine, and the hot reads' that
    `Database.fetch` runs on asyncpg directly."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_: Any) -> None:
        statements.append((sql, tuple(parameters or ())))

    def record_fetch(sql: str, arguments: tuple[Any, ...]) -> None:
        statements.append((sql, arguments))

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    database.fetch_observers.append(record_fetch)
    try:
        yield statements
    finally:
        database.fetch_observers.remove(record_fetch)
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)


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
            for read in READS:
                headers = read.headers(auth)
                await http.request(read.method, read.path, headers=headers, content=read.body)
                with _recording(app.state.db) as statements:
                    response = await http.request(
                        read.method, read.path, headers=headers, content=read.body
                    )
                response.raise_for_status()
                works.append(
                    ReadWork(
                        read.name,
                        read.method,
                        read.path,
                        read.signed_in,
                        statements,
                        response.content,
                    )
                )
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
        for work, read in zip(works, READS, strict=True):
            response = http.request(
                read.method, read.path, headers=read.headers(auth), content=read.body
            )
            same = response.content == work.body or work.password_hash is not None  # new tokens
            if response.status_code != 200 or not same:
                raise RuntimeError(f"{base_url} differs on {work.name}: {response.text[:300]}")


Results = dict[tuple[str, int], dict[str, float]]  # (read, connections) -> wrk's figures


def measure(
    base_url: str, reads: list[Read], auth: dict[str, str], seconds: int, connections: list[int]
) -> Results:
    results: Results = {}
    for read in reads:
        for count in connections:
            if read.name == "login" and count > LOGIN_CONNECTIONS:
                continue
            drive = {
                "connections": count,
                "headers": read.headers(auth),
                "method": read.method,
                "body": read.body,
            }
            settle(base_url)
            wrk(base_url + read.path, seconds=1, **drive)  # type: ignore[arg-type]
            settle(base_url)
            length = seconds * (LOGIN_SECONDS_FACTOR if read.name == "login" else 1)
            results[(read.name, count)] = wrk(base_url + read.path, seconds=length, **drive)  # type: ignore[arg-type]
    return results


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _ratio(mine: float, theirs: float) -> float:
    return mine / theirs if theirs else float("inf")


def _rows(
    samples: list[dict[str, Results]], keys: list[tuple[str, int]], original: bool
) -> list[dict[str, Any]]:
    """One row per (read, connections): the median repeat's figures and the medians of the
    paired ratios."""
    rows = []
    for key in keys:
        ours = [s["ours"][key] for s in samples]
        middle = sorted(range(len(ours)), key=lambda i: ours[i]["rps"])[len(ours) // 2]
        row: dict[str, Any] = {
            "read": key[0],
            "conns": key[1],
            "rps": ours[middle]["rps"],
            "p50_ms": ours[middle]["p50_ms"],
            "p99_ms": ours[middle]["p99_ms"],
            "errors": sum(o["errors"] + o["http_errors"] for o in ours),
            "floor_rps": samples[middle]["floor"][key]["rps"],
            "of_floor": _median(
                [_ratio(s["ours"][key]["rps"], s["floor"][key]["rps"]) for s in samples]
            ),
        }
        if original:
            theirs = [s["original"][key] for s in samples]
            pairs = list(zip(ours, theirs, strict=True))
            row |= {
                "orig_rps": theirs[middle]["rps"],
                "orig_p99_ms": theirs[middle]["p99_ms"],
                "orig_errors": sum(t["errors"] + t["http_errors"] for t in theirs),
                "x_orig_rps": _median([_ratio(o["rps"], t["rps"]) for o, t in pairs]),
                "x_orig_p99": _median([_ratio(o["p99_ms"], t["p99_ms"]) for o, t in pairs]),
            }
        rows.append(row)
    return rows


def _named(sample: dict[str, Results]) -> dict[str, dict[str, dict[str, float]]]:
    """A repeat's figures with JSON keys."""
    return {
        server: {f"{read} @{count}": figures for (read, count), figures in results.items()}
        for server, results in sample.items()
    }


def _verdicts(rows: list[dict[str, Any]], original: Original | None, workers: int) -> list[str]:
    path = [r for r in rows if r["read"] == READS[0].name]
    lines = [
        f"signed-in path read at {r['of_floor']:.2f} of its same-work floor at {r['conns']} "
        f"connections (budget >= {FLOOR_BUDGET}): "
        f"{'met' if r['of_floor'] >= FLOOR_BUDGET else 'MISSED'}"
        for r in path
    ]
    if original is None:
        return lines
    if original.workers != str(workers):
        lines.append(f"the original runs {original.workers} worker(s), LeetTrack {workers}")
    for row in rows:
        compared = (
            f"{row['read']} at {row['conns']} connections: {row['x_orig_rps']:.2f}x the "
            f"original's requests/s, p99 {row['x_orig_p99']:.2f}x its p99"
        )
        if row["read"] == "login":  # a write, and a bcrypt hash at the same cost on both sides
            lines.append(f"{compared} (not a read: tracked, bounded by bcrypt)")
            continue
        throughput = row["x_orig_rps"] >= ORIGINAL_BUDGET
        tail = row["conns"] < max(r["conns"] for r in rows) or row["x_orig_p99"] <= 1.0
        lines.append(f"{compared}: {'met' if throughput and tail else 'MISSED'}")
    return lines


def run(seconds: int, connections: list[int], workers: int, repeats: int) -> dict[str, Any]:
    original = Original.from_env()
    load_before = os.getloadavg()
    with reader_database() as (env, auth), tempfile.TemporaryDirectory() as tmp:
        works = asyncio.run(capture(env, auth))
        floor_file = Path(tmp) / "floor.pickle"
        floor_file.write_bytes(pickle.dumps(works))
        floor_env = env | {"READ_FLOOR_FILE": str(floor_file)}

        def ours() -> Results:
            with leettrack_server(env, workers=workers) as server:
                _check(server.base_url, works, auth)
                return measure(server.base_url, READS, auth, seconds, connections)

        def floor() -> Results:
            with uvicorn_app("bench.read_floor:create_app", floor_env, workers=workers) as bare:
                _check(bare.base_url, works, auth)
                return measure(bare.base_url, READS, auth, seconds, connections)

        def theirs() -> Results:
            assert original is not None
            return measure(original.url, original.reads, original.sign_in(), seconds, connections)

        servers: list[tuple[str, Callable[[], Results]]] = [("ours", ours), ("floor", floor)]
        if original is not None:
            servers.append(("original", theirs))
        samples: list[dict[str, Results]] = []
        for repeat in range(repeats):
            turn = servers[repeat % len(servers) :] + servers[: repeat % len(servers)]
            samples.append({name: measure_one() for name, measure_one in turn})
    keys = list(samples[0]["ours"])
    rows = _rows(samples, keys, original is not None)
    statements = {work.name: len(work.statements) for work in works}
    for row in rows:
        row["statements"] = statements[row["read"]]
    title = (
        f"Reads on PostgreSQL, LeetTrack {workers} worker(s)"
        + (f", the original {original.workers} worker(s)" if original else "")
        + f", {seconds}s x {repeats} interleaved, 1-min load average "
        + f"{load_before[0]:.1f} before and {os.getloadavg()[0]:.1f} after"
    )
    print_table(title, rows)
    verdicts = _verdicts(rows, original, workers)
    print("\n".join(verdicts))
    path_rows = [r for r in rows if r["read"] == READS[0].name]
    result = {
        "title": title,
        "rows": rows,
        "summary": "; ".join(verdicts),
        "ratio": min(r["of_floor"] for r in path_rows),
        "met": all(r["of_floor"] >= FLOOR_BUDGET for r in path_rows),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "samples": [_named(sample) for sample in samples],
    }
    save(f"reads_w{workers}", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--connections", default="16,64", help="comma-separated")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not os.environ.get("BENCH_DATABASE_URL", "").startswith("postgres"):
        print("skipped: the floor runs on asyncpg; set BENCH_DATABASE_URL to a PostgreSQL database")
        return
    connections = [int(count) for count in args.connections.split(",")]
    run(args.seconds, connections, args.workers, args.repeats)


if __name__ == "__main__":
    main()
