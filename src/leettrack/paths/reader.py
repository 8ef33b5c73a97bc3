"""The hot read: a path with its ordered questions and the caller's status on each.

A path's questions change only through edits that bump `learning_paths.updated_at`, so each
process keeps them pre-serialised, keyed by that version (bounded, and refreshed after
`CONTENT_TTL` seconds so catalog updates show). One query per read: the path row with the
caller's enrolment and solved/attempted questions aggregated into it, which checks visibility
and gives the contents' version; on a cache miss, the questions too. Constant whatever the
path's size. With the change feed up (PostgreSQL), each process also keeps that row per caller
(`PathRows`) until a change to the caller's progress or to any path is announced: a read whose
row is kept runs no statement at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import String, bindparam, cast, exists, func, select

from leettrack.auth.models import User
from leettrack.core.cache import VersionedCache, per_process
from leettrack.core.changes import UserVersions
from leettrack.core.errors import NotFound
from leettrack.core.params import is_db_id
from leettrack.core.sql import percent
from leettrack.db import Database
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.paths.service import Viewer, viewer_of, visibility
from leettrack.tracking.changes import versions_of
from leettrack.tracking.models import UserQuestion
from leettrack.tracking.status import ATTEMPTED, SOLVED

CONTENT_TTL = 300.0
MAX_CACHED_PATHS = 512
_SOLVED, _ATTEMPTED, _TODO = b'"solved"}', b'"attempted"}', b'"todo"}'
_PATH_COLUMNS = (
    LearningPath.id,
    LearningPath.slug,
    LearningPath.name,
    LearningPath.description,
    LearningPath.difficulty_level,
    LearningPath.estimated_hours,
    LearningPath.tags,
    LearningPath.source,
    LearningPath.is_public,
    LearningPath.owner_id,
    LearningPath.created_at,
    LearningPath.updated_at,
)
_PATH_KEYS = tuple(column.key for column in _PATH_COLUMNS)


@dataclass(frozen=True, slots=True)
class PathContent:
    """A path's questions at one version, each serialised up to its `status` value."""

    question_ids: tuple[int, ...]
    heads: tuple[bytes, ...]  # b'{"position":1,...,"status":'
    category_of: tuple[int, ...]  # index into `categories`, per question
    categories: tuple[str | None, ...]  # in path order
    anonymous: bytes  # the questions array with every status null


class PathContentCache(VersionedCache[int, PathContent]):
    """Per process: each path's serialised contents by id, kept with its `updated_at`."""

    def __init__(self, ttl: float = CONTENT_TTL, max_entries: int = MAX_CACHED_PATHS) -> None:
        super().__init__(ttl, max_entries)


def process_cache(state: Any) -> PathContentCache:
    """This process's cache of serialised path contents, kept on the app's `state`."""
    return per_process(state, "path_contents", PathContentCache)


_CONTENT = (
    select(
        PathQuestion.question_id,
        PathQuestion.position,
        PathQuestion.category,
        Question.title_slug,
        Question.title,
        Question.difficulty,
        Question.frontend_id,
        Question.topic_tags,
        PathQuestion.notes,
    )
    .join(Question, Question.id == PathQuestion.question_id)
    .where(PathQuestion.path_id == bindparam("path_id"))
    .order_by(PathQuestion.position)
)


async def _load_content(database: Database, path_id: int) -> PathContent:
    ids: list[int] = []
    heads: list[bytes] = []
    category_of: list[int] = []
    categories: dict[str | None, int] = {}
    for row in await database.fetch(_CONTENT, {"path_id": path_id}):
        serialised = to_json(
            {
                "position": row["position"],
                "category": row["category"],
                "title_slug": row["title_slug"],
                "title": row["title"],
                "difficulty": row["difficulty"],
                "frontend_id": row["frontend_id"],
                "topic_tags": row["topic_tags"],
                "notes": row["notes"],
            }
        )
        category = row["category"]
        ids.append(row["question_id"])
        heads.append(serialised[:-1] + b',"status":')
        category_of.append(categories.setdefault(category, len(categories)))
    anonymous = b"[" + b",".join(head + b"null}" for head in heads) + b"]"
    return PathContent(
        question_ids=tuple(ids),
        heads=tuple(heads),
        category_of=tuple(category_of),
        categories=tuple(categories),
        anonymous=anonymous,
    )


def _ids_with_status(status: str) -> Any:
    """The caller's questions of the path (correlated) with `status`, as "id,id,..."."""
    return (
        select(func.aggregate_strings(cast(UserQuestion.question_id, String), ","))
        .join(PathQuestion, PathQuestion.question_id == UserQuestion.question_id)
        .where(
            PathQuestion.path_id == LearningPath.id,
            UserQuestion.user_id == bindparam("user_id"),
            UserQuestion.status == status,
        )
        .scalar_subquery()
    )


@cache
def _path_statement(by_id: bool, viewer: Viewer) -> Any:
    """The path row and, for a signed-in caller, the enrolment flag and the caller's solved and
    attempted questions in it: one statement, built once per shape, bound per request."""
    ref = LearningPath.id if by_id else LearningPath.slug
    personal: list[Any] = []
    if viewer != "anonymous":
        enrolled = exists().where(
            UserLearningPath.user_id == bindparam("user_id"),
            UserLearningPath.path_id == LearningPath.id,
        )
        personal = [
            enrolled.label("enrolled"),
            _ids_with_status(SOLVED).label("solved_ids"),
            _ids_with_status(ATTEMPTED).label("attempted_ids"),
        ]
    return select(*_PATH_COLUMNS, *personal).where(
        ref == bindparam("ref"), visibility(viewer, bindparam("user_id"))
    )


ROW_TTL = 60.0
MAX_KEPT_ROWS = 10_000


class PathRows(VersionedCache[tuple[Any, ...], dict[str, Any]]):
    """Per process: the path statement's row as one caller sees it, kept under that caller's
    version from the change feed (`UserVersions`: moved by every announced change to their
    progress or enrolments and to any path; an anonymous caller's only by the latter). Nothing
    is kept while the feed is down; `ttl` bounds an edit made outside the application."""

    def __init__(
        self, versions: UserVersions | None, ttl: float = ROW_TTL, max_entries: int = MAX_KEPT_ROWS
    ) -> None:
        super().__init__(ttl, max_entries)
        self.versions = versions

    async def fetch(
        self, database: Database, statement: Any, parameters: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The row of `statement` (a `_path_statement`), None if the path is hidden."""
        user_id, versions = parameters.get("user_id"), self.versions
        version = None
        if versions is not None:
            version = versions.of_everyone() if user_id is None else versions.of(user_id)
        key = (statement, *sorted(parameters.items()))
        if version is not None and (kept := self.get(key, version)) is not None:
            return kept
        rows = await database.fetch(statement, parameters)
        if not rows:
            return None
        row = dict(rows[0])
        if version is not None:
            self.put(key, version, row)
        return row


_KEEPING_NOTHING = PathRows(versions=None)


def path_rows(state: Any) -> PathRows:
    """This process's kept path rows, on the app's `state`."""
    return per_process(state, "path_rows", lambda: PathRows(versions_of(state)))


def _ids(joined: str | None) -> set[int]:
    return {int(value) for value in joined.split(",")} if joined else set()


async def read_path(
    database: Database,
    user: User | None,
    ref: str,
    cache: PathContentCache,
    rows: PathRows | None = None,
) -> bytes:
    """The `Envelope[PathDetail]` JSON of the path `ref` as `user` sees it; 404 if hidden.
    One statement (the caller's session aside) when the path's contents are cached, run on
    the database directly (`Database.fetch`); none when `rows` keeps the caller's row."""
    by_id = is_db_id(ref)
    statement = _path_statement(by_id, viewer_of(user))
    parameters: dict[str, Any] = {"ref": int(ref) if by_id else ref}
    if user is not None:
        parameters["user_id"] = user.id
    row = await (rows or _KEEPING_NOTHING).fetch(database, statement, parameters)
    if row is None:
        raise NotFound(f"No learning path {ref!r}")
    path_id, version = row["id"], row["updated_at"]
    content = cache.get(path_id, version)
    if content is None:
        content = await _load_content(database, path_id)
        cache.put(path_id, version, content)
    totals = [0] * len(content.categories)
    for index in content.category_of:
        totals[index] += 1
    path: dict[str, Any] = {key: row[key] for key in _PATH_KEYS}
    path |= {
        "question_count": len(content.question_ids),
        "categories": [category for category in content.categories if category is not None],
    }
    if user is None:
        questions = content.anonymous
        path |= {"progress": None, "enrolled": None, "by_category": None}
    else:
        solved_ids, attempted_ids = _ids(row["solved_ids"]), _ids(row["attempted_ids"])
        solved = [0] * len(content.categories)
        parts = []
        for question_id, head, index in zip(
            content.question_ids, content.heads, content.category_of, strict=True
        ):
            if question_id in solved_ids:
                solved[index] += 1
                parts.append(head + _SOLVED)
            else:
                parts.append(head + (_ATTEMPTED if question_id in attempted_ids else _TODO))
        questions = b"[" + b",".join(parts) + b"]"
        total_solved = sum(solved)
        path |= {
            "progress": {
                "solved": total_solved,
                "total": len(content.question_ids),
                "percent": percent(total_solved, len(content.question_ids)),
            },
            "enrolled": bool(row["enrolled"]),
            "by_category": [
                {
                    "category": category,
                    "solved": solved[index],
                    "total": totals[index],
                    "percent": percent(solved[index], totals[index]),
                }
                for index, category in enumerate(content.categories)
            ],
        }
    data = to_json(path)[:-1]  # the questions go in before the closing brace
    return b'{"success":true,"data":' + data + b',"questions":' + questions + b'},"message":null}'


# --- the list of public paths, as anonymous callers read it --------------------------------

LIST_TTL = 60.0
MAX_CACHED_LISTS = 256
# Every edit of a path or of its questions sets its `updated_at`; a new path adds a row and a
# deleted one removes it: so the count and the newest `updated_at` change with every edit.
_LIST_VERSION = select(
    func.count(LearningPath.id).label("paths"), func.max(LearningPath.updated_at).label("newest")
)
ListKey = tuple[int, int, str | None, str | None]  # limit, offset, search, tag


class PathListCache(VersionedCache[ListKey, bytes]):
    """Per process: the bytes of the anonymous list pages, each kept with the version of the
    paths it was made from. With the change feed up, that version moves with every announced
    path change and a read costs no statement; else it is read in the database (one statement:
    count and newest edit of the paths, instead of three), so every process sees an edit at its
    next read. `ttl` bounds an edit made outside the application, or stamped by a replica whose
    clock runs behind the newest `updated_at`."""

    def __init__(
        self,
        versions: UserVersions | None = None,
        ttl: float = LIST_TTL,
        max_entries: int = MAX_CACHED_LISTS,
    ) -> None:
        super().__init__(ttl, max_entries)
        self.versions = versions

    async def version(self, database: Database) -> tuple[Any, ...]:
        pushed = self.versions.of_everyone() if self.versions is not None else None
        if pushed is not None:
            return pushed
        return tuple((await database.fetch(_LIST_VERSION, {}))[0].values())


def list_cache(state: Any) -> PathListCache:
    """This process's cache of anonymous list pages, kept on the app's `state`."""
    return per_process(state, "path_lists", lambda: PathListCache(versions_of(state)))
