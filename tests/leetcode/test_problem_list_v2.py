"""LEETCODE_PROBLEM_LIST=problemsetQuestionListV2: the query leetcode.com's own web app uses gives
the same problem list as questionList, filters and paging included."""

from __future__ import annotations

import pytest

from tests.fakes.leetcode_server import FakeLeetCode
from tests.leetcode.conftest import LC, MakeInstance

LISTS = [
    "/problems?limit=7",
    "/problems?limit=5&offset=10",
    "/problems?difficulty=hard",
    "/problems?difficulty=medium&tags=array,two-pointers",
    "/problems?search=sum",
]


@pytest.mark.parametrize("path", LISTS)
async def test_both_queries_list_the_same_problems(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, path: str
) -> None:
    today = await make_instance()
    v2 = await make_instance(leetcode_problem_list="problemsetQuestionListV2")
    expected = await today.http.get(LC + path)
    answer = await v2.http.get(LC + path)
    assert (expected.status_code, answer.status_code) == (200, 200), answer.text
    assert answer.json() == expected.json()
    assert answer.json()["meta"]["total"] > 0
    assert fake_leetcode.calls == {"problemsetQuestionList": 1, "problemsetQuestionListV2": 1}


async def test_a_null_in_the_v2_list_is_a_missing_value(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    v2 = await make_instance(leetcode_problem_list="problemsetQuestionListV2")
    for field in ("difficulty", "acRate", "paidOnly", "topicTags", "questionFrontendId"):
        fake_leetcode.set_null("ProblemSetQuestionNode", field)
    first = (await v2.http.get(f"{LC}/problems?limit=3")).json()["data"][0]
    assert first["title_slug"] == "two-sum"
    assert [first[key] for key in ("difficulty", "ac_rate", "is_paid_only", "frontend_id")] == [
        None
    ] * 4
    assert first["topic_tags"] == []
