"""Today, the home page of a signed-in learner, and rating a review from it."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from leettrack.core.deps import SessionDep
from leettrack.core.errors import AppError
from leettrack.db import utcnow
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.leetcode.schemas import DailyQuestion
from leettrack.progress.service import ProgressService
from leettrack.reviews.schemas import RateRequest
from leettrack.reviews.service import ReviewService
from leettrack.web.forms import form_data, parse
from leettrack.web.humanize import in_days
from leettrack.web.render import done, render
from leettrack.web.session import WebUser, safe_next

logger = logging.getLogger(__name__)
router = APIRouter()

QUEUE_SHOWN = 20
# Today does not wait long for LeetCode: the fetch goes on in the background and fills the
# cache for the next visit, while this page says LeetCode did not answer in time.
DAILY_WAIT_SECONDS = 2.0
DAILY_MISSING = "Today's LeetCode daily question is missing: {reason}."


def _forget(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.info("daily question fetch failed: %s", task.exception())


async def daily_question(leetcode: LeetCodeClient) -> tuple[DailyQuestion | None, str | None]:
    """Today's LeetCode question, or None with the reason it is missing."""
    task = asyncio.ensure_future(leetcode.daily())
    try:
        fetched = await asyncio.wait_for(asyncio.shield(task), DAILY_WAIT_SECONDS)
    except TimeoutError:
        task.add_done_callback(_forget)
        return None, DAILY_MISSING.format(reason="LeetCode did not answer in time")
    except AppError as error:  # unreachable, rate limited, a malformed answer
        return None, DAILY_MISSING.format(reason=error.message.rstrip("."))
    return fetched.data, None


@router.get("/")
async def today(
    request: Request, user: WebUser, session: SessionDep, leetcode: LeetCodeDep
) -> Response:
    reviews = ReviewService(session, user, utcnow())
    due, due_total = await reviews.queue_previews(needs_rating=False, limit=QUEUE_SHOWN)
    waiting, waiting_total = await reviews.queue_previews(needs_rating=True, limit=QUEUE_SHOWN)
    dashboard = await ProgressService(session, user).dashboard()
    daily, daily_error = await daily_question(leetcode)
    return render(
        request,
        "today.html",
        {
            "due": due,
            "due_total": due_total,
            "waiting": waiting,
            "waiting_total": waiting_total,
            "dashboard": dashboard,
            "daily": daily,
            "daily_error": daily_error,
        },
    )


@router.post("/reviews/{slug}/rate")
async def rate(
    request: Request,
    slug: Annotated[str, Path(min_length=1, max_length=128)],
    user: WebUser,
    session: SessionDep,
) -> Response:
    """Rate a card (again/hard/good/easy) and go back to the page the form was on."""
    form = await form_data(request)
    body = parse(RateRequest, {"rating": form.get("rating", "")})
    result = await ReviewService(session, user, utcnow()).rate(slug, body.grade, None)
    days = (result.card.due - result.log.reviewed_at).total_seconds() / 86400
    message = f"Rated {result.card.question.title} {result.log.rating}: next review {in_days(days)}"
    return done(request, safe_next(form.get("next")), message, result)
