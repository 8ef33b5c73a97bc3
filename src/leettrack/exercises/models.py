"""Exercises (loaded from bundled content), per-user progress and submissions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from leettrack.db import Base, utcnow


class Exercise(Base):
    __tablename__ = "exercises"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[str] = mapped_column(String(16), index=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    topics: Mapped[list[str]] = mapped_column(default=list)
    estimated_minutes: Mapped[int] = mapped_column(Integer, default=10)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    prerequisites: Mapped[list[str]] = mapped_column(default=list)
    objectives: Mapped[list[str]] = mapped_column(default=list)
    instructions: Mapped[str] = mapped_column(Text, default="")
    starter_code: Mapped[str] = mapped_column(Text, default="")
    solution_code: Mapped[str] = mapped_column(Text, default="")
    hints: Mapped[list[str]] = mapped_column(default=list)
    tests: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ExerciseProgress(Base):
    __tablename__ = "exercise_progress"
    __table_args__ = (UniqueConstraint("user_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    exercise_id: Mapped[str] = mapped_column(
        ForeignKey("exercises.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    completion_time: Mapped[int | None] = mapped_column(Integer)
    completed_at: Mapped[datetime | None]
    verified_at: Mapped[datetime | None]  # when a test run first passed since the last reset
    last_code: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ExerciseSubmission(Base):
    __tablename__ = "exercise_submissions"
    __table_args__ = (
        Index("ix_exercise_submissions_user_exercise", "user_id", "exercise_id", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    exercise_id: Mapped[str] = mapped_column(
        ForeignKey("exercises.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(Text)
    test_results: Mapped[dict[str, Any]] = mapped_column(default=dict)
    success: Mapped[bool] = mapped_column(Boolean)
    passed: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[int | None] = mapped_column(BigInteger)  # drew the generated cases; replayable
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
