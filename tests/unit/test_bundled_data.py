"""Integrity of the bundled problem catalog and system learning paths, and of their loader."""

from __future__ import annotations

import json
import re
from itertools import groupby

import pytest

from leettrack.leetcode.catalog import (
    BundledPath,
    CatalogDataError,
    CatalogProblem,
    catalog_by_slug,
    load_catalog,
    load_paths,
    parse_catalog,
    parse_path,
)

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

NEETCODE_150_CATEGORIES = [
    ("Arrays & Hashing", 9),
    ("Two Pointers", 5),
    ("Sliding Window", 6),
    ("Stack", 7),
    ("Binary Search", 7),
    ("Linked List", 11),
    ("Trees", 15),
    ("Tries", 3),
    ("Heap / Priority Queue", 7),
    ("Backtracking", 9),
    ("Graphs", 13),
    ("Advanced Graphs", 6),
    ("1-D Dynamic Programming", 12),
    ("2-D Dynamic Programming", 11),
    ("Greedy", 8),
    ("Intervals", 6),
    ("Math & Geometry", 8),
    ("Bit Manipulation", 7),
]

BLIND_75_CATEGORIES = [
    ("Array", 10),
    ("Binary", 5),
    ("Dynamic Programming", 11),
    ("Graph", 8),
    ("Interval", 5),
    ("Linked List", 6),
    ("Matrix", 4),
    ("String", 10),
    ("Tree", 14),
    ("Heap", 2),
]

# The problems NeetCode 150 takes from LeetCode's premium set.
PREMIUM_IN_NEETCODE_150 = {
    "encode-and-decode-strings",
    "walls-and-gates",
    "graph-valid-tree",
    "number-of-connected-components-in-an-undirected-graph",
    "alien-dictionary",
    "meeting-rooms",
    "meeting-rooms-ii",
}


@pytest.fixture(scope="module")
def catalog() -> tuple[CatalogProblem, ...]:
    return load_catalog()


@pytest.fixture(scope="module")
def paths() -> dict[str, BundledPath]:
    return {path.slug: path for path in load_paths()}


def category_runs(path: BundledPath) -> list[tuple[str | None, int]]:
    """Consecutive runs of one category, in path order: a category split in two shows twice."""
    categories = (question.category for question in path.questions)
    return [(category, len(list(run))) for category, run in groupby(categories)]


# --- catalog -------------------------------------------------------------------------------


def test_catalog_size_and_order(catalog):
    assert 250 <= len(catalog) <= 400
    ids = [problem.frontend_id for problem in catalog]
    assert ids == sorted(ids)


def test_catalog_slugs_and_ids_are_unique(catalog):
    assert len({problem.title_slug for problem in catalog}) == len(catalog)
    assert len({problem.frontend_id for problem in catalog}) == len(catalog)


def test_catalog_slugs_are_well_formed(catalog):
    bad = [problem.title_slug for problem in catalog if not SLUG.match(problem.title_slug)]
    assert bad == []


def test_catalog_fields_are_valid(catalog):
    for problem in catalog:
        assert problem.difficulty in {"Easy", "Medium", "Hard"}, problem
        assert problem.frontend_id > 0, problem
        assert problem.title.strip() == problem.title != "", problem
        assert isinstance(problem.is_paid_only, bool), problem
        assert problem.topic_tags, problem


def test_topic_tags_use_one_slug_per_name(catalog):
    slug_of: dict[str, set[str]] = {}
    for problem in catalog:
        for tag in problem.topic_tags:
            assert SLUG.match(tag.slug), tag
            slug_of.setdefault(tag.name, set()).add(tag.slug)
    assert {name: slugs for name, slugs in slug_of.items() if len(slugs) > 1} == {}
    expected = {
        "Array": "array",
        "Hash Table": "hash-table",
        "Two Pointers": "two-pointers",
        "Depth-First Search": "depth-first-search",
        "Heap (Priority Queue)": "heap-priority-queue",
        "Dynamic Programming": "dynamic-programming",
        "Doubly-Linked List": "doubly-linked-list",
        "Union Find": "union-find",
        "Monotonic Stack": "monotonic-stack",
    }
    assert {name: slug_of[name] for name in expected} == {
        name: {slug} for name, slug in expected.items()
    }


@pytest.mark.parametrize(
    ("slug", "frontend_id", "title", "difficulty", "paid"),
    [
        ("two-sum", 1, "Two Sum", "Easy", False),
        ("add-two-numbers", 2, "Add Two Numbers", "Medium", False),
        ("median-of-two-sorted-arrays", 4, "Median of Two Sorted Arrays", "Hard", False),
        ("trapping-rain-water", 42, "Trapping Rain Water", "Hard", False),
        ("powx-n", 50, "Pow(x, n)", "Medium", False),
        ("climbing-stairs", 70, "Climbing Stairs", "Easy", False),
        ("lru-cache", 146, "LRU Cache", "Medium", False),
        ("number-of-islands", 200, "Number of Islands", "Medium", False),
        ("reverse-linked-list", 206, "Reverse Linked List", "Easy", False),
        ("alien-dictionary", 269, "Alien Dictionary", "Hard", True),
        ("encode-and-decode-strings", 271, "Encode and Decode Strings", "Medium", True),
        ("find-median-from-data-stream", 295, "Find Median from Data Stream", "Hard", False),
        ("coin-change", 322, "Coin Change", "Medium", False),
        ("koko-eating-bananas", 875, "Koko Eating Bananas", "Medium", False),
        ("longest-common-subsequence", 1143, "Longest Common Subsequence", "Medium", False),
        ("detect-squares", 2013, "Detect Squares", "Medium", False),
    ],
)
def test_well_known_problems(slug, frontend_id, title, difficulty, paid):
    problem = catalog_by_slug()[slug]
    assert (problem.frontend_id, problem.title, problem.difficulty, problem.is_paid_only) == (
        frontend_id,
        title,
        difficulty,
        paid,
    )


def test_topic_tag_dicts_have_the_stored_shape():
    assert catalog_by_slug()["two-sum"].topic_tag_dicts() == [
        {"name": "Array", "slug": "array"},
        {"name": "Hash Table", "slug": "hash-table"},
    ]


# --- paths ---------------------------------------------------------------------------------


def test_bundled_paths(paths):
    assert {"neetcode-150", "blind-75"} <= paths.keys()
    assert 3 <= len(paths.keys() - {"neetcode-150", "blind-75"}) <= 5
    for path in paths.values():
        assert SLUG.match(path.slug), path.slug
        assert path.source == "system"
        assert path.is_public is True
        assert path.difficulty_level in {"beginner", "intermediate", "advanced"}
        assert path.estimated_hours > 0
        assert all(SLUG.match(tag) for tag in path.tags), path.tags


def test_every_path_question_is_in_the_catalog_once(paths, catalog):
    known = {problem.title_slug for problem in catalog}
    for path in paths.values():
        slugs = [question.slug for question in path.questions]
        assert len(slugs) == len(set(slugs)), path.slug
        assert [slug for slug in slugs if slug not in known] == [], path.slug
        assert all(question.category for question in path.questions), path.slug


def test_neetcode_150(paths):
    path = paths["neetcode-150"]
    slugs = [question.slug for question in path.questions]
    assert len(slugs) == len(set(slugs)) == 150
    assert category_runs(path) == NEETCODE_150_CATEGORIES
    assert slugs[:9] == [
        "contains-duplicate",
        "valid-anagram",
        "two-sum",
        "group-anagrams",
        "top-k-frequent-elements",
        "encode-and-decode-strings",
        "product-of-array-except-self",
        "valid-sudoku",
        "longest-consecutive-sequence",
    ]
    assert slugs[-1] == "reverse-integer"


def test_neetcode_150_premium_problems(paths):
    by_slug = catalog_by_slug()
    premium = {q.slug for q in paths["neetcode-150"].questions if by_slug[q.slug].is_paid_only}
    assert premium == PREMIUM_IN_NEETCODE_150


def test_blind_75(paths):
    path = paths["blind-75"]
    slugs = {question.slug for question in path.questions}
    assert len(path.questions) == len(slugs) == 75
    assert category_runs(path) == BLIND_75_CATEGORIES
    assert slugs <= {question.slug for question in paths["neetcode-150"].questions}


# --- loader --------------------------------------------------------------------------------


def test_loads_are_cached_and_read_only():
    assert load_catalog() is load_catalog()
    assert load_paths() is load_paths()
    with pytest.raises(TypeError):
        catalog_by_slug()["two-sum"] = catalog_by_slug()["add-two-numbers"]  # type: ignore[index]


def _problem(**overrides: object) -> dict[str, object]:
    return {
        "frontend_id": 1,
        "title_slug": "two-sum",
        "title": "Two Sum",
        "difficulty": "Easy",
        "is_paid_only": False,
        "topic_tags": [{"name": "Array", "slug": "array"}],
        **overrides,
    }


@pytest.mark.parametrize(
    "problems",
    [
        [_problem(difficulty="Trivial")],
        [_problem(title_slug="Two Sum")],
        [_problem(frontend_id="1")],
        [_problem(is_paid_only="no")],
        [_problem(ac_rate=0.5)],
        [_problem(), _problem(frontend_id=2)],
        [_problem(), _problem(title_slug="two-sum-ii")],
    ],
    ids=["difficulty", "slug", "id-type", "paid-type", "extra-key", "dup-slug", "dup-id"],
)
def test_parse_catalog_rejects_bad_documents(problems):
    with pytest.raises(CatalogDataError):
        parse_catalog(json.dumps(problems))


def _path(questions: list[dict[str, object]], **overrides: object) -> str:
    document = {
        "slug": "demo",
        "name": "Demo",
        "description": "A demo path.",
        "difficulty_level": "beginner",
        "estimated_hours": 1,
        "tags": ["demo"],
        "source": "system",
        "is_public": True,
        "questions": questions,
        **overrides,
    }
    return json.dumps(document)


def test_parse_path_accepts_a_valid_document():
    path = parse_path(_path([{"slug": "two-sum", "category": None, "notes": None}]), {"two-sum"})
    assert path.questions[0].slug == "two-sum"


@pytest.mark.parametrize(
    "document",
    [
        _path([{"slug": "three-sum", "category": None, "notes": None}]),
        _path([{"slug": "two-sum", "category": None, "notes": None}] * 2),
        _path([]),
        _path([{"slug": "two-sum", "category": None, "notes": None}], source="user"),
        _path([{"slug": "two-sum", "category": None, "notes": None}], difficulty_level="expert"),
    ],
    ids=["unknown-problem", "duplicate-question", "empty", "not-system", "level"],
)
def test_parse_path_rejects_bad_documents(document):
    with pytest.raises(CatalogDataError):
        parse_path(document, {"two-sum"})
