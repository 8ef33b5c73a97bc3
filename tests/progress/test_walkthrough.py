"""The walkthrough of docs/LEARNING_PATHS.md, against `leettrack serve` on loopback."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers import PASSWORD, LiveServer, leettrack, server_env

pytestmark = pytest.mark.slow  # a walkthrough on a live server: `-m 'not slow'` skips it


def test_enroll_in_neetcode_150_solve_a_problem_and_read_progress(database_url):
    env = server_env(database_url)
    leettrack("db", "upgrade", env=env)
    leettrack("seed", env=env)
    server = LiveServer(env)
    try:
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=10) as http:
            http.post(
                "/auth/register",
                json={"username": "ada", "email": "ada@example.com", "password": PASSWORD},
            ).raise_for_status()
            token = http.post("/auth/login", json={"username": "ada", "password": PASSWORD}).json()[
                "data"
            ]["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            paths = http.get("/learning-paths", params={"search": "neetcode"}).json()
            assert [p["slug"] for p in paths["data"]] == ["neetcode-150"]
            enrolled = http.post("/user/learning-paths/neetcode-150/enroll", headers=auth)
            assert enrolled.status_code == 201, enrolled.text
            solved = http.put(
                "/user/questions/two-sum",
                json={"status": "solved", "time_spent_seconds": 900, "notes": "one pass"},
                headers=auth,
            )
            assert solved.json()["data"]["newly_solved"] is True
            path = http.get("/learning-paths/neetcode-150", headers=auth).json()["data"]
            assert path["progress"] == {"solved": 1, "total": 150, "percent": 0.7}
            assert path["questions"][2]["title_slug"] == "two-sum"
            assert path["questions"][2]["status"] == "solved"
            progress = http.get("/user/progress", headers=auth).json()["data"]
            assert progress["solved"]["easy"] == 1 and progress["streak"]["current"] == 1
            board = http.get("/user/dashboard", headers=auth).json()["data"]
            assert board["reviews"]["need_rating"] == 1
            assert board["active_paths"][0]["next_question"]["title_slug"] == "contains-duplicate"
    finally:
        server.stop()
