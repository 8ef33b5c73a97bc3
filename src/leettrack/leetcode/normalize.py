"""From LeetCode's answers (camelCase, JSON inside strings) to our schemas.

Each function takes the GraphQL `data` object. Anything that is not the shape we asked for is an
`UpstreamError` (502); a null user or question is `NotFound` (404). A field the real schema lets
LeetCode leave null (a number, a difficulty, tags, hints, a language...) becomes a missing value:
None, or an empty list, never an error. Nulls left by a failure never reach here (transport.py).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache
from typing import Annotated, Any, TypeVar

from pydantic import (
    AliasGenerator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
)
from pydantic.alias_generators import to_camel

from leettrack.core.errors import NotFound, UpstreamError
from leettrack.leetcode import schemas

LEETCODE_URL = "https://leetcode.com"
_Raw = TypeVar("_Raw", bound=BaseModel)


class _LeetCode(BaseModel):
    model_config = ConfigDict(alias_generator=AliasGenerator(validation_alias=to_camel))


class _Tag(_LeetCode):
    name: str
    slug: str


class _Snippet(_LeetCode):
    lang: str
    lang_slug: str
    code: str


def _title_case(value: object) -> object:
    """ "EASY" (problemsetQuestionListV2) reads as "Easy" (everywhere else)."""
    return value.title() if isinstance(value, str) else value


class _Summary(_LeetCode):
    question_frontend_id: int | None
    title: str
    title_slug: str
    difficulty: Annotated[schemas.Difficulty | None, BeforeValidator(_title_case)]
    is_paid_only: bool | None
    topic_tags: list[_Tag] | None


class _ListedQuestion(_Summary):
    ac_rate: float | None = None


class _Question(_Summary):
    question_id: int
    content: str | None
    stats: str | None = None
    hints: list[str] | None
    similar_questions: str | None = None
    code_snippets: list[_Snippet] | None


class _Daily(_LeetCode):
    date: date
    link: str
    question: _Question


class _ProblemList(BaseModel):
    total: int
    questions: list[_ListedQuestion]


class _DifficultyCount(_LeetCode):
    difficulty: str
    count: int
    submissions: int = 0


class _SubmitStats(_LeetCode):
    ac_submission_num: list[_DifficultyCount]
    total_submission_num: list[_DifficultyCount]


class _Profile(_LeetCode):
    real_name: str | None = None
    user_avatar: str | None = None
    ranking: int | None = None
    reputation: int | None = None


class _Language(_LeetCode):
    language_name: str
    problems_solved: int


class _TagCount(_LeetCode):
    tag_name: str
    tag_slug: str
    problems_solved: int


class _TagCounts(_LeetCode):
    advanced: list[_TagCount] = Field(default_factory=list)
    intermediate: list[_TagCount] = Field(default_factory=list)
    fundamental: list[_TagCount] = Field(default_factory=list)


class _User(_LeetCode):
    username: str
    profile: _Profile
    submit_stats: _SubmitStats
    submission_calendar: str | None = None
    language_problem_count: list[_Language] | None = None
    tag_problem_counts: _TagCounts | None = None


class _Submission(_LeetCode):
    id: str | None = None
    title: str
    title_slug: str
    timestamp: int
    lang: str | None


class _Calendar(_LeetCode):
    active_years: list[int]
    streak: int
    total_active_days: int
    submission_calendar: str


class _Ranking(_LeetCode):
    attended_contests_count: int
    rating: float
    global_ranking: int
    total_participants: int
    top_percentage: float | None = None
    badge: dict[str, Any] | None = None


class _Contest(_LeetCode):
    title: str
    start_time: int


class _HistoryEntry(_LeetCode):
    attended: bool
    trend_direction: str | None
    problems_solved: int
    total_problems: int
    finish_time_in_seconds: int
    rating: float
    ranking: int
    contest: _Contest


def _parse(model: type[_Raw], value: object, what: str) -> _Raw:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise _shape_error(what, exc) from exc


def _parse_list(model: type[_Raw], value: object, what: str) -> list[_Raw]:
    try:
        return _list_adapter(model).validate_python(value)
    except ValidationError as exc:
        raise _shape_error(what, exc) from exc


@cache
def _list_adapter(model: type[_Raw]) -> TypeAdapter[list[_Raw]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _shape_error(what: str, exc: ValidationError) -> UpstreamError:
    return UpstreamError(
        f"LeetCode sent {what} in an unexpected shape",
        details={"errors": exc.errors(include_url=False, include_input=False)[:5]},
    )


def _field(data: dict[str, Any], name: str, what: str) -> Any:
    if name not in data:
        raise UpstreamError(f"LeetCode's answer has no {what}")
    return data[name]


def _user(data: dict[str, Any], username: str) -> Any:
    user = _field(data, "matchedUser", "user")
    if user is None:
        raise NotFound(f"LeetCode user {username!r} does not exist")
    return user


def _json_string(value: str | None, what: str) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError as exc:
        raise UpstreamError(f"LeetCode sent {what} that is not JSON") from exc


def _tags(tags: list[_Tag] | None) -> list[schemas.TopicTag]:
    return [schemas.TopicTag(name=tag.name, slug=tag.slug) for tag in tags or []]


def _ac_rate_from_stats(stats: str | None) -> float | None:
    """`stats` is a JSON string such as {"acRate": "55.2%", "totalAcceptedRaw": ...}."""
    parsed = _json_string(stats, "question stats")
    if not isinstance(parsed, dict):
        return None
    try:
        return round(float(str(parsed.get("acRate", "")).rstrip("%")), 2)
    except ValueError:
        return None


def _similar(value: str | None) -> list[schemas.SimilarQuestion]:
    parsed = _json_string(value, "similar questions") or []
    try:
        return [
            schemas.SimilarQuestion(
                title=item["title"], title_slug=item["titleSlug"], difficulty=item["difficulty"]
            )
            for item in parsed
        ]
    except (KeyError, TypeError, ValidationError) as exc:
        raise UpstreamError("LeetCode sent similar questions in an unexpected shape") from exc


def _question(raw: _Question) -> schemas.Question:
    return schemas.Question(
        question_id=raw.question_id,
        frontend_id=raw.question_frontend_id,
        title=raw.title,
        title_slug=raw.title_slug,
        difficulty=raw.difficulty,
        is_paid_only=raw.is_paid_only,
        ac_rate=_ac_rate_from_stats(raw.stats),
        topic_tags=_tags(raw.topic_tags),
        content=raw.content,
        hints=raw.hints or [],
        code_snippets=[
            schemas.CodeSnippet(lang=s.lang, lang_slug=s.lang_slug, code=s.code)
            for s in raw.code_snippets or []
        ],
        similar_questions=_similar(raw.similar_questions),
    )


def _calendar_days(value: str | None) -> dict[str, int]:
    """{"<unix seconds at UTC midnight>": count} -> {"YYYY-MM-DD": count}, in date order."""
    parsed = _json_string(value, "a submission calendar") or {}
    if not isinstance(parsed, dict):
        raise UpstreamError("LeetCode sent a submission calendar in an unexpected shape")
    try:
        days = {
            datetime.fromtimestamp(int(ts), UTC).date().isoformat(): int(count)
            for ts, count in parsed.items()
        }
    except (TypeError, ValueError, OverflowError) as exc:
        raise UpstreamError("LeetCode sent a submission calendar in an unexpected shape") from exc
    return dict(sorted(days.items()))


def _submissions(value: object) -> list[schemas.AcSubmission]:
    return [
        schemas.AcSubmission(
            id=item.id,
            title=item.title,
            title_slug=item.title_slug,
            timestamp=datetime.fromtimestamp(item.timestamp, UTC),
            lang=item.lang,
        )
        for item in _parse_list(_Submission, value or [], "submissions")
    ]


def _by_difficulty(rows: list[_DifficultyCount], attribute: str = "count") -> dict[str, int]:
    return {row.difficulty.lower(): getattr(row, attribute) for row in rows}


def _counts(values: dict[str, int]) -> schemas.DifficultyCounts:
    return schemas.DifficultyCounts(
        all=values.get("all", 0),
        easy=values.get("easy", 0),
        medium=values.get("medium", 0),
        hard=values.get("hard", 0),
    )


# --- public -----------------------------------------------------------------------------------


def daily_question(data: dict[str, Any]) -> schemas.DailyQuestion:
    value = _field(data, "activeDailyCodingChallengeQuestion", "daily question")
    if value is None:
        raise NotFound("LeetCode has no daily question right now")
    raw = _parse(_Daily, value, "the daily question")
    return schemas.DailyQuestion(
        date=raw.date, link=LEETCODE_URL + raw.link, question=_question(raw.question)
    )


def question(data: dict[str, Any], slug: str) -> schemas.Question:
    value = _field(data, "question", "question")
    if value is None:
        raise NotFound(f"LeetCode has no problem {slug!r}")
    return _question(_parse(_Question, value, "a problem"))


def problem_page(data: dict[str, Any], rate_scale: float = 1.0) -> schemas.ProblemPage:
    """`rate_scale` turns the list's acRate into percent (100 for problemsetQuestionListV2)."""
    value = _field(data, "problemsetQuestionList", "problem list")
    raw = _parse(_ProblemList, value, "the problem list")
    return schemas.ProblemPage(
        total=raw.total,
        items=[
            schemas.ProblemSummary(
                frontend_id=q.question_frontend_id,
                title=q.title,
                title_slug=q.title_slug,
                difficulty=q.difficulty,
                ac_rate=None if q.ac_rate is None else round(q.ac_rate * rate_scale, 2),
                is_paid_only=q.is_paid_only,
                topic_tags=_tags(q.topic_tags),
            )
            for q in raw.questions
        ],
    )


def user_profile(data: dict[str, Any], username: str) -> schemas.UserProfile:
    user = _parse(_User, _user(data, username), "a user profile")
    totals = _parse_list(_DifficultyCount, _field(data, "allQuestionsCount", "totals"), "totals")
    accepted = _by_difficulty(user.submit_stats.ac_submission_num, "submissions").get("all", 0)
    submitted = _by_difficulty(user.submit_stats.total_submission_num, "submissions").get("all")
    tags = user.tag_problem_counts or _TagCounts()
    return schemas.UserProfile(
        username=user.username,
        real_name=user.profile.real_name or None,
        ranking=user.profile.ranking,
        reputation=user.profile.reputation,
        avatar=user.profile.user_avatar,
        solved=_counts(_by_difficulty(user.submit_stats.ac_submission_num)),
        totals=_counts(_by_difficulty(totals)),
        acceptance_rate=round(accepted * 100 / submitted, 2) if submitted else None,
        submission_calendar=_calendar_days(user.submission_calendar),
        languages=sorted(
            (
                schemas.LanguageCount(language=lang.language_name, solved=lang.problems_solved)
                for lang in user.language_problem_count or []
            ),
            key=lambda lang: -lang.solved,
        ),
        skills=schemas.Skills(
            **{
                level: [
                    schemas.SkillCount(tag=t.tag_name, slug=t.tag_slug, solved=t.problems_solved)
                    for t in getattr(tags, level)
                ]
                for level in ("advanced", "intermediate", "fundamental")
            }
        ),
        recent_submissions=_submissions(data.get("recentAcSubmissionList")),
    )


def user_calendar(data: dict[str, Any], username: str, year: int | None) -> schemas.UserCalendar:
    user = _user(data, username)
    if not isinstance(user, dict):
        raise UpstreamError("LeetCode sent a user in an unexpected shape")
    raw = _parse(_Calendar, user.get("userCalendar"), "a calendar")
    return schemas.UserCalendar(
        username=username,
        year=year,
        active_years=raw.active_years,
        streak=raw.streak,
        total_active_days=raw.total_active_days,
        submission_calendar=_calendar_days(raw.submission_calendar),
    )


def recent_ac_submissions(data: dict[str, Any], username: str) -> list[schemas.AcSubmission]:
    _user(data, username)
    return _submissions(_field(data, "recentAcSubmissionList", "submissions"))


def contest_profile(data: dict[str, Any], username: str) -> schemas.ContestProfile:
    _user(data, username)
    ranking_value = _field(data, "userContestRanking", "contest ranking")
    ranking = None if ranking_value is None else _parse(_Ranking, ranking_value, "a ranking")
    history = _parse_list(
        _HistoryEntry, data.get("userContestRankingHistory") or [], "contest history"
    )
    return schemas.ContestProfile(
        username=username,
        rating=None if ranking is None else round(ranking.rating, 2),
        global_ranking=None if ranking is None else ranking.global_ranking,
        total_participants=None if ranking is None else ranking.total_participants,
        top_percentage=None if ranking is None else ranking.top_percentage,
        attended_count=0 if ranking is None else ranking.attended_contests_count,
        badge=(ranking.badge or {}).get("name") if ranking else None,
        history=[
            schemas.ContestEntry(
                contest_title=entry.contest.title,
                start_time=datetime.fromtimestamp(entry.contest.start_time, UTC),
                rating=round(entry.rating, 2),
                ranking=entry.ranking,
                problems_solved=entry.problems_solved,
                total_problems=entry.total_problems,
                finish_time_seconds=entry.finish_time_in_seconds,
                trend_direction=entry.trend_direction,
            )
            for entry in history
            if entry.attended
        ],
    )
