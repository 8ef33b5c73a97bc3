"""Announcements of changes to what a user's progress views are made of (`leettrack.core.changes`):
the tracked questions and events of a user, their enrolments, and any path. Every process keeps
those views per user (`UserVersions` on `CHANNEL`) and drops them when one is announced."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.core.changes import EVERYTHING, ChangeFeed, UserVersions, announce

CHANNEL = "leettrack_progress"


async def announce_progress(session: AsyncSession, user_ids: Iterable[int]) -> None:
    """The progress or enrolments of these users change when `session` commits."""
    await announce(session, CHANNEL, (str(user_id) for user_id in user_ids))


async def announce_paths(session: AsyncSession) -> None:
    """A path (its fields, questions, order or visibility) changes when `session` commits:
    every user's views may show it."""
    await announce(session, CHANNEL, [EVERYTHING])


def progress_versions(feed: ChangeFeed) -> UserVersions:
    """A version per user of their progress views, moved by the announcements above."""
    return UserVersions(feed, CHANNEL)


def versions_of(state: Any) -> UserVersions | None:
    """This process's versions, kept on the application's `state` by its lifespan."""
    found: UserVersions | None = getattr(state, "progress_versions", None)
    return found
