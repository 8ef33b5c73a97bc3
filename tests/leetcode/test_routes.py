"""Each /api/v1/leetcode route: its shape, its 404s and its input validation."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.leetcode.models import Question
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import FakeLeetCode
from tests.leetcode.conftest import LC

QUESTION_FIELDS = {
    "question_id", "frontend_id", "title", "title_slug", "difficulty", "is_paid_only", "ac_rate",
    "topic_tags", "content", "hints", "code_snippets", "similar_questions",
}  # fmt: skip
SUMMARY_FIELDS = {
    "frontend_id", "title", "title_slug", "difficulty", "ac_rate", "is_paid_only", "topic_tags",
}  # fmt: skip


async def get_data(client: httpx.AsyncClient, path: str) -> object:
    response = await client.get(LC + path)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["success"] is True
    assert response.headers["X-Cache"] in {"HIT", "MISS", "STALE"}
    return body["data"]


async def test_daily_question(client: httpx.AsyncClient, fake_leetcode: FakeLeetCode) -> None:
    daily = await get_data(client, "/daily-question")
    assert isinstance(daily, dict)
    assert daily["date"] == datetime.now(UTC).date().isoformat()
    assert daily["link"] == f"https://leetcode.com/problems/{data.DAILY_SLUG}/"
    assert set(daily["question"]) == QUESTION_FIELDS
    assert daily["question"]["title_slug"] == data.DAILY_SLUG
    assert fake_leetcode.calls == {"questionOfToday": 1}


async def test_problem(client: httpx.AsyncClient) -> None:
    question = await get_data(client, "/problem/two-sum")
    assert isinstance(question, dict)
    assert set(question) == QUESTION_FIELDS
    assert question["question_id"] == 1
    assert question["frontend_id"] == 1
    assert question["title"] == "Two Sum"
    assert question["difficulty"] == "Easy"
    assert question["ac_rate"] == 55.2
    assert question["is_paid_only"] is False
    assert question["topic_tags"] == [
        {"name": "Array", "slug": "array"},
        {"name": "Hash Table", "slug": "hash-table"},
    ]
    assert question["content"].startswith("<p>Given an array of integers")
    assert len(question["hints"]) == 3
    assert {s["lang_slug"] for s in question["code_snippets"]} == {"cpp", "java", "python3"}
    assert set(question["code_snippets"][0]) == {"lang", "lang_slug", "code"}
    assert question["similar_questions"][0] == {
        "title": "3Sum",
        "title_slug": "3sum",
        "difficulty": "Medium",
    }


async def test_paid_problem_has_no_text(client: httpx.AsyncClient) -> None:
    question = await get_data(client, "/problem/meeting-rooms-ii")
    assert isinstance(question, dict)
    assert question["is_paid_only"] is True
    assert question["content"] is None
    assert question["code_snippets"] == []


async def test_problem_list_with_meta(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{LC}/problems", params={"limit": 5, "offset": 5})
    body = response.json()
    assert response.status_code == 200
    assert body["meta"] == {"total": len(data.PROBLEMS), "limit": 5, "offset": 5}
    assert [p["title_slug"] for p in body["data"]] == [row[2] for row in data.PROBLEMS[5:10]]
    assert all(set(problem) == SUMMARY_FIELDS for problem in body["data"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"difficulty": "hard"}, [r[2] for r in data.PROBLEMS if r[3] == "Hard"]),
        (
            {"tags": "array,hash-table"},
            [r[2] for r in data.PROBLEMS if {"array", "hash-table"} <= set(r[6])],
        ),
        ({"search": "linked list"}, ["linked-list-cycle", "reverse-linked-list"]),
        ({"difficulty": "easy", "tags": "tree"}, ["maximum-depth-of-binary-tree",
                                                  "invert-binary-tree", "subtree-of-another-tree"]),
    ],
)  # fmt: skip
async def test_problem_list_filters(
    client: httpx.AsyncClient, params: dict[str, str], expected: list[str]
) -> None:
    response = await client.get(f"{LC}/problems", params=params)
    body = response.json()
    assert [p["title_slug"] for p in body["data"]] == expected
    assert body["meta"]["total"] == len(expected)


async def test_user_profile(client: httpx.AsyncClient) -> None:
    profile = await get_data(client, f"/user/{data.ACTIVE_USER}")
    assert isinstance(profile, dict)
    assert set(profile) == {
        "username", "real_name", "ranking", "reputation", "avatar", "solved", "totals",
        "acceptance_rate", "submission_calendar", "languages", "skills", "recent_submissions",
    }  # fmt: skip
    assert profile["username"] == data.ACTIVE_USER
    assert profile["ranking"] == 12_345
    assert profile["avatar"].startswith("https://assets.leetcode.com/users/lt_alice/")
    assert profile["solved"] == {"all": 312, "easy": 120, "medium": 160, "hard": 32}
    assert profile["totals"] == {"all": 41, "easy": 13, "medium": 22, "hard": 6}
    assert profile["acceptance_rate"] == 60.0  # 540 accepted of 900 submissions
    calendar = profile["submission_calendar"]
    assert calendar and all(len(day) == 10 and day[4] == "-" for day in calendar)
    assert all(isinstance(n, int) and n > 0 for n in calendar.values())
    assert profile["languages"][0] == {"language": "Python3", "solved": 250}
    assert profile["skills"]["advanced"][0] == {
        "tag": "Dynamic Programming",
        "slug": "dynamic-programming",
        "solved": 60,
    }
    assert len(profile["recent_submissions"]) == 10


async def test_user_calendar_for_a_year(client: httpx.AsyncClient) -> None:
    year = datetime.now(UTC).year
    calendar = await get_data(client, f"/user/{data.ACTIVE_USER}/calendar?year={year}")
    assert isinstance(calendar, dict)
    assert calendar["year"] == year
    assert year in calendar["active_years"]
    assert calendar["total_active_days"] == len(calendar["submission_calendar"])
    assert all(day.startswith(f"{year}-") for day in calendar["submission_calendar"])
    assert calendar["streak"] >= 1


async def test_recent_submissions(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{LC}/user/{data.ACTIVE_USER}/submissions", params={"limit": 5})
    body = response.json()
    assert body["meta"] == {"total": 5, "limit": 5, "offset": 0}
    submissions = body["data"]
    assert [s["title_slug"] for s in submissions] == [
        s["titleSlug"] for s in data.AC_SUBMISSIONS[data.ACTIVE_USER][:5]
    ]
    assert set(submissions[0]) == {"id", "title", "title_slug", "timestamp", "lang"}
    times = [datetime.fromisoformat(s["timestamp"]) for s in submissions]
    assert times == sorted(times, reverse=True)
    assert all(t.utcoffset() is not None and t.utcoffset().total_seconds() == 0 for t in times)


async def test_contest(client: httpx.AsyncClient) -> None:
    contest = await get_data(client, f"/user/{data.ACTIVE_USER}/contest")
    assert isinstance(contest, dict)
    assert contest["rating"] == 1876.32
    assert contest["global_ranking"] == 20_314
    assert contest["top_percentage"] == 7.91
    assert contest["attended_count"] == 3
    assert contest["badge"] == "Knight"
    assert [entry["contest_title"] for entry in contest["history"]] == [
        "Weekly Contest 410",
        "Weekly Contest 412",
        "Weekly Contest 413",
    ]  # the contest not attended is left out
    assert contest["history"][-1]["start_time"] == "2024-08-25T02:30:00Z"


async def test_contest_of_someone_who_never_competed(client: httpx.AsyncClient) -> None:
    contest = await get_data(client, f"/user/{data.NEW_USER}/contest")
    assert contest == {
        "username": data.NEW_USER,
        "rating": None,
        "global_ranking": None,
        "total_participants": None,
        "top_percentage": None,
        "attended_count": 0,
        "badge": None,
        "history": [],
    }


@pytest.mark.parametrize(
    "path",
    [
        "/user/nobody-here",
        "/user/nobody-here/calendar",
        "/user/nobody-here/submissions",
        "/user/nobody-here/contest",
        "/problem/no-such-problem",
    ],
)
async def test_not_found(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(LC + path)
    assert response.status_code == 404
    assert response.json()["success"] is False
    assert response.json()["error"]["code"] == "NOT_FOUND"
    assert response.headers["X-Cache"] == "MISS"


@pytest.mark.parametrize(
    "path",
    [
        "/user/bad%20name",
        "/user/" + "a" * 51,
        "/user/semi;colon/contest",
        "/user/dot.ted/calendar",
        "/problem/two.sum",
        "/problem/" + "x" * 121,
        "/problems?difficulty=extreme",
        "/problems?difficulty=Easy",
        "/problems?limit=0",
        "/problems?limit=101",
        "/problems?offset=-1",
        "/problems?tags=has%20space",
        "/problems?search=" + "s" * 101,
        "/user/lt_alice/submissions?limit=0",
        "/user/lt_alice/submissions?limit=21",
        "/user/lt_alice/calendar?year=1999",
        "/user/lt_alice/calendar?year=next",
    ],
)
async def test_invalid_input_is_refused_before_any_upstream_call(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode, path: str
) -> None:
    response = await client.get(LC + path)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"
    assert response.headers["X-Cache"] == "MISS"
    assert fake_leetcode.total_calls == 0


async def test_openapi_documents_the_routes_with_envelopes(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    paths = {path for path in spec["paths"] if path.startswith(LC)}
    assert paths == {
        f"{LC}/daily-question",
        f"{LC}/problem/{{slug}}",
        f"{LC}/problems",
        f"{LC}/user/{{username}}",
        f"{LC}/user/{{username}}/calendar",
        f"{LC}/user/{{username}}/submissions",
        f"{LC}/user/{{username}}/contest",
    }
    ok = spec["paths"][f"{LC}/problem/{{slug}}"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("Envelope_Question_")
    assert "X-Cache" in ok["headers"]
    listing = spec["paths"][f"{LC}/problems"]["get"]["responses"]["200"]
    assert "ListEnvelope" in listing["content"]["application/json"]["schema"]["$ref"]


async def test_reads_never_write_to_the_database(
    client: httpx.AsyncClient, db_session: AsyncSession
) -> None:
    for path in ("/daily-question", "/problem/two-sum", "/problems?limit=100"):
        await get_data(client, path)
    assert await db_session.scalar(select(func.count()).select_from(Question)) == 0
