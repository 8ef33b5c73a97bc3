"""The LeetTrack 1.x Flask API under /legacy, as its Next.js frontend calls it.

Each route parses the Flask body, calls the same service as the native /api/v1 route, and
answers `{"status": "success", ...}` with the 1.x fields at the top level. Refusals are the
services' own, rendered as `{"status": "error", "message": ...}` by `leettrack.compat.errors`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, status
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth import limits
from leettrack.auth.deps import AdminUser, CurrentUser, OptionalUser
from leettrack.auth.models import User
from leettrack.auth.schemas import AuthTokens, LoginRequest, RegisterRequest, UpdateMeRequest
from leettrack.auth.service import AuthService
from leettrack.compat.errors import to_native
from leettrack.compat.legacy import ids
from leettrack.compat.legacy import mapping as legacy
from leettrack.compat.legacy.schemas import (
    AddQuestionBody,
    BulkCreateBody,
    LoginBody,
    PathBody,
    PathChanges,
    RateBody,
    RegisterBody,
    ReorderBody,
    SettingsBody,
)
from leettrack.core.deps import DatabaseDep, SessionDep, SettingsDep
from leettrack.core.envelope import Envelope
from leettrack.core.errors import BadRequest, Conflict, NotFound
from leettrack.core.params import MAX_DB_INT
from leettrack.db import Database
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.leetcode.schemas import AcSubmission, DifficultyFilter
from leettrack.paths.admin_service import AdminPathService
from leettrack.paths.reader import PathContentCache, read_path
from leettrack.paths.schemas import AddQuestion, PathCreate, PathDetail, PathOut, PathUpdate
from leettrack.paths.service import PathService
from leettrack.progress.service import ProgressReads, ProgressService
from leettrack.progress.sync import sync_leetcode
from leettrack.reviews.calendar import day_bounds, user_zone
from leettrack.reviews.deps import Now
from leettrack.reviews.schemas import NeedRatingOut, RateRequest
from leettrack.reviews.service import ReviewService

LEGACY_PREFIX = "/legacy"
PAGE = 200  # the native maximum page of the review queues
PATHS_PAGE = 100  # the native maximum page of the path catalog
USERNAME_ATTEMPTS = 20

# 1.x's bulk-create kinds, as the bundled paths LeetTrack ships (restored as shipped).
BUNDLED_KINDS = {
    "topic": ("binary-search", "dynamic-programming", "graphs", "trees"),
    "pattern": ("neetcode-150", "blind-75", "sliding-window-two-pointers"),
}

router = APIRouter()
Id = Annotated[int, Path(ge=1, le=MAX_DB_INT)]


# --- accounts -----------------------------------------------------------------------------


def _signed_in(tokens: AuthTokens, message: str) -> dict[str, Any]:
    return legacy.success(
        message=message,
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        user=legacy.user(tokens.user),
    )


def _registration(body: RegisterBody, attempt: int) -> RegisterRequest:
    """The native registration, with a username derived from the email: 1.x accounts had none."""
    return to_native(
        RegisterRequest,
        {
            "username": legacy.username_from(body.email, attempt),
            "email": body.email,
            "password": body.password,
            "leetcode_username": body.leetcode_username or None,
        },
    )


async def registration(request: Request, body: RegisterBody) -> RegisterBody:
    """A registration, counted against the native sign-in budgets once it validates."""
    await limits.registration(request, _registration(body, 0))
    return body


async def login_attempt(request: Request, body: LoginBody) -> LoginRequest:
    native = to_native(LoginRequest, {"email": body.email, "password": body.password})
    return await limits.login_attempt(request, native)


@router.post("/api/v1/auth/register", status_code=status.HTTP_201_CREATED)
async def register(
    body: Annotated[RegisterBody, Depends(registration)],
    session: SessionDep,
    settings: SettingsDep,
) -> Any:
    service = AuthService(session, settings)
    for attempt in range(USERNAME_ATTEMPTS):
        try:
            tokens = await service.register(_registration(body, attempt))
        except Conflict as exc:
            if exc.details.get("field") != "username":
                raise
        else:
            return _signed_in(tokens, "User registered successfully")
    raise Conflict("Could not find a free username for this email; try another email")


@router.post("/api/v1/auth/login")
async def login(
    body: Annotated[LoginRequest, Depends(login_attempt)],
    session: SessionDep,
    settings: SettingsDep,
) -> Any:
    return _signed_in(await AuthService(session, settings).login(body), "Login successful")


@router.get("/api/v1/auth/me")
async def me(user: CurrentUser) -> Any:
    return legacy.success(user=legacy.user(user))


@router.put("/api/v1/auth/user/settings")
async def update_settings(
    body: SettingsBody, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> Any:
    changes: dict[str, Any] = {}
    if "leetcode_username" in body.model_fields_set:  # null clears it, as in 1.x
        name = body.leetcode_username
        changes["leetcode_username"] = name.strip() if name is not None else None
    updated = await AuthService(session, settings).update_me(
        user, to_native(UpdateMeRequest, changes)
    )
    return legacy.success(
        message="Settings updated successfully",
        data={"leetcode_username": updated.leetcode_username},
    )


# --- reviews ------------------------------------------------------------------------------


async def _need_rating(reviews: ReviewService) -> list[NeedRatingOut]:
    items, _total = await reviews.need_rating(limit=PAGE, offset=0)
    return items


async def _rating_items(
    session: AsyncSession, user: User, items: list[NeedRatingOut]
) -> list[dict[str, Any]]:
    refs = await ids.cards(session, user.id, (item.question.slug for item in items))
    return [legacy.rating_item(item, refs[item.question.slug]) for item in items]


@router.get("/api/v1/auth/user/questions/need-rating")
async def questions_need_rating(session: SessionDep, user: CurrentUser, now: Now) -> Any:
    items = await _need_rating(ReviewService(session, user, now))
    questions = await _rating_items(session, user, items)
    return legacy.success(
        data={"questions": questions, "confidence_levels": legacy.CONFIDENCE_LEVELS}
    )


@router.get("/api/v1/auth/user/reviews/today")
async def reviews_today(session: SessionDep, user: CurrentUser, now: Now) -> Any:
    """Cards due before the end of the user's local day, as 1.x listed "today"."""
    _start, end = day_bounds(now, user_zone(user.timezone))
    cards, _total = await ReviewService(session, user, end).due(limit=PAGE, offset=0)
    refs = await ids.cards(session, user.id, (card.question.slug for card in cards))
    reviews = [legacy.review_item(card, refs[card.question.slug]) for card in cards]
    return legacy.success(data={"reviews": reviews, "count": len(reviews)})


async def _rate(
    session: AsyncSession, user: User, now: datetime, card_id: int, body: RateBody
) -> dict[str, Any]:
    """Rate the card with the 1.x confidence label (required: FSRS schedules from a rating).
    `notes` are not kept with a rating; LeetTrack keeps notes on the question."""
    slug = await ids.card_slug(session, user.id, card_id)
    request = to_native(RateRequest, {"confidence": body.confidence})
    review = await ReviewService(session, user, now).rate(slug, request.grade, None)
    return legacy.rated(review, str(body.confidence))


@router.post("/api/v1/auth/user/questions/{user_question_id}/rate")
async def rate(
    user_question_id: Id, body: RateBody, session: SessionDep, user: CurrentUser, now: Now
) -> Any:
    data = await _rate(session, user, now, user_question_id, body)
    return legacy.success(message="Question rated successfully", data=data)


@router.post("/api/v1/auth/user/questions/{user_question_id}/complete-review")
async def complete_review(
    user_question_id: Id,
    session: SessionDep,
    user: CurrentUser,
    now: Now,
    body: RateBody | None = None,
) -> Any:
    data = await _rate(session, user, now, user_question_id, body or RateBody())
    return legacy.success(message="Review completed successfully", data=data)


@router.get("/api/v1/auth/user/dashboard/summary")
async def dashboard_summary(session: SessionDep, user: CurrentUser) -> Any:
    """`new_questions_available`: the followed paths that still have an unsolved question
    (each offers its next one)."""
    dashboard = await ProgressService(session, user).dashboard()
    reviews = dashboard.reviews
    paths = list(dashboard.active_paths)
    return legacy.success(
        data={
            "questions_needing_rating": reviews.need_rating,
            "reviews_due_today": reviews.due_today + reviews.overdue,
            "new_questions_available": sum(1 for path in paths if path.next_question is not None),
            "active_learning_paths": len(paths),
        }
    )


@router.get("/api/v1/auth/user/recent-submissions/need-rating")
async def recent_submissions_need_rating(
    session: SessionDep, user: CurrentUser, leetcode: LeetCodeDep, now: Now
) -> Any:
    """Import the recent accepted LeetCode submissions (the native sync), then list those
    whose problem waits for a first rating, newest first."""
    await sync_leetcode(session, user, leetcode)
    username = str(user.leetcode_username)
    submissions = (await leetcode.recent_ac_submissions(username)).data
    waiting = {
        item.question.slug: item for item in await _need_rating(ReviewService(session, user, now))
    }
    latest: dict[str, AcSubmission] = {}
    for submission in sorted(submissions, key=lambda s: s.timestamp, reverse=True):
        if submission.title_slug in waiting:
            latest.setdefault(submission.title_slug, submission)
    refs = await ids.cards(session, user.id, latest)
    items = [
        legacy.submission_item(waiting[slug], submission, refs[slug], slug)
        for slug, submission in latest.items()
    ]
    return legacy.success(
        data={
            "submissions": items,
            "count": len(items),
            "confidence_levels": legacy.CONFIDENCE_LEVELS,
        }
    )


# --- LeetCode -----------------------------------------------------------------------------


@router.get("/api/v1/leetcode/daily")
async def leetcode_daily(leetcode: LeetCodeDep) -> Any:
    return legacy.daily((await leetcode.daily()).data)


@router.get("/api/v1/leetcode/problems")
async def leetcode_problems(
    leetcode: LeetCodeDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    skip: Annotated[int, Query(ge=0, le=100_000)] = 0,
    tags: Annotated[str | None, Query(max_length=500)] = None,
    difficulty: Annotated[str | None, Query(max_length=10)] = None,
) -> Any:
    level = to_native(_Difficulty, {"difficulty": difficulty.lower() if difficulty else None})
    page = await leetcode.list_problems(
        difficulty=level.difficulty,
        tags=[tag.strip() for tag in (tags or "").split(",") if tag.strip()],
        limit=limit,
        offset=skip,
    )
    return legacy.problems(page.data)


class _Difficulty(BaseModel):
    difficulty: DifficultyFilter | None


@router.get("/api/v1/leetcode/problem/{title_slug}")
async def leetcode_problem(
    title_slug: Annotated[str, Path(max_length=120)], leetcode: LeetCodeDep
) -> Any:
    return legacy.problem((await leetcode.get_problem(title_slug)).data)


@router.get("/api/v1/leetcode/profile/stats")
async def leetcode_profile_stats(
    session: SessionDep, database: DatabaseDep, user: CurrentUser, leetcode: LeetCodeDep
) -> Any:
    if not user.leetcode_username:
        raise BadRequest("No LeetCode username associated with this account")
    profile = (await leetcode.user_profile(user.leetcode_username)).data
    progress = ProgressService(session, user)
    _items, tracked = await progress.list_questions(
        status=None, difficulty=None, path=None, limit=1, offset=0
    )
    enrolled = list(await ProgressReads(database, user).enrolled_paths())
    local = {
        "tracked_questions": tracked,
        "enrolled_paths": len(enrolled),
        "completed_paths": sum(1 for path in enrolled if path.total and path.solved >= path.total),
    }
    return legacy.success(
        username=user.leetcode_username,
        leetcodeStats=legacy.profile_stats(profile, local),
        localStats=local,
    )


# --- learning paths -----------------------------------------------------------------------


@router.get("/api/v1/learning-paths")
async def learning_paths(
    session: SessionDep,
    user: OptionalUser,
    limit: Annotated[int, Query(ge=1, le=PATHS_PAGE)] = PATHS_PAGE,
    offset: Annotated[int, Query(ge=0, le=MAX_DB_INT)] = 0,
    tag: Annotated[str | None, Query(max_length=40)] = None,
) -> Any:
    """Public paths (and the caller's own). 1.x's `source` and `difficulty` filters did
    nothing there and do nothing here."""
    items, _total = await PathService(session, user).list_paths(
        limit=limit, offset=offset, search=None, tag=_tag(tag)
    )
    return legacy.success(data={"learning_paths": [legacy.path_summary(p) for p in items]})


def _tag(tag: str | None) -> str | None:
    slugs = legacy.tags_in(tag) if tag else None
    return slugs[0] if slugs else None


async def _path_detail(
    database: Database, session: AsyncSession, user: User | None, path_id: int
) -> dict[str, Any]:
    body = await read_path(database, user, str(path_id), PathContentCache())
    detail = Envelope[PathDetail].model_validate_json(body).data
    question_ids = await ids.question_ids(session, legacy.path_slugs(detail))
    return legacy.path_detail(detail, question_ids)


@router.get("/api/v1/learning-paths/{path_id}")
@router.get("/learning-paths/{path_id}")
async def learning_path(
    path_id: Id, session: SessionDep, database: DatabaseDep, user: OptionalUser
) -> Any:
    """Served under /api/v1 (the 1.x API) and without it (where its path pages fetch it)."""
    return legacy.success(data=await _path_detail(database, session, user, path_id))


# --- administration -----------------------------------------------------------------------


@router.get("/api/v1/admin/learning-paths")
async def admin_paths(session: SessionDep, admin: AdminUser) -> Any:
    service = AdminPathService(session, admin)
    paths: list[PathOut] = []
    while True:
        items, total = await service.list_all(limit=PATHS_PAGE, offset=len(paths), source=None)
        paths.extend(items)
        if not items or len(paths) >= total:
            break
    counts = await ids.enrolment_counts(session, (path.id for path in paths))
    return legacy.success(data=[legacy.admin_path(path, counts.get(path.id, 0)) for path in paths])


@router.post("/api/v1/admin/learning-paths", status_code=status.HTTP_201_CREATED)
async def admin_create_path(body: PathBody, session: SessionDep, admin: AdminUser) -> Any:
    request = to_native(
        PathCreate,
        {
            "name": body.name,
            "description": body.description,
            "difficulty_level": legacy.level_in(body.difficulty_level),
            "estimated_hours": legacy.hours_in(body.estimated_hours),
            "tags": legacy.tags_in(body.tags) or [],
            "is_public": body.is_public,
        },
    )
    created = await AdminPathService(session, admin).create(request, system=True)
    return legacy.success(
        message="Learning path created successfully",
        data=legacy.path_ref(created) | {"is_public": created.is_public},
    )


@router.post("/api/v1/admin/learning-paths/bulk-create", status_code=status.HTTP_201_CREATED)
async def admin_bulk_create(body: BulkCreateBody, session: SessionDep, admin: AdminUser) -> Any:
    """`topic` and `pattern` put LeetTrack's bundled paths of that kind back as shipped
    (created where deleted). `company` is refused: LeetTrack ships no company lists."""
    if body.path_type == "company":
        raise BadRequest(
            "Company paths are not available: LeetTrack ships no company question lists "
            "(LeetCode's company tags are a paid feature); use path_type topic or pattern"
        )
    slugs = BUNDLED_KINDS.get(body.path_type)
    if slugs is None:
        raise BadRequest("Invalid path_type. Must be: company, topic, or pattern")
    service = AdminPathService(session, admin)
    created = [await service.restore(slug) for slug in slugs]
    return legacy.success(
        message=f"Created {len(created)} {body.path_type} learning paths",
        data={"created_paths": [legacy.path_ref(path) for path in created]},
    )


@router.put("/api/v1/admin/learning-paths/{path_id}")
async def admin_update_path(
    path_id: Id, body: PathChanges, session: SessionDep, admin: AdminUser
) -> Any:
    changes = body.model_dump(exclude_unset=True)
    if "difficulty_level" in changes:
        changes["difficulty_level"] = legacy.level_in(body.difficulty_level)
    if "estimated_hours" in changes:
        changes["estimated_hours"] = legacy.hours_in(body.estimated_hours)
    if "tags" in changes:
        changes["tags"] = legacy.tags_in(body.tags)
    active = changes.pop("is_active", None)
    if active is not None:  # deactivated: out of the catalog (see mapping.admin_path)
        changes["is_public"] = active and changes.get("is_public", True)
    updated = await PathService(session, admin).update(str(path_id), to_native(PathUpdate, changes))
    return legacy.success(
        message="Learning path updated successfully",
        data=legacy.path_ref(updated)
        | {"is_public": updated.is_public, "is_active": updated.is_public},
    )


@router.delete("/api/v1/admin/learning-paths/{path_id}")
async def admin_delete_path(path_id: Id, session: SessionDep, admin: AdminUser) -> Any:
    await PathService(session, admin).delete(str(path_id))
    return legacy.success(message="Learning path deleted successfully")


@router.post(
    "/api/v1/admin/learning-paths/{path_id}/questions", status_code=status.HTTP_201_CREATED
)
async def admin_add_question(
    path_id: Id, body: AddQuestionBody, session: SessionDep, admin: AdminUser, leetcode: LeetCodeDep
) -> Any:
    request = to_native(
        AddQuestion,
        {"slug": body.question_title_slug, "position": body.sequence_number, "notes": body.notes},
    )
    added = await PathService(session, admin).add_question(str(path_id), request, leetcode)
    position = added.position
    return legacy.success(
        message="Question added to learning path successfully",
        data={"path_question_id": position, "sequence_number": position},
    )


@router.put("/api/v1/admin/learning-paths/{path_id}/questions/reorder")
async def admin_reorder(
    path_id: Id, body: ReorderBody, session: SessionDep, admin: AdminUser
) -> Any:
    service = PathService(session, admin)
    path = await service.get_editable(str(path_id))
    current = await ids.path_slugs(session, path.id)
    orders = [(order.path_question_id, order.sequence_number) for order in body.question_orders]
    await service.reorder(str(path_id), legacy.new_order(current, orders))
    return legacy.success(message="Questions reordered successfully")


@router.delete("/api/v1/admin/learning-paths/{path_id}/questions/{path_question_id}")
async def admin_remove_question(
    path_id: Id, path_question_id: Id, session: SessionDep, admin: AdminUser
) -> Any:
    service = PathService(session, admin)
    path = await service.get_editable(str(path_id))
    slug = (await ids.path_slugs(session, path.id)).get(path_question_id)
    if slug is None:
        raise NotFound("Path question not found")
    await service.remove_question(str(path_id), slug)
    return legacy.success(message="Question removed from learning path successfully")
