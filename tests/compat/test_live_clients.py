"""Each original client's first steps against a real `leettrack serve` on loopback: the
1.x frontend's sign-up, sign-in and home page (from its origin, through CORS), and a Python
Portal client's sign-up, catalog and exercise page."""

from __future__ import annotations

import httpx

from tests.helpers import PASSWORD, LiveServer, leettrack, server_env

ORIGIN = "http://localhost:3000"


def test_both_clients_over_http(database_url: str) -> None:
    """One server for both clients (a server start is the slow part on a loaded machine)."""
    env = server_env(database_url, CORS_ORIGIN=ORIGIN)
    leettrack("db", "upgrade", env=env)
    leettrack("seed", env=env)
    server = LiveServer(env)
    try:
        the_1x_frontend_signs_in_and_reads_its_home_page(server)
        a_portal_client_signs_up_and_opens_an_exercise(server)
    finally:
        server.stop()


def the_1x_frontend_signs_in_and_reads_its_home_page(server: LiveServer) -> None:
    base = f"{server.base_url}/legacy"
    with httpx.Client(base_url=base, headers={"Origin": ORIGIN}, timeout=10) as http:
        account = {"email": "live@example.com", "password": PASSWORD, "leetcode_username": "x"}
        registered = http.post("/api/v1/auth/register", json=account)
        assert registered.status_code == 201 and registered.json()["status"] == "success"
        login = http.post(
            "/api/v1/auth/login", json={"email": account["email"], "password": PASSWORD}
        )
        assert login.headers["access-control-allow-origin"] == ORIGIN
        token = login.json()["access_token"]
        me = http.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["user"]["email"] == account["email"]
        paths = http.get("/api/v1/learning-paths?limit=5").json()["data"]["learning_paths"]
        assert len(paths) == 5
        detail = http.get(f"/learning-paths/{paths[0]['path_id']}").json()["data"]
        assert detail["questions"]


def a_portal_client_signs_up_and_opens_an_exercise(server: LiveServer) -> None:
    with httpx.Client(base_url=f"{server.base_url}/api", timeout=10) as http:
        registered = http.post(
            "/auth/register",
            json={"username": "portal_live", "email": "pl@example.com", "password": PASSWORD},
        ).json()
        assert registered["success"] is True and registered["data"]["accessToken"]
        catalog = http.get("/exercises").json()["data"]
        assert {"starterCode", "estimatedTime"} <= set(catalog[0])
        greet = http.get("/exercises/E0_greet").json()["data"]
        assert greet["id"] == "hello-world" and greet["starterCode"]
        bug_hunt = http.get("/exercises/E9_bug_hunt").json()["data"]
        assert bug_hunt["id"] == "bug-hunt" and bug_hunt["starterCode"]
        missing = http.get("/exercises/E10_unknown")
        assert missing.status_code == 404 and missing.json()["success"] is False
