"""From LeetCode's shapes to ours: conversions, and what counts as an unexpected answer."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from leettrack.core.errors import NotFound, UpstreamError
from leettrack.leetcode import normalize
from tests.fakes import leetcode_data as data


def profile_data(**user_changes: Any) -> dict[str, Any]:
    user = copy.deepcopy(
        {k: v for k, v in data.USERS[data.NEW_USER].items() if k != "userCalendar"}
    )
    user.update(user_changes)
    return {
        "allQuestionsCount": data.all_questions_count(),
        "matchedUser": user,
        "recentAcSubmissionList": [],
    }


def test_submission_calendar_becomes_utc_days_in_order() -> None:
    raw = '{"1704153600": 4, "1704067200": 2, "1735603200": 1}'
    profile = normalize.user_profile(profile_data(submissionCalendar=raw), data.NEW_USER)
    assert profile.submission_calendar == {"2024-01-01": 2, "2024-01-02": 4, "2024-12-31": 1}


def test_acceptance_rate_is_null_without_submissions() -> None:
    stats = {
        "acSubmissionNum": [{"difficulty": "All", "count": 0, "submissions": 0}],
        "totalSubmissionNum": [{"difficulty": "All", "count": 0, "submissions": 0}],
    }
    profile = normalize.user_profile(profile_data(submitStats=stats), data.NEW_USER)
    assert profile.acceptance_rate is None
    assert profile.solved.all == 0


def test_question_ac_rate_comes_from_stats() -> None:
    question = dict(data.QUESTIONS["two-sum"])
    assert normalize.question({"question": question}, "two-sum").ac_rate == 55.2
    question["stats"] = '{"totalAccepted": "1"}'
    assert normalize.question({"question": question}, "two-sum").ac_rate is None


def test_null_question_or_user_is_not_found() -> None:
    with pytest.raises(NotFound):
        normalize.question({"question": None}, "x")
    with pytest.raises(NotFound):
        normalize.user_profile({"matchedUser": None, "allQuestionsCount": []}, "x")
    with pytest.raises(NotFound):
        normalize.contest_profile({"matchedUser": None}, "x")


@pytest.mark.parametrize(
    "answer",
    [
        {},  # the field asked for is missing
        {"question": "two-sum"},
        {"question": {**data.QUESTIONS["two-sum"], "difficulty": "Impossible"}},
        {"question": {**data.QUESTIONS["two-sum"], "questionFrontendId": "one"}},
        {"question": {**data.QUESTIONS["two-sum"], "topicTags": [{"name": "Array"}]}},
        {"question": {**data.QUESTIONS["two-sum"], "similarQuestions": "[{]"}},
        {"question": {**data.QUESTIONS["two-sum"], "similarQuestions": '[{"title": "x"}]'}},
    ],
)
def test_unexpected_shapes_are_upstream_errors(answer: dict[str, Any]) -> None:
    with pytest.raises(UpstreamError) as caught:
        normalize.question(answer, "two-sum")
    assert caught.value.status_code == 502


@pytest.mark.parametrize(
    "changes",
    [
        {"submissionCalendar": "{not json"},
        {"submissionCalendar": '{"yesterday": 3}'},
        {"submissionCalendar": "[1, 2]"},
        {"profile": None},
        {"submitStats": {"acSubmissionNum": "many"}},
    ],
)
def test_unexpected_profiles_are_upstream_errors(changes: dict[str, Any]) -> None:
    with pytest.raises(UpstreamError):
        normalize.user_profile(profile_data(**changes), data.NEW_USER)


def test_problem_list_page() -> None:
    page = normalize.problem_page(
        {"problemsetQuestionList": {"total": 3000, "questions": [data.QUESTIONS["lru-cache"]]}}
    )
    assert page.total == 3000
    assert page.items[0].model_dump() == {
        "frontend_id": 146,
        "title": "LRU Cache",
        "title_slug": "lru-cache",
        "difficulty": "Medium",
        "ac_rate": 44.3,
        "is_paid_only": False,
        "topic_tags": [
            {"name": "Hash Table", "slug": "hash-table"},
            {"name": "Linked List", "slug": "linked-list"},
            {"name": "Design", "slug": "design"},
            {"name": "Doubly-Linked List", "slug": "doubly-linked-list"},
        ],
    }
