"""Routes under /api/v1/user/reviews: the due queue, ratings, history, forecast and stats."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from leettrack.auth.deps import CurrentUser
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, ok, page
from leettrack.core.params import Offset
from leettrack.reviews.deps import Now
from leettrack.reviews.schemas import (
    CardOut,
    ForecastOut,
    LogOut,
    NeedRatingOut,
    RateRequest,
    ReviewOut,
    StatsOut,
)
from leettrack.reviews.service import ReviewService

router = APIRouter(tags=["reviews"])

MAX_PAGE = 200
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Slug = Annotated[str, Path(min_length=1, max_length=128)]


async def get_reviews(session: SessionDep, user: CurrentUser, now: Now) -> ReviewService:
    return ReviewService(session, user, now)


Reviews = Annotated[ReviewService, Depends(get_reviews)]


@router.get("/due", summary="Cards due now")
async def due(reviews: Reviews, limit: Limit = 50, offset: Offset = 0) -> ListEnvelope[CardOut]:
    """Cards due now, most overdue first, with their current retrievability."""
    items, total = await reviews.due(limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.get(
    "/need-rating",
    summary="Solved questions waiting for a first rating",
)
async def need_rating(
    reviews: Reviews, limit: Limit = 50, offset: Offset = 0
) -> ListEnvelope[NeedRatingOut]:
    items, total = await reviews.need_rating(limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)


@router.get("/forecast", summary="Reviews due per day")
async def forecast(
    reviews: Reviews, days: Annotated[int, Query(ge=1, le=365)] = 30
) -> Envelope[ForecastOut]:
    """Reviews falling due on each of the next `days` days of the user's calendar."""
    return ok(await reviews.forecast(days))


@router.get("/stats", summary="Review statistics")
async def stats(reviews: Reviews) -> Envelope[StatsOut]:
    return ok(await reviews.stats())


@router.post("/{slug}", summary="Rate a card")
async def rate(reviews: Reviews, slug: Slug, body: RateRequest) -> Envelope[ReviewOut]:
    """Review the card for a problem: `rating` again|hard|good|easy (or 1-4), or a
    `confidence` label (`mastered` rates easy and retires the card from the queue)."""
    return ok(await reviews.rate(slug, body.grade, body.duration_seconds))


@router.get("/{slug}/history", summary="A card's review log")
async def history(
    reviews: Reviews, slug: Slug, limit: Limit = 50, offset: Offset = 0
) -> ListEnvelope[LogOut]:
    items, total = await reviews.history(slug, limit=limit, offset=offset)
    return page(items, total=total, limit=limit, offset=offset)
