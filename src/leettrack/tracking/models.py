"""Progress per (user, question), stored once, the activity events behind streaks, and the
solutions submitted to the problems solved here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leettrack.db import Base, utcnow
from leettrack.tracking.status import TODO


class UserQuestion(Base):
    __tablename__ = "user_questions"
    __table_args__ = (
        UniqueConstraint("user_id", "question_id"),
        Index("ix_user_questions_user_status", "user_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default=TODO)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    time_spent_seconds: Mapped[int] = mapped_column(Integer, default=0)
    first_solved_at: Mapped[datetime | None]
    verified_at: Mapped[datetime | None]  # first accepted by a problem's tests here
    last_attempted_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class QuestionActivity(Base):
    """One attempted/solved event; the source of activity calendars and streaks."""

    __tablename__ = "question_activity"
    __table_args__ = (Index("ix_question_activity_user_time", "user_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProblemSubmission(Base):
    """A solution submitted to one of the bundled problems (by slug), as judged."""

    __tablename__ = "problem_submissions"
    __table_args__ = (
        Index("ix_problem_submissions_user_problem", "user_id", "slug", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(16))
    passed: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)  # drew the generated cases; replayable
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
