"""Import the caller's recent accepted LeetCode submissions as solves.

Each accepted submission of a problem in the catalog becomes a `solved` event at the
submission's time. An event already recorded (same question, same instant) is skipped, so a
sync can be repeated without changing anything. Questions solved for the first time get a
review card waiting for its first rating.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import case, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.errors import BadRequest
from leettrack.core.sql import upsert
from leettrack.db import utcnow
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.progress.schemas import SyncResult
from leettrack.reviews import service as reviews_service
from leettrack.tracking.changes import announce_progress
from leettrack.tracking.models import QuestionActivity, UserQuestion
from leettrack.tracking.status import SOLVED


async def sync_leetcode(session: AsyncSession, user: User, leetcode: LeetCodeClient) -> SyncResult:
    username = user.leetcode_username
    if not username:
        raise BadRequest(
            'Set your LeetCode username first (PATCH /api/v1/auth/me {"leetcode_username": ...})'
        )
    # LeetCode first, outside any transaction; errors map to 404/502/503 on their own.
    submissions = (await leetcode.recent_ac_submissions(username, refresh=True)).data
    # A no-op write on the user's row serialises concurrent syncs of one user (a row lock on
    # PostgreSQL, the write lock on SQLite) before anything is read.
    await session.execute(
        update(User)
        .where(User.id == user.id)
        .values(updated_at=User.updated_at)
        .execution_options(synchronize_session=False)
    )
    slugs = {submission.title_slug for submission in submissions}
    known = dict(
        (
            await session.execute(
                select(Question.title_slug, Question.id).where(Question.title_slug.in_(slugs))
            )
        ).all()
    )
    events = {
        (known[submission.title_slug], submission.timestamp)
        for submission in submissions
        if submission.title_slug in known
    }
    recorded = await _recorded(session, user.id, events)
    fresh: dict[int, list[datetime]] = defaultdict(list)
    for question_id, at in sorted(events - recorded, key=lambda event: event[1]):
        fresh[question_id].append(at)
    newly_solved = await _import(session, user.id, fresh) if fresh else []
    if fresh:
        await announce_progress(session, [user.id])
    await session.commit()
    slug_of = {question_id: slug for slug, question_id in known.items()}
    return SyncResult(
        leetcode_username=username,
        fetched=len(submissions),
        imported=sum(len(times) for times in fresh.values()),
        already_imported=len(events & recorded),
        newly_solved=sorted(slug_of[question_id] for question_id in newly_solved),
        unknown=sorted(slugs - known.keys()),
    )


async def _recorded(
    session: AsyncSession, user_id: int, events: set[tuple[int, datetime]]
) -> set[tuple[int, datetime]]:
    if not events:
        return set()
    rows = await session.execute(
        select(QuestionActivity.question_id, QuestionActivity.occurred_at).where(
            QuestionActivity.user_id == user_id,
            QuestionActivity.kind == SOLVED,
            QuestionActivity.question_id.in_({question_id for question_id, _ in events}),
            QuestionActivity.occurred_at >= min(at for _, at in events),
        )
    )
    return {(row[0], row[1]) for row in rows} & events


async def _import(
    session: AsyncSession, user_id: int, fresh: dict[int, list[datetime]]
) -> list[int]:
    """Upsert the questions as solved and record the events; returns the questions solved for
    the first time (their review cards are opened)."""
    solved_before = set(
        await session.scalars(
            select(UserQuestion.question_id).where(
                UserQuestion.user_id == user_id,
                UserQuestion.question_id.in_(fresh),
                UserQuestion.first_solved_at.is_not(None),
            )
        )
    )
    now = utcnow()
    statement = upsert(session)(UserQuestion)
    excluded = statement.excluded
    earlier = or_(
        UserQuestion.first_solved_at.is_(None),
        UserQuestion.first_solved_at > excluded.first_solved_at,
    )
    later = or_(
        UserQuestion.last_attempted_at.is_(None),
        UserQuestion.last_attempted_at < excluded.last_attempted_at,
    )
    await session.execute(
        statement.values(
            [
                {
                    "user_id": user_id,
                    "question_id": question_id,
                    "status": SOLVED,
                    "attempts": len(times),
                    "time_spent_seconds": 0,
                    "first_solved_at": times[0],
                    "last_attempted_at": times[-1],
                    "notes": None,
                    "created_at": now,
                    "updated_at": now,
                }
                for question_id, times in fresh.items()
            ]
        ).on_conflict_do_update(
            index_elements=["user_id", "question_id"],
            set_={
                "status": SOLVED,
                "attempts": UserQuestion.attempts + excluded.attempts,
                "first_solved_at": case(
                    (earlier, excluded.first_solved_at), else_=UserQuestion.first_solved_at
                ),
                "last_attempted_at": case(
                    (later, excluded.last_attempted_at), else_=UserQuestion.last_attempted_at
                ),
                "updated_at": excluded.updated_at,
            },
        )
    )
    await session.execute(
        insert(QuestionActivity),
        [
            {"user_id": user_id, "question_id": question_id, "kind": SOLVED, "occurred_at": at}
            for question_id, times in fresh.items()
            for at in times
        ],
    )
    first_solves = [question_id for question_id in fresh if question_id not in solved_before]
    for question_id in first_solves:
        await reviews_service.on_question_solved(
            session, user_id=user_id, question_id=question_id, solved_at=fresh[question_id][0]
        )
    return first_solves
