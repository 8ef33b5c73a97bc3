"""Changes announced to every process of the application, so that each may keep what it read.

On PostgreSQL a transaction that changes something another process may have kept announces it
on a channel (`announce`: `pg_notify`, delivered at commit to every listening process, so a
rolled-back change announces nothing); this process applies it at once, after the commit, so
that its own next request reads the change. Each process listens with one connection of its own
(`ChangeFeed`) on the channels its keepers subscribed to, and calls them on every announcement.

Bounded staleness: what was kept is trusted only while the feed is known to work, i.e. while
its connection answered a heartbeat in the last `STALENESS_SECONDS`. When the feed is down (the
connection broke, PostgreSQL restarted, a heartbeat timed out) every keeper is reset and reads
the database again, exactly as without the feed, until it is back. A change made through the
application is therefore seen everywhere as soon as its announcement arrives (milliseconds), and
never later than `STALENESS_SECONDS` after it if the feed fails silently; a change made without
an announcement (a direct SQL edit) only within the keepers' own lifetimes. SQLite has no
channel: nothing is ever trusted, and every request reads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import asyncpg
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from leettrack.settings import Settings

logger = logging.getLogger(__name__)

APPLICATION_NAME = "leettrack_changes"  # the listening connections, as pg_stat_activity names them
HEARTBEAT_SECONDS = 0.5
STALENESS_SECONDS = 2.0
RECONNECT_SECONDS = 1.0
EVERYTHING = "*"  # the payload that makes a keeper forget all it holds
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")
_ON_COMMIT = "leettrack.changes.on_commit"
_LOCAL_FEEDS: weakref.WeakSet[ChangeFeed] = weakref.WeakSet()


async def announce(session: AsyncSession, channel: str, payloads: Iterable[str]) -> None:
    """Announce on `channel`, when `session` commits, each of `payloads` (what changed, as the
    channel's keepers read it): to this process at once, to the others through PostgreSQL.
    A no-op outside PostgreSQL (where nothing is kept)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    pending = session.sync_session.info.setdefault(_ON_COMMIT, set())
    # Not flushing here: the caller's pending changes are flushed, and refused, at its commit.
    with session.sync_session.no_autoflush:
        for payload in set(payloads):
            if (channel, payload) not in pending:
                pending.add((channel, payload))
                await session.execute(_NOTIFY, {"channel": channel, "payload": payload})


def announced_user(payload: str) -> int | None:
    """The user a per-user channel's announcement names; None for everyone (`EVERYTHING`, or
    anything else: forgetting all is the safe reading of a payload naming no user)."""
    return int(payload) if payload.isdigit() else None


@event.listens_for(Session, "after_commit")
def _deliver_committed(session: Session) -> None:
    for channel, payload in session.info.pop(_ON_COMMIT, ()):
        for feed in list(_LOCAL_FEEDS):
            feed.deliver(channel, payload)


@event.listens_for(Session, "after_rollback")
def _nothing_committed(session: Session) -> None:
    session.info.pop(_ON_COMMIT, None)


@dataclass(frozen=True, slots=True)
class _Keeper:
    changed: Callable[[str], None]  # an announcement's payload
    reset: Callable[[], None]  # forget everything: the feed (re)started or went down


class ChangeFeed:
    """Per process: one PostgreSQL connection listening on its keepers' channels."""

    def __init__(self, dsn: str | None) -> None:
        self.dsn = dsn
        self._keepers: dict[str, list[_Keeper]] = {}
        self._last_heartbeat = float("-inf")
        self._task: asyncio.Task[None] | None = None
        self._first_attempt = asyncio.Event()

    @classmethod
    def for_settings(cls, settings: Settings) -> ChangeFeed:
        """Listening on the application's PostgreSQL database; on SQLite, never trusted."""
        url = settings.async_database_url
        return cls(url.replace("+asyncpg", "", 1) if url.startswith("postgresql") else None)

    def subscribe(
        self, channel: str, changed: Callable[[str], None], reset: Callable[[], None]
    ) -> None:
        """Call `changed` with each announcement on `channel`, and `reset` whenever what was
        kept may have missed one. Subscribe before `start`."""
        self._keepers.setdefault(channel, []).append(_Keeper(changed, reset))

    @property
    def trusted(self) -> bool:
        return time.monotonic() - self._last_heartbeat < STALENESS_SECONDS

    def deliver(self, channel: str, payload: str) -> None:
        for keeper in self._keepers.get(channel, ()):
            keeper.changed(payload)

    def _reset(self) -> None:
        for keepers in self._keepers.values():
            for keeper in keepers:
                keeper.reset()

    async def start(self) -> None:
        """Listen in the background; returns once the first attempt to connect has ended."""
        if self.dsn is None or self._task is not None:
            return
        self._first_attempt = asyncio.Event()
        _LOCAL_FEEDS.add(self)
        self._task = asyncio.create_task(self._listen_forever(self.dsn))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._first_attempt.wait(), STALENESS_SECONDS)

    async def aclose(self) -> None:
        _LOCAL_FEEDS.discard(self)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def _on_channel_lost(self, _conn: object) -> None:
        self._last_heartbeat = float("-inf")  # trust nothing until the feed is back

    def _on_notification(self, _conn: object, _pid: int, channel: str, payload: str) -> None:
        self.deliver(channel, payload)

    async def _listen_forever(self, dsn: str) -> None:
        while True:
            try:
                await self._listen(dsn)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                logger.warning("change feed down, reading the database per request: %s", exc)
            self._first_attempt.set()
            self._last_heartbeat = float("-inf")
            self._reset()
            await asyncio.sleep(RECONNECT_SECONDS)

    async def _listen(self, dsn: str) -> None:
        connection = await asyncpg.connect(
            dsn, timeout=STALENESS_SECONDS, server_settings={"application_name": APPLICATION_NAME}
        )
        connection.add_termination_listener(self._on_channel_lost)
        try:
            for channel in self._keepers:
                await connection.add_listener(channel, self._on_notification)
            # Whatever was kept before this connection listened may have missed an announcement.
            self._reset()
            while True:
                await connection.fetchval("SELECT 1", timeout=STALENESS_SECONDS / 2)
                self._last_heartbeat = time.monotonic()
                self._first_attempt.set()
                await asyncio.sleep(HEARTBEAT_SECONDS)
        finally:
            self._last_heartbeat = float("-inf")
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), STALENESS_SECONDS)


class UserVersions:
    """Per process: a version of each user's data announced on `channel` (payload: a user id,
    or `EVERYTHING`), for answers kept per user. `of(user_id)` changes with every announcement
    about that user and every reset, and is None while the feed is not trusted: then the caller
    reads the version in the database instead. Take it before reading what it versions."""

    def __init__(self, feed: ChangeFeed, channel: str, max_users: int = 100_000) -> None:
        self.feed = feed
        self.max_users = max_users
        self._epoch = 0
        self._users: dict[int, int] = {}
        feed.subscribe(channel, self._changed, self._reset)

    def of(self, user_id: int) -> tuple[str, int, int] | None:
        if not self.feed.trusted:
            return None
        return ("pushed", self._epoch, self._users.get(user_id, 0))

    def of_everyone(self) -> tuple[str, int] | None:
        """The version of what no single user's announcement changes (moved by `EVERYTHING`)."""
        return ("pushed", self._epoch) if self.feed.trusted else None

    def _changed(self, payload: str) -> None:
        user_id = announced_user(payload)
        if user_id is None or len(self._users) >= self.max_users:
            self._reset()
        else:
            self._users[user_id] = self._users.get(user_id, 0) + 1

    def _reset(self) -> None:
        self._epoch += 1
        self._users.clear()
