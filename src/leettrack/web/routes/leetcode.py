"""LeetCode: the learner's linked LeetCode profile (solved by difficulty, ranking, contest
rating, submission calendar) and a sync that imports their recent accepted submissions.

LeetCode is another site: when it cannot be reached the page says so (and shows an older
cached answer when there is one) instead of failing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response

from leettrack.auth.models import User
from leettrack.core.deps import SessionDep
from leettrack.core.errors import AppError
from leettrack.leetcode.client import LeetCodeClient
from leettrack.leetcode.schemas import ContestProfile, UserProfile
from leettrack.progress.sync import sync_leetcode
from leettrack.web.charts import heatmap
from leettrack.web.render import redirect, render
from leettrack.web.session import WebUser

router = APIRouter()

LEETCODE_PATH = "/leetcode"
NAMES_LISTED = 10


@dataclass(frozen=True, slots=True)
class LinkedProfile:
    profile: UserProfile
    contest: ContestProfile
    stale: bool  # served from an older cached copy because LeetCode did not answer


def _client(request: Request) -> LeetCodeClient:
    client: LeetCodeClient = request.app.state.leetcode
    return client


async def _linked_profile(client: LeetCodeClient, username: str) -> LinkedProfile:
    profile = await client.user_profile(username)
    contest = await client.user_contest(username)
    stale = "STALE" in (profile.cache, contest.cache)
    return LinkedProfile(profile.data, contest.data, stale)


async def _page(request: Request, user: User, *, error: AppError | None = None) -> Response:
    username = user.leetcode_username
    linked: LinkedProfile | None = None
    if username and error is None:
        try:
            linked = await _linked_profile(_client(request), username)
        except AppError as failure:
            error = failure
    calendar = None
    if linked is not None:
        days = {
            date.fromisoformat(day): count
            for day, count in linked.profile.submission_calendar.items()
        }
        calendar = heatmap(
            days,
            datetime.now(UTC).date(),
            chart_id="leetcode-calendar",
            label="LeetCode submissions",
            unit="submission",
        )
    return render(
        request,
        "leetcode.html",
        {"username": username, "linked": linked, "calendar": calendar, "problem": error},
        status_code=error.status_code if error else 200,
    )


@router.get(LEETCODE_PATH)
async def leetcode_page(request: Request, user: WebUser) -> Response:
    return await _page(request, user)


def describe_sync(imported: int, already: int, newly_solved: list[str], unknown: int) -> str:
    """One sentence saying what a sync brought in."""
    if not imported:
        text = "Nothing new to import"
    else:
        text = f"Imported {imported} accepted submission{'' if imported == 1 else 's'}"
    if newly_solved:
        names = ", ".join(newly_solved[:NAMES_LISTED])
        more = len(newly_solved) - NAMES_LISTED
        text += f"; newly solved: {names}" + (f" and {more} more" if more > 0 else "")
    if already:
        text += f"; {already} already imported"
    if unknown:
        text += f"; {unknown} not in the catalog, skipped"
    return text + "."


@router.post(f"{LEETCODE_PATH}/sync")
async def sync(request: Request, session: SessionDep, user: WebUser) -> Response:
    try:
        result = await sync_leetcode(session, user, _client(request))
    except AppError as error:
        return await _page(request, user, error=error)
    message = describe_sync(
        result.imported,
        result.already_imported,
        result.newly_solved,
        len(result.unknown),
    )
    return redirect(request, LEETCODE_PATH, message)
