"""Request and response bodies of the learning path routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from leettrack.leetcode.catalog import SLUG_PATTERN
from leettrack.tracking.status import QuestionStatus

Difficulty = Literal["Easy", "Medium", "Hard"]
PathLevel = Literal["beginner", "intermediate", "advanced"]
PathSource = Literal["system", "user"]

PathSlug = Annotated[
    str,
    Field(
        min_length=2,
        max_length=80,
        pattern=SLUG_PATTERN,
        examples=["my-graph-drills"],
        description="lowercase words joined by '-'; not only digits (those are ids)",
    ),
]
Tag = Annotated[str, Field(min_length=1, max_length=40, pattern=SLUG_PATTERN)]
ProblemSlug = Annotated[
    str, Field(min_length=1, max_length=120, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
]
Category = Annotated[str, Field(min_length=1, max_length=64)]
Notes = Annotated[str, Field(max_length=2000)]


class StrictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _not_numeric(slug: str | None) -> str | None:
    if slug is not None and slug.isdigit():
        raise ValueError("a path slug cannot be only digits (those address paths by id)")
    return slug


class PathCreate(StrictBody):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    slug: PathSlug | None = Field(default=None, description="derived from the name when omitted")
    description: Annotated[str, Field(max_length=5000)] = ""
    difficulty_level: PathLevel = "intermediate"
    estimated_hours: Annotated[int, Field(ge=1, le=10_000)] | None = None
    tags: Annotated[list[Tag], Field(max_length=20)] = []
    is_public: StrictBool | None = Field(
        default=None, description="private by default (system paths: public by default)"
    )

    _slug = field_validator("slug")(_not_numeric)


class PathUpdate(StrictBody):
    name: Annotated[str, Field(min_length=1, max_length=120)] | None = None
    slug: PathSlug | None = None
    description: Annotated[str, Field(max_length=5000)] | None = None
    difficulty_level: PathLevel | None = None
    estimated_hours: Annotated[int, Field(ge=1, le=10_000)] | None = None
    tags: Annotated[list[Tag], Field(max_length=20)] | None = None
    is_public: StrictBool | None = None

    _slug = field_validator("slug")(_not_numeric)


class AddQuestion(StrictBody):
    slug: ProblemSlug
    category: Category | None = None
    position: Annotated[int, Field(ge=1, description="1-based; appended when omitted")] | None = (
        None
    )
    notes: Notes | None = None


class ReorderQuestions(StrictBody):
    slugs: Annotated[
        list[ProblemSlug],
        Field(max_length=5000, description="every slug of the path, once, in the new order"),
    ]


class Progress(BaseModel):
    solved: int
    total: int
    percent: float


class CategoryProgress(Progress):
    category: str | None


class PathOut(BaseModel):
    """A path's metadata with its size, its categories in order and the caller's progress."""

    id: int
    slug: str
    name: str
    description: str
    difficulty_level: str
    estimated_hours: int | None
    tags: list[str]
    source: PathSource
    is_public: bool
    owner_id: int | None
    question_count: int
    categories: list[str]
    progress: Progress | None = Field(description="the caller's progress; null when anonymous")
    created_at: datetime
    updated_at: datetime


class TopicTag(BaseModel):
    name: str
    slug: str


class PathQuestionOut(BaseModel):
    position: int
    category: str | None
    title_slug: str
    title: str
    difficulty: Difficulty
    frontend_id: int | None
    topic_tags: list[TopicTag]
    notes: str | None
    status: QuestionStatus | None = Field(description="the caller's status; null when anonymous")


class PathDetail(PathOut):
    enrolled: bool | None = Field(description="whether the caller is enrolled; null when anonymous")
    by_category: list[CategoryProgress] | None
    questions: list[PathQuestionOut]


class PathQuestionAdded(BaseModel):
    path_id: int
    position: int
    category: str | None
    notes: str | None
    title_slug: str
    title: str
    difficulty: Difficulty
    frontend_id: int | None


class Enrolment(BaseModel):
    path_id: int
    slug: str
    enrolled_at: datetime


class ActiveUsers(BaseModel):
    total: int
    active_1d: int = Field(description="users with a progress event in the last day")
    active_7d: int
    active_30d: int
    signed_in_30d: int


class PathEnrolments(BaseModel):
    path_id: int
    slug: str
    name: str
    enrolments: int


class Enrolments(BaseModel):
    total: int
    top_paths: list[PathEnrolments]


class InstanceStats(BaseModel):
    row_counts: dict[str, int] = Field(description="rows per table")
    users: ActiveUsers
    enrolments: Enrolments
