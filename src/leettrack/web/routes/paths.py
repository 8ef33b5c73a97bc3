"""Paths: the catalog, a path with the learner's status on each problem, enrolment, notes, and
creating and editing one's own paths (administrators: the system paths too)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from leettrack.auth.models import User
from leettrack.core.deps import SessionDep
from leettrack.core.envelope import Envelope
from leettrack.core.errors import AppError, BadRequest
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.paths.reader import path_rows, process_cache, read_path
from leettrack.paths.schemas import AddQuestion, PathCreate, PathDetail, PathUpdate
from leettrack.paths.service import PathService
from leettrack.problems.content import bundled_problems
from leettrack.progress.schemas import NotesUpdate, QuestionUpdate
from leettrack.progress.service import ProgressReads, ProgressService
from leettrack.web.forms import blank_to_none, form_data, form_failure, parse
from leettrack.web.render import done, redirect, render
from leettrack.web.session import WebUser, safe_next

router = APIRouter()

Ref = Annotated[str, Path(min_length=1, max_length=80)]
ProblemSlug = Annotated[str, Path(min_length=1, max_length=128)]
CATALOG_SIZE = 100
MAX_TRACKED_SHOWN = 5000
STATUSES = ("todo", "attempted", "solved")


async def path_detail(request: Request, user: User, ref: str) -> PathDetail:
    """The path as the JSON API reads it (same visibility rules, same cache)."""
    state = request.app.state
    body = await read_path(state.db, user, ref, process_cache(state), path_rows(state))
    return Envelope[PathDetail].model_validate_json(body).data


def grouped(detail: PathDetail) -> list[dict[str, Any]]:
    """The questions in path order, grouped by category, with each category's progress."""
    progress = {entry.category: entry for entry in detail.by_category or []}
    groups: list[dict[str, Any]] = []
    for question in detail.questions:
        if not groups or groups[-1]["category"] != question.category:
            category = question.category
            groups.append(
                {"category": category, "progress": progress.get(category), "questions": []}
            )
        groups[-1]["questions"].append(question)
    return groups


def path_form(form: dict[str, str]) -> dict[str, Any]:
    """A path's metadata form as the API's `PathCreate`/`PathUpdate` fields."""
    hours = form.get("estimated_hours", "").strip()
    tags = [tag.strip() for tag in form.get("tags", "").split(",") if tag.strip()]
    return {
        "name": form.get("name", "").strip(),
        "description": form.get("description", ""),
        "difficulty_level": form.get("difficulty_level", "intermediate"),
        "estimated_hours": hours or None,
        "tags": tags,
        "is_public": form.get("is_public") == "on",
    }


# --- the catalog and a path ---------------------------------------------------------------


@router.get("/paths")
async def catalog(request: Request, user: WebUser, session: SessionDep, q: str = "") -> Response:
    search = q.strip()[:100] or None
    paths, total = await PathService(session, user).list_paths(
        limit=CATALOG_SIZE, offset=0, search=search, tag=None
    )
    reads = ProgressReads(request.app.state.db, user)
    enrolled = {entry.slug for entry in await reads.enrolled_paths()}
    return render(
        request,
        "paths.html",
        {"paths": paths, "total": total, "enrolled": enrolled, "q": search or ""},
    )


@router.get("/paths/new")
async def new_path_page(request: Request, user: WebUser) -> Response:
    return render(request, "path_new.html", {"form": {"difficulty_level": "intermediate"}})


@router.post("/paths/new")
async def create_path(request: Request, user: WebUser, session: SessionDep) -> Response:
    form = await form_data(request)
    try:
        created = await PathService(session, user).create(parse(PathCreate, path_form(form)))
    except AppError as error:
        return form_failure(request, "path_new.html", error, form=form)
    slug = created.slug
    return redirect(request, f"/paths/{slug}/edit", "Path created: now add its problems")


@router.get("/paths/{ref}")
async def path_page(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    detail = await path_detail(request, user, ref)
    tracked, _total = await ProgressService(session, user).list_questions(
        status=None, difficulty=None, path=str(detail.id), limit=MAX_TRACKED_SHOWN, offset=0
    )
    notes = {entry.title_slug: entry.notes for entry in tracked if entry.notes}
    editable = user.is_admin or (detail.source != "system" and detail.owner_id == user.id)
    return render(
        request,
        "path.html",
        {
            "path": detail,
            "groups": grouped(detail),
            "notes": notes,
            "statuses": STATUSES,
            "editable": editable,
            "solvable": bundled_problems(),
        },
    )


@router.post("/paths/{ref}/enrol")
async def enrol(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    await PathService(session, user).enroll(ref)
    return redirect(request, f"/paths/{ref}", "Enrolled: the path's next problem shows on Today")


@router.post("/paths/{ref}/leave")
async def leave(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    await PathService(session, user).unenroll(ref)
    return redirect(request, f"/paths/{ref}", "You left the path; your progress is kept", "info")


@router.post("/problems/{slug}/status")
async def set_status(
    request: Request,
    slug: ProblemSlug,
    user: WebUser,
    session: SessionDep,
    leetcode: LeetCodeDep,
) -> Response:
    form = await form_data(request)
    body = parse(QuestionUpdate, {"status": form.get("status", "")})
    result = await ProgressService(session, user).update_question(slug, body, leetcode)
    message = f"{result.title}: {result.status}"
    if result.newly_solved:
        message += "; rate it on Today to schedule its first review"
    return done(request, safe_next(form.get("next"), "/paths"), message, {"status": body.status})


@router.post("/problems/{slug}/notes")
async def set_notes(
    request: Request,
    slug: ProblemSlug,
    user: WebUser,
    session: SessionDep,
    leetcode: LeetCodeDep,
) -> Response:
    form = await form_data(request)
    body = parse(NotesUpdate, {"notes": blank_to_none(form.get("notes"))})
    result = await ProgressService(session, user).set_notes(slug, body, leetcode)
    return done(request, safe_next(form.get("next"), "/paths"), f"Notes saved: {result.title}")


# --- editing (owners; administrators for system paths) -------------------------------------


async def _edit_context(
    request: Request, session: SessionDep, user: User, ref: str
) -> dict[str, Any]:
    path = await PathService(session, user).get_editable(ref)
    detail = await path_detail(request, user, str(path.id))
    form = {
        "name": detail.name,
        "description": detail.description,
        "difficulty_level": detail.difficulty_level,
        "estimated_hours": str(detail.estimated_hours or ""),
        "tags": ", ".join(detail.tags),
        "is_public": "on" if detail.is_public else "",
    }
    return {"path": detail, "form": form, "add": {}}


@router.get("/paths/{ref}/edit")
async def edit_page(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    return render(request, "path_edit.html", await _edit_context(request, session, user, ref))


@router.post("/paths/{ref}/edit")
async def update_path(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    form = await form_data(request)
    try:
        updated = await PathService(session, user).update(ref, parse(PathUpdate, path_form(form)))
    except AppError as error:
        context = await _edit_context(request, session, user, ref)
        return form_failure(request, "path_edit.html", error, **(context | {"form": form}))
    return redirect(request, f"/paths/{updated.slug}/edit", "Path details saved")


@router.post("/paths/{ref}/questions")
async def add_question(
    request: Request, ref: Ref, user: WebUser, session: SessionDep, leetcode: LeetCodeDep
) -> Response:
    form = await form_data(request)
    fields = {
        "slug": form.get("slug", "").strip().lower(),
        "category": blank_to_none(form.get("category", "").strip()),
    }
    try:
        added = await PathService(session, user).add_question(
            ref, parse(AddQuestion, fields), leetcode
        )
    except AppError as error:
        context = await _edit_context(request, session, user, ref)
        return form_failure(request, "path_edit.html", error, **(context | {"add": form}))
    return redirect(request, f"/paths/{ref}/edit", f"Added {added.title}")


@router.post("/paths/{ref}/questions/{slug}/remove")
async def remove_question(
    request: Request, ref: Ref, slug: ProblemSlug, user: WebUser, session: SessionDep
) -> Response:
    await PathService(session, user).remove_question(ref, slug)
    return redirect(request, f"/paths/{ref}/edit", "Problem removed", "info")


@router.post("/paths/{ref}/questions/{slug}/move")
async def move_question(
    request: Request, ref: Ref, slug: ProblemSlug, user: WebUser, session: SessionDep
) -> Response:
    """Move one problem up or down a place: the keyboard's (and no-JavaScript) way to reorder."""
    form = await form_data(request)
    detail = await path_detail(request, user, ref)
    order = [question.title_slug for question in detail.questions]
    if slug not in order or form.get("direction") not in ("up", "down"):
        raise BadRequest("Choose a problem of this path and a direction, up or down")
    index = order.index(slug)
    target = index - 1 if form["direction"] == "up" else index + 1
    if 0 <= target < len(order):
        order[index], order[target] = order[target], order[index]
        await PathService(session, user).reorder(ref, order)
    return done(request, f"/paths/{ref}/edit#q-{slug}", "Order saved", {"order": order})


@router.post("/paths/{ref}/order")
async def reorder(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    """The whole new order at once (drag and drop): every slug of the path, once."""
    form = await request.form()
    slugs = [value for value in form.getlist("slugs") if isinstance(value, str)]
    await PathService(session, user).reorder(ref, slugs)
    return done(request, f"/paths/{ref}/edit", "Order saved", {"order": slugs})


@router.post("/paths/{ref}/delete")
async def delete_path(request: Request, ref: Ref, user: WebUser, session: SessionDep) -> Response:
    await PathService(session, user).delete(ref)
    return redirect(
        request, "/paths", "Path deleted; your progress on its problems is kept", "info"
    )
