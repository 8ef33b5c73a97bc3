"""Which signed-in sessions this process may trust without asking the database.

Every signed-in request used to pay a round trip to check that its session had not been signed
out. On PostgreSQL each process now keeps the sessions it has checked (with a copy of their
user), and every sign-out, password change and account change is announced on a channel
(`leettrack_auth`) by the transaction that makes it, through the process's change feed
(`leettrack.core.changes`: LISTEN/NOTIFY, delivered at commit to every process).

Bounded staleness, as the feed states it: a cached session is trusted only while the feed is
known to work (a heartbeat answered in the last `STALENESS_SECONDS`); when it is down the cache
is emptied and every request queries the database again until it is back. A sign-out on any
replica is therefore refused everywhere as soon as its announcement arrives (milliseconds), and
never later than `STALENESS_SECONDS` after it if the feed fails silently. A change made without
an announcement (a direct SQL edit) shows within `ENTRY_TTL_SECONDS`. SQLite has no channel:
each request queries, as before.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached

from leettrack.auth.models import User
from leettrack.core.changes import ChangeFeed, announce, announced_user

CHANNEL = "leettrack_auth"
ENTRY_TTL_SECONDS = 60.0
MAX_ENTRIES = 50_000


async def announce_user_change(session: AsyncSession, user_ids: Iterable[int]) -> None:
    """Tell every process, when `session` commits, to forget the cached sessions of these users:
    this process at once (so that its next request reads the change), the others through the
    channel. A no-op outside PostgreSQL (where nothing is cached)."""
    await announce(session, CHANNEL, (str(user_id) for user_id in user_ids))


@dataclass(slots=True)
class _Entry:
    user: User  # detached, never mutated; merged into each request's session
    expires_at: float


def snapshot(user: User) -> User:
    """A detached copy of `user`'s columns, safe to share between requests."""
    copy = User(**{attr.key: getattr(user, attr.key) for attr in User.__mapper__.column_attrs})
    make_transient_to_detached(copy)
    return copy


class SessionCache:
    """Per process: session id -> the user it belongs to, trusted while the feed is up."""

    def __init__(self, feed: ChangeFeed) -> None:
        self.feed = feed
        self._entries: dict[str, _Entry] = {}
        # Bumped by every announcement: a lookup that started before one may not be cached.
        self.generation = 0
        feed.subscribe(CHANNEL, self._changed, self._forget_all)

    @property
    def trusted(self) -> bool:
        return self.feed.trusted

    def get(self, session_id: str, user_id: int) -> User | None:
        if not self._entries or not self.trusted:
            return None
        entry = self._entries.get(session_id)
        if entry is None or entry.user.id != user_id:
            return None
        if entry.expires_at <= time.monotonic():
            del self._entries[session_id]
            return None
        return entry.user

    def put(self, session_id: str, user: User, generation: int) -> None:
        """Remember a session found valid by a query that started at `generation`."""
        if generation != self.generation or not self.trusted:
            return  # an announcement (or an outage) may have come in since the query
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[session_id] = _Entry(snapshot(user), time.monotonic() + ENTRY_TTL_SECONDS)

    def forget_users(self, user_ids: set[int]) -> None:
        self.generation += 1
        for session_id in [s for s, e in self._entries.items() if e.user.id in user_ids]:
            del self._entries[session_id]

    def _changed(self, payload: str) -> None:
        user_id = announced_user(payload)
        if user_id is None:
            self._forget_all()
        else:
            self.forget_users({user_id})

    def _forget_all(self) -> None:
        self.generation += 1
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)

    async def health_check(self) -> dict[str, Any]:
        if self.trusted:
            return {"status": "ok", "detail": f"sign-outs pushed; {len(self)} sessions cached"}
        return {
            "status": "degraded",
            "detail": "sign-out channel down; sessions checked per request",
        }
