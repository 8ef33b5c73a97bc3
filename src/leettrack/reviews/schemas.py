"""Request and response bodies of the review routes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from leettrack.reviews.scheduling import Grade, parse_grade

MAX_DURATION_SECONDS = 24 * 3600


class RateRequest(BaseModel):
    """`rating` (again|hard|good|easy or 1-4) or `confidence` (confused|struggled|understood|
    confident|mastered); either field accepts either vocabulary, exactly one must be given."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"rating": "good"}, {"confidence": "mastered"}]},
    )

    rating: StrictInt | StrictStr | None = None
    confidence: StrictStr | None = None
    duration_seconds: Annotated[int, Field(ge=0, le=MAX_DURATION_SECONDS)] | None = None

    @field_validator("rating", "confidence")
    @classmethod
    def _known(cls, value: int | str | None) -> int | str | None:
        if value is not None:
            parse_grade(value)
        return value

    @model_validator(mode="after")
    def _exactly_one(self) -> RateRequest:
        if (self.rating is None) == (self.confidence is None):
            raise ValueError("give exactly one of `rating` or `confidence`")
        return self

    @property
    def grade(self) -> Grade:
        value = self.rating if self.rating is not None else self.confidence
        assert value is not None
        return parse_grade(value)


class QuestionRef(BaseModel):
    slug: str
    frontend_id: int | None
    title: str
    difficulty: str


class CardOut(BaseModel):
    question: QuestionRef
    state: str
    due: datetime
    last_review: datetime | None
    interval_days: float | None = Field(description="Days from the last review to `due`.")
    stability: float | None
    difficulty: float | None
    retrievability: float | None = Field(description="Probability of recall right now.")
    needs_rating: bool
    retired: bool


class LogOut(BaseModel):
    id: int
    rating: str
    confidence: str | None
    reviewed_at: datetime
    duration_seconds: int | None
    state_before: str
    state_after: str
    stability: float | None
    difficulty: float | None
    due: datetime
    interval_days: float
    desired_retention: float
    maximum_interval_days: int


class ReviewOut(BaseModel):
    card: CardOut
    log: LogOut


class RatingPreview(BaseModel):
    """What one rating would do to a card now: when it would next be due."""

    rating: str
    due: datetime
    interval_days: float


class CardPreview(BaseModel):
    """A card in a queue with the outcome of each of the four ratings (as Anki shows them)."""

    question: QuestionRef
    due: datetime
    needs_rating: bool
    previews: list[RatingPreview]


class NeedRatingOut(BaseModel):
    question: QuestionRef
    solved_at: datetime


class ForecastDay(BaseModel):
    date: date
    count: int


class ForecastOut(BaseModel):
    timezone: str
    overdue: int = Field(description="Reviews already due before today.")
    total: int
    days: list[ForecastDay]


class DueCounts(BaseModel):
    """Reviews due during the user's local today, overdue from earlier days, and cards waiting
    for their first rating."""

    due_today: int
    overdue: int
    need_rating: int


class ReviewCounts(BaseModel):
    today: int
    last_7_days: int
    all_time: int


class StatsOut(BaseModel):
    timezone: str
    reviews: ReviewCounts
    true_retention: float | None = Field(
        description="Share of reviews of cards in the review state not rated `again`."
    )
    average_interval_days: float | None
    due_today: int
    overdue: int
    need_rating: int
    cards: int
    retired: int
