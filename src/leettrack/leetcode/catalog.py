"""The bundled offline catalog of LeetCode problems and the system learning paths.

Both ship as package data under ``leettrack/data/``: ``catalog.json`` (problem metadata, never
problem text) and ``paths/<slug>.json``. This module only reads and validates them, once per
process; writing them to the database is the seeder's job.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1)]
Difficulty = Literal["Easy", "Medium", "Hard"]
PathLevel = Literal["beginner", "intermediate", "advanced"]

_STRICT = ConfigDict(extra="forbid", strict=True)


class CatalogDataError(ValueError):
    """The bundled data is malformed or inconsistent: a packaging bug, never a user error."""


@dataclass(frozen=True, config=_STRICT)
class TopicTag:
    name: Text
    slug: Slug


@dataclass(frozen=True, config=_STRICT)
class CatalogProblem:
    frontend_id: Annotated[int, Field(gt=0)]
    title_slug: Slug
    title: Text
    difficulty: Difficulty
    is_paid_only: bool
    topic_tags: tuple[TopicTag, ...]

    def topic_tag_dicts(self) -> list[dict[str, str]]:
        """The tags in the shape LeetCode's API uses and ``questions.topic_tags`` stores."""
        return [{"name": tag.name, "slug": tag.slug} for tag in self.topic_tags]


@dataclass(frozen=True, config=_STRICT)
class PathQuestion:
    slug: Slug
    category: Text | None
    notes: Text | None


@dataclass(frozen=True, config=_STRICT)
class BundledPath:
    slug: Slug
    name: Text
    description: Text
    difficulty_level: PathLevel
    estimated_hours: Annotated[int, Field(gt=0)]
    tags: tuple[Slug, ...]
    source: Literal["system"]
    is_public: bool
    questions: Annotated[tuple[PathQuestion, ...], Field(min_length=1)]


_CATALOG = TypeAdapter(tuple[CatalogProblem, ...])
_PATH = TypeAdapter(BundledPath)


def parse_catalog(document: str | bytes) -> tuple[CatalogProblem, ...]:
    """Validate a catalog document: well-formed entries, unique slugs and frontend ids."""
    try:
        problems = _CATALOG.validate_json(document)
    except ValidationError as exc:
        raise CatalogDataError(f"invalid catalog: {exc}") from exc
    _require_unique("catalog slug", (problem.title_slug for problem in problems))
    _require_unique("catalog frontend id", (problem.frontend_id for problem in problems))
    return problems


def parse_path(document: str | bytes, known_slugs: Container[str]) -> BundledPath:
    """Validate a learning path document whose questions must all be in ``known_slugs``."""
    try:
        path = _PATH.validate_json(document)
    except ValidationError as exc:
        raise CatalogDataError(f"invalid learning path: {exc}") from exc
    slugs = [question.slug for question in path.questions]
    _require_unique(f"question in path {path.slug!r}", slugs)
    unknown = [slug for slug in slugs if slug not in known_slugs]
    if unknown:
        raise CatalogDataError(
            f"path {path.slug!r} lists problems missing from the catalog: {', '.join(unknown)}"
        )
    return path


@cache
def load_catalog() -> tuple[CatalogProblem, ...]:
    """Every bundled problem, in frontend id order."""
    return parse_catalog((_data_dir() / "catalog.json").read_bytes())


@cache
def catalog_by_slug() -> Mapping[str, CatalogProblem]:
    """A read-only index of the bundled problems by title slug."""
    return MappingProxyType({problem.title_slug: problem for problem in load_catalog()})


@cache
def load_paths() -> tuple[BundledPath, ...]:
    """Every bundled system learning path, ordered by slug, each checked against the catalog."""
    known = catalog_by_slug()
    files = sorted(
        (entry for entry in (_data_dir() / "paths").iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    paths = []
    for file in files:
        path = parse_path(file.read_bytes(), known)
        if file.name != f"{path.slug}.json":
            raise CatalogDataError(f"path file {file.name} declares slug {path.slug!r}")
        paths.append(path)
    return tuple(paths)


def _data_dir() -> Traversable:
    return resources.files("leettrack") / "data"


def _require_unique(what: str, values: Iterable[object]) -> None:
    seen: set[object] = set()
    for value in values:
        if value in seen:
            raise CatalogDataError(f"duplicate {what}: {value!r}")
        seen.add(value)
