"""A learner's submissions to the bundled problems (the problems themselves are content)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leettrack.db import Base, utcnow


class ProblemSubmission(Base):
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
