"""Problems: the list (by path and difficulty, with the learner's status) and a problem's page
with its statement, the editor, Submit, the verdict and the submissions so far.

Submit posts the form (or `exercise.js` posts it with fetch) and is answered with the problem
page itself, the code kept in the editor whatever happened; it counts against the same
per-user execution limit as the JSON API.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from leettrack.auth.models import User
from leettrack.core.deps import SessionDep
from leettrack.core.errors import AppError
from leettrack.executor import Executor
from leettrack.problems.content import SLUG_PATTERN
from leettrack.problems.schemas import SubmitRequest
from leettrack.problems.service import ProblemCatalog, ProblemFilters, ProblemSubmissions, detail
from leettrack.web.forms import form_data, parse
from leettrack.web.markdown import render_markdown
from leettrack.web.render import render
from leettrack.web.routes.exercises import (
    check_execution_limit,
    editor_text,
    problem_kind,
    retry_after,
)
from leettrack.web.session import WebUser

router = APIRouter()

LIST_LIMIT = 200
SUBMISSIONS_SHOWN = 10
PATHS = {"blind-75": "Blind 75", "neetcode-150": "NeetCode 150"}
DIFFICULTIES = ("easy", "medium", "hard")
STATUS_LABELS = {"todo": "To do", "attempted": "Attempted", "solved": "Solved"}
Slug = Annotated[str, Path(min_length=1, max_length=100, pattern=SLUG_PATTERN)]


def _submissions(request: Request, session: SessionDep, user: User) -> ProblemSubmissions:
    executor: Executor = request.app.state.executor
    return ProblemSubmissions(session, user, executor)


@router.get("/problems")
async def problem_list(
    request: Request,
    session: SessionDep,
    user: WebUser,
    path: Annotated[str | None, Query(max_length=100)] = None,
    difficulty: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    path = path if path in PATHS else None
    difficulty = difficulty if difficulty in DIFFICULTIES else None
    catalog = ProblemCatalog(session)
    items, total = await catalog.find_many(
        ProblemFilters(difficulty, None, path), limit=LIST_LIMIT, offset=0
    )
    statuses = await catalog.statuses(user, [item.slug for item in items])
    problems = []
    for item in items:
        status, verified = statuses.get(item.slug, ("todo", False))
        problems.append(
            item.model_dump()
            | {"status": status, "status_label": STATUS_LABELS[status], "verified": verified}
        )
    solved = sum(1 for problem in problems if problem["status"] == "solved")
    return render(
        request,
        "problems.html",
        {
            "problems": problems,
            "total": total,
            "solved": solved,
            "paths": PATHS,
            "path": path,
            "difficulties": DIFFICULTIES,
            "difficulty": difficulty,
        },
    )


async def _problem_page(
    request: Request,
    session: SessionDep,
    user: User,
    slug: str,
    code: str | None = None,
    report: dict[str, Any] | None = None,
    error: AppError | None = None,
) -> Response:
    problem = detail(slug)
    submissions = _submissions(request, session, user)
    recent, submission_total = await submissions.recent(slug, limit=SUBMISSIONS_SHOWN)
    history = [item.model_dump() for item in recent]
    if code is None:
        code = history[0]["code"] if history else problem.starter_code
    statuses = await ProblemCatalog(session).statuses(user, [slug])
    status, verified = statuses.get(slug, ("todo", False))
    return render(
        request,
        "problem.html",
        {
            "problem": problem,
            "statement": render_markdown(problem.statement),
            "status": status,
            "status_label": STATUS_LABELS[status],
            "verified": verified,
            "code": code,
            "report": report,
            "history": history,
            "submission_total": submission_total,
            "refusal": error.message if error else None,
            "refusal_kind": problem_kind(error),
        },
        status_code=error.status_code if error else 200,
        headers=retry_after(error),
    )


@router.get("/problems/{slug}")
async def problem_page(
    request: Request, session: SessionDep, user: WebUser, slug: Slug
) -> Response:
    return await _problem_page(request, session, user, slug)


@router.post("/problems/{slug}/submit")
async def submit(request: Request, session: SessionDep, user: WebUser, slug: Slug) -> Response:
    form = await form_data(request)
    code = editor_text(form.get("code"))
    detail(slug)  # an unknown problem is a 404 page
    try:
        body = parse(SubmitRequest, {"code": code})
        await check_execution_limit(request, user)
        result = await _submissions(request, session, user).submit(slug, body.code)
    except AppError as error:
        return await _problem_page(request, session, user, slug, code, error=error)
    return await _problem_page(request, session, user, slug, code, report=result.model_dump())
