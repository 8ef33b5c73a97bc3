"""The request bodies the LeetTrack 1.x frontend sends. Unknown fields are ignored, as the
Flask routes ignored them; every value is then checked by the native request model."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class FlaskBody(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LoginBody(FlaskBody):
    email: str
    password: str


class RegisterBody(FlaskBody):
    email: str
    password: str
    leetcode_username: str | None = None


class SettingsBody(FlaskBody):
    leetcode_username: str | None = None


class RateBody(FlaskBody):
    confidence: str | None = None
    notes: str | None = None


class PathBody(FlaskBody):
    name: str
    description: str = ""
    difficulty_level: str = "Intermediate"
    estimated_hours: float | None = None
    tags: list[str] | str | None = None
    is_public: bool = True


class PathChanges(FlaskBody):
    name: str | None = None
    description: str | None = None
    difficulty_level: str | None = None
    estimated_hours: float | None = None
    tags: list[str] | str | None = None
    is_public: bool | None = None
    is_active: bool | None = None


class AddQuestionBody(FlaskBody):
    question_title_slug: str
    sequence_number: Annotated[int, Field(ge=1, le=100_000)]
    notes: str | None = None
    estimated_minutes: int | None = None
    importance: int | None = None


class QuestionOrder(FlaskBody):
    path_question_id: int
    sequence_number: int


class ReorderBody(FlaskBody):
    question_orders: Annotated[list[QuestionOrder], Field(max_length=5000)]


class BulkCreateBody(FlaskBody):
    path_type: str
