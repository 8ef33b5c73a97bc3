"""CPU time per request of the reads, with the app called in process (no HTTP, no load
generator): the figure that moves when a lever works, and the one that the other processes on a
shared machine disturb least (it counts this process's CPU time only).

    BENCH_DATABASE_URL=postgresql://... python -m bench.request_cost [--requests 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from typing import Any

from bench.common import PATH_URL, print_table, reader_database

# name, path, signed in
READS = [
    ("path, signed in", PATH_URL, True),
    ("list of paths", "/api/v1/learning-paths", False),
    ("user's progress", "/api/v1/user/progress", True),
    ("user's paths", "/api/v1/user/learning-paths", True),
    ("no database: ping", "/api/v1/ping", False),
]
WARM_UP = 50


async def _cost(app: Any, path: str, headers: list[tuple[bytes, bytes]], requests: int) -> float:
    """Microseconds of this process's CPU time per request."""
    scope_base = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def one() -> None:
        statuses: list[int] = []

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        await app(dict(scope_base, state={}), receive, send)
        if statuses != [200]:
            raise RuntimeError(f"{path} answered {statuses}")

    for _ in range(WARM_UP):
        await one()
    started = time.process_time()
    for _ in range(requests):
        await one()
    return (time.process_time() - started) / requests * 1e6


async def measure(env: dict[str, str], auth: dict[str, str], requests: int) -> list[dict[str, Any]]:
    os.environ.update(env)
    from leettrack.app import create_app
    from leettrack.settings import Settings

    app = create_app(Settings())
    signed = [(b"host", b"bench"), (b"authorization", auth["Authorization"].encode())]
    rows = []
    async with app.router.lifespan_context(app):
        for name, path, signed_in in READS:
            headers = signed if signed_in else signed[:1]
            rows.append({"read": name, "cpu_us": await _cost(app, path, headers, requests)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    with reader_database() as (env, auth):
        rows = asyncio.run(measure(env, auth, args.requests))
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    print_table(
        f"CPU per request in process, {database}, {args.requests} requests, "
        f"1-min load average {os.getloadavg()[0]:.1f}",
        rows,
    )


if __name__ == "__main__":
    main()
