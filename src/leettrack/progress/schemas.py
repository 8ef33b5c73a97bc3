"""Request and response bodies of the user's progress routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from leettrack.paths.schemas import (
    CategoryProgress,
    Difficulty,
    Progress,
    TopicTag,
)
from leettrack.reviews.schemas import DueCounts
from leettrack.tracking.status import QuestionStatus


class NotesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    notes: Annotated[str, Field(max_length=5000)] | None = Field(
        description="replaces the notes (null clears them); status and attempts stay as they are"
    )


class QuestionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: QuestionStatus = Field(
        description="`attempted` and `solved` each count an attempt; the first `solved` sets "
        "`first_solved_at`"
    )
    time_spent_seconds: Annotated[int, Field(ge=0, le=86_400)] | None = Field(
        default=None, description="time spent on this attempt; added to the total"
    )
    notes: Annotated[str, Field(max_length=5000)] | None = Field(
        default=None, description="replaces the notes when present (null clears them)"
    )


class TrackedQuestion(BaseModel):
    title_slug: str
    title: str
    difficulty: Difficulty
    frontend_id: int | None
    topic_tags: list[TopicTag]
    status: QuestionStatus
    attempts: int
    time_spent_seconds: int
    first_solved_at: datetime | None
    verified_at: datetime | None = Field(
        default=None,
        description="when a solution was first accepted by the problem's tests in LeetTrack; "
        "null for solves that were only reported",
    )
    last_attempted_at: datetime | None
    notes: str | None
    updated_at: datetime


class QuestionProgress(TrackedQuestion):
    newly_solved: bool = Field(description="this update solved the question for the first time")


class EnrolledPath(Progress):
    path_id: int
    slug: str
    name: str
    source: str
    enrolled_at: datetime
    by_category: list[CategoryProgress]


class SolvedCounts(BaseModel):
    total: int
    easy: int
    medium: int
    hard: int


class TopicProgress(BaseModel):
    category: str = Field(description="a LeetCode topic tag")
    solved: int
    attempted: int


class PathProgress(Progress):
    path_id: int
    slug: str
    name: str


class Streak(BaseModel):
    current: int = Field(description="consecutive active days ending today (or yesterday)")
    longest: int


class ProgressSummary(BaseModel):
    timezone: str = Field(description="the user's timezone, which days are counted in")
    solved: SolvedCounts
    attempted: int = Field(description="questions attempted and not (yet) solved")
    by_category: list[TopicProgress]
    by_path: list[PathProgress] = Field(description="the enrolled paths")
    streak: Streak
    activity: dict[str, int] = Field(
        description="attempted/solved events per local day over the last 365 days; days "
        "without activity are left out"
    )


class NextQuestion(BaseModel):
    position: int
    category: str | None
    title_slug: str
    title: str
    difficulty: Difficulty
    frontend_id: int | None


class ActivePath(PathProgress):
    next_question: NextQuestion | None = Field(description="the first unsolved question")


class Dashboard(BaseModel):
    reviews: DueCounts
    active_paths: list[ActivePath]
    streak: Streak
    activity_today: int


class SyncResult(BaseModel):
    leetcode_username: str
    fetched: int = Field(description="recent accepted submissions LeetCode returned")
    imported: int = Field(description="submissions recorded by this sync")
    already_imported: int
    newly_solved: list[str] = Field(description="slugs solved for the first time")
    unknown: list[str] = Field(description="slugs not in the catalog, skipped")
