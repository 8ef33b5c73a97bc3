"""Read: the NeetCode 150 path with an enrolled user's progress, versus bare Starlette answering
the same bytes from memory, and where the time per request goes. Tracked: the read's budget is
against its same-work floor, which also verifies the token and runs the same statements
(`bench.reads`)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench.common import (
    PATH_URL,
    leettrack_server,
    print_table,
    reader_database,
    save,
    uvicorn_app,
    wrk,
)

# The same server, from no work to the full read: where the time per request goes.
LADDER = [
    ("no work, a FastAPI route: GET /api/v1/ping", "/api/v1/ping", False),
    ("the caller through FastAPI's resolution: GET /api/v1/auth/me", "/api/v1/auth/me", True),
    ("path, anonymous (lean route, row kept)", PATH_URL, False),
    ("path, signed in (lean route, session and row kept)", PATH_URL, True),
]


def run(seconds: int, connections: int) -> dict[str, Any]:
    with reader_database() as (env, auth), tempfile.TemporaryDirectory() as tmp:
        with leettrack_server(env) as server:
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
                response = http.get(PATH_URL, headers=auth)
                response.raise_for_status()
                body = response.content
            wrk(server.base_url + PATH_URL, seconds=2, connections=connections, headers=auth)
            app = wrk(
                server.base_url + PATH_URL, seconds=seconds, connections=connections, headers=auth
            )
            ladder = [
                {
                    "request": name,
                    **wrk(
                        server.base_url + url,
                        seconds=max(3, seconds // 2),
                        connections=connections,
                        headers=auth if signed_in else None,
                    ),
                }
                for name, url, signed_in in LADDER
            ]
        body_file = Path(tmp) / "body.json"
        body_file.write_bytes(body)
        with uvicorn_app("bench.floor:create_app", env | {"FLOOR_BODY_FILE": str(body_file)}) as f:
            wrk(f.base_url + PATH_URL, seconds=2, connections=connections)
            floor = wrk(f.base_url + PATH_URL, seconds=seconds, connections=connections)
    ratio = app["rps"] / floor["rps"]
    rows = [
        {"server": "leettrack", **app},
        {"server": "bare starlette (floor)", **floor},
    ]
    print_table(f"Read {PATH_URL} ({len(body)} bytes, {connections} connections, {seconds}s)", rows)
    summary = (
        f"throughput ratio {ratio:.2f} of a bare Starlette answering the bytes from memory "
        "(tracked; the budget is against the same-work floor of bench.reads)"
    )
    print(summary)
    print_table("Where the time goes (same server, same connections)", ladder)
    result = {
        "title": f"Read: GET {PATH_URL} ({len(body)} bytes), {connections} connections",
        "rows": rows,
        "summary": summary,
        "ladder": ladder,
        "ratio": ratio,
    }
    save("read_path", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    run(args.seconds, args.connections)


if __name__ == "__main__":
    main()
