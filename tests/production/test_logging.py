"""Structured logs of a real server: JSON lines, each request's lines carrying its id, and no
password, token or learner code in any line, whatever the level."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.fakes.leetcode_server import FakeLeetCode
from tests.helpers import LiveServer, server_env
from tests.production.conftest import seed_exercises_into

PASSWORD_1 = "first Pa55word never-logged"
PASSWORD_2 = "second Pa55word never-logged"
WRONG_PASSWORD = "wrong Pa55word never-logged"
RUN_MARKER = "RUN_MARKER_8d1f0c"
TEST_MARKER = "TEST_MARKER_3c9a77"


def exercise_flow(http: httpx.Client) -> tuple[list[str], dict[str, str]]:
    """Every kind of request that handles a secret; returns the secrets and the ids sent."""
    ids: dict[str, str] = {}

    def call(method: str, path: str, request_id: str, **kwargs: object) -> httpx.Response:
        ids[request_id] = path
        return http.request(
            method,
            path,
            headers={"X-Request-ID": request_id, **kwargs.pop("headers", {})},
            **kwargs,
        )

    account = {"username": "logged_user", "email": "logged@example.com", "password": PASSWORD_1}
    registered = call("POST", "/api/v1/auth/register", "req-register", json=account).json()["data"]
    login = call(
        "POST",
        "/api/v1/auth/login",
        "req-login",
        json={"username": "logged_user", "password": PASSWORD_1},
    ).json()["data"]
    refreshed = call(
        "POST",
        "/api/v1/auth/refresh",
        "req-refresh",
        json={"refresh_token": login["refresh_token"]},
    ).json()["data"]
    auth = {"Authorization": f"Bearer {refreshed['access_token']}"}
    assert call("GET", "/api/v1/auth/me", "req-me", headers=auth).status_code == 200
    changed = call(
        "POST",
        "/api/v1/auth/change-password",
        "req-password",
        headers=auth,
        json={"current_password": PASSWORD_1, "new_password": PASSWORD_2},
    )
    assert changed.status_code == 200
    run = call(
        "POST",
        "/api/v1/exercises/run",
        "req-run",
        headers=auth,
        json={"code": f"secret = '{RUN_MARKER}'\nprint(len(secret))\nprint(1/0)"},
    )
    assert run.json()["data"]["status"] == "runtime_error"
    graded = call(
        "POST",
        "/api/v1/exercises/test",
        "req-test",
        headers=auth,
        json={
            "exercise_id": "hello-world",
            "code": f"# {TEST_MARKER}\nprint('Hello, ' + input().strip() + '!')",
        },
    )
    assert graded.status_code == 200, graded.text
    assert (
        call(
            "POST",
            "/api/v1/auth/login",
            "req-wrong",
            json={"username": "logged_user", "password": WRONG_PASSWORD},
        ).status_code
        == 401
    )
    second = call(
        "POST",
        "/api/v1/auth/login",
        "req-login-2",
        json={"email": "logged@example.com", "password": PASSWORD_2},
    ).json()["data"]
    spent = {"refresh_token": second["refresh_token"]}
    assert call("POST", "/api/v1/auth/refresh", "req-refresh-2", json=spent).status_code == 200
    assert call("POST", "/api/v1/auth/refresh", "req-reuse", json=spent).status_code == 401
    assert call("GET", "/api/v1/leetcode/problem/two-sum", "req-leetcode").status_code == 200
    call(
        "POST",
        "/api/v1/auth/login",
        "req-malformed",
        content=f'{{"password": "{PASSWORD_2}"',
        headers={"content-type": "application/json"},
    )
    assert (
        call(
            "POST",
            "/api/v1/auth/logout",
            "req-logout",
            headers=auth,
            json={"refresh_token": refreshed["refresh_token"]},
        ).status_code
        == 200
    )
    tokens = [
        registered["access_token"],
        registered["refresh_token"],
        login["access_token"],
        login["refresh_token"],
        refreshed["access_token"],
        refreshed["refresh_token"],
        second["access_token"],
        second["refresh_token"],
    ]
    signatures = [token.rsplit(".", 1)[1] for token in tokens if token.count(".") == 2]
    secrets = [
        PASSWORD_1,
        PASSWORD_2,
        WRONG_PASSWORD,
        RUN_MARKER,
        TEST_MARKER,
        *tokens,
        *signatures,
    ]
    return secrets, ids


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
async def test_logs_are_json_with_request_ids_and_no_secrets(
    database_url: str, fake_leetcode: FakeLeetCode, level: str
) -> None:
    await seed_exercises_into(database_url)
    env = server_env(
        database_url, LOG_FORMAT="json", LOG_LEVEL=level, LEETCODE_GRAPHQL_URL=fake_leetcode.url
    )
    server = LiveServer(env)
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            secrets, ids = exercise_flow(http)
    finally:
        output = server.stop()
    lines = [line for line in output.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is JSON
    for secret in secrets:
        leaks = {r["logger"] for line, r in zip(lines, records, strict=True) if secret in line}
        assert secret not in output, f"{secret[:12]}... was logged by {leaks}"
    access = [r for r in records if r["logger"] == "leettrack.access"]
    for request_id, path in ids.items():
        lines_of_request = [r for r in records if r["request_id"] == request_id]
        assert any(r.get("path") == path for r in lines_of_request), request_id
    for record in access:
        assert record["request_id"] != "-"
        assert {"method", "path", "status", "duration_ms", "time", "level"} <= set(record)
    registered = [r for r in records if r["message"] == "user registered"]
    assert [r["request_id"] for r in registered] == ["req-register"]
    reuse = [r for r in records if "reuse" in r["message"]]
    assert reuse and all(r["request_id"] == "req-reuse" for r in reuse)


async def test_database_errors_never_carry_bound_values(db_session) -> None:
    """A failed statement's message (what an error log line holds) omits its parameters."""
    secret = "print('learner code that must stay private')"
    with pytest.raises(DBAPIError) as failure:
        await db_session.execute(
            text("SELECT no_such_column FROM users WHERE email = :e"), {"e": secret}
        )
    assert "no_such_column" in str(failure.value)
    assert secret not in str(failure.value)
