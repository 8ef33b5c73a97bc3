"""LeetCode problem metadata (never problem text), seeded from the bundled catalog."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from leettrack.db import Base, utcnow


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    frontend_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    title_slug: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(String(256))
    difficulty: Mapped[str] = mapped_column(String(8), index=True)
    topic_tags: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    is_paid_only: Mapped[bool] = mapped_column(Boolean, default=False)
    ac_rate: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
