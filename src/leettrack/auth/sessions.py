"""Which signed-in sessions this process may trust without asking the database.

Every signed-in request used to pay a round trip to check that its session had not been signed
out. On PostgreSQL each process now keeps the sessions it has checked (with a copy of their
user) and listens on a channel (`LISTEN leettrack_auth`) on which every sign-out, password
change and account change is announced by the transaction that makes it (`pg_notify` is
delivered at commit, to every listening process, so a rolled-back change announces nothing).

Bounded staleness: a cached session is trusted only while the channel is known to work, i.e.
while the listening connection answered a heartbeat in the last `STALENESS_SECONDS`. When the
channel is down (the connection broke, PostgreSQL restarted, a heartbeat timed out) the cache
is emptied and every request queries the database again, exactly as without the cache, until
the channel is back. A sign-out on any replica is therefore refused everywhere as soon as its
notification arrives (milliseconds), and never later than `STALENESS_SECONDS` after it if the
channel fails silently. A change made without an announcement (a direct SQL edit) shows within
`ENTRY_TTL_SECONDS`. SQLite has no channel: each request queries, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, make_transient_to_detached

from leettrack.auth.models import User
from leettrack.settings import Settings

logger = logging.getLogger(__name__)

CHANNEL = "leettrack_auth"
HEARTBEAT_SECONDS = 0.5
STALENESS_SECONDS = 2.0
ENTRY_TTL_SECONDS = 60.0
RECONNECT_SECONDS = 1.0
MAX_ENTRIES = 50_000
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


_FORGET_ON_COMMIT = "leettrack.auth.forget_users"
_LOCAL_CACHES: weakref.WeakSet[SessionCache] = weakref.WeakSet()


async def announce_user_change(session: AsyncSession, user_ids: Iterable[int]) -> None:
    """Tell every process, when `session` commits, to forget the cached sessions of these users:
    this process at once (so that its next request reads the change), the others through the
    channel. A no-op outside PostgreSQL (where nothing is cached)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    users = set(user_ids)
    session.sync_session.info.setdefault(_FORGET_ON_COMMIT, set()).update(users)
    for user_id in users:
        await session.execute(_NOTIFY, {"channel": CHANNEL, "payload": str(user_id)})


@event.listens_for(Session, "after_commit")
def _forget_committed(session: Session) -> None:
    users = session.info.pop(_FORGET_ON_COMMIT, None)
    if users:
        for cache in list(_LOCAL_CACHES):
            cache.forget_users(users)


@event.listens_for(Session, "after_rollback")
def _nothing_to_forget(session: Session) -> None:
    session.info.pop(_FORGET_ON_COMMIT, None)


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
    """Per process: session id -> the user it belongs to, trusted while the channel is up."""

    def __init__(self, dsn: str | None) -> None:
        self.dsn = dsn
        self._entries: dict[str, _Entry] = {}
        self._last_heartbeat = float("-inf")
        # Bumped by every announcement: a lookup that started before one may not be cached.
        self.generation = 0
        self._task: asyncio.Task[None] | None = None
        self._first_attempt = asyncio.Event()

    @classmethod
    def for_settings(cls, settings: Settings) -> SessionCache:
        """Listening on the application's PostgreSQL database; on SQLite, never trusted."""
        url = settings.async_database_url
        return cls(url.replace("+asyncpg", "", 1) if url.startswith("postgresql") else None)

    @property
    def trusted(self) -> bool:
        return time.monotonic() - self._last_heartbeat < STALENESS_SECONDS

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

    # --- the channel -----------------------------------------------------------------------

    async def start(self) -> None:
        """Listen in the background; returns once the first attempt to connect has ended."""
        if self.dsn is None or self._task is not None:
            return
        self._first_attempt = asyncio.Event()
        _LOCAL_CACHES.add(self)
        self._task = asyncio.create_task(self._listen_forever(self.dsn))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._first_attempt.wait(), STALENESS_SECONDS)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def _on_channel_lost(self, _conn: object) -> None:
        self._last_heartbeat = float("-inf")  # trust nothing until the channel is back

    def _on_notification(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        try:
            self.forget_users({int(payload)})
        except ValueError:
            self._forget_all()

    async def _listen_forever(self, dsn: str) -> None:
        while True:
            try:
                await self._listen(dsn)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                logger.warning("sign-out channel down, checking sessions per request: %s", exc)
            self._first_attempt.set()
            self._last_heartbeat = float("-inf")
            self._forget_all()
            await asyncio.sleep(RECONNECT_SECONDS)

    async def _listen(self, dsn: str) -> None:
        connection = await asyncpg.connect(
            dsn, timeout=STALENESS_SECONDS, server_settings={"application_name": CHANNEL}
        )
        connection.add_termination_listener(self._on_channel_lost)
        try:
            await connection.add_listener(CHANNEL, self._on_notification)
            # Whatever was cached before this connection listened may have missed a notice.
            self._forget_all()
            while True:
                await connection.fetchval("SELECT 1", timeout=STALENESS_SECONDS / 2)
                self._last_heartbeat = time.monotonic()
                self._first_attempt.set()
                await asyncio.sleep(HEARTBEAT_SECONDS)
        finally:
            self._last_heartbeat = float("-inf")
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), STALENESS_SECONDS)
