"""FSRS through the `fsrs` package: grades, the per-user scheduler, and replaying a card's log.

A LeetCode problem is re-attempted on a later day, never minutes later, so the scheduler runs
without (re)learning steps: every rating schedules whole days. Fuzzing is off, which makes a
card's schedule a pure function of its log (ratings, times and the settings recorded with each
review) and lets `replay` reproduce the stored card exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from fsrs import Card, Rating, Scheduler, State

STATE_NAMES = {state: state.name.lower() for state in State}
RATING_NAMES = {
    Rating.Again: "again",
    Rating.Hard: "hard",
    Rating.Good: "good",
    Rating.Easy: "easy",
}


@dataclass(frozen=True)
class Grade:
    """A parsed rating: the FSRS rating, the confidence label it came from, and whether the
    card leaves the queue afterwards (`mastered`)."""

    rating: Rating
    confidence: str | None = None
    retire: bool = False


CONFIDENCE_LABELS = {
    "confused": Grade(Rating.Again, "confused"),
    "struggled": Grade(Rating.Hard, "struggled"),
    "understood": Grade(Rating.Good, "understood"),
    "confident": Grade(Rating.Easy, "confident"),
    "mastered": Grade(Rating.Easy, "mastered", retire=True),
}
GRADES: dict[str, Grade] = (
    {name: Grade(rating) for rating, name in RATING_NAMES.items()}
    | {str(int(rating)): Grade(rating) for rating in Rating}
    | CONFIDENCE_LABELS
)
ACCEPTED = tuple(GRADES)


def parse_grade(value: str | int) -> Grade:
    """`again|hard|good|easy`, 1-4, or a confidence label; ValueError for anything else."""
    grade = GRADES.get(str(value).strip().lower())
    if grade is None:
        raise ValueError(f"unknown rating {value!r}; use one of {', '.join(ACCEPTED)}")
    return grade


def make_scheduler(desired_retention: float, maximum_interval_days: int) -> Scheduler:
    return Scheduler(
        desired_retention=desired_retention,
        maximum_interval=maximum_interval_days,
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )


class CardState(Protocol):
    """What a stored card holds of FSRS state (`ReviewCard` rows satisfy it)."""

    id: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None


class LoggedReview(Protocol):
    """What replay needs of a log entry (`ReviewLog` rows satisfy it)."""

    id: int
    rating: int
    reviewed_at: datetime
    desired_retention: float
    maximum_interval_days: int


def to_fsrs(card: CardState) -> Card:
    return Card(
        card_id=card.id,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due.astimezone(UTC),
        last_review=card.last_review.astimezone(UTC) if card.last_review else None,
    )


def review(scheduler: Scheduler, card: Card, rating: Rating, at: datetime) -> Card:
    reviewed, _log = scheduler.review_card(card, rating, review_datetime=at.astimezone(UTC))
    return reviewed


def replay(card_id: int, first_due: datetime, logs: Iterable[LoggedReview]) -> Card:
    """Rebuild a card from nothing but its log: the reviews in the order they were applied
    (log id), each under the settings it recorded."""
    card = Card(card_id=card_id, due=first_due.astimezone(UTC))
    for entry in sorted(logs, key=lambda log: log.id):
        scheduler = make_scheduler(entry.desired_retention, entry.maximum_interval_days)
        card = review(scheduler, card, Rating(entry.rating), entry.reviewed_at)
    return card


def interval_days(due: datetime, since: datetime | None) -> float | None:
    return None if since is None else (due - since).total_seconds() / 86400
