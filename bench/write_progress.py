"""Write: PUT /api/v1/user/questions/{slug} from 200 distinct users, versus bare Starlette."""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench.common import (
    base_env,
    fresh_database,
    leettrack_server,
    print_table,
    register,
    save,
    uvicorn_app,
    wrk,
)

USERS = 200


def prepare(http: httpx.Client, requests_file: Path) -> bytes:
    """Register the users and write the request mix; returns one real response body."""
    slugs = [
        q["title_slug"]
        for q in http.get("/api/v1/learning-paths/neetcode-150").json()["data"]["questions"]
    ]
    rng = random.Random(7)
    lines = []
    for number in range(USERS):
        token = register(http, f"writer{number}")["Authorization"].removeprefix("Bearer ")
        for slug in rng.sample(slugs, 5):
            status = rng.choice(["attempted", "solved"])
            body = json.dumps({"status": status, "time_spent_seconds": rng.randint(60, 1800)})
            lines.append(f"PUT\t/api/v1/user/questions/{slug}\t{token}\t{body}")
    rng.shuffle(lines)
    requests_file.write_text("\n".join(lines) + "\n")
    _method, target, token, body = lines[0].split("\t")
    response = http.put(
        target,
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    response.raise_for_status()
    return response.content


def run(seconds: int, connections: int) -> dict[str, Any]:
    with fresh_database() as url, tempfile.TemporaryDirectory() as tmp:
        env = base_env(url, BCRYPT_ROUNDS="4")
        requests_file = Path(tmp) / "requests.tsv"
        with leettrack_server(env) as server:
            with httpx.Client(base_url=server.base_url, timeout=30) as http:
                body = prepare(http, requests_file)
            app = wrk(
                server.base_url,
                seconds=seconds,
                connections=connections,
                requests_file=requests_file,
            )
        body_file = Path(tmp) / "body.json"
        body_file.write_bytes(body)
        with uvicorn_app("bench.floor:create_app", env | {"FLOOR_BODY_FILE": str(body_file)}) as f:
            floor = wrk(
                f.base_url, seconds=seconds, connections=connections, requests_file=requests_file
            )
    ratio = app["rps"] / floor["rps"]
    database = "postgresql" if url.startswith("postgres") else "sqlite"
    title = (
        f"Write: PUT /api/v1/user/questions/{{slug}} from {USERS} users, {connections} "
        f"connections, {database}"
    )
    rows = [{"server": "leettrack", **app}, {"server": "bare starlette (floor)", **floor}]
    print_table(title, rows)
    summary = f"throughput ratio {ratio:.2f} of the floor (no budget; tracked)"
    print(summary)
    result = {"title": title, "rows": rows, "summary": summary, "ratio": ratio}
    save("write_progress", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    run(args.seconds, args.connections)


if __name__ == "__main__":
    main()
