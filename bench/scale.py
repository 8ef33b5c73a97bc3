"""Scale: per-user reads stay flat when PostgreSQL holds 100,000 users, 5,000,000 progress rows
and 2,000,000 review cards (compared with the same reads on an empty database, same run)."""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

import httpx
import psycopg

from bench.common import (
    PATH_URL,
    base_env,
    leettrack,
    leettrack_server,
    prepare_reader,
    print_table,
    save,
    wrk,
)

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/leettrack_bench"
ENDPOINTS = {
    "progress": "/api/v1/user/progress",
    "reviews due": "/api/v1/user/reviews/due",
    "path read": PATH_URL,
}
BUDGET = 2.0

BULK_SQL = """
INSERT INTO users (username, email, password_hash, is_active, is_admin, timezone,
                   desired_retention, maximum_interval_days, created_at, updated_at)
SELECT 'bulk' || n, 'bulk' || n || '@bench.example', %(hash)s, true, false, 'UTC', 0.9, 36500,
       now(), now()
FROM generate_series(1, %(users)s) AS n;

INSERT INTO user_questions (user_id, question_id, status, attempts, time_spent_seconds,
                            first_solved_at, last_attempted_at, created_at, updated_at)
SELECT u.id, q.ids[((u.id * 7 + j) %% q.n) + 1],
       CASE WHEN j %% 3 = 0 THEN 'attempted' ELSE 'solved' END, 1 + j %% 4, 600,
       CASE WHEN j %% 3 = 0 THEN NULL ELSE now() - (j || ' days')::interval END,
       now() - (j || ' days')::interval, now(), now()
FROM (SELECT id FROM users WHERE username LIKE 'bulk%%') AS u
CROSS JOIN generate_series(0, %(per_user)s - 1) AS j
CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM questions) AS q;

INSERT INTO question_activity (user_id, question_id, kind, occurred_at)
SELECT user_id, question_id, status, last_attempted_at FROM user_questions
WHERE user_id IN (SELECT id FROM users WHERE username LIKE 'bulk%%');

INSERT INTO review_cards (user_id, question_id, state, step, stability, difficulty, due,
                          last_review, needs_rating, retired, version, created_at, updated_at)
SELECT user_id, question_id, 2, NULL, 10.0, 5.0,
       now() + ((question_id %% 60) - 30 || ' days')::interval, now() - '10 days'::interval,
       false, false, 1, now(), now()
FROM (SELECT user_id, question_id,
             row_number() OVER (PARTITION BY user_id ORDER BY question_id) AS rank
      FROM user_questions WHERE status = 'solved'
        AND user_id IN (SELECT id FROM users WHERE username LIKE 'bulk%%')) AS solved
WHERE rank <= %(cards_per_user)s;
"""


def sync_url(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def ensure_database(url: str) -> None:
    admin = url.rsplit("/", 1)[0] + "/postgres"
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(sync_url(admin), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def bulk_load(url: str, users: int, per_user: int, cards_per_user: int) -> dict[str, Any]:
    started = time.perf_counter()
    with psycopg.connect(sync_url(url), autocommit=True) as connection:
        password_hash = connection.execute(
            "SELECT password_hash FROM users ORDER BY id LIMIT 1"
        ).fetchone()[0]  # type: ignore[index]
        params = {
            "hash": password_hash,
            "users": users,
            "per_user": per_user,
            "cards_per_user": cards_per_user,
        }
        # One statement per execute: a parameterised query cannot hold several. The load's
        # dirty pages are written (CHECKPOINT) before measuring, as they long would be on a
        # database that grew to this size, rather than while the reads are timed.
        after = ["VACUUM ANALYZE", "CHECKPOINT"]
        for statement in [*(s.strip() for s in BULK_SQL.split(";\n\n")), *after]:
            step = time.perf_counter()
            connection.execute(statement, params if statement.startswith("INSERT") else None)
            table = statement.split()[2] if statement.startswith("INSERT") else statement
            print(f"  {table}: {time.perf_counter() - step:.1f} s", flush=True)
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("users", "user_questions", "question_activity", "review_cards")
        }
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def measure(base_url: str, auth: dict[str, str], seconds: int) -> dict[str, dict[str, float]]:
    results = {}
    for name, path in ENDPOINTS.items():
        wrk(base_url + path, seconds=1, connections=8, headers=auth)
        results[name] = wrk(base_url + path, seconds=seconds, connections=8, headers=auth)
    return results


def run(seconds: int, users: int, per_user: int, cards_per_user: int) -> dict[str, Any]:
    url = os.environ.get("BENCH_SCALE_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    env = base_env(url, BCRYPT_ROUNDS="4")
    leettrack("db", "upgrade", env=env)
    leettrack("seed", env=env)
    with leettrack_server(env) as server:
        with httpx.Client(base_url=server.base_url, timeout=60) as http:
            auth = prepare_reader(http)
            reviews = http.get("/api/v1/user/reviews/need-rating", headers=auth).json()["data"]
            for item in reviews[:30]:
                http.post(
                    f"/api/v1/user/reviews/{item['question']['slug']}",
                    headers=auth,
                    json={"rating": "good"},
                ).raise_for_status()
        empty = measure(server.base_url, auth, seconds)
        loaded_counts = bulk_load(url, users, per_user, cards_per_user)
        loaded = measure(server.base_url, auth, seconds)
    rows = []
    met = True
    for name in ENDPOINTS:
        ratio_p50 = loaded[name]["p50_ms"] / empty[name]["p50_ms"]
        ratio_p99 = loaded[name]["p99_ms"] / empty[name]["p99_ms"]
        ok = ratio_p50 <= BUDGET and ratio_p99 <= BUDGET
        met = met and ok
        rows.append(
            {
                "endpoint": name,
                "empty_p50_ms": empty[name]["p50_ms"],
                "loaded_p50_ms": loaded[name]["p50_ms"],
                "p50_ratio": ratio_p50,
                "empty_p99_ms": empty[name]["p99_ms"],
                "loaded_p99_ms": loaded[name]["p99_ms"],
                "p99_ratio": ratio_p99,
                "met": "yes" if ok else "NO",
            }
        )
    title = (
        f"Scale on PostgreSQL: {loaded_counts['users']:,} users, "
        f"{loaded_counts['user_questions']:,} progress rows, "
        f"{loaded_counts['review_cards']:,} review cards"
    )
    print_table(title, rows)
    summary = (
        f"loaded in {loaded_counts['seconds']} s; every p50/p99 within {BUDGET}x of the "
        f"empty database: {'met' if met else 'MISSED'}"
    )
    print(summary)
    result = {
        "title": title,
        "rows": rows,
        "summary": summary,
        "rows_loaded": loaded_counts,
        "empty": empty,
        "loaded": loaded,
        "budget": BUDGET,
        "met": met,
    }
    save("scale", result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--progress-per-user", type=int, default=50)
    parser.add_argument("--cards-per-user", type=int, default=20)
    args = parser.parse_args()
    run(args.seconds, args.users, args.progress_per_user, args.cards_per_user)


if __name__ == "__main__":
    main()
