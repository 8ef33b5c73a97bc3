"""Learning paths under /api/v1/learning-paths: browse, read with progress, edit, reorder."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from leettrack.auth.deps import CurrentUser, OptionalReader, lean_optional_reader
from leettrack.core.deps import DatabaseDep, SessionDep
from leettrack.core.envelope import Envelope, ListEnvelope, json_response, ok, page
from leettrack.core.params import Offset
from leettrack.core.routes import LeanAnswer, NotPlain
from leettrack.leetcode.catalog import SLUG_PATTERN
from leettrack.leetcode.deps import LeetCodeDep
from leettrack.paths.params import (
    PATH_REF_MAX_LENGTH,
    PATH_REF_PATTERN,
    PathRef,
    ProblemSlugParam,
)
from leettrack.paths.reader import (
    PathContentCache,
    list_cache,
    path_rows,
    process_cache,
    read_path,
)
from leettrack.paths.schemas import (
    AddQuestion,
    Enrolment,
    PathCreate,
    PathDetail,
    PathOut,
    PathQuestionAdded,
    PathUpdate,
    ReorderQuestions,
)
from leettrack.paths.service import PathService

router = APIRouter(tags=["learning paths"])
# following a path: under /api/v1/user/learning-paths, beside the caller's followed paths
enrolment_router = APIRouter(tags=["progress"])


async def get_path_cache(request: Request) -> PathContentCache:
    """This process's cache of serialised path contents (see `leettrack.paths.reader`)."""
    return process_cache(request.app.state)


PathCache = Annotated[PathContentCache, Depends(get_path_cache)]


@router.get("", response_model=ListEnvelope[PathOut])
async def list_paths(
    request: Request,
    user: OptionalReader,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
    search: Annotated[str | None, Query(max_length=100)] = None,
    tag: Annotated[str | None, Query(max_length=40, pattern=SLUG_PATTERN)] = None,
) -> Response:
    """Public paths, plus the caller's own private ones; with the caller's progress.
    Anonymous pages are kept per process while the paths are unchanged (`PathListCache`)."""
    state = request.app.state
    cache = list_cache(state) if user is None else None
    key = (limit, offset, search, tag)
    if cache is not None:
        version = await cache.version(state.db)
        body = cache.get(key, version)
        if body is not None:
            return json_response(body)
    async with state.db.sessionmaker() as session:
        items, total = await PathService(session, user).list_paths(
            limit=limit, offset=offset, search=search, tag=tag
        )
    body = page(items, total=total, limit=limit, offset=offset).model_dump_json().encode()
    if cache is not None:
        cache.put(key, version, body)
    return json_response(body)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_path(
    body: PathCreate, session: SessionDep, user: CurrentUser
) -> Envelope[PathOut]:
    """A new path owned by the caller, private unless `is_public` is true."""
    return ok(await PathService(session, user).create(body), "Learning path created")


@router.get("/{ref}", response_model=Envelope[PathDetail])
async def get_path(ref: PathRef, request: Request, user: OptionalReader) -> Response:
    """The path with its ordered questions; signed in, each question's status and the
    progress per category. A private path is 404 to anyone but its owner and admins."""
    state = request.app.state
    body = await read_path(state.db, user, ref, process_cache(state), path_rows(state))
    return json_response(body)


@router.patch("/{ref}")
async def update_path(
    ref: PathRef, body: PathUpdate, session: SessionDep, user: CurrentUser
) -> Envelope[PathOut]:
    """Owner or admin; system paths only admins."""
    return ok(await PathService(session, user).update(ref, body), "Learning path updated")


@router.delete("/{ref}")
async def delete_path(ref: PathRef, session: SessionDep, user: CurrentUser) -> Envelope[None]:
    """Owner or admin; system paths only admins. Progress on its questions is kept."""
    await PathService(session, user).delete(ref)
    return ok(None, "Learning path deleted")


@router.post(
    "/{ref}/questions",
    status_code=status.HTTP_201_CREATED,
)
async def add_question(
    ref: PathRef, body: AddQuestion, session: SessionDep, user: CurrentUser, leetcode: LeetCodeDep
) -> Envelope[PathQuestionAdded]:
    """Add a problem (appended, or inserted at `position`). A slug missing from the catalog is
    looked up on LeetCode and added to it; unknown there too: 404; already in the path: 409."""
    added = await PathService(session, user).add_question(ref, body, leetcode)
    return ok(added, "Question added")


@router.delete("/{ref}/questions/{slug}")
async def remove_question(
    ref: PathRef, slug: ProblemSlugParam, session: SessionDep, user: CurrentUser
) -> Envelope[None]:
    """Remove a problem; the questions after it move up one position."""
    await PathService(session, user).remove_question(ref, slug)
    return ok(None, "Question removed")


@router.put("/{ref}/questions/order", response_model=Envelope[PathDetail])
async def reorder_questions(
    ref: PathRef,
    body: ReorderQuestions,
    session: SessionDep,
    database: DatabaseDep,
    user: CurrentUser,
    cache: PathCache,
) -> Response:
    """Reorder in one transaction; `slugs` must list every question of the path once (422).
    Answers the path in its new order."""
    path_id = await PathService(session, user).reorder(ref, body.slugs)
    return json_response(await read_path(database, user, str(path_id), cache))


@enrolment_router.post(
    "/{ref}/enroll",
    status_code=status.HTTP_201_CREATED,
)
async def enroll(ref: PathRef, session: SessionDep, user: CurrentUser) -> Envelope[Enrolment]:
    """Follow a path: 409 when already enrolled, 404 when the path is not visible."""
    return ok(await PathService(session, user).enroll(ref), "Enrolled")


@enrolment_router.delete("/{ref}/enroll")
async def unenroll(ref: PathRef, session: SessionDep, user: CurrentUser) -> Envelope[None]:
    """Stop following a path; progress on its questions is kept."""
    await PathService(session, user).unenroll(ref)
    return ok(None, "Unenrolled")


_PLAIN_REF = re.compile(PATH_REF_PATTERN)


async def _lean_list_paths(request: Request) -> Response:
    if request.url.query:  # the query's validation is the route's
        raise NotPlain
    return await list_paths(request, await lean_optional_reader(request))


async def _lean_get_path(request: Request) -> Response:
    ref = request.path_params["ref"]
    if len(ref) > PATH_REF_MAX_LENGTH or not _PLAIN_REF.match(ref):  # the route's to refuse
        raise NotPlain
    return await get_path(ref, request, await lean_optional_reader(request))


# the hot reads, answered past FastAPI's request handling (`core.routes.LeanRoute`)
LEAN_READS: dict[str, LeanAnswer] = {"": _lean_list_paths, "/{ref}": _lean_get_path}
