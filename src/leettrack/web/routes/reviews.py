"""Reviews: the queue (due now, and solved problems waiting for a first rating), the 30-day
forecast, true retention and the other review statistics, and one problem's review history.
Ratings are given on Today; these pages read the review service only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from leettrack.core.deps import SessionDep
from leettrack.db import utcnow
from leettrack.leetcode.catalog import catalog_by_slug
from leettrack.reviews.service import ReviewService
from leettrack.web.charts import forecast_bars
from leettrack.web.render import render
from leettrack.web.session import WebUser

router = APIRouter()

QUEUE_SHOWN = 50
HISTORY_SHOWN = 200
FORECAST_DAYS = 30
Slug = Annotated[str, Path(min_length=1, max_length=128)]


@router.get("/reviews")
async def reviews_page(request: Request, session: SessionDep, user: WebUser) -> Response:
    reviews = ReviewService(session, user, utcnow())
    due, due_total = await reviews.due(limit=QUEUE_SHOWN, offset=0)
    waiting, waiting_total = await reviews.need_rating(limit=QUEUE_SHOWN, offset=0)
    forecast = await reviews.forecast(FORECAST_DAYS)
    chart = forecast_bars(
        [(day.date, day.count) for day in forecast.days],
        chart_id="forecast",
        overdue=forecast.overdue,
    )
    return render(
        request,
        "reviews.html",
        {
            "due": due,
            "due_total": due_total,
            "waiting": waiting,
            "waiting_total": waiting_total,
            "forecast": forecast,
            "forecast_chart": chart,
            "stats": await reviews.stats(),
        },
    )


@router.get("/reviews/{slug}")
async def review_history(
    request: Request, session: SessionDep, user: WebUser, slug: Slug
) -> Response:
    """Every rating of one problem, oldest first, with what FSRS scheduled after it."""
    logs, total = await ReviewService(session, user, utcnow()).history(
        slug, limit=HISTORY_SHOWN, offset=0
    )
    problem = catalog_by_slug().get(slug)
    return render(
        request,
        "review_history.html",
        {
            "slug": slug,
            "title": problem.title if problem else slug,
            "logs": logs,
            "total": total,
        },
    )
