"""Review cards: creation on solve, the dashboard counts, rating with FSRS, queue and statistics."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from fsrs import Card as FsrsCard
from fsrs import Rating, State
from sqlalchemy import CursorResult, and_, case, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import ColumnElement

from leettrack.auth.models import User
from leettrack.core import metrics
from leettrack.core.errors import Conflict, NotFound
from leettrack.core.pagination import paginate
from leettrack.db import utcnow
from leettrack.leetcode.models import Question
from leettrack.reviews.calendar import day_bounds, local_date, midnight, user_zone
from leettrack.reviews.models import ReviewCard, ReviewLog
from leettrack.reviews.scheduling import (
    RATING_NAMES,
    STATE_NAMES,
    Grade,
    interval_days,
    make_scheduler,
    replay,
    review,
    to_fsrs,
)
from leettrack.reviews.schemas import (
    CardOut,
    CardPreview,
    DueCounts,
    ForecastDay,
    ForecastOut,
    LogOut,
    NeedRatingOut,
    QuestionRef,
    RatingPreview,
    ReviewCounts,
    ReviewOut,
    StatsOut,
)
from leettrack.reviews.sql import QUARTER_HOUR, epoch_seconds, quarter_hour

logger = logging.getLogger(__name__)

NEW_CARD_STATE = int(State.Learning)  # a card nobody has rated yet
MAX_RATE_ATTEMPTS = 8


async def on_question_solved(
    session: AsyncSession, *, user_id: int, question_id: int, solved_at: datetime
) -> None:
    """Create the user's card for a question, waiting for its first rating and due at once.

    Idempotent (an existing card, even a retired one, is left as it is) and safe against a
    concurrent solve of the same question. Runs inside the caller's transaction: no commit.
    """
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    statement = (
        insert(ReviewCard)
        .values(
            user_id=user_id,
            question_id=question_id,
            state=NEW_CARD_STATE,
            step=0,
            due=solved_at,
            needs_rating=True,
            retired=False,
            version=1,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["user_id", "question_id"])
    )
    await session.execute(statement)


def _active(user_id: int) -> ColumnElement[bool]:
    return and_(ReviewCard.user_id == user_id, ReviewCard.retired.is_(False))


async def dashboard_counts(
    session: AsyncSession, user: User, *, now: datetime | None = None
) -> DueCounts:
    """Reviews due during the user's local today, overdue from earlier days, and cards
    waiting for their first rating. One aggregate query."""
    now = now or utcnow()
    start, end = day_bounds(now, user_zone(user.timezone))
    scheduled = ReviewCard.needs_rating.is_(False)
    row = (
        await session.execute(
            select(
                func.count().filter(scheduled, ReviewCard.due >= start, ReviewCard.due < end),
                func.count().filter(scheduled, ReviewCard.due < start),
                func.count().filter(ReviewCard.needs_rating.is_(True)),
            ).where(
                _active(user.id),
                or_(ReviewCard.needs_rating.is_(True), ReviewCard.due < end),
            )
        )
    ).one()
    return DueCounts(due_today=row[0], overdue=row[1], need_rating=row[2])


def _question_ref(question: Question) -> QuestionRef:
    return QuestionRef(
        slug=question.title_slug,
        frontend_id=question.frontend_id,
        title=question.title,
        difficulty=question.difficulty,
    )


def _log_out(log: ReviewLog) -> LogOut:
    return LogOut(
        id=log.id,
        rating=RATING_NAMES[Rating(log.rating)],
        confidence=log.confidence,
        reviewed_at=log.reviewed_at,
        duration_seconds=log.duration_seconds,
        state_before=STATE_NAMES[State(log.state_before)],
        state_after=STATE_NAMES[State(log.state_after)],
        stability=log.stability,
        difficulty=log.difficulty,
        due=log.due,
        interval_days=log.interval_days,
        desired_retention=log.desired_retention,
        maximum_interval_days=log.maximum_interval_days,
    )


class ReviewService:
    """One user's reviews at one instant: `now` comes from the caller, so tests freeze it."""

    def __init__(self, session: AsyncSession, user: User, now: datetime) -> None:
        self.session = session
        self.user = user
        self.user_id = user.id  # read once: a retried rating rolls back and expires `user`
        self.now = now
        self.zone = user_zone(user.timezone)
        self.scheduler = make_scheduler(user.desired_retention, user.maximum_interval_days)

    def _card_out(
        self, question: Question, card: FsrsCard, *, needs_rating: bool, retired: bool
    ) -> CardOut:
        reviewed = card.last_review is not None
        return CardOut(
            question=_question_ref(question),
            state=STATE_NAMES[card.state],
            due=card.due,
            last_review=card.last_review,
            interval_days=interval_days(card.due, card.last_review),
            stability=card.stability,
            difficulty=card.difficulty,
            retrievability=(
                self.scheduler.get_card_retrievability(card, current_datetime=self.now)
                if reviewed
                else None
            ),
            needs_rating=needs_rating,
            retired=retired,
        )

    def _row_out(self, card: ReviewCard, question: Question) -> CardOut:
        return self._card_out(
            question, to_fsrs(card), needs_rating=card.needs_rating, retired=card.retired
        )

    async def _card(self, slug: str) -> tuple[ReviewCard, Question]:
        row = (
            await self.session.execute(
                select(ReviewCard, Question)
                .join(Question, Question.id == ReviewCard.question_id)
                .where(ReviewCard.user_id == self.user_id, Question.title_slug == slug)
                .execution_options(populate_existing=True)
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"You have no review card for {slug!r}", details={"slug": slug})
        return row[0], row[1]

    # --- rating ---

    async def rate(self, slug: str, grade: Grade, duration_seconds: int | None) -> ReviewOut:
        """Review the card with FSRS and log it. The write is a compare-and-set on `version`:
        a rating that loses a race re-reads the card and is applied on top of the winner, never
        dated before the review it follows, so the log's order is the order of application."""
        for _attempt in range(MAX_RATE_ATTEMPTS):
            card, question = await self._card(slug)
            at = max(self.now, card.last_review) if card.last_review else self.now
            after = review(self.scheduler, to_fsrs(card), grade.rating, at)
            written = await self.session.execute(
                update(ReviewCard)
                .where(ReviewCard.id == card.id, ReviewCard.version == card.version)
                .values(
                    state=int(after.state),
                    step=after.step,
                    stability=after.stability,
                    difficulty=after.difficulty,
                    due=after.due,
                    last_review=after.last_review,
                    needs_rating=False,
                    retired=grade.retire,
                    version=card.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if cast(CursorResult[Any], written).rowcount != 1:
                logger.info("card %s changed while being rated; retrying", card.id)
                await self.session.rollback()
                continue
            log = ReviewLog(
                card_id=card.id,
                user_id=self.user_id,
                rating=int(grade.rating),
                confidence=grade.confidence,
                reviewed_at=at,
                duration_seconds=duration_seconds,
                state_before=card.state,
                state_after=int(after.state),
                stability=after.stability,
                difficulty=after.difficulty,
                due=after.due,
                interval_days=(after.due - at).total_seconds() / 86400,
                desired_retention=self.scheduler.desired_retention,
                maximum_interval_days=self.scheduler.maximum_interval,
            )
            self.session.add(log)
            await self.session.commit()
            metrics.REVIEWS.inc()
            return ReviewOut(
                card=self._card_out(question, after, needs_rating=False, retired=grade.retire),
                log=_log_out(log),
            )
        raise Conflict("The card is being rated elsewhere; try again")

    async def review_if_due(self, question_id: int) -> bool:
        """A solution accepted here is a review of the question's card when that card is due
        (and rated, and not retired): rated `good`. True when it was reviewed."""
        slug = await self.session.scalar(
            select(Question.title_slug)
            .join(ReviewCard, ReviewCard.question_id == Question.id)
            .where(
                ReviewCard.user_id == self.user_id,
                ReviewCard.question_id == question_id,
                ReviewCard.due <= self.now,
                ReviewCard.needs_rating.is_(False),
                ReviewCard.retired.is_(False),
            )
        )
        if slug is None:
            return False
        await self.rate(slug, Grade(Rating.Good), None)
        return True

    # --- queues ---

    async def due(self, *, limit: int, offset: int) -> tuple[list[CardOut], int]:
        """Cards due now, most overdue first. Filtering, ordering and paging run in SQL on
        the (user_id, due) index; retrievability is computed for the returned page only."""
        where = (
            _active(self.user_id),
            ReviewCard.needs_rating.is_(False),
            ReviewCard.due <= self.now,
        )
        rows, total = await paginate(
            self.session,
            select(ReviewCard, Question)
            .join(Question, Question.id == ReviewCard.question_id)
            .where(*where)
            .order_by(ReviewCard.due, ReviewCard.id),
            limit=limit,
            offset=offset,
        )
        return [self._row_out(card, question) for card, question in rows], total

    def preview(self, card: ReviewCard) -> list[RatingPreview]:
        """The due date and interval each rating would give the card if rated now, computed
        exactly as `rate` would (same scheduler, same review instant), without writing."""
        at = max(self.now, card.last_review) if card.last_review else self.now
        outcomes = []
        for rating, name in RATING_NAMES.items():
            after = review(self.scheduler, to_fsrs(card), rating, at)
            days = (after.due - at).total_seconds() / 86400
            outcomes.append(RatingPreview(rating=name, due=after.due, interval_days=days))
        return outcomes

    async def queue_previews(
        self, *, needs_rating: bool, limit: int
    ) -> tuple[list[CardPreview], int]:
        """The due queue (or the cards waiting for a first rating), oldest first, each with
        its four rating previews."""
        where = [_active(self.user_id), ReviewCard.needs_rating.is_(needs_rating)]
        if not needs_rating:
            where.append(ReviewCard.due <= self.now)
        total = await self.session.scalar(select(func.count()).where(*where))
        rows = await self.session.execute(
            select(ReviewCard, Question)
            .join(Question, Question.id == ReviewCard.question_id)
            .where(*where)
            .order_by(ReviewCard.due, ReviewCard.id)
            .limit(limit)
        )
        items = [
            CardPreview(
                question=_question_ref(question),
                due=card.due,
                needs_rating=card.needs_rating,
                previews=self.preview(card),
            )
            for card, question in rows
        ]
        return items, total or 0

    async def need_rating(self, *, limit: int, offset: int) -> tuple[list[NeedRatingOut], int]:
        where = (_active(self.user_id), ReviewCard.needs_rating.is_(True))
        rows, total = await paginate(
            self.session,
            select(ReviewCard.due, Question)
            .join(Question, Question.id == ReviewCard.question_id)
            .where(*where)
            .order_by(ReviewCard.due, ReviewCard.id),
            limit=limit,
            offset=offset,
        )
        items = [
            NeedRatingOut(question=_question_ref(question), solved_at=solved_at)
            for solved_at, question in rows
        ]
        return items, total

    async def history(self, slug: str, *, limit: int, offset: int) -> tuple[list[LogOut], int]:
        card, _question = await self._card(slug)
        rows, total = await paginate(
            self.session,
            select(ReviewLog).where(ReviewLog.card_id == card.id).order_by(ReviewLog.id),
            limit=limit,
            offset=offset,
        )
        return [_log_out(log) for (log,) in rows], total

    async def replayed(self, slug: str) -> tuple[ReviewCard, FsrsCard]:
        """The stored card and the same card rebuilt from nothing but its review log."""
        card, _question = await self._card(slug)
        logs = await self.session.scalars(select(ReviewLog).where(ReviewLog.card_id == card.id))
        # With no review yet the card is as solved; otherwise its log alone decides the state.
        return card, replay(card.id, card.due, logs)

    # --- outlook ---

    async def forecast(self, days: int) -> ForecastOut:
        """Reviews falling due on each of the next `days` local days (today first). Cards are
        counted per 15-minute UTC slot in SQL; slots are then assigned to local dates."""
        today = local_date(self.now, self.zone)
        start = midnight(today, self.zone)
        end = midnight(today + timedelta(days=days), self.zone)
        slots = (
            select(
                case((ReviewCard.due < start, -1), else_=quarter_hour(ReviewCard.due)).label("slot")
            )
            .where(_active(self.user_id), ReviewCard.needs_rating.is_(False), ReviewCard.due < end)
            .subquery()
        )
        rows = await self.session.execute(select(slots.c.slot, func.count()).group_by(slots.c.slot))
        counts = [0] * days
        overdue = 0
        for slot, count in rows:
            if slot < 0:
                overdue += count
                continue
            day = local_date(datetime.fromtimestamp(slot * QUARTER_HOUR, UTC), self.zone)
            counts[(day - today).days] += count
        return ForecastOut(
            timezone=self.zone.key,
            overdue=overdue,
            total=overdue + sum(counts),
            days=[
                ForecastDay(date=today + timedelta(days=offset), count=count)
                for offset, count in enumerate(counts)
            ],
        )

    async def stats(self) -> StatsOut:
        today = local_date(self.now, self.zone)
        start_today = midnight(today, self.zone)
        week_start = midnight(today - timedelta(days=6), self.zone)
        on_review = ReviewLog.state_before == int(State.Review)
        logs = (
            await self.session.execute(
                select(
                    func.count().filter(ReviewLog.reviewed_at >= start_today),
                    func.count().filter(ReviewLog.reviewed_at >= week_start),
                    func.count(),
                    func.count().filter(on_review),
                    func.count().filter(on_review, ReviewLog.rating != int(Rating.Again)),
                ).where(ReviewLog.user_id == self.user_id)
            )
        ).one()
        scheduled = and_(ReviewCard.needs_rating.is_(False), ReviewCard.retired.is_(False))
        interval_seconds = epoch_seconds(ReviewCard.due) - epoch_seconds(ReviewCard.last_review)
        cards = (
            await self.session.execute(
                select(
                    func.count(),
                    func.count().filter(ReviewCard.retired.is_(True)),
                    func.avg(case((scheduled, interval_seconds))),
                ).where(ReviewCard.user_id == self.user_id)
            )
        ).one()
        counts = await dashboard_counts(self.session, self.user, now=self.now)
        return StatsOut(
            timezone=self.zone.key,
            reviews=ReviewCounts(today=logs[0], last_7_days=logs[1], all_time=logs[2]),
            true_retention=logs[4] / logs[3] if logs[3] else None,
            average_interval_days=float(cards[2]) / 86400 if cards[2] is not None else None,
            cards=cards[0],
            retired=cards[1],
            **counts.model_dump(),
        )
