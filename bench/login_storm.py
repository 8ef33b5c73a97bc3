"""Login: logins per second at BCRYPT_ROUNDS=12, and /health latency during the storm."""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from typing import Any

import httpx

from bench.common import (
    PASSWORD,
    base_env,
    fresh_database,
    leettrack_server,
    print_table,
    save,
    wrk,
)
from bench.common import register as register_user

HEALTH_BUDGET_MS = 50.0


def probe_health(base_url: str, stop: threading.Event, interval: float = 0.02) -> list[float]:
    """Time `/health` every `interval` seconds until `stop` is set; milliseconds."""
    latencies: list[float] = []
    with httpx.Client(base_url=base_url, timeout=10) as http:
        while not stop.is_set():
            started = time.perf_counter()
            http.get("/health").raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(interval)
    return latencies


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def health_while(base_url: str, seconds: float, load: Any = None) -> tuple[list[float], Any]:
    stop = threading.Event()
    box: dict[str, list[float]] = {}
    thread = threading.Thread(target=lambda: box.setdefault("l", probe_health(base_url, stop)))
    thread.start()
    result = load() if load else time.sleep(seconds)
    stop.set()
    thread.join()
    return box["l"], result


def run(seconds: int, connections: int) -> dict[str, Any]:
    with fresh_database() as url:
        env = base_env(url, BCRYPT_ROUNDS="12")
        with leettrack_server(env) as server, httpx.Client(base_url=server.base_url) as http:
            register_user(http, "stormy")
            idle, _ = health_while(server.base_url, 5)
            body = json.dumps({"username": "stormy", "password": PASSWORD})
            storm, logins = health_while(
                server.base_url,
                seconds,
                lambda: wrk(
                    server.base_url + "/api/v1/auth/login",
                    method="POST",
                    body=body,
                    headers={"Content-Type": "application/json"},
                    seconds=seconds,
                    connections=connections,
                ),
            )
    rows = [
        {
            "health probe": "idle (floor)",
            "samples": len(idle),
            "p50_ms": statistics.median(idle),
            "p99_ms": percentile(idle, 99),
        },
        {
            "health probe": "during login storm",
            "samples": len(storm),
            "p50_ms": statistics.median(storm),
            "p99_ms": percentile(storm, 99),
        },
    ]
    title = f"Login storm: {connections} connections, BCRYPT_ROUNDS=12, {seconds}s"
    print_table(title, rows)
    p99 = percentile(storm, 99)
    summary = (
        f"{logins['rps']:.1f} logins/s (errors: {logins['http_errors']}); /health p99 "
        f"during the storm {p99:.1f} ms (budget < {HEALTH_BUDGET_MS:.0f} ms): "
        f"{'met' if p99 < HEALTH_BUDGET_MS else 'MISSED'}"
    )
    print(summary)
    result = {
        "title": title,
        "rows": rows,
        "summary": summary,
        "logins": logins,
        "budget_ms": HEALTH_BUDGET_MS,
        "met": p99 < HEALTH_BUDGET_MS,
    }
    save("login_storm", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    run(args.seconds, args.connections)


if __name__ == "__main__":
    main()
