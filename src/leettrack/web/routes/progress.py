"""Progress: problems solved by difficulty and by topic, the 365-day activity heatmap, the
review forecast, and the exercise statistics, each picture with its figures as text."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import Response

from leettrack.core.deps import SessionDep
from leettrack.db import utcnow
from leettrack.exercises.progress import ProgressService as ExerciseProgress
from leettrack.progress.activity import local_today, user_zone
from leettrack.progress.service import ProgressReads
from leettrack.reviews.service import ReviewService
from leettrack.web.charts import forecast_bars, heatmap
from leettrack.web.render import render
from leettrack.web.session import WebUser

router = APIRouter()

FORECAST_DAYS = 30
TOPICS_SHOWN = 12


@router.get("/progress")
async def progress_page(request: Request, session: SessionDep, user: WebUser) -> Response:
    summary = await ProgressReads(request.app.state.db, user).summary()
    exercises = await ExerciseProgress(session, user).stats()
    forecast = await ReviewService(session, user, utcnow()).forecast(FORECAST_DAYS)
    today = local_today(user_zone(user.timezone))
    activity = {date.fromisoformat(day): count for day, count in summary.activity.items()}
    return render(
        request,
        "progress.html",
        {
            "summary": summary,
            "topics": summary.by_category[:TOPICS_SHOWN],
            "exercises": exercises,
            "heatmap": heatmap(activity, today, chart_id="activity", label="Practice activity"),
            "forecast": forecast,
            "forecast_chart": forecast_bars(
                [(day.date, day.count) for day in forecast.days],
                chart_id="progress-forecast",
                overdue=forecast.overdue,
            ),
        },
    )
