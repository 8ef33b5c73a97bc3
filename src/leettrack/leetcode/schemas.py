"""What the LeetCode routes answer: LeetCode's data normalised to snake_case."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel

# Checked before any upstream call (LeetCode's own alphabet, and a sane length).
USERNAME_PATTERN = r"^[A-Za-z0-9_-]{1,50}$"
SLUG_PATTERN = r"^[A-Za-z0-9_-]{1,120}$"
Difficulty = Literal["Easy", "Medium", "Hard"]
DifficultyFilter = Literal["easy", "medium", "hard"]
CacheStatus = Literal["HIT", "MISS", "STALE"]


class TopicTag(BaseModel):
    name: str
    slug: str


class CodeSnippet(BaseModel):
    lang: str
    lang_slug: str
    code: str


class SimilarQuestion(BaseModel):
    title: str
    title_slug: str
    difficulty: Difficulty


class ProblemSummary(BaseModel):
    """A problem's metadata, as the problem list gives it (never its text). LeetCode may leave
    any of these null but the title and slug: null here too (no tags: an empty list)."""

    frontend_id: int | None
    title: str
    title_slug: str
    difficulty: Difficulty | None
    ac_rate: float | None
    is_paid_only: bool | None
    topic_tags: list[TopicTag]


class Question(ProblemSummary):
    """A problem with its statement, hints and starter code (null content for paid problems)."""

    question_id: int
    content: str | None
    hints: list[str]
    code_snippets: list[CodeSnippet]
    similar_questions: list[SimilarQuestion]


class DailyQuestion(BaseModel):
    date: date
    link: str
    question: Question


class ProblemPage(BaseModel):
    total: int
    items: list[ProblemSummary]


class DifficultyCounts(BaseModel):
    all: int
    easy: int
    medium: int
    hard: int


class LanguageCount(BaseModel):
    language: str
    solved: int


class SkillCount(BaseModel):
    tag: str
    slug: str
    solved: int


class Skills(BaseModel):
    advanced: list[SkillCount]
    intermediate: list[SkillCount]
    fundamental: list[SkillCount]


class AcSubmission(BaseModel):
    id: str | None
    title: str
    title_slug: str
    timestamp: datetime
    lang: str | None


class UserProfile(BaseModel):
    username: str
    real_name: str | None
    ranking: int | None
    reputation: int | None
    avatar: str | None
    solved: DifficultyCounts
    totals: DifficultyCounts
    acceptance_rate: float | None
    submission_calendar: dict[str, int]
    languages: list[LanguageCount]
    skills: Skills
    recent_submissions: list[AcSubmission]


class UserCalendar(BaseModel):
    username: str
    year: int | None
    active_years: list[int]
    streak: int
    total_active_days: int
    submission_calendar: dict[str, int]


class ContestEntry(BaseModel):
    contest_title: str
    start_time: datetime
    rating: float
    ranking: int
    problems_solved: int
    total_problems: int
    finish_time_seconds: int
    trend_direction: str | None


class ContestProfile(BaseModel):
    """Contest standing; `rating` and the rankings are null for someone who never competed."""

    username: str
    rating: float | None
    global_ranking: int | None
    total_participants: int | None
    top_percentage: float | None
    attended_count: int
    badge: str | None
    history: list[ContestEntry]


class CacheStats(BaseModel):
    backend: str
    healthy: bool
    size: int
    hits: int
    misses: int
    stale: int
    errors: int
    coalesced: int
    upstream_requests: int
