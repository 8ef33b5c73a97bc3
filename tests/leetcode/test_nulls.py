"""A null where the real schema allows one is a missing value, never an error (502); a null left
by a failure (a partial answer: `errors` beside the data) is "unavailable", never an empty answer.

Every case runs through the client and through its HTTP route, against the fake, which answers
null (or fails) for exactly that field.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from graphql import GraphQLNonNull, GraphQLString, get_nullable_type
from sqlalchemy import select

from leettrack.core.errors import UpstreamUnavailable
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.leetcode.sync import sync_catalog
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import SCHEMA, FakeLeetCode
from tests.helpers import ManualClock
from tests.leetcode.conftest import LC, MakeInstance

USER = data.ACTIVE_USER


@dataclass(frozen=True)
class Read:
    """One read of LeetCode data: its route, the same through the client, and the record (a dict
    as the route answers it) in which the field under test shows."""

    path: str
    call: Callable[[LeetCodeClient], Awaitable[Any]]
    record: Callable[[Any], dict[str, Any]]


PROBLEM = Read("/problem/two-sum", lambda lc: lc.get_problem("two-sum"), lambda d: d)
PROBLEMS = Read("/problems?limit=5", lambda lc: lc.list_problems(limit=5), lambda d: d[0])
DAILY = Read("/daily-question", lambda lc: lc.daily(), lambda d: d["question"])
PROFILE = Read(f"/user/{USER}", lambda lc: lc.user_profile(USER), lambda d: d)
SUBMISSIONS = Read(
    f"/user/{USER}/submissions", lambda lc: lc.recent_ac_submissions(USER), lambda d: d[0]
)
CONTEST = Read(f"/user/{USER}/contest", lambda lc: lc.user_contest(USER), lambda d: d["history"][0])

# (LeetCode type, field, the read that shows it, our field, what a null becomes)
NULLABLE = [
    ("QuestionNode", "questionFrontendId", PROBLEM, "frontend_id", None),
    ("QuestionNode", "questionFrontendId", PROBLEMS, "frontend_id", None),
    ("QuestionNode", "difficulty", PROBLEM, "difficulty", None),
    ("QuestionNode", "difficulty", PROBLEMS, "difficulty", None),
    ("QuestionNode", "isPaidOnly", PROBLEM, "is_paid_only", None),
    ("QuestionNode", "isPaidOnly", PROBLEMS, "is_paid_only", None),
    ("QuestionNode", "acRate", PROBLEMS, "ac_rate", None),
    ("QuestionNode", "topicTags", PROBLEM, "topic_tags", []),
    ("QuestionNode", "topicTags", PROBLEMS, "topic_tags", []),
    ("QuestionNode", "hints", PROBLEM, "hints", []),
    ("QuestionNode", "codeSnippets", DAILY, "code_snippets", []),
    ("QuestionNode", "codeSnippets", PROBLEM, "code_snippets", []),
    ("QuestionNode", "stats", PROBLEM, "ac_rate", None),
    ("QuestionNode", "similarQuestions", PROBLEM, "similar_questions", []),
    ("SubmissionDumpNode", "lang", SUBMISSIONS, "lang", None),
    ("UserProfileNode", "userAvatar", PROFILE, "avatar", None),
    ("UserContestRankingHistoryNode", "trendDirection", CONTEST, "trend_direction", None),
]


def case_id(case: tuple[str, str, Read, str, object]) -> str:
    return f"{case[1]}-{case[2].path.split('?')[0].strip('/').replace('/', '-')}"


async def route_data(http: httpx.AsyncClient, path: str) -> Any:
    response = await http.get(LC + path)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_the_fake_schema_allows_each_null_the_real_one_does() -> None:
    for type_name, field, *_ in NULLABLE:
        field_type = SCHEMA.get_type(type_name).fields[field].type  # type: ignore[union-attr]
        assert not isinstance(field_type, GraphQLNonNull), f"{type_name}.{field}"


def test_the_problem_list_filters_are_strings_as_on_the_real_site() -> None:
    filters = SCHEMA.get_type("QuestionListFilterInput").fields  # type: ignore[union-attr]
    for name in ("difficulty", "status", "orderBy", "sortOrder"):
        assert get_nullable_type(filters[name].type) is GraphQLString, name


@pytest.mark.parametrize("case", NULLABLE, ids=case_id)
async def test_a_null_is_a_missing_value(
    make_instance: MakeInstance,
    fake_leetcode: FakeLeetCode,
    case: tuple[str, str, Read, str, object],
) -> None:
    type_name, field, read, ours, missing = case
    before = read.record(await route_data((await make_instance()).http, read.path))
    assert before[ours] not in (None, []), "the fake sends a value when not told otherwise"

    fake_leetcode.set_null(type_name, field)
    instance = await make_instance()  # a cold cache: the null comes from the fake
    fetched = (await read.call(instance.leetcode)).data
    dumped = (
        [item.model_dump(mode="json") for item in fetched]
        if isinstance(fetched, list)
        else (fetched.model_dump(mode="json"))
    )
    if read is PROBLEMS:
        dumped = dumped["items"]
    assert read.record(dumped)[ours] == missing
    after = read.record(await route_data(instance.http, read.path))
    assert after[ours] == missing
    assert {key: value for key, value in after.items() if key != ours} == {
        key: value for key, value in before.items() if key != ours
    }, "the rest of the answer is untouched"


async def test_a_catalog_sync_keeps_what_a_null_would_erase(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance()
    sessionmaker = instance.app.state.db.sessionmaker
    first = await sync_catalog(instance.leetcode, sessionmaker)
    assert first.created == len(data.PROBLEMS)
    for field in ("difficulty", "questionFrontendId", "topicTags"):
        fake_leetcode.set_null("QuestionNode", field)
    again = await sync_catalog((await make_instance()).leetcode, sessionmaker)
    assert (again.created, again.updated, again.incomplete) == (0, 0, 0)
    async with sessionmaker() as session:
        two_sum = await session.scalar(select(Question).where(Question.title_slug == "two-sum"))
    assert two_sum is not None
    assert (two_sum.frontend_id, two_sum.difficulty) == (1, "Easy")
    assert [tag["slug"] for tag in two_sum.topic_tags] == ["array", "hash-table"]


async def test_a_new_problem_without_a_difficulty_waits_for_one(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance()
    fake_leetcode.set_null("QuestionNode", "difficulty")
    report = await sync_catalog(instance.leetcode, instance.app.state.db.sessionmaker)
    assert (report.created, report.incomplete) == (0, len(data.PROBLEMS))


# --- partial answers ---------------------------------------------------------------------------


async def test_contest_data_that_failed_is_not_never_competed(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance()
    never = await route_data(instance.http, f"/user/{data.NEW_USER}/contest")
    assert (never["rating"], never["attended_count"], never["history"]) == (None, 0, [])

    fake_leetcode.fail_field("Query", "userContestRanking")
    response = await instance.http.get(f"{LC}/user/{USER}/contest")
    assert response.status_code == 503, response.text
    error = response.json()["error"]
    assert error["code"] == "UPSTREAM_UNAVAILABLE"
    assert error["details"]["fields"] == ["userContestRanking"]
    with pytest.raises(UpstreamUnavailable):
        await instance.leetcode.user_contest(USER)


@pytest.mark.parametrize(
    ("type_name", "field", "read"),
    [
        ("QuestionNode", "stats", PROBLEM),  # nullable: the error leaves the question intact
        ("QuestionNode", "title", PROBLEMS),  # not nullable: the null reaches the list
        ("Query", "recentAcSubmissionList", SUBMISSIONS),
        ("UserProfileNode", "userAvatar", PROFILE),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
async def test_a_partial_answer_is_unavailable_and_the_cache_serves(
    make_instance: MakeInstance,
    fake_leetcode: FakeLeetCode,
    clock: ManualClock,
    type_name: str,
    field: str,
    read: Read,
) -> None:
    instance = await make_instance()
    fake_leetcode.fail_field(type_name, field)
    response = await instance.http.get(LC + read.path)
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "UPSTREAM_UNAVAILABLE"

    fake_leetcode.reset()
    warm = await make_instance()
    fresh = await route_data(warm.http, read.path)
    clock.advance(24 * 3600 - 1)  # past every TTL, inside the stale window
    fake_leetcode.fail_field(type_name, field)
    stale = await warm.http.get(LC + read.path)
    assert stale.status_code == 200
    assert stale.headers["X-Cache"] == "STALE"
    assert stale.json()["data"] == fresh


async def test_an_unknown_user_is_still_not_found(client: httpx.AsyncClient) -> None:
    for path in ("", "/contest", "/submissions", "/calendar"):
        response = await client.get(f"{LC}/user/no-such-user-here{path}")
        assert response.status_code == 404, (path, response.text)
