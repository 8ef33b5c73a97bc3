"""The fake LeetCode server itself: schema validation, LeetCode's error shapes, its controls."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from graphql import parse, validate

from leettrack.leetcode.queries import ALL_OPERATIONS
from leettrack.leetcode.transport import HEADERS
from tests.fakes.leetcode_server import SCHEMA, FakeLeetCode, Fault
from tests.helpers import free_port


def post(fake: FakeLeetCode, payload: object, headers: dict[str, str] = HEADERS) -> httpx.Response:
    return httpx.post(fake.url, json=payload, headers=headers, timeout=5)


@pytest.mark.parametrize("operation", ALL_OPERATIONS, ids=lambda op: op.name)
def test_every_query_the_client_sends_is_valid_against_the_schema(operation: object) -> None:
    assert validate(SCHEMA, parse(operation.query)) == []  # type: ignore[attr-defined]


def test_a_field_leetcode_does_not_have_is_refused(fake_leetcode: FakeLeetCode) -> None:
    response = post(fake_leetcode, {"query": '{ question(titleSlug: "two-sum") { solutionText } }'})
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == (
        "Cannot query field 'solutionText' on type 'QuestionNode'."
    )


def test_a_missing_user_is_answered_as_leetcode_does(fake_leetcode: FakeLeetCode) -> None:
    query = (
        "query userPublicProfile($username: String!) {\n"
        "  matchedUser(username: $username) { username }\n}"
    )
    response = post(
        fake_leetcode,
        {"query": query, "variables": {"username": "nobody"}, "operationName": "userPublicProfile"},
    )
    assert response.status_code == 200
    assert response.json() == {
        "errors": [
            {
                "message": "That user does not exist.",
                "locations": [{"line": 2, "column": 3}],
                "path": ["matchedUser"],
                "extensions": {"handled": True},
            }
        ],
        "data": {"matchedUser": None},
    }
    assert fake_leetcode.calls == {"userPublicProfile": 1}


def test_requests_without_referer_or_json_are_refused(fake_leetcode: FakeLeetCode) -> None:
    query = {"query": "{ allQuestionsCount { count } }"}
    assert post(fake_leetcode, query, {"Content-Type": "application/json"}).status_code == 403
    plain = httpx.post(
        fake_leetcode.url,
        content=b"query",
        headers={"Referer": "https://leetcode.com", "Content-Type": "text/plain"},
    )
    assert plain.status_code == 400


def test_a_fault_can_be_limited_to_some_requests(fake_leetcode: FakeLeetCode) -> None:
    query = {"query": "{ allQuestionsCount { count } }"}
    fake_leetcode.set_fault(Fault.SERVER_ERROR, status=502, times=2)
    assert [post(fake_leetcode, query).status_code for _ in range(3)] == [502, 502, 200]
    fake_leetcode.set_fault(Fault.DOWN)
    with pytest.raises(httpx.ConnectError):
        post(fake_leetcode, query)
    fake_leetcode.clear_faults()
    assert post(fake_leetcode, query).status_code == 200


def test_standalone_script_with_its_control_endpoints() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.leetcode_server", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "listening on" in process.stdout.readline()
        base = f"http://127.0.0.1:{port}"
        query = {"query": "{ allQuestionsCount { count } }", "operationName": None}
        assert httpx.post(f"{base}/graphql", json=query, headers=HEADERS).status_code == 200
        assert httpx.get(f"{base}/_fake/calls").json() == {
            "total": 1,
            "calls": {"anonymous": 1},
        }
        httpx.post(f"{base}/_fake/fault", json={"mode": "server_error", "status": 504})
        assert httpx.post(f"{base}/graphql", json=query, headers=HEADERS).status_code == 504
        httpx.post(f"{base}/_fake/reset")
        assert httpx.get(f"{base}/_fake/calls").json()["total"] == 0
    finally:
        process.terminate()
        process.wait(10)
