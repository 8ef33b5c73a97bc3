"""The real server started by the CLI on a free loopback port, walked like the README's curls."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers import PASSWORD, LiveServer, leettrack, server_env

pytestmark = pytest.mark.slow  # a walkthrough on a live server: `-m 'not slow'` skips it


def test_readme_walkthrough_over_http(database_url):
    server = LiveServer(server_env(database_url))
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            register = http.post(
                "/api/v1/auth/register",
                json={"username": "ada", "email": "ada@example.com", "password": PASSWORD},
            )
            assert register.status_code == 201, register.text
            login = http.post("/api/v1/auth/login", json={"username": "ada", "password": PASSWORD})
            assert login.status_code == 200
            tokens = login.json()["data"]
            auth = {"Authorization": f"Bearer {tokens['access_token']}"}
            me = http.get("/api/v1/auth/me", headers=auth)
            assert me.json()["data"]["username"] == "ada"
            refreshed = http.post(
                "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
            )
            assert refreshed.status_code == 200
            new = refreshed.json()["data"]
            auth = {"Authorization": f"Bearer {new['access_token']}"}
            logout = http.post(
                "/api/v1/auth/logout", headers=auth, json={"refresh_token": new["refresh_token"]}
            )
            assert logout.status_code == 200
            assert http.get("/api/v1/auth/me", headers=auth).status_code == 401
            assert http.get("/docs").status_code == 200
            assert http.get("/health/ready").json()["data"]["status"] == "ok"
    finally:
        log = server.stop()
    assert PASSWORD not in log
    assert tokens["access_token"] not in log and tokens["refresh_token"] not in log


def test_admin_commands(database_url):
    env = server_env(database_url, LEETTRACK_ADMIN_PASSWORD=PASSWORD)
    assert "database upgraded to head" in leettrack("db", "upgrade", env=env)  # already there
    out = leettrack(
        "admin", "create", "--username", "root_admin", "--email", "r@example.com", env=env
    )
    assert "administrator root_admin created" in out
    leettrack("db", "current", env=env)
    server = LiveServer(env)
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            http.post(
                "/api/v1/auth/register",
                json={"username": "promoted", "email": "p@example.com", "password": PASSWORD},
            ).raise_for_status()
            leettrack("admin", "promote", "promoted", env=env)
            login = http.post(
                "/api/v1/auth/login", json={"username": "promoted", "password": PASSWORD}
            )
            assert login.json()["data"]["user"]["is_admin"] is True
            admin = http.post(
                "/api/v1/auth/login", json={"username": "root_admin", "password": PASSWORD}
            )
            assert admin.json()["data"]["user"]["is_admin"] is True
    finally:
        server.stop()
